"""A post's other points, heard as written: a grind that differs from the plan's setting beside
other faults, more charged than the price shown, a holding line sent every time, the kit that
carried an allergen over, a pest seen in a café, a tip asked for and refused, a word that joins
a clause taken for a branch. Each worded afresh, so that a fix fitting one sentence fails it."""

from __future__ import annotations

from tests.reports.test_replies import FULL, STRICT, THANKS, both
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_misread import RIDER_RULE
from tests.reports.test_replies_neighbours import kinds, voice_with


def test_a_grind_unlike_the_plans_setting_is_said_beside_the_other_faults() -> None:
    r = product("Two gripes @NorthwindHelp: my Club order showed up a week late, and it's filter "
                "grind though my plan says espresso. Again.", FULL)  # fmt: skip
    assert {"delivery_late", "wrong_item"} <= set(kinds(r))
    public = r.public or ""
    assert "ground for filter when your subscription is set to espresso grind" in public, public
    whole = product("Northwind sent whole beans yet my subscription is set to moka. Third box "
                    "like this, plus the lid of the tin was dented.", FULL)  # fmt: skip
    assert "your beans came whole when your subscription is set to moka grind" in (
        whole.public or ""), whole.public  # fmt: skip


def test_got_charged_after_ordering_names_no_wrong_item() -> None:
    r = product("Club delivery late again, the bag was ground when I ordered whole, and then I "
                "got charged twice. Fix it Northwind", FULL)  # fmt: skip
    public = r.public or ""
    assert "ground when you ordered came late" not in public, public
    assert "charged twice" in public, public
    assert "wrong_item" in kinds(r)  # the grind, read from "ground when I ordered whole"


