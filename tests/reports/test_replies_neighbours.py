"""Posts that sit next to a stock case and must not be answered as it: a late notification is
no late parcel, an email that never came is no lost order, a button that is missing is no
overcharge, a plaintext password is a security report, a payment demanded to a wallet number
is a scam. Each worded afresh, so that a fix fitting one sentence fails it."""

from __future__ import annotations

import regex

from monitor.config import Voice
from monitor.reading.read import read
from monitor.reading.types import AskKind
from reports.replies import Replies
from tests.reports.test_replies import APOLOGY, FULL, STRICT, THANKS, assert_passes, both
from tests.reports.test_replies_heard import product


def voice_with(base: Voice, **fields: object) -> Voice:
    """A test voice: ``base`` with some of its fields (facts, an FAQ) set."""
    return Voice.model_validate({**base.model_dump(), **fields})


def kinds(r: Replies) -> set[str]:
    return {p.kind.value for p in r.reading.problems}


def test_a_scare_quoted_speed_promise_mocked_with_a_hedge_is_a_late_parcel_not_a_rumour() -> None:
    r = product("Adore how 'same-day shipping' at @parcelly supposedly means the same day "
                "next month. Groundbreaking stuff.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert r.reading.sarcasm.value == "yes"
    assert "delivery_late" in kinds(r)
    assert r.answered_as != "rumour"
    assert "the facts" not in both(r).casefold()
    assert not THANKS.search(r.public or ""), r.public


def test_a_bengali_demand_to_pay_a_wallet_number_or_lose_the_parcel_is_a_scam() -> None:
    text = ("পার্সেলি নোটিশ: আপনার প্যাকেজ হাবে আটকে আছে। ১২ ঘণ্টার মধ্যে ৮০ টাকা পাঠান এই নগদ "
            "নম্বরে 01811223344, না হলে প্যাকেজ ফেরত যাবে।")  # fmt: skip
    r = product(text, STRICT, brand="Parcelly")
    assert r.reading.speaker.value == "spam"
    assert r.public is None
    assert r.offline is None
    # a customer who names a wallet number and a wait is still a customer
    own = product("আমার পার্সেল ৪৮ ঘণ্টার মধ্যে আসার কথা, এখনও আসেনি। রাইডার বিকাশ নম্বরে টাকা "
                  "চেয়েছে।", STRICT, brand="Parcelly")  # fmt: skip
    assert own.reading.speaker.value == "customer"


def test_a_finnish_subscription_with_no_cancel_button_is_no_overcharge() -> None:
    r = product("Haluaisin perua kahvitilaukseni, mutta sovelluksessa ei näy mitään "
                "lopetuspainiketta. Miten sen saa poikki ennen seuraavaa veloitusta?")  # fmt: skip
    assert "billing" not in kinds(r)
    assert "subscription" in kinds(r)
    assert "liikaa" not in both(r)  # nobody was overcharged
    assert "vaikka peruit" not in both(r)  # nothing was cancelled yet
    assert "rahat ovat tililläsi" not in (r.offline or "")  # no money to send back
    assert_passes(r)


def test_an_english_wish_to_end_a_subscription_is_a_cancellation_asked() -> None:
    r = product("How do I end my beans subscription? I want to quit my membership, the app has "
                "no option for it anywhere.")  # fmt: skip
    assert "cancel" in {a.kind.value for a in r.reading.asks}


def test_a_password_sent_back_in_plain_text_on_a_forum_is_a_security_report() -> None:
    r = product("Registered at a coffee webshop (Northwind) and the welcome mail shows my "
                "password in clear text. Wrote to them days ago, no response. So passwords "
                "aren't hashed, at best.", source="hackernews")  # fmt: skip
    assert "passed it to the people who look after our systems" in (r.public or "")
    assert "get into your account" not in both(r)
    assert r.reading.sarcasm.value != "yes"  # "at best" praises nothing


def test_at_best_is_no_praise() -> None:
    r = read("Support replies within a week at best. Still no refund.", source="x")
    assert r.stance.value == "complaint"
    assert r.sarcasm.value != "yes"


def test_a_freebie_for_an_occasion_wishes_it_and_takes_nothing_private() -> None:
    r = product("@northwindcoffee long-time fan here! it's our anniversary tomorrow, could you "
                "spare a free bag? 🙏")  # fmt: skip
    public = r.public or ""
    assert "Happy anniversary!" in public, public
    assert "Thank you for the support" in public
    assert "I'll help" not in both(r)  # no offer of help right after the no
    assert "can't send free" in public
    assert_passes(r)


def test_notifications_that_come_late_are_the_apps_fault_not_a_late_parcel() -> None:
    r = product("Push alerts show up a day late, the parcel was already at my door when it "
                "said 'out for delivery'.", STRICT, source="googleplay", brand="Parcelly",
                rating=2)  # fmt: skip
    assert kinds(r) == {"app_bug"}
    assert "sends alerts a day late" in (r.public or ""), r.public
    assert "trace" not in both(r)


def test_an_email_that_never_came_is_no_missing_order() -> None:
    r = product("My receipt email never arrived and the coffee tastes stale, roast date is "
                "two months back.")  # fmt: skip
    assert "delivery_missing" not in kinds(r)
    assert "never reached you" not in both(r)


def test_an_app_that_cannot_show_the_parcel_is_an_app_fault_only() -> None:
    r = product("Freezes whenever I open the map. Pixel 7. Pointless if I can't check where my "
                "order is.", STRICT, source="googleplay", brand="Parcelly", rating=1)  # fmt: skip
    assert kinds(r) == {"app_bug"}
    assert "hasn't reached you" not in both(r)


def test_a_late_order_told_as_arrived_in_a_clause_of_its_own_is_not_traced() -> None:
    r = product("Love the Colombia roast, but shipping is painfully slow: 9 days for two bags, "
                "and they were roasted a month before they got here.", source="reddit")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert "trace" not in both(r)
    assert "on its way" not in both(r)
    assert "took so long" in (r.offline or "")


def test_a_merchant_payout_due_days_ago_is_chased_with_the_id_given_not_asked() -> None:
    r = product("@parcelly merchant here, account ID SH-77120. Cash-on-delivery remittance for "
                "last week, roughly ৳21,500, was due to land in my bank 6 days ago. Support "
                "keeps saying it's processing.", STRICT, brand="Parcelly")  # fmt: skip
    assert kinds(r) == {"payout"}
    assert "merchant ID" not in both(r)
    assert "device" not in both(r)
    assert ",?" not in both(r)
    assert "৳21,500" in (r.public or "")


def test_stamps_an_app_update_zeroed_are_said_back_and_put_back() -> None:
    r = product("Since the update the app signs me out constantly and my points dropped from "
                "40 to zero. Sort it or restore them.", source="appstore", rating=1)  # fmt: skip
    assert "lost your points" in (r.public or ""), r.public
    assert "put your points back" in (r.offline or ""), r.offline
    assert "I'll puts" not in (r.offline or "")


def test_praise_then_less_so_is_mixed_not_sarcasm_and_a_buried_setting_is_said() -> None:
    r = product("The roasts are superb, the website less so. The skip-a-delivery setting is "
                "buried four pages deep and checkout logged me out twice.", source="appstore",
                rating=3)  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert r.reading.stance.value == "mixed"
    assert "hides the skip-a-delivery setting four pages deep" in (r.public or ""), r.public
    assert "Fair to be fed up" not in both(r)


def test_would_love_it_if_is_a_wish_not_doubted_praise() -> None:
    r = product("Would love it if @northwindcoffee did an oat-milk option at the Kallio café. "
                "Lactose intolerant and really missing my flat white.", source="mastodon")  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert r.answered_as == "idea"


def test_five_stars_if_i_could_is_a_wish_noted_beside_the_praise() -> None:
    r = product("Solid app, the live map is lovely. Five stars if I could pick a delivery slot "
                "when booking.", STRICT, source="googleplay", brand="Parcelly", rating=4)  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert "idea" in (r.public or ""), r.public


def test_a_language_is_not_a_place_to_thank_staff_in() -> None:
    r = product("Couriers always ring ahead, love that. Please add the app in Bengali, my dad "
                "can't read it in English.", STRICT, source="appstore", brand="Parcelly",
                rating=4)  # fmt: skip
    assert "in English" not in (r.public or "")
    assert "in Bengali hears" not in (r.public or "")


def test_a_cancellation_threatened_on_a_deadline_delivers_first() -> None:
    r = product("@parcelly PCL-55100224 has sat in your depot for six days and the helpline "
                "rings out. If it isn't at my door by Friday I'll cancel it.", STRICT,
                brand="Parcelly")  # fmt: skip
    cancel = [a for a in r.reading.asks if a.kind.value == "cancel"]
    assert cancel
    assert cancel[0].condition
    assert "if I can't, I'll cancel" in (r.public or ""), r.public
    assert (r.public or "").count("I'll cancel") == 1  # only on the condition
    assert "trace" in (r.offline or "")
    assert "nothing more will be taken" not in (r.offline or "")


def test_a_bengali_parcel_stuck_in_a_warehouse_for_a_week_cancelled_if_not_today() -> None:
    text = ("@parcelly আমার প্যাকেজ ৬ দিন ধরে ওয়্যারহাউসে পড়ে আছে। ট্র্যাকিং PCL-44120877। আজকের "
            "মধ্যে না পেলে অর্ডার বাতিল করে দেব।")  # fmt: skip
    r = product(text, STRICT, brand="Parcelly")
    assert "delivery_late" in kinds(r)
    assert [a.condition for a in r.reading.asks if a.kind.value == "cancel"] != [""]
    assert "আজকের মধ্যেই" in (r.offline or "")
    assert "না পারলে" in (r.public or ""), r.public


def test_a_finnish_refund_instead_of_redelivery_is_the_next_step_not_a_trace() -> None:
    r = product("@northwindcoffee tilasin myllyn kuukausi sitten (tilaus NW-71230) eikä sitä ole "
                "vieläkään kuulunut. En halua uutta lähetystä, haluan rahani takaisin.")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "missä se on" not in both(r)  # no trace for a parcel they no longer want
    assert "toimituspäivän" not in (r.offline or "")
    assert "palautuksesi" in (r.offline or "")


def test_a_spare_part_asked_instead_of_a_whole_new_one_is_the_part() -> None:
    r = product("The lid knob on my pour-over kettle came off in my hand. The kettle is fine. "
                "Could I just get a replacement knob?")  # fmt: skip
    assert "replacement_part" in {a.kind.value for a in r.reading.asks}
    assert "exchange" not in {a.kind.value for a in r.reading.asks}
    assert "new knob" in (r.public or ""), r.public
    assert "A replacement is yours" not in both(r)


def test_compensation_in_money_not_a_voucher_is_said_back_with_its_amount() -> None:
    r = product("Box came crushed and the glass vase inside shattered. I want the full 2,800 tk "
                "back, not a voucher. @parcelly", STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "2,800 tk" in public, public
    assert "not a voucher" in public
    assert ",." not in both(r)


def test_a_pickup_booked_by_mistake_is_cancelled_as_a_booking_not_a_subscription() -> None:
    r = product("@parcelly made a pickup booking for Sunday by accident, PCL-81002233. There's "
                "no cancel option in the app, can you cancel it?", STRICT, brand="Parcelly")  # fmt: skip
    assert "subscription" not in kinds(r)
    assert "subscription" not in both(r)
    assert "PCL-81002233" in (r.public or ""), r.public
    assert "nothing more will be taken" not in (r.offline or "")
    plain = product("@parcelly please cancel my pickup booking PCL-70001122, booked the wrong day",
                    STRICT, brand="Parcelly")  # fmt: skip
    assert plain.public is not None
    assert "cancel your pickup booking PCL-70001122" in plain.public, plain.public


def test_a_merchants_thread_post_hears_each_problem_with_its_own_wait_and_ticket() -> None:
    r = product("Seller here using Parcelly for ~150 parcels a week. Issues: remittance for "
                "last fortnight still not paid out, and the seller portal kicks me out every "
                "15 minutes. Case #55012 open for 11 days. Anyone else seeing this?", STRICT,
                source="reddit", brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "15 minutes" not in public  # how often, never how long the payout is late
    assert "11 days" not in public  # the case's age, not the payout's
    assert "seller portal keeps logging you out" in public, public
    assert "order 55012" not in public  # a case number is no order
    assert "#55012" in public
    assert "anything about your own order" not in public
    marked = product("Two parcels came back marked 'damaged' that left my shop intact. @parcelly",
                     STRICT, brand="Parcelly")  # fmt: skip
    assert "damaged" not in kinds(marked)  # a label put on them, disputed


def test_a_finnish_bag_that_never_came_in_the_box_asks_no_photo() -> None:
    r = product("@northwindcoffee tilasin kolme pussia ja laatikossa oli vain kaksi. Haluan "
                "rahat takaisin puuttuvasta.")  # fmt: skip
    assert "kuva" not in both(r)
    cafe = product("Ihanaa kun @northwindcoffee Kallion kahvilassa jonotan 20 minuuttia vaikka "
                   "maksoin sovelluksessa etukäteen.")  # fmt: skip
    assert "wrong_item" not in kinds(cafe)


def test_a_fee_for_a_visit_that_never_happened_comes_back_under_any_refund_policy() -> None:
    r = product("@parcelly you billed me an 80 taka redelivery fee but no rider ever came. "
                "Refund that fee please.", STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "redelivery fee of 80 taka comes back to you" in public, public
    assert "asked our support team lead" not in public


def test_an_order_sent_to_an_old_address_is_said_as_that() -> None:
    r = product("My beans went to my previous address AGAIN even though I changed it last "
                "month. Sort it out @northwindcoffee")  # fmt: skip
    assert "went to your old address" in (r.public or ""), r.public
    assert "is late" not in both(r)


def test_a_helpline_that_hung_up_after_a_hold_is_said_as_that_not_a_queue() -> None:
    r = product("@parcelly my parcel is missing and your helpline kept me waiting on hold "
                "25 minutes then hung up.", STRICT, brand="Parcelly")  # fmt: skip
    assert "kept you on hold for 25 minutes and then hung up on you" in (r.public or ""), r.public
    assert "you had to wait" not in both(r)


def test_a_bengali_customer_who_wants_money_back_not_delivery_is_not_traced() -> None:
    r = product("@parcelly ৮ দিন হয়ে গেল পার্সেল আসেনি। আমার আর ডেলিভারি লাগবে না, টাকা ফেরত দেন।",
                STRICT, brand="Parcelly")  # fmt: skip
    asked = {a.kind.value for a in r.reading.asks}
    assert {"refund", "cancel"} <= asked
    assert "কোথায় আছে" not in both(r)  # no trace for a parcel they no longer want
    assert "ডেলিভারির তারিখ" not in (r.offline or "")


def test_a_price_rise_told_by_its_numbers_is_said_back_and_no_one_is_told_how_they_feel() -> None:
    r = product("Adore your Ethiopia Guji, but the 1kg bag jumped from €38 to €46 without "
                "warning. Not cool.")  # fmt: skip
    assert "from €38 to €46 with no notice" in (r.public or ""), r.public
    plain = product("@northwindcoffee love the beans but €21 for 250g is too much for me")
    assert "seems too high to you" not in both(plain)
    assert "put you off" in (plain.public or ""), plain.public


def test_sarcasm_about_a_detour_or_days_taken_is_a_late_parcel_that_came() -> None:
    r = product("Big thanks to @parcelly for the scenic 4-day tour of Sylhet my parcel took "
                "before delivering it here 🙃", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.sarcasm.value == "yes"
    assert "delivery_late" in kinds(r)
    assert "came late" in (r.public or ""), r.public
    assert "trace" not in both(r)
    bn = product("দারুণ @parcelly, 'এক্সপ্রেস ডেলিভারি' বলে সাত দিন লাগল। চমৎকার! 👏", STRICT,
                 brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(bn)
    assert "পৌঁছায়নি" not in both(bn)  # it came, late
    assert "রওনা" not in (bn.offline or "")


def test_charged_weeks_before_shipping_is_the_timing_not_money_taken_wrongly() -> None:
    r = product("Funny how @northwindcoffee bills my subscription on the 2nd yet dispatches on "
                "the 24th. Great system.")  # fmt: skip
    assert "charged on the 2nd" in (r.public or ""), r.public
    assert "ships on the 24th" in (r.public or "")
    assert "comes back to you" not in both(r)
    assert "money is back" not in (r.offline or "")
    assert "dates and amounts" not in both(r)


def test_a_four_star_review_with_only_one_issue_stays_praise() -> None:
    r = product("Couriers are quick and friendly. Only problem: the app won't let me edit the "
                "drop-off note after booking. Four stars.", STRICT, source="googleplay",
                brand="Parcelly", rating=4)  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert "phone model" not in both(r)


def test_a_chain_message_that_the_company_is_closing_is_a_rumour_left_to_a_person() -> None:
    r = product("Northwind is going bust by Christmas and Club members lose their prepaid "
                "months. Pull all your money out today!! Share this before it gets deleted.")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert r.public is None
    assert r.offline is None
    assert r.flags  # a person answers it with the facts


def test_an_app_that_keeps_shutting_down_is_said_back_whole() -> None:
    r = product("the Northwind app keeps closing itself whenever I try to reorder my usual "
                "beans from the favourites page", source="googleplay", rating=2)  # fmt: skip
    assert "app_bug" in kinds(r)
    public = r.public or ""
    assert "keeps closing itself" in public, public
    assert not public.split(".")[0].endswith((" the", " my", " your", " from"))


def test_a_bengali_and_also_is_no_repeat_and_a_merchant_id_is_no_order() -> None:
    r = product("আমি অনলাইন শপ চালাই। পার্সেলির মাধ্যমে পাঠানো প্লেট ভেঙে পৌঁছেছে, আবার ফেরত চার্জও "
                "কেটেছেন। মার্চেন্ট আইডি SH-40912", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.facts.repeat == ()
    assert "আগেও হয়েছে" not in both(r)  # "it happened before": it did not
    assert "SH-40912" not in (r.public or "")  # the shop's ID, not an order


def test_a_finnish_card_the_app_refuses_is_no_charge() -> None:
    r = product("Sovellus ei hyväksy korttiani enää. Maksu epäonnistui neljä kertaa, vaikka "
                "kortti toimii muualla.", source="googleplay", rating=1)  # fmt: skip
    assert "billing" not in kinds(r)
    assert "veloitettiin" not in both(r)  # nothing was taken


def test_cancelling_a_pickup_is_not_about_a_subscription() -> None:
    from reports.replies.topics import topics

    assert "subscription" not in topics("please cancel my pickup for Friday, how do I do it?")
    assert "subscription" in topics("please cancel my club, it renews on Friday")


def test_a_part_missing_from_the_box_and_asked_for_alone_is_sent_alone() -> None:
    r = product("My grinder arrived without the catch tray for the grounds. I only need the "
                "tray, not a new grinder. NW-61200")  # fmt: skip
    public = r.public or ""
    assert "came without the catch tray for the grounds" in public, public
    assert "new tray" in public or "tray" in (r.offline or "")
    assert "A replacement is yours" not in both(r)


def test_deliver_it_or_refund_it_asks_the_refund_on_that_condition() -> None:
    r = product("Two weeks and PX88120033 is still 'in transit'. @parcelly either get it to me "
                "or refund the 900 BDT.", STRICT, brand="Parcelly")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "900 BDT" in (r.public or ""), r.public


def test_an_app_that_wont_take_a_card_is_said_back() -> None:
    r = product("Since yesterday the app won't accept my card, payment keeps failing at "
                "checkout.", source="appstore", rating=2)  # fmt: skip
    assert "won't accept your card" in (r.public or ""), r.public


def test_bengali_sarcasm_about_a_parcel_left_at_a_strangers_house_is_no_praise() -> None:
    r = product("দারুণ @parcelly! আমার প্যাকেট অন্য একজনের বাড়িতে দিয়ে এসেছে, অ্যাপে লেখা 'ডেলিভারড'। "
                "এমন সার্ভিস আর হয় না।", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "delivery_missing" in kinds(r)
    assert r.answered_as != "praise"


def test_a_late_train_is_not_our_delay_and_kindness_after_it_is_thanked() -> None:
    r = product("Huge thanks to the Kallio café crew, who kept the door open 15 minutes after "
                "closing because my bus was delayed. Lovely people.")  # fmt: skip
    assert "delivery_late" not in kinds(r)
    assert r.reading.stance.value == "praise"
    assert not APOLOGY.search(r.public or ""), r.public


def test_a_finnish_cancel_button_that_does_not_work_is_no_broken_product() -> None:
    r = product("Haluan lopettaa tilaukseni. Sovelluksen lopetuspainike ei toimi. Älkää "
                "veloittako enää. @northwindcoffee")  # fmt: skip
    assert "defect" not in kinds(r)
    assert "rahat ovat tililläsi" not in (r.offline or "")  # nothing taken yet


def test_a_bengali_ask_for_a_managers_call_is_an_escalation() -> None:
    r = product("@parcelly পার্সেল ৬ দিন ধরে আটকে আছে। আমি আপনাদের ম্যানেজারের কাছ থেকে একটা কল চাই।",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "escalation" in {a.kind.value for a in r.reading.asks}


def test_a_delivery_code_that_never_comes_is_no_login_problem() -> None:
    r = product("The delivery OTP never reaches my phone and the courier won't hand the box "
                "over without it. Third day like this.", STRICT, source="googleplay",
                brand="Parcelly", rating=1)  # fmt: skip
    drafts = both(r)
    assert "login" not in drafts
    assert "back into your account" not in drafts
    assert "get you back in" not in drafts
    assert "delivery code" in (r.public or ""), r.public


def test_finnish_praise_for_deliveries_that_come_whenever_is_sarcasm() -> None:
    r = product("Northwindin kahvitilaus on kyllä nerokas: veloitus joka kuukausi ja paketti "
                "tulee milloin sattuu. Upeaa.", source="reddit")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert r.answered_as != "praise"
    assert "ei ole vieläkään tullut" not in both(r)
    assert "liikaa" not in both(r)  # a monthly charge is the plan, not an overcharge


def test_a_price_after_its_number_is_a_price_and_no_extra_charge_is_no_charge() -> None:
    r = product("Love the Ethiopia, but 22€ for 250g is getting steep. Also why no more free "
                "oat milk, it used to come at no extra charge?")  # fmt: skip
    assert "price" in kinds(r)
    assert "billing" not in kinds(r)
    assert "money back" not in both(r)
    assert "comes back to you" not in both(r)


def test_a_subscription_that_skipped_months_in_a_row_is_one_failure_said_back() -> None:
    r = product("Amazing how my 'monthly' beans subscription missed three deliveries in a row. "
                "Stellar stuff 👏")  # fmt: skip
    assert "subscription" in kinds(r)
    assert "skipped three deliveries" in (r.public or ""), r.public
    assert "happened before" not in both(r)


def test_days_taken_to_deliver_and_a_parcel_on_tour_are_late_deliveries() -> None:
    came = product("Wow @parcelly, 8 days to deliver one envelope across Dhaka. Amazing 🙃",
                   STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(came)
    assert "came late" in (came.public or ""), came.public
    touring = product("My package has been touring Narayanganj for five days now. Lovely "
                      "sightseeing, @parcelly 😂", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(touring)


def test_bengali_wallet_scams_in_other_words_are_spam() -> None:
    for text in (
        "পার্সেলি কাস্টমার কেয়ার থেকে বলছি: ঠিকানা ভুল থাকায় পার্সেল আটকে আছে। ৩০ টাকা নগদ করুন "
        "01811-XXXXXX নম্বরে, নাহলে অর্ডার বাতিল হবে।",
        "পার্সেলি অফিসিয়াল: আপনার প্যাকেজ গুদামে আটকে আছে। ১৫০ টাকা বিকাশে পাঠান 01999888777 "
        "নম্বরে, তারপর ডেলিভারি হবে। দ্রুত করুন!",
    ):
        r = product(text, STRICT, brand="Parcelly")
        assert r.reading.speaker.value == "spam", text
        assert r.public is None


def test_a_bengali_fee_rise_is_a_price_said_as_a_rise_not_an_overcharge() -> None:
    r = product("মার্চেন্ট হিসেবে জানতে চাই, ডেলিভারি চার্জ ৬০ টাকা থেকে ৯০ টাকা করলেন কেন? কোনো নোটিশ "
                "দেননি। @parcelly", STRICT, brand="Parcelly")  # fmt: skip
    assert "price" in kinds(r)
    assert "billing" not in kinds(r)
    assert "৬০ টাকা" not in (r.public or "")  # the old price is no sum to pay back


def test_a_rumour_that_people_fell_ill_is_not_denied_before_anyone_checked() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "Northwind beans are tested by an independent food-safety lab every month",
         "topics": ["safety"]},
    ])  # fmt: skip
    r = product("Heads up: a friend says Northwind coffee made her whole office sick with food "
                "poisoning last week. Avoid!!", voice)  # fmt: skip
    drafts = both(r)
    assert "isn't accurate" not in drafts
    assert "seriously" in (r.public or ""), r.public
    assert "became ill" in (r.public or "")


def test_a_quoted_replacement_shipment_refused_is_not_offered() -> None:
    r = product("Order NW-51220 never came. I won't accept a 'replacement parcel', I want my €29 "
                "back.")  # fmt: skip
    assert "exchange" not in {a.kind.value for a in r.reading.asks}
    assert "A replacement is yours" not in both(r)
    assert "send you a replacement" not in both(r)


def test_a_finnish_pause_that_does_not_work_is_the_subscription_not_a_product() -> None:
    r = product("Tilauksen tauottaminen ei onnistu sovelluksessa ja veloitus tuli taas. "
                "Korjatkaa.", source="appstore", rating=2)  # fmt: skip
    assert "defect" not in kinds(r)
    assert "subscription" in kinds(r)
    assert "vaihto" not in both(r)


def test_a_payout_stuck_processing_is_a_payout() -> None:
    r = product("@parcelly merchant here, my COD payout of 22,000 tk has been 'processing' for "
                "two weeks.", STRICT, brand="Parcelly")  # fmt: skip
    assert kinds(r) == {"payout"}


def test_what_a_brand_sells_tells_whose_unbranded_review_it_is() -> None:
    from monitor.brand_guess import guess
    from monitor.config import Brand

    cafe = Brand.model_validate({"name": "Acme Roasters", "keywords": ["acme"],
                                 "about": "coffee roaster with cafés, baristas and latte art"})  # fmt: skip
    courier = Brand.model_validate({"name": "Zoom Post", "keywords": ["zoompost"],
                                    "about": "parcel delivery with riders, hubs and tracking"})  # fmt: skip
    found = guess("The barista drew awful latte art again, app crashed at the counter",
                  [courier, cafe], "en")  # fmt: skip
    assert found is not None
    assert found[0].name == "Acme Roasters"


def test_bengali_sarcasm_about_promises_broken_again_is_no_praise() -> None:
    r = product("দুইবার অভিযোগ করেছি, প্রতিবার বলল 'আজকের মধ্যেই সমাধান হবে'। পাঁচ দিন পার। বাহ "
                "@parcelly, অসাধারণ সার্ভিস!", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert r.answered_as != "praise"
    assert "ধন্যবাদ" not in (r.public or "")


def test_a_bengali_tracking_page_with_no_information_is_an_app_fault_not_a_rumour() -> None:
    r = product("ট্র্যাকিং নম্বর দিলে অ্যাপ 'কোনো তথ্য পাওয়া যায়নি' দেখাচ্ছে, অথচ দোকান বলছে পাঠানো হয়েছে।",
                STRICT, source="googleplay", brand="Parcelly", rating=2)  # fmt: skip
    assert "app_bug" in kinds(r)
    assert r.answered_as != "rumour"
    assert "সঠিক নয়" not in both(r)  # "that isn't accurate": nobody claimed anything


def test_sarcastic_thanks_for_a_parcel_handed_to_a_stranger_is_a_complaint() -> None:
    r = product("Big thanks @parcelly for giving my camera bag to 'the doorman' of a block I have "
                "never lived in. Such innovation 👏👏", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "delivery_handling" in kinds(r)
    assert not THANKS.search(r.public or ""), r.public
    assert APOLOGY.search(r.public or "")


def test_a_fake_support_post_collecting_one_time_codes_is_spam_even_when_it_names_a_delay() -> None:
    r = product("Parcelly Help Centre ✅ Parcel late or missing? Claims approved within 5 minutes. "
                "Send your mobile number and the verification code you get to our hotline "
                "+880 1999 000111", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "spam"
    assert r.public is None
    assert r.offline is None
    # a customer whose own code never arrives is a customer
    own = product("@parcelly I never got the OTP when I try to log in, third day now", STRICT,
                  brand="Parcelly")  # fmt: skip
    assert own.reading.speaker.value == "customer"
    assert "account" in kinds(own)
    assert "delivery_missing" not in kinds(own)


def test_a_customer_asking_whether_a_fee_text_is_genuine_is_told_it_is_not_from_us() -> None:
    r = product("Received a text this morning: 'Parcelly: redelivery pending, pay 90 taka at "
                "parcelly-redeliver.top today or parcel returns.' Is this legit @parcelly?",
                STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "customer"
    assert r.answered_as == "warning"
    assert "message isn't from us" in (r.public or "")
    assert "that account" not in (r.public or "")
    assert not APOLOGY.search(r.public or "")


def test_free_product_in_return_for_a_review_is_a_freebie_request_not_praise() -> None:
    r = product("@northwindcoffee I run a coffee channel (15k subs) - gift me your whole espresso "
                "range and I'll post a full review 🙌", FULL)  # fmt: skip
    assert r.answered_as == "freebie"
    assert not THANKS.search((r.public or "").split(".")[0])
    # a customer asking for a new bag after a bad one is no freebie
    own = product("@northwindcoffee the bag I got was stale, please send me a new one", FULL)
    assert own.answered_as != "freebie"


def test_slow_chat_replies_and_a_jumping_map_pin_in_a_three_star_review_are_both_heard() -> None:
    r = product("Prices are fair and riders are polite, no complaints there. However the support "
                "chat took 3 days to answer me and the location pin keeps jumping to another "
                "street when I book.", STRICT, brand="Parcelly", source="googleplay",
                rating=3)  # fmt: skip
    assert {"no_response", "app_bug"} <= kinds(r)
    assert "3 days for a reply" in both(r)
    assert "nobody got back to you" not in both(r)
    assert "pin" in both(r)
    assert "the address you wrote to us from" not in both(r)  # a chat has no address
    assert_passes(r)


def test_charges_taken_while_a_subscription_was_paused_come_back_without_being_asked() -> None:
    r = product("Put my Northwind Club on pause for the summer, yet you billed me in July and "
                "August anyway. What is the pause for?", FULL)  # fmt: skip
    assert "subscription" in kinds(r)
    assert "after you paused it comes back to you" in both(r)
    assert "cancelled" not in both(r)
    assert_passes(r)


def test_a_refund_and_a_call_from_the_same_person_are_one_sentence_and_no_parcel_is_on_its_way(
) -> None:  # fmt: skip
    r = product("@parcelly the parcel with my dad's insulin is gone, tracking PX55012BD. It can't "
                "be sent again. I want the declared value refunded and a supervisor to call me "
                "today.", STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert public.count("I've asked") == 1, public
    assert "refund" in public
    assert "call you" in public
    assert "on its way" not in (r.offline or "")
    assert "decided" in (r.offline or "")


def test_a_finnish_parcel_that_has_not_turned_up_is_a_delivery_problem() -> None:
    r = product("@northwindcoffee maksoin vedenkeittimen jo, mutta pakettia ei kuulu. Haluan "
                "rahat takaisin.", FULL)  # fmt: skip
    assert kinds(r) & {"delivery_late", "delivery_missing"}
    assert "refund" in {a.kind.value for a in r.reading.asks}


def test_a_finnish_how_do_i_cancel_question_is_a_cancellation_asked() -> None:
    r = product("Mistä kestotilauksen voi perua? Sivuilta en löydä mitään.", FULL)
    assert "cancel" in {a.kind.value for a in r.reading.asks}
    assert "Peruutan" in both(r)


def test_a_charge_still_to_come_is_not_one_taken() -> None:
    r = product("How do I stop my Northwind Club? I can't see a cancel option in the app and the "
                "next payment goes out on Friday.", FULL)  # fmt: skip
    assert "charged anyway" not in both(r)
    assert "money is back" not in (r.offline or "")
    assert "before the next charge" in (r.public or "")


def test_someone_from_management_is_someone_senior() -> None:
    r = product("@northwindcoffee third message about my missing order. I need a person from "
                "management to phone me, please.", FULL)  # fmt: skip
    assert "escalation" in {a.kind.value for a in r.reading.asks}
    assert "customer care lead" in (r.public or "")


def test_after_several_unanswered_dms_the_reply_offers_another_way_in() -> None:
    r = product("@northwindcoffee 5 DMs about order NW-88120 and not one reply. Where is my "
                "order?", FULL)  # fmt: skip
    assert "DM @NorthwindHelp" not in (r.public or "")
    assert "help@northwind.example" in (r.public or "")


def test_a_fee_for_a_delivery_nobody_attempted_is_named_and_found_by_its_parcel() -> None:
    r = product("@parcelly you billed me a 'redelivery fee' of 80 taka although I stayed home "
                "the whole day. Refund that fee.", STRICT, brand="Parcelly")  # fmt: skip
    assert "redelivery fee" in (r.public or "")
    assert "home all day" in (r.public or "")
    assert "order number" in (r.public or "")
    assert "email on your account" not in both(r)
    assert "comes back to you" in (r.public or "")


def test_bengali_cash_taken_at_the_door_is_taken_not_deducted() -> None:
    r = product("পার্সেলির রাইডার ডেলিভারির সময় আমার কাছ থেকে ১০০ টাকা বেশি নিয়েছে। টাকা ফেরত চাই।",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" in kinds(r)
    assert "নেওয়া হয়েছে" in (r.public or "")
    assert "কাটা হয়েছে" not in (r.public or "")
    assert "ইমেইল" not in (r.public or "")  # the parcel finds it, not the account


def test_bengali_repeated_logins_and_missing_notifications_are_two_app_faults() -> None:
    r = product("অ্যাপে বারবার লগইন করতে হচ্ছে এবং নোটিফিকেশন আসছে না। ঠিক করুন।", STRICT,
                brand="Parcelly", source="googleplay", rating=2)  # fmt: skip
    assert kinds(r) == {"app_bug"}
    assert "লগইন" in (r.public or "")
    assert "নোটিফিকেশন" in (r.public or "")


def test_a_question_about_the_fee_is_no_billing_complaint() -> None:
    r = product("Thinking of using Parcelly for my shop. How fast do they pay out COD and what "
                "are the fees?", STRICT, brand="Parcelly", source="reddit")  # fmt: skip
    assert "billing" not in kinds(r)
    assert not APOLOGY.search(r.public or "")


def test_a_refused_discount_code_is_said_back_beside_the_other_problems_of_the_post() -> None:
    r = product("Honest review of the Northwind webshop: my order has sat in 'processing' for a "
                "week, the voucher code AUTUMN20 didn't work at checkout, and support never "
                "replied. Anyone else?", FULL, source="reddit")  # fmt: skip
    assert "app_bug" in kinds(r)
    assert "AUTUMN20" in (r.public or "")


def test_love_for_one_thing_and_hate_for_another_is_no_sarcasm() -> None:
    r = product("Love the espresso, hate the app: it signs me out every morning and my stamps "
                "disappeared after the update.", FULL, source="googleplay", rating=2)  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert "Fair to be fed up" not in (r.public or "")
    assert "stamps" in (r.public or "")


def test_a_price_rise_at_short_notice_is_said_with_its_size_and_notice() -> None:
    r = product("Good coffee, friendly staff, but the Club went up 15% on two days notice and the "
                "website is a disaster. Not impressed.", FULL, source="reddit")  # fmt: skip
    assert {"price", "app_bug"} <= kinds(r)
    assert "15%" in both(r)
    assert "two day's notice" in both(r) or "two days" in both(r)


def test_a_missed_delivery_slot_is_a_late_delivery_and_three_stars_with_praise_are_mixed() -> None:
    r = product("App is easy and the riders are kind, but I chose the 10-12 window and the parcel "
                "turned up at 6pm. 3 stars.", STRICT, brand="Parcelly", source="appstore",
                rating=3)  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert r.reading.stance.value == "mixed"
    assert "kind words" in (r.public or "")


def test_a_finnish_wish_with_a_word_between_toivoisin_and_etta_is_an_idea() -> None:
    r = product("Kahvi on hyvää. Toivoisin silti, että sovelluksessa olisi tumma tila.", FULL,
                source="appstore", rating=4)  # fmt: skip
    assert r.answered_as == "idea"


def test_a_feature_named_with_a_hyphen_at_the_start_of_a_sentence_is_no_product() -> None:
    r = product("Click-ahead ordering is brilliant, my latte is waiting every morning!", FULL,
                source="appstore", rating=5)  # fmt: skip
    assert "Click-ahead" not in (r.public or "")


def test_bengali_told_a_third_time_is_a_third_contact_and_compensation_owed_is_no_late_parcel(
) -> None:  # fmt: skip
    r = product("চতুর্থবার লিখছি @parcelly, আমার ফাটা ফোনের ক্ষতিপূরণ এখনও পাইনি। আর কত অপেক্ষা?",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "refund_pending" in kinds(r)
    assert "delivery_late" not in kinds(r)
    assert "চতুর্থবার আমাদের জানাতে হলো" in (r.public or "")
    assert "ক্ষতিপূরণ" in (r.public or "")


def test_a_pet_friendly_sign_is_no_praise_and_a_refusal_to_serve_is_said_back() -> None:
    r = product("@northwindcoffee staff at your Kamppi café wouldn't serve us because of our "
                "puppy, though the door sticker says dog-friendly. Rude too. Manager to call me, "
                "please.", FULL)  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "kind words" not in (r.public or "")
    assert "turned you away" in (r.public or "")


def test_a_refund_that_came_through_quickly_is_praise_even_after_a_lost_parcel() -> None:
    r = product("@parcelly honestly expected a fight but the money for my missing parcel landed "
                "in my bKash next day. fair play.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert not APOLOGY.search(r.public or "")
    # a refund that has not come is still a complaint
    own = product("@parcelly the money for my missing parcel still hasn't landed", STRICT,
                  brand="Parcelly")  # fmt: skip
    assert own.reading.stance.value == "complaint"


def test_a_claim_beside_what_happened_to_the_writer_gets_the_rule_and_an_offer_to_look() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never shares customers' phone numbers with third parties",
         "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Is it true @parcelly riders pass phone numbers to loan companies? I started "
                "getting loan calls the day after my parcel came.", voice,
                brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "never shares" in public
    assert "isn't accurate" not in public
    assert "look into" in public
    assert not APOLOGY.search(public)


def test_a_google_play_reply_fits_what_google_play_takes() -> None:
    r = product("App crashes whenever I open tracking, support never answers, and I was charged "
                "the delivery fee twice on order PX-4410. Refund the extra fee and fix the app, "
                "I have had three parcels go wrong this month and I am tired of writing in.",
                STRICT, brand="Parcelly", source="googleplay", rating=1)  # fmt: skip
    assert len(r.public or "") <= 350
    assert r.public_check is not None
    assert r.public_check.ok
    assert "DM @" not in (r.public or "")  # no DMs on a store review


def test_a_dm_handle_is_offered_on_x_and_not_on_mastodon() -> None:
    text = "@northwindcoffee my order NW-20931 is a week late, where is it?"
    assert "DM @NorthwindHelp" in (product(text, FULL).public or "")
    on_mastodon = product(text, FULL, source="mastodon").public or ""
    assert "DM @NorthwindHelp" not in on_mastodon
    assert "help@northwind.example" in on_mastodon


def test_a_sarcastic_old_roast_date_is_a_quality_problem_said_back() -> None:
    r = product("Adore that my 'roasted to order' beans from @northwindcoffee arrived roasted six "
                "weeks ago. Peak freshness 👏", FULL)  # fmt: skip
    assert "quality" in kinds(r)
    assert "six weeks ago" in (r.public or "")
    assert not THANKS.search(r.public or "")


def test_next_day_delivery_that_means_next_week_is_a_late_delivery() -> None:
    r = product("So @parcelly 'next day delivery' now takes a week? Stellar work 🙃", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert not THANKS.search(r.public or "")


def test_a_part_that_cracked_in_use_with_a_part_asked_is_a_defect_not_a_question() -> None:
    r = product("@northwindcoffee the lid on the travel mug I got from you in spring has now "
                "split at the seal. Could you sell me just a new lid?", FULL)  # fmt: skip
    assert "defect" in kinds(r)
    assert r.answered_as == "complaint"
    assert "new lid" in (r.public or "")


def test_a_question_whether_an_api_has_webhooks_is_no_app_fault() -> None:
    r = product("Anyone know if the Parcelly merchant API can push status changes by webhook, or "
                "is polling the only way?", STRICT, brand="Parcelly",
                source="hackernews")  # fmt: skip
    assert "app_bug" not in kinds(r)
    assert not APOLOGY.search(r.public or "")
    # webhooks that fail are a fault
    broken = product("Parcelly webhooks keep failing since Monday, our store misses every status "
                     "change", STRICT, brand="Parcelly", source="hackernews")  # fmt: skip
    assert "app_bug" in kinds(broken)


def test_a_refund_with_nothing_left_to_ask_is_done_now_not_once_details_arrive() -> None:
    r = product("@northwindcoffee order NW-71122 never came and the tracking link is dead. Refund "
                "me please, don't resend.", FULL)  # fmt: skip
    assert "as soon as I have the details" not in (r.offline or "")
    assert "as soon as your reply arrives" not in (r.offline or "")
    fi = product("@northwindcoffee tilaus NW-71122 ei tullut koskaan perille. Rahat takaisin, ei "
                 "uutta lähetystä.", FULL)  # fmt: skip
    assert "kun saan tiedot" not in (fi.offline or "")
    assert "kun vastauksesi tulee" not in (fi.offline or "")


def test_a_duplicate_charge_asked_back_to_the_card_is_said_so() -> None:
    r = product("@northwindcoffee order NW-50310 was charged twice, €18.50 each time. Put the "
                "duplicate back on my card please, no vouchers.", FULL)  # fmt: skip
    assert "duplicate charge of €18.50 goes back to your card" in (r.public or "")


def test_a_stamp_card_back_to_zero_is_restored_first() -> None:
    r = product("Northwind app update reset my stamp card back to zero, I was one stamp from a "
                "free drink.", FULL, source="appstore", rating=2)  # fmt: skip
    assert "put your stamps back" in (r.offline or "")


def test_praise_for_riders_in_general_is_passed_to_the_riders() -> None:
    r = product("Great service, the riders are always polite and on time!", STRICT,
                brand="Parcelly", source="appstore", rating=5)  # fmt: skip
    assert "our riders" in (r.public or "")
    assert "rider hears" not in (r.public or "")


def test_an_ironic_taste_beside_an_old_roast_date_is_said_as_the_roast_date() -> None:
    r = product("Wow @northwindcoffee, 'fresh crop' beans with a roast date from three months ago. "
                "Tastes like pure perfection. Bravo 👏", FULL)  # fmt: skip
    assert "three months ago" in (r.public or "")
    assert "tasted like" not in both(r)


def test_a_same_day_delivery_praised_with_its_times_is_praise_not_a_wrong_item() -> None:
    r = product("Big shoutout @parcelly: booked at 9am, got it in Mirpur by 3pm the same day. "
                "Driver was lovely.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert "wrong_item" not in kinds(r)
    assert not APOLOGY.search(r.public or "")


def test_praise_for_a_code_feature_names_no_login_problem() -> None:
    r = product("Quick, cheap, and I really like the OTP handover at the door. Five stars.",
                STRICT, brand="Parcelly", source="appstore", rating=5)  # fmt: skip
    assert "account" not in kinds(r)
    assert not APOLOGY.search(r.public or "")


def test_a_call_to_boycott_is_no_health_flag() -> None:
    r = product("Heard Parcelly hands customer numbers to loan sharks. Stop using them, seriously.",
                STRICT, brand="Parcelly", source="bluesky")  # fmt: skip
    assert "health_safety" not in {f.kind.value for f in r.reading.flags}
    assert "became ill" not in both(r)


def test_a_cancellation_after_trying_everywhere_promises_no_money_back() -> None:
    r = product("just cancel my northwind club. tried the app, the site, and emailing you. "
                "nothing worked. stop charging me.", FULL, source="bluesky")  # fmt: skip
    assert "subscription" in kinds(r)
    assert "money is back" not in (r.offline or "")
    assert "your Northwind" in (r.public or "")
    assert "your northwind" not in (r.public or "")


def test_loyalty_stamps_that_are_gone_are_heard_beside_another_fault() -> None:
    r = product("App crashes on launch and my stamps (7 of 10!) are gone too.", FULL,
                source="googleplay", rating=1)  # fmt: skip
    assert "stamps" in (r.public or "")
    mixed = product("Great for ordering ahead, but my stamps keep vanishing every week.", FULL,
                    source="googleplay", rating=3)  # fmt: skip
    assert "app_bug" in kinds(mixed)


def test_bengali_manager_to_call_me_is_someone_senior() -> None:
    r = product("আমার পার্সেল এক সপ্তাহ ধরে আটকে আছে। একজন সুপারভাইজার আমাকে কল করুন।", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "escalation" in {a.kind.value for a in r.reading.asks}


def test_a_double_charge_beside_an_app_fault_comes_back_without_a_refund_refusal() -> None:
    r = product("The app freezes at checkout, and I was charged twice for one booking. Refund "
                "please.", STRICT, brand="Parcelly", source="googleplay", rating=1)  # fmt: skip
    assert "can't give refunds" not in (r.offline or "")
    assert "comes back to you" in both(r)


def test_a_developer_thread_is_answered_in_the_open_without_implying_what_the_api_does() -> None:
    asked = product("Is there any public API for Northwind subscriptions? Want my smart scale to "
                    "reorder beans when I'm running low.", FULL, source="hackernews")  # fmt: skip
    assert "help with your integration" not in (asked.public or "")
    assert "in this thread" in (asked.public or "")
    broken = product("Northwind's order webhook fires twice for every order and the docs say "
                     "nothing about idempotency keys. Anyone else?", FULL,
                     source="hackernews")  # fmt: skip
    assert "“" not in (broken.public or "")  # the post is not pasted back at them
    assert "come back to this thread" in (broken.public or "")
    assert_passes(broken)


def test_a_bengali_call_to_send_a_fee_to_a_wallet_number_is_a_scam() -> None:
    r = product("পার্সেলি অফিস থেকে বলছি, আপনার প্যাকেজ হাবে আটকে গেছে। ৩০ টাকা চার্জ নগদে পাঠান এই "
                "নম্বরে ০১৮০০-০০০০০০।", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "spam"
    assert r.public is None


def test_a_store_review_about_coffee_goes_to_the_coffee_brand_whatever_store_it_is_in() -> None:
    from monitor.brand_guess import guess
    from monitor.config import Brand

    brands = [
        Brand(name="Northwind Coffee", keywords=["northwind"], about="Coffee roaster: beans"),
        Brand(name="Parcelly", keywords=["parcelly"], about="Parcel delivery",
              voice=Voice(facts=[{"text": "numbers are used only to deliver parcels"}])),
    ]  # fmt: skip
    found = guess("Best coffee app I've used, genuinely useful guides.", brands, "en")
    assert found is not None
    assert found[0].name == "Northwind Coffee"


def test_a_place_a_parcel_went_through_is_no_product() -> None:
    r = product("6 days 'out for delivery' @parcelly, must be touring via Sylhet Sadar 🙄", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "Sylhet" not in (r.public or "")


def test_finnish_third_time_i_write_is_a_third_contact() -> None:
    r = product("Neljäs kerta kun kirjoitan: tilaus NW-33120 on yhä kateissa. @northwindcoffee",
                FULL)  # fmt: skip
    assert "neljännen kerran" in (r.public or "")


def test_a_charge_threatened_if_it_happens_again_is_neither_taken_nor_a_repeat() -> None:
    r = product("STOP MY CLUB NOW. Tried in the app twice, the cancel button does nothing. If you "
                "bill me again I'm calling my bank.", FULL, source="appstore",
                rating=1)  # fmt: skip
    assert "charged anyway" not in both(r)
    assert "happened before" not in both(r)
    assert "money is back" not in (r.offline or "")
    assert kinds(r) == {"subscription"}


def test_the_wait_they_name_is_said_not_the_wait_quoted_at_them() -> None:
    r = product("Chasing @parcelly daily. Same canned 'please wait 24 hours' every time. I have "
                "now waited 180 hours. Where is parcel PX-33019?", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "24 hours" not in (r.public or "")  # their script, not their wait
    assert "scripted answer" in (r.public or "")


def test_sellers_hearing_the_company_is_about_to_go_bust_is_a_rumour() -> None:
    r = product("Hearing from other merchants that Parcelly is about to go bust and is holding "
                "everyone's COD. Anyone able to confirm?", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert r.public is None or "checking with the team" not in r.public


def test_stamps_that_never_showed_up_are_heard_in_a_mixed_review_and_in_finnish() -> None:
    r = product("Love the coffee. But the app is slow and last week's stamps never showed up.",
                FULL, source="appstore", rating=3)  # fmt: skip
    assert "stamps" in (r.public or "")
    fi = product("Sovellus jumittaa kassalla. Lisäksi pisteeni katosivat eilen. Korjatkaa.", FULL,
                 source="googleplay", rating=2)  # fmt: skip
    assert "pisteesi" in (fi.public or "")


def test_extra_cash_a_rider_asked_for_comes_back_unasked() -> None:
    r = product("The Parcelly rider asked me for an extra 80 taka 'fuel charge' at my door though "
                "I had prepaid. I paid to avoid a scene.", STRICT, brand="Parcelly",
                source="reddit")  # fmt: skip
    assert "billing" in kinds(r)
    assert "80 taka that isn't part of the price" in (r.public or "")
    assert "comes back to you" in (r.public or "")
    assert "went wrong with your payment" not in both(r)


def test_a_seal_that_split_after_months_with_the_seal_asked_for_is_a_part_sent() -> None:
    r = product("The rubber gasket on my Northwind cold brew jar split after three months. Could "
                "you post me just a gasket?", FULL)  # fmt: skip
    assert "defect" in kinds(r)
    assert r.answered_as == "complaint"


def test_bengali_delivery_tomorrow_five_days_ago_is_a_late_delivery() -> None:
    r = product("দারুণ @parcelly, 'কালকের মধ্যে ডেলিভারি' বলেছিলেন, এখন এক সপ্তাহ হয়ে গেছে 👏",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r)


def test_a_public_question_with_no_faq_answer_is_promised_an_answer_in_public() -> None:
    r = product("@northwindcoffee quick one: can I bring my own cup to the Kamppi café for a "
                "discount?", FULL)  # fmt: skip
    assert "answer you here" in (r.public or "")
    assert "If you'd rather keep it private" in (r.public or "")
    assert r.flags  # a person still writes the answer


def test_thanks_for_an_express_box_in_just_eleven_days_with_a_snail_is_sarcasm() -> None:
    r = product("Thanks @northwindcoffee for getting my 'next-morning' beans here in only 12 days. "
                "Lightning fast 🐌", FULL)  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "delivery_late" in kinds(r)
    assert not THANKS.search(r.public or "")


def test_a_box_checked_and_not_damaged_is_no_damage() -> None:
    r = product("The @parcelly rider waited while I opened it and we checked the vase wasn't "
                "damaged. Lovely service, thank you!", STRICT, brand="Parcelly")  # fmt: skip
    assert "damaged" not in kinds(r)
    assert not APOLOGY.search(r.public or "")


def test_a_breaking_share_this_strike_claim_is_a_rumour_not_answered_with_opening_hours() -> None:
    r = product("BREAKING: all Parcelly riders walk out on Monday, nothing will be delivered, "
                "share to warn your friends!!", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert not APOLOGY.search(r.public or "")
    assert "Saturday to Thursday" not in (r.public or "")


def test_a_threshold_quoted_is_not_the_money_taken_and_finnish_i_want_it_back_is_a_refund() -> None:
    r = product("Veloititte postikulut 4,90 € vaikka ostin yli 50 € edestä, ja ilmaisen "
                "toimituksen raja on 40 €. Haluan ne 4,90 € takaisin.", FULL)  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "4,90 €" in (r.public or "")
    assert "50 €" not in (r.public or "")


def test_how_long_they_have_been_a_customer_is_not_how_long_they_waited() -> None:
    r = product("ছয় মাস ধরে পার্সেলি ব্যবহার করছি। আমার রিটার্ন পার্সেলগুলো এখনো ফেরত আসেনি।", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "ছয় মাস" not in (r.public or "")
    assert "রিটার্ন" in (r.public or "")


def test_a_bracketed_official_support_post_asking_for_a_pin_is_spam() -> None:
    r = product("[Parcelly Help Desk] Parcel on hold? DM us your mobile number and your bKash PIN "
                "and we will release it within the hour. Reply YES", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "spam"
    assert r.public is None


def test_sarcastic_thanks_for_a_parcel_sent_to_another_city_is_a_complaint() -> None:
    r = product("big thanks @parcelly for sending my order to Khulna while I live in Rajshahi. "
                "love a surprise road trip. 10/10", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert not THANKS.search(r.public or "")


def test_bengali_a_vase_in_pieces_under_praise_words_is_damage() -> None:
    r = product("অসাধারণ সার্ভিস @parcelly! আমার কাচের বাটি পৌঁছাল দুই টুকরো হয়ে। 👏", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "damaged" in kinds(r)
    assert r.reading.stance.value == "complaint"


def test_a_finnish_old_roast_date_under_praise_words_is_a_quality_complaint() -> None:
    r = product("Kiitos vaan @northwindcoffee, \"tuore\" kahvi jonka paahtopäivä oli kaksi "
                "kuukautta sitten. Upeaa.", FULL, source="mastodon")  # fmt: skip
    assert "quality" in kinds(r)
    assert r.reading.stance.value == "complaint"


def test_a_review_of_beans_and_roasts_goes_to_the_roaster_over_tracking_words() -> None:
    from monitor.brand_guess import guess
    from monitor.config import Brand

    brands = [
        Brand(name="Northwind Coffee", keywords=["northwind"], about="Roaster: beans and roasts"),
        Brand(name="Parcelly", keywords=["parcelly"], about="Parcel delivery and tracking",
              voice=Voice(faq=[{"question": "Can I change the address?", "answer": "Yes"}])),
    ]  # fmt: skip
    found = guess("Beans great, the roast is lovely, but tracking never updates and I can't change "
                  "the address.", brands, "en")  # fmt: skip
    assert found is not None
    assert found[0].name == "Northwind Coffee"


def test_finnish_express_delivery_meaning_weeks_is_sarcasm_about_a_late_order() -> None:
    r = product("Hauskaa kun 'pikatoimitus' tarkoittaa näköjään kolmea viikkoa. Kiitti taas "
                "@northwindcoffee 🙃", FULL)  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert r.reading.stance.value == "complaint"
    assert "Kiitos!" not in (r.public or "")


def test_a_bengali_merchant_not_getting_cod_money_is_a_payout_and_closing_the_account_is_a_threat(
) -> None:  # fmt: skip
    r = product("আমি একজন সেলার। দশ দিন ধরে আমার কালেকশনের টাকা পাচ্ছি না। দ্রুত দিন, নাহলে অ্যাকাউন্ট "
                "বন্ধ করে দেব।", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)
    assert "account" not in kinds(r)


def test_five_stars_and_well_done_around_a_feature_named_is_praise_not_irony() -> None:
    r = product("Quick pickups, honest ETAs, and the handover OTP means only I can receive the "
                "box. Best courier I've used in Dhaka, well done @parcelly.", STRICT,
                brand="Parcelly", source="googleplay", rating=5)  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert r.reading.sarcasm.value == "no"
    assert not APOLOGY.search(r.public or "")
    # one or two stars and the same eye-roll frame stay a complaint
    low = product("Thanks @parcelly, the OTP never arrives and my parcel went back to the hub. "
                  "Well done.", STRICT, brand="Parcelly", source="googleplay", rating=1)  # fmt: skip
    assert low.reading.stance.value == "complaint"


def test_a_rider_soaked_in_the_rain_and_praised_is_no_damaged_parcel() -> None:
    r = product("Big thanks to the @parcelly delivery guy who rode through last night's "
                "storm and came soaked head to toe, still cheerful. Legend!", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert not kinds(r)
    assert not APOLOGY.search(both(r))
    # the parcel itself wet is still damage
    wet = product("@parcelly the rider left my box on the step in the storm and it was soaked "
                  "through when I got home.", STRICT, brand="Parcelly")  # fmt: skip
    assert kinds(wet) & {"damaged", "delivery_handling"}


def test_finnish_ironic_thanks_around_vanishing_loyalty_stamps_is_a_complaint() -> None:
    r = product("Kiitos vaan @northwindcoffee, asiakasleimani häviävät taas sovelluksesta. "
                "Loistavaa palvelua.")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "app_bug" in kinds(r)
    assert "Kiitos!" not in (r.public or "")
    assert APOLOGY.search(r.public or "")


def test_bengali_refusing_a_second_charge_or_a_resend_is_no_repeat_failure() -> None:
    r = product("@parcelly আমার সিরামিকের বাটি ভেঙে পৌঁছেছে। নতুন করে আবার পাঠানোর দরকার নেই, "
                "আমি ক্ষতিপূরণ চাই।", STRICT, brand="Parcelly")  # fmt: skip
    assert not r.reading.facts.repeat
    assert "damaged" in kinds(r)
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "আগেও" not in both(r)  # no "this happened before"
    twice = product("@parcelly পার্সেল এক সপ্তাহ ধরে আটকে আছে। দ্বিতীয়বার ফি দেব না, টাকা ফেরত চাই।",
                    STRICT, brand="Parcelly")  # fmt: skip
    assert not twice.reading.facts.repeat


def test_an_angry_finnish_price_complaint_is_not_conceded_in_public() -> None:
    r = product("Ihan törkeää @northwindcoffee! Kahvitilauksen hinta nousi taas 20 % eikä "
                "kukaan ilmoittanut mitään. Ei ole reilua.")  # fmt: skip
    assert "price" in kinds(r)
    assert "Näin ei saa käydä" not in both(r)
    assert APOLOGY.search(r.public or "")


def test_a_middling_review_quotes_its_gripe_in_the_dm_never_its_praise() -> None:
    r = product("Scheduling a pickup takes a minute and the rates are reasonable. But the "
                "address lookup can't find most lanes in Uttara, so I place the pin by hand "
                "each time.", STRICT, brand="Parcelly", source="appstore", rating=3)  # fmt: skip
    assert r.reading.stance.value == "mixed"
    assert "rates are reasonable" not in (r.offline or "")
    assert "address lookup" in (r.offline or "")


def test_a_food_safety_rumour_with_nobody_ill_gets_the_fact_not_an_if_you_fell_ill() -> None:
    r = product("A YouTuber claims @northwindcoffee beans are loaded with pesticides and they "
                "hide it. True or not?")  # fmt: skip
    assert r.answered_as == "rumour"
    assert "tested by an independent lab" in (r.public or "")
    assert "became ill" not in (r.public or "")
    ill = product("A YouTuber claims @northwindcoffee beans are loaded with pesticides, and my "
                  "sister got sick after two cups. True or not?")  # fmt: skip
    assert "tested by an independent lab" in (ill.public or "")
    assert ill.public_check is None or ill.public_check.ok, ill.public_check


def test_a_would_be_merchant_asking_if_there_are_hidden_fees_has_no_billing_problem() -> None:
    r = product("Running a small cosmetics page in Chattogram, considering @parcelly for my "
                "deliveries. How quick are COD payouts? Are there any hidden charges?", STRICT,
                brand="Parcelly", source="reddit")  # fmt: skip
    assert "billing" not in kinds(r)
    assert "you didn't expect" not in both(r)
    # charged in fact, and asked about it, is still a charge
    charged = product("@parcelly you charged me 150 tk extra on my last parcel. Any reason?",
                      STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" in kinds(charged)


def test_a_ticket_closed_without_an_answer_is_no_response() -> None:
    r = product("@parcelly support marked my ticket closed without any resolution. Is that "
                "how you treat merchants?", STRICT, brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r)


def test_three_stars_with_the_coffee_praised_and_the_app_blamed_is_mixed_not_irony() -> None:
    r = product("Beans are excellent, the Northwind app is a disaster. My loyalty points "
                "vanish after each update. Three stars for the coffee.", source="googleplay",
                rating=3)  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert r.reading.stance.value == "mixed"
    assert "lost your points" in (r.public or "")
    assert "fed up" not in (r.public or "")


def test_a_parcel_chased_in_unanswered_dms_is_answered_in_their_dms_not_sent_to_dm_again() -> None:
    r = product("@parcelly two weeks now. Five DMs, two calls to your helpline, nothing. "
                "Tracking PX-55102938 stuck since Monday. Where is it?", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "Please DM" not in (r.public or "")
    assert "answer your DMs" in (r.public or "")
    assert "care@parcelly.example" in (r.public or "")
    assert "PX-55102938" in (r.public or "")
    assert_passes(r)


def test_money_back_asked_as_an_amount_refunded_and_a_subscription_actually_cancelled() -> None:
    r = product("@northwindcoffee the grinder burr cracked in week two. No replacement please, "
                "I want the €59.90 refunded to my card.")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}
    s = product("Billed me for the subscription after I cancelled it last month. I want my "
                "money back and the plan properly cancelled.", source="appstore",
                rating=1)  # fmt: skip
    assert {"refund", "cancel"} <= {a.kind.value for a in s.reading.asks}
    assert "after you cancelled" in (s.public or "")
    assert "something went wrong with your payment" not in both(s)


def test_one_of_several_bags_missing_is_said_and_sending_it_is_the_ask() -> None:
    r = product("@northwindcoffee ordered three bags of the Colombia but only two came. "
                "Could you ship me the missing bag?")  # fmt: skip
    assert "wrong_item" in kinds(r)
    assert "exchange" in {a.kind.value for a in r.reading.asks}
    assert "only two of the three bags" in (r.public or "")
    fi = product("@northwindcoffee tilasin kolme pussia, mutta laatikossa oli vain kaksi. "
                 "Lähettäkää puuttuva pussi, kiitos.")  # fmt: skip
    assert "exchange" in {a.kind.value for a in fi.reading.asks}
    assert "puuttui jotain" not in both(fi)


def test_a_two_part_rumour_gets_a_fact_for_each_part_where_it_fits() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "Northwind is independent and owned by its founders, and it is not for sale",
         "topics": ["ownership"]},
        {"text": "every Northwind coffee is 100% arabica", "topics": ["sourcing"]},
    ])  # fmt: skip
    text = ("Word is Northwind got sold to a supermarket giant and will swap to robusta "
            "next spring. Anyone confirm?")  # fmt: skip
    long = product(text, voice, source="reddit")
    assert "not for sale" in (long.public or "")
    assert "100% arabica" in (long.public or "")
    short = product(text, voice, source="x")
    assert "not for sale" in (short.public or "")
    assert not (short.public or "").endswith("…")


def test_a_thread_asking_for_an_api_the_faq_answers_needs_nobody_put_in_touch() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Do you have a public API?", "answer": "We don't have a public API yet",
         "topics": ["developer"]},
    ])  # fmt: skip
    r = product("Does Northwind offer a public API for orders? I'd like my pantry tracker to "
                "reorder beans automatically.", voice, source="hackernews")  # fmt: skip
    assert "public API yet" in (r.public or "")
    assert "put you in touch with them" not in (r.public or "")


def test_cardamom_names_no_card_payment() -> None:
    from reports.replies.topics import topics

    assert "payment" not in topics("the cardamom bun was dry")
    assert "payment" in topics("do you take cards at the café?")


def test_a_finnish_order_that_came_late_with_stale_coffee_is_both_and_not_still_late() -> None:
    r = product("@northwindcoffee paketti NW-70455 saapui viikon myöhässä ja pavut olivat ihan "
                "vanhoja. Rahat takaisin, en halua uutta.")  # fmt: skip
    assert {"delivery_late", "quality"} <= kinds(r)
    assert "on myöhässä" not in both(r)
    assert "tuli perille myöhässä" in (r.public or "")


def test_an_app_that_crashes_and_does_not_work_is_one_app_fault() -> None:
    r = product("Sovellus kaatuu joka kerta maksuvaiheessa. Asensin uudelleen. Ei toimi "
                "vieläkään.", source="googleplay", rating=1)  # fmt: skip
    assert kinds(r) == {"app_bug"}
    assert "tilausnumero" not in both(r)
    assert "Lähetä sähköpostia" in (r.public or "")
    assert "ja lähetä" not in (r.public or "")
    # a product of its own that does not work is still its own problem
    two = product("The app keeps freezing and the kettle I ordered doesn't work either.")
    assert {"app_bug", "defect"} <= kinds(two)


def test_a_thanks_that_only_signs_off_a_request_is_no_praise() -> None:
    r = product("@northwindcoffee two of my four pouches never made it into the box. Please "
                "ship the missing pouches, thank you.")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "kind words" not in both(r)
    # thanks that is the post's point stays praise
    assert product("Beans arrived the next morning. Thank you!").reading.stance.value == "praise"


def test_a_merchant_who_cannot_pay_suppliers_has_a_payout_problem_not_an_app_bug() -> None:
    r = product("@parcelly nine days and my COD settlement of ৳31,500 still hasn't landed. I "
                "can't pay my staff this week. Who is responsible?", STRICT,
                brand="Parcelly")  # fmt: skip
    assert kinds(r) == {"payout"}
    assert "app version" not in both(r)


def test_a_parcel_sent_round_the_country_and_marked_address_not_found_is_said_so() -> None:
    r = product("Lovely, @parcelly took my headphones Sylhet -> Dhaka -> back to Sylhet and "
                "then marked them 'address not found'. Great job.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "delivery_missing" in kinds(r)
    assert "address not found" in (r.public or "")


def test_what_came_without_a_part_is_the_product_not_the_shop_it_came_from() -> None:
    r = product("The Hario kettle I ordered from Northwind's webshop arrived without the lid "
                "knob. Just send the knob please.")  # fmt: skip
    assert "kettle came without the lid knob" in (r.public or "")
    assert "webshop came" not in both(r)


def test_a_ticket_emailed_about_again_and_again_is_answered_on_that_ticket() -> None:
    r = product("Fourth time posting this. The burr set in my Northwind grinder cracked, and "
                "I've emailed you four times about case 66120. Just send the part.",
                source="reddit")  # fmt: skip
    assert "fourth time you've had to contact us" in (r.public or "")
    assert "case 66120" in (r.public or "")
    assert "Please email" not in (r.public or "")
    assert_passes(r)


def test_a_closed_business_account_and_its_balance_are_no_subscription() -> None:
    r = product("I want to close my Parcelly merchant account and withdraw my remaining "
                "wallet balance of ৳9,100, but the account is 'on hold' and nobody explains "
                "why.", STRICT, brand="Parcelly", source="bluesky")  # fmt: skip
    assert "payout" in kinds(r)
    assert "nothing more will be taken" not in both(r)
    assert "remaining balance" in both(r)
    assert "on hold" in both(r)


def test_coffee_praise_in_tasting_words_is_praise_and_thanked() -> None:
    r = product("The washed Burundi from @northwindcoffee is phenomenal, all red grape and "
                "hibiscus. Whoever roasted it deserves a raise.")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert THANKS.search(r.public or "")


def test_a_thread_praising_an_api_and_wishing_for_more_is_thanked_for_both() -> None:
    voice = Voice.model_validate({**FULL.model_dump()})
    r = product("Side note: Northwind's order API is really clean, my pause script took ten "
                "minutes. Wish they had webhooks for dispatch though.", voice,
                source="hackernews")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert "idea" in (r.public or "")
    assert "our API" in (r.public or "")


def test_a_bengali_merchant_cod_money_withheld_is_a_payout() -> None:
    r = product("@parcelly দুই সপ্তাহ হলো আমার COD এর টাকা দিচ্ছে না, ব্যবসা চালাতে পারছি না।",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)


def test_a_bengali_broadcast_to_withdraw_and_share_is_a_rumour_not_a_payout() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly is not shutting down", "topics": ["closing"],
         "translations": {"bn": "পার্সেলি বন্ধ হচ্ছে না"}},
    ])  # fmt: skip
    r = product("সতর্কতা! পার্সেলি বন্ধ হয়ে যাচ্ছে, মার্চেন্টদের টাকা আটকে যাবে। এখনই টাকা তুলে "
                "নিন, সবাই শেয়ার করুন।", voice, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert "পৌঁছায়নি" not in both(r)  # no "your payment hasn't reached you"


def test_a_feared_outcome_and_a_patient_rider_are_no_problems() -> None:
    r = product("Does @parcelly cover Kaliakair? Posting a birthday present and I'm worried it "
                "gets lost at a hub.", STRICT, brand="Parcelly", source="reddit")  # fmt: skip
    assert not kinds(r)
    assert r.reading.stance.value == "question"
    praise = product("Big thanks to the @parcelly rider in Banani who waited ten minutes for me "
                     "at the gate. Lovely man.", STRICT, brand="Parcelly")  # fmt: skip
    assert praise.reading.stance.value == "praise"
    assert not APOLOGY.search(praise.public or "")


def test_stamps_missing_on_a_loyalty_card_are_no_charge_and_a_plain_contrast_is_no_irony() -> None:
    r = product("The beans are great, the app is not. It crashes on launch and my stamps from "
                "the Töölö café never appear on my card.", source="appstore",
                rating=2)  # fmt: skip
    assert "billing" not in kinds(r)
    assert r.reading.sarcasm.value == "no"
    assert "stamps" in (r.public or "")


def test_a_calm_developer_question_with_an_aside_is_a_question() -> None:
    r = product("Slightly off-topic, but does anyone know if Northwind Coffee has a public "
                "API for its subscriptions? I wanted to build a Home Assistant integration that "
                "reorders when my grinder's hopper scale reads low.",
                source="hackernews")  # fmt: skip
    assert r.reading.stance.value == "question"
    assert not kinds(r)


def test_small_asks_to_print_or_offer_something_are_ideas_passed_on() -> None:
    r = product("Tiny request @northwindcoffee: please show the farm altitude on the bag. A "
                "half-kilo option would be great too.")  # fmt: skip
    assert "idea" in (r.public or "")
    assert not APOLOGY.search(r.public or "")


def test_a_promised_rhythm_mocked_as_slower_is_a_late_delivery_said_in_its_terms() -> None:
    r = product("Adore how my 'monthly' box from @northwindcoffee has somehow become a "
                "quarterly mystery. Visionary stuff.")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "monthly box" in (r.public or "")
    assert not THANKS.search(r.public or "")


def test_a_question_on_what_the_app_lets_you_do_gets_the_faq_whole() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause or skip my subscription?", "topics": ["subscription"],
         "answer": "You can pause your Northwind Club subscription for up to three months, skip "
                   "a delivery, cancel it, or change its beans, grind, address or schedule under "
                   "Account > Subscription, with no fee and no minimum term"},
    ])  # fmt: skip
    r = product("Can I skip one delivery in the Northwind app, or do I need to pause the whole "
                "subscription?", voice)  # fmt: skip
    assert "skip" in (r.public or "")
    assert not (r.public or "").endswith("…")


def test_passed_around_about_a_double_charge_is_both_said() -> None:
    r = product("Bounced around your support chat four times over a duplicate payment of "
                "€24.50. I need someone senior to ring me.")  # fmt: skip
    assert "billing" in kinds(r)
    assert "passed around four times" in (r.public or "")


def test_a_fee_on_a_parcel_marked_refused_while_home_is_said_in_their_terms() -> None:
    r = product("@parcelly took a 90 taka fee for a parcel that was never delivered. The rider "
                "logged it as 'recipient unavailable' while I was home. Refund the fee.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "never delivered" in (r.public or "")
    assert "“recipient unavailable”" in both(r)


def test_a_rider_demanding_cash_and_a_line_that_hangs_up_are_said_plainly() -> None:
    r = product("@parcelly your rider insisted on 40 tk extra before handing over my parcel, "
                "and the helpline hung up on me three times.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "demanded 40 tk extra" in (r.public or "")
    assert "hung up on you three times" in both(r)


def test_finnish_paid_for_more_than_was_served_under_ironic_thanks_is_a_complaint() -> None:
    r = product("Aivan upeaa, maksoin kolmesta pullasta ja sain kaksi. Kiitti vaan "
                "@northwindcoffee.")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "wrong_item" in kinds(r)
    assert "Kiitos!" not in (r.public or "")


def test_a_bengali_coupon_asked_for_is_a_freebie_request_not_a_complaint() -> None:
    r = product("@parcelly একটা ডিসকাউন্ট কুপন দেবেন? অনেক দিন ধরে আপনাদের সার্ভিস নিচ্ছি 😊", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "request"
    assert not APOLOGY.search(r.public or "")


def test_a_merchant_wanting_held_cod_money_back_wants_the_payout_not_a_refund() -> None:
    r = product("@parcelly মার্চেন্ট আমি। দশ দিন ধরে ক্যাশ অন ডেলিভারির টাকা আটকে আছে, আমার ৮,৩০০ "
                "টাকা ফেরত চাই।", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)
    assert "refund" not in {a.kind.value for a in r.reading.asks}
    assert "রিফান্ড" not in both(r)


def test_praise_that_calls_riders_underpaid_is_praise_not_a_labour_claim() -> None:
    r = product("Huge respect to the @parcelly rider who climbed six floors with my washing "
                "machine parts. Underpaid legends, all of them.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert r.public is not None
    assert not APOLOGY.search(r.public)


def test_a_finnish_subscription_costing_euros_more_is_a_price_complaint() -> None:
    r = product("Hauskaa, kestotilaus maksaa nyt 3 € enemmän eikä siitä kerrottu. Kiitos vaan "
                "Northwind.")  # fmt: skip
    assert "price" in kinds(r)
    assert "Kiitos!" not in (r.public or "")


def test_four_stars_and_a_but_notes_the_gripe_with_the_thanks() -> None:
    r = product("Pickups are quick and the riders polite. But the app wants a new code every "
                "single time I open it. 4 stars.", STRICT, brand="Parcelly",
                source="googleplay", rating=4)  # fmt: skip
    assert r.reading.stance.value in ("praise", "mixed")
    assert "code" in (r.public or "")
    assert not (r.public or "").startswith("Hi there,\n\nI'm sorry")


def test_a_rumour_of_theft_beside_another_claim_is_never_called_inaccurate_wholesale() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly isn't shutting down or leaving any city: we deliver as usual and "
                 "pay merchants on schedule", "topics": ["closing"]},
        {"text": "every parcel is sealed at pickup and checked at each scan, and we pay its "
                 "declared value if it's lost or opened with us", "topics": ["theft"]},
    ])  # fmt: skip
    r = product("Warning: people say parcelly riders steal from parcels, and the company is "
                "closing down next month anyway. Avoid!!", voice, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "rumour"
    assert "isn't accurate" not in (r.public or "")


def test_asking_if_anyone_has_information_is_no_privacy_claim() -> None:
    from reports.replies.topics import topics

    assert "privacy" not in topics("Onko kellään tietoa asiasta?")
    assert "privacy" in topics("Northwind myy asiakkaiden henkilötietoja mainostajille")


def test_a_slow_delivery_to_a_named_town_and_a_dead_button_are_said_as_written() -> None:
    r = product("Love the beans, honestly. But shipping to Rovaniemi takes 8 days and the "
                "skip button in the app does nothing. Mixed feelings.",
                source="reddit")  # fmt: skip
    assert "delivery to Rovaniemi takes 8 days" in (r.public or "")
    assert "skip button" in (r.public or "")


def test_a_thread_question_the_faq_answers_is_answered_though_a_link_is_broken() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Do you have a public API?", "answer": "We don't have a public API yet",
         "topics": ["developer"]},
    ])  # fmt: skip
    r = product("Anyone know whether Northwind offers a public API for Club orders? Want my "
                "scale to reorder. Their developer page 404s anyway.", voice,
                source="hackernews")  # fmt: skip
    assert "public API yet" in (r.public or "")
    assert "Sorry to read that" not in (r.public or "")


def test_a_fourth_message_with_its_ticket_is_answered_on_it_without_asking_again() -> None:
    r = product("@northwindcoffee FOURTH time writing about my grinder: the hopper lid cracked "
                "and I only need the lid. Ticket 55821. No new grinder, just the lid.")  # fmt: skip
    assert "ticket 55821" in (r.public or "")
    assert "photo" not in both(r)
    assert_passes(r)


def test_nobody_calling_back_is_no_response() -> None:
    r = product("@parcelly reported a damaged box twice now and nobody ever called me back.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r)


def test_a_finnish_coffee_subscription_rhythm_question_gets_the_subscription_answer() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Can I change my subscription?", "topics": ["subscription"],
         "answer": "You can change how often your Club comes under Account > Subscription",
         "translations": {"fi": "Voit vaihtaa Clubin toimitusvälin kohdassa Account > "
                                "Subscription"}},
    ])  # fmt: skip
    r = product("Saako Northwindin kahvitilauksen toimitusvälin vaihdettua kahteen viikkoon?",
                voice)  # fmt: skip
    assert "toimitusvälin" in (r.public or "")


def test_a_finnish_mould_rumour_is_flagged_and_not_called_untrue_before_a_check() -> None:
    r = product("Kuulin, että Northwindin papuja myydään homeisina ja ne on vedetty pois "
                "kaupoista. Onko totta?")  # fmt: skip
    assert "health_safety" in {f.kind.value for f in r.reading.flags}
    assert "ei pidä paikkaansa" not in (r.public or "")
    assert "laboratorio" in (r.public or "") or r.public is None


def test_replacement_parts_asked_in_the_plural_are_sent_as_one() -> None:
    r = product("@northwindcoffee the knob on my kettle lid snapped. Do you sell replacement "
                "knobs? I just want the part, not a new kettle.")  # fmt: skip
    assert "a new knobs" not in both(r)


def test_thanks_with_an_eye_roll_is_never_taken_as_thanks() -> None:
    r = product('Kiitos @northwindcoffee, paketti postitettiin "saman päivän aikana" – kymmenen '
                "päivää sitten 🙄")  # fmt: skip
    assert r.reading.stance.value != "praise"
    assert "Kiitos!" not in (r.public or "")


def test_a_claim_of_what_riders_did_is_not_called_inaccurate_before_a_check() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never sells or shares customers' phone numbers", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Parcelly drivers are sharing customers' phone numbers with loan sharks, my "
                "neighbour got calls the day after a delivery. Boycott!", voice,
                brand="Parcelly")  # fmt: skip
    assert "isn't accurate" not in both(r)
    assert "never sells or shares" in (r.public or "")
    assert "serious" in (r.public or "")


def test_a_refund_promised_and_not_paid_is_a_pending_refund_not_a_surprise_fee() -> None:
    r = product("@northwindcoffee in February your agent promised to refund my shipping fee. "
                "It's now April and nothing. I want the €6.50 back.")  # fmt: skip
    assert "refund_pending" in kinds(r)
    assert "didn't expect" not in both(r)


def test_a_pickup_booked_by_mistake_and_a_fee_not_wanted_is_no_charge() -> None:
    r = product("@parcelly booked a pickup by accident for Sunday, ID PK-551002. Please cancel "
                "it, I don't want to be charged the booking fee.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "billing" not in kinds(r)
    assert "cancel" in {a.kind.value for a in r.reading.asks}


def test_an_item_missing_from_a_crushed_box_is_a_missing_item_not_a_lost_parcel() -> None:
    r = product("@parcelly delivered my speaker box crushed, the remote is missing from inside, "
                "and I still paid the fee. Send the remote please.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_missing" not in kinds(r)
    assert "never reached you" not in both(r)


def test_two_answers_that_do_not_fit_in_bengali_are_never_cut_mid_sentence() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "Where do you deliver?", "topics": ["shipping"],
         "answer": "We deliver in Dhaka, Chattogram and Sylhet, Saturday to Thursday",
         "translations": {"bn": "আমরা ঢাকা, চট্টগ্রাম ও সিলেটে শনিবার থেকে বৃহস্পতিবার সকাল ৯টা "
                                "থেকে রাত ৯টা পর্যন্ত ডেলিভারি দিই"}},
        {"question": "How much does it cost?", "topics": ["price"],
         "answer": "A parcel up to 1 kg costs 60 taka within a city and 120 between cities",
         "translations": {"bn": "১ কেজি পর্যন্ত পার্সেল একই শহরের মধ্যে ৳৬০ আর এক শহর থেকে আরেক "
                                "শহরে ৳১২০, এরপর ১০ কেজি পর্যন্ত প্রতি কেজিতে ৳২০ বেশি; বুক করার "
                                "আগেই অ্যাপে দাম দেখতে পাবেন"}},
    ])  # fmt: skip
    r = product("পার্সেলি কি সিলেটে একই দিনে ডেলিভারি দেয়? খরচ কত?", voice,
                brand="Parcelly")  # fmt: skip
    assert not (r.public or "").endswith("…")
    assert ". " not in (r.public or "").split("@ParcellyCare")[0]


def test_riders_said_to_sell_data_to_scammers_is_a_claim_not_a_warning_of_a_fake() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never sells or shares customers' phone numbers", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Heads up: parcelly couriers are selling our addresses to scammers, my uncle got "
                "a fake call with his order details. Avoid!", voice, brand="Parcelly")  # fmt: skip
    assert r.answered_as != "warning"
    assert "isn't us" not in both(r)


def test_a_merchant_slow_settlement_and_a_rejecting_upload_are_both_problems() -> None:
    r = product("Seller here. Payouts now take 6 days instead of 2, and the bulk upload keeps "
                "rejecting my CSV. Fix it.", STRICT, brand="Parcelly", source="googleplay",
                rating=2)  # fmt: skip
    assert {"payout", "app_bug"} <= kinds(r)
    assert "never sells" not in both(r)


def test_a_finnish_free_delivery_that_cost_money_is_a_charge_under_ironic_thanks() -> None:
    r = product("Kiitos vaan Northwind. 'Ilmainen kuljetus' kustansi kassalla 5,90 €. Hieno "
                "käsitys ilmaisesta.", source="mastodon")  # fmt: skip
    assert "billing" in kinds(r)
    assert "Kiitos!" not in (r.public or "")


def test_good_business_news_is_no_crisis() -> None:
    r = product("Northwind Coffee opens a fourth café in Kallio and hires twelve baristas; the "
                "founders say subscription demand doubled.", source="rss")  # fmt: skip
    assert "Anyone affected" not in (r.public or "")


def test_a_tracking_status_stuck_for_days_is_a_late_parcel_not_a_scripted_answer() -> None:
    r = product("Tracking has shown the same 'out for delivery' status for 5 days. Useless.",
                STRICT, brand="Parcelly", source="googleplay", rating=1)  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert "scripted" not in both(r)


def test_a_box_left_open_is_said_so_and_a_call_today_is_asked() -> None:
    r = product("@parcelly your rider left the box open on my doorstep and marked it delivered "
                "to customer. I need a call today.", STRICT, brand="Parcelly")  # fmt: skip
    assert "arrived damaged" not in both(r)
    assert "callback" in {a.kind.value for a in r.reading.asks}


def test_finnish_sarcasm_in_the_past_tense_about_a_delivery_promise_is_a_late_order() -> None:
    r = product("Kiitos @northwindcoffee, 'pikatoimitus' tarkoitti siis kolmea viikkoa. Hyvä "
                "tietää.")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "delivery_late" in kinds(r)
    assert "Kiitos!" not in (r.public or "")


def test_bengali_broken_in_transit_and_then_denied_is_damage_and_no_repeat() -> None:
    r = product("@parcelly আমার ফুলদানি ভেঙে দিল, আবার বলছে দায় নেই। টাকা ফেরত চাই।", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "damaged" in kinds(r)
    assert not r.reading.facts.repeat
    assert "আগেও" not in both(r)


def test_a_parcel_stuck_since_a_date_is_said_with_the_date_whole() -> None:
    r = product("@parcelly tracking PX-66012 hasn't moved since the 14th. Where is it?", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "since the 14th" in (r.public or "")
    assert "since the and" not in both(r)


def test_praise_for_a_rider_out_in_the_rain_is_thanked_not_apologised_for() -> None:
    r = product("Thank you @parcelly rider Karim, who came out in the pouring rain to bring my "
                "father's insulin on time. A hero.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert not APOLOGY.search(r.public or "")


def test_four_stars_and_one_star_off_is_praise_with_the_gripe_noted() -> None:
    r = product("Really handy app and the live tracking is spot on. One star off because I can't "
                "save more than three addresses.", STRICT, brand="Parcelly",
                source="appstore", rating=4)  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert not APOLOGY.search(r.public or "")
    assert "three addresses" in (r.public or "")


def test_a_strike_rumour_is_not_answered_with_a_fact_about_closing() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly isn't shutting down", "topics": ["closing"]},
    ])  # fmt: skip
    r = product("Is it true Parcelly riders strike from Sunday and nothing gets delivered? A "
                "friend who rides for them said so.", voice, brand="Parcelly")  # fmt: skip
    assert "isn't accurate" not in (r.public or "")
    assert "shutting down" not in (r.public or "")


def test_days_taken_to_move_a_parcel_across_town_is_a_late_parcel() -> None:
    r = product("Incredible @parcelly, it took 8 days to get my parcel from Uttara to Banani. "
                "Faster on foot 👏", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert "late" in (r.public or "")


def test_refund_the_last_charge_is_a_refund_asked() -> None:
    r = product("@northwindcoffee I cancelled in the app twice and you still billed me on the "
                "5th. Cancel it now and refund the latest payment.")  # fmt: skip
    assert {"cancel", "refund"} <= {a.kind.value for a in r.reading.asks}


def test_a_finnish_cancelled_order_charged_is_said_so_not_as_an_overcharge() -> None:
    r = product("Kiitti @northwindcoffee kun veloititte tilauksen, jonka peruin jo viime "
                "viikolla. 🙄")  # fmt: skip
    assert "olit jo perunut" in (r.public or "")
    assert "liikaa" not in (r.public or "")


def test_a_finnish_ask_to_send_the_right_coffee_is_a_replacement_asked() -> None:
    r = product("@northwindcoffee sain väärät pavut, tilasin espressopaahtoa. Lähettäkää oikeat, "
                "kiitos.")  # fmt: skip
    assert "exchange" in {a.kind.value for a in r.reading.asks}


def test_finnish_thanks_for_a_fast_delivery_that_meant_days_is_a_late_order() -> None:
    r = product("Kiitos vaan @northwindcoffee, 'pikatoimitus' tarkoitti näköjään 9 päivää. "
                "Pavut ehtivät vanhentua postissa. Mahtavaa.")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert {"delivery_late", "quality"} <= kinds(r)
    assert "Kiitos" not in (r.public or "")
    assert "ei ole vieläkään tullut" not in both(r)  # it came, late


def test_finnish_coffee_that_tastes_burnt_under_a_one_word_cheer_is_a_quality_complaint() -> None:
    r = product("Kiitos @northwindcoffee, 'juhlapaahto' maistuu ihan tuhkalta. Hienoa.")
    assert "quality" in kinds(r)
    assert r.reading.stance.value == "complaint"
    assert not (r.public or "").startswith("Kiitos")


def test_an_express_order_that_only_took_ten_days_is_a_late_order() -> None:
    r = product("Cheers @northwindcoffee for the 'priority' shipping. Only took 10 days. What a "
                "time to be alive 🐢")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert "late" in (r.public or "")
    assert_passes(r)


def test_a_four_star_review_that_would_love_a_new_option_is_an_idea_not_a_complaint() -> None:
    r = product("Solid courier app and the rider ETA is spot on. Would love the option to "
                "schedule pickups for the weekend though.", STRICT, brand="Parcelly",
                source="googleplay", rating=4)  # fmt: skip
    assert r.answered_as == "idea"
    assert not APOLOGY.search(both(r))


def test_a_theft_claim_heard_second_hand_is_not_asked_for_the_numbers_that_called() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "every parcel is sealed at pickup and checked at each scan",
         "topics": ["theft"]},
    ])  # fmt: skip
    r = product("A guy in my building says Parcelly riders open parcels and steal the earbuds "
                "inside. True? I ship a lot with them.", voice, brand="Parcelly",
                source="reddit")  # fmt: skip
    assert "calls or messages came from" not in (r.offline or "")
    assert "tracking number" in (r.offline or "")


def test_a_part_of_a_part_is_not_said_twice() -> None:
    r = product("The lid knob on my Northwind travel press cracked in a week. I only need the "
                "lid, not a new press.")  # fmt: skip
    assert "knob of your lid" not in both(r)
    assert "lid knob" in (r.public or "")


def test_a_question_to_the_thread_beside_the_faq_question_is_no_part_left_open() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause my subscription?", "topics": ["subscription"],
         "answer": "You can pause your subscription for up to three months, or change how "
                   "often it comes, under Account > Subscription"},
    ])  # fmt: skip
    r = product("Anybody been with Northwind for a while and happy with the beans? Can you pause "
                "the subscription for a month over the holidays?", voice, source="reddit")  # fmt: skip
    assert r.public is not None
    assert "three months" in r.public
    assert not any("only part" in f for f in r.flags), r.flags


def test_two_faq_questions_too_long_for_one_post_get_both_answers_in_the_dm() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Where do you ship?", "topics": ["shipping"],
         "answer": "We ship to Finland, Sweden, Norway, Denmark and Estonia; delivery takes 1-3 "
                   "working days in Finland and 3-6 days everywhere else we ship to"},
        {"question": "Can I pause my subscription?", "topics": ["subscription"],
         "answer": "You can pause your subscription for up to three months, skip a delivery or "
                   "change its address under Account > Subscription, with no fee at all"},
    ])  # fmt: skip
    r = product("@northwindcoffee can I pause my subscription while I'm away in July? And do "
                "you ship to Norway?", voice)  # fmt: skip
    assert r.offline is not None
    assert "Norway" in r.offline
    assert "three months" in r.offline


def test_stamps_a_cafe_never_added_are_put_back_and_no_phone_model_is_asked() -> None:
    r = product("Paid at the counter in Kamppi five times this week and the points never "
                "showed up in the app. Sort it out.", source="appstore", rating=2)  # fmt: skip
    assert "back" in (r.public or "")
    assert "phone model" not in both(r)
    assert "account" in both(r)


def test_a_merchant_closing_an_account_is_paid_out_what_is_held() -> None:
    r = product("@parcelly shut down my seller account please. And release the 15,200 tk COD "
                "you're holding for me.", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)
    assert "15,200" in (r.public or "")


def test_a_cancellation_asked_several_times_and_still_charged_is_said_so() -> None:
    r = product("Cancel my Northwind Club. I've asked four times via chat. Stop billing me for "
                "the monthly club!")  # fmt: skip
    assert {"no_response", "subscription"} <= kinds(r)
    assert "four times" in (r.public or "")
    assert "still being charged" in both(r)
    assert "Thanks for letting us know" not in both(r)


def test_a_parcel_thrown_and_broken_is_damage_as_well_as_rough_handling() -> None:
    r = product("@parcelly the rider tossed my box onto the balcony and now it's broken. It "
                "was a mirror.", STRICT, brand="Parcelly")  # fmt: skip
    assert {"delivery_handling", "damaged"} <= kinds(r)


def test_one_item_that_came_and_one_that_did_not_is_the_missing_one() -> None:
    r = product("Got the beans, the scale didn't. Order page is broken too and I was billed "
                "delivery twice.", source="reddit")  # fmt: skip
    assert {"wrong_item", "billing"} <= kinds(r)
    assert "scale never came" in (r.public or "")
    assert "wrong item" not in both(r)


def test_a_sarcastic_double_charge_for_goods_not_yet_received_is_both() -> None:
    r = product("So glad @northwindcoffee billed my Club twice in November. Especially enjoying "
                "the bag I still haven't received. Bravo 👏")  # fmt: skip
    assert {"billing", "delivery_late"} <= kinds(r)


def test_an_order_charged_and_never_shipped_is_said_so_not_as_late() -> None:
    r = product("@northwindcoffee Order NW-40777 was paid, never shipped. Two weeks now and "
                "still nothing from support.")  # fmt: skip
    assert "never shipped" in (r.public or "")
    assert "is late" not in (r.public or "")


def test_being_bounced_between_people_is_said_as_passed_around() -> None:
    r = product("Got transferred between three agents at Northwind about my broken kettle and "
                "nobody fixed anything.")  # fmt: skip
    assert "passed around" in (r.public or "")


def test_a_sellers_many_parcels_stuck_at_a_hub_are_hers_not_one_order() -> None:
    r = product("@parcelly 7 of my parcels have been stuck at the Tejgaon hub since Friday. My "
                "buyers are furious.", STRICT, brand="Parcelly")  # fmt: skip
    assert "7 of your parcels" in (r.public or "")
    assert "Tejgaon hub" in (r.public or "")
    assert "trace them" in (r.public or "")


def test_other_customers_details_shown_by_editing_a_link_is_a_security_report() -> None:
    r = product("Heads up: Northwind's receipt page loads other users' home addresses when you "
                "edit the id in the URL. Emailed them a month ago, never heard back.",
                source="hackernews")  # fmt: skip
    assert "privacy" in {f.kind.value for f in r.reading.flags}
    assert r.public is not None
    assert "Thank you for reporting" in r.public
    assert "unanswered" in r.public


def test_a_client_built_on_the_api_with_an_undocumented_part_is_thanked_for_building_it() -> None:
    r = product("Show HN: I built a Go SDK for the Parcelly merchant API. The rate limits are "
                "undocumented so I guessed. Feedback welcome.", STRICT, brand="Parcelly",
                source="hackernews")  # fmt: skip
    assert r.public is not None
    assert "Thanks for building this" in r.public
    assert_passes(r)


def test_bengali_days_at_the_hub_and_a_merchant_payment_withheld_are_named() -> None:
    late = product("@parcelly পার্সেলটা ৬ দিন ধরে 'হাবে' আটকে আছে। কবে পাব?", STRICT,
                   brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(late)
    held = product("আমি একজন সেলার। পার্সেলি তিন সপ্তাহ ধরে আমার টাকা দিচ্ছে না, ২২,০০০ টাকা।",
                   STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(held)
    assert "কবে পাব " not in (held.offline or "")


def test_a_subscription_charged_after_cancelling_is_cancelled_and_no_bag_is_offered() -> None:
    r = product("Cancelled my Northwind Club in October, still charged in November, and the app "
                "crashes every time I open the subscription page. Furious. Refund the November "
                "charge!", source="googleplay", rating=1)  # fmt: skip
    assert "I'll cancel it" in (r.offline or "")
    assert "free bag" not in both(r)


def test_a_broken_thing_is_not_said_to_have_broken_twice() -> None:
    r = product("Three weeks and no word from Northwind about my broken grinder.")
    assert "broken grinder broke" not in both(r)
    assert "grinder" in (r.public or "")


def test_a_finnish_refund_for_the_one_bag_missing_is_that_bags_money_not_the_whole_order() -> None:
    r = product("@northwindcoffee tilauksesta NW-88120 puuttui yksi pussi. En halua "
                "korvaavaa pussia, vaan rahat takaisin siitä yhdestä. Taas kerran!")  # fmt: skip
    assert "koko summan" not in both(r)
    assert "tämän vaivanpalkaksi:" not in both(r)


def test_a_finnish_cancel_made_impossible_by_the_app_names_what_is_cancelled() -> None:
    r = product("Kahvit ok, mutta kestotilauksen lopettaminen on sovelluksessa mahdotonta. "
                "Haluan lopettaa Northwind-tilaukseni.", source="appstore", rating=3)  # fmt: skip
    assert "subscription" in kinds(r)
    assert "Peruutan sen puolestasi" not in (r.public or "")


def test_a_failing_named_beside_a_price_gripe_is_said_in_its_own_words_and_first() -> None:
    r = product("Love the Ethiopia roast, but €22 a bag is steep now. Also the new pouches don't "
                "close properly, the seal just lifts off.", source="bluesky")  # fmt: skip
    assert "the new pouches don't close" in (r.public or "")
    assert "what you bought is faulty" not in both(r)
    assert (r.public or "").find("pouches") < (r.public or "").find("price")


def test_a_skip_that_did_not_take_and_was_billed_is_said_so() -> None:
    r = product("My Northwind Club pause didn't stick and I got billed for January's bag anyway. "
                "Also the app keeps logging me out.", source="reddit")  # fmt: skip
    assert "subscription" in kinds(r)
    r2 = product("Set a skip for this month on my Northwind subscription, the skip never saved "
                 "and I was charged for a box I didn't want.")  # fmt: skip
    assert "skip you set didn't go through" in (r2.public or "")


def test_no_way_to_change_something_in_the_app_is_said_as_such_not_as_a_hang() -> None:
    r = product("No way to change the phone number in the Parcelly app, and the parcel has been "
                "'in transit' for 5 days now.", STRICT, brand="Parcelly", source="googleplay",
                rating=2)  # fmt: skip
    assert "no way to change the phone number" in (r.public or "")
    assert "hangs" not in both(r)
    assert "“in transit” for 5 days" in (r.public or "")


def test_two_bengali_answers_too_long_for_the_post_are_both_in_the_dm() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "How much does it cost?", "topics": ["price"],
         "answer": "A parcel up to 1 kg costs 60 taka within a city and 120 between cities",
         "translations": {"bn": "১ কেজি পর্যন্ত পার্সেল একই শহরের মধ্যে ৳৬০ আর এক শহর থেকে আরেক "
                                "শহরে ৳১২০, এরপর ১০ কেজি পর্যন্ত প্রতি কেজিতে ৳২০ বেশি; বুক করার "
                                "আগেই অ্যাপে দাম দেখতে পাবেন"}},
        {"question": "Do you offer cash on delivery?", "topics": ["payment"],
         "answer": "Cash on delivery works wherever we deliver",
         "translations": {"bn": "আমরা যেখানে ডেলিভারি দিই, সেখানেই ক্যাশ অন ডেলিভারি পাওয়া যায়; "
                                "সংগ্রহ করা টাকা দুই কর্মদিবসের মধ্যে মার্চেন্টের বিকাশ বা নগদে "
                                "পাঠানো হয়"}},
    ])  # fmt: skip
    r = product("রাজশাহী থেকে সিলেটে একটা পার্সেল পাঠাতে খরচ কত? আর ক্যাশ অন ডেলিভারি কি "
                "দেওয়া যায়?", voice, brand="Parcelly")  # fmt: skip
    assert r.offline is not None
    assert "৳১২০" in r.offline
    assert "ক্যাশ অন ডেলিভারি" in r.offline


def test_a_wish_to_pause_so_beans_do_not_go_stale_is_an_idea_not_stale_beans() -> None:
    r = product("It'd be great if @northwindcoffee let me skip a month. I'm at the cottage in "
                "August and don't want a bag sitting in the post going stale.")  # fmt: skip
    assert "quality" not in kinds(r)
    assert not APOLOGY.search(both(r))


def test_duplicate_delivered_events_from_a_webhook_are_an_api_fault_not_a_lost_parcel() -> None:
    r = product("Parcelly's status webhook fires two 'delivered' events per consignment for us. "
                "Has anyone figured out a dedupe key?", STRICT, brand="Parcelly",
                source="reddit")  # fmt: skip
    assert "delivery_missing" not in kinds(r)
    assert "app_bug" in kinds(r)


def test_a_finnish_app_review_of_a_refused_wallet_and_stuck_stamps_is_no_charge_or_parcel() -> None:
    r = product("Sovellus ei enää hyväksy Apple Payta. Kortilla maksu onnistuu, mutta leimat ei "
                "kerry. Korjatkaa!", source="googleplay", rating=2)  # fmt: skip
    assert kinds(r) == {"app_bug"}
    assert "maksukorttiasi" not in (r.public or "")  # the card works
    assert "leimasi eivät kerry" in (r.public or "")


def test_the_same_product_name_quoted_is_no_scripted_answer() -> None:
    r = product(
        "wow @northwindcoffee billed me twice for the same 'Kenya AA' order, great stuff 🙃"
    )
    assert "no_response" not in kinds(r)
    assert "scripted" not in both(r)


def test_a_hold_time_is_the_holds_own_not_how_long_the_parcel_took() -> None:
    r = product("@parcelly my parcel has been 'processing' for 9 days. Your hotline had me on "
                "hold 50 min before it cut out.", STRICT, brand="Parcelly")  # fmt: skip
    assert "for 9 days" not in (r.public or "").split("hold")[-1]
    assert "50 min" in (r.public or "")


def test_a_call_asked_with_the_number_already_in_the_dms_does_not_ask_for_it_again() -> None:
    r = product("@northwindcoffee third time asking. Get a manager to ring me, my number is in "
                "your DMs already.")  # fmt: skip
    assert "a number to call you on" not in both(r)


def test_a_part_ordered_and_never_come_is_named_as_that_part() -> None:
    r = product("The spare carafe lid I ordered three weeks ago still hasn't arrived "
                "@northwindcoffee")  # fmt: skip
    assert "spare carafe lid you ordered" in (r.public or "")


def test_an_email_nobody_answered_is_not_offered_again_as_the_way_in() -> None:
    r = product("Wrong grind in my Northwind box again, and support email hasn't replied in "
                "a week.", FULL, source="googleplay", rating=1)  # fmt: skip
    assert "email help@" not in (r.public or "")


def test_a_returned_parcel_cancelled_with_its_fee_back_asks_no_address_and_no_charges() -> None:
    r = product("@parcelly parcel PRC-77120981 went back to the sender, nobody even tried to "
                "deliver. Cancel the order and refund my delivery charge please.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "fee_back" in {a.kind.value for a in r.reading.asks}
    assert "delivery address" not in both(r)
    assert "nothing more will be taken" not in both(r)


def test_a_finnish_express_that_took_two_weeks_under_thanks_is_a_late_order() -> None:
    r = product("Kiitti @northwindcoffee, 'nopea toimitus' kesti vaan kolme viikkoa 🙃")
    assert "delivery_late" in kinds(r)
    assert r.answered_as == "complaint"


def test_a_thread_asking_if_there_is_an_api_gets_the_faq_answer_beside_a_broken_link() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "Do you have an API for merchants?", "topics": ["developer", "merchant"],
         "answer": "Merchants can book pickups through our REST API; the docs are at "
                   "parcelly.example/developers"},
    ])  # fmt: skip
    r = product("Does anybody know whether Parcelly offers an API for merchants? The developer "
                "page link on their site is dead.", voice, brand="Parcelly",
                source="hackernews")  # fmt: skip
    assert r.public is not None
    assert "parcelly.example/developers" in r.public


def test_asking_whether_the_app_could_add_something_is_an_idea() -> None:
    r = product("Can the Parcelly app get a Bengali interface? My grandmother can't read the "
                "English menus.", STRICT, brand="Parcelly", source="bluesky")  # fmt: skip
    assert r.answered_as == "idea"


def test_a_barista_who_remembered_an_order_is_praise_worth_a_reply() -> None:
    r = product("Northwind's Kamppi barista remembered my usual after two visits. That one's a "
                "keeper!", source="bluesky")  # fmt: skip
    assert r.answered_as == "praise"
    assert r.public is not None


def test_a_setting_the_app_lacks_is_said_with_its_noun_and_asks_no_phone_model() -> None:
    r = product("Beans are lovely but the app sends reminders every morning and there's no way "
                "to switch them off.", source="appstore", rating=3)  # fmt: skip
    assert "no way to switch the reminders off" in (r.public or "")
    assert "phone model" not in both(r)


def test_used_to_love_it_is_no_sarcasm() -> None:
    r = product("I used to love it. Now the webshop makes you register an account just to check "
                "out, and shipping fee is €7.50.", source="googleplay", rating=2)  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert "register an account" in (r.public or "")


def test_a_finnish_free_shipping_threshold_is_no_sum_overcharged() -> None:
    r = product("Tilasin yli 50 € edestä, joten toimituksen piti olla ilmainen, mutta veloititte "
                "postikulut. Haluan ne takaisin.", source="reddit")  # fmt: skip
    assert "50 €" not in both(r)
    assert "piti olla ilmainen" in (r.public or "")


def test_a_finnish_email_nobody_answers_is_not_offered_again() -> None:
    r = product("Tilaus on ollut myöhässä viikon eikä kukaan vastaa sähköpostiin.", STRICT,
                source="reddit")  # fmt: skip
    assert "sähköpostia osoitteeseen" not in (r.public or "")


def test_a_finnish_sarcastic_thanks_for_a_wrong_grind_again_is_a_complaint() -> None:
    r = product("Kiitos taas @northwindcoffee, taas väärä jauhatus pusseissa. Suodatinjauhatusta "
                "mokkapannuun. Aivan mahtavaa.")  # fmt: skip
    assert "wrong_item" in kinds(r)
    assert not (r.public or "").startswith("Kiitos")
    assert "jauhatuksella" in (r.public or "")


def test_the_same_day_of_the_next_week_is_a_late_parcel() -> None:
    r = product("Parcelly same-day delivery: it really does arrive the same day, of the next "
                "week. Stunning.", STRICT, brand="Parcelly", source="bluesky")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert not THANKS.search(r.public or "")


def test_five_stars_that_would_love_a_new_mode_is_thanked_with_no_apology() -> None:
    r = product("Brilliant app, reordering takes seconds. Would love a widget for the home "
                "screen but otherwise flawless.", source="appstore", rating=5)  # fmt: skip
    assert not APOLOGY.search(both(r))
    assert "kind words" in (r.public or "")


def test_a_pickup_booked_by_mistake_is_cancelled_by_its_booking_not_as_a_subscription() -> None:
    r = product("How can I cancel a pickup I booked for tomorrow? There's no cancel option in "
                "the app. Booking PCL-550011", STRICT, brand="Parcelly")  # fmt: skip
    assert "subscription" not in both(r)
    assert "pickup PCL-550011" in (r.public or "")


def test_a_shipping_question_beside_a_checkout_fault_gets_the_answer_and_the_fault() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Where do you ship?", "topics": ["shipping"],
         "answer": "We ship to Finland, Sweden and Norway"},
    ])  # fmt: skip
    r = product("Do you ship to Norway @northwindcoffee? The checkout won't accept my postcode "
                "0150.", voice, source="mastodon")  # fmt: skip
    assert "Finland, Sweden and Norway" in (r.public or "")
    assert "postcode" in (r.public or "")


def test_a_price_now_up_from_what_it_was_is_a_price_gripe_not_maybe_sarcasm() -> None:
    r = product("The Kenya roast is gorgeous as ever. Pity a bag now costs €18, up from €14. "
                "Rethinking my subscription.", source="bluesky")  # fmt: skip
    assert "price" in kinds(r)
    assert r.reading.sarcasm.value != "maybe"


def test_a_customer_asking_for_a_giveaway_is_a_freebie_ask_not_spam() -> None:
    r = product("@northwindcoffee run a Christmas giveaway please! Free bags for regulars? 🙏")
    assert r.reading.speaker.value == "customer"
    assert r.answered_as == "freebie"


def test_a_finnish_crash_while_paying_with_a_wallet_is_a_crash_not_a_refusal() -> None:
    r = product("Sovellus kaatuu joka kerta kun yritän maksaa MobilePaylla. Kahdesti yritetty "
                "tänään.", source="appstore", rating=1)  # fmt: skip
    assert "kaatuu" in (r.public or "")
    assert "ei enää hyväksy" not in both(r)
    assert "tänään" not in both(r)  # when it happened, not when it is needed


def test_four_stars_wishing_for_what_the_faq_says_exists_gets_the_good_news() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Where do you ship?", "topics": ["shipping"],
         "answer": "We ship to Finland and Sweden; delivery takes 1-3 working days"},
        {"question": "Can I pause my subscription?", "topics": ["subscription"],
         "answer": "You can pause your subscription or skip a delivery under Account > "
                   "Subscription"},
    ])  # fmt: skip
    r = product("Lovely beans and a tidy app. Would be five stars if I could skip a single "
                "subscription delivery without cancelling.", voice, source="appstore",
                rating=4)  # fmt: skip
    assert "skip a delivery under Account > Subscription" in (r.public or "")


