"""Posts whose main point sits one step from a stock case: money held back at the door until
paid, a tracking page that was wrong about a parcel that had come, a one-time code asked again
at every launch. Each worded afresh, so that a fix fitting one sentence fails it."""

from __future__ import annotations

from tests.reports.test_replies import FULL, STRICT, THANKS
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds, voice_with

RIDER_RULE = voice_with(STRICT, facts=[
    {"text": "Riders may never ask for tips or extra cash: you pay only the price in the app",
     "topics": ["tips"],
     "translations": {"bn": "রাইডাররা কখনও বখশিশ বা বাড়তি টাকা চাইতে পারেন না"}},
])  # fmt: skip


def test_a_parcel_held_back_until_extra_cash_was_paid_is_a_complaint_that_gets_the_rule() -> None:
    r = product("The Parcelly guy kept my box at the door until I paid 150 tk extra, 'fuel "
                "cost' he said. App price was 90. Is that even allowed?", RIDER_RULE,
                brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert r.reading.stance.value == "complaint"
    assert not THANKS.search(public), public
    assert "Riders may never ask for tips or extra cash" in public, public
    assert "150 tk" in public, public


def test_a_bengali_is_this_right_after_extra_cash_gets_the_rule_in_public() -> None:
    r = product("পার্সেলি রাইডার বাসায় এসে ৪০ টাকা বেশি নিলো, বললো তেলের দাম বাড়ছে। অ্যাপে "
                "দেখাচ্ছিলো ৭০। এটা কি ঠিক?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert "রাইডাররা কখনও বখশিশ" in (r.public or ""), r.public


def test_a_tracking_page_wrong_about_a_parcel_that_had_come_is_no_late_parcel() -> None:
    r = product("Got my parcel on Monday, fine, but the Parcelly tracking said my parcel was "
                "waiting at the Chattogram depot when it had already been delivered to me. "
                "Sort out your tracking", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(r)
    assert "app_bug" in kinds(r)
    public = r.public or ""
    assert "hasn't reached you" not in public, public
    assert "trace" not in public, public
    assert "when it had already been delivered to you" in public, public
    assert "version" not in public  # the parcel's scans are wrong, not the phone


def test_a_code_asked_again_at_every_launch_is_the_logout_not_a_code_that_never_comes() -> None:
    r = product("App signs me out whenever I switch to it. OTP again, again. Pixel 7. Sort it",
                STRICT, source="googleplay", brand="Parcelly", rating=1)  # fmt: skip
    both_drafts = f"{r.public} {r.offline}"
    assert "never arrives" not in both_drafts, both_drafts
    assert "happened before" not in both_drafts, both_drafts
    assert "account" not in kinds(r)
    # a code said not to come is still heard as such
    missing = product("Parcelly OTP never comes to my number, can't log in", STRICT,
                      brand="Parcelly")  # fmt: skip
    assert "account" in kinds(missing)
    # "OTP not working" is the code, not a broken product
    code = product("OTP not working for 2 days @ParcellyCare", STRICT, brand="Parcelly")
    assert "defect" not in kinds(code)


def test_a_price_rise_given_as_the_riders_excuse_is_not_the_complaint() -> None:
    r = product("Parcelly rider took 30tk more at my gate, claimed prices went up this week. "
                "Is this allowed?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert "price" not in kinds(r)
    assert "billing" in kinds(r)
    assert "took 30tk extra" in (r.public or ""), r.public
    # a rise that is the dispute stays the price
    rise = product("COD charge went from 40 to 70 tk this month, I want last month's extra "
                   "back @ParcellyCare", STRICT, brand="Parcelly")  # fmt: skip
    assert "price" in kinds(rise)


def test_a_finnish_cafe_that_was_not_clean_is_said_with_its_specifics_and_named_site() -> None:
    r = product("Kiitti vaan Northwind, Töölön kahvilassa lattia oli ihan likainen eikä "
                "vessassa ollut saippuaa. Hienoa 👌")  # fmt: skip
    public = r.public or ""
    assert "Töölön kahvilassa" in public, public
    assert "saippua" in public, public
    assert "ei ollut niin siisti" not in public
    assert "paikka" not in public  # the café is named
    # the brand's own genitive names no café: the place is still asked
    unnamed = product("Northwindin kahvilassa pöydät tahmeita ja vessapaperi loppu, yäk")
    assert "paikka" in (unnamed.public or ""), unnamed.public


def test_a_motor_that_only_buzzes_is_a_fault_said_as_written() -> None:
    r = product("Bought the Northwind burr grinder in May, now it just buzzes and won't spin. "
                "Want a refund please.")  # fmt: skip
    assert "defect" in kinds(r)
    assert "buzzes" in (r.public or ""), r.public
    # a parcel that "doesn't turn up" is no motor
    late = product("Northwind order doesn't turn up when promised, every single time")
    assert "defect" not in kinds(late)


def test_a_pickup_cancelled_in_the_passive_and_no_shows_in_a_thread_are_heard() -> None:
    r = product("Again my Parcelly pickup was cancelled and nobody came, second week running. "
                "Lost a day of sales.", STRICT, brand="Parcelly")  # fmt: skip
    assert "pickup" in (r.public or ""), r.public
    thread = product("Parcelly or Steadfast for a home bakery? Parcelly's payouts are quick "
                     "for me but their no-shows on pickups drive me nuts. thoughts?",
                     voice_with(STRICT, faq=[
                         {"question": "How do cash on delivery payouts work?",
                          "answer": "We pay the cash collected to merchants within two working "
                                    "days", "topics": ["payment"]}]),
                     source="reddit", brand="Parcelly")  # fmt: skip
    public = thread.public or ""
    assert "pickups" in public, public
    assert "sorry" in public.casefold(), public
    assert "two working days" not in public


def test_a_thread_weighing_a_subscriptions_price_gets_how_it_works() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause or cancel my subscription?",
         "answer": "You can pause your subscription, skip a delivery or cancel it at any time, "
                   "with no minimum term", "topics": ["subscription"]},
    ])  # fmt: skip
    r = product("Is the Northwind subscription worth it vs my corner roaster? Subscribed "
                "friends say it's pricey. thoughts?", voice, source="reddit")  # fmt: skip
    assert "no minimum term" in (r.public or ""), r.public
    assert not any("must answer" in f for f in r.flags), r.flags


def test_a_holding_line_with_an_apostrophe_is_quoted_whole() -> None:
    r = product("Order NW-77120 never came. Each week support says 'we're checking'. "
                "Enough.")  # fmt: skip
    assert "“we're checking”" in f"{r.public} {r.offline}", r.public
    # where the DMs were the holding line, the way in is not another DM
    dms = product("Still no beans from order NW-55012. Every day your DMs say 'we'll check "
                  "today'. Refund me.")  # fmt: skip
    assert "DM @" not in (dms.public or ""), dms.public


def test_a_finnish_charge_after_a_notice_given_is_said_as_such() -> None:
    r = product("Irtisanoin tilauksen elokuussa ja silti tililtä meni 19,90 €. Rahat "
                "takaisin.")  # fmt: skip
    assert "billing" in kinds(r)
    assert "vaikka olit jo irtisanonut" in (r.public or ""), r.public


def test_an_allergen_asked_about_before_serving_is_said_with_what_it_took() -> None:
    r = product("Asked if the brownie was gluten free at Northwind Kamppi. It had wheat flour. "
                "Coeliac flare, ended up in A&E.")  # fmt: skip
    both_drafts = f"{r.public} {r.offline}"
    assert "asked whether it was gluten-free" in both_drafts, both_drafts
    assert "hospital care" in both_drafts
    assert "allergen questions are answered" in (r.offline or ""), r.offline


def test_two_kind_words_before_a_sharp_gripe_make_the_post_mixed() -> None:
    r = product("Parcelly riders are genuinely polite, got the parcel same day. but the app "
                "crashes on every launch, so annoying", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "mixed"
    assert "thank" in (r.public or "").casefold(), r.public


def test_a_data_claim_beside_ads_seen_asks_about_the_ads_not_calls() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "Northwind never sells customers' data or shares it with advertisers",
         "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Bought one bag from Northwind and now I get coffee ads on every site. Guess "
                "they sell your data to advertisers, lovely.", voice, source="mastodon")  # fmt: skip
    offline = r.offline or ""
    assert "ads" in offline, offline
    assert "contacted from" not in offline
    assert "delivery" not in offline
    assert "You asked about" not in offline


def test_a_bengali_price_question_gets_the_sum_not_the_rate_card() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "How much does it cost to send a parcel?",
         "answer": "A parcel up to 1 kg costs ৳60 within a city and ৳120 between cities, plus "
                   "৳20 for each extra kg up to 10 kg", "topics": ["price"],
         "translations": {"bn": "১ কেজি পর্যন্ত পার্সেল একই শহরের মধ্যে ৳৬০ আর এক শহর থেকে আরেক "
                                "শহরে ৳১২০, এরপর প্রতি কেজিতে ৳২০ বেশি"}},
    ])  # fmt: skip
    r = product("ঢাকা থেকে খুলনায় ৪ কেজি পার্সেল পাঠাতে কত লাগবে?", voice, brand="Parcelly")
    public = r.public or ""
    assert "৳১৮০" in public, public
    assert r.public_check.ok, r.public_check


