"""A post heard as written, class by class from blind rounds 286 onwards and from what the
last stop left alone. Each worded afresh, so that a fix fitting one sentence fails it; each
fails on the code before this stop (bb16ee4)."""

from __future__ import annotations

from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_tenth_points import _both, _northwind, _parcelly


def test_an_allergy_mix_up_that_left_them_ill_is_said_with_what_they_asked_for() -> None:
    r = _northwind("Dairy allergy here. I requested almond milk in my flat white at Northwind "
                   "and was clearly given regular milk. Was ill the whole night.")  # fmt: skip
    text = _both(r)
    assert "worried" not in text, text
    assert "asked for almond milk" in text, text
    assert "ill the whole night" in text or "were ill" in text, text


def test_a_hot_chocolate_made_wrong_at_the_counter_asks_for_the_visit_not_an_order() -> None:
    r = _northwind("Ordered my daughter a soy hot chocolate at Northwind, she's allergic to "
                   "milk, and they made it with cow's milk. She came out in hives.")  # fmt: skip
    assert "order number" not in (r.public or ""), r.public
    assert "visit" in (r.public or "") or "which place" in (r.public or ""), r.public


def test_goods_lost_since_a_date_are_missing_since_then_not_needed_by_then() -> None:
    r = _parcelly("My ৳62,000 camera was lost by your courier since 14 April and I'm still "
                  "chasing. Legal notice is next.")  # fmt: skip
    text = _both(r)
    assert "by 14 April" not in text, text
    assert "before 14 April" not in text, text
    assert "camera" in (r.public or ""), r.public
    assert "since 14 April" in (r.public or ""), r.public
    assert "declared value" in (r.offline or ""), r.offline


def test_a_phone_lost_with_its_price_is_a_lost_parcel() -> None:
    r = _parcelly("Parcelly lost my ৳28,500 phone a month ago. Nobody answers for it.")
    assert "delivery_missing" in kinds(r), kinds(r)
    assert "phone" in (r.public or ""), r.public


def test_a_parcel_closed_up_again_after_opening_is_no_repeat_and_says_what_replaced_it() -> None:
    r = _parcelly("Parcelly box arrived with the tape slit and resealed again. The tablet I "
                  "ordered is missing, there were two bricks in the parcel instead. Pay the "
                  "declared value.")  # fmt: skip
    text = _both(r)
    assert "happened before" not in text, text
    assert "tablet" in (r.public or ""), r.public
    assert "bricks" in (r.public or ""), r.public


def test_a_finnish_subscription_late_again_with_this_months_fee_asked_back_is_a_delay() -> None:
    r = _northwind("Toinen kerta peräkkäin kun Club-laatikko tulee myöhässä. Haluan "
                   "marraskuun maksun takaisin, en halua mitään alennuskoodia.")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    assert "billing" not in kinds(r), kinds(r)
    assert "veloitettiin" not in _both(r), _both(r)


def test_a_slur_from_a_rider_is_said_back_in_the_riders_quoted_words() -> None:
    r = _parcelly("Your courier told my father 'people like you never pay on time' and "
                  "dropped the box on the stairs. We are Christians in Gazipur.")  # fmt: skip
    assert "staff" in kinds(r), kinds(r)
    public = r.public or ""
    assert "people like you never pay on time" in public, public
    assert "Nobody should be treated like that" in public, public


def test_calls_counted_in_a_list_of_tries_are_calls_in_vain_and_no_number_is_offered() -> None:
    r = _parcelly("10 days, 3 emails, 5 calls, always 'we are checking'. PX-55120 still sits "
                  "at the Savar hub. Please just deliver it.")  # fmt: skip
    text = _both(r)
    assert "+880" not in (r.public or ""), r.public
    assert "What would make this right" not in text, text


def test_a_bengali_care_line_nobody_picks_up_is_not_offered_again() -> None:
    r = _parcelly("ট্র্যাকিং ৬ দিন ধরে একই জায়গায়, হেল্পলাইনে ফোন দিলে কেউ ধরে না। বাজে অ্যাপ।",
                  source="googleplay", rating=1)  # fmt: skip
    assert "+880" not in (r.public or ""), r.public