def test_a_wish_that_the_brand_let_you_do_something_is_answered_not_ignored() -> None:
    r = product("Wish @northwindcoffee let you change the grind for one delivery only.")
    assert r.answered_as == "idea"
    assert r.public is not None


def test_a_creator_asking_for_free_bags_to_review_is_a_freebie() -> None:
    r = product("Hi @northwindcoffee! Small coffee account here (600 followers). Could you mail "
                "a few free bags my way to feature?", source="bluesky")  # fmt: skip
    assert r.answered_as == "freebie"


def test_a_bengali_merchant_closing_the_account_is_a_cancellation_named_as_the_account() -> None:
    r = product("আমি আমার সেলার অ্যাকাউন্ট বন্ধ করে দিন, আর দরকার নেই। @parcelly", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "cancel" in {a.kind.value for a in r.reading.asks}
    assert "account" not in kinds(r)
    assert "আপনার অ্যাকাউন্ট" in (r.public or "")


def test_bengali_cod_money_reaching_the_wallet_days_late_is_a_payout() -> None:
    r = product("ক্যাশ অন ডেলিভারির টাকা এখন ওয়ালেটে চার দিন দেরিতে আসছে। আগে একদিনে আসত।",
                STRICT, brand="Parcelly", source="googleplay", rating=2)  # fmt: skip
    assert "payout" in kinds(r)
    assert "delivery_late" not in kinds(r)


def test_a_fake_giveaway_asking_for_the_account_password_is_spam() -> None:
    r = product("🎁 Northwind Coffee anniversary GIVEAWAY! Sign in with your Northwind email and "
                "password at northwind-coffee-prize.net to claim a free grinder!")  # fmt: skip
    assert r.reading.speaker.value == "spam"
    assert r.public is None


def test_a_customer_asking_whether_a_fee_text_is_really_from_us_is_warned() -> None:
    r = product("@parcelly got a text saying my parcel needs a 60 tk release fee paid at "
                "parcelly-bd-pay.top. Is this actually from you?", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "warning"
    assert not APOLOGY.search(r.public or "")


def test_a_bengali_sms_asking_for_bkash_money_that_the_customer_asks_about_is_warned() -> None:
    r = product("একটা SMS এসেছে: 'আপনার পার্সেল আটকে আছে, ৬০ টাকা নগদ করুন'। এটা কি আসল? @parcelly",
                STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "warning"


def test_finnish_fresh_in_quotes_beside_a_months_old_roast_is_a_quality_complaint() -> None:
    r = product("Kiitos @northwindcoffee, 'tuoretta' kahvia: paahdettu lokakuussa, nyt on "
                "tammikuu. Huippua 👏")  # fmt: skip
    assert "quality" in kinds(r)
    assert not (r.public or "").startswith("Kiitos")


def test_counting_a_week_as_one_day_is_a_late_parcel() -> None:
    r = product("Parcelly 'next-day' is true if you count a week as one day. Marvellous.",
                STRICT, brand="Parcelly", source="mastodon")  # fmt: skip
    assert "delivery_late" in kinds(r)


def test_days_of_asking_where_a_numbered_parcel_is_with_tickets_unanswered_is_a_complaint() -> None:
    r = product("Day 4 of asking @parcelly where my parcel PCL-551200 is. 3 tickets, zero "
                "replies.", STRICT, brand="Parcelly")  # fmt: skip
    assert {"delivery_late", "no_response"} <= kinds(r)


def test_a_bengali_login_code_that_has_not_come_is_no_late_parcel() -> None:
    r = product("লগইন করার সময় ওটিপি আসছে না। দুইবার চেষ্টা করেছি, এখনো আসেনি।", STRICT,
                brand="Parcelly", source="googleplay", rating=1)  # fmt: skip
    assert "delivery_late" not in kinds(r)


def test_the_full_value_refunded_with_its_sum_in_brackets_is_a_refund_asked() -> None:
    r = product("@parcelly marked delivered, nothing came. I want the parcel or the full value "
                "(Tk 3,200) refunded.", STRICT, brand="Parcelly")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}


def test_a_clap_for_a_delivery_faster_than_promised_is_never_apologised_for() -> None:
    r = product("Booked at noon, delivered within 3 hours and the rider rang ahead. Well done "
                "@parcelly 👏", STRICT, brand="Parcelly")  # fmt: skip
    assert not APOLOGY.search(both(r))


def test_a_parcel_that_arrived_looking_like_it_was_kicked_about_is_damage() -> None:
    r = product("@parcelly my box marked FRAGILE showed up looking like it had been kicked down "
                "the stairs. Brilliant work, truly.", STRICT, brand="Parcelly")  # fmt: skip
    assert "damaged" in kinds(r)
    assert not THANKS.search(r.public or "")


def test_a_bengali_demand_to_text_the_otp_to_a_number_is_phishing() -> None:
    r = product("পার্সেলি: ডেলিভারির জন্য আপনার OTP কোডটি 01911-223344 নম্বরে SMS করুন, না হলে "
                "আজই পার্সেল ফেরত যাবে। @parcelly", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "spam"
    assert r.public is None


def test_a_pay_cut_claim_is_not_answered_with_where_we_deliver() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "Where do you deliver?", "topics": ["shipping"],
         "answer": "We deliver in Dhaka, Chattogram and Sylhet, Saturday to Thursday"},
    ])  # fmt: skip
    r = product("Is it true Parcelly cut rider pay to 10 taka per delivery? A friend saw a post "
                "about it.", voice, brand="Parcelly")  # fmt: skip
    assert "Dhaka, Chattogram and Sylhet" not in both(r)