def test_a_threads_why_question_about_a_fault_is_taken_up_in_the_open() -> None:
    r = product("Why does the Northwind app need my contacts just to show the menu? Said no and "
                "now it won't open the menu at all. Weird design.", FULL,
                source="hackernews")  # fmt: skip
    public = r.public or ""
    assert "Why does the Northwind app need my contacts just to show the menu?" in public, public
    assert "in this thread" in public


PARCELLY_FAQ = voice_with(STRICT, faq=[
    {"question": "How do I track my parcel?",
     "answer": "Open the parcel in the app or enter its tracking number at parcelly.example/track",
     "topics": ["tracking"],
     "translations": {"bn": "অ্যাপে পার্সেলটি খুলুন অথবা parcelly.example/track-এ ট্র্যাকিং নম্বর দিন"}},
    {"question": "How much does it cost to send a parcel?",
     "answer": "A parcel up to 1 kg costs ৳60 within a city and ৳120 between cities, plus ৳20 "
               "for each extra kg up to 10 kg", "topics": ["price"],
     "translations": {"bn": "১ কেজি পর্যন্ত পার্সেল একই শহরের মধ্যে ৳৬০ আর এক শহর থেকে আরেক শহরে "
                            "৳১২০, এরপর প্রতি কেজিতে ৳২০ বেশি"}},
    {"question": "Do you have an API for merchants?",
     "answer": "Merchants can book pickups and get status webhooks through our REST API; the "
               "documentation is at parcelly.example/developers", "topics": ["developer"]},
], facts=[
    {"text": "every parcel is sealed at pickup, and we pay its declared value if it's lost or "
             "opened with us", "topics": ["theft"],
     "translations": {"bn": "প্রতিটি পার্সেল পিকআপের সময় সিল করা হয়, আর আমাদের কাছে থাকা অবস্থায় "
                            "হারালে বা খোলা হলে ঘোষিত মূল্য দেওয়া হয়"}},
])  # fmt: skip