def test_months_of_being_told_it_is_on_its_way_are_a_late_delivery_even_in_sarcasm() -> None:
    r = _northwind("Love how the Northwind Club keeps me in suspense ✨ six weeks of 'your order "
                   "has shipped' and still an empty letterbox. Stellar.")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    assert "tell us what happened" not in (r.public or ""), r.public


def test_written_to_support_several_times_asks_for_nothing_they_already_sent() -> None:
    r = _northwind("I've emailed help@ four times about a double charge on my Club renewal and "
                   "still nobody has fixed it. Get a manager to ring me today.")  # fmt: skip
    text = _both(r)
    assert "email on your account" not in text, text
    assert "dates and amounts" not in text, text
    assert "four times" in (r.public or ""), r.public


def test_a_login_code_text_that_never_arrives_is_heard_beside_the_app_fault() -> None:
    r = _parcelly("Keeps logging me out, and the OTP SMS never comes. Useless.",
                  source="googleplay", rating=1)  # fmt: skip
    assert "account" in kinds(r), kinds(r)


def test_a_rider_is_not_placed_in_the_city_the_parcel_went_to() -> None:
    r = _parcelly("Pickup booked at 9, rider came by 10 and the parcel got to my sister in "
                  "Rajshahi next day. Brilliant.", source="appstore", rating=5)  # fmt: skip
    assert "in Rajshahi" not in (r.public or ""), r.public


def test_finnish_praise_before_two_problems_is_thanked_too() -> None:
    r = _northwind("Kampin kahvilan pulla on paras, mutta jono kesti puoli tuntia ja kahvi oli "
                   "kylmää. Harmi.")  # fmt: skip
    assert "Kiitos kauniista sanoista" in (r.public or ""), r.public


def test_a_late_order_that_also_came_ground_wrong_says_both() -> None:
    r = _northwind("Order NW-60418: picked the Kenya whole beans, it turned up a week late and "
                   "pre-ground. Refund me, no swap.")  # fmt: skip
    assert "wrong_item" in kinds(r), kinds(r)
    assert "whole bean" in (r.public or ""), r.public


def test_a_holding_line_with_an_apostrophe_is_quoted_back_not_called_silence() -> None:
    r = _northwind("Second Club bag in a row came split open. Wrote twice, got 'we'll check "
                   "on it' both times. I want a manager to call me.")  # fmt: skip
    text = _both(r)
    assert "nobody got back to you" not in text.casefold(), text
    assert "we'll check on it" in (r.public or ""), r.public


def test_a_thread_asking_whether_webhooks_are_reliable_gets_the_api_pointer() -> None:
    r = _parcelly("Ask HN: has anyone shipped with Parcelly's API? Are the status webhooks "
                  "stable? Or is Pathao easier?", source="hackernews")  # fmt: skip
    assert "parcelly.example/developers" in (r.public or ""), r.public


def test_a_bengali_rider_who_made_them_pay_to_get_the_parcel_took_it_and_it_comes_back() -> None:
    r = _parcelly("পার্সেলির রাইডার ১০০ টাকা বেশি চাইল, না দিলে পার্সেল দিবে না। আমি দিতে বাধ্য "
                  "হয়েছি।")  # fmt: skip
    public = r.public or ""
    assert "নিয়েছেন" in public, public
    assert "যদি টাকাটা দিয়ে থাকেন" not in public, public


def test_a_merchant_worried_about_a_rate_in_a_thread_asks_and_gets_the_payout_answer() -> None:
    r = _parcelly("r/bangladesh: tiny Facebook shop here. Parcelly or Steadfast for COD? "
                  "Pros/cons? Mainly worried about how quickly the payouts land and how many "
                  "parcels end up 'damaged'.", source="reddit")  # fmt: skip
    assert r.answered_as != "complaint", r.answered_as
    assert "two working days" in (r.public or ""), r.public


def test_a_question_put_to_the_brand_by_its_handle_is_a_customers_question() -> None:
    r = _northwind("@northwindcoffee do you deliver to Tallinn? Moving to Estonia in March "
                   "and I'd hate to lose my Club.", source="bluesky")  # fmt: skip
    assert r.reading.speaker.value == "customer", r.reading.speaker
    assert "not neutral" not in (r.public or ""), r.public
