"""A post heard as written, class by class from blind rounds 330 onwards. Each worded afresh,
so that a fix fitting one sentence fails it; each fails on the code before this stop
(3803a00), but the guards named as such (they keep a neighbouring reading from moving)."""

from __future__ import annotations

from tests.reports.test_replies_fifteenth_points import _flags
from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_tenth_points import _both, _northwind, _parcelly


def test_glass_that_broke_in_their_hand_is_no_parcel_that_arrived_broken() -> None:
    r = _northwind("My Northwind double-wall glass mug cracked in my hand when I was filling it "
                   "with tea last night. Cut my thumb on it. Had it two months.")  # fmt: skip
    assert "defect" in kinds(r), kinds(r)
    assert "damaged" not in kinds(r), kinds(r)
    text = _both(r)
    assert "arrived" not in text, text
    assert "cracked in your hand" in text, text
    assert "cut your thumb" in text, text


def test_a_part_that_came_off_in_use_and_the_burn_it_caused_are_said_as_told() -> None:
    r = _northwind("Scalded my fingers today because the lid came off our Northwind steel "
                   "coffee pot mid-pour. Really not ok for something this expensive.")  # fmt: skip
    assert kinds(r) == {"defect"}, kinds(r)
    text = _both(r)
    assert "arrived" not in text, text
    assert "the lid came off your steel coffee pot" in text, text
    assert "your fingers" in text, text


def test_something_that_arrived_broken_and_cut_them_unpacking_stays_a_parcel_fault() -> None:
    """A guard: arrival damage with a cut while unpacking stays damage in the post."""
    r = _northwind("Unpacking my Northwind order tonight: the glass carafe was smashed inside "
                   "the box and I cut my finger on a shard.")  # fmt: skip
    assert "damaged" in kinds(r), kinds(r)


def test_paying_a_second_time_is_no_failure_that_came_back() -> None:
    r = _northwind("The Northwind app charged me €4.90 for a mobile-order cappuccino and it "
                   "never got to the barista, so I ended up paying again at the till.")  # fmt: skip
    text = _both(r)
    assert "happened before" not in text, text
    assert not r.reading.facts.repeat, r.reading.facts  # type: ignore[attr-defined]
    assert "never reached the barista" in text, text
    assert "paid again" in text, text


def test_an_order_still_processing_with_no_tracking_is_not_traced_as_lost() -> None:
    r = _northwind("Order NW-77120 still shows 'preparing' a fortnight after I placed it and "
                   "I never received any tracking. Hello??")  # fmt: skip
    assert "delivery_missing" not in kinds(r), kinds(r)
    text = _both(r)
    assert "never reached you" not in text, text
    assert "“preparing”" in text, text
    assert "hasn't been sent" in text, text


def test_an_intolerance_and_feeling_awful_is_someone_made_ill() -> None:
    r = _northwind("Asked for a soy cortado at Northwind Töölö and they made it with normal "
                   "milk. Dairy intolerant, so I spent the evening feeling terrible.")  # fmt: skip
    assert "health_safety" in {f.kind.value for f in r.reading.flags}, r.reading.flags
    text = _both(r)
    assert "feeling terrible" in text, text
    assert "all right" in text, text


def test_the_writer_and_friends_made_ill_are_all_heard() -> None:
    r = _northwind("Me and three colleagues got food poisoning after the tuna wraps from "
                   "Northwind Pasila on Thursday.")  # fmt: skip
    text = _both(r)
    assert "you and three colleagues" in text, text
    assert "everyone" in text, text


def test_boiling_water_over_a_hand_is_an_injury_and_the_report_goes_on() -> None:
    r = _northwind("The spout cap of my Northwind kettle flew off while I was pouring and I got "
                   "scalding water across my right wrist. Just want a new cap please.")  # fmt: skip
    assert "health_safety" in _flags(r), _flags(r)
    text = _both(r)
    assert "scalding water" in text, text
    assert "right wrist" in text, text
    assert "product team" in (r.offline or ""), r.offline