def test_a_sneering_great_after_a_claim_that_data_is_sold_is_a_claim_not_praise() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "we never sell or share customers' phone numbers", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Three promo texts from shops I've never heard of since my Parcelly order. So "
                "they're selling our phone numbers to marketers now, lovely", voice,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value != "praise"
    assert not THANKS.search((r.public or "").replace("lovely", "")), r.public
    assert r.answered_as == "rumour"
    assert "never sell" in (r.public or "")
    # the same claim denied, plainly glad of it, is no sneer
    denied = product("Parcelly doesn't sell our phone numbers to marketers, perfect", voice,
                     brand="Parcelly")  # fmt: skip
    assert denied.reading.sarcasm.value == "no"


def test_hearsay_about_payouts_in_a_courier_comparison_thread_is_no_ones_own_complaint() -> None:
    r = product("Choosing between Parcelly and two other couriers for my Instagram shop. I've "
                "read that their seller payouts are stuck for weeks at a time. Anyone here using "
                "them?",
                STRICT, source="reddit", brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value != "complaint"
    assert "your cod payout" not in both(r).casefold()
    assert not APOLOGY.search(r.public or ""), r.public


def test_a_describing_word_for_a_baristas_hair_is_no_hair_in_the_drink() -> None:
    r = product("Big thanks to the Northwind Töölö barista with the long blonde hair who "
                "drew a swan in my cappuccino today. Made my week!")  # fmt: skip
    assert "food_safety" not in kinds(r)
    assert not r.reading.flags
    assert not APOLOGY.search(both(r))
    # a hair found in what was served still is
    found = product("There was a hair baked into my Northwind cardamom bun this morning.")
    assert "food_safety" in kinds(found)


def test_a_bengali_thanks_for_a_polite_rider_on_time_is_praise() -> None:
    r = product("পার্সেলির ডেলিভারি ম্যান আজ ঠিক সময়ে এসে খুব ভদ্রভাবে পার্সেল দিলেন। thanks "
                "Parcelly", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert not APOLOGY.search(both(r))


def test_a_parcel_that_came_opened_with_pieces_gone_is_no_merchant_question() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "How do I open a merchant account?", "topics": ["merchant"],
         "answer": "Opening a merchant account is free in the app"},
    ])  # fmt: skip
    r = product("Parcelly, my buyer got the box already opened and only 2 of the 3 kurtas were "
                "in it. Seller ID S-5521, parcel PX44019. Who pays for this?", voice,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "merchant account" not in both(r)
    assert "opened" in (r.public or "")
    bn = product("পার্সেলির পার্সেল খোলা অবস্থায় এসেছে, ৩টা পাঞ্জাবির জায়গায় ২টা পেয়েছি। এর দায় "
                 "কে নেবে?", voice, brand="Parcelly")  # fmt: skip
    assert bn.reading.stance.value == "complaint"
    assert "মার্চেন্ট অ্যাকাউন্ট" not in both(bn)
    assert "ভুল পণ্য" not in both(bn)  # nothing wrong came: some of it didn't


def test_emails_that_got_nothing_back_are_owned_beside_the_late_order() -> None:
    r = product("Northwind order NW-77102 hasn't shipped in 9 days and I wrote to help@ three "
                "times, got nothing back. Not impressed.")  # fmt: skip
    assert "no_response" in kinds(r)
    fi = product("Northwindin tilaus NW-77103 on myöhässä viikon, enkä saa asiakaspalveluun "
                 "yhteyttä millään.")  # fmt: skip
    assert "no_response" in kinds(fi)


def test_a_cancellation_set_for_a_later_day_is_cancelled_from_that_day_with_thanks_back() -> None:
    r = product("@northwindcoffee could you cancel my Northwind Club subscription from the end of "
                "June? We're relocating to Singapore. Thanks for three years of lovely "
                "mornings!")  # fmt: skip
    assert "cancel" in {a.kind.value for a in r.reading.asks}
    assert "from the end of June" in (r.public or ""), r.public
    assert "from the end of June" in (r.offline or "")
    assert "three years" in (r.public or "")
    assert "move" in (r.public or "")
    assert not APOLOGY.search(both(r))
    # a plain "cancel it, thanks" is thanked for nothing and set for no day
    plain = product("cancel my Northwind Club please, thanks")
    assert "from the" not in both(plain)
    assert "kind words" not in both(plain)


def test_cash_a_rider_took_on_top_of_a_prepaid_parcel_comes_back_said_once() -> None:
    r = product("@parcelly your delivery guy made me hand over 80 taka more in cash at the door, "
                "said it was a 'rain charge'. The parcel was prepaid! I want that money back.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" in kinds(r) or "staff" in kinds(r)
    assert "can't give refunds" not in both(r)
    assert "80 taka" in (r.public or "")
    assert "comes back to you" in (r.public or "")
    # said in the English words a person in Dhaka would mix in, and taken, not only asked
    bn = product("পার্সেলির ডেলিভারি ম্যান আমার কাছ থেকে বাড়তি ৬০ টাকা নিয়েছেন, অথচ অনলাইনে আগেই "
                 "পেমেন্ট করেছিলাম। টাকা ফেরত চাই।", STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" in kinds(bn)
    assert "রিফান্ড দিতে পারি না" not in both(bn)
    assert "ফেরত দেওয়া হবে" in (bn.public or "")
    # one thing done by one person is said once, not as two problems
    one = product("The Parcelly rider asked me for 120 taka extra before he'd hand the box over.",
                  STRICT, brand="Parcelly")  # fmt: skip
    assert len(one.reading.problems) == 1


def test_a_child_who_reacted_to_a_pastry_is_asked_after_and_never_bargained_with() -> None:
    r = product("Northwind Kamppi sold my son a scone they swore was nut free. He came out in "
                "hives and we spent the night in A&E. How does this happen?")  # fmt: skip
    assert "food_safety" in kinds(r)
    assert "your son" in (r.public or ""), r.public
    assert "he is all right" in both(r)
    assert "What would make this right" not in (r.offline or "")
    assert "that place" not in (r.offline or "")  # a scone is served at a café


def test_a_parcel_lost_for_weeks_gets_a_decision_on_its_value_not_a_fresh_trace() -> None:
    r = product("@ParcellyCare my camera (parcel PCL-55110293, ৳42,000) has been 'under "
                "investigation' for four weeks. You lost it. I expect the declared value paid "
                "by Thursday or I go to a lawyer.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_missing" in kinds(r)
    assert "delivery address" not in both(r)  # traced for a month: we know where it was going
    assert "on its way" not in (r.offline or "")
    assert "four weeks" in (r.public or ""), r.public
    assert "claim" in (r.public or "")
    assert "refund" not in (r.public or "")  # the value of goods lost with us, no refund
    assert_passes(r)
    # a parcel missing since yesterday is still traced with the address
    fresh = product("@ParcellyCare parcel PCL-55110294 shows delivered but never reached me",
                    STRICT, brand="Parcelly")  # fmt: skip
    assert "address" in both(fresh)


_COURIER_FAQ = voice_with(STRICT, faq=[
    {"question": "How do cash on delivery payouts work for merchants?", "topics": ["payment"],
     "answer": "We pay the cash collected to merchants within two working days of delivery, "
               "to bKash, Nagad or a bank account"},
    {"question": "How much does it cost to send a parcel?", "topics": ["price"],
     "answer": "A parcel up to 1 kg costs ৳60 within a city and ৳120 between cities"},
    {"question": "Where do you deliver?", "topics": ["shipping"],
     "answer": "We deliver in Dhaka, Chattogram and Sylhet"},
])  # fmt: skip
_CAFE_FAQ = voice_with(FULL, faq=[
    {"question": "Do your cafés have plant or lactose-free milk?", "topics": ["diet"],
     "answer": "Our cafés serve oat, soy and lactose-free milk at no extra charge"},
])  # fmt: skip


def test_a_question_the_faq_answers_in_other_words_is_answered_not_handed_over() -> None:
    # "how long" is answered by an entry that says "within two working days"
    r = product("How long until Parcelly pays sellers the cash it collects at the door? Looking "
                "to switch couriers.", _COURIER_FAQ, brand="Parcelly")  # fmt: skip
    assert "two working days" in (r.public or ""), r.public
    # "what do you charge to send" asks the price
    price = product("What does Parcelly charge to send a 4 kg box from Khulna to Dhaka?",
                    _COURIER_FAQ, brand="Parcelly")  # fmt: skip
    assert "৳120" in (price.public or ""), price.public


def test_why_someone_asks_never_picks_the_faq_entry() -> None:
    r = product("Are dogs welcome inside Northwind cafés? Planning to drop by Töölö with my "
                "spaniel after our walk.", _CAFE_FAQ)  # fmt: skip
    assert "lactose" not in both(r)


def test_a_place_the_delivery_answer_leaves_out_is_a_plain_no_first() -> None:
    r = product("Does Parcelly deliver to Nepal? My mum lives in Kathmandu.", _COURIER_FAQ,
                brand="Parcelly")  # fmt: skip
    assert (r.public or "").lstrip("@sam_j ").startswith("We don't deliver to Nepal"), r.public
    assert "checking with the team" not in (r.public or "")
    # a place it names is answered with the list, no "don't"
    yes = product("Does Parcelly deliver to Sylhet?", _COURIER_FAQ, brand="Parcelly")
    assert "don't" not in (yes.public or "")
    # a town the list can't rule out (it may lie in a city or country we serve) gets no "no"
    town = product("Does Parcelly deliver to Sreemangal?", _COURIER_FAQ, brand="Parcelly")
    assert "don't" not in (town.public or "")


_CLUB_FAQ = voice_with(FULL, faq=[
    {"question": "Can I pause or cancel my Northwind Club subscription?", "topics": ["subscription"],
     "answer": "You can pause your Northwind Club subscription for up to three months under "
               "Account > Subscription"},
    {"question": "Do you have a public API?", "topics": ["developer"],
     "answer": "We don't have a public API yet; Club deliveries can be paused under Account > "
               "Subscription"},
])  # fmt: skip


def test_a_thread_question_about_it_after_a_sentence_naming_the_api_gets_the_api_answer() -> None:
    r = product("Anyone here on the Northwind subscription? I want a script to skip deliveries "
                "while I'm away but I can't find an API anywhere. Is there one, or do you all "
                "just use the website?", _CLUB_FAQ, source="hackernews")  # fmt: skip
    assert "don't have a public API" in (r.public or ""), r.public


def test_a_thread_asking_in_the_faq_entrys_own_words_gets_the_entry() -> None:
    r = product("Thinking of trying the Northwind Club instead of my usual roaster, costs about "
                "the same. Members: can you pause the Club easily when you go on holiday? "
                "Worth it?", _CLUB_FAQ, source="reddit")  # fmt: skip
    assert "three months" in (r.public or ""), r.public


def test_praise_then_on_the_other_hand_a_fault_is_mixed_not_sarcasm() -> None:
    r = product("The Northwind Sidamo is easily the best filter coffee I've had. The webshop on "
                "the other hand charged my card twice for order NW-66120.")  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert r.reading.stance.value == "mixed"
    assert "fed up" not in (r.public or "")


def test_finnish_stamps_the_app_wiped_are_an_app_fault_and_come_back() -> None:
    r = product("Mahtavaa, Northwindin uusi sovellusversio nollasi mun kanta-asiakasleimat. "
                "Kahdeksan leimaa hukassa 🙃")  # fmt: skip
    assert "app_bug" in kinds(r)
    assert "Palautan leimasi" in (r.offline or ""), r.offline


def test_a_finnish_answer_too_long_for_the_post_is_cut_at_a_whole_clause_with_all_of_it_by_dm(
) -> None:  # fmt: skip
    long = ("Voit keskeyttää Club-tilauksesi enintään kolmeksi kuukaudeksi, siirtää toimitusta, "
            "perua tilauksen tai vaihtaa sen papuja, jauhatusta, osoitetta tai toimitusväliä "
            "kohdassa Account > Subscription, ilman maksua ja ilman sitoutumisaikaa, milloin "
            "tahansa ennen seuraavaa veloitusta")  # fmt: skip
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause my Club subscription?", "topics": ["subscription"],
         "answer": "You can pause it under Account > Subscription", "translations": {"fi": long}},
    ])  # fmt: skip
    r = product("Voiko Northwind Clubin laittaa tauolle heinäkuun ajaksi? Olen silloin "
                "ulkomailla.", voice)  # fmt: skip
    assert not (r.public or "").endswith("…"), r.public
    assert "kolmeksi kuukaudeksi" in (r.public or "")
    assert "@NorthwindHelp" in (r.public or "")
    assert "sitoutumisaikaa" in (r.offline or "")


def test_a_finnish_compound_allergy_word_is_a_health_worry() -> None:
    r = product("Onko Northwindin korvapuusteissa seesamia? Tyttärellä on seesamiallergia.")
    assert "health_safety" in {f.kind.value for f in r.reading.flags}


def test_a_parcel_stuck_at_a_quoted_hub_status_for_days_is_late_and_answered() -> None:
    r = product("@ParcellyCare my box PCL-4410027 is stuck at 'Arrived at Mirpur sorting' since "
                "Tuesday. Four days. Rang the hotline twice, always 'tomorrow'. Nothing. It's for "
                "my dad's birthday on Friday!!", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert r.public, "an angry late parcel is never left without a draft"


def test_a_merchants_cod_money_pending_is_a_payout_not_a_late_parcel() -> None:
    r = product("Parcelly merchant here, 21,300 tk of COD still pending since the 5th, the "
                "dashboard says 'payout processing' for a week. Merchant ID M-30551.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)
    assert "delivery_late" not in kinds(r)
    assert "trace" not in both(r)
    bn = product("আমি Facebook এর একজন seller, Parcelly থেকে ১২ দিনের COD payment এখনো পাইনি, "
                 "প্রায় ১৫,০০০ টাকা।", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(bn)


def test_the_parcel_a_repeat_complaint_is_about_now_is_the_one_said_back() -> None:
    r = product("Parcelly did it again. Previously PX-118822 went missing for a week. Now "
                "PX-119944 shows delivered and I don't have it.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "PX-119944" in (r.public or ""), r.public
    assert "PX-118822" not in (r.public or "")


def test_a_second_hand_theft_story_told_to_warn_others_is_a_rumour_not_an_exchange() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "every parcel is sealed at pickup and checked at each scan", "topics": ["theft"]},
    ])  # fmt: skip
    r = product("Avoid Parcelly!! Riders there open the boxes and swap laptops for tiles. My "
                "colleague's brother got a box of tiles. Spread the word.", voice,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert "exchange" not in {a.kind.value for a in r.reading.asks}
    assert "sealed at pickup" in (r.public or "")
    assert not regex.search(r"\bsorry\b", r.public or "", regex.I)


def test_finnish_an_order_that_never_came_and_a_chat_that_does_not_work_are_no_fault() -> None:
    r = product("Northwindin tilaus NW-60012 tehty viikko sitten eikä vieläkään ole tullut "
                "mitään. Chatti ei toimi ja sähköpostiin ei vastata.")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert "defect" not in kinds(r)
    assert "no_response" in kinds(r)
    # asking whether a lunch benefit is taken as payment is a question, not a charge
    q = product("Käykö Northwindin kahviloissa Smartum maksuna?")
    assert "billing" not in kinds(q)
    assert q.reading.stance.value == "question"


def test_three_problems_in_one_box_are_all_said_back_and_the_late_box_is_not_traced() -> None:
    r = product("@NorthwindHelp my Club box showed up 4 days late, it's the Guatemala instead of "
                "my usual Kenya, and I was billed twice (2 x 22,50€).")  # fmt: skip
    assert {"delivery_late", "wrong_item", "billing"} <= kinds(r)
    assert "Guatemala" in (r.public or ""), r.public
    assert "trace" not in both(r)
    assert "confirmed delivery date" not in (r.offline or "")
    ground = product("Northwind sent my Club beans ground for AeroPress though the sub says "
                     "whole bean. Again.")  # fmt: skip
    assert "wrong_item" in kinds(ground)
    assert "whole beans" in (ground.public or "")


def test_a_free_drink_asked_for_a_birthday_is_a_freebie_not_praise() -> None:
    r = product("turning 30 today 🎉 @northwindcoffee could I get a free cappuccino for a "
                "loyal customer? 🥺")  # fmt: skip
    assert "free" in {a.kind.value for a in r.reading.asks}
    assert r.answered_as == "freebie"


def test_a_cancellation_after_a_named_months_delivery_keeps_that_delivery() -> None:
    r = product("@NorthwindHelp please stop my Northwind Club after the May delivery, all good, "
                "just cutting back.")  # fmt: skip
    assert "after the May delivery" in (r.public or ""), r.public


def test_bengali_cash_a_rider_took_on_a_prepaid_parcel_is_said_back_and_comes_back() -> None:
    r = product("পার্সেলির ডেলিভারি ম্যান আজ আমার কাছ থেকে ৮০ টাকা ক্যাশ নিলো, অথচ চার্জ অনলাইনে "
                "আগেই দেওয়া ছিল।", STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" in kinds(r)
    assert "বাড়তি টাকা নেওয়া" in (r.public or ""), r.public
    sent = product("পার্সেলি দিয়ে ৫ দিন আগে আম্মুকে একটা পার্সেল পাঠিয়েছি, এখনো পৌঁছায়নি।",
                   STRICT, brand="Parcelly")  # fmt: skip
    assert "আপনার পাঠানো পার্সেল" in (sent.public or ""), sent.public


def test_a_part_asked_for_after_an_own_fault_break_is_answered_yes_from_the_faq_line() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "What is your return policy?", "topics": ["returns"],
         "answer": "Unopened coffee can be returned within 30 days, and our kettles have a "
                   "two-year warranty that includes spare parts such as lids and seals"},
    ])  # fmt: skip
    r = product("my bad, knocked my Northwind kettle off the counter and the lid snapped. can I "
                "get just the lid? the kettle is fine", voice)  # fmt: skip
    # the FAQ stocks lids as spare parts: yes, the lid alone; their own accident is not sold
    # as the warranty's
    assert "just the lid" in (r.public or ""), r.public
    assert "warranty" not in (r.public or "")
    assert "returned within 30 days" not in (r.public or "")


def test_a_hotline_that_keeps_saying_soon_is_no_app_fault() -> None:
    r = product("My Parcelly COD payout for 9 orders has been 'processing' since Monday and your "
                "call centre keeps saying tomorrow.", STRICT, brand="Parcelly")  # fmt: skip
    assert "app_bug" not in kinds(r)
    assert "payout" in kinds(r)


def test_a_parcel_lost_in_scare_quotes_is_a_missing_parcel() -> None:
    r = product("Parcelly has 'lost' a parcel from my shop again, second one this week.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_missing" in kinds(r)


def test_a_grinder_that_screeches_and_spits_powder_is_named_before_the_refund() -> None:
    r = product("Northwind Mill 3 grinder now screeches like metal on metal and spits out powder. "
                "I want a refund, not a swap.")  # fmt: skip
    assert "defect" in kinds(r)
    assert "sorry to read this" not in (r.public or "")


def test_a_young_child_who_reacted_is_asked_after_as_the_text_names_them() -> None:
    r = product("Northwind Kallio gave my 6-year-old a 'nut free' cookie and she broke out in "
                "hives an hour later.")  # fmt: skip
    assert "she is all right" in both(r), r.public


def test_money_back_for_one_item_of_an_order_refunds_that_item_not_the_order_total() -> None:
    r = product("Order NW-70011 (beans + a Mill 2 grinder, 96,40€): the grinder rattles and won't "
                "grind. Messaged you on Instagram and emailed, nothing. I want a refund for the "
                "grinder, not a replacement.")  # fmt: skip
    assert "96,40€" not in (r.offline or ""), r.offline
    assert "for the grinder" in (r.offline or "")
    assert "no_response" in kinds(r)


def test_a_bengali_follow_up_how_question_in_another_verb_form_is_the_same_question() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "How do I open a merchant account?", "topics": ["merchant"],
         "answer": "Open it in the app with your NID and phone number",
         "translations": {"bn": "অ্যাপে আপনার এনআইডি আর ফোন নম্বর দিয়ে মার্চেন্ট অ্যাকাউন্ট খুলুন"}},
    ])  # fmt: skip
    r = product("পার্সেলিতে মার্চেন্ট অ্যাকাউন্ট খুলতে এনআইডি লাগবে? আর কীভাবে খুলবো?", voice,
                brand="Parcelly")  # fmt: skip
    assert "বাকি অংশ" not in (r.public or ""), r.public  # nothing left to check


