"""A post heard as written, class by class from blind rounds 306 onwards. Each worded afresh,
so that a fix fitting one sentence fails it; each fails on the code before this stop
(f4a7aeb)."""

from __future__ import annotations

from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_tenth_points import _both, _northwind, _parcelly


def _flags(r: object) -> set[str]:
    return {f.kind.value for f in r.reading.flags}  # type: ignore[attr-defined]


def test_a_bengali_rider_who_swore_at_the_writer_is_said_of_them_not_of_their_family() -> None:
    r = _parcelly("পার্সেলির ডেলিভারি রাইডার আমাকে গালি দিয়েছে, আর বাড়তি ১৫০ টাকা দাবি "
                  "করেছে। এটা কি আপনাদের নিয়ম?")  # fmt: skip
    text = _both(r)
    assert "আপনাকে গালি দিয়েছেন" in text, text
    assert "পরিবারের" not in text, text
    assert "বাড়তি টাকা চাওয়া হয়েছে" in text, text  # asked for, not taken
    assert "বাড়তি টাকা নেওয়া হয়েছে" not in text, text
    assert "বখশিশ বা বাড়তি টাকা চাইতে পারেন না" in (r.offline or ""), r.offline  # the rule
    sister = _parcelly("পার্সেলির রাইডার আমার বোনকে গালি দিয়েছে, এটা মেনে নেওয়া যায় না।")
    assert "আপনার বোনকে গালি" in _both(sister), _both(sister)  # named: still hers


def test_the_number_of_someone_who_can_actually_sort_it_is_a_call_from_someone_senior() -> None:
    r = _parcelly("Third time this week no Parcelly rider showed up for my booked pickup. "
                  "Put me onto somebody who can actually sort this out.")  # fmt: skip
    assert "escalation" in {a.kind.value for a in r.reading.asks}, r.reading.asks
    assert "to call you" in (r.public or ""), r.public
    assert "What would make this right" not in (r.offline or ""), r.offline


def test_bengali_thanks_for_no_delay_at_all_is_praise() -> None:
    r = _parcelly("বৃষ্টির মধ্যেও পার্সেলির রাইডার একদম দেরি করেনি, ঠিক সময়ে পার্সেল দিয়ে "
                  "গেছেন। ধন্যবাদ!")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert "delivery_late" not in kinds(r), kinds(r)
    assert "দুঃখিত" not in (r.public or ""), r.public


def test_english_thanks_for_a_rider_never_late_even_in_a_flood_is_praise() -> None:
    r = _parcelly("Shoutout to the Parcelly courier who came even in that flood, wasn't late "
                  "at all. Thank you!")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert "sorry" not in (r.public or "").casefold(), r.public


def test_finnish_thanks_for_an_order_not_late_at_all_is_praise() -> None:
    r = _northwind("Tilaus ei ollut yhtään myöhässä vaikka oli lumimyräkkä. Kiitos Northwind!")
    assert r.answered_as == "praise", r.answered_as
    assert "delivery_late" not in kinds(r), kinds(r)


def test_a_thread_post_about_their_own_double_charge_gets_the_message_they_will_send() -> None:
    r = _northwind("My Northwind Club renewal went through twice on Monday and my bag of "
                   "whole beans arrived ground. Emailed them, nothing yet. Anyone else getting "
                   "this?", source="reddit")  # fmt: skip
    assert r.answered_as == "community", r.answered_as
    assert r.offline, r.offline
    assert "comes back to you" in (r.offline or ""), r.offline


def test_a_merchant_id_is_asked_for_by_its_label() -> None:
    r = _parcelly("Merchant ID M-33190 here. Our COD money for parcels delivered on the 3rd "
                  "still isn't in my bank, today is the 11th. Anyone else seeing this?",
                  source="reddit")  # fmt: skip
    assert "your merchant ID M-33190" in (r.public or ""), r.public
    assert "two working days" in (r.offline or ""), r.offline


def test_how_long_it_takes_is_answered_by_an_entry_that_says_how_long() -> None:
    r = _northwind("Can I order Northwind beans to Norway? Want to surprise my dad in Bergen "
                   "for Christmas, how many days would delivery be?")  # fmt: skip
    assert "3-6" in (r.public or ""), r.public
    assert "The rest of your question" not in (r.public or ""), r.public


