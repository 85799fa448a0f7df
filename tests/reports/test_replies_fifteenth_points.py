"""A post heard as written, class by class from blind rounds 318 onwards. Each worded afresh,
so that a fix fitting one sentence fails it; each fails on the code before this stop
(e364e05), but one guard on a change made in this stop (said where it stands)."""

from __future__ import annotations

from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_tenth_points import _both, _northwind, _parcelly


def _flags(r: object) -> set[str]:
    return {f.kind.value for f in r.reading.flags}  # type: ignore[attr-defined]


def _asks(r: object) -> set[str]:
    return {a.kind.value for a in r.reading.asks}  # type: ignore[attr-defined]


def test_someone_of_another_colour_let_in_where_a_friend_was_turned_away_is_flagged() -> None:
    r = _northwind("The Northwind café on Iso Roobertinkatu told my cousin the seating was "
                   "'for paying guests only' and turned him away, but the white couple after us "
                   "sat down without buying anything.")  # fmt: skip
    assert "discrimination" in _flags(r), _flags(r)
    assert "What would make this right" not in (r.offline or ""), r.offline


def test_who_the_friend_is_said_after_a_refusal_is_flagged() -> None:
    r = _northwind("Your staff at the Kamppi café wouldn't let my colleague sit inside, said "
                   "the tables were 'reserved' though half were empty. She's Nigerian. "
                   "Make of that what you will.")  # fmt: skip
    assert "discrimination" in _flags(r), _flags(r)
    mine = _northwind("My Somali neighbour was refused a glass of water at Northwind Töölö today.")
    assert "discrimination" in _flags(mine), _flags(mine)


def test_a_reason_quoted_with_an_apostrophe_inside_is_said_whole() -> None:
    r = _northwind(
        "Northwind staff refused to let my brother use the toilet because he "
        "'wasn't a paying customer' even though we'd just ordered. He's disabled."
    )
    text = _both(r)
    assert "'wasn't a paying customer'" in text, text
    assert "'wasn'." not in text, text
    assert "'wasn' " not in text, text


def test_the_branch_named_by_whose_staff_they_were_is_not_asked_again() -> None:
    r = _northwind("Northwind Vallila staff refused to let my dad sit down inside even though "
                   "we'd bought two teas. Not ok.")  # fmt: skip
    assert "Vallila" in r.reading.facts.places, r.reading.facts  # type: ignore[attr-defined]
    assert "which café" not in _both(r), _both(r)


def test_a_hot_drink_spilled_on_someone_and_a_burn_is_said_and_flagged() -> None:
    r = _northwind("The waiter at Northwind Töölö tipped a scalding americano over my wrist "
                   "this morning and just walked off. Nobody apologised.")  # fmt: skip
    assert "health_safety" in _flags(r), _flags(r)
    assert "over your wrist" in (r.public or "") or "on your wrist" in (r.public or ""), r.public
    burned = _northwind("Northwind's takeaway lid popped off as I walked out and I ended up with "
                        "a nasty burn on my thumb.")  # fmt: skip
    assert "health_safety" in _flags(burned), _flags(burned)


def test_a_finnish_burn_from_a_spilled_hot_drink_is_said_first_with_no_bargaining() -> None:
    r = _northwind("Töölön kahvilassa tarjoilija läikytti kiehuvaa teetä mun kädelle, "
                   "rakkulat tuli heti. Ei edes anteeksipyyntöä.")  # fmt: skip
    assert "health_safety" in _flags(r), _flags(r)
    assert "palovamman" in (r.public or ""), r.public
    assert "Mikä korjaisi tilanteen" not in (r.offline or ""), r.offline


def test_a_bengali_burn_is_said_back() -> None:
    r = _parcelly("পার্সেলির রাইডার গরম চা ছিটিয়ে দিয়েছে, আমার হাত পুড়ে গেছে, ফোস্কা পড়েছে। "
                  "কোনো দুঃখপ্রকাশও করেনি।")  # fmt: skip
    assert "health_safety" in _flags(r), _flags(r)
    assert "পুড়ে গেছেন" in (r.public or ""), r.public


