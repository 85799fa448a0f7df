"""A post heard as written, class by class from blind rounds 268 onwards. Each worded
afresh, so that a fix fitting one sentence fails it; each fails on the code before this stop
(3ba77a7)."""

from __future__ import annotations

from monitor.reading.read import read
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_third_points import _demo_voice


def _northwind(text: str, source: str = "x", rating: float | None = None) -> object:
    return product(text, _demo_voice("Northwind Coffee"), brand="Northwind Coffee",
                   source=source, rating=rating)  # fmt: skip


def _parcelly(text: str, source: str = "x", rating: float | None = None) -> object:
    return product(text, _demo_voice("Parcelly"), brand="Parcelly", source=source, rating=rating)


def _both(r: object) -> str:
    return f"{r.public or ''}\n{r.offline or ''}"  # type: ignore[attr-defined]


def test_someone_else_in_their_account_is_a_break_in_with_the_password_changed_first() -> None:
    r = _northwind("A stranger got into my Northwind account last night and bought two "
                   "grinders with my saved card. I did not buy them!")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "account" in kinds(r), kinds(r)
    text = _both(r)
    assert "someone else got into your account" in text, text
    assert "change your password" in (r.public or ""), r.public
    assert "lock your account" in (r.offline or ""), r.offline
    assert "can't get into your account" not in text, text
    assert "get you back in" not in text, text
    # nothing said about a break-in: a plain lock-out stays one
    r = _northwind("I'm locked out of my Northwind account, the reset email never comes")
    assert "change your password" not in _both(r), _both(r)


def test_orders_or_pickups_they_never_made_are_read_as_someone_else_in_the_account() -> None:
    r = _parcelly("@ParcellyCare there are 3 bookings on my profile that I never made, and "
                  "৳450 went from my bKash for them")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "account" in kinds(r), kinds(r)
    assert "made bookings in your name" in (r.public or ""), r.public
    assert "change your password" in (r.public or ""), r.public
    # an order that never came is no break-in
    assert "account" not in kinds(_northwind("The order I placed on Monday never came"))