def test_a_thread_question_answered_in_part_is_flagged_for_a_person() -> None:
    r = _parcelly("Parcelly or Steadfast for a tiny shoe shop? Pros/cons? I mostly want to "
                  "know how fast COD money arrives and what happens with exchanges.",
                  source="reddit")  # fmt: skip
    assert any("part of this" in f for f in r.flags), r.flags


def test_a_bengali_price_to_a_place_we_do_not_serve_sends_no_rate_card() -> None:
    r = _parcelly("রংপুরে কি পার্সেলি যায়? ঢাকা থেকে ২ কেজির পার্সেল পাঠাতে খরচ কত?")
    assert "রংপুরে আমরা" in (r.public or ""), r.public
    assert "৳৬০" not in _both(r), _both(r)


def test_their_we_is_said_back_as_you() -> None:
    r = _northwind("My husband and I were sick after the tuna wraps we had at Northwind "
                   "Kallio on Friday.")  # fmt: skip
    text = _both(r)
    assert "wraps you had" in text, text
    assert "wraps we had" not in text, text


def test_a_friend_refused_service_is_named_and_others_served_instead_are_said() -> None:
    r = _northwind("The server at Northwind Töölö told my sister 'kitchen's closed' and "
                   "wouldn't serve her, then served a couple who walked in after us. She "
                   "wears a turban.")  # fmt: skip
    text = r.public or ""
    assert "discrimination" in _flags(r), _flags(r)
    assert "serve her." not in text, text
    assert "your sister" in text, text
    assert "then seated others" in text or "served" in text.split("serve", 1)[-1], text