def test_charged_monthly_for_a_membership_they_ended_is_the_subscription_not_a_lost_box() -> None:
    r = _northwind("Cool, Northwind billed me €19 each month for a plan I stopped back in "
                   "August. Four months of bags I never asked for.")  # fmt: skip
    assert "subscription" in kinds(r), kinds(r)
    assert "delivery_missing" not in kinds(r), kinds(r)
    assert "trace" not in _both(r), _both(r)


def test_a_count_of_mugs_inside_a_soaked_box_is_said_as_told() -> None:
    r = _parcelly(
        "My Parcelly box turned up wet through and the 2 glass vases inside were "
        "smashed. The shop says it's on you, your call centre says ask the shop."
    )
    text = _both(r)
    assert "the 2 glass vases inside" in text, text
    assert "what was inside is smashed" not in text, text
    assert "ours to put right" not in text, text  # no transit-damage rule the config states


def test_good_news_in_the_press_gets_an_optional_thank_you() -> None:
    r = _northwind(
        "Northwind Coffee has won a regional sustainability prize for its "
        "compostable bags, the Uusimaa chamber of commerce announced.",
        source="rss",
    )
    assert r.answered_as == "press", r.answered_as
    assert "Thank you for covering" in (r.public or ""), r.public
    assert any("no reply is needed" in f for f in r.flags), r.flags


def test_a_question_to_the_crowd_does_not_hide_the_faq_answer_to_ours() -> None:
    r = _northwind("Does Northwind have an API for the Club subscription? Want my calendar to "
                   "skip deliveries while I travel. Anyone built something against their app?",
                   source="hackernews")  # fmt: skip
    assert "don't have a public API yet" in (r.public or ""), r.public


def test_charged_extra_for_what_the_faq_says_is_free_is_put_right_with_the_faq() -> None:
    r = _northwind(
        "At Northwind Kamppi the barista asked for soy milk money, I said fine, "
        "she charged me 50 cents extra for it. Isn't soy milk supposed to be free?"
    )
    text = _both(r)
    assert "50 cents" in text, text
    assert "no extra charge" in text, text
    assert "comes back to you" in text, text
    assert "dates and amounts of the charges" not in text, text


def test_photos_already_emailed_are_not_asked_for_again() -> None:
    r = _northwind("Order NW-71234: my grinder arrived with a cracked hopper. I've already "
                   "sent you photos twice and heard nothing.")  # fmt: skip
    assert "photo" not in (r.offline or "").split("Next step")[0].casefold(), r.offline


def test_no_step_said_twice_and_nothing_waits_on_details_never_asked() -> None:
    r = _northwind("Order NW-44410, fourth email: the brewer came with a dented side and its "
                   "switch doesn't work. I emailed pictures to help@ last week. I want a new "
                   "one sent.")  # fmt: skip
    offline = r.offline or ""
    steps = offline.split("Next step", 1)[-1]
    assert steps.count("arrange the fix") <= 1, offline
    assert "as soon as I have the details" not in offline, offline


def test_a_helpline_that_hangs_up_is_no_response_and_a_call_back() -> None:
    r = _parcelly("Parcelly parcel PCL-5512200 says delivered, it isn't here, and your helpline "
                  "plays music for ten minutes and then disconnects.")  # fmt: skip
    assert "no_response" in kinds(r), kinds(r)
    assert "earlier messages" not in (r.offline or ""), r.offline


def test_a_finnish_ask_for_the_right_coffee_in_its_place_is_an_exchange_said_as_ordered() -> None:
    r = _northwind("Tilasin NW-51001 vaaleaa Etiopia-paahtoa ja pussissa oli tummaa "
                   "espressoa. Haluan oikeat pavut tilalle.")  # fmt: skip
    assert "exchange" in _asks(r), _asks(r)
    assert "pussissa oli tummaa espressoa, vaikka tilasit vaaleaa Etiopia-paahtoa" in (
        r.public or ""), r.public  # fmt: skip
    assert r.public_check is not None, r
    assert r.public_check.ok, r.public_check
    assert "vai rahasi takaisin" not in (r.offline or ""), r.offline