def test_returns_that_came_back_opened_are_said_and_the_rule_that_pays_is_given() -> None:
    r = _parcelly("Seller account (ID SL-44120): three returned parcels came back with the "
                  "tape slit this month. Fix this by the end of the week please.")  # fmt: skip
    text = _both(r)
    assert "SL-44120" not in text, text
    assert "three returned parcels came back to you with the tape slit" in text, text
    assert "declared value" in (r.offline or ""), r.offline
    assert "by the end of the week" in (r.offline or ""), r.offline


def test_the_reason_a_friend_was_refused_a_table_is_said_with_who_she_is() -> None:
    r = _northwind("My mum is in a wheelchair and the Northwind staff in Kallio told us we "
                   "couldn't sit by the sofa area because she'd 'get in everyone's way'.")  # fmt: skip
    text = _both(r)
    assert "your mum, who is in a wheelchair, would 'get in everyone's way'" in text, text
    assert "couldn't sit by the sofa area" in text, text


def test_a_box_with_its_order_number_that_came_with_the_wrong_coffee_is_said_as_told() -> None:
    r = _northwind("Hey @NorthwindHelp my subscription box (NW-70144) arrived with Guji instead "
                   "of the Colombia I chose – please switch my subscription to Colombia from now "
                   "on.")  # fmt: skip
    text = _both(r)
    assert "arrived with Guji instead of the Colombia you chose" in text, text
    assert "switch your subscription to colombia" in text.casefold(), text


def test_fewer_pieces_in_an_opened_bengali_parcel_is_a_claim_under_the_rule() -> None:
    r = _parcelly("পার্সেল খোলা অবস্থায় পেলাম, ভেতরে ৩টা জামার বদলে ১টা। টাকা ফেরত চাই।")
    text = _both(r)
    assert "৩টা জামার বদলে ১টা" in text, text
    assert "পণ্যের বদলে অন্য জিনিস" not in text, text
    assert "ঘোষিত মূল্য" in (r.offline or ""), r.offline


def test_action_demanded_against_someone_of_ours_is_told_not_bargained() -> None:
    r = _parcelly("রাইডার আমার বাবাকে অপমান করেছে, গালি দিয়েছে। ব্যবস্থা নিন।")
    assert "কী করলে বিষয়টি" not in (r.offline or ""), r.offline
    assert "কী ব্যবস্থা নেওয়া হলো" in (r.offline or ""), r.offline
    en = _northwind("A Northwind cashier called my daughter a liar in front of the whole queue. "
                    "I expect proper consequences.")  # fmt: skip
    assert "called your daughter a liar in front of the whole queue" in _both(en), _both(en)
    assert "What would make this right" not in (en.offline or ""), en.offline


def test_a_price_change_in_the_press_is_no_harm_to_anyone_affected() -> None:
    r = _northwind("Northwind Coffee hikes the price of its Club subscription from €19.90 to "
                   "€21.90 from April, the roaster said in a statement.", source="rss")  # fmt: skip
    text = _both(r)
    assert "affected" not in text, text
    assert "questions about the change" in text, text


def test_a_payout_that_came_late_is_not_chased_as_one_still_held() -> None:
    r = _parcelly("Parcelly merchant here: my previous payout took 6 days instead of 2. Not "
                  "good enough for a business account.")  # fmt: skip
    text = _both(r)
    assert "chasing it today" not in text, text
    assert "holding your payout" not in text, text
    assert "payout" in kinds(r), kinds(r)
    assert "took 6 days instead of 2" in text, text


def test_a_second_app_fault_showing_the_cafe_closed_is_said_too() -> None:
    r = _northwind("Northwind app logs me out every morning. And the app shows 'shop closed' "
                   "at 2pm on weekdays when it's open. Sort it out please.", source="appstore",
                   rating=2)  # fmt: skip
    assert "“shop closed”" in _both(r), _both(r)