def test_a_kettle_lid_that_flew_off_and_burned_them_is_said_with_the_harm() -> None:
    r = _northwind("The lid of my Northwind travel kettle shot off while pouring and I've got "
                   "burns on my wrist. Expect a letter from my solicitor.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "health_safety" in _flags(r), _flags(r)
    assert "flew off" in (r.public or "") or "shot off" in (r.public or ""), r.public
    assert "burned your wrist" in (r.public or ""), r.public


def test_an_order_ahead_the_cafe_never_got_is_said_beside_lost_stamps() -> None:
    r = _northwind("Order ahead told me my mocha was ready, I walked in and they hadn't even "
                   "received the order. Plus my stamps vanished after the update.",
                   source="appstore", rating=2)  # fmt: skip
    assert "never got" in (r.public or ""), r.public
    assert "stamps" in (r.public or ""), r.public


def test_a_log_out_when_switching_apps_is_said_with_when_and_the_lost_booking() -> None:
    r = _parcelly(
        "Kicks me out every time I switch to Nagad to pay and my booking has "
        "disappeared when I get back. Pixel 6.",
        source="googleplay",
        rating=1,
    )
    text = r.public or ""
    assert "every time you switch to Nagad" in text, text
    assert "booking" in text, text


def test_something_cheap_in_place_of_the_goods_in_an_opened_parcel_is_said_once() -> None:
    r = _parcelly("Box from Parcelly arrived with the tape slit and resealed, and there was a "
                  "used charger in it instead of the smartwatch. Who pays me back?")  # fmt: skip
    text = _both(r)
    assert "instead of your smartwatch" in text, text
    assert "wrong item" not in text, text
    assert "We pay its declared value" in (r.public or ""), r.public


def test_a_bengali_merchant_waiting_two_weeks_hears_it_is_overdue() -> None:
    r = _parcelly("মার্চেন্ট আইডি M-70021, গত মাসের ডেলিভারি হওয়া অর্ডারের COD টাকা এখনো "
                  "ব্যাংকে আসেনি। দুই সপ্তাহ হয়ে গেল।")  # fmt: skip
    assert "কর্মদিবসের মধ্যে দিই" in (r.offline or ""), r.offline


def test_a_bengali_app_that_closes_on_the_tracking_page_says_when() -> None:
    r = _parcelly("ট্র্যাকিং খুললে অ্যাপটা বন্ধ হয়ে যাচ্ছে, Samsung A12। পার্সেলের খবর পাচ্ছি না।",
                  source="googleplay", rating=1)  # fmt: skip
    assert "ট্র্যাকিং খুললেই অ্যাপটি বন্ধ" in _both(r), _both(r)
    assert "সঠিক নয়" not in _both(r), _both(r)  # the app closes, not the company


def test_a_charge_for_plant_milk_with_cents_is_said_with_its_sum() -> None:
    r = _northwind("Lovely cinnamon bun at Northwind Kallio. But I was charged 0.50€ extra "
                   "for soy milk even though the menu says plant milk costs nothing?")  # fmt: skip
    assert "charged 0.50€ extra for soy milk" in (r.public or ""), r.public


def test_a_bengali_weight_after_from_is_no_place_in_the_sum() -> None:
    r = _parcelly("চট্টগ্রাম থেকে ৩ কেজির বাক্স পাঠাতে কত লাগবে?")
    text = r.public or ""
    assert "৩ ৩" not in text, text
    assert "৩ কেজির পার্সেল পাঠাতে খরচ" in text, text


def test_someone_tired_of_apologies_hears_that_a_sorry_alone_changes_nothing() -> None:
    r = _northwind("Third Club box in a row arrived with split bags. All I ever get from you is "
                   "an apology and nothing changes.")  # fmt: skip
    assert "a sorry alone changes nothing" in (r.public or ""), r.public
    assert "a sorry alone changes nothing" in (r.offline or ""), r.offline


def test_an_item_sent_back_weeks_ago_with_the_money_asked_back_is_a_refund_not_a_late_order() -> (
    None
):
    r = _northwind("Sent the Northwind scale back two weeks ago, still sealed. I don't want "
                   "store credit, I want my 45€ back.")  # fmt: skip
    assert "refund_pending" in kinds(r), kinds(r)
    assert "late" not in (r.public or ""), r.public
    assert "trace" not in _both(r), _both(r)


def test_what_someone_else_believes_is_no_problem_of_the_post() -> None:
    r = _parcelly("Rider was friendly and quick. But the app still shows my parcel as 'in "
                  "transit' though it's been in my hands since Friday, so the shop now thinks "
                  "it never arrived.")  # fmt: skip
    assert "delivery_missing" not in kinds(r), kinds(r)
    assert "never reached you" not in (r.public or ""), r.public


def test_a_rating_out_of_ten_at_the_end_is_praise() -> None:
    r = _northwind("The Sidamo from Northwind this month is wild, tastes like strawberry jam. "
                   "10/10")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as


def test_a_takeaway_lid_not_fitted_that_burned_them_is_said() -> None:
    r = _northwind("The lid of my latte from Northwind Töölö wasn't on properly, it tipped "
                   "and I now have a burn on my wrist.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "the lid on your latte wasn't on properly" in (r.public or ""), r.public


def test_stopping_a_plan_from_renewing_is_answered_by_how_to_cancel_it() -> None:
    r = _parcelly("How can I end my Parcelly Plus so it doesn't renew next month?")
    assert "Profile > Plus" in (r.public or ""), r.public


def test_tea_money_held_for_the_parcel_is_answered_with_the_rule() -> None:
    r = _parcelly("The Parcelly rider said he'd only hand it over if I gave him ৳50 tea money. "
                  "Is that allowed??")  # fmt: skip
    assert "Riders may never ask for tips or extra cash" in (r.public or ""), r.public


def test_a_failed_attempt_fee_though_they_were_home_is_said_and_comes_back() -> None:
    r = _parcelly("Parcelly charged me ৳60 for a failed delivery attempt on Monday. I was home "
                  "all morning and no one knocked. I want that ৳60 back.")  # fmt: skip
    text = r.public or ""
    assert "failed delivery fee" in text, text
    assert "though you were home all morning" in text, text
    assert "comes back to you" in text, text


def test_beans_that_show_up_late_came_and_are_not_traced() -> None:
    r = _northwind("Great, my €16 beans show up 6 days late and smell like damp cardboard. "
                   "Amazing service 🙄")  # fmt: skip
    text = _both(r)
    assert "came late" in text, text
    assert "smelled of cardboard" in text, text
    assert "trace" not in text, text


def test_a_bengali_rider_pestering_a_named_sister_is_said_of_her() -> None:
    r = _parcelly("পার্সেলির এক রাইডার আমার মেয়েকে রাতে ফোন করে বিরক্ত করছে। খুব ভয় লাগছে।")
    text = _both(r)
    assert "আপনার মেয়েকে" in text, text
    assert "আপনার মেয়ের সঙ্গে যোগাযোগ" in (r.offline or ""), r.offline


def test_emails_unanswered_and_no_dm_wanted_gets_their_emails_answered() -> None:
    r = _northwind("THIRD post about this. Two Club boxes never came and I've emailed four "
                   "times, nobody answers. I want a manager to ring me. No DMs, a call.")  # fmt: skip
    text = r.public or ""
    assert "Please email" not in text, text
    assert "answer them myself today" in text, text


def test_the_brands_own_cafe_is_said_as_ours() -> None:
    r = _northwind("We both got sick after the tuna sandwiches from Northwind's Kallio café on "
                   "Sunday.")  # fmt: skip
    assert "from our Kallio café" in _both(r), _both(r)


def test_finnish_a_club_parcel_lost_month_after_month_is_missing_and_a_repeat() -> None:
    r = _northwind("Jo toinen kuukausi kun Club-laatikko katoaa postissa. Kiitos vaan.")
    assert "delivery_missing" in kinds(r), kinds(r)
    assert "kerta" in (r.public or ""), r.public


def test_an_email_that_got_no_reply_is_not_answered_with_please_email() -> None:
    r = _northwind("My Club box came ground when I chose whole bean, and my email to you last "
                   "week got no reply. I want it sorted.", source="appstore", rating=2)  # fmt: skip
    assert "Please email" not in (r.public or ""), r.public


def test_a_duplicate_charge_asked_back_not_as_credit_goes_to_the_card() -> None:
    r = _northwind("Northwind charged me twice for the same order (2 x 31,50€). Refund the "
                   "duplicate, not 'store credit'.")  # fmt: skip
    # no card named: it goes back the way they paid (round 318 found "your card" invented)
    assert "goes back the way you paid" in _both(r), _both(r)
    card = _northwind("Northwind charged me twice for the same order (2 x 31,50€). Refund the "
                      "duplicate to my card, not 'store credit'.")  # fmt: skip
    assert "goes back to your card" in _both(card), _both(card)


def test_express_shipping_paid_for_a_late_order_is_heard() -> None:
    r = _northwind("Paid for next-day delivery on Monday, it's Friday and my Northwind order "
                   "NW-77120 still hasn't shipped.")  # fmt: skip
    assert "you paid for next-day delivery" in (r.public or ""), r.public


def test_praise_with_a_broken_valve_thanks_and_says_the_valve() -> None:
    r = _northwind("The new Kenyan from Northwind is gorgeous, all redcurrant. Pity the valve "
                   "on the pouch was broken and it went flat within a week.")  # fmt: skip
    text = r.public or ""
    assert "kind words" in text, text
    assert "valve on your pouch was broken" in text, text


def test_finnish_a_refund_if_not_here_on_a_day_says_by_that_day() -> None:
    r = _northwind("Tilaus NW-55321 on ollut matkalla viikon. Jos se ei ole perillä "
                   "torstaina, haluan rahani takaisin.")  # fmt: skip
    assert "torstaihin mennessä" in _both(r), _both(r)


def test_a_part_that_broke_in_use_and_cut_them_is_a_defect_with_the_harm() -> None:
    r = _northwind("The glass carafe of my Northwind brewer exploded and cut my finger. My "
                   "solicitor will be in touch.")  # fmt: skip
    assert "health_safety" in _flags(r), _flags(r)
    assert "arrived" not in (r.public or ""), r.public
    assert "exploded and cut your finger" in (r.public or ""), r.public


def test_a_month_asked_back_beside_a_cancel_is_a_refund_ask() -> None:
    r = _northwind("Third time asking. October's Club box never came. Cancel the Club now and "
                   "refund October.")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}, r.reading.asks


def test_a_bengali_rider_who_abused_their_mother_after_asking_extra_says_both() -> None:
    r = _parcelly("পার্সেলির রাইডার ৮০ টাকা বেশি চাইলো, দিইনি বলে আমার মাকে গালাগালি করলো।")
    text = r.public or ""
    assert "বাড়তি টাকা চেয়েছেন" in text, text
    assert "আপনার মাকে গালি দিয়েছেন" in text, text


def test_every_table_reserved_for_a_friend_is_said_as_told() -> None:
    r = _northwind("The server at Northwind Töölö told my mum in a wheelchair that every table "
                   "was 'booked', then seated a family right after us.")  # fmt: skip
    assert "every table was 'booked'" in (r.public or ""), r.public


def test_a_parcel_handed_over_opened_with_one_thing_left_says_what_was_gone() -> None:
    r = _parcelly("Parcelly handed over my box opened. Watch gone, only the strap left inside. "
                  "I want my money back.")  # fmt: skip
    text = _both(r)
    assert "the watch inside was gone, with only the strap left" in text, text
    assert "declared value" in text, text


def test_hearsay_of_a_fee_rise_is_a_rumour_for_a_person() -> None:
    r = _parcelly("Word on the sellers' Facebook group is that Parcelly will charge 2% COD from "
                  "January. Real or made up?")  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert r.public is None, r.public


def test_finnish_addresses_sold_to_ad_firms_gets_the_privacy_fact() -> None:
    r = _northwind("Kaverin mukaan Northwind myy Club-jäsenten osoitteet mainosfirmoille. "
                   "Totta?")  # fmt: skip
    assert "ei koskaan myy" in (r.public or ""), r.public


def test_a_second_attempt_fee_with_no_first_attempt_is_said_and_comes_back() -> None:
    r = _parcelly("I got billed ৳40 for a 'second attempt' but nobody knocked the first time "
                  "either. Give me the ৳40 back.")  # fmt: skip
    text = r.public or ""
    assert "second attempt fee" in text, text
    assert "comes back to you" in text, text


def test_turned_away_because_of_who_they_are_is_discrimination_and_others_let_in() -> None:
    r = _northwind("Staff at Northwind Kallio told my cousin the café was 'closing' because "
                   "he's black, then let the woman behind us straight in.")  # fmt: skip
    assert "discrimination" in _flags(r), _flags(r)
    assert "then let someone else in" in (r.public or ""), r.public


def test_a_parcel_stuck_for_days_with_its_fee_asked_back_keeps_both() -> None:
    r = _parcelly("Parcel PX-55102 has said 'out for delivery' for 5 days. Nobody comes. I want "
                  "my ৳70 delivery fee back.")  # fmt: skip
    text = r.public or ""
    assert "5 days" in text, text
    assert "for a delivery that still hasn't happened" in text, text


def test_boxes_not_arriving_while_charged_every_month_are_both_said() -> None:
    r = _northwind("Third time messaging @NorthwindHelp: my Club boxes keep not arriving and "
                   "I'm still being charged every month.")  # fmt: skip
    text = r.public or ""
    assert "still being charged every month" in text, text
    assert "Please DM" not in text, text


def test_a_merchant_waiting_for_the_cod_is_a_payout_not_a_late_parcel() -> None:
    r = _parcelly("Parcelly seller here, still waiting on the COD money for orders delivered on "
                  "the 3rd. That's a week. Merchant ID M-44120.")  # fmt: skip
    assert "payout" in kinds(r), kinds(r)
    assert "trace" not in (r.public or ""), r.public


def test_cramps_and_vomiting_after_food_are_said_of_both() -> None:
    r = _northwind("My son and I had stomach cramps and vomited a few hours after the tuna "
                   "sandwiches from Northwind Kamppi.")  # fmt: skip
    assert "you and your son got stomach cramps and vomited after" in (r.public or ""), r.public


def test_a_bengali_rider_demand_at_delivery_asked_if_true_is_a_complaint_not_a_rumour() -> None:
    r = _parcelly("ডেলিভারির সময় পার্সেলির রাইডার ১০০ টাকা বেশি চেয়েছে, বলেছে এটা নিয়ম। সত্যি নাকি?")
    assert r.answered_as == "complaint", r.answered_as
    assert "সঠিক নয়" not in _both(r), _both(r)


def test_the_third_wrong_box_in_a_row_is_counted() -> None:
    r = _northwind("That's the THIRD Club box in a row with the wrong roast. I picked light, I "
                   "get dark.")  # fmt: skip
    assert "This is the third time" in (r.public or ""), r.public


def test_a_bag_with_its_valve_ripped_and_a_cardboard_smell_says_both() -> None:
    r = _northwind("Great, my Northwind beans turned up with the valve ripped off and smelling "
                   "like old cardboard. Quality 👏")  # fmt: skip
    text = r.public or ""
    assert "the valve on your bag" in text, text
    assert "smelled of cardboard" in text, text


def test_a_part_cracked_on_arrival_with_the_money_asked_back_to_the_card() -> None:
    r = _northwind("Ordered the pour-over kettle (NW-80211), came on Monday with the spout "
                   "snapped. No replacement, just put the 65€ back on my card.")  # fmt: skip
    assert "damaged" in kinds(r), kinds(r)
    assert "refund" in {a.kind.value for a in r.reading.asks}, r.reading.asks


def test_a_friend_turned_away_who_wears_a_headscarf_is_flagged() -> None:
    r = _northwind("The barista at Northwind Punavuori told my sister the café was 'booked up' "
                   "and to go elsewhere. She wears a headscarf. I got served right after.")  # fmt: skip
    assert "discrimination" in _flags(r), _flags(r)


def test_finnish_no_free_gift_wanted_gets_none() -> None:
    r = _northwind("Club-laatikko jäi taas tulematta, toinen kerta putkeen. Rahat takaisin, en "
                   "halua mitään ilmaisia pusseja.")  # fmt: skip
    assert "ilmai" not in _both(r).casefold(), _both(r)


def test_glass_from_a_chipped_bottle_is_food_safety_not_a_damaged_order() -> None:
    r = _northwind("Got a sliver of glass in my mouth from a Northwind cold brew bottle, the rim "
                   "was chipped. Bought it at the Kallio café.")  # fmt: skip
    assert "food_safety" in kinds(r), kinds(r)
    assert "arrived chipped" not in _both(r), _both(r)


def test_an_appliance_that_shorted_and_scorched_something_is_said_with_stop_using_it() -> None:
    r = _northwind("The grinder I bought from Northwind shorted out and burned my kitchen "
                   "counter. I expect you to pay for it.")  # fmt: skip
    text = r.public or ""
    assert "shorted out and burned your kitchen counter" in text, text
    assert "stop using it" in text, text


def test_a_refund_ask_ending_in_how_do_i_push_this_is_a_complaint_not_the_payment_faq() -> None:
    r = _northwind("My Northwind grinder's burr began rattling after ten days. I was offered a "
                   "swap; I want the money back on my card instead. How do I get this done?")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "MobilePay" not in _both(r), _both(r)


def test_a_lid_that_flew_off_a_cup_and_blistered_them_is_said_with_the_harm() -> None:
    r = _northwind("The lid came off a Northwind paper cup as I took it from the counter and I "
                   "have blisters on my fingers.")  # fmt: skip
    assert "the lid came off your paper cup and burned your fingers" in (r.public or ""), r.public


def test_what_a_barista_mentioned_about_prices_is_a_rumour_with_no_holding_line() -> None:
    r = _northwind("Does anyone know if the Club is getting more expensive next year? One "
                   "employee at the café hinted so.")  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "checking with the team" not in (r.public or ""), r.public


def test_a_parcel_that_vanished_from_a_hub_gets_the_rule_that_pays() -> None:
    r = _parcelly("My phone (declared value ৳40,000) disappeared at your Mirpur hub. My lawyer "
                  "writes to you on Friday.")  # fmt: skip
    assert "declared value" in (r.offline or ""), r.offline