def test_a_finnish_queue_that_grew_while_the_app_crashed_is_no_second_problem() -> None:
    r = product("Northwindin sovellus jäätyy aina kun yritän maksaa ennakkotilausta, ja jono "
                "vaan kasvaa. Tosi kätevää 🙃")  # fmt: skip
    assert "app_bug" in kinds(r)
    assert "wait" not in kinds(r)
    assert "käyntisi päivä" not in both(r)  # an app fault: no visit to date


def test_payment_taken_at_order_time_for_an_order_stuck_in_processing_is_no_double_charge(
) -> None:  # fmt: skip
    r = product("@NorthwindHelp order NW-31177 still 'processing' after 10 days. Wrote to help@ "
                "twice. You took 38,20€ off my card that same day though.")  # fmt: skip
    assert "twice" not in (r.public or "").split("nobody")[0], r.public
    assert "charged twice" not in both(r)
    assert "comes back to you" not in both(r)  # they want the order, not a refund


def test_a_claim_that_the_brand_sells_your_email_gets_the_privacy_fact() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "Northwind never sells customers' data", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Heads up: bought beans from Northwind and now spam from random shops every day. "
                "I'm fairly sure they sell your email address.", voice,
                source="reddit")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert "never sells" in (r.public or ""), r.public


def test_a_giveaway_that_asks_for_your_card_on_a_lookalike_site_is_phishing() -> None:
    r = product("🎁 Northwind Coffee 10th birthday: 1000 free Club boxes! Sign in at "
                "northwind-gifts.shop and confirm your card for postage 🎁")  # fmt: skip
    assert r.reading.speaker.value == "spam"
    assert r.public is None