def test_a_cafe_shut_before_the_hours_we_give_is_said_beside_another_problem() -> None:
    r = _northwind("Went to Northwind Pasila: it was already closed at 5pm even though the sign "
                   "says open until 8, and the barista inside just waved us off rudely.")  # fmt: skip
    assert "other" in kinds(r), kinds(r)
    text = _both(r)
    assert "already closed at 5pm" in text, text
    assert "open until 8" in text, text
    fi = _northwind("Northwindin Kallion kahvila oli jo kiinni klo 15, vaikka nettisivuilla lukee "
                    "8-18. Myyjä oli lisäksi tyly.")  # fmt: skip
    assert "kiinni klo 15" in _both(fi), _both(fi)
    assert "8-18" in _both(fi), _both(fi)


def test_a_feeling_beside_a_named_problem_adds_no_problem_of_its_own() -> None:
    """A guard: "disappointed" beside a late parcel stays out of the problems."""
    r = _northwind("Really disappointed, my Northwind order NW-55012 is a week late.")
    assert "other" not in kinds(r), kinds(r)


def test_an_acronym_with_a_bengali_case_ending_is_known_to_the_self_check() -> None:
    r = _parcelly("মার্চেন্ট আমি। ৩ মে-র ডেলিভারির COD টাকা (৳৯,২০০) এখনো পাইনি, ৬ দিন হলো।")
    assert "COD-এর" in (r.offline or ""), r.offline
    assert r.offline_check.ok, r.offline_check  # type: ignore[attr-defined]


def test_two_things_served_badly_and_a_shrug_are_all_heard_in_finnish() -> None:
    r = _northwind("Northwindin Töölön kahvilassa cappuccino oli kylmää ja pulla kova kuin kivi. "
                   "Baristalle kun mainitsin, hän vain kohautti olkapäitään.")  # fmt: skip
    text = _both(r)
    assert "pulla kova kuin kivi" in text, text
    assert "kohautti olkapäitään" in text, text


def test_the_right_coffee_asked_for_in_place_of_the_wrong_one_is_not_asked_again() -> None:
    r = _northwind("Ordered a 500g bag of Guji from Northwind (NW-81230) and got Colombia "
                   "instead. Could you please ship the Guji? Thanks.")  # fmt: skip
    assert "exchange" in {a.kind.value for a in r.reading.asks}, r.reading.asks
    assert "replacement or your money back" not in (r.offline or ""), r.offline
    assert "manager of that café" not in (r.offline or ""), r.offline


def test_a_pay_claim_beside_a_rumour_the_fact_answers_is_not_called_inaccurate() -> None:
    r = _parcelly("Heard Parcelly is closing its Sylhet operations. A friend who drives for them "
                  "says drivers haven't had their wages since August. True?", source="reddit")  # fmt: skip
    assert "labour_ethics" in _flags(r), _flags(r)
    assert "isn't accurate" not in (r.public or ""), r.public
    assert "passed to the people who can answer it" in (r.offline or ""), r.offline


def test_a_refund_promised_on_a_day_is_said_as_promised() -> None:
    r = _northwind("Second time asking: where is the refund your team promised on 3 March? "
                   "Still nothing on my card.")  # fmt: skip
    assert "refund_pending" in kinds(r), kinds(r)
    assert "promised on 3 March" in _both(r), _both(r)


def test_a_second_question_beside_a_place_we_do_not_serve_is_answered_too() -> None:
    r = _parcelly("Do you deliver to Khulna? Also, can merchants get COD payouts to Nagad?",
                  source="reddit")  # fmt: skip
    text = _both(r)
    assert "Khulna" in text, text
    assert "Nagad" in text, text
    bn = _parcelly("পার্সেলি কি খুলনায় ডেলিভারি দেয়? আর ক্যাশ অন ডেলিভারি কি সব জায়গায় পাওয়া যায়?")
    assert "খুলনা" in _both(bn), _both(bn)
    assert "ক্যাশ অন ডেলিভারি পাওয়া যায়" in _both(bn), _both(bn)