def test_a_torn_parcel_with_its_contents_gone_and_money_asked_back_is_no_faq_question() -> None:
    r = product("পার্সেল হাতে পেলাম, বক্স ছেঁড়া আর ভিতরের ঘড়িটা নেই! ট্র্যাকিং PX-40125. এটা কেমন "
                "ডেলিভারি? টাকা ফেরত চাই।", PARCELLY_FAQ, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert r.answered_as == "complaint"
    assert "parcelly.example/track" not in public, public
    assert "ছেঁড়া" in public, public
    english = product("Parcelly box arrived, half the items missing. Tracking PX-40126. What "
                      "kind of service is this? Refund me.", PARCELLY_FAQ, brand="Parcelly")  # fmt: skip
    assert "half of the items in your parcel were missing" in (english.public or ""), english.public


def test_a_charge_with_no_order_made_is_not_a_late_order() -> None:
    fi = product("Sovellus jumittui maksuvaiheessa, kortilta lähti 8,90 € mutta tilausta ei näy "
                 "tililläni.")  # fmt: skip
    assert "delivery_late" not in kinds(fi)
    assert "tilausta ei syntynyt" in (fi.public or ""), fi.public
    en = product("Northwind site froze at payment, billed my card €8.90 and yet no order in my "
                 "history")  # fmt: skip
    assert "no order went through" in (en.public or ""), en.public


def test_a_price_asked_beside_a_fault_gets_the_sum_in_public() -> None:
    r = product("what does parcelly charge for a 4kg parcel from Sylhet to Khulna? app keeps "
                "crashing so can't check", PARCELLY_FAQ, brand="Parcelly")  # fmt: skip
    assert "৳180" in (r.public or ""), r.public


def test_a_reference_with_a_country_suffix_is_kept_whole() -> None:
    r = product("Parcel PX-55120-BD stuck for 6 days, nobody answers", STRICT, brand="Parcelly")
    assert "PX-55120-BD" in (r.public or ""), r.public


def test_a_holding_line_told_again_and_again_is_quoted_not_called_silence() -> None:
    kept = product("Order NW-66120 late by a week and support kept telling me 'we are "
                   "investigating'. Nothing since.")  # fmt: skip
    assert "“we are investigating”" in (kept.public or ""), kept.public
    dm = product("Third post about PX-55121. You messaged me 'we will check' twice, nothing "
                 "happened.", STRICT, brand="Parcelly")  # fmt: skip
    assert "“we will check”" in (dm.public or ""), dm.public
    assert "nobody got back" not in (dm.public or "")
    assert "DM @" not in (dm.public or "")
    calls = product("My Parcelly parcel is lost. Rang the hotline 3 times, every time 'we are "
                    "checking'.", STRICT, brand="Parcelly")  # fmt: skip
    assert "“we are checking”" in (calls.public or ""), calls.public


def test_a_finnish_question_whether_it_costs_extra_is_answered_by_no_extra_charge() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Do your cafés have plant milk?",
         "answer": "Our cafés serve oat and soy milk at no extra charge", "topics": ["diet"],
         "translations": {"fi": "Kahviloissamme on kaura- ja soijamaitoa ilman lisämaksua"}},
    ])  # fmt: skip
    r = product("Onko teillä soijamaitoa? Maksaako se ekstraa?", voice)
    assert not any("part" in f for f in r.flags), r.flags