def test_more_charged_than_the_price_shown_is_a_complaint_even_beside_praise() -> None:
    r = product("Rider Kamal was lovely, always smiling. Still, Parcelly charged me ৳150 for a "
                "small box when checkout showed ৳80. Why?", STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" in kinds(r)
    public = r.public or ""
    assert "charged ৳150 when the checkout showed ৳80" in public, public
    assert "sorry" in public.casefold()
    swapped = product("Northwind charged me €19 instead of €14.90 for a bag of Guji?", FULL)
    assert "charged €19 instead of €14.90" in (swapped.public or ""), swapped.public


def test_the_same_holding_line_every_time_is_said_back_and_no_dm_is_asked_again() -> None:
    r = product("@ParcellyCare parcel PX-55120339 has said 'in transit' since Saturday. Each "
                "time I message you it's 'we are checking'. Done waiting.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "no_response" in kinds(r)
    public = r.public or ""
    assert "“we are checking”" in public, public
    assert "Please DM" not in public, public
    told = product("Support told me 'escalated' last Friday and again on Tuesday. Nothing. "
                   "Parcelly, where is my parcel", STRICT, brand="Parcelly")  # fmt: skip
    assert "“escalated”" in (told.public or ""), told.public
    assert "nobody got back to you" not in both(told)


def test_a_payout_chased_by_phone_with_the_same_answer_hears_that_answer() -> None:
    r = product("Parcelly my COD money (৳12,800) from last week still isn't in my Nagad. Rang "
                "your helpline three times, each time 'next week'.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert {"payout", "no_response"} <= set(kinds(r))
    assert "“next week”" in (r.public or ""), r.public


def test_an_allergen_carried_over_on_the_kit_is_what_the_cafe_checks() -> None:
    r = product("My daughter is allergic to dairy. Ordered her a soy hot chocolate at Northwind "
                "Kallio and she came out in hives. I think the milk jug wasn't rinsed after a "
                "normal cappuccino.", FULL)  # fmt: skip
    offline = r.offline or ""
    assert "steam wands and milk jugs are cleaned between orders" in offline, offline
    assert "recipe and allergen label" not in offline, offline
    wrong = product("Asked for a lactose free flat white at the Northwind café in Töölö for my "
                    "partner, who then spent the night being sick. They clearly gave her normal "
                    "milk.", FULL)  # fmt: skip
    assert "how your drink was made" in (wrong.offline or ""), wrong.offline


def test_a_pest_in_a_cafe_is_flagged_and_checked_not_bargained_over() -> None:
    r = product("There were mice droppings by the pastry case at Northwind Kamppi today. Not "
                "buying food there again.", FULL)  # fmt: skip
    assert "health_safety" in [str(f.kind.value) for f in r.reading.flags]
    offline = r.offline or ""
    assert "pest control called in" in offline, offline
    assert "What would make this right" not in offline, offline
    assert not THANKS.search(r.public or "")


def test_a_tip_asked_for_and_refused_takes_nothing_back() -> None:
    r = product("Parcelly rider wanted 30 tk tip from me, I didn't give and he slammed the "
                "gate. Is that allowed?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    drafts = both(r)
    assert "comes back to you" not in drafts, drafts
    assert "Riders may never ask for tips or extra cash" in (r.public or ""), r.public
    bn = product("পার্সেলির ডেলিভারিম্যান ১০০ টাকা বখশিশ চাইলো, দিইনি বলে চিৎকার করলো। এটা কি "
                 "নিয়ম?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert "billing" not in kinds(bn)
    assert "ফেরত দেওয়া হবে" not in both(bn), both(bn)
    # money that was handed over still comes back
    paid = product("Parcelly rider made me pay 40 tk extra at the door, said it was for fuel.",
                   RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert "comes back to you" in both(paid), both(paid)


def test_a_word_that_joins_a_clause_is_no_branch() -> None:
    r = product("Passed between four people at Northwind over my cracked grinder since March. "
                "I want a manager on the phone.", FULL)  # fmt: skip
    offline = r.offline or ""
    assert "date of your visit" not in offline, offline
    assert "order number" in offline, offline


def test_a_claim_word_in_a_question_the_faq_answers_is_no_claim() -> None:
    faq = voice_with(FULL, faq=[
        {"question": "Do you ship abroad?", "answer": "We ship to Sweden, Norway and Estonia",
         "topics": ["shipping"]},
    ])  # fmt: skip
    r = product("Can you ship to Norway? My brother keeps stealing my beans when he visits, "
                "he needs his own", faq, source="mastodon")  # fmt: skip
    assert r.answered_as == "question", r.answered_as
    assert "Norway" in (r.public or ""), r.public


def test_an_app_review_that_watches_the_rider_on_the_map_praises_the_app() -> None:
    r = product("Great app, I can track the courier on the map right up to my door. 5 stars",
                STRICT, source="appstore", brand="Parcelly", rating=5)  # fmt: skip
    public = r.public or ""
    assert "hears this" not in public, public
    assert "team behind the app" in public, public
    rider = product("Our rider Tanvir was so kind, helped carry the box upstairs", STRICT,
                    brand="Parcelly")  # fmt: skip
    assert "Tanvir hears this" in (rider.public or ""), rider.public


def test_stamps_that_keep_vanishing_are_promised_back() -> None:
    r = product("my stamps keep vanishing every time the app updates, had 7 now 1. annoying",
                FULL, source="googleplay", rating=2)  # fmt: skip
    assert "app_bug" in kinds(r)
    assert "put them back" in (r.public or "") or "stamps back" in (r.public or ""), r.public


def test_a_finnish_parcel_that_comes_broken_is_damaged_not_a_faulty_product() -> None:
    r = product("Toinen kerta kun Club-paketti saapuu rikki ja kahvit pitkin eteistä. Kiitos "
                "tästäkin.", FULL)  # fmt: skip
    assert "damaged" in kinds(r)
    assert "defect" not in kinds(r)
    assert "tuotetiimille" not in both(r), both(r)


def test_parcels_returned_as_refused_without_a_call_are_said_as_written() -> None:
    r = product("Your riders sent back four of my parcels as 'receiver unavailable' without "
                "calling the buyers. I sell on Instagram, this costs me customers. @ParcellyCare",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_handling" in kinds(r)
    public = r.public or ""
    assert "“receiver unavailable” without anyone calling your buyers" in public, public


def test_a_big_city_the_delivery_list_leaves_out_is_a_plain_no() -> None:
    cities = voice_with(STRICT, faq=[
        {"question": "Where do you deliver?", "topics": ["shipping"],
         "answer": "We deliver in Dhaka, Chattogram and Sylhet"},
    ])  # fmt: skip
    r = product("do u deliver to khulna? want to send a gift to my sister", cities,
                brand="Parcelly")  # fmt: skip
    assert (r.public or "").lstrip("@sam_j ").startswith("We don't deliver to Khulna"), r.public
    town = product("Does Parcelly deliver to Moulvibazar?", cities, brand="Parcelly")
    assert "don't" not in (town.public or ""), town.public  # may lie in a listed region
    # a big city that is no area's seat may lie in a listed one ("Chattogram" the division)
    cumilla = product("do you deliver to cumilla?", cities, brand="Parcelly")
    assert "don't" not in (cumilla.public or ""), cumilla.public
    listed = product("do you deliver to sylhet?", cities, brand="Parcelly")
    assert "don't" not in (listed.public or ""), listed.public


CLOSING = voice_with(STRICT, facts=[
    {"text": "Parcelly isn't shutting down: we deliver as usual and pay merchants on schedule",
     "topics": ["closing"],
     "translations": {"bn": "পার্সেলি বন্ধ হচ্ছে না: আমরা আগের মতোই ডেলিভারি করছি"}},
])  # fmt: skip


def test_a_closing_question_inside_a_payout_complaint_gets_the_fact_too() -> None:
    r = product("Two weeks and no COD payout, no answer to my emails either. Are you guys "
                "closing down or something?", CLOSING, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)
    public = r.public or ""
    assert "Parcelly isn't shutting down" in public, public
    assert "sorry" in public.casefold()
    bn = product("৭ দিন ধরে COD পেমেন্ট পাইনি। পার্সেলি কি বন্ধ হয়ে যাচ্ছে?", CLOSING,
                 brand="Parcelly")  # fmt: skip
    assert "পার্সেলি বন্ধ হচ্ছে না" in (bn.public or ""), bn.public
    # the fact is not said, unasked, to a late payout alone: it would read as a rebuttal
    plain = product("Two weeks and no COD payout. Sort it out Parcelly", CLOSING,
                    brand="Parcelly")  # fmt: skip
    assert "shutting down" not in both(plain), both(plain)


def test_a_bengali_cancel_if_not_delivered_today_is_heard_as_a_condition() -> None:
    r = product("৩ দিন ধরে পার্সেল হাবে আটকে আছে। কালকের মধ্যে না পেলে অর্ডার ক্যান্সেল করে দিবো।",
                STRICT, brand="Parcelly")  # fmt: skip
    assert [a.kind.value for a in r.reading.asks] == ["cancel"]
    assert r.reading.asks[0].condition
    assert "বাতিল" in (r.offline or ""), r.offline


def test_a_bengali_please_resolve_is_an_ask_never_a_thanks() -> None:
    r = product("আমি সেলার, ৮ দিনের COD টাকা এখনো পাই নাই, প্রায় ১৫,০০০ টাকা। তাড়াতাড়ি সমাধান "
                "করেন প্লিজ।", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "ধন্যবাদ" not in (r.public or ""), r.public
    assert "payout" in kinds(r)


def test_extra_asked_with_the_taka_sign_is_the_money_asked_and_gets_the_rule() -> None:
    r = product("Parcelly রাইডার ৳৫০ বাড়তি চাইলো, না দিলে পার্সেল দিবে না। দিতে হলো। এটা কি "
                "আপনাদের নিয়ম?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "রাইডাররা কখনও বখশিশ" in (r.public or ""), r.public


def test_money_not_back_yet_is_no_late_delivery() -> None:
    r = product("Rider was lovely but Parcelly billed me twice for the same pickup (৳150 x2), "
                "and I still haven't got the extra back after 4 days.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(r)
    assert "late" not in (r.public or ""), r.public


def test_a_reward_already_earned_is_praise_not_a_freebie_ask() -> None:
    r = product("Lovely app, the stamps really add up and I redeemed my free cappuccino today!",
                FULL, source="appstore", rating=5)  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert "can't send free" not in (r.public or ""), r.public


def test_not_buying_through_the_app_again_is_a_farewell_not_a_repeat() -> None:
    r = product("Update wiped all my stamps, 8 of 10 gone. Not ordering my coffee through this "
                "app ever again.", FULL, source="googleplay", rating=1)  # fmt: skip
    assert "happened before" not in both(r), both(r)


def test_cod_collected_and_nothing_in_the_wallet_is_the_payout() -> None:
    r = product("৳9,800 collected on my orders last week, nothing in my Nagad yet. Every time "
                "'processing'. @ParcellyCare", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)


def test_just_the_holding_line_is_said_back() -> None:
    r = product("Parcelly lost my parcel PX-4410023 two weeks ago. No refund, no updates, just "
                "'escalated to the team'.", STRICT, brand="Parcelly")  # fmt: skip
    assert "“escalated to the team”" in (r.public or ""), r.public


def test_a_parcel_sitting_at_a_named_hub_is_said_with_what_it_is_and_since_when() -> None:
    r = product("Great job Parcelly 🙃 'express' they said. My dad's insulin has been lying at "
                "the Mirpur hub since Tuesday.", STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "your dad's insulin has been lying at the Mirpur hub since Tuesday" in public, public


def test_parcels_thrown_on_the_floor_are_said_as_written() -> None:
    r = product("Parcelly rider tossed our boxes onto the ground in front of my staff today. "
                "Merchant M-40211. Want a supervisor to ring me.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_handling" in kinds(r)
    assert "your boxes were tossed onto the ground in front of your staff" in (r.public or ""), (
        r.public)  # fmt: skip


def test_a_finnish_silent_customer_service_is_heard_beside_the_charge() -> None:
    r = product("Northwind veloitti Club-tilauksen kahdesti (2 x 19,90 €), ja asiakaspalvelu on "
                "pysynyt hiljaa jo viikon.", FULL)  # fmt: skip
    assert {"billing", "no_response"} <= set(kinds(r))


def test_a_finnish_cancel_button_that_does_nothing_is_our_fault_said_so() -> None:
    r = product("Yritän lopettaa Clubin, mutta sovelluksen peruutusnappi ei tee mitään. "
                "Lopettakaa veloitukset.", FULL)  # fmt: skip
    drafts = both(r)
    assert "et löytänyt" not in drafts, drafts
    assert "peruutuspainike ei tee mitään" in drafts, drafts


def test_not_my_fault_is_no_own_fault_and_a_rule_question_stays_a_complaint() -> None:
    r = product("Parcelly rider wanted ৳80 extra to carry it up 'for the lift' before handing it "
                "over. Is that even allowed?? Not my fault the lift is broken", RIDER_RULE,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert not THANKS.search(public), public
    assert "Riders may never ask for tips or extra cash" in public, public


def test_charged_before_a_pickup_and_moved_unasked_is_no_praise_only() -> None:
    r = product("Loved the rider, really friendly. But Parcelly charged my card before the "
                "collection and then moved the collection twice without telling me.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert "charged before the collection" in public, public
    assert "moved twice without anyone asking you" in public, public
    assert "duplicate" not in both(r), both(r)


def test_shipping_charged_where_it_was_free_is_billing_not_a_freebie() -> None:
    r = product("Northwind charged me €5.90 for delivery even though your banner promised free "
                "delivery over €40. My basket was €52.", FULL)  # fmt: skip
    assert "billing" in kinds(r)
    assert r.answered_as == "complaint", r.answered_as
    # their word for it, not a rule of ours the config does not state (round 322 found "should
    # have been free" conceded a free-delivery rule nobody configured)
    assert "charged €5.90 for delivery you expected to be free" in (r.public or ""), r.public


def test_a_pickup_that_did_not_show_is_said_as_a_pickup() -> None:
    r = product("Second week running my Parcelly collection simply didn't turn up. Losing "
                "orders here.", STRICT, brand="Parcelly")  # fmt: skip
    assert "didn't come for your pickup" in (r.public or ""), r.public


def test_a_noise_or_a_wobble_is_a_fault_said_as_heard() -> None:
    r = product("My Northwind kettle has started making a loud clicking sound when it heats. I "
                "want my money back, not a swap.", FULL)  # fmt: skip
    assert "defect" in kinds(r)
    assert "makes a clicking sound" in (r.public or ""), r.public
    wobble = product("The burrs on my Northwind grinder wobble, coffee comes out uneven. Refund "
                     "please.", FULL)  # fmt: skip
    assert "defect" in kinds(wobble)


def test_a_thread_weighing_the_club_at_its_price_gets_how_the_club_works() -> None:
    club = voice_with(FULL, faq=[
        {"question": "Can I pause or cancel my Northwind Club subscription?",
         "topics": ["subscription"],
         "answer": "You can pause your Northwind Club subscription for up to three months, with "
                   "no fee and no minimum term"},
    ])  # fmt: skip
    r = product("Northwind Club vs grabbing a bag at Lidl when I run out - is it worth ~€22 a "
                "month? Anyone been on it long?", club, source="reddit")  # fmt: skip
    public = r.public or ""
    assert "no minimum term" in public, public
    assert "asking the people who work on this" not in public, public


def test_a_subscription_delivery_missing_again_is_missing_with_the_broken_resend() -> None:
    r = product("My Northwind Club box is missing again, the April one this time. I was "
                "promised a replacement in March and it never came.", FULL)  # fmt: skip
    assert "delivery_missing" in kinds(r)
    assert "wrong_item" not in kinds(r)
    assert "promised in March" in (r.public or ""), r.public


def test_a_finnish_parcel_left_at_the_wrong_address_is_said_so() -> None:
    r = product("Taas Northwindin paketti jätetty väärään osoitteeseen, naapurilla on nyt minun "
                "kahvini.", FULL)  # fmt: skip
    assert "väärään osoitteeseen" in (r.public or ""), r.public


def test_a_bengali_he_said_it_is_supposedly_a_charge_is_reported_speech_not_a_rumour() -> None:
    r = product("পার্সেলির রাইডার ৪০ টাকা বেশি চাইলো, বললো এটা নাকি 'ফুয়েল চার্জ'। এটা কি নিয়ম? "
                "টাকা ফেরত চাই।", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "সঠিক নয়" not in (r.public or ""), r.public
    assert "দুঃখিত" in (r.public or ""), r.public


def test_the_care_line_saying_the_same_thing_is_the_holding_line_not_an_app_fault() -> None:
    r = product("COD payout for last week (৳11,200) still hasn't hit my bank. Your helpline "
                "just keeps saying 'in process'. Merchant M-33012", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "app_bug" not in kinds(r)
    assert "“in process”" in (r.public or ""), r.public


def test_charged_for_a_paused_box_is_said_even_when_sarcastic() -> None:
    r = product("Great, Northwind Club charged me €28 for a May box I paused in April. Love "
                "that for me 🙃", FULL)  # fmt: skip
    assert "subscription" in kinds(r)
    assert "paused" in (r.public or ""), r.public


def test_a_plant_milk_drink_made_with_regular_milk_is_said_and_asks_no_order_number() -> None:
    r = product("Northwind Töölö today: ordered a soy latte, got full-fat milk in it. Not "
                "allergic, just annoyed.", FULL)  # fmt: skip
    assert "your soy latte came with full-fat milk" in (r.public or ""), r.public
    assert "order number" not in both(r), both(r)
    assert "photo" not in both(r), both(r)


def test_so_you_sell_our_emails_finds_the_privacy_fact() -> None:
    privacy = voice_with(FULL, facts=[
        {"text": "Northwind never sells customers' data or shares it with advertisers",
         "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Signed up for the Northwind Club on Monday, ads for coffee everywhere by "
                "Wednesday. So you sell my emails, nice.", privacy)  # fmt: skip
    assert "never sells customers' data" in (r.public or ""), r.public


def test_the_part_on_a_part_is_the_one_that_broke() -> None:
    r = product("The rubber gasket in the lid of my Northwind kettle cracked and now it leaks "
                "everywhere. Annoyed.", FULL)  # fmt: skip
    public = r.public or ""
    assert "gasket" in public, public
    assert "lid cracked" not in public, public


def test_a_finnish_closing_rumour_in_the_progressive_finds_the_fact() -> None:
    closing = voice_with(FULL, facts=[
        {"text": "none of our cafés is closing", "topics": ["closing"],
         "translations": {"fi": "yksikään kahviloistamme ei ole sulkemassa ovia"}},
    ])  # fmt: skip
    r = product("Onko totta että Northwind on sulkemassa Kallion kahvilan? Harmittaisi.", closing)
    assert "yksikään kahviloistamme" in (r.public or ""), r.public


def test_rudeness_to_a_relative_is_said_of_them_not_the_writer() -> None:
    r = product("The Northwind barista sighed and snapped at my elderly dad when he asked about "
                "decaf. Not ok.", FULL)  # fmt: skip
    assert "your elderly dad" in (r.public or ""), r.public


def test_a_rider_who_has_not_shown_up_for_a_pickup_is_a_missed_pickup() -> None:
    r = product("Second week running, your rider hasn't shown up for the scheduled pickup. I "
                "sell online and my buyers are waiting. @ParcellyCare", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(r)
    assert "pickup" in (r.public or ""), r.public
    assert "hasn't reached you" not in (r.public or ""), r.public


def test_a_part_they_lost_is_named_and_nothing_is_traced() -> None:
    parts = voice_with(FULL, faq=[
        {"question": "What is your return policy?", "topics": ["returns"],
         "answer": "Our kettles have a two-year warranty that includes spare parts such as lids, "
                   "seals and gaskets"},
    ])  # fmt: skip
    r = product("I lost the silicone gasket for my Northwind kettle lid when moving. Any way to "
                "buy just the spare part?", parts)  # fmt: skip
    public = r.public or ""
    assert "gasket" in public, public
    assert "trace" not in public, public
    assert "never reached you" not in public, public


def test_id_like_a_full_refund_is_the_refund_asked() -> None:
    r = product("Northwind grinder NW-55120 stopped working in a week. No swap please, I'd like "
                "a full refund.", FULL)  # fmt: skip
    assert "refund" in [a.kind.value for a in r.reading.asks]
    assert "replacement or your money back" not in both(r), both(r)


def test_the_day_a_pickup_was_booked_for_is_no_deadline() -> None:
    r = product("Booked a Parcelly pickup for Friday, nobody came. Booked again for Saturday, "
                "same thing. PK-55012", STRICT, brand="Parcelly")  # fmt: skip
    assert "by Friday" not in both(r), both(r)
    assert "need this sorted" not in both(r), both(r)


def test_the_last_delivery_wanted_is_kept_when_cancelling() -> None:
    r = product("Please cancel my Northwind Club, we're moving abroad. The January box can be "
                "the last one. Loved it!", FULL)  # fmt: skip
    assert "after your January box" in both(r), both(r)


def test_a_bengali_code_that_never_comes_asks_for_the_number_it_goes_to() -> None:
    r = product("অ্যাপ অনেক স্লো হয়ে গেছে, লগইন দিতে গেলে OTP আসেই না। প্লিজ দেখেন।", STRICT,
                source="googleplay", brand="Parcelly", rating=2)  # fmt: skip
    assert "ইমেইল ঠিকানা পাঠান" not in (r.public or ""), r.public
    assert "যে নম্বরে কোডটি আসার কথা" in both(r), both(r)


def test_a_warning_to_pull_money_out_is_a_rumour_the_closing_fact_answers() -> None:
    r = product("Sellers beware!! Parcelly is pulling out of Sylhet next month, get your cash out "
                "while you can.", CLOSING, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "Parcelly isn't shutting down" in (r.public or ""), r.public


def test_faults_asked_about_before_using_an_api_are_not_passed_on_as_found() -> None:
    api = voice_with(STRICT, faq=[
        {"question": "Do you have an API?", "topics": ["developer"],
         "answer": "Merchants can get status webhooks through our REST API; docs are at "
                   "parcelly.example/developers"},
    ])  # fmt: skip
    r = product("Ask HN: anyone run Parcelly's API in production? Curious about webhook "
                "reliability, any dropped or duplicated events?", api, source="hackernews",
                brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "passed what you found" not in public, public
    assert "parcelly.example/developers" in public, public
    found = product("Parcelly's API webhooks fire twice for every status change, our store "
                    "double-books. Anyone else?", api, source="hackernews",
                    brand="Parcelly")  # fmt: skip
    assert "passed what you found" in (found.public or ""), found.public


def test_a_business_service_no_faq_names_goes_to_a_person() -> None:
    faq = voice_with(FULL, faq=[
        {"question": "Where do you ship?", "topics": ["shipping"],
         "answer": "We ship to Finland, Sweden and Estonia; delivery takes 1-3 working days"},
    ])  # fmt: skip
    r = product("Does Northwind do bulk or office deliveries? Our team of 25 drinks a lot of "
                "coffee.", faq)  # fmt: skip
    assert "We ship to Finland" not in (r.public or ""), r.public
    assert any("a person must answer" in f for f in r.flags), r.flags
    shipping = product("Does Northwind ship to Sweden?", faq)
    assert "We ship to Finland" in (shipping.public or ""), shipping.public


def test_a_claim_with_what_arrived_after_is_a_lived_claim_not_flatly_denied() -> None:
    privacy = voice_with(STRICT, facts=[
        {"text": "Parcelly never sells customers' phone numbers to advertisers",
         "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Heads up, Parcelly sells your number to marketers. Began receiving spam texts "
                "the same week I first used them.", privacy, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "isn't accurate" not in public, public
    assert "never sells customers' phone numbers" in public, public


def test_a_legal_deadline_is_heard_and_a_refusal_to_pay_is_the_money_asked() -> None:
    r = product("Parcelly lost 8 of my parcels worth ৳1,20,000. Two weeks, nothing. My lawyer "
                "sends a legal notice on Monday.", STRICT, brand="Parcelly")  # fmt: skip
    assert "Monday" in both(r), both(r)
    paid = product("Parcelly lost my phone (declared value ৳40,000) a month ago and still "
                   "refuses to pay out.", STRICT, brand="Parcelly")  # fmt: skip
    assert "refund" in [a.kind.value for a in paid.reading.asks]


def test_a_booking_the_app_lost_is_no_missing_parcel() -> None:
    r = product("App kicks me out whenever I switch apps and I lost my booking halfway through, "
                "twice now. Useless.", STRICT, source="googleplay", brand="Parcelly",
                rating=1)  # fmt: skip
    assert "delivery_missing" not in kinds(r)
    assert "never reached you" not in both(r), both(r)


def test_they_sold_my_address_beside_the_ads_im_getting_is_a_lived_privacy_claim() -> None:
    privacy = voice_with(FULL, facts=[
        {"text": "Northwind never sells customers' data or shares it with advertisers",
         "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Joined the Northwind Club last week and now I'm getting ads from two other "
                "roasters at that exact email. I bet they sold my address.", privacy)  # fmt: skip
    public = r.public or ""
    assert "never sells customers' data" in public, public
    assert "isn't accurate" not in public, public


def test_stamps_the_app_ate_one_short_of_a_reward_are_no_freebie_ask() -> None:
    r = product("the northwind app ate my stamps, 8 of them, two away from a free cappuccino. "
                "fantastic.", FULL)  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "can't send free" not in (r.public or ""), r.public
    assert "stamps" in (r.public or ""), r.public


def test_a_finnish_pest_report_is_flagged_and_not_bargained_over() -> None:
    r = product("Northwindin Kallion kahvilassa juoksi eilen rotta pöytien alla. Ilmoitin "
                "terveystarkastajalle.", FULL)  # fmt: skip
    assert "health_safety" in [str(f.kind.value) for f in r.reading.flags]
    assert "Mikä korjaisi tilanteen" not in both(r), both(r)


def test_a_finnish_last_delivery_wanted_is_kept_when_cancelling() -> None:
    r = product("Hei, haluan lopettaa Club-tilauksen. Heinäkuun toimitus saa olla viimeinen, "
                "kiitos.", FULL)  # fmt: skip
    assert "heinäkuun toimituksen jälkeen" in both(r), both(r)


def test_a_worried_fans_takeover_question_gets_the_fact_despite_mixed_words() -> None:
    owned = voice_with(FULL, facts=[
        {"text": "Northwind Coffee is independent and owned by its founders",
         "topics": ["ownership"]},
    ])  # fmt: skip
    r = product("Hold on, is Northwind getting bought by Starbucks?? Saw it on TikTok. Say it "
                "ain't so, my favourite little roaster", owned)  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "independent and owned by its founders" in (r.public or ""), r.public


def test_a_takeover_question_with_a_vague_dismay_is_a_claim_the_fact_answers() -> None:
    owned = voice_with(FULL, facts=[
        {"text": "Northwind Coffee is independent and owned by its founders",
         "topics": ["ownership"]},
    ])  # fmt: skip
    r = product("hold on, is northwind actually getting bought by lavazza?? my sister sent me a "
                "screenshot. pls no", owned)  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "independent and owned by its founders" in (r.public or ""), r.public


def test_what_the_internet_says_happened_to_someone_else_is_a_rumour() -> None:
    r = product("someone got a hair in their croissant at Northwind Kallio and now twitter says "
                "the café got shut down. anyone know if that's real", FULL)  # fmt: skip
    assert r.answered_as != "complaint", r.answered_as
    assert "sorry you found" not in (r.public or ""), r.public


def test_a_finnish_cancel_button_that_does_not_work_is_said_so() -> None:
    r = product("Haluan lopettaa Clubin nyt. Sovelluksen peruutusnappi ei toimi ollenkaan.", FULL)
    drafts = both(r)
    assert "peruutuspainike ei toimi" in drafts, drafts
    assert "et löytänyt" not in drafts, drafts


def test_a_pickup_booked_with_no_rider_is_said_as_a_missed_pickup() -> None:
    r = product("Second week a pickup got booked and no Parcelly rider came. I lose sales every "
                "missed pickup.", STRICT, brand="Parcelly")  # fmt: skip
    assert "didn't come for your pickup" in (r.public or ""), r.public


def test_praise_with_a_checkout_that_took_tries_is_mixed_not_praise_only() -> None:
    r = product("Love the Kenya AA, best beans this year. But the checkout was a nightmare on "
                "my phone, took me three tries to pay.", FULL)  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "app_bug" in kinds(r)


def test_a_noise_with_a_word_between_is_still_the_fault_heard() -> None:
    r = product("My Northwind grinder makes a grinding metal noise after two weeks. Refund, not a "
                "swap.", FULL)  # fmt: skip
    assert "defect" in kinds(r)
    assert "makes a grinding metal noise" in (r.public or ""), r.public


def test_a_morning_lost_to_an_app_crash_is_no_missing_parcel() -> None:
    r = product("Parcelly app crashes each time I book a pickup, Pixel 6. Lost a whole afternoon "
                "of orders.", STRICT, source="googleplay", brand="Parcelly", rating=1)  # fmt: skip
    assert "delivery_missing" not in kinds(r)
    assert "tracking number" not in (r.public or ""), r.public


def test_a_bengali_extra_asked_as_a_condition_of_delivery_is_the_money_asked() -> None:
    r = product("রাইডার বললো ১০০ টাকা বেশি না দিলে পার্সেল দিবে না, তাই দিলাম। এটা কি পার্সেলির নিয়ম?",
                RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert "billing" in kinds(r)
    assert "রাইডাররা কখনও বখশিশ" in (r.public or ""), r.public


def test_damage_asked_about_before_sending_is_no_damage() -> None:
    r = product("Question @ParcellyCare: if I ship a mirror and it arrives cracked, do you pay "
                "for it? Or is packing on me?", STRICT, brand="Parcelly")  # fmt: skip
    assert "damaged" not in kinds(r)
    assert "sorry" not in (r.public or "").casefold(), r.public