def test_a_sellers_missing_parcel_and_who_pays_gets_the_rule_said_of_their_buyer() -> None:
    r = _parcelly(
        "Parcelly shows PCL-6600123 delivered on Monday, my buyer never got it. "
        "I sell on Facebook, the declared value was ৳3,200. Who pays me for this?"
    )
    text = _both(r)
    assert "never reached your customer" in text, text
    assert "declared value" in (r.public or ""), r.public


def test_another_coffee_sent_is_said_as_the_swap_not_only_the_grind() -> None:
    r = _northwind("Ordered Kenya Gatomboya whole bean, got Brazil Cerrado pre-ground for "
                   "espresso. @northwindcoffee order NW-70001.")  # fmt: skip
    text = _both(r)
    assert "Brazil Cerrado" in text, text
    assert "Kenya Gatomboya" in text, text


def test_a_press_report_of_trouble_promises_nothing_the_config_does_not_say() -> None:
    r = _parcelly("Parcelly riders in Rajshahi strike for a third day over unpaid bonuses; "
                  "merchants report late deliveries and held COD payments — The Business "
                  "Standard", source="rss")  # fmt: skip
    assert r.answered_as == "press", r.answered_as
    assert "named person" not in (r.public or ""), r.public


def test_goods_inside_that_are_all_broken_are_damage_said_of_the_goods() -> None:
    r = _parcelly("Parcelly delivered my box today and the jars of honey inside were all "
                  "smashed.")  # fmt: skip
    assert "damaged" in kinds(r), kinds(r)
    assert "the jars of honey inside are smashed" in _both(r), _both(r)


def test_a_rider_who_yelled_at_an_elderly_parent_gets_no_bargaining() -> None:
    r = _parcelly("Your Parcelly courier yelled at my old father at the door in Mirpur and "
                  "left the parcel on the stairs.")  # fmt: skip
    assert "What would make this right" not in (r.offline or ""), r.offline


def test_money_back_not_as_credit_goes_back_the_way_they_paid_unless_a_card_is_named() -> None:
    r = _parcelly("I cancelled Parcelly Plus on 1 March and you took ৳199 again on 3 March. "
                  "Return it please, not as credit.")  # fmt: skip
    text = _both(r)
    assert "the way you paid" in text, text
    assert "your card" not in text, text


def test_a_finnish_sighting_of_pests_is_not_called_untrue() -> None:
    r = _northwind("Kuulin että Tampereen Northwindin keittiössä olisi nähty rottia. Pitääkö "
                   "paikkansa?", source="reddit")  # fmt: skip
    assert "ei pidä paikkaansa" not in (r.public or ""), r.public
    assert "terveystarkastuksensa" in (r.public or ""), r.public


def test_a_shouted_word_is_said_back_calmly() -> None:
    r = _parcelly("Parcelly app crashes EVERY single time I open tracking. Samsung A54.",
                  source="googleplay", rating=1)  # fmt: skip
    assert "EVERY" not in _both(r), _both(r)


def test_a_wish_with_a_bracket_is_quoted_whole() -> None:
    r = _northwind(
        "Love ordering ahead in the Northwind app. Only wish it remembered my drink "
        "(cortado, oat milk) between visits.",
        source="appstore",
        rating=5,
    )
    assert "(cortado, oat milk)" in (r.public or ""), r.public


def test_a_gripe_after_though_in_praise_is_heard_and_good_news_again_is_no_repeat() -> None:
    r = _northwind(
        "Thank you Northwind, the Club bag came early again and the Guji is superb, "
        "though the grind was way too fine for my AeroPress.",
        source="bluesky",
    )
    public = r.public or ""
    assert "too fine" in public, public
    assert "happened before" not in public, public
    assert "order number" not in _both(r), _both(r)  # a Club bag: found by the account