def test_money_asked_back_to_a_wallet_not_as_credit_goes_back_there() -> None:
    r = _parcelly("I cancelled Parcelly Plus last week and you still took ৳299. Refund it into "
                  "my Nagad please, not as account credit.")  # fmt: skip
    text = _both(r)
    assert "goes back to your Nagad" in text, text
    assert "not as account credit" in text, text


def test_what_was_sent_in_place_of_what_was_ordered_told_in_reverse_is_heard() -> None:
    r = _northwind("Order NW-63321: instead of the Ethiopia Guji I paid for you sent me a bag "
                   "of dark roast. Not happy.")  # fmt: skip
    assert "wrong_item" in kinds(r), kinds(r)
    assert "a bag of dark roast instead of the Ethiopia Guji you paid for" in _both(r), _both(r)


def test_the_declared_value_asked_for_is_the_claim_reviewed() -> None:
    r = _parcelly("Parcelly broke the glass lamp I sent to Rajshahi (I paid ৳160 for delivery). "
                  "It arrived smashed. I declared a value of ৳3,800 and I expect the full "
                  "amount paid.")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}, r.reading.asks
    assert "৳3,800 you declared" in (r.offline or ""), r.offline


def test_a_crushed_box_and_the_appliance_inside_that_will_not_start_are_each_said() -> None:
    r = _northwind("Order NW-88410 finally came: the parcel was crushed and the grinder inside "
                   "doesn't even start. Great.")  # fmt: skip
    assert {"damaged", "defect"} <= kinds(r), kinds(r)
    text = _both(r)
    assert "the parcel arrived crushed" in text, text
    assert "grinder arrived crushed" not in text, text


def test_an_event_the_day_after_tomorrow_is_heard_as_the_day_it_is_needed_by() -> None:
    r = _parcelly("পার্সেল PCL-7712001 তিন দিন ধরে উত্তরা হাবে পড়ে আছে। পরশু আমার ভাইয়ের "
                  "জন্মদিন, তার আগেই দরকার।")  # fmt: skip
    assert "পরশুর আগে" in _both(r), _both(r)


def test_boxes_that_never_came_in_two_named_months_are_said_with_both() -> None:
    r = _northwind("My Northwind Club delivery never came for August and September. Paid for "
                   "both. Sort it.")  # fmt: skip
    assert "August or September" in _both(r), _both(r)


def test_the_self_check_marks_a_draft_that_says_arrived_broken_for_no_delivery() -> None:
    from reports.replies.check import self_check
    from tests.reports.test_replies_third_points import _demo_voice

    text = "My Northwind mug cracked when I poured hot water in. Had it for ages."
    r = _northwind(text)
    check = self_check("I'm sorry your mug arrived cracked. Please DM @NorthwindHelp.",
                       reading=r.reading, text=text, voice=_demo_voice("Northwind Coffee"),
                       brand="Northwind Coffee", source="x", channel="public")  # fmt: skip
    assert not check.ok, check
    assert any("no delivery" in p for p in check.problems), check
    sent = "My Northwind mug arrived cracked in the box."
    fine = self_check("I'm sorry your mug arrived cracked. Please DM @NorthwindHelp.",
                      reading=_northwind(sent).reading, text=sent,
                      voice=_demo_voice("Northwind Coffee"), brand="Northwind Coffee",
                      source="x", channel="public")  # fmt: skip
    assert not any("no delivery" in p for p in fine.problems), fine


def test_a_drink_served_so_hot_it_burned_a_child_is_heard_with_who_was_hurt() -> None:
    r = _northwind("The Northwind café in Pasila gave my 6yo a babyccino so hot it scalded her "
                   "mouth. Nobody apologised to her.")  # fmt: skip
    assert "health_safety" in _flags(r), _flags(r)
    text = _both(r)
    assert "so hot it scalded her mouth" in text, text
    assert "6-year-old" in text, text
    assert "she is all right" in text, text


def test_a_parcel_marked_with_a_note_by_a_rider_never_seen_is_said_so() -> None:
    r = _parcelly("Your rider marked my package 'refused by recipient' though we didn't even "
                  "meet him. The seller now wants a return charge from me.")  # fmt: skip
    text = _both(r)
    assert "marked “refused by recipient” though you never met the rider" in text, text
    assert "merchant ID" not in text, text