def test_bengali_a_showpiece_broken_in_a_crushed_box_is_damage_not_a_fault() -> None:
    r = product("পার্সেলি আমার সিরামিকের ফুলদানি ভেঙে ফেলেছে, প্যাকেট একদম দুমড়ে গেছে। টাকা ফেরত "
                "চাই।", STRICT, brand="Parcelly")  # fmt: skip
    assert "damaged" in kinds(r)
    assert "defect" not in kinds(r)
    cod = product("আমি ছোট মার্চেন্ট, ৮ দিনের COD টাকা এখনো নগদে আসে নাই। merchant ID M-4410",
                  STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(cod)


def test_a_tip_a_rider_demanded_comes_back_only_if_paid_and_by_its_own_amount() -> None:
    paid = product("Parcelly rider wanted ৳80 extra as 'bakshish' before giving me the parcel. My "
                   "COD of ৳2,400 was already paid. Tracking PCL-5510234", STRICT,
                   brand="Parcelly")  # fmt: skip
    assert "The ৳80 comes back to you" in (paid.public or ""), paid.public
    refused = product("Parcelly rider demanded 200 taka extra before handing my parcel over and "
                      "shouted when I refused. Is that your policy?", STRICT,
                      brand="Parcelly")  # fmt: skip
    assert "comes back to you" not in both(refused)


def test_a_failed_delivery_scan_while_they_were_home_is_said_back() -> None:
    r = product("@ParcellyCare PCL-6610032 shows 'delivery failed - customer unavailable'. I WAS "
                "HOME. This keeps happening.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_handling" in kinds(r)
    assert "sorry to read this" not in (r.public or "")


def test_bengali_a_parcel_not_delivered_in_dialect_is_late() -> None:
    r = product("পার্সেলি দিয়া ৬ দিন আগে পার্সেল পাঠাইছি, এখনো ডেলিভারি হয় নাই। কেউ ফোন ধরে না।",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert "আপনার পাঠানো পার্সেল" in (r.public or ""), r.public


def test_finnish_a_health_rumour_is_thanked_not_answered_with_how_it_really_is() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "the Tampere café passed its latest health inspection", "topics": ["hygiene"],
         "translations": {"fi": "Tampereen kahvila läpäisi viimeisimmän terveystarkastuksensa"}},
    ])  # fmt: skip
    r = product("Onko totta että Northwindin Tampereen kahvila suljettiin hygieniasyistä?", voice)
    assert "oikeasti on" not in (r.public or "")
    assert "läpäisi" in (r.public or ""), r.public
    assert not (r.public or "").endswith("…")