def test_a_pickup_that_has_not_come_is_a_missed_pickup_not_a_late_parcel() -> None:
    r = _parcelly("@ParcellyCare the collection from my boutique still hasn't come, booked it "
                  "for yesterday morning.")  # fmt: skip
    assert "delivery_handling" in kinds(r), kinds(r)
    assert "delivery_late" not in kinds(r), kinds(r)
    bn = _parcelly("আমার দোকানের পিকআপ তিন দিন ধরে হচ্ছে না, পার্সেলগুলো পড়ে আছে।")
    assert "delivery_late" not in kinds(bn), kinds(bn)


def test_a_bengali_writer_who_is_afraid_is_heard() -> None:
    r = _parcelly("পার্সেলির রাইডার আমাকে ধমক দিয়েছে, এখন ভয় লাগছে কারণ সে আমার বাসা চেনে।")
    assert "নিরাপত্তাই সবার আগে" in (r.public or ""), r.public


def test_milk_served_other_than_asked_is_said_as_the_milk_not_a_safety_worry() -> None:
    r = _northwind("Northwind Töölö: got a latte with regular milk when I'd asked for soy, and "
                   "the barista called me 'fussy' when I pointed it out.")  # fmt: skip
    public = r.public or ""
    assert "worry about its safety" not in public, public
    assert "when you'd asked for soy milk" in public, public
    assert "“fussy”" in _both(r), _both(r)


def test_a_loose_lid_that_poured_over_a_hand_and_burned_is_said_with_the_burn() -> None:
    r = _northwind("The lid on my takeaway mocha at Northwind Vallila wasn't on properly and "
                   "it all poured over my hand. Proper blisters now. The staff just gave me "
                   "some napkins.")  # fmt: skip
    text = _both(r)
    assert "burned your hand" in text, text
    assert "just handed you" in text or "staff" in kinds(r), text