def test_a_rider_who_pushed_someone_in_the_family_is_said_with_who_and_the_harm() -> None:
    r = _parcelly("রাইডার আমার বাবাকে ধাক্কা মেরেছে, বাবা পড়ে গিয়ে পায়ে ব্যথা পেয়েছেন।")
    text = _both(r)
    assert "আপনার বাবাকে ধাক্কা দিয়েছেন" in text, text
    assert "পড়ে গিয়ে ব্যথা পেয়েছেন" in text, text
    assert "আশা করি তিনি" in (r.public or ""), r.public
    assert "ওই শাখার" not in text, text


def test_a_finnish_order_that_came_as_something_else_is_said_as_ordered_and_as_came() -> None:
    r = _northwind("Tilasin Northwindilta Guji-papuja, mutta tuli Brasilia-jauhetta. Ei kiva.")
    assert "tilasit Guji-papuja, mutta tuli Brasilia-jauhetta" in _both(r), _both(r)


def test_the_app_version_named_by_its_update_is_not_asked_again() -> None:
    r = _northwind("Since update 5.1 the Northwind app won't load my order history. iPhone 14.",
                   source="appstore", rating=2)  # fmt: skip
    assert "version" not in _both(r), _both(r)


def test_others_who_ate_the_same_and_are_ill_too_are_named_and_not_asked_for() -> None:
    r = _northwind("Got really ill after the tuna melt at Northwind Kamppi yesterday. Three "
                   "friends who had the same melt are sick as well.")  # fmt: skip
    text = _both(r)
    assert "you and three friends" in text, text
    assert "If anyone else" not in text, text
    assert "everyone" in (r.public or ""), r.public


def test_a_table_said_reserved_to_a_friend_with_a_note_in_brackets_is_said_as_told() -> None:
    r = _northwind("Staff at Northwind Töölö told my mum (she's blind and has a guide dog) that "
                   "the corner table was 'reserved', then sat a couple there a minute later.")  # fmt: skip
    assert "that the corner table was 'reserved'" in _both(r), _both(r)


def test_an_appliance_that_hurt_them_is_not_to_be_used_and_a_known_fault_question_heard() -> None:
    r = _northwind("My Northwind electric grinder's lid flew off while grinding and cut my finger. "
                   "Has this happened to others?")  # fmt: skip
    offline = r.offline or ""
    assert "don't use it again" in offline, offline
    assert "known fault" in offline, offline
    cup = _northwind("Lid came off my Northwind takeaway cup and the tea burned my hand.")
    assert "don't use it again" not in _both(cup), _both(cup)


def test_a_discount_code_that_did_not_apply_is_heard_beside_other_problems() -> None:
    r = _northwind("Order NW-70021 came a week late and the voucher SPRING10 wouldn't apply at "
                   "checkout, I paid €3.50 more.")  # fmt: skip
    assert "billing" in kinds(r), kinds(r)
    assert "SPRING10 didn't apply at checkout, so you paid €3.50 more" in _both(r), _both(r)


def test_a_fee_asked_back_for_each_of_several_bookings_is_each_one() -> None:
    r = _parcelly("Rider didn't show for my pickup again, fourth time. I want the ৳60 back for "
                  "all four pickups.")  # fmt: skip
    assert "for each of the four pickups" in _both(r), _both(r)


def test_where_praised_parcels_went_is_not_where_the_rider_is() -> None:
    r = _parcelly("Sent two parcels to my cousin in Chattogram with Parcelly, both arrived next "
                  "morning. Rider was lovely.", source="appstore", rating=5)  # fmt: skip
    assert "in Chattogram hears" not in (r.public or ""), r.public


def test_a_finnish_barista_who_remembered_them_is_praise() -> None:
    r = _northwind("Northwindin Kallion barista muisti tilaukseni vaikka kävin viimeksi kuukausi "
                   "sitten. Tällaista palvelua näkee harvoin!")  # fmt: skip
    assert r.reading.stance.value == "praise", r.reading.stance  # type: ignore[attr-defined]