def test_a_member_of_staff_who_keeps_contacting_them_is_kept_away_and_nothing_is_bargained() -> (
    None
):
    r = _parcelly("The courier who brought my parcel on Sunday keeps texting me asking if I'm "
                  "single. It's creepy, I don't feel safe ordering anymore.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    offline = r.offline or ""
    assert "no further contact with you" in (r.public or ""), r.public
    assert "screenshots of the messages" in offline, offline
    assert "What would make this right" not in offline, offline
    # someone else in their family contacted: said of them
    r = _northwind("One of your baristas at Northwind Kamppi has been messaging my daughter "
                   "on Instagram since she ordered there. She is 16.")  # fmt: skip
    assert "no further contact with your daughter" in _both(r), _both(r)


def test_food_that_made_them_ill_asks_what_finds_the_cause_and_whether_others_were_ill() -> None:
    r = _northwind("My husband vomited all evening after the tuna sandwich from Northwind "
                   "Töölö today.")  # fmt: skip
    text = _both(r)
    assert "your husband was sick after the tuna sandwich" in text, text
    offline = r.offline or ""
    assert "when the symptoms started" in offline, offline
    assert "anyone else" in offline, offline
    assert "when the symptoms started" not in (r.public or ""), r.public
    # someone else ill too, told after a comma: said once, not glued to what they ate
    r = _northwind("Got food poisoning from the quiche at Northwind Kallio on Saturday, my "
                   "flatmate as well.")  # fmt: skip
    text = _both(r)
    assert "flatmate as well" not in text, text
    assert ", your flatmate" not in text, text
    # an allergic reaction's cause is known: no such questions
    r = _northwind("My son had an allergic reaction to the cookie at Northwind Kamppi, it "
                   "had nuts in it though the label said nut-free")  # fmt: skip
    assert "when the symptoms started" not in (r.offline or ""), r.offline


def test_a_friend_passed_over_for_what_she_wears_is_a_first_hand_report_not_a_rumour() -> None:
    r = _northwind("The cashier at Northwind Töölö wouldn't serve my friend because she wears "
                   "a turban, then served the couple behind us straight away.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "wouldn't serve your friend" in (r.public or ""), r.public
    r = _northwind("Staff at Northwind Kamppi ignored my sister in a wheelchair at the till for "
                   "15 minutes and served everyone who came after her.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "no_response" not in kinds(r), kinds(r)
    assert "ignored your sister in a wheelchair" in (r.public or ""), r.public
    # unanswered messages are still no response
    assert "no_response" in kinds(_northwind("You ignored my emails about the broken grinder"))


def test_finnish_ordinal_weeks_of_waiting_are_a_late_order_said_with_the_week() -> None:
    r = _northwind("Kiitos vaan Northwind, neljäs viikko odotusta tilaukselle. Mahtavaa 👏")
    assert r.answered_as == "complaint", r.answered_as
    assert "delivery_late" in kinds(r), kinds(r)
    assert "olet odottanut jo neljättä viikkoa" in (r.public or ""), r.public
    assert "Kiitos!" not in (r.public or ""), r.public


def test_a_finnish_item_in_an_inflected_case_is_not_pasted_inside_our_sentence() -> None:
    r = _northwind("Toista viikkoa odotan Kenia-pusseja, eikä mitään kuulu. Tilasin ne "
                   "verkkokaupasta.")  # fmt: skip
    assert "(Kenia-pusseja)" not in _both(r), _both(r)
    assert "delivery_late" in kinds(r), kinds(r)
    assert read("kolmatta viikkoa odotan pakettia").facts.durations == ("kolmatta viikkoa",)


def test_a_reporter_asking_someone_to_give_a_comment_by_a_time_is_a_press_request() -> None:
    r = _parcelly("Hello @ParcellyCare, journalist at a Chattogram weekly covering rider pay. "
                  "Could a manager at Parcelly provide a quote before Monday 10am? DMs open.")  # fmt: skip
    assert r.answered_as == "press", r.answered_as
    assert r.reading.stance.value == "request", r.reading.stance  # type: ignore[attr-defined]
    text = _both(r)
    assert "before Monday 10am" in text, text
    assert "your piece" not in text, text


def test_a_news_report_of_a_sale_the_facts_deny_gets_the_fact_on_record_not_a_holding_line() -> (
    None
):
    r = _northwind("Trade paper: Northwind Coffee is said to be in talks to sell the company to "
                   "a German roasting group, according to people familiar.", source="rss")  # fmt: skip
    assert r.answered_as == "press", r.answered_as
    public = r.public or ""
    assert "isn't being sold" in public, public
    assert "will share a statement" not in public, public
    assert "Thank you for your piece" not in (r.offline or ""), r.offline
    assert "Readers who were affected" not in (r.offline or ""), r.offline


def test_a_subscription_that_keeps_sending_the_wrong_grind_gets_its_setting_fixed() -> None:
    r = _northwind("For the second delivery running my Northwind subscription beans came ground "
                   "for filter when I chose whole bean. Sort it out please.")  # fmt: skip
    offline = r.offline or ""
    assert "grind on your subscription" in offline, offline
    assert "once your order is confirmed" not in offline, offline
    assert "a photo" not in _both(r), _both(r)
    # a grind named in lower case is cased as written
    r = _northwind("Ordered the Guji, it came ground for french press when I chose espresso")
    assert "french press" not in _both(r), _both(r)


def test_a_bracket_of_theirs_is_never_left_open_in_a_restatement() -> None:
    r = _northwind("My Northwind order was a mess: the grinder came a week late, it was the wrong "
                   "colour (got the black one instead of the white I ordered), and I was "
                   "charged twice.", source="reddit")  # fmt: skip
    text = _both(r)
    for line in text.splitlines():
        assert line.count("(") == line.count(")"), line
    assert "the black one" in text or "the black grinder" in text or "black colour" in text, text


def test_a_lost_parcel_with_a_deadline_to_settle_hears_the_days_and_says_it_went_missing() -> None:
    r = _parcelly("@ParcellyCare you lost my parcel PCL-880412 with a tablet in it, declared "
                  "value ৳30,000. Settle this in 10 days or I go to the consumer court.")  # fmt: skip
    text = _both(r)
    assert "10 days you've given us" in text, text
    assert "went missing with us" in text, text
    assert "refund" in {a.kind.value for a in r.reading.asks}, r.reading.asks  # type: ignore[attr-defined]
    # a parcel that never came to the writer is still one that never reached them
    r = _parcelly("My parcel PCL-880413 never arrived, the app says it's out for delivery")
    assert "went missing with us" not in _both(r), _both(r)


def test_praise_in_the_words_people_taste_coffee_with_makes_a_post_mixed() -> None:
    r = _northwind("Loving the Huila beans, so juicy! But the webshop charged me shipping twice "
                   "on one order.")  # fmt: skip
    assert r.reading.stance.value == "mixed", r.reading.stance  # type: ignore[attr-defined]
    assert "kind words" in (r.public or "") or "glad" in (r.public or "").casefold(), r.public


def test_others_who_fell_ill_and_what_they_suspect_are_heard() -> None:
    r = _northwind("Got food poisoning after brunch at Northwind Kamppi on Sunday and so did my "
                   "three colleagues. It must have been the chicken.")  # fmt: skip
    text = _both(r)
    assert "you and your three colleagues" in text, text
    assert "hope everyone is all right" in text, text
    assert "have the chicken checked" in (r.offline or ""), r.offline


def test_spam_calls_blamed_on_a_courier_ask_for_the_calls_and_the_tracking_number() -> None:
    r = _parcelly("Two days after my Parcelly delivery the scam calls started. So you sell our "
                  "numbers to advertisers now?")  # fmt: skip
    offline = r.offline or ""
    assert "seeing the ads" not in offline, offline
    assert "the tracking number" in offline, offline


def test_a_question_about_an_api_to_script_deliveries_gets_the_api_answer() -> None:
    r = _northwind("Anyone here use Northwind's Club? Is there an API or some way to automate "
                   "pausing it when I'm away?", source="hackernews")  # fmt: skip
    assert "public API" in (r.public or ""), r.public


def test_a_bengali_merchants_payout_past_the_promised_days_is_said_to_be_overdue() -> None:
    r = _parcelly("আমি একজন মার্চেন্ট। ক্যাশ অন ডেলিভারির টাকা এখনো ব্যাংকে আসেনি, ৮ দিন হয়ে "
                  "গেছে। কী হচ্ছে?")  # fmt: skip
    offline = r.offline or ""
    assert "দুই কর্মদিবসের মধ্যে" in offline, offline
    assert "৮ দিন তার চেয়ে অনেক বেশি" in offline, offline
    assert "COD-এর" not in offline, offline  # their own words for the money
    assert r.offline_check is None or r.offline_check.ok, r.offline_check  # type: ignore[attr-defined]
    # paid within the promise: nothing said to be overdue
    r = _parcelly("আমি মার্চেন্ট। ক্যাশ অন ডেলিভারির টাকা এখনো বিকাশে আসেনি, ১ দিন হলো।")
    assert "তার চেয়ে অনেক বেশি" not in (r.offline or ""), r.offline


def test_a_local_post_needing_it_by_a_weekday_or_with_medicine_inside_is_heard() -> None:
    r = _parcelly("আমার পার্সেল এক সপ্তাহ ধরে আসছে না। শুক্রবারের আগে দরকার, ভেতরে আব্বার "
                  "ইনসুলিন।")  # fmt: skip
    offline = r.offline or ""
    assert "শুক্রবারের আগে" in offline, offline
    assert "জরুরি" in offline, offline
    r = _northwind("Tilasin kahvipaketin kaksi viikkoa sitten, eikä sitä ole vieläkään tullut. "
                   "Tarvitsen sen perjantaihin mennessä.")  # fmt: skip
    assert "perjantaihin mennessä" in (r.offline or ""), r.offline


def test_someone_else_in_the_account_is_heard_in_finnish_and_bengali_too() -> None:
    r = _northwind("Joku on kirjautunut tililleni ja tilannut kahvia osoitteeseen, jota en tunne.")
    offline = r.offline or ""
    assert "joku muu pääsi tilillesi" in offline, offline
    assert "Vaihda salasanasi heti" in offline, offline
    assert "perun tilaukset" in offline, offline
    r = _parcelly("কেউ আমার অ্যাকাউন্টে ঢুকে দুইটা অর্ডার করেছে, আমি কিছুই জানি না।")
    offline = r.offline or ""
    assert "অন্য কেউ আপনার অ্যাকাউন্টে ঢুকে আপনার নামে অর্ডার করেছে" in offline, offline
    assert "পাসওয়ার্ড বদলে নিন" in offline, offline


def test_a_rider_who_keeps_messaging_is_kept_away_in_bengali_and_finnish() -> None:
    r = _parcelly("পার্সেলির এক রাইডার পার্সেল দেওয়ার পর থেকে আমাকে বারবার ফোন করছে, আমার "
                  "ভয় পাচ্ছি।")  # fmt: skip
    offline = r.offline or ""
    assert "আর আপনার সঙ্গে যোগাযোগ করবেন না" in offline, offline
    assert "স্ক্রিনশট" in offline, offline
    r = _northwind("Northwindin kahvilan työntekijä viestittelee minulle Instagramissa joka ilta "
                   "käyntini jälkeen. Pelottaa.")  # fmt: skip
    assert "ole sinuun enää yhteydessä" in (r.offline or ""), r.offline
    assert "viestejä, joita et halunnut" in (r.offline or ""), r.offline


def test_a_refund_turned_down_in_a_list_of_two_is_not_asked_for() -> None:
    r = _northwind("The kettle's spout cracked after a week. I don't want a new kettle or my "
                   "money back, only a replacement spout please. Order NW-66012.")  # fmt: skip
    asked = {a.kind.value for a in r.reading.asks}  # type: ignore[attr-defined]
    assert "refund" not in asked, asked
    assert "replacement_part" in asked, asked
    text = _both(r)
    assert "money back" not in text, text
    assert "refund" not in text.casefold(), text


def test_a_rider_who_hit_someone_and_rode_off_is_a_safety_complaint_said_as_told() -> None:
    r = _parcelly("Your rider clipped my grandfather with his scooter outside our gate in "
                  "Mirpur and drove off. He has a bruised knee.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "health_safety" in {f.kind.value for f in r.reading.flags}, r.reading.flags  # type: ignore[attr-defined]
    public = r.public or ""
    assert "clipped your grandfather" in public, public
    assert "didn't stop" in public, public
    assert "What would make this right" not in (r.offline or ""), r.offline
    # nearly hit is still nearly
    r = _parcelly("A Parcelly rider nearly hit my son on the pavement today")
    assert "nearly hit your son" in (r.public or ""), r.public


def test_a_friend_told_a_pretext_and_the_next_person_served_is_discrimination() -> None:
    r = _northwind("At Northwind Töölö the cashier told my friend it was 'cash only today' when "
                   "she came up in her wheelchair, then served the woman behind her by card.")  # fmt: skip
    assert "discrimination" in {f.kind.value for f in r.reading.flags}, r.reading.flags  # type: ignore[attr-defined]
    public = r.public or ""
    assert "told your friend it was 'cash only today'" in public, public
    assert "What would make this right" not in (r.offline or ""), r.offline


def test_a_cancellation_from_a_day_asked_on_a_thread_site_is_done_with_thanks() -> None:
    r = _northwind("@northwindcoffee please cancel my Club after the 15th, we're moving abroad. "
                   "Enjoyed every bag!", source="mastodon")  # fmt: skip
    assert r.reading.speaker.value == "customer", r.reading.speaker  # type: ignore[attr-defined]
    public = r.public or ""
    assert "after the 15th" in public, public
    assert "good luck with the move" in public, public


def test_a_question_after_a_colon_is_a_question_whatever_praise_follows() -> None:
    r = _northwind("Question for the crowd: does Northwind ship to Latvia? My cousin there "
                   "loved the Kenya I sent her.", source="mastodon")  # fmt: skip
    assert r.answered_as == "question", r.answered_as
    assert "Latvia" in (r.public or ""), r.public
    assert "enjoying" not in (r.public or ""), r.public


def test_marketing_never_agreed_to_is_a_failing_to_stop_not_a_claim_to_correct() -> None:
    r = _northwind("Still getting Northwind promo emails even though I unsubscribed in October. "
                   "Next stop is the data protection ombudsman.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    text = _both(r)
    assert "promo emails after you unsubscribed" in text, text
    assert "off every marketing list" in (r.offline or ""), r.offline
    assert "isn't accurate" not in text, text
    r = _northwind("Saan Northwindiltä markkinointiviestejä, vaikka en ole antanut lupaa. "
                   "Ilmoitan tästä tietosuojavaltuutetulle.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "regulator" in {f.kind.value for f in r.reading.flags}, r.reading.flags  # type: ignore[attr-defined]
    offline = r.offline or ""
    assert "markkinointilistoilta" in offline, offline
    assert "ei pidä paikkaansa" not in _both(r), _both(r)


def test_finnish_praise_that_came_back_in_the_plural_is_no_repeat() -> None:
    r = _northwind("Jono oli pitkä Northwindin Kampin kahvilassa, mutta pullat olivat taas "
                   "herkullisia. Kiitos!")  # fmt: skip
    assert not r.reading.facts.repeat, r.reading.facts.repeat  # type: ignore[attr-defined]
    assert "ennenkin" not in (r.public or ""), r.public


def test_a_wrong_rate_charged_and_a_looping_bot_are_said_and_the_difference_asked_back() -> None:
    r = _parcelly("Parcelly charged me the express rate ৳150 for a normal delivery inside "
                  "Chattogram. The support chat keeps sending the same automatic reply. Refund "
                  "me the ৳90 difference.")  # fmt: skip
    asked = {a.kind.value for a in r.reading.asks}  # type: ignore[attr-defined]
    assert asked & {"refund", "fee_back"}, asked
    text = _both(r)
    assert "charged the express rate (৳150)" in text, text
    assert "same automatic message" in text, text
    assert "the address you wrote to us from" not in text, text


def test_a_hole_that_shows_other_customers_details_is_thanked_and_passed_on() -> None:
    r = _northwind("If you change the order number at the end of the URL on Northwind's tracking "
                   "page you get another customer's name and address. Reported it by email two "
                   "weeks ago, no reply.")  # fmt: skip
    text = _both(r)
    assert "Thank you for reporting this" in (r.public or ""), r.public
    assert "people who look after our systems" in text, text
    assert "keep the steps out of public posts" in text, text
    assert "What would make this right" not in text, text


def test_someone_turned_away_with_a_pretext_for_what_they_wear_is_never_praise() -> None:
    r = _northwind("At Northwind Töölö the host told my sister in a headscarf they were 'fully "
                   "booked' while the terrace was empty, then seated the couple behind us.",
                   source="reddit")  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance  # type: ignore[attr-defined]
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert "Thank you" not in public, public
    assert "'fully booked'" in public, public


def test_two_who_fell_ill_told_as_me_and_my_colleague_are_both_heard() -> None:
    r = _northwind("Ate the tuna wrap at Northwind Töölö on Monday and both me and my colleague "
                   "were throwing up all night.")  # fmt: skip
    public = r.public or ""
    assert "you and your colleague" in public, public
    assert "reaction" not in public, public
    assert "both all right" in public, public


def test_a_price_asked_for_a_place_we_do_not_serve_is_a_plain_no() -> None:
    r = _parcelly("How much would it cost to send a 2 kg box to Rajshahi?")
    public = r.public or ""
    assert "We don't deliver to Rajshahi" in public, public
    assert "৳" not in public, public
    r = _parcelly("রাজশাহীতে ২ কেজির পার্সেল পাঠাতে কত টাকা লাগবে?")
    public = r.public or ""
    assert "রাজশাহীতে আমরা এখনও ডেলিভারি দিই না" in public, public
    # a place we serve still gets its price
    assert "৳" in (_parcelly("How much to send 2 kg from Dhaka to Sylhet?").public or "")


def test_leaving_after_the_third_damaged_box_gets_the_refund_asked_and_no_photo() -> None:
    r = _northwind("Third month running my Northwind subscription bag arrived torn open. I'm "
                   "done: cancel the subscription and refund me for this month's bag.")  # fmt: skip
    asked = {a.kind.value for a in r.reading.asks}  # type: ignore[attr-defined]
    assert {"cancel", "refund"} <= asked, asked
    assert "a photo" not in _both(r), _both(r)


def test_a_bengali_rider_pestering_the_writer_is_said_of_the_writer_and_kept_away() -> None:
    r = _parcelly("ডেলিভারির পর থেকে পার্সেলির রাইডার আমাকে ফোন করে বিরক্ত করছে। আমি পুলিশে "
                  "জানাব।")  # fmt: skip
    offline = r.offline or ""
    assert "পরিবারের" not in offline, offline
    assert "আপনাকে ফোন করে বিরক্ত করছেন" in offline, offline
    assert "আর আপনার সঙ্গে যোগাযোগ করবেন না" in offline, offline


def test_cramps_and_throwing_up_after_food_are_said_back_not_quoted() -> None:
    r = _northwind("@NorthwindHelp my husband and I both had cramps and were throwing up all "
                   "night after the quiche from your Kallio café on Sunday.")  # fmt: skip
    public = r.public or ""
    assert "you and your husband got cramps" in public, public
    assert "“" not in public, public


def test_a_finnish_wrong_grind_again_with_money_not_a_bag_gets_no_free_bag() -> None:
    r = _northwind("Tilasin suodatinjauhatuksen ja sain kokonaisia papuja, taas. Haluan rahat "
                   "takaisin, en uutta pussia.")  # fmt: skip
    offline = r.offline or ""
    assert "kokonaisia papuja" in offline or "jauhatusta" in offline, offline
    assert "väärän tuotteen" not in offline, offline
    assert "kahvipussi" not in offline, offline
    assert "kuva" not in _both(r), _both(r)


def test_a_shipping_question_with_a_plan_mentioned_gets_the_shipping_answer() -> None:
    r = _northwind("@northwindcoffee do you ship to Norway? I'd like to gift my dad in Bergen a "
                   "Club subscription for Christmas")  # fmt: skip
    public = r.public or ""
    assert "We don't ship to Norway" not in public, public
    assert "Norway" in public, public


def test_a_finnish_refund_with_words_between_and_no_new_shipment_is_heard() -> None:
    r = _northwind("Tilasin kolme pussia, tuli vain kaksi. Tilausnumero NW-51234. Haluan rahat "
                   "siitä puuttuvasta takaisin, en uutta toimitusta.")  # fmt: skip
    asked = {a.kind.value for a in r.reading.asks}  # type: ignore[attr-defined]
    assert "refund" in asked, asked
    offline = r.offline or ""
    assert "Lähetän oikean tuotteen" not in offline, offline


def test_a_bengali_parcel_with_soap_in_place_of_the_goods_is_a_claim_under_the_rule() -> None:
    r = _parcelly("পার্সেল হাতে পেয়ে দেখি ভেতরে ঘড়ির বদলে একটা সাবান। টাকা ফেরত দিন।")
    offline = r.offline or ""
    assert "wrong_item" in kinds(r), kinds(r)
    assert "ঘোষিত মূল্য" in offline, offline
    assert "রিফান্ড দিতে পারি না" not in offline, offline


def test_a_dm_or_email_refused_with_an_adjective_is_not_offered_again() -> None:
    r = _northwind("Second time asking: I want a manager to ring me about the Töölö café, not "
                   "another canned DM.")  # fmt: skip
    assert "Please DM" not in (r.public or ""), r.public
    r = _northwind("Third time now. My Club bag came torn again. Someone senior should phone me, "
                   "not another template email.")  # fmt: skip
    public = r.public or ""
    assert "Please email" not in public, public


def test_a_drink_the_cafe_got_wrong_is_said_beside_the_rudeness() -> None:
    r = _northwind("Northwind Kallio got my flat white wrong again and the cashier laughed when "
                   "I pointed it out.")  # fmt: skip
    public = r.public or ""
    assert "we got your flat white wrong" in public, public
    assert "wrong_item" in kinds(r), kinds(r)