def test_not_wanting_another_free_bag_is_no_freebie_request() -> None:
    r = _northwind("Fourth month my Club bag turns up whole bean though my subscription says "
                   "filter grind. Support keeps saying 'fixed it'. I don't want more free coffee, "
                   "I want it done right.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "wrong_item" in kinds(r), kinds(r)
    assert "can't send free" not in (r.public or ""), r.public


def test_the_second_of_two_charges_is_no_second_time() -> None:
    r = _northwind("Northwind billed me twice for one order, €31.50 at 09:12 and €31.50 at "
                   "09:13. Please refund the second one.")  # fmt: skip
    assert "second time" not in _both(r), _both(r)


def test_wanting_it_swapped_is_an_exchange() -> None:
    r = _northwind("Order NW-61001 came with the wrong roast. I'd like it exchanged for the one "
                   "I ordered, not refunded.")  # fmt: skip
    assert "exchange" in _asks(r), _asks(r)
    assert "or your money back" not in (r.offline or ""), r.offline


def test_a_charge_for_oat_milk_said_to_be_free_in_a_long_post_comes_back() -> None:
    r = _northwind("Went to Northwind Kamppi on Sunday. The queue took 20 minutes, the croissant "
                   "was stale, and I got charged €0.50 extra for the soy milk. Isn't that meant "
                   "to be free?")  # fmt: skip
    text = _both(r)
    assert "no extra charge" in text, text
    assert "€0.50 comes back to you" in text, text


def test_leaving_a_cafe_gets_no_gift_for_a_next_order() -> None:
    r = _northwind("Northwind Kallio: waited 30 minutes for a cold americano and the barista "
                   "was rude. Not going back.")  # fmt: skip
    assert "next order" not in (r.offline or ""), r.offline


def test_a_kettle_lid_that_scalded_a_hand_is_said_with_the_burn() -> None:
    r = _northwind("The lid of my Northwind gooseneck kettle flew off while pouring and scalded "
                   "my fingers. Six weeks old.")  # fmt: skip
    assert "burned your fingers" in (r.public or ""), r.public


def test_a_resealed_parcel_with_a_thing_gone_is_a_claim_under_the_rule() -> None:
    r = _parcelly("My Parcelly parcel came re-taped, the charger is there but the power bank "
                  "(৳2,500) is missing. Refund me.")  # fmt: skip
    offline = r.offline or ""
    assert "can't give refunds" not in offline, offline
    assert "declared value" in offline, offline


def test_he_shouted_at_her_after_the_mother_is_named_is_said_of_the_mother() -> None:
    r = _parcelly("The Parcelly rider dumped my parcel at the gate in Banani. My grandmother "
                  "went out to ask and he yelled at her.")  # fmt: skip
    assert "staff" in kinds(r), kinds(r)
    assert "at your grandmother" in _both(r), _both(r)


def test_a_missing_parcel_with_a_valuable_inside_and_settled_asked_gets_the_rule() -> None:
    r = _parcelly(
        "@ParcellyCare PCL-7700001 says delivered on Sunday, nobody came to my "
        "flat in Uttara. Tablet worth ৳28,000 inside. I want this settled now."
    )
    offline = r.offline or ""
    assert "declared value" in offline, offline
    assert "can't settle claims" not in offline, offline


def test_goods_broken_inside_a_thrown_parcel_are_damage_and_who_pays_is_asked() -> None:
    r = _parcelly("Parcelly rider tossed my box over the wall. Monitor inside, panel is "
                  "cracked. The shop says it's on you. Who is paying?")  # fmt: skip
    assert "damaged" in kinds(r), kinds(r)


def test_a_cold_chain_in_the_news_is_no_cold_coffee_and_a_deal_hurts_nobody() -> None:
    r = _parcelly("Parcelly raises $20m to build cold-chain delivery across Sylhet, according "
                  "to people familiar with the matter.", source="rss")  # fmt: skip
    assert "quality" not in kinds(r), kinds(r)
    assert "Anyone affected" not in (r.public or ""), r.public


def test_billed_after_asking_to_cancel_gets_that_money_back() -> None:
    r = _northwind(
        "The app won't let me cancel my Club, error every time. Emailed support on "
        "the 3rd to cancel and they still charged me €22.90 on the 6th."
    )
    assert "€22.90" in (r.public or ""), r.public
    assert "comes back to you" in (r.public or ""), r.public


def test_a_skip_button_that_charges_anyway_is_said_so() -> None:
    r = _northwind("So the Club 'skip this delivery' option... bills me anyway. Brilliant 🙃")
    assert "even though you skipped" in (r.public or ""), r.public


def test_finnish_oat_latte_made_with_regular_milk_is_said_as_the_milk() -> None:
    r = _northwind("Tilasin soijalatten Kampin Northwindista, sain sen tavallisella maidolla, "
                   "vaikka olen laktoosi-intolerantti.")  # fmt: skip
    public = r.public or ""
    assert "tavallisella maidolla" in public, public
    assert "löytyi jotain" not in public, public
    assert "health_safety" in _flags(r), _flags(r)


def test_a_bengali_warm_review_with_one_gripe_hears_the_gripe() -> None:
    r = _parcelly("পার্সেলির সার্ভিস দারুণ, রাইডার খুব ভদ্র আর সময়মতো এসেছেন। শুধু অ্যাপটা "
                  "মাঝে মাঝে খুব স্লো হয়ে যায়।", source="googleplay", rating=4)  # fmt: skip
    public = r.public or ""
    assert "স্লো" in public, public


def test_a_finnish_warm_post_with_one_gripe_hears_the_gripe() -> None:
    r = _northwind("Kiitos Northwind, Club-paketti tuli ajallaan ja Guji on ihanaa, mutta "
                   "jauhatus oli liian hieno pressopannuun.", source="bluesky")  # fmt: skip
    assert "jauhatus oli liian hieno" in (r.public or ""), r.public


def test_a_bengali_event_day_is_heard_as_the_day_it_is_needed_by() -> None:
    r = _parcelly("আমার পার্সেল PCL-7000222 চার দিন ধরে সিলেট হাবে আটকে আছে। বৃহস্পতিবার আমার "
                  "ভাইয়ের বিয়ে, পাঞ্জাবিটা ওর জন্য।")  # fmt: skip
    assert "বৃহস্পতিবারের আগে" in (r.public or ""), r.public


def test_a_finnish_recommendation_after_a_long_queue_is_praise() -> None:
    r = _northwind("Kävin sunnuntaina Northwindin Töölön kahvilassa, jono oli pitkä mutta "
                   "korvapuusti ja latte olivat loistavia. Suosittelen!")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert "pahoillani" not in (r.public or ""), r.public


def test_what_staff_said_inside_their_own_allergy_story_is_no_rumour() -> None:
    r = _northwind("Told staff at Northwind Töölö my daughter has a peanut allergy. They said "
                   "the brownie was peanut free. It had peanut butter in it. She needed her "
                   "EpiPen and we spent the evening at the children's hospital.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "Thank you for asking" not in (r.public or ""), r.public


def test_people_made_ill_get_no_fact_quoted_back_at_them() -> None:
    r = _northwind("Heard half my office got sick after lunch at the Northwind café in Tampere "
                   "on Friday? Food poisoning apparently.")  # fmt: skip
    public = r.public or ""
    assert "feeling better" in public, public
    assert "The facts" not in public, public
    assert "passed its latest health inspection" not in public, public


def test_emails_unanswered_are_not_answered_with_email_us_again() -> None:
    r = _northwind("Northwind double charged my Club (2 x €19.90 on 3 May). I want the second "
                   "one refunded to my card. Emailed help@ a week ago and heard nothing back.",
                   source="reddit")  # fmt: skip
    public = r.public or ""
    assert "Please email help@" not in public, public
    assert "refund" in _asks(r), _asks(r)


def test_a_weekday_and_time_told_asks_no_date_of_the_visit() -> None:
    r = _northwind("The cashier at Northwind Vallila sighed and turned away when I asked about "
                   "allergens. Friday around 16:00. Felt so unwelcome.")  # fmt: skip
    assert "date of your visit" not in _both(r), _both(r)


def test_a_kettle_lid_with_a_bracket_and_a_burn_across_the_hand_is_said() -> None:
    r = _northwind(
        "The lid of my Northwind gooseneck kettle (a gift in May) shot off while "
        "pouring and I have a burn across the back of my hand.",
        source="reddit",
    )
    assert "lid of your gooseneck kettle shot off and burned your hand" in (r.public or ""), (
        r.public)  # fmt: skip


def test_a_refund_they_would_rather_have_is_not_offered_beside_a_part() -> None:
    r = _northwind("My Northwind grinder's hopper cracked after a month. A new hopper would "
                   "do, but honestly I'd rather have a refund.")  # fmt: skip
    assert "new hopper" not in (r.public or ""), r.public


def test_wondering_if_there_is_an_api_in_a_thread_gets_the_faq() -> None:
    r = _northwind(
        "Anyone on the Northwind Club here? Wondering if there's an API so my "
        "calendar can pause deliveries while I'm away.",
        source="hackernews",
    )
    assert "don't have a public API yet" in (r.public or ""), r.public


def test_fast_delivery_that_took_days_in_sarcasm_is_a_late_order() -> None:
    r = _northwind("Adore how Northwind 'express shipping' means 8 working days. Stellar 👏")
    assert "delivery_late" in kinds(r), kinds(r)


def test_what_was_left_and_what_is_gone_from_an_opened_parcel_is_said() -> None:
    r = _parcelly("Parcelly parcel came with the tape slit, the charger is still inside but the "
                  "power bank itself is missing. Who pays?")  # fmt: skip
    assert "the power bank inside was gone" in (r.public or ""), r.public


def test_shipping_they_expected_free_is_their_word_not_a_conceded_rule() -> None:
    r = _northwind("Northwind charged me €4.90 postage even though the site said free postage "
                   "over €40, my order was €55.")  # fmt: skip
    text = _both(r)
    assert "should have been free" not in text, text
    assert "expected to be free" in text, text


def test_cold_chain_free_good_news_with_one_odd_word_is_no_bad_news() -> None:
    r = _northwind("Northwind Coffee opens its sixth café in Oulu as demand grows; a queue "
                   "formed around the block on opening day, and the roaster plans to double "
                   "capacity next year.", source="rss")  # fmt: skip
    assert "Thank you for covering" in (r.public or ""), r.public


def test_a_finnish_hot_latte_that_spilled_is_no_app_crash_and_staff_laughing_is_heard() -> None:
    r = _northwind("Kampin Northwindissa take away -mukin kansi irtosi ja kuuma kahvi kaatui "
                   "kädelleni, tuli rakkula. Henkilökunta vaan nauroi.")  # fmt: skip
    assert "app_bug" not in kinds(r), kinds(r)
    assert "staff" in kinds(r), kinds(r)


def test_plural_pastries_name_what_caused_the_reaction() -> None:
    r = _northwind("The hazelnut cookies at Northwind Töölö were stacked on top of the oat "
                   "cookies. My daughter has a nut allergy, ate an oat one and we spent the night "
                   "in A&E.")  # fmt: skip
    public = r.public or ""
    assert "I'm really sorry about this: “" not in public, public
    assert "after the cookie" in public, public


def test_access_refused_with_a_guide_dog_is_flagged_and_said() -> None:
    r = _northwind("My dad was told at the Northwind Kamppi café that he couldn't come in with "
                   "his guide dog. Unbelievable.")  # fmt: skip
    assert "discrimination" in _flags(r), _flags(r)
    assert "couldn't come in with his guide dog" in (r.public or ""), r.public


def test_papers_ordered_with_it_and_not_in_the_box_are_said_missing() -> None:
    r = _northwind("My Northwind kettle arrived with a dented spout, and the filters I ordered "
                   "with it weren't in the box.")  # fmt: skip
    text = _both(r)
    assert "the filters you ordered weren't in the box" in text, text
    assert "wrong item" not in text, text


def test_a_named_fee_is_said_with_its_own_sum() -> None:
    r = _parcelly("Booking showed ৳150 but checkout added a ৳25 'handling fee' out of nowhere.",
                  source="googleplay", rating=2)  # fmt: skip
    text = _both(r)
    assert "(৳25)" in text, text
    assert "fee (৳150)" not in text, text


def test_an_empty_box_inside_a_resealed_parcel_is_said_and_claimed() -> None:
    r = _parcelly("Parcelly parcel arrived with the tape cut, and the tablet box inside was "
                  "empty. ৳25,000 tablet. I want my money back.")  # fmt: skip
    text = _both(r)
    assert "tablet box inside was empty" in text, text
    assert "can't give refunds" not in text, text


def test_a_takeaway_lid_that_came_off_and_hot_coffee_on_a_hand_is_said() -> None:
    r = _northwind("Lid of my Northwind takeaway cup popped off at the Töölö counter and I got "
                   "hot tea all over my wrist. Blistered. That was Friday.")  # fmt: skip
    public = r.public or ""
    assert "burned it" in public, public
    assert "date of your visit" not in _both(r), _both(r)


def test_two_months_charged_after_cancelling_both_come_back() -> None:
    r = _northwind("Cancelled my Club in March and Northwind still took €19.90 in April and May. "
                   "Amazing 🙃")  # fmt: skip
    assert "Both €19.90 charges" in (r.public or ""), r.public


def test_a_wait_told_at_a_sentence_start_is_said_in_lower_case() -> None:
    r = _parcelly("Merchant here, COD payout for 12 parcels delivered on 3 May still not in my "
                  "Nagad. ৳18,200. Three weeks now.")  # fmt: skip
    public = r.public or ""
    assert "after three weeks" in public, public


def test_a_finnish_friend_with_the_same_symptoms_is_heard() -> None:
    r = _northwind("Söin Northwindin Töölön kahvilassa lohileivän ja voin pahoin koko yön. "
                   "Kaverillani, joka söi saman, on samat oireet.")  # fmt: skip
    assert "sinä ja kaverisi" in (r.public or ""), r.public


def test_soap_in_place_of_the_phone_in_a_resealed_box_is_a_complaint_in_a_thread() -> None:
    r = _parcelly("Bought a tablet from an Instagram shop, delivered by Parcelly. Box was "
                  "resealed with other tape and there was a bar of soap inside instead of the "
                  "tablet. Anyone had this? What worked?", source="reddit")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "instead of your tablet" in (r.public or ""), r.public


def test_a_lid_that_popped_off_a_drink_and_a_scald_are_said() -> None:
    r = _northwind("Lid popped off my takeaway cappuccino at Northwind Töölö and I got a scald "
                   "on the back of my hand.")  # fmt: skip
    assert "burned your hand" in (r.public or ""), r.public


def test_cold_water_offered_after_a_burn_is_no_cold_coffee() -> None:
    r = _northwind(
        "The barista at Northwind Vallila handed me a latte with the lid not on "
        "properly and it poured over my hand. Blisters. Nobody offered cold water."
    )
    text = _both(r)
    assert "was cold" not in text, text
    assert "lid not on properly" in text, text


def test_a_wheelchair_refused_in_staff_quoted_words_is_said_as_told() -> None:
    r = _northwind("Took my mum, who uses a wheelchair, to Northwind Kamppi. The barista said "
                   "they 'can't fit that in here'. Half the café was empty.")  # fmt: skip
    assert "discrimination" in _flags(r), _flags(r)
    assert "“can't fit that in here”" in (r.public or ""), r.public


def test_a_finnish_barista_who_nearly_threw_a_cup_is_no_parcel_handling() -> None:
    r = _northwind("Töölön Northwindissa myyjä oli tosi töykeä ja melkein heitti mukin "
                   "tiskille.")  # fmt: skip
    assert "delivery_handling" not in kinds(r), kinds(r)


def test_press_about_people_made_ill_gets_no_thank_you() -> None:
    # (a guard on the thank-you for good or neutral press added in this stop, which round 329
    # caught thanking a report of people made ill: it passes on e364e05, which drafted none)
    r = _northwind("Oulu: several diners report stomach illness after eating at Northwind "
                   "Coffee's café on Kirkkokatu, the city's food-safety office says.",
                   source="rss")  # fmt: skip
    public = r.public or ""
    assert "Thank you for covering" not in public, public
    assert "will share a statement" in public, public  # a statement, on the record


def test_an_allergy_question_met_with_an_eye_roll_invents_no_reaction() -> None:
    r = _northwind(
        "Asked the barista at Northwind Töölö if the muffin had nuts because my son "
        "has a nut allergy. She sighed and said 'read the label'. There was no label."
    )
    text = _both(r)
    assert "caused a reaction" not in text, text
    assert "no allergen information" in text, text


def test_a_parcel_withheld_from_a_sister_because_of_her_niqab_is_said_as_told() -> None:
    r = _parcelly("Parcelly rider refused to hand my parcel to my mother because she wears a "
                  "niqab, then marked it failed and charged me ৳40.")  # fmt: skip
    assert "refused to hand your parcel to your mother because she wears a niqab" in (
        r.public or ""), r.public  # fmt: skip


def test_a_child_named_with_her_age_in_brackets_is_who_reacted() -> None:
    r = _northwind("My son (6) ate a brownie at your Kallio café that the barista said was "
                   "peanut-free. He came out in hives within minutes and we had to use his "
                   "EpiPen.")  # fmt: skip
    public = r.public or ""
    assert "your son had a reaction" in public, public
    assert "his EpiPen" in public, public


def test_a_cafe_named_by_place_that_never_got_an_order_ahead_is_no_lost_parcel() -> None:
    r = _northwind("Northwind app took €4.80 for my order-ahead cortado and the café at Töölö "
                   "never got the order.", source="appstore", rating=1)  # fmt: skip
    assert "delivery_missing" not in kinds(r), kinds(r)
    assert "trace" not in _both(r), _both(r)


def test_a_bengali_worry_that_payments_will_get_stuck_is_no_late_payout() -> None:
    r = _parcelly("শুনলাম পার্সেলি নাকি ঢাকা ছেড়ে যাচ্ছে? আমার সিওডি টাকা কি আটকে যাবে?")
    assert "payout" not in kinds(r), kinds(r)