def test_staff_who_said_there_were_no_nuts_are_heard_in_an_allergy_reaction() -> None:
    r = _northwind("My son is allergic to peanuts. I asked the Northwind barista whether the "
                   "cookie contained nuts and she said no. He reacted within minutes.")  # fmt: skip
    assert "though staff told you it had no nuts" in _both(r), _both(r)


def test_a_why_question_in_a_thread_is_taken_to_the_team_in_the_open() -> None:
    r = _northwind("Why does the Northwind app need access to my contacts? Seems unnecessary "
                   "for ordering coffee.", source="hackernews")  # fmt: skip
    assert "happy to answer anything" not in (r.public or ""), r.public
    assert "asked the people behind the app" in (r.public or ""), r.public


def test_duplicate_webhook_events_are_a_fault_passed_to_the_api_team() -> None:
    r = _parcelly("We're receiving duplicate 'picked_up' webhooks from Parcelly for every "
                  "shipment. Anyone else?", source="hackernews")  # fmt: skip
    assert "app_bug" in kinds(r), kinds(r)
    assert "passed what you found to the people who build" in (r.public or ""), r.public


def test_a_dm_to_the_x_handle_from_another_platform_says_it_is_on_x() -> None:
    r = _northwind("Emailed Northwind support three times about my broken grinder, no reply in "
                   "two weeks. Anyone know how to reach a human?", source="reddit")  # fmt: skip
    public = r.public or ""
    assert "DM @NorthwindHelp" not in public or "DM @NorthwindHelp on X" in public, public


def test_a_stamp_card_that_never_counts_a_purchase_is_an_app_fault() -> None:
    r = _northwind("Northwind app never counts my filter coffees on the stamp card. Annoying.",
                   source="googleplay", rating=3)  # fmt: skip
    assert "app_bug" in kinds(r), kinds(r)


def test_an_appliance_that_smells_burnt_is_a_fault_to_stop_using_and_a_warranty_confirmed() -> None:
    r = _northwind("My Northwind kettle's base smells of burning now and it cuts out halfway "
                   "through. Only 10 months old. The warranty is two years, right?",
                   source="mastodon")  # fmt: skip
    assert "defect" in kinds(r), kinds(r)
    text = _both(r)
    assert "smells of burning" in text, text
    assert "stop using it" in text, text
    assert "You're right: our grinders, kettles and brewers have a two-year warranty" in text, text
    wrong = _northwind("My Northwind kettle's base smells of burning. The warranty is three "
                       "years, right?", source="mastodon")  # fmt: skip
    assert "You're right" not in _both(wrong), _both(wrong)


def test_what_do_i_do_beside_a_fault_leaves_no_question_unanswered() -> None:
    from reports.replies.faq import questions

    assert questions("The lid cracked. Is it covered? What do I do?") == [" Is it covered?"]


def test_a_finnish_double_charge_beside_an_order_that_never_came_is_both() -> None:
    r = _northwind("Northwind veloitti tililtäni kaksi kertaa 19,90 €, eikä tilaus ole koskaan "
                   "tullut perille.")  # fmt: skip
    assert {"billing", "delivery_missing"} <= kinds(r), kinds(r)


def test_a_missing_refund_is_a_refund_pending_not_a_lost_parcel() -> None:
    r = _northwind("Third message about my missing refund for order NW-51902 (€24.90). Where "
                   "is it?")  # fmt: skip
    assert "refund_pending" in kinds(r), kinds(r)
    assert "delivery_missing" not in kinds(r), kinds(r)


def test_a_reward_lost_beside_an_app_crash_is_said_too() -> None:
    r = _northwind("Northwind app freezes every time I open the menu on my Pixel 8. Lost my free "
                   "pastry reward too.", source="googleplay", rating=2)  # fmt: skip
    assert "free pastry reward" in (r.public or ""), r.public