def test_bengali_a_theft_rumour_told_with_their_own_torn_seal_is_their_complaint() -> None:
    r = product("শুনলাম পার্সেলির লোকেরা নাকি পার্সেল খুলে জিনিস সরায়? আমার পার্সেলের সিল ছেঁড়া "
                "ছিল, একটা ঘড়ি মিসিং।", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "ভুল পণ্য" not in both(r)
    assert "সঠিক নয়" not in both(r)  # never "not true" to someone it happened to


def test_a_visit_named_as_the_brands_town_cafe_yesterday_is_not_asked_for_again() -> None:
    r = product("My son reacted to a 'nut-free' brownie from Northwind's Kallio café yesterday; "
                "the barista swore it had no nuts. We ended up in A&E.")  # fmt: skip
    assert "which café" not in both(r), r.public


def test_cod_money_held_or_unpaid_for_many_parcels_is_a_payout_with_the_id_given() -> None:
    r = product("Parcelly is holding ৳61,000 of my COD money for two weeks now. Sort it out.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)
    many = product("Seller on Parcelly here (ID S-40977). COD for 25 parcels delivered last week "
                   "still not paid. I want a manager to call me.", STRICT,
                   brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(many)
    assert "merchant ID" not in both(many)  # it's in the post


def test_an_otp_asked_every_time_is_the_logout_not_a_code_that_never_comes() -> None:
    r = product("Parcelly app signs me out whenever I switch apps, so annoying having to OTP "
                "every time.", STRICT, brand="Parcelly")  # fmt: skip
    assert "never arrives" not in both(r)
    assert "the code should go to" not in both(r)


def test_a_dm_that_got_nothing_and_an_email_that_bounced_are_not_offered_again() -> None:
    r = product("@ParcellyCare parcel PC8812003 stuck 'at hub' for a week. DM'd you on Tuesday, "
                "still nothing.", STRICT, brand="Parcelly")  # fmt: skip
    assert "Please DM" not in (r.public or ""), r.public
    bounced = product("Stamps gone from the Northwind app after an update. Support email "
                      "bounced.", source="appstore", rating=1)  # fmt: skip
    assert "Please email" not in (bounced.public or ""), bounced.public


def test_a_thread_weighing_whether_a_subscription_is_worth_its_price_flags_no_snag() -> None:
    r = product("Is the Northwind Club worth it vs grabbing bags in the café? Thinking of joining, "
                "but 27€ a month feels steep. Thoughts from subscribers?", _CLUB_FAQ,
                source="reddit")  # fmt: skip
    assert "flagging the rest" not in (r.public or "")
    assert "your own order" not in (r.public or "")


def test_pretty_sure_they_sell_your_number_is_a_privacy_claim_not_praise() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never sells customers' phone numbers", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Weird how the betting-site texts started right after my first Parcelly order. "
                "Pretty sure they sell your number.", voice, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert not THANKS.search(r.public or ""), r.public


def test_whatever_you_pay_him_is_not_enough_is_praise_for_a_rider() -> None:
    r = product("Parcelly rider Rakib carried my 20kg box up five floors with a smile. Whatever "
                "you pay him, it's not enough!", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise"
    assert not APOLOGY.search(both(r))


def test_stamps_or_a_seal_they_lost_are_no_lost_parcel() -> None:
    r = product("Love the Northwind Sidamo. But the app signs me out daily and I've lost my "
                "loyalty stamps again.")  # fmt: skip
    assert "delivery_missing" not in kinds(r)
    assert "trace" not in both(r)
    seal = product("I lost the rubber gasket from my Northwind kettle lid. Can I order just the "
                   "gasket?")  # fmt: skip
    assert "delivery_missing" not in kinds(seal)
    assert "never reached you" not in both(seal)


def test_a_part_that_arrived_cracked_is_said_back_on_the_item_it_belongs_to() -> None:
    r = product("Order NW-80112: the milk jug arrived with a chipped spout, the Colombia beans "
                "were ground for espresso when I chose AeroPress, and I was billed twice.")  # fmt: skip
    public = r.public or ""
    assert "milk jug arrived with a chipped spout" in public, public
    assert "Colombia beans arrived damaged" not in public
    assert "when you'd chosen aeropress" in public.casefold()


def test_a_sellers_several_lost_parcels_are_said_as_several_and_found_by_the_merchant_id(
) -> None:  # fmt: skip
    r = product("I sell handmade jewellery on Instagram and 4 parcels went missing with Parcelly "
                "this month. I run a small shop, this is killing me.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "4 of your parcels" in (r.public or ""), r.public
    assert "delivery address" not in both(r)
    assert "merchant ID" in both(r)


def test_a_duplicate_charge_written_as_times_two_refunds_one_charge() -> None:
    r = product("Parcelly charged my card twice for one pickup, ৳150 x2. Give my money back.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "duplicate charge of ৳150 comes back" in both(r), both(r)
    assert "৳150 x2 comes back" not in both(r)


def test_finnish_an_answer_cut_for_length_keeps_where_it_is_done() -> None:
    long = ("Voit keskeyttää Club-tilauksesi enintään kolmeksi kuukaudeksi, siirtää toimitusta, "
            "perua tilauksen tai vaihtaa sen papuja, jauhatusta, osoitetta tai toimitusväliä "
            "kohdassa Account > Subscription, ilman maksua ja ilman sitoutumisaikaa, milloin "
            "tahansa ennen seuraavaa veloitusta")  # fmt: skip
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause my Club subscription?", "topics": ["subscription"],
         "answer": "You can pause it under Account > Subscription", "translations": {"fi": long}},
    ])  # fmt: skip
    r = product("Miten Northwind Clubin saa tauolle syksyksi? En löydä sitä mistään.", voice)
    assert "Account > Subscription" in (r.public or ""), r.public
    assert not (r.public or "").endswith("…")


def test_finnish_support_that_does_not_answer_email_is_owned_beside_the_refund() -> None:
    r = product("Northwindin tilaus NW-61020 ei ole vieläkään tullut, eikä asiakaspalvelu vastaa "
                "viesteihin. Rahat takaisin.")  # fmt: skip
    assert "no_response" in kinds(r)


def test_a_strike_rumour_heard_and_asked_about_gets_no_holding_reply() -> None:
    r = product("Hearing the Parcelly riders plan to strike from Monday. Anyone know if this is "
                "real? I have 25 orders going out 😰", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert "checking with the team" not in (r.public or "")  # reads as not denying it


def test_a_buyout_rumour_gets_the_ownership_fact() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "Northwind is independent and owned by its founders", "topics": ["ownership"]},
    ])  # fmt: skip
    r = product("apparently Northwind is getting bought out by a big chain?? heard it at work",
                voice)  # fmt: skip
    assert "owned by its founders" in (r.public or ""), r.public


def test_cod_still_not_in_the_bkash_after_weeks_is_a_payout() -> None:
    r = product("COD for 9 delivered parcels, ৳12,300 in all, since 5 May still not in my bKash. "
                "Merchant ID M-7730. Emailed twice.", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)


def test_a_free_latte_asked_for_is_a_freebie_not_a_question_for_the_team() -> None:
    r = product("@northwindcoffee it's my name day 🎉 free latte?? 🥺")
    assert r.answered_as == "freebie"
    assert "checking with the team" not in (r.public or "")


def test_a_gift_card_question_is_not_answered_with_how_to_pay() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "How can I pay?", "topics": ["payment"],
         "answer": "The webshop takes cards, MobilePay and PayPal"},
    ])  # fmt: skip
    r = product("Does anyone know if Northwind sells gift cards? Looking for a present for a "
                "coffee-mad friend.", voice, source="mastodon")  # fmt: skip
    assert "MobilePay" not in (r.public or ""), r.public


def test_finnish_and_bengali_plain_faults_and_waits_in_everyday_words() -> None:
    fi = product("Northwindin vedenkeitin lopetti toimimasta kuukaudessa. Rahat takaisin.")
    assert "defect" in kinds(fi)
    fi2 = product("Tilaus NW-55102 ei ole tullut. Laitoin sähköpostia ja soitin, ei mitään "
                  "vastausta.")  # fmt: skip
    assert "no_response" in kinds(fi2)
    bn = product("আমার পার্সেল ৪ দিন ধরে 'out for delivery' দেখাচ্ছে, কেউ আসে না।", STRICT,
                 brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(bn)


def test_a_parcel_marked_not_available_while_they_waited_is_redelivered_not_bargained() -> None:
    r = product("Brilliant, the @parcellyapp rider scanned my parcel as 'recipient unavailable' "
                "while I stood at the door waiting 👏", STRICT, brand="Parcelly")  # fmt: skip
    assert "redelivered" in (r.offline or ""), r.offline
    assert "What would make this right" not in (r.offline or "")


def test_a_child_said_to_be_ok_now_is_not_hoped_to_be_all_right() -> None:
    r = product("My 8yo had an allergic reaction to a Northwind Kamppi muffin labelled nut-free. "
                "He's fine now but that was terrifying.")  # fmt: skip
    assert "glad he is OK now" in both(r), r.public
    assert "hope" not in (r.public or "")


def test_a_thread_calling_the_club_steep_gets_no_apology_for_the_price() -> None:
    r = product("Is the Northwind Club worth it? 26€ every two weeks seems steep vs buying Juhla "
                "Mokka at K-Market. For those who have it: pros/cons?", source="reddit")  # fmt: skip
    assert not APOLOGY.search(r.public or ""), r.public
    assert "put it right" not in (r.public or "")


def test_a_takeover_heard_of_through_a_friend_in_a_thread_is_a_rumour_with_the_fact() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "Northwind is independent and owned by its founders", "topics": ["ownership"]},
    ])  # fmt: skip
    r = product("Anybody else hear that Northwind got bought by a big food group? My roaster "
                "friend said it's signed already.", voice, source="reddit")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert "owned by its founders" in (r.public or ""), r.public
    assert "checking with the team" not in (r.public or "")


def test_an_amount_in_lakh_grouping_is_read_whole() -> None:
    r = product("Parcelly is sitting on my COD payout of 2,40,000tk since the 3rd. Merchant ID "
                "M-11802. Lawyer next.", STRICT, brand="Parcelly")  # fmt: skip
    assert "2,40,000tk" in both(r), r.public
    assert "40,000tk" not in both(r).replace("2,40,000tk", "")


def test_a_plain_cancellation_before_the_next_charge_is_no_failure_to_apologise_for() -> None:
    r = product("Please cancel my Parcelly Plus, hardly used it and I don't want to be billed "
                "again next month.", STRICT, brand="Parcelly")  # fmt: skip
    assert not APOLOGY.search(r.public or ""), r.public
    assert "couldn't cancel" not in both(r)


def test_a_workaround_built_for_a_missing_api_is_an_idea_not_kind_words() -> None:
    r = product("Northwind has no API for the Club so I hacked a scraper to skip deliveries when "
                "I travel. Works, but it breaks whenever they change the page. Would happily pay "
                "for a real API.", source="hackernews")  # fmt: skip
    assert "kind words" not in (r.public or ""), r.public
    assert "idea" in (r.public or "")


def test_a_two_word_brand_asked_whether_it_ships_to_a_country_it_does_not_hears_no() -> None:
    r = product("Does Parcelly Express deliver to Nepal? Asking for a friend in Pokhara.",
                _COURIER_FAQ, brand="Parcelly")  # fmt: skip
    assert "We don't deliver to Nepal" in (r.public or ""), r.public


def test_a_kettle_that_arrived_dented_with_a_lid_that_will_not_sit_is_said_back() -> None:
    r = product("Northwind order NW-60220: the kettle arrived with a dent on the side and the lid "
                "won't sit flush. I want my money back, not a replacement.")  # fmt: skip
    assert "damaged" in kinds(r)
    assert "defect" in kinds(r)
    assert "sorry to read this" not in (r.public or "")


def test_praise_that_names_the_country_names_no_branch() -> None:
    r = product("Best courier app in Bangladesh, hands down. The rider rang before coming and COD "
                "money was in my bKash in 2 days.", STRICT, source="googleplay", rating=5,
                brand="Parcelly")  # fmt: skip
    assert "in Bangladesh" not in (r.public or ""), r.public


def test_an_unreachable_scan_while_they_sat_at_home_is_said_back_with_its_words() -> None:
    r = product("Love how the Parcelly rider marked my parcel 'recipient unreachable' while I sat "
                "at home all evening 👏👏", STRICT, brand="Parcelly")  # fmt: skip
    assert "recipient unreachable" in (r.public or ""), r.public


_CONDUCT_RULE = voice_with(STRICT, facts=[
    {"text": "Couriers must not take any cash beyond the price on your receipt, tips included",
     "topics": ["tips"],
     "translations": {"bn": "কুরিয়াররা রসিদের দামের বাইরে কোনো টাকা নিতে পারেন না, বখশিশও না"}},
    {"text": "each parcel is sealed at collection, and we reimburse its declared value if it is "
     "lost or tampered with while in our hands", "topics": ["theft"]},
])  # fmt: skip


def test_is_this_your_policy_about_what_a_rider_did_is_a_question_answered_by_the_rule() -> None:
    r = product("The Parcelly courier wanted 80tk extra as a 'tip' or he would not hand me the "
                "box. Is this seriously your policy these days?", _CONDUCT_RULE,
                brand="Parcelly")  # fmt: skip
    assert "policy" not in kinds(r)  # the question is not a grievance about a policy
    assert "left you worse off" not in both(r)
    assert "people who own that policy" not in both(r)
    assert "must not take any cash" in (r.public or ""), r.public
    assert "must not take any cash" in (r.offline or "")
    # without a rule configured nothing is claimed about what the policy is
    bare = product("The Parcelly courier wanted 80tk extra as a 'tip' or he would not hand me "
                   "the box. Is this seriously your policy these days?", STRICT,
                   brand="Parcelly")  # fmt: skip
    assert "must not" not in both(bare)
    assert "policy" not in kinds(bare)


def test_a_bengali_tip_demanded_by_a_rider_hears_the_rule_in_bengali() -> None:
    r = product("পার্সেলির ডেলিভারি ম্যান ৬০ টাকা বখশিশ চেয়েছে, না দিলে পার্সেল দিবে না বলেছে।",
                _CONDUCT_RULE, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "বখশিশও না" in (r.offline or ""), r.offline


def test_a_rule_that_only_rebuts_a_rumour_is_not_said_to_a_complaint_it_touches() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "the Gulshan hub passed its latest fire-safety inspection", "topics": ["hygiene"]},
    ])  # fmt: skip
    r = product("The Parcelly Gulshan hub counter is filthy and the staff ignored me for 20 "
                "minutes.", voice, brand="Parcelly")  # fmt: skip
    assert "inspection" not in both(r)


def test_a_parcel_lost_for_weeks_hears_the_configured_remedy_for_lost_parcels() -> None:
    r = product("@ParcellyCare you lost my camera, tracking PL-4410293, sent 19 days ago. "
                "Declared value 60,000tk. Four calls and nothing.", _CONDUCT_RULE,
                brand="Parcelly")  # fmt: skip
    assert "we reimburse its declared value" in (r.offline or ""), r.offline
    # a parcel only running late is not told what we pay when one is lost
    late = product("@ParcellyCare tracking PL-4410293 is two days late, any update?",
                   _CONDUCT_RULE, brand="Parcelly")  # fmt: skip
    assert "declared value" not in both(late)


def test_a_spare_part_asked_for_after_their_own_accident_is_not_sold_as_warranty() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "What about warranty?", "answer": "Every brewer carries a two-year "
         "warranty, and we stock spare parts such as carafes and filters"},
    ])  # fmt: skip
    r = product("Knocked my Northwind brewer off the counter, my own clumsiness. Could I order "
                "just a replacement carafe rather than a whole new brewer?", voice)  # fmt: skip
    assert r.answered_as == "question"
    assert "warranty" not in (r.public or ""), r.public
    assert "carafe" in (r.public or "")
    assert "checking with the team" not in (r.public or "")
    asked = product("Do you stock spare filters for the Northwind brewer?", voice)
    assert "filter" in (asked.public or ""), asked.public
    assert "checking with the team" not in (asked.public or "")


def test_a_privacy_claim_with_the_calls_that_followed_is_not_called_inaccurate() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never passes customers' phone numbers to marketers", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("wait does Parcelly share our phone numbers with marketers?? received two "
                "loan-app texts the same evening my parcel came", voice,
                brand="Parcelly")  # fmt: skip
    assert "isn't accurate" not in both(r), r.public
    assert "never passes customers' phone numbers" in (r.public or "")


def test_a_bengali_claim_of_parcels_opened_by_riders_is_not_called_untrue() -> None:
    r = product("শুনেছি পার্সেলির লোকেরা প্যাকেট খুলে ভালো জিনিস রেখে দেয়, আমার কাজিনের ঘড়ির বক্স খালি "
                "এসেছে। এটা কি সত্যি?", _CONDUCT_RULE, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "rumour"
    assert r.public is not None
    assert "সঠিক নয়" not in both(r), r.public


def test_a_sellers_many_parcels_held_at_a_hub_are_said_as_many() -> None:
    r = product("I sell shoes online through Parcelly. 9 parcels stuck in the Mirpur hub since "
                "Tuesday and buyers are asking for refunds. Sort it out.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "9 of your parcels" in (r.public or ""), r.public
    assert "your order" not in both(r)
    assert "trace them" in (r.offline or "") or "trace them" in (r.public or "")


def test_a_sellers_parcels_marked_address_not_found_were_meant_for_their_customers() -> None:
    r = product("Two of my parcels came back marked 'address incomplete' today, same buyer "
                "address you delivered to last month. I run a small bakery page and this hurts. "
                "@ParcellyCare", STRICT, brand="Parcelly")  # fmt: skip
    text = both(r)
    assert "two of your parcels were marked" in text, r.public
    assert "instead of reaching your customers" in text


def test_a_cancellation_from_a_bare_month_keeps_the_month() -> None:
    r = product("Could you cancel my Northwind Club subscription from June? Off travelling for a "
                "year. Loved every bag!")  # fmt: skip
    assert "from June" in (r.public or ""), r.public
    # a month that is not a cancellation's date is not said as one
    other = product("Cancel my Northwind Club please, the May bag was stale.")
    assert "from May" not in both(other)


def test_a_fee_they_want_removed_is_an_ask_for_the_fee_back() -> None:
    r = product("@ParcellyCare the courier never showed but I was billed a ৳40 failed-delivery "
                "charge. I need that charge reversed.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.asked(AskKind.FEE_BACK), r.reading.asks


def test_where_they_were_is_said_once_across_two_problems() -> None:
    r = product("Parcelly marked my parcel 'recipient not available' and I was at home the whole "
                "day!! Now there's a ৳70 redelivery fee on top. Tracking PX-5520117.", STRICT,
                brand="Parcelly")  # fmt: skip
    text = r.public or ""
    assert "redelivery fee" in text, text
    assert text.count("though you were") == 1, text
    # a fee billed "to redeliver" is a redelivery fee, not "something went wrong with your payment"
    billed = product("Parcelly rider scanned my parcel as 'receiver not reachable' while I was in "
                     "all afternoon, and then the app billed me ৳60 to redeliver. Tracking "
                     "PX-5520117.", STRICT, brand="Parcelly")  # fmt: skip
    assert "redelivery fee" in (billed.public or ""), billed.public


def test_praise_kept_for_the_rest_of_a_product_with_a_broken_part_is_not_sarcasm() -> None:
    r = product("My Northwind kettle (NW-50311) arrived with the spout bent. Please send a new "
                "one, not a refund. Brilliant kettle apart from that.")  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert "fed up" not in (r.public or "")
    assert "if you want one" not in (r.public or ""), r.public
    assert "replacement" in (r.public or "")


_API_FAQ = voice_with(STRICT, faq=[
    {"question": "Is there an API?", "answer": "Merchants get a REST API with order and status "
     "callbacks; keys are in the merchant dashboard", "topics": ["developer"]},
])  # fmt: skip


def test_an_api_fault_reported_in_a_thread_is_heard_not_answered_with_the_faq() -> None:
    r = product("Question for anyone running Parcelly's API in production: the status "
                "callbacks fire twice for the same parcel, sometimes an hour apart. No dedupe id "
                "in the payload. Anyone else?", _API_FAQ, source="hackernews",
                brand="Parcelly")  # fmt: skip
    assert "app_bug" in kinds(r)
    assert "REST API with order and status callbacks" not in (r.public or ""), r.public
    assert "passed what you found" in (r.public or "")


def test_how_an_api_holds_up_in_practice_is_left_to_its_users() -> None:
    r = product("Ask HN: Parcelly's merchant API has status callbacks, but how reliable are they "
                "in the real world? Choosing a courier for our shop.", _API_FAQ,
                source="hackernews", brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "people using it" in public, public
    assert "For reference" in public


def test_a_threads_can_you_pause_it_is_answered_from_the_faq() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause my Northwind Club?", "answer": "You can pause the Club for up "
         "to two months in your account", "topics": ["subscription"]},
    ])  # fmt: skip
    r = product("r/finlandcoffee: Northwind Club worth the money? Pros and cons? Can you pause it "
                "over the summer?", voice, source="reddit")  # fmt: skip
    assert "pause the Club for up to two months" in (r.public or ""), r.public
    assert "asking the people who work on this" not in (r.public or "")


def test_a_finnish_health_rumour_too_long_to_thank_keeps_what_follows_the_thanks() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "the Turku café passed its latest health inspection", "topics": ["hygiene"],
         "translations": {"fi": "Turun kahvila läpäisi viimeisimmän terveystarkastuksensa, ja "
                          "raportti on luettavissa kaupungin elintarvikevalvonnan sivuilla "
                          "kenen tahansa tarkistettavaksi"}},
    ])  # fmt: skip
    r = product("Kaveri sanoi että Northwindin Turun kahvila suljettiin terveystarkastuksessa "
                "löytyneiden hiirten takia, pitääkö paikkansa?", voice)  # fmt: skip
    public = r.public or ""
    assert "Kiitos. " not in public, public
    assert "Turun kahvila läpäisi" in public


