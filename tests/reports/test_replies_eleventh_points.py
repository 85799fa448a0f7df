"""A post heard as written, class by class from blind rounds 276 onwards. Each worded
afresh, so that a fix fitting one sentence fails it; each fails on the code before this stop
(9cbbbbf)."""

from __future__ import annotations

from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_tenth_points import _both, _northwind, _parcelly


def test_goods_swapped_for_junk_in_a_resealed_parcel_are_a_claim_under_the_rule() -> None:
    r = _parcelly("My Parcelly parcel came today, tape slit and retaped, the watch inside "
                  "switched for some stones. Pay me what it was worth.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "delivery_handling" in kinds(r), kinds(r)
    text = _both(r)
    assert "stones inside instead of your watch" in text, text
    assert "declared value" in (r.offline or ""), r.offline
    assert "can't give refunds" not in text, text


def test_what_a_parcel_must_not_suffer_is_a_need_asked_about_not_damage_done() -> None:
    r = _parcelly("Does Parcelly take flower bouquets to Khulna? Want to send one to my aunt "
                  "for Eid and the flowers can't be crushed.")  # fmt: skip
    assert r.answered_as != "complaint", r.answered_as
    assert "damaged" not in kinds(r), kinds(r)
    assert "sorry" not in (r.public or "").casefold(), r.public


def test_a_fee_for_a_visit_nobody_made_says_the_rider_never_came() -> None:
    r = _parcelly("Parcelly took a ৳60 redelivery fee from me but the courier never came "
                  "to my flat, I was home all day. I want it back.")  # fmt: skip
    text = _both(r)
    assert "courier never came to your flat" in text, text
    assert "marked as if nobody was home" not in text, text


def test_a_fee_charged_every_time_is_said_and_returned_for_each_time() -> None:
    r = _parcelly("Four times now Parcelly has marked me 'recipient unavailable' while I was "
                  "home all day, and every time a ৳50 redelivery fee gets added. Refund the "
                  "fees.")  # fmt: skip
    text = _both(r)
    assert "(৳50) each time" in text, text
    assert "Every redelivery fee of ৳50 you were charged comes back to you" in text, text


def test_charged_several_times_for_one_drink_says_what_it_was_for_and_asks_no_account() -> None:
    r = _northwind("Northwind billed me three times for a single cappuccino at the station "
                   "café yesterday. Sort it out.")  # fmt: skip
    text = _both(r)
    assert "charged three times for a single cappuccino" in text, text
    assert "email on your account" not in (r.offline or ""), r.offline


def test_staff_who_turn_away_someone_with_a_disability_are_a_complaint_not_a_rumour() -> None:
    r = _northwind("Your Kamppi staff wouldn't seat my brother because he uses a wheelchair, "
                   "said the tables were 'reserved' and pointed at the door.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "Nobody should be treated like that" in (r.public or ""), r.public


def test_a_parcel_withheld_from_a_relative_at_the_counter_is_said_as_done() -> None:
    r = _parcelly("The Parcelly hub in Mirpur refused to hand my brother his parcel because "
                  "of his beard and cap. Shameful.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "staff" in kinds(r), kinds(r)
    assert "our hub in Mirpur refused to hand your brother his parcel" in (r.public or ""), r.public


def test_a_thing_we_lost_is_named_and_claimed_under_the_rule_in_english_too() -> None:
    r = _parcelly("Parcelly, the ৳30,000 camera you lost last week had its declared value on "
                  "the booking. I expect to be paid.")  # fmt: skip
    assert "delivery_missing" in kinds(r), kinds(r)
    text = _both(r)
    assert "camera" in (r.public or ""), r.public
    assert "declared value" in (r.offline or ""), r.offline
    assert "can't give refunds" not in text, text


def test_a_password_sent_in_plain_text_is_owned_and_the_password_changed() -> None:
    r = _parcelly("Parcelly's forgot-password screen just texted me my old password in clear "
                  "text. So you store it readably?? Fix this.")  # fmt: skip
    text = _both(r)
    assert "change your password" in (r.public or ""), r.public
    assert "password in plain text" in (r.public or ""), r.public
    assert "can't get into your account" not in text, text
    assert "the page and the steps" not in text, text
    assert r.public_check.ok, r.public_check  # type: ignore[attr-defined]


def test_caffeine_given_in_place_of_decaf_is_a_wrong_drink_with_a_health_scare() -> None:
    r = _northwind("Asked for a decaf flat white at Northwind Töölö because I'm pregnant and "
                   "I'm fairly sure I was given a regular one: palpitations all afternoon.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert "decaf flat white and were given a regular one" in public, public
    assert "I hope you" in public, public


def test_a_battery_drain_is_the_fault_and_a_wished_mode_is_passed_on() -> None:
    r = _parcelly("Couriers are great but the Parcelly app drains my phone battery within an "
                  "hour. Please add a lite mode.", source="googleplay", rating=3)  # fmt: skip
    text = _both(r)
    assert "drains your battery" in text, text
    assert "request for a lite mode" in (r.offline or ""), r.offline


def test_a_torn_pouch_and_stale_beans_are_two_things_and_writing_in_vain_is_said_so() -> None:
    r = _northwind("Second month running my Northwind Club pouch turns up with a split seam "
                   "and stale beans. Emailed you twice, nothing has changed.")  # fmt: skip
    text = _both(r)
    assert "Club pouch arrived with a split seam" in text, text
    assert "the beans were stale" in text, text
    assert "emailing us twice hasn't changed anything" in text, text
    # no photo asked (their emails have it): the fix waits for none
    assert "photo" not in text, text


def test_a_merchant_payout_past_its_days_by_the_dates_given_is_called_overdue() -> None:
    r = _parcelly("Parcelly merchant here (ID M-55120). Parcels delivered on 3 and 4 June "
                  "still not paid out, and it's the 12th today.")  # fmt: skip
    public = r.public or ""
    assert "past the two working days we promise merchants" in public, public
    assert "delivered on 3 and 4 June" in public, public


def test_a_thread_that_says_what_it_wants_to_know_gets_the_part_the_faq_answers() -> None:
    r = _parcelly("Run a small clothes shop in Chattogram and weighing up Parcelly. Anyone "
                  "using them? Mainly interested in how quickly COD cash gets paid to you and "
                  "how returns work.", source="reddit")  # fmt: skip
    public = r.public or ""
    assert "two working days" in public, public
    assert "the rest" in public.casefold(), public  # the part the FAQ leaves open


def test_finnish_allergy_of_a_child_hopes_for_the_child_and_hears_what_was_asked() -> None:
    r = _northwind("Poikani sai allergisen reaktion Northwindin korvapuustista, vaikka kysyin "
                   "myyjältä maidosta ja vakuutettiin ettei sitä ole.")  # fmt: skip
    public = r.public or ""
    assert "Toivottavasti hän voi jo paremmin" in public, public
    assert "Toivottavasti voit" not in public, public
    assert "vaikka kysyit henkilökunnaltamme maidosta" in public, public


def test_finnish_stamps_lost_again_keep_the_repeat_in_public_and_ask_for_the_account() -> None:
    r = _northwind("Northwindin sovelluksen leimani hävisivät taas päivityksen jälkeen. Jo "
                   "kolmas kerta!")  # fmt: skip
    assert "kolmas kerta" in (r.public or "").casefold(), r.public
    assert "sähköpostiosoite" in (r.offline or ""), r.offline


def test_finnish_subscription_grind_wrong_in_a_row_fixes_the_setting_without_a_choice() -> None:
    r = _northwind("Neljäs Club-toimitus putkeen väärällä jauhatuksella, vaikka asetuksissa "
                   "lukee suodatinjauhatus. Ihan mahtavaa.")  # fmt: skip
    offline = r.offline or ""
    assert "jauhatusasetuksen" in offline, offline
    assert "vai rahasi takaisin" not in offline, offline
    assert "putkeen" in (r.public or ""), r.public


# rounds 278/279


def test_praise_beside_a_failing_that_came_back_is_not_answered_as_praise_alone() -> None:
    r = _northwind("Loved the flat white at Northwind Kallio, staff were sweet, but the guest "
                   "wifi was down all morning again.", source="bluesky")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert "wifi in our Kallio café was down all morning" in public, public
    assert r.public_check.ok, r.public_check  # type: ignore[attr-defined]


def test_not_a_taka_paid_out_by_the_dates_given_is_an_overdue_payout() -> None:
    r = _parcelly("Parcelly merchant, ID M-33018. Orders delivered on the 5th and the 6th, it's "
                  "now the 14th and not a single taka has been paid out to my Nagad.")  # fmt: skip
    assert "payout" in kinds(r), kinds(r)
    assert "past the two working days we promise merchants" in (r.public or ""), r.public


def test_every_reply_from_our_handle_being_the_same_line_gets_no_dm_us_again() -> None:
    r = _parcelly("Nine days now and every reply from @ParcellyCare is 'escalated to the team'. "
                  "Parcel PX-660120 hasn't moved from Mirpur hub. Just find it.")  # fmt: skip
    public = r.public or ""
    assert "I'm tracing PX-660120 now" in public, public
    assert "Please DM" not in public, public


def test_bengali_parcel_handed_over_late_is_said_as_arrived_late() -> None:
    r = _parcelly("রাইডার চার দিন দেরি করে পার্সেল দিয়েছে, আর অ্যাপে কোনো আপডেট ছিল না।")
    public = r.public or ""
    assert "দেরিতে পৌঁছেছে" in public, public
    assert "এখনও আপনার কাছে পৌঁছায়নি" not in public, public


def test_an_allergen_served_as_free_of_it_and_a_child_in_the_emergency_room() -> None:
    r = _northwind("Checked with the barista at Northwind Kamppi that the brownie was "
                   "gluten-free, she said it was. It contained wheat flour. Spent six hours in "
                   "A&E with my son.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert "your son" in public, public
    assert "I hope he is all right" in public, public


def test_a_refusal_in_the_staffs_quoted_words_is_said_of_whom_it_was_said_to() -> None:
    r = _northwind("A waiter at Northwind Töölö told my dad, who uses a wheelchair, that they "
                   "'can't have chairs like that inside' and sat us by the bins. Shameful.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "told your dad they “can't have chairs like that inside”" in (r.public or ""), r.public


def test_seeking_comment_from_the_company_is_a_press_enquiry() -> None:
    r = _northwind("Journalist at a Helsinki daily, writing about café staff schedules at "
                   "Northwind. Seeking comment from the company before Friday noon.")  # fmt: skip
    assert r.answered_as == "press", r.answered_as


def test_a_news_item_passing_on_what_sources_suggest_gets_the_fact_on_record() -> None:
    r = _northwind("Roasting industry digest: sources indicate Northwind Coffee is in advanced "
                   "talks to be acquired by a German coffee group.", source="rss")  # fmt: skip
    assert r.answered_as == "press", r.answered_as
    assert "For the record" in (r.public or ""), r.public


def test_my_own_ridiculous_order_is_no_anger_at_us() -> None:
    r = _northwind("Props to the Northwind Kallio barista who remembered my ridiculous "
                   "half-decaf order after ONE visit. Best café around, no contest.")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as


def test_finnish_praise_with_an_if_only_wish_hears_the_wish() -> None:
    r = _northwind("Northwindin Etiopia-papu on uskomattoman herkullista. Kunpa sitä saisi "
                   "myös isommassa pussissa.")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert "toiveesi" in (r.public or ""), r.public


def test_a_parcel_held_back_for_money_is_one_failing_not_two() -> None:
    r = _parcelly("The courier refused to hand over my Parcelly parcel unless I paid 80 taka "
                  "extra for 'petrol'. Is that your rule? I want the 80 back.")  # fmt: skip
    offline = r.offline or ""
    assert "raised two things" not in offline, offline
    assert "wouldn't hand over your parcel until you paid" in offline, offline


def test_a_day_by_which_something_had_already_happened_is_no_deadline() -> None:
    r = _northwind("Lovely Yirgacheffe from Northwind, but the bag's zip tore on day one, so by "
                   "Wednesday the beans were stale.")  # fmt: skip
    assert "Wednesday" not in _both(r), _both(r)


def test_a_slow_login_code_is_said_with_how_slow() -> None:
    r = _parcelly("The Parcelly app logs me out daily and the login code takes 15 minutes to "
                  "show up.", source="googleplay", rating=1)  # fmt: skip
    assert "your login code takes 15 minutes to arrive" in _both(r), _both(r)


def test_an_email_left_unanswered_and_a_duplicate_charge_are_both_said() -> None:
    r = _northwind("Northwind double-charged my Club renewal (2 x €29.90) and my email to "
                   "support has sat unanswered for a week. Refund the duplicate charge.",
                   source="reddit")  # fmt: skip
    public = r.public or ""
    assert "your email to us has gone unanswered for a week" in public, public
    assert "duplicate charge of €29.90 comes back to you" in public, public
    assert "Please email" not in public, public


def test_lost_stamps_and_a_failing_checkout_are_both_said() -> None:
    r = _northwind("After the update the Northwind app erased my stamps (8 of 10!) and ordering "
                   "ahead keeps failing at payment.", source="appstore", rating=1)  # fmt: skip
    assert "ordering ahead fails at payment" in (r.public or ""), r.public


def test_the_grind_that_came_and_the_one_bag_torn_are_said_as_told() -> None:
    r = _northwind("Order #NW-71022 from Northwind: got moka grind instead, and one of the bags "
                   "was ripped open. Refund please, not credit.")  # fmt: skip
    text = _both(r)
    assert "you got moka grind instead" in text, text
    assert "one bag arrived ripped open" in text, text


def test_not_another_template_after_writing_twice_is_heard_as_templates_received() -> None:
    r = _northwind("Third time my Club box turns up crushed. DMed you twice, I don't want "
                   "another template reply.")  # fmt: skip
    assert "scripted answer" in _both(r), _both(r)


def test_finnish_question_whose_topics_the_entry_covers_is_answered_whole() -> None:
    r = _northwind("Odotan vauvaa. Miten Northwindin kofeiiniton kahvi on tehty, onko "
                   "mukana kemikaaleja?")  # fmt: skip
    public = r.public or ""
    assert "Swiss Water" in public, public
    assert "toisen osan" not in public, public


def test_finnish_plant_milk_missing_and_the_drink_are_both_said() -> None:
    r = _northwind("Tänään Northwindin Töölön kahvilassa soijamaitoa ei ollut ja cappuccino oli "
                   "kylmää.")  # fmt: skip
    assert "puuttui soijamaito" in (r.public or ""), r.public
    assert "cappuccino oli kylmää" in (r.public or ""), r.public


def test_a_way_to_pay_the_faq_does_not_list_gets_a_plain_no_in_both_languages() -> None:
    r = _northwind("Can I pay with Eazybreak vouchers at Northwind cafés?")
    assert "We don't take Eazybreak" in (r.public or ""), r.public
    r = _northwind("Voiko Northwindin kahviloissa maksaa Eazybreak-saldolla, vai käyvätkö "
                   "vain tavalliset kortit?")  # fmt: skip
    assert "Eazybreak ei valitettavasti käy" in (r.public or ""), r.public
    # a way the list names is no "no"
    r = _northwind("Do Northwind cafés accept Edenred?")
    assert "We don't take" not in (r.public or ""), r.public


def test_finnish_visit_this_morning_asks_no_date() -> None:
    r = _northwind("Northwindin Töölön kahvilassa tänä aamuna kassa oli töykeä ja pulla kuiva.")
    assert "käyntisi päivä" not in _both(r), _both(r)


def test_bengali_day_not_served_gets_a_plain_no() -> None:
    r = _parcelly("পার্সেলি কি শুক্রবারে পার্সেল ডেলিভারি করে?")
    assert "শুক্রবার আমরা ডেলিভারি দিই না" in (r.public or ""), r.public


def test_bengali_weekday_then_before_that_is_the_day_it_is_needed_by() -> None:
    r = _parcelly("ট্র্যাকিং PX-551902, ৪ দিন ধরে আটকে আছে। সোমবার ভাইয়ের জন্মদিন, তার আগে চাই।")
    assert "সোমবারের আগে" in (r.offline or ""), r.offline


def test_a_taste_likened_to_a_thing_with_its_article_is_a_quality_complaint() -> None:
    r = _northwind("Love paying €21 for Northwind beans that taste just like a stale cardboard "
                   "box. Great work 🙃")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "tasted like a stale cardboard box" in (r.public or ""), r.public


def test_finnish_question_about_a_way_to_pay_thanked_in_advance_is_a_question() -> None:
    r = _northwind("Moi, käyvätkö Northwindin kahviloissa maksuksi Eazybreak-setelit? Kiitos jo "
                   "etukäteen!")  # fmt: skip
    assert r.answered_as == "question", r.answered_as
    assert "veloitettiin" not in (r.public or ""), r.public
    assert "Eazybreak ei valitettavasti käy" in (r.public or ""), r.public


# rounds 280/281


def test_a_taste_it_does_not_have_is_praise() -> None:
    r = _northwind("At last a decaf from Northwind that doesn't taste like dishwater. Lovely cup "
                   "this morning, thank you.", source="bluesky")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as


def test_a_replacement_refused_in_a_list_is_not_offered() -> None:
    r = _northwind("Order NW-55110 never came. Don't send me a voucher or a replacement, I want "
                   "my €30 refunded.")  # fmt: skip
    assert "replacement" not in _both(r).casefold().replace("not a swap", ""), _both(r)
    assert "€30" in _both(r), _both(r)


def test_being_told_to_sit_elsewhere_is_said_as_told() -> None:
    r = _northwind("My mum uses a wheelchair and the staff at Northwind Kallio told us we had to "
                   "wait outside because the aisle was 'too busy'.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "told you that you had to wait outside" in (r.public or ""), r.public


def test_goods_that_must_stay_cold_leave_that_part_to_a_person() -> None:
    r = _parcelly("Can Parcelly take vaccines to Chattogram? They must stay chilled the whole "
                  "trip.")  # fmt: skip
    public = r.public or ""
    # never the delivery areas alone, as if the cold chain were covered
    assert "keep them cold" in public or "checking with the team" in public, public
    assert "worrying time" not in public, public
    r = _parcelly("Do you deliver insulin within Dhaka? It must stay refrigerated on the way.")
    public = r.public or ""
    assert "keep them cold" in public or "checking with the team" in public, public


def test_a_rumour_spreading_about_leaving_a_city_gets_the_fact_on_record() -> None:
    r = _parcelly("Word on Facebook groups: rumours are spreading that Parcelly will withdraw "
                  "from Chattogram by spring.", source="rss")  # fmt: skip
    assert "For the record" in (r.public or ""), r.public


def test_both_me_and_someone_ill_after_a_long_description_is_said_for_both() -> None:
    r = _northwind("Both me and my flatmate were ill all evening after the iced oat lattes we "
                   "picked up from the Northwind kiosk inside the shopping centre on Saturday "
                   "afternoon.")  # fmt: skip
    public = r.public or ""
    assert "you and your flatmate" in public, public
    assert "reaction" not in _both(r), _both(r)


def test_months_to_refund_are_no_wait() -> None:
    r = _northwind("Fifth message about the Club bag that never came. Refund the past two months "
                   "or I cancel, @NorthwindHelp.")  # fmt: skip
    assert "refund" in [a.kind.value for a in r.reading.asks], r.reading.asks  # type: ignore[attr-defined]
    assert "two months" not in (r.public or ""), r.public


def test_how_do_you_make_it_is_answered_by_how_it_is_made() -> None:
    r = _northwind("Expecting a baby and cutting caffeine: how do you make your decaf at "
                   "Northwind? Are solvents involved?", source="reddit")  # fmt: skip
    assert r.answered_as == "question", r.answered_as
    assert "Swiss Water" in (r.public or ""), r.public


def test_a_courier_calling_a_relative_again_and_again_is_kept_from_her() -> None:
    r = _parcelly("The Parcelly courier who brought a parcel to my mum last week has texted and "
                  "called her 5 times late at night. She is scared.")  # fmt: skip
    public = r.public or ""
    assert "texted and called your mum 5 times late at night" in public, public
    assert "no further contact with your mum" in public, public


def test_bengali_conditional_cancel_keeps_the_day_given() -> None:
    r = _parcelly("ট্র্যাকিং PX-448210, এক সপ্তাহ ধরে আটকে। কালকের মধ্যে না এলে বাতিল করে দেব।")
    assert "কালকের মধ্যে" in (r.public or ""), r.public


# rounds 282/283


def test_a_price_rise_no_fact_speaks_of_is_not_denied_with_another_fact() -> None:
    r = _northwind("Hearing Northwind will put prices up 20% in spring because arabica got "
                   "expensive. True?")  # fmt: skip
    assert "isn't accurate" not in (r.public or ""), r.public


def test_no_answers_at_all_are_not_heard_as_scripted_ones() -> None:
    """A guard for a slip of this stop itself (round 283): "not another template" beside "zero
    replies" was read as templates received."""
    r = _northwind("Fourth time asking about my Northwind Club refund. Three emails, zero "
                   "replies. Call me, not another template.")  # fmt: skip
    assert "scripted answer" not in _both(r), _both(r)


def test_still_billed_for_an_order_sent_back_is_said_so_not_a_missing_parcel() -> None:
    r = _northwind("Klarna keeps sending me payment reminders for an order I sent back to "
                   "Northwind in October. The return tracking shows delivered to you.")  # fmt: skip
    public = r.public or ""
    assert "asked to pay for an order you returned in October" in public, public
    assert "never reached you" not in public, public


def test_finnish_shipping_question_with_a_doubled_consonant_gets_the_faq() -> None:
    r = _northwind("Toimittaako Northwind kahvia myös Viroon? Siskoni muutti Pärnuun ja "
                   "haluaisin lähettää hänelle paketin.")  # fmt: skip
    assert "Viroon" in (r.public or ""), r.public
    assert "Selvitän" not in (r.public or ""), r.public


def test_finnish_rumour_of_emails_sold_to_advertisers_gets_the_privacy_fact() -> None:
    r = _northwind("Pitääkö paikkansa, että Northwind myy Club-jäsenten "
                   "sähköpostiosoitteet mainostajille?")  # fmt: skip
    assert "ei koskaan myy" in (r.public or ""), r.public


def test_closing_its_operations_in_a_city_gets_the_fact() -> None:
    r = _parcelly("Is Parcelly closing its Sylhet operations? Someone in my market says they "
                  "stop taking parcels there soon.")  # fmt: skip
    assert "isn't shutting down or leaving any city" in (r.public or ""), r.public


def test_a_pest_seen_where_food_is_served_is_answered_it_should_never_happen() -> None:
    r = _northwind("There was a rat by the pastry shelf at Northwind Kallio this morning. We'd "
                   "just eaten there. Is that normal?")  # fmt: skip
    assert "should never happen in our cafés" in (r.public or ""), r.public
    r = _northwind("Northwindin Kallion kahvilan lattialla juoksi tänään hiiri, ja söimme juuri "
                   "siellä. Onko tämä normaalia?")  # fmt: skip
    assert "Näin ei saa olla" in (r.public or ""), r.public


# rounds 284/285


def test_a_verb_opening_a_sentence_before_a_number_is_no_product() -> None:
    r = _parcelly("Love this app. Paid 15 COD orders through it this week, smooth every time.",
                  source="appstore", rating=5)  # fmt: skip
    assert "Paid 15" not in (r.public or ""), r.public


def test_an_order_page_that_shows_others_by_a_sequential_number_is_a_security_report() -> None:
    r = _northwind("Heads-up: Northwind's order-status page uses a sequential number, so "
                   "changing it by one shows another customer's name and address. I reported it "
                   "last week and heard nothing back.", source="hackernews")  # fmt: skip
    assert "passed it to the people who look after our systems" in (r.public or ""), r.public


def test_finnish_praise_but_a_rude_barista_is_no_pure_praise() -> None:
    r = _northwind("Northwindin Töölön kahvilassa ihana korvapuusti, mutta myyjä oli aika "
                   "tyly, kun kysyin kauramaidosta.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "Välitän kiitoksesi" not in (r.public or ""), r.public


def test_finnish_own_fault_with_a_question_is_no_defect_of_ours() -> None:
    r = _northwind("Oma vika: kaadoin Northwindin french pressin ja lasikannu halkesi. Saako "
                   "lasikannun ostettua erikseen?")  # fmt: skip
    assert "rahasi takaisin" not in _both(r), _both(r)
    assert "toimi niin kuin pitää" not in (r.public or ""), r.public


def test_bengali_opened_parcel_with_the_goods_gone_is_a_claim_with_the_rule_first() -> None:
    r = _parcelly("পার্সেলি থেকে আসা বক্সটা ছেঁড়া অবস্থায় পেলাম, ভেতরের ঘড়িটা নেই। পুরো টাকা "
                  "ফেরত চাই।")  # fmt: skip
    offline = r.offline or ""
    assert "ক্ষতিপূরণের দাবি খুলব" in offline, offline
    assert "বিক্রেতার সঙ্গে" not in offline, offline
    rule, claim = offline.find("ঘোষিত মূল্য"), offline.find("নিজে অনুমোদন করতে পারি না")
    assert -1 < rule < claim, offline


def test_finnish_stamps_lost_too_ask_for_the_account() -> None:
    r = _northwind("Northwindin sovellus jumittaa kassalla, ja pisteetkin hävisivät tililtä "
                   "päivityksen jälkeen. Android 14.")  # fmt: skip
    assert "sähköpostiosoite" in (r.offline or ""), r.offline