def test_a_finnish_cancel_question_is_told_how_to_cancel_not_how_to_pause() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause or cancel my subscription?",
         "answer": "You can pause your subscription for up to three months, skip a delivery, "
                   "cancel it, or change its beans, grind, address or schedule under Account > "
                   "Subscription, with no fee and no minimum term", "topics": ["subscription"],
         "translations": {"fi": "Voit laittaa kestotilauksesi tauolle enintään kolmeksi "
                                "kuukaudeksi, ohittaa toimituksen, perua sen tai vaihtaa sen "
                                "papuja, jauhatusta, osoitetta tai toimitusväliä kohdassa "
                                "Account > Subscription, ilman maksua ja ilman sitoutumisaikaa"}},
    ])  # fmt: skip
    r = product("Miten saan kestotilaukseni peruttua? Haluan lopettaa sen kokonaan, en löydä "
                "kohtaa mistään.", voice)  # fmt: skip
    public = r.public or ""
    # told where to cancel, or (the way not found, "en löydä kohtaa") cancelled for them
    assert "perua" in public or "Peruutan" in public, public
    assert "tauolle" not in public, public


def test_a_thread_asking_how_reliable_the_api_is_gets_the_docs_as_a_pointer() -> None:
    r = product("Ask HN: has anyone shipped with Parcelly's merchant API? We're a small shop "
                "picking a courier. Mostly wondering about uptime and how good the docs are.",
                PARCELLY_FAQ, source="hackernews", brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "community"
    public = r.public or ""
    assert "parcelly.example/developers" in public, public
    assert "rather not guess" not in public


def test_a_bengali_weight_with_its_case_ending_gets_the_sum() -> None:
    r = product("খুলনা থেকে ঢাকায় ৩ কেজির প্যাকেট পাঠাতে কত লাগবে ভাই?", PARCELLY_FAQ,
                brand="Parcelly")  # fmt: skip
    assert "৳১৬০" in (r.public or ""), r.public
    assert not r.flags, r.flags


def test_tracking_that_showed_a_status_after_delivery_is_the_tracking() -> None:
    r = product("Rider was lovely. But the tracking has shown 'out for delivery' for 3 days "
                "even though my parcel was delivered on Monday.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(r)
    assert "“out for delivery”" in (r.public or ""), r.public


def test_pests_where_food_is_served_are_a_hygiene_complaint() -> None:
    en = product("Rat running by the pastry case at Northwind Kamppi this afternoon. Yum.")
    assert en.reading.stance.value == "complaint"
    assert "rat" in (en.public or ""), en.public
    fi = product("Northwindin Kallion kahvilassa oli torakka tiskillä tänään. Herkullista.")
    assert fi.reading.stance.value == "complaint"
    assert "torakka" in (fi.public or ""), fi.public


def test_a_bengali_ask_who_pays_for_an_opened_parcel_gets_the_remedy_in_public() -> None:
    r = product("পার্সেলের সিল খোলা, ভিতরের জিনিস নেই। আমার টাকা কে দেবে?", PARCELLY_FAQ,
                brand="Parcelly")  # fmt: skip
    assert "ঘোষিত মূল্য দেওয়া হয়" in (r.public or ""), r.public


def test_a_bengali_payout_with_its_date_given_asks_only_the_merchant_id() -> None:
    r = product("মার্চেন্ট হিসেবে বলছি, ৫ তারিখের COD ৳১২,০০০ এখনো আসে নাই। কল দিলে শুধু বলে "
                "processing.", STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "তারিখগুলো" not in public, public
    assert "processing" in public, public


def test_two_faq_answers_are_given_in_the_order_asked_and_both_fit() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "When are your cafés open?",
         "answer": "Our cafés are open 7-19 on weekdays and 9-17 at weekends; holiday hours are "
                   "on each café's page at northwind.example/cafes", "topics": ["hours"]},
        {"question": "Do your cafés have plant milk?",
         "answer": "Our cafés serve oat, soy and lactose-free milk at no extra charge, and every "
                   "pastry's allergens are listed at the counter", "topics": ["diet"]},
    ])  # fmt: skip
    r = product("Is there soy milk at your cafés? Also, open on Saturdays?", voice)
    public = r.public or ""
    assert public.index("soy") < public.index("9-17"), public