def test_a_subscription_late_for_the_second_month_running_is_a_repeat_found_by_the_account() -> (
    None
):
    r = product("Northwind Club box late again?? Second month in a row it turns up a week after "
                "the date. Not impressed.")  # fmt: skip
    assert r.reading.facts.repeat, r.reading.facts
    public = r.public or ""
    assert "second time" in public, public
    assert "email on your account" in public
    assert "order number" not in public


def test_a_finnish_order_still_in_transit_is_a_late_order() -> None:
    r = product("Tilasin vedenkeittimen Northwindiltä kaksi viikkoa sitten ja seuranta näyttää "
                "yhä \"matkalla\". Rahat takaisin, kiitos.")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)


def test_a_bengali_review_of_an_app_that_crashes_names_the_app_fault() -> None:
    r = product("app open korlei crash, পার্সেলির অ্যাপ দুই দিন ধরে crash করছে, tracking দেখতে "
                "পারছি না", STRICT, source="googleplay", rating=1, brand="Parcelly")  # fmt: skip
    assert "app_bug" in kinds(r), kinds(r)


def test_a_finnish_crash_and_stamps_lost_in_another_sentence_are_both_said() -> None:
    r = product("Sovellus kaatuu heti kun avaan leimakortin. 6 leimaa hävis päivityksessä.",
                source="googleplay", rating=1)  # fmt: skip
    public = r.public or ""
    assert "kaatuu" in public, public
    assert "leima" in public


def test_a_status_stuck_after_the_parcel_came_is_said_back_as_that() -> None:
    r = product("Great rider, friendly and on time. Only thing: the Parcelly app still has my "
                "parcel as 'out for delivery' a week after I received it.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "app_bug" in kinds(r)
    assert "still shows your parcel as “out for delivery”" in (r.public or ""), r.public


def test_an_allergy_reaction_after_a_milk_mix_up_names_the_mix_up() -> None:
    r = product("Asked for soy milk in my flat white at Northwind Kallio this morning, the "
                "barista used regular milk. I'm allergic and had hives within the hour.")  # fmt: skip
    public = r.public or ""
    assert "asked for soy milk, got regular milk" in public, public
    assert "order number" not in both(r)  # a café visit is found by when and where
    assert "people responsible for that product" not in (r.offline or "")


def test_an_allergy_reaction_after_being_told_it_was_free_of_the_allergen_says_so() -> None:
    r = product("Northwind Tampere staff assured me the brownie had no nuts. My son reacted "
                "within minutes and needed his EpiPen.")  # fmt: skip
    public = r.public or ""
    assert "you were told had no nuts" in public, public
    assert "worried" not in public


def test_a_thread_listing_four_failures_hears_all_four_where_there_is_room() -> None:
    r = product("Northwind Club rant: the box came a week late, the coffee was ground though I "
                "pay for whole bean, the bag was split open, and it tasted stale. Anyone else?",
                source="reddit")  # fmt: skip
    public = r.public or ""
    assert "wrong_item" in kinds(r)
    assert "whole beans" in public, public


def test_finnish_praise_for_several_baristas_is_passed_to_them_all() -> None:
    r = product("Northwindin Kampin baristat on ihania, aina iloisia ja latte täydellistä. "
                "Kiitos!")  # fmt: skip
    assert "sille, jota kehuit" not in (r.public or ""), r.public
    assert "heille" in (r.public or "")


_OWNED = voice_with(FULL, facts=[
    {"text": "Northwind is owned by the two people who founded it and is not for sale",
     "topics": ["ownership"],
     "translations": {"fi": "Northwind on perustajiensa omistama, eikä sitä myydä"}},
])  # fmt: skip


def test_a_takeover_asked_about_as_a_question_gets_the_fact_not_a_holding_line() -> None:
    r = product("hold on, is Northwind actually getting bought by Paulig?? my cousin swears "
                "it's a done deal", _OWNED)  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "not for sale" in (r.public or ""), r.public
    assert "checking with the team" not in (r.public or "")
    fi = product("Kuulin että Northwind ostettiin jollekin ketjulle, pitääkö paikkansa?", _OWNED)
    assert "eikä sitä myydä" in (fi.public or ""), fi.public
    # a plain question the FAQ does not answer, with no claim in it, still goes to a person
    plain = product("Is Northwind open on Easter Monday?", _OWNED)
    assert plain.answered_as == "question"


def test_a_bengali_number_selling_rumour_with_the_calls_it_brought_is_not_called_untrue() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never gives customers' phone numbers to anyone outside the delivery",
         "topics": ["privacy"],
         "translations": {"bn": "পার্সেলি কখনও গ্রাহকের ফোন নম্বর ডেলিভারির বাইরে কাউকে দেয় না"}},
    ])  # fmt: skip
    r = product("শুনেছি পার্সেলি নাকি ফোন নাম্বার বিক্রি করে, এজন্যই রোজ এত spam কল আসে। সত্যি?",
                voice, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "ডেলিভারির বাইরে কাউকে দেয় না" in (r.public or ""), r.public
    assert "সঠিক নয়" not in (r.public or "")


def test_cash_demanded_at_the_door_and_is_this_allowed_is_a_complaint_answered_by_the_rule() -> (
    None
):
    r = product("The Parcelly delivery guy wouldn't hand over my box unless I paid 80tk more "
                "for 'fuel'. Is that even allowed? @ParcellyCare", _CONDUCT_RULE,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "billing" in kinds(r)
    assert "something went wrong with your payment" not in both(r)
    assert "To your question: Couriers must not take any cash" in (r.offline or ""), r.offline


def test_a_parcel_with_its_seal_cut_and_items_gone_is_heard_with_the_remedy() -> None:
    r = product("@ParcellyCare my parcel PL-5521904 came with the seal cut and taped back, 3 of "
                "the 5 lipsticks missing. Seller swears it was sealed. What now?", _CONDUCT_RULE,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert "seal cut and taped back" in public, public
    assert "3 of the 5 lipsticks were missing" in public
    assert "reimburse its declared value" in (r.offline or "")


def test_a_part_they_lost_themselves_is_a_question_for_a_spare_not_a_lost_parcel() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Do you sell spare parts?", "answer": "We stock spare parts for our "
         "kettles and grinders, such as lids, seals and hoppers", "topics": ["returns"]},
    ])  # fmt: skip
    r = product("@NorthwindHelp misplaced... no, honestly lost the lid of my Northwind kettle "
                "when we moved flats. Kettle is fine otherwise. Can I buy just a lid?",
                voice)  # fmt: skip
    assert "delivery_missing" not in kinds(r)
    assert r.answered_as == "question", r.answered_as
    assert "just the lid" in (r.public or ""), r.public
    spare = product("lost the rubber seal from my Northwind grinder hopper (had it since 2023). "
                    "any way to get a spare one?", voice)  # fmt: skip
    assert "delivery_late" not in kinds(spare)
    assert "seal" in (spare.public or ""), spare.public


def test_a_cracked_part_named_after_the_product_name_and_a_double_charge_are_said_right() -> None:
    r = product("Unboxed my Northwind burr grinder. Hopper lid cracked, and two €4.50 shipping "
                "charges on my statement for one order. Money back please, not a replacement. "
                "Order NW-61007")  # fmt: skip
    public = r.public or ""
    assert "burr of your grinder" not in public, public
    assert "hopper lid" in public
    assert "charged 50 shipping charges" not in public
    assert "refund you in full" in (r.offline or ""), r.offline


def test_a_parcel_chased_by_email_and_an_unanswered_dm_is_answered_in_the_dms() -> None:
    r = product("Order NW-70211 placed 2 May, tracking frozen since the 4th. Emailed help@ twice "
                "and DMed @NorthwindHelp yesterday, zero reply. Poor.")  # fmt: skip
    public = r.public or ""
    assert "Please DM" not in public, public
    assert "answer your DMs" in public
    assert "or email" not in public  # the emails went unanswered too


def test_a_pickup_the_rider_cancelled_without_coming_is_said_back_as_that() -> None:
    r = product("Third time this month a Parcelly rider cancelled my pickup without ever coming. "
                "My buyers are waiting. @ParcellyCare", STRICT, brand="Parcelly")  # fmt: skip
    assert "cancelled your pickup without coming" in (r.public or ""), r.public


def test_a_wait_the_hotline_told_them_about_is_no_queue_they_stood_in() -> None:
    r = product("Parcel PCL-5512093 shows delivered, I never got it. Hotline twice told me 'wait "
                "48 hours'. Nothing.", STRICT, brand="Parcelly")  # fmt: skip
    assert "wait" not in kinds(r), kinds(r)


def test_praise_and_a_checkout_that_failed_with_their_card_is_mixed_and_said_back() -> None:
    r = product("The Kenya AA from Northwind is the nicest coffee I've had in years. But checkout "
                "kept failing twice with my Mastercard before the order went in.")  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert "app_bug" in kinds(r)
    assert "failed at checkout twice with your Mastercard" in (r.public or ""), r.public


def test_payouts_that_have_been_slow_in_a_comparison_thread_are_heard_as_slow() -> None:
    r = product("Which courier for a small FB shop? Parcelly's COD payouts have been really slow "
                "for me, 6 days instead of the 2 promised. What are you all using?", STRICT,
                source="reddit", brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r), kinds(r)
    assert "6 days instead of 2" in (r.public or ""), r.public
    assert "within two working days" not in (r.public or "")


def test_a_finnish_phone_queue_is_no_cafe_visit_and_a_named_cafe_visit_asks_no_place() -> None:
    r = product("Tilaus NW-30020 ei ole tullut kahteen viikkoon. Puhelimessa pelkkää jonoa. Rahat "
                "takaisin.")  # fmt: skip
    assert "wait" not in kinds(r), kinds(r)
    assert "käyntisi" not in both(r)
    cafe = product("Northwindin Kallion kahvilassa tänään likaiset kupit ja lattia tahmea. Ei "
                   "kiva.")  # fmt: skip
    assert "päivä ja paikka" not in both(cafe), cafe.public


def test_a_subscription_charged_a_week_after_it_was_cancelled_is_said_back_with_its_amount() -> (
    None
):
    r = product("Great, @northwindcoffee took €32 for the Club on the 3rd, ten days after I "
                "cancelled. Want it back.")  # fmt: skip
    assert "billing" in kinds(r), kinds(r)
    assert "charged €32 for your Club after you cancelled it" in (r.public or ""), r.public


def test_a_parcel_billed_at_a_heavier_weight_is_said_back_by_its_weights() -> None:
    r = product("Parcelly billed me for 3kg when the parcel was only 800g. Check your scales.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "charged for 3kg though your parcel was only 800g" in (r.public or ""), r.public


def test_a_reaction_after_food_labelled_free_of_the_allergen_says_so_and_relief_is_no_cheer() -> (
    None
):
    r = product("Got a muffin at Northwind Kallio labelled gluten-free, it wasn't. My daughter "
                "is coeliac and was sick all night. She's okay now but this is dangerous.")  # fmt: skip
    public = r.public or ""
    assert "labelled gluten-free" in public, public
    assert r.public_check is not None
    assert "thanks or praise in a reply to a complaint" not in r.public_check.problems


def test_a_reaction_after_staff_said_it_was_fine_when_asked_says_so() -> None:
    r = product("My 6yo reacted to the brownie at Northwind Tampere. We asked about nuts and the "
                "barista said it was safe. We spent the evening in A&E.")  # fmt: skip
    public = r.public or ""
    assert "staff said was fine when you asked about nuts" in public, public
    assert "6-year-old" in public


def test_a_share_of_the_beans_is_no_third_time() -> None:
    r = product("Lovely Kenya roast, but the bag came torn and roughly a third of the beans were "
                "loose in the parcel. Order NW-44120")  # fmt: skip
    assert "third time" not in both(r), r.public
    assert not r.reading.facts.repeat


def test_a_bengali_is_this_your_rule_gets_the_rule_in_public() -> None:
    r = product("পার্সেলির রাইডার ৭০ টাকা বখশিশ চাইলো, না দিলে পার্সেল দেবে না। এটা কি আপনাদের নিয়ম?",
                _CONDUCT_RULE, brand="Parcelly")  # fmt: skip
    assert "কুরিয়াররা রসিদের দামের বাইরে কোনো টাকা নিতে পারেন না" in (r.public or ""), r.public


def test_a_courier_asks_for_the_tracking_number_not_an_order_number() -> None:
    voice = voice_with(STRICT, delivers_itself=True)
    r = product("@ParcellyCare parcel still not here after 6 days, nobody answers the hotline",
                voice, brand="Parcelly")  # fmt: skip
    assert "order number" not in both(r), r.public
    assert "tracking number" in both(r)


def test_give_my_money_back_is_an_ask_and_a_rude_rider_is_found_by_the_delivery() -> None:
    r = product("Parcelly billed me a ৳40 failed-delivery fee, nobody came. Give my 40 taka back.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.asks, r.reading.asks
    rude = product("Parcelly rider was rude and threw my box at the door, and the app still says "
                   "'in transit'.", STRICT, brand="Parcelly")  # fmt: skip
    assert "which place it was" not in both(rude), rude.public


def test_a_phone_number_given_masked_is_not_asked_for_again() -> None:
    r = product("@ParcellyCare a week of copy paste answers about parcel PRC-551200. I want "
                "someone senior to call me. 01819-XXXXXX", STRICT, brand="Parcelly")  # fmt: skip
    assert "number to call you on" not in both(r), r.public
    assert "no_response" in kinds(r)


def test_stamps_lost_beside_an_app_that_logs_out_are_said_too() -> None:
    r = product("Great coffee from Northwind as always. But the app keeps logging me out and I "
                "lose my points every time?")  # fmt: skip
    assert "loses your points" in (r.public or ""), r.public


def test_a_legal_deadline_is_the_day_they_hear_by_and_compensation_is_an_ask() -> None:
    r = product("Parcelly lost my camera (PL-7710042) and after a month of excuses I want to be "
                "compensated by the end of this week or my lawyer takes over.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.asks, r.reading.asks
    offline = r.offline or ""
    assert "before the end of this week" in offline, offline
    assert "check in with you on" not in offline
    assert "open a trace" not in offline  # chased for a month already: a decision, not a trace


def test_a_finnish_charge_after_a_failed_cancellation_keeps_the_refund_and_the_cancel() -> None:
    r = product("Yritin lopettaa Clubin sovelluksessa mutta tuli virhe, ja nyt veloittivat taas "
                "19,90 €. Haluan rahat takaisin ja jäsenyyden lopetetuksi.")  # fmt: skip
    assert r.reading.asked(AskKind.CANCEL), r.reading.asks
    public = r.public or ""
    assert "palautetaan" in public, public
    assert "Peruutan" in public
    assert "ennenkin" not in both(r)  # "veloittivat taas" is one more charge, not a repeat


def test_a_finnish_cancellation_from_a_month_keeps_the_month_and_reads_plainly() -> None:
    r = product("Hei @NorthwindHelp, voisitteko perua Club-tilaukseni heinäkuun alusta? Kiitos!")
    public = r.public or ""
    assert "heinäkuun alusta" in public, public
    assert "peruutan sen ja vahvistan sen" not in both(r)


def test_a_finnish_lukewarm_latte_and_a_sarcastic_locked_door_are_said_in_their_words() -> None:
    r = product("Northwindin Kallion kahvilassa latte oli taas haalea ja jono pitkä.")
    assert "haaleaa" in (r.public or ""), r.public
    door = product("Kiva kun Northwind Kamppi aukeaa 'klo 8' mutta ovet oli vielä 8.20 lukossa. "
                   "Kiitti vaan 🙃")  # fmt: skip
    assert "näin kävi" not in both(door), door.public
    assert "ovet oli vielä 8.20 lukossa" in (door.public or "")


def test_an_order_of_their_own_told_without_an_i_is_no_rumour_for_an_apparently() -> None:
    r = product("@NorthwindHelp ordered the Kenya beans on April 2nd, order NW-61200, tracking "
                "frozen for 8 days. Emailed twice, zero answer. €24 for beans that apparently "
                "dont exist.")  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert r.answered_as == "complaint"
    assert "second time" not in both(r)  # "April 2nd" is a date, not a second order
    assert r.public is not None


def test_is_this_normal_about_a_dirty_cafe_is_not_answered_with_an_inspection_result() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "the Turku café passed its latest health inspection", "topics": ["hygiene"]},
    ])  # fmt: skip
    r = product("Northwind Turku café: sticky tables and a filthy floor again. Is this normal??",
                voice)  # fmt: skip
    assert "inspection" not in both(r), r.offline


def test_a_bengali_merchants_cod_money_held_with_its_amount_is_a_payout_not_a_question() -> None:
    r = product("আমি মার্চেন্ট, পার্সেলি আমার COD এর ৮,৫০০ টাকা ১২ দিন ধরে আটকে রাখছে। টাকা কবে পাবো?",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r), kinds(r)
    assert r.answered_as == "complaint"


def test_a_bengali_tip_demand_told_today_with_a_threat_is_lived_not_a_rumour() -> None:
    r = product("আজকে পার্সেলির রাইডার ৩০ টাকা বকশিশ চাইল, না দিলে নাকি পরের বার দেরি হবে। এটা কি নিয়ম?",
                _CONDUCT_RULE, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "billing" in kinds(r)
    assert "delivery_late" not in kinds(r)  # "next time it'll be late" is a threat, not a delay
    assert "সঠিক নয়" not in both(r)


def test_a_child_said_back_by_age_passes_the_self_check() -> None:
    r = product("My 7yo reacted to the cookie at Northwind Kamppi today, we asked about nuts "
                "and were told it was safe. Spent the evening in A&E.")  # fmt: skip
    assert "7-year-old" in (r.public or ""), r.public
    assert r.public_check is not None
    assert not any("7-year-old" in p for p in r.public_check.problems), r.public_check


def test_an_order_with_still_nothing_behind_unanswered_emails_is_said_as_late_first() -> None:
    r = product("@NorthwindHelp order NW-44021 placed on the 2nd, it's the 15th and still "
                "nothing. Two emails, no answer.")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    assert "NW-44021" in (r.public or ""), r.public
    later = product("Bought the Kenya beans from Northwind, order NW-44022. 10 days later, "
                    "nothing. Chat bot useless.")  # fmt: skip
    assert "delivery_late" in kinds(later), kinds(later)


def test_a_parcel_at_the_hub_for_days_is_late_in_english_and_bengali() -> None:
    r = product("@ParcellyCare my parcel has been 'at hub' for 6 days now, and your agents keep "
                "sending copy paste answers.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    bn = product("পার্সেলি, আমার পার্সেল ৫ দিন ধরে হাবে পড়ে আছে, কেউ কিছু বলছে না।", STRICT,
                 brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(bn), kinds(bn)


def test_fondness_kept_beside_a_broken_part_is_not_sarcasm() -> None:
    r = product("@northwindcoffee the handle on my Northwind pour-over kettle cracked (had it a "
                "year, still love it). Can I order just a new handle?")  # fmt: skip
    assert r.reading.sarcasm.value == "no", r.reading.sarcasm
    assert "fed up" not in (r.public or ""), r.public


def test_a_counter_card_that_said_nut_free_and_a_named_branch_are_heard() -> None:
    r = product("My son reacted to a muffin from Northwind Kallio on Sunday. The card at the "
                "counter said nut-free. We spent the night in A&E.")  # fmt: skip
    public = r.public or ""
    assert "labelled nut-free" in public, public
    assert "which café" not in both(r)


def test_a_strike_claim_is_not_answered_with_opening_hours() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "When are your cafés open?", "answer": "Our cafés are open 8-18 every day",
         "topics": ["hours"]},
    ])  # fmt: skip
    r = product("A friend says the Northwind baristas walk out on strike on Monday. Will the "
                "cafés even be open?", voice, source="reddit")  # fmt: skip
    assert "open 8-18" not in both(r), r.public


def test_a_bengali_must_pay_extra_is_a_charge_and_policy_asks_the_rule() -> None:
    r = product("পার্সেলির রাইডার বলে ৪০ টাকা extra দিতে হবে, না দিলে পার্সেল দিবে না। এটা কি আপনাদের policy?",
                _CONDUCT_RULE, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "কুরিয়াররা রসিদের দামের বাইরে কোনো টাকা নিতে পারেন না" in (r.public or ""), r.public


def test_everyone_says_riders_take_things_out_of_parcels_is_a_claim_answered_with_the_rule() -> (
    None
):
    r = product("Everyone on my street says Parcelly riders open the parcels and take things out. "
                "Done with them.", _CONDUCT_RULE, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "sealed at collection" in (r.public or ""), r.public


def test_a_parcel_by_its_number_stuck_at_a_hub_is_lived_not_hearsay() -> None:
    r = product("THIRD time posting. Parcel PX-55120 stuck at Uttara hub for 8 days. Called 3 "
                "times, they say 'tomorrow' every time.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "delivery_late" in kinds(r)


def test_a_finnish_oat_or_soy_milk_question_finds_the_diet_entry() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Do you have plant milk?", "answer": "All our cafés have oat and soy milk",
         "topics": ["diet"], "translations": {"fi": "Kaikissa kahviloissamme on kaura- ja "
                                                    "soijamaitoa"}},
    ])  # fmt: skip
    r = product("Onko Northwindin kahviloissa kaura- tai soijamaitoa?", voice)
    assert "kaura- ja soijamaitoa" in (r.public or ""), r.public


def test_a_two_word_part_their_child_broke_finds_the_faq_by_its_first_word() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Spare parts?", "answer": "We stock spare lids and seals for our kettles",
         "topics": ["returns"]},
    ])  # fmt: skip
    r = product("the lid hinge on my Northwind kettle snapped, my kid dropped it. can I get just "
                "a replacement lid?", voice)  # fmt: skip
    assert "just the lid" in (r.public or ""), r.public


def test_whole_beans_for_a_ground_subscription_and_two_charges_are_said_plainly() -> None:
    r = product("Northwind Club box: beans came whole though my sub is set to filter grind, and "
                "there are two charges of €19.90 on my card.")  # fmt: skip
    public = r.public or ""
    assert "came whole when you'd chosen filter grind" in public, public
    assert "two charges" not in public
    assert "charged twice" in public


def test_a_month_a_thing_was_bought_in_is_no_cafe_visit() -> None:
    r = product("My Northwind grinder (bought in Jan) stopped working after a week. I want a "
                "refund, not another one.")  # fmt: skip
    assert "date of your visit" not in both(r), r.public
    assert "order number" in both(r)


def test_a_rider_who_did_not_show_for_a_pickup_is_said_back_and_finnish_silence_is_late() -> None:
    r = product("Again @ParcellyCare your rider didn't show up for the pickup at my shop. "
                "Customers are waiting.", STRICT, brand="Parcelly")  # fmt: skip
    assert "didn't come for your pickup" in (r.public or ""), r.public
    fi = product("Tilasin Northwindiltä 2.3. (tilaus NW-50021) eikä tilauksesta kuulu mitään.")
    assert "delivery_late" in kinds(fi), kinds(fi)


def test_a_thread_asking_if_a_named_product_is_worth_it_gets_how_it_works() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "How does the Roaster Box work?", "answer": "The Roaster Box brings two "
         "bags every month; skip or cancel any time with no fee"},
        {"question": "Where do you ship?", "answer": "We ship to Finland and Sweden"},
    ])  # fmt: skip
    r = product("Is the Northwind Roaster Box worth it? 30€ a month seems a lot. Thoughts?",
                voice, source="reddit")  # fmt: skip
    assert "skip or cancel any time" in (r.public or ""), r.public
    assert "asking the people who work on this" not in (r.public or "")


def test_a_late_order_told_beside_unanswered_messages_is_traced_not_only_apologised_for() -> None:
    r = product("@NorthwindHelp order NW-60412 went in on 2 March, today is the 19th and still "
                "nothing. Two emails to support, no answer to either.")  # fmt: skip
    assert {"delivery_late", "no_response"} <= kinds(r), kinds(r)
    assert "NW-60412" in (r.public or ""), r.public
    assert "trace" in (r.offline or ""), r.offline
    bn = product("১০ দিন আগে পার্সেল বুক করলাম, ট্র্যাকিং এ এখনো 'at hub'। PX-88120। হেল্পলাইনে "
                 "ফোন করলে কেউ ধরে না।", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(bn), kinds(bn)
    # a courier's customer has a parcel, and how long it has been comes first, in words
    assert "১০ দিন হয়ে গেলেও" in (bn.public or ""), bn.public
    assert "অর্ডার" not in (bn.public or "")
    # a refund they wait for is no late order, and neither is one that came
    refund = product("Asked for a refund on order NW-60413 twelve days ago, still nothing, and "
                     "nobody answers my emails.")  # fmt: skip
    assert "delivery_late" not in kinds(refund), kinds(refund)
    came = product("Order NW-60414 finally arrived after 3 weeks, and nobody ever answered my "
                   "emails about it.")  # fmt: skip
    assert "came late" in (came.public or ""), came.public
    assert "trace" not in (came.offline or ""), came.offline


def test_a_bengali_rider_asking_extra_cash_with_a_hearsay_word_is_a_complaint() -> None:
    r = product("রাইডার পার্সেল দিতে এসে ৪০ টাকা বাড়তি নিলো, বললো এটা নাকি নতুন নিয়ম। অ্যাপে ৮০ "
                "টাকা লেখা ছিল। টাকা ফেরত চাই।", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert "সঠিক নয়" not in both(r)  # their own evening is not called untrue
    # the same word in a rumour passed on stays a rumour
    rumour = product("শুনলাম পার্সেলি নাকি সব রাইডারদের বাড়তি টাকা নিতে বলে? সত্যি?", STRICT,
                     brand="Parcelly")  # fmt: skip
    assert rumour.reading.stance.value == "rumour", rumour.reading.stance


def test_a_finnish_barista_who_snapped_at_them_is_a_staff_complaint_with_the_visit_known() -> None:
    r = product("Northwindin Kampin kahvilan barista tiuskaisi minulle, kun pyysin kauramaitoa. "
                "Perjantaina iltapäivällä. En tule enää.")  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert "staff" in kinds(r)
    assert "tiuskaisi" in (r.public or ""), r.public
    assert "päivä ja paikka" not in both(r)  # the café and the day are in the post


def test_a_thread_weighing_the_brand_itself_gets_no_club_faq_and_no_apology() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "every Northwind bean is bought directly from the farms named on the bag",
         "topics": ["sourcing"]},
    ])  # fmt: skip
    r = product("Is Northwind Coffee really worth it? 16€ a bag is a lot next to supermarket "
                "beans. Those of you who have the Club subscription, can you taste it?", voice,
                source="reddit")  # fmt: skip
    public = r.public or ""
    assert r.reading.speaker.value == "community"
    assert "not neutral" in public, public
    assert "bought directly from the farms" in public
    assert not APOLOGY.search(public), public
    assert "pause" not in public.casefold()


