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