def test_a_broken_part_named_after_its_break_is_said_and_a_bot_loop_is_no_silence() -> None:
    r = product("New Northwind burr grinder came with a chipped hopper lid, and your chat bot "
                "keeps sending me back to the FAQ page. Great.")  # fmt: skip
    public = r.public or ""
    assert "hopper lid" in public, public
    assert "the burr" not in public
    assert "chat bot" in public, public
    assert "nobody got back" not in public


def test_a_claim_asked_about_with_no_fact_to_answer_it_gets_no_holding_draft() -> None:
    r = product("heard Parcelly riders in Sylhet might strike next week?? anyone know, I have "
                "80 parcels going out", STRICT, brand="Parcelly")  # fmt: skip
    assert r.public is None
    assert any("no configured fact" in f for f in r.flags), r.flags


def test_a_bengali_payout_not_given_and_bengali_praise_are_read() -> None:
    payout = product("ছোট অনলাইন শপ চালাই। পার্সেলি আমার COD এর ৮,৫০০ টাকা এখনো দেয় নাই, "
                     "বৃহস্পতিবার আসার কথা ছিল।", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(payout)
    assert payout.public is not None
    assert "তারিখগুলো" not in payout.public, payout.public  # the day is given
    praise = product("পার্সেলির ডেলিভারি ভাই অনেক ভালো মানুষ, টাইমলি দিয়ে গেছেন। থ্যাংকস!", STRICT,
                     brand="Parcelly")  # fmt: skip
    assert praise.reading.stance.value == "praise"
    assert praise.public is not None


def test_a_bengali_rider_asking_extra_while_delivering_is_a_complaint_whatever_his_excuse() -> None:
    r = product("রাইডার পার্সেল দেওয়ার সময় ৩০ টাকা বাড়তি চাইলো, বললো নাকি রাস্তা খারাপ। এটা কি "
                "নিয়ম?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "complaint"
    assert "রাইডাররা কখনও বখশিশ" in (r.public or ""), r.public


def test_cod_money_held_and_payouts_missed_are_the_payout() -> None:
    r = product("@ParcellyCare you have held ৳40,000 of our merchant money for 2 weeks, payouts "
                "due 3rd and 10th all missed. Lawyer next.", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(r)
    assert "৳40,000" in (r.public or ""), r.public


def test_finnish_stamps_eaten_by_an_update_are_named() -> None:
    r = product("Kiitti Northwind, päivitys tyhjensi kaikki leimat taas. Mahtavaa 🙃")
    assert "app_bug" in kinds(r)
    assert "leima" in (r.public or ""), r.public
    assert "näin kävi" not in (r.public or "")


def test_stamps_not_shown_and_a_second_app_fault_are_both_said() -> None:
    r = product("The Northwind app doesn't show my stamps from last week, and the grinder came "
                "with a dented base.")  # fmt: skip
    assert "doesn't show your stamps from last week" in (r.public or ""), r.public
    wiped = product("App update wiped my stamps, and it now freezes when I pay. 1 star.",
                    source="appstore", rating=1)  # fmt: skip
    public = wiped.public or ""
    assert "wiped your" in public, public
    assert "stamps" in public
    assert "freez" in public, public


def test_a_rider_asking_for_tips_in_a_long_rant_is_not_dropped() -> None:
    r = product("Week from hell with Parcelly: parcel 3 days late, the rider wanted 50 tk tips "
                "at my door, and nobody picks up the hotline.", RIDER_RULE, source="reddit",
                brand="Parcelly")  # fmt: skip
    assert "staff" in kinds(r)
    assert "50 tk" in (r.public or ""), r.public


def test_a_part_after_the_item_is_said_of_the_item() -> None:
    r = product("Northwind, the jar came with its lid cracked and the beans tasted burnt.")
    assert "jar arrived with its lid cracked" in (r.public or ""), r.public


def test_a_resend_promised_and_not_sent_is_said_and_the_address_not_asked_again() -> None:
    r = product("Writing again: order NW-70112 never came, on Monday your team promised it "
                "would be resent and still nothing.")  # fmt: skip
    public = r.public or ""
    assert "resend you were promised on Monday" in public, public
    assert "address" not in public, public


def test_a_crushed_box_with_its_contents_fine_opens_no_damage_claim() -> None:
    r = product("Rider was lovely, but the box came squashed on one side. Everything inside was "
                "fine though.", STRICT, brand="Parcelly")  # fmt: skip
    both_drafts = f"{r.public} {r.offline}"
    assert "inside was fine" in both_drafts, both_drafts
    assert "damage claim" not in both_drafts
    assert "photo" not in both_drafts
    assert "What would make this right" not in both_drafts


def test_a_sellers_returned_parcels_are_checked_against_call_records() -> None:
    r = product("As a Parcelly merchant I've had 9 parcels returned as 'receiver not reachable' "
                "this week, my customers say no rider called. Fix this.", STRICT,
                brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "9 of your parcels were marked" in public or "were marked" in public, public
    assert "redelivered at a time that suits you" not in (r.offline or "")


def test_a_pickup_that_never_came_asks_for_its_booking_not_a_tracking_number() -> None:
    r = product("Booked a Parcelly pickup twice this week, no rider turned up either time.",
                STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "booking number" in public, public
    assert "tracking" not in public


def test_an_app_crash_while_booking_a_pickup_still_asks_the_app_version() -> None:
    r = product("Parcelly app freezes every time I try to book a pickup. Galaxy S21. Fix it.",
                STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "version" in public, public
    assert "booking number" not in public


def test_a_price_sum_does_not_answer_a_second_question_beside_it() -> None:
    r = product("What does it cost to send a 2kg parcel from Khulna to Dhaka? And are perfume "
                "bottles or other liquids allowed?", PARCELLY_FAQ, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "৳140" in public, public
    assert any("part" in f for f in r.flags), r.flags


def test_answers_cut_short_to_fit_keep_the_figures_that_were_asked() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "Where do you deliver?",
         "answer": "We deliver in Dhaka, Chattogram and Sylhet, Saturday to Thursday, 9:00-21:00",
         "topics": ["shipping"]},
        {"question": "How do COD payouts work?",
         "answer": "Cash on delivery works wherever we deliver; we pay the cash collected to "
                   "merchants within two working days of delivery, for a 1% COD fee",
         "topics": ["payment"]},
    ])  # fmt: skip
    r = product("Do you deliver in Sylhet? And when do I get my COD cash, is there a fee?",
                voice, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "Cash on delivery works wherever we deliver." not in public, public


def test_a_stomach_bug_after_a_cafe_lunch_is_food_safety_not_an_app_bug() -> None:
    r = product("Heads up: several of us got stomach bugs after breakfast at Northwind Kamppi "
                "on Friday. Coincidence?", source="reddit")  # fmt: skip
    assert "app_bug" not in kinds(r)
    assert "food_safety" in kinds(r)
    assert "stomach bugs after breakfast at Northwind Kamppi" in (r.public or ""), r.public
    assert r.flags  # a person reviews a health report


def test_a_fee_rise_passed_on_from_a_group_is_a_rumour_not_a_charge() -> None:
    r = product("Someone in our home bakers Facebook group says Parcelly will raise the COD fee "
                "to 2% in January. Anyone know if that's legit?", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert "charged" not in (r.public or "")


def test_tracking_that_shows_a_status_for_a_parcel_in_hand_is_heard_beside_praise() -> None:
    r = product("Rider was lovely and quick. but the app still shows my parcel as 'in transit' "
                "when it's right here on my desk. fix it", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "mixed"
    assert "“in transit”" in (r.public or ""), r.public


def test_a_vague_worry_in_a_thread_is_no_failing_to_sort_out() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "Can I pause my Northwind Club subscription?",
         "answer": "You can pause your Northwind Club subscription for up to three months under "
                   "Account > Subscription", "topics": ["subscription"]},
    ])  # fmt: skip
    r = product("r/Helsinki: is the Northwind Club any good? Thinking of joining but not sure I "
                "could pause it over the holidays. Pros and cons?", voice, source="reddit")  # fmt: skip
    public = r.public or ""
    assert "pause your Northwind Club subscription" in public, public
    assert "flagging the rest" not in public, public
    assert "sort this out" not in public


def test_holding_lines_and_being_told_to_wait_are_heard() -> None:
    got = product("Parcelly marked my parcel delivered again and I never got it. Complained "
                  "twice, got 'we are checking' and nothing.", STRICT, brand="Parcelly")  # fmt: skip
    assert "“we are checking”" in (got.public or ""), got.public
    wait = product("Parcelly lost my camera parcel a month ago and support keeps telling me to "
                   "wait.", STRICT, brand="Parcelly")  # fmt: skip
    assert "told to wait" in (wait.public or ""), wait.public
    say = product("My COD payout is 10 days late. Called 3 times, all they say is 'processing'.",
                  STRICT, brand="Parcelly")  # fmt: skip
    assert "“processing”" in (say.public or ""), say.public
    back = product("Three weeks of back and forth with Northwind support over a leaking kettle. "
                   "Get me a manager.")  # fmt: skip
    assert "back and forth with us for three weeks" in (back.public or ""), back.public


def test_a_parcel_sent_round_the_houses_is_said_as_such() -> None:
    r = product("my Parcelly parcel went Sylhet -> Dhaka -> back to Sylhet and still isn't here. "
                "brilliant 👏", STRICT, brand="Parcelly")  # fmt: skip
    assert "back and forth between cities" in (r.public or ""), r.public


def test_finnish_ground_for_whole_beans_and_nobody_knowing_where_it_is_are_said() -> None:
    ground = product("Tilasin kokonaiset pavut mutta ne tuli jauhettuna vaikka tilasin kokonaiset "
                     "pavut, kiitti vaan.")  # fmt: skip
    assert "jauhettuna" in (ground.public or ""), ground.public
    where = product("Tilaus NW-31120 ei ole tullut, ja soitin kolmesti eikä kukaan osaa sanoa "
                    "missä se on.")  # fmt: skip
    assert "osannut kertoa" in (where.public or ""), where.public


def test_a_bengali_parcel_not_coming_for_days_is_late_beside_the_rider_not_answering() -> None:
    r = product("একটা পার্সেল ৬ দিন ধরে আসতেছে না। ট্র্যাকিং এ out for delivery দেখায় কিন্তু রাইডার "
                "কল ধরে না। PX-5512001", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r)
    assert "PX-5512001" in (r.public or ""), r.public


def test_a_logout_beside_a_second_app_fault_is_said_too() -> None:
    r = product("Kicks me out every time I switch apps, and the payout page won't load. Useless.",
                STRICT, source="googleplay", brand="Parcelly", rating=1)  # fmt: skip
    public = r.public or ""
    assert "logging you out" in public, public
    assert "won't load" in public, public


def test_a_bengali_cod_payment_long_overdue_is_a_payout_and_a_booking_blocked_is_no_parcel() -> (
    None
):
    payout = product("ভাই পার্সেলি, আমার COD পেমেন্ট প্রায় দুই সপ্তাহ হয়ে গেল এখনো আসে নাই। "
                     "মার্চেন্ট আইডি PM-41200।", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" in kinds(payout)
    assert "delivery_late" not in kinds(payout)
    blocked = product("আপডেটের পর লগইন হচ্ছে না, OTP আসে না। ২ দিন ধরে কোনো পার্সেল বুক করতে পারছি "
                      "না।", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(blocked)


def test_praise_with_a_torn_bag_is_mixed_and_the_bag_is_named() -> None:
    r = product("The Guji is one of the best coffees I've had, but the bag arrived with a long "
                "rip and beans all over the box.")  # fmt: skip
    assert r.reading.stance.value == "mixed"
    assert "torn bag" in (r.public or ""), r.public


def test_dairy_milk_served_for_an_oat_order_is_said_beside_the_staff() -> None:
    r = product("Northwind Töölö served me a cappuccino with normal milk when I asked for soy "
                "again. I'm lactose intolerant and the barista just shrugged.")  # fmt: skip
    public = r.public or ""
    assert "dairy milk" in public, public
    assert "soy" in public
    assert "shrugged" in public


def test_a_finnish_app_review_gets_no_invented_broken_product() -> None:
    r = product("Sovellus kaatuu kun maksan Apple Paylla, eli koko ennakkotilaus ei toimi.",
                source="appstore", rating=2)  # fmt: skip
    assert "defect" not in kinds(r)


def test_a_rider_map_praised_is_no_rider_praised() -> None:
    r = product("Love the live rider map and booking is super quick. Five stars.", STRICT,
                source="googleplay", brand="Parcelly", rating=5)  # fmt: skip
    assert "rider hears" not in (r.public or ""), r.public


def test_a_pregnancy_question_hears_the_care_and_drops_the_sales_line() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "How is your decaf made?",
         "answer": "Our decaf is made with the Swiss Water process: water only, no solvents. You "
                   "can add it to a Club subscription too", "topics": ["caffeine"],
         "translations": {"fi": "Kofeiiniton kahvimme tehdään Swiss Water -menetelmällä: vain "
                                "vettä, ei liuottimia. Voit lisätä sen myös Club-tilaukseesi"}},
    ])  # fmt: skip
    en = product("Pregnant and wondering: is your decaf done with chemicals?", voice)
    assert "pregnant" in (en.public or ""), en.public
    assert "Club" not in (en.public or "")
    fi = product("Olen raskaana, onko teidän kofeiiniton tehty kemikaaleilla?", voice)
    assert "raskau" in (fi.public or ""), fi.public
    assert "Club" not in (fi.public or "")


def test_a_finnish_cancel_button_not_found_is_no_cancellation_that_failed() -> None:
    r = product("Miten tän Clubin saa lopetettua? Appista ei löydy mitään kohtaa, etsin jo "
                "eilen. Ärsyttää.")  # fmt: skip
    assert "vaikka peruit" not in (r.public or ""), r.public
    assert "et löytänyt tapaa" in (r.public or ""), r.public


def test_webhooks_arriving_hours_late_are_an_api_fault_heard_in_the_open() -> None:
    r = product("Ask HN: Anyone hooked Parcelly's API into WooCommerce? Status updates sometimes "
                "arrive 5-6 hours late for us. Alternatives?", STRICT, source="hackernews",
                brand="Parcelly")  # fmt: skip
    assert "rather not guess" not in (r.public or ""), r.public
    assert "app_bug" in kinds(r)


def test_ground_for_the_wrong_method_against_a_subscription_setting_is_said() -> None:
    r = product("Club bag arrived ground for filter when my subscription is set to espresso. "
                "Great.")  # fmt: skip
    assert "ground for filter when you'd chosen espresso" in (r.public or ""), r.public


def test_a_claim_a_relative_passes_on_is_a_rumour_never_praise() -> None:
    theft = voice_with(STRICT, facts=[
        {"text": "every parcel is sealed at pickup, and we pay its declared value if it's lost or "
                 "opened with us", "topics": ["theft"]},
    ])  # fmt: skip
    r = product("Heads up: my brother works next to the Parcelly depot in Mirpur and says riders "
                "open boxes and take out phones. Careful what you send.", theft,
                brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "rumour"
    assert not THANKS.search(r.public or ""), r.public


def test_a_rider_saying_you_had_to_pay_extra_is_the_money_asked_and_gets_the_rule() -> None:
    r = product("The Parcelly rider said to me I had to pay 80tk more for the 5th floor or no "
                "parcel. Is that even allowed?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert r.reading.stance.value == "complaint"
    assert "Riders may never ask for tips or extra cash" in public, public


def test_a_club_delivery_skipped_unasked_is_said_as_such() -> None:
    r = product("Northwind, my Club delivery was skipped for the second month though I didn't "
                "pause anything. Sort it.")  # fmt: skip
    assert "subscription" in kinds(r)
    assert "skipped" in (r.public or ""), r.public
    assert "never paused it" in (r.public or ""), r.public


def test_parcels_the_brand_has_lost_and_praise_beyond_expectations_are_read() -> None:
    lost = product("That's the second parcel Parcelly has lost for me in a month. Tracking "
                   "PCL-55120034.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_missing" in kinds(lost)
    kind = product("Parcelly rider came through a storm and the box was bone dry. Way better than "
                   "I expected.", STRICT, brand="Parcelly")  # fmt: skip
    assert kind.reading.stance.value == "praise"


def test_a_finnish_cafe_closing_rumour_finds_the_closing_fact() -> None:
    voice = voice_with(FULL, facts=[
        {"text": "None of our cafés is closing", "topics": ["closing"],
         "translations": {"fi": "Yksikään kahviloistamme ei ole sulkemassa ovia"}},
    ])  # fmt: skip
    r = product("Kuulin että Northwindin Kallion kahvila menee kiinni keväällä, onko totta?", voice)
    assert "Yksikään kahviloistamme" in (r.public or ""), r.public


def test_a_strike_asked_about_gets_no_faq_answer_beside_it() -> None:
    voice = voice_with(STRICT, faq=[
        {"question": "Where and when do you deliver?",
         "answer": "We deliver in Dhaka and Sylhet, Saturday to Thursday, 9:00-21:00",
         "topics": ["shipping"]},
    ])  # fmt: skip
    r = product("Heard Parcelly riders in Uttara walk out on Monday over pay. Will deliveries "
                "still happen that week?", voice, brand="Parcelly")  # fmt: skip
    assert r.public is None
    assert any("no configured fact" in f for f in r.flags), r.flags


def test_a_claim_about_selling_numbers_put_as_a_question_gets_the_rule() -> None:
    voice = voice_with(STRICT, facts=[
        {"text": "Parcelly never sells customers' phone numbers", "topics": ["privacy"]},
    ])  # fmt: skip
    r = product("Two days after my Parcelly parcel I keep receiving loan offer calls. So you "
                "sell our numbers now?", voice, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "Parcelly never sells customers' phone numbers" in public, public
    assert "checking with the team" not in public
    assert "isn't accurate" not in public  # the calls happened to them


def test_a_parcel_marked_lost_at_the_hub_is_missing_not_late() -> None:
    r = product("My Parcelly parcel PCL-4410021 has said 'lost at hub' for 10 days. I want its "
                "value back.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_missing" in kinds(r)
    assert "is late" not in (r.public or ""), r.public


def test_a_bengali_thanks_for_a_mistake_put_right_is_praise() -> None:
    r = product("ভুল নম্বর দিয়ে ফেলেছিলাম, পার্সেলি কেয়ার ৫ মিনিটে ঠিক করে দিলো, বিকেলেই পার্সেল পেয়ে "
                "গেছি। really impressed 👏", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value != "complaint"
    assert "দুঃখিত" not in (r.public or "")


def test_a_bengali_pickup_no_rider_came_to_is_no_late_parcel() -> None:
    r = product("তিনবার পিকআপ বুক করছি, একবারও রাইডার আসে নাই। ম্যানেজার চাই।", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(r)
    assert "পিকআপ" in (r.public or ""), r.public