def test_praise_for_a_named_rider_is_praise_and_passed_to_them_by_name() -> None:
    r = product("Parcelly rider Karim carried my fridge box up five floors with no lift and never "
                "stopped smiling. Give this guy a raise!", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise", r.reading.stance
    assert "Karim" in (r.public or ""), r.public
    assert not APOLOGY.search(r.public or "")
    short = product("Parcelly rider (Sumon I think) got my parcel here dry through a storm. "
                    "Respect 🙏", STRICT, brand="Parcelly")  # fmt: skip
    assert short.reading.stance.value == "praise", short.reading.stance
    assert "Sumon" in (short.public or ""), short.public


def test_weeks_of_the_same_holding_line_are_said_back_and_a_lost_parcel_is_not_admitted() -> None:
    r = product("@ParcellyCare my camera parcel PX-77120 vanished. 4 weeks of 'we are looking "
                "into it' and nothing else. My lawyer hears about it Monday.", STRICT,
                brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "4 weeks of “we are looking into it”" in public, public
    assert "has been lost" not in public
    other = product("Parcelly lost my tablet (PX-77121) and after 2 weeks all I get is 'being "
                    "investigated'.", STRICT, brand="Parcelly")  # fmt: skip
    assert "“being investigated”" in (other.public or ""), other.public
    assert "still hasn't been found after 2 weeks" in (other.public or "")


def test_an_allergen_served_as_safe_gets_the_check_the_call_and_no_visit_date_asked() -> None:
    r = product("My wife is allergic to gluten. She asked at the Northwind café in Turku whether "
                "the brownie was gluten free and the barista said yes. She's been sick for hours "
                "and we're at the hospital now.")  # fmt: skip
    both_drafts = both(r)
    assert "you were told was gluten-free" in (r.public or ""), r.public
    assert "date of your visit" not in both_drafts
    offline = r.offline or ""
    assert "I'll call you" in offline, offline
    assert "allergen label checked before it is served again" in offline, offline
    # a parcel that came late offers no call
    late = product("My Northwind order NW-40110 is a week late.")
    assert "I'll call you" not in both(late)


def test_a_shipping_question_with_words_before_the_country_gets_the_no_first() -> None:
    r = product("Do you ship your Ethiopia beans to Austria? Tried them in Helsinki last year.")
    assert "We don't ship to Austria" in (r.public or ""), r.public


def test_a_reference_with_a_bengali_case_ending_is_known_to_the_self_check() -> None:
    r = product("পার্সেলি থেকে পার্সেল পেলাম, সিল ছেঁড়া। ভেতরে জুতার বদলে পাথর! PX-70411", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.public_check.ok, r.public_check
    assert "বদলে অন্য জিনিস" in (r.public or ""), r.public


def test_something_else_packed_in_place_of_what_was_sent_is_said_back() -> None:
    r = product("Opened my Parcelly delivery PX-70412: seal broken and a bar of soap instead of "
                "the headphones. Unreal.", STRICT, brand="Parcelly")  # fmt: skip
    assert "a bar of soap inside instead of your headphones" in (r.public or ""), r.public
    assert "taped back" not in (r.public or "")


def test_a_call_support_promised_that_never_came_is_not_a_rider_who_failed_to_ring() -> None:
    r = product("@ParcellyCare PX-55012 stuck 'out for delivery' for 3 days. Rang the helpline "
                "twice and was told 'someone will call you back today'. Nobody called.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r), kinds(r)
    assert "delivery_handling" not in kinds(r)
    assert "nobody did" in (r.public or ""), r.public
    assert "the way it should have been" not in both(r)


def test_a_ticket_closed_without_an_answer_is_the_third_problem_said_back() -> None:
    r = product("Parcelly took a ৳60 redelivery fee though the rider never came, I was home. "
                "Support then closed my ticket without replying. Fee back please.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r), kinds(r)
    assert "your ticket was closed without an answer" in (r.offline or "").casefold(), r.offline


def test_a_finnish_cold_drink_and_an_ignoring_barista_are_said_as_such() -> None:
    r = product("Kiitos vaan Northwind 🙄 puoli tuntia jonoa, cappuccino kylmä eikä barista ei "
                "edes katsonut minuun päin.")  # fmt: skip
    public = r.public or ""
    assert "juomasi oli kylmä" in public, public
    assert "ei edes huomioinut sinua" in public, public
    assert "saamasi tuote" not in public


def test_a_finnish_or_bengali_data_claim_beside_the_spam_they_get_is_heard_and_asked_about() -> (
    None
):
    voice = voice_with(FULL, facts=[
        {"text": "we never sell customer data to advertisers", "topics": ["privacy"],
         "translations": {"fi": "emme koskaan myy asiakastietoja mainostajille",
                          "bn": "আমরা কখনও গ্রাহকের তথ্য বিজ্ঞাপনদাতাদের কাছে বিক্রি করি না"}},
    ])  # fmt: skip
    fi = product("Kuulin, että Northwind myy asiakkaiden puhelinnumeroita eteenpäin. Tilauksen "
                 "jälkeen on tullut kymmeniä myyntipuheluita. Pitääkö paikkansa?", voice)  # fmt: skip
    assert "Tosiasiat" not in (fi.public or ""), fi.public
    assert "Sääntömme" in (fi.public or ""), fi.public
    assert "esimerkin" in (fi.offline or ""), fi.offline
    bn = product("শুনলাম Northwind নাকি গ্রাহকদের নম্বর বিক্রি করে? অর্ডারের পর থেকে প্রতিদিন "
                 "অচেনা নম্বর থেকে কল আসছে।", voice)  # fmt: skip
    assert "আমাদের নিয়ম" in (bn.public or ""), bn.public
    assert "নম্বরগুলো" in (bn.offline or ""), bn.offline


def test_a_parcel_the_app_calls_delivered_that_never_came_is_missing_and_traced() -> None:
    r = product("@ParcellyCare tracking says PX-30118 was delivered this morning at 9. Nobody came, "
                "I've been home since 7. Rang support twice, every time 'we will check'.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_missing" in kinds(r), kinds(r)
    public = r.public or ""
    assert "shows as delivered" in public, public
    assert "“we will check”" in public
    assert "as if nobody was home" not in public


def test_a_finnish_club_cancellation_signed_off_with_thanks_is_a_cancellation() -> None:
    r = product("Moi, haluaisin lopettaa Northwind Club -jäsenyyteni toukokuun alusta. Kiitos!")
    assert r.reading.asked(AskKind.CANCEL), r.reading.asks
    assert r.answered_as != "praise"
    assert "toukokuun alusta" in (r.public or ""), r.public


def test_a_rule_asked_at_the_end_without_a_question_mark_is_answered_in_public() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Riders may never ask for tips or extra cash: you pay only the price in the app",
         "topics": ["tips"]},
    ])  # fmt: skip
    r = product("the Parcelly rider asked for 80tk extra on a paid parcel, said it's normal. is "
                "that even allowed @ParcellyCare", voice, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "Riders may never ask for tips or extra cash" in public, public
    assert "80tk extra" in public, public
    assert "went wrong with your payment" not in public


def test_a_bengali_rider_saying_more_must_be_paid_gets_the_rule_and_the_ask_said_back() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Riders may never ask for tips or extra cash", "topics": ["tips"],
         "translations": {"bn": "রাইডাররা কখনও বখশিশ বা বাড়তি টাকা চাইতে পারেন না"}},
    ])  # fmt: skip
    r = product("রাইডার এসে বললো ৩০ টাকা বেশি দিতে হবে, নাহলে পার্সেল দিবে না। এটা কি নিয়ম?",
                voice, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "বাড়তি টাকা চাওয়া হয়েছে" in public, public
    assert "কাটা হয়েছে" not in public
    assert "রাইডাররা কখনও বখশিশ" in both(r)


def test_a_bengali_opened_box_told_beside_hearsay_is_a_complaint_not_a_correction() -> None:
    r = product("পার্সেল পাইলাম, কিন্তু প্যাকেট খোলা ছিল আর ভিতরে চার্জার মিসিং। শুনছি রাইডাররা "
                "নাকি এসব করে।", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert "delivery_handling" in kinds(r), kinds(r)
    assert "দুঃখিত" in (r.public or ""), r.public


def test_a_question_whose_short_verb_is_the_faq_entrys_own_gets_the_answer() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "How can I pay?", "answer": "Our cafés take cards and Smartum vouchers",
         "topics": ["payment"]},
    ])  # fmt: skip
    r = product("can I pay with Smartum vouchers at the Northwind café in Töölö?", voice)
    assert "Smartum vouchers" in (r.public or ""), r.public
    assert r.answered_as == "question"


def test_a_part_that_broke_on_a_thing_that_works_otherwise_gets_no_thanks() -> None:
    r = product("The handle on my Northwind pour-over kettle came loose. Works fine otherwise. "
                "Can I get a new handle?")  # fmt: skip
    assert not THANKS.search(r.public or ""), r.public
    assert "kind words" not in both(r)


def test_a_code_typed_again_after_each_logout_is_one_app_fault() -> None:
    r = product("The Parcelly app logs me out each time I close it, have to enter OTP again and "
                "again. Redmi Note 12.", STRICT, brand="Parcelly")  # fmt: skip
    assert "account" not in kinds(r), kinds(r)
    assert "never arrives" not in both(r)
    assert "happened before" not in both(r).casefold()


def test_cod_money_a_merchant_is_owed_is_a_payout_beside_the_unanswered_emails() -> None:
    r = product("You owe my shop ৳92,000 in COD collections since June. Four emails, no reply.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r), kinds(r)
    assert "৳92,000" in (r.public or ""), r.public


def test_a_merchants_parcels_lost_at_a_hub_and_returned_unreachable_are_said_as_a_sellers() -> None:
    lost = product("Merchant here (merchant ID M-55120). 4 parcels lost at your Uttara hub this "
                   "month, my customers are furious.", STRICT, brand="Parcelly")  # fmt: skip
    public = lost.public or ""
    assert "went missing at our Uttara hub" in public, public
    assert "delivery address" not in both(lost)
    back = product("Another parcel returned as 'receiver not reachable' but my customers say no "
                   "rider ever called them. Fix this.", STRICT, brand="Parcelly")  # fmt: skip
    assert "your customers say nobody called" in (back.public or ""), back.public
    assert "though you were" not in both(back)


def test_a_numbered_list_of_three_faults_says_back_each_of_them() -> None:
    r = product("@NorthwindHelp two things: 1) my Club bag was due Monday, turned up Thursday. 2) I "
                "asked for filter grind, got whole beans. Sort it out please")  # fmt: skip
    assert {"delivery_late", "wrong_item"} <= kinds(r), kinds(r)
    # (not "sorry you asked for ...": what came, then what they had asked for)
    assert "you got whole beans when you'd asked for filter grind" in (r.public or ""), r.public
    whole = product("My Northwind order arrived: kettle lid dented, and the beans I ordered whole "
                    "came pre-ground.")  # fmt: skip
    public = whole.public or ""
    assert "the kettle lid" in public, public
    assert "came ground when you'd chosen whole beans" in public, public
    assert "which café" not in both(whole)  # an order by post, not a visit


def test_a_finnish_sale_rumour_in_its_own_words_finds_the_ownership_fact() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "Northwind is owned by its founders and is not for sale", "topics": ["ownership"],
         "translations": {"fi": "Northwind on perustajiensa omistama eikä ole myynnissä"}},
    ])  # fmt: skip
    r = product("Onko totta että Northwind on myymässä yrityksen jollekin isolle paahtimolle?",
                voice)  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "perustajiensa omistama" in (r.public or ""), r.public


def test_a_claim_that_the_brand_sells_numbers_is_no_fake_account_warning() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never sells customers' phone numbers", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("PSA: Parcelly sells your mobile number to the scam SMS crowd. Every delivery, "
                "then 10 scam texts the next morning.", voice, brand="Parcelly")  # fmt: skip
    assert r.answered_as != "warning", r.answered_as
    assert "isn't from us" not in both(r)
    assert "never sells" in (r.public or ""), r.public


def test_a_missed_pickup_is_the_problem_not_the_copy_paste_reply_they_warn_against() -> None:
    r = product("Third time this month Parcelly missed our booked pickup. I want a manager to "
                "call me, not another copy paste reply.", STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "didn't come for your pickup" in public, public
    assert "scripted answer" not in both(r)


def test_a_box_that_came_with_one_thing_instead_of_another_is_said_back() -> None:
    r = product("Nobody answered my email, and my Club box came with the Kenya instead of the "
                "decaf I chose. Again.")  # fmt: skip
    assert "came with the Kenya instead of the decaf you chose" in (r.public or ""), r.public


def test_money_asked_on_top_with_its_amount_finds_the_tips_rule() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Riders may never ask for tips or extra cash", "topics": ["tips"]},
    ])  # fmt: skip
    r = product("The Parcelly rider asked me for ৳80 extra to carry it upstairs. Is that even "
                "allowed??", voice, brand="Parcelly")  # fmt: skip
    assert "Riders may never ask for tips or extra cash" in (r.public or ""), r.public


def test_a_lower_case_slangy_shipping_question_gets_the_faq_and_the_no() -> None:
    r = product("do u guys ship to austria?? @northwindcoffee")
    public = r.public or ""
    assert "We don't ship to Austria" in public, public
    assert "a person must answer" not in " ".join(r.flags)


def test_finnish_weeks_of_nothing_and_unanswered_mail_are_said_back() -> None:
    r = product("Tilasin Northwindiltä pavut 2.4., tilaus NW-61130. Kaksi viikkoa myöhemmin ei "
                "mitään, eikä viesteihin vastata. Haluan rahat takaisin.")  # fmt: skip
    assert {"delivery_late", "no_response"} <= kinds(r), kinds(r)
    public = r.public or ""
    assert "vaikka aikaa on kulunut jo kaksi viikkoa" in public, public
    assert "näin kävi" not in public


def test_a_bengali_holding_line_said_each_time_is_heard() -> None:
    r = product("আমার পার্সেল ৬ দিন ধরে হাবে পড়ে আছে, PX-5512001। হেল্পলাইনে কল দিলে খালি বলে "
                "'দেখছি'।", STRICT, brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r), kinds(r)
    assert "'দেখছি' বলা হয়েছে" in (r.public or ""), r.public


def test_a_ticket_marked_resolved_with_the_money_still_missing_is_no_praise() -> None:
    r = product("Posting again @ParcellyCare: my COD payout from 3 April STILL isn't in my bank. "
                "Ticket #50112 was marked 'resolved' anyway. Merchant ID M-30117.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert "payout" in kinds(r), kinds(r)
    assert not THANKS.search(r.public or ""), r.public


def test_a_finnish_cancellation_with_a_dead_button_and_no_more_charges_is_no_overcharge() -> None:
    r = product("Haluan lopettaa Northwind Club -tilaukseni. Sovelluksen lopetusnappi ei tee "
                "mitään. Ei enää veloituksia, kiitos.")  # fmt: skip
    assert "billing" not in kinds(r), kinds(r)
    assert r.reading.asked(AskKind.CANCEL)
    assert "liikaa" not in both(r)


def test_a_parcel_lost_with_its_amount_before_the_item_is_a_lost_parcel() -> None:
    r = product("Parcelly lost a ৳62,000 camera I sent to a buyer. 2 weeks and no answer.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_missing" in kinds(r), kinds(r)
    praise = product("parcelly rider turned up in the storm, parcel dry, friendly as always. "
                     "respect 🙌", STRICT, brand="Parcelly")  # fmt: skip
    assert praise.reading.stance.value == "praise", praise.reading.stance


def test_dairy_poured_where_oat_was_ordered_is_said_and_the_bar_not_the_label_is_checked() -> None:
    r = product("My son has a milk allergy. Ordered a soy cappuccino at the Northwind café in Turku "
                "this morning and it was made with regular milk. Hives within minutes, we're at "
                "the ER.")  # fmt: skip
    assert "served dairy milk when you'd asked for soy milk" in (r.public or ""), r.public
    offline = r.offline or ""
    assert "how the milks are kept apart" in offline, offline
    assert "allergen label" not in offline


def test_a_status_unmoved_since_a_date_and_the_same_holding_line_twice_are_heard() -> None:
    r = product("Third post @ParcellyCare. PX4451208 'in transit' since 3 May. Messaged you twice, "
                "got 'we are checking' both times.", STRICT, brand="Parcelly")  # fmt: skip
    assert {"delivery_late", "no_response"} <= kinds(r), kinds(r)
    public = r.public or ""
    assert "“in transit” since 3 May" in public, public
    assert "“we are checking”" in public, public
    ship = product("Do @northwindcoffee ship to Austria? Need more of the Kenya 😅")
    assert "We don't ship to Austria" in (ship.public or ""), ship.public


def test_the_self_check_marks_a_public_draft_that_only_says_sorry_to_read_this() -> None:
    from reports.replies.check import self_check

    r = product("Northwind Kallio: my latte had a hair in it and the barista just shrugged.")
    assert r.public is not None
    bare = "@sam_j I'm sorry to read this. Please DM @NorthwindHelp so I can sort this out. ^Aino"
    check = self_check(bare, reading=r.reading, text="Northwind Kallio: my latte had a hair in "
                       "it and the barista just shrugged.", voice=FULL, brand="Northwind Coffee",
                       source="x", channel="public")  # fmt: skip
    assert not check.ok, check
    assert any("not said back" in p for p in check.problems)


def test_a_parcel_that_came_days_after_it_was_due_with_a_broken_jar_is_said_once_each() -> None:
    r = product("Parcelly what is this. Parcel PX7712004 was supposed to arrive Monday, came "
                "Friday. Box crushed, the glass jar inside cracked.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert {"delivery_late", "damaged"} <= kinds(r), kinds(r)
    public = r.public or ""
    assert public.count("PX7712004") == 1, public
    cafe = product("Visited Northwind Töölö café this morning at 9. The barista argued with me in "
                   "front of everyone. I want a manager to call me.")  # fmt: skip
    assert "which café" not in both(cafe), cafe.public


def test_a_five_star_review_that_describes_the_loyalty_reward_is_praise_not_a_freebie() -> None:
    r = product("Great app. Order ahead works every morning and the stamps earn you free coffees. "
                "Free cake every 8 visits too!", source="appstore", rating=5)  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert "can't send free" not in both(r)


def test_a_clap_after_praise_of_its_own_is_no_sarcasm() -> None:
    r = product("Shoutout to the Parcelly rider in Uttara today, came through a thunderstorm, "
                "parcel completely dry, super polite. Whoever hired him 👏", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.sarcasm.value == "no", r.reading.sarcasm
    assert r.answered_as == "praise", r.answered_as


def test_a_payout_that_hasnt_hit_the_wallet_is_said_with_the_real_wait_not_the_promise() -> None:
    r = product("Second time asking. My COD payout for merchant ID M-40118 from the 4 and 5 June "
                "deliveries (৳21,300) still hasn't hit my Nagad. Support keeps saying '48 hours'. "
                "It's been 10 days.", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r), kinds(r)
    public = r.public or ""
    assert "10 days" in public, public
    assert "48 hours" not in public


def test_api_praise_with_thin_error_code_docs_is_thanked_and_the_snag_noted() -> None:
    r = product("Used the Parcelly merchant API for a year now. Webhooks are solid, but the docs "
                "say little about error codes. Still the best option here.", STRICT,
                source="hackernews", brand="Parcelly")  # fmt: skip
    assert "app_bug" not in kinds(r), kinds(r)
    public = r.public or ""
    assert not APOLOGY.search(public), public
    assert "error codes" in public, public


def test_a_clap_for_a_fast_pickup_and_orders_moved_over_is_praise() -> None:
    r = product("Shoutout to Parcelly 👏 rider picked up from my shop within the hour and the COD "
                "money was in my Nagad next morning. Switching all my orders over.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.sarcasm.value == "no", r.reading.sarcasm
    assert not APOLOGY.search(r.public or ""), r.public


def test_a_wheelchair_question_is_no_plant_milk_question_and_a_payout_asks_its_id_once() -> None:
    r = product("Is the Northwind Töölö café step-free? My dad uses a wheelchair.")
    assert "milk" not in (r.public or ""), r.public
    pay = product("Merchant here: COD for 12 parcels delivered 1-3 June, ৳15,200, has still not "
                  "hit my bKash. It's been 8 days.", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(pay), kinds(pay)
    assert both(pay).count("merchant ID") <= 2, pay.public  # once per draft at most
    assert "your merchant ID and the dates of the payouts and your merchant ID" not in both(pay)


def test_a_finnish_rumour_about_addresses_tells_of_no_calls_and_the_club_cancel_finds_the_faq() -> (
    None
):
    voice = voice_with(FULL, facts=[
        {"text": "we never sell customer data to advertisers", "topics": ["privacy"],
         "translations": {"fi": "emme koskaan myy asiakastietoja mainostajille"}},
    ])  # fmt: skip
    r = product("Kuulin että Northwind myy asiakkaiden sähköpostiosoitteet eteenpäin?? Onko "
                "totta?", voice)  # fmt: skip
    assert "mitä sinulle on tapahtunut" not in (r.offline or ""), r.offline
    voice = voice_with(FULL, faq=[
        {"question": "Can I cancel my Club subscription?", "answer": "Yes, under Account",
         "topics": ["subscription"], "translations": {"fi": "Kyllä, kohdassa Account"}},
    ])  # fmt: skip
    club = product("Miten Northwind Club -tilauksen saa peruttua?", voice)
    assert "kohdassa Account" in (club.public or ""), club.public


def test_a_bengali_nobody_tells_me_anything_is_heard() -> None:
    r = product("আমার পার্সেল ৪ দিন ধরে হাবে পড়ে আছে, PX-8812003। হেল্পলাইনে দুইবার কল দিছি, কেউ "
                "কিছুই জানায় না।", STRICT, brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r), kinds(r)


def test_a_taste_of_burnt_toast_framed_as_thanks_is_a_sarcastic_complaint() -> None:
    r = product("adore paying €21 for 'notes of jasmine' that taste like ash. cheers northwind, "
                "truly a revelation")  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert "quality" in kinds(r), kinds(r)
    assert not THANKS.search(r.public or ""), r.public
    assert "tasted like ash" in (r.public or ""), r.public


def test_unpaid_cod_said_as_you_havent_paid_is_a_payout_and_answered() -> None:
    r = product("@ParcellyCare you still haven't paid my COD for the 20 May deliveries, ৳41,000. "
                "Merchant ID M-55210. 12 days now.", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r), kinds(r)
    assert "৳41,000" in (r.public or ""), r.public


def test_bengali_days_in_transit_and_tomorrow_promised_each_time_are_heard() -> None:
    r = product("আমার পার্সেল ৬ দিন ধরে 'in transit', PX-7710022। কল দিলে প্রতিবার বলে কালকে "
                "পাবেন।", STRICT, brand="Parcelly")  # fmt: skip
    assert {"delivery_late", "no_response"} <= kinds(r), kinds(r)


def test_a_dairy_mix_up_the_parent_is_only_sure_of_is_not_stated_as_fact() -> None:
    r = product("Asked for soy milk at the Northwind café in Espoo, told them about my daughter's "
                "milk allergy. I think they used dairy, she got hives. Not ok.")  # fmt: skip
    public = r.public or ""
    # the drink as it was ordered, the cause neither stated nor doubted ("what you believe")
    assert "a drink ordered with soy milk" in public, public
    assert "being served dairy" not in public
    assert "believe" not in public


def test_a_third_person_shipping_question_and_a_finnish_whole_company_sale_find_the_config() -> (
    None
):
    r = product("Anyone know if Northwind ships to Austria? Had their Kenya in Turku last summer.",
                source="mastodon")  # fmt: skip
    assert "We don't ship to Austria" in (r.public or ""), r.public
    voice = voice_with(FULL, facts=[
        {"text": "Northwind is owned by its founders and is not for sale", "topics": ["ownership"],
         "translations": {"fi": "Northwind on perustajiensa omistama eikä ole myynnissä"}},
    ])  # fmt: skip
    sale = product("Kuulin että Northwind on myymässä koko yhtiön ulkomaille. Pitääkö paikkansa?",
                   voice)  # fmt: skip
    assert "perustajiensa omistama" in (sale.public or ""), sale.public


def test_every_single_time_the_same_holding_line_is_quoted_back() -> None:
    r = product("@ParcellyCare third time I'm asking about PX-6610234. Every single time it's 'we "
                "are checking'. Get a manager to call me.", STRICT, brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r), kinds(r)
    assert "“we are checking”" in (r.public or ""), r.public


def test_a_finnish_club_charge_for_a_box_never_received_is_no_overcharge() -> None:
    r = product("Haluan lopettaa Northwind Clubin ja rahat takaisin viime veloituksesta, en ole "
                "edes saanut sitä pakettia.")  # fmt: skip
    assert "delivery_missing" in kinds(r), kinds(r)
    assert "liikaa" not in both(r), r.public


def test_the_last_ten_days_payments_are_no_wait_and_a_finnish_club_box_asks_the_account() -> None:
    r = product("আমি পার্সেলি মার্চেন্ট, আইডি M-40221। গত ৭ দিনের COD পেমেন্ট ৳৯,৮০০ এখনো বিকাশে "
                "আসে নাই।", STRICT, brand="Parcelly")  # fmt: skip
    assert "দিনে হয়ে গেলেও" not in (r.public or ""), r.public
    club = product("Northwind Clubin paketti ei ole tullut, vaikka veloitus tuli. Haluan rahat "
                   "takaisin.")  # fmt: skip
    assert "tilausnumerosi" not in both(club), club.public
