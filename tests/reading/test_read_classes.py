"""Classes of misreading found on mentions the reading had not seen, one test per class.

Each phrasing here is new (not a row of the evaluation sets): the tests pin the general rule,
so a fix that only fits one sentence fails them.
"""

from __future__ import annotations

from monitor.reading.read import read
from monitor.reading.types import Reading

NW, PC = "Northwind Coffee", "Parcelly"


def _kinds(r: Reading) -> set[str]:
    return {p.kind.value for p in r.problems}


def _asks(r: Reading) -> set[str]:
    return {a.kind.value for a in r.asks}


def test_promised_refund_overdue__is_a_pending_refund_complaint() -> None:
    r = read("They told me the refund would land within a week. That was a month ago.", brand=NW)
    assert r.stance.value == "complaint"
    assert "refund_pending" in _kinds(r)


def test_several_failures_and_an_ironic_closer__each_problem_and_sarcasm() -> None:
    r = read(
        "My order finally arrived after 12 days, the Harbour mug was chipped and you sent me "
        "decaf instead of the espresso beans. Well, impressive.",
        brand=NW,
    )
    assert {"delivery_late", "damaged", "wrong_item"} <= _kinds(r)
    assert r.stance.value == "complaint"
    assert r.is_sarcastic


def test_scare_quoted_status_and_framed_thanks__sarcasm_not_praise() -> None:
    fi = read("Kiitos vaan, tilaus on muka 'toimitettu' mutta ovella ei ollut mitään. Loistavaa 👏")
    en = read("Thanks a lot Parcelly, the app says 'delivered' but there's nothing here 👏")
    for r in (fi, en):
        assert r.stance.value == "complaint"
        assert r.is_sarcastic
        assert "delivery_missing" in _kinds(r)


def test_praise_of_a_person_before_a_but__stays_mixed_not_sarcasm() -> None:
    r = read("The driver was lovely, helped with the stairs. Shame it took 12 days to arrive.")
    assert r.stance.value == "mixed"
    assert not r.is_sarcastic
    assert _kinds(r) == {"delivery_late"}


def test_negated_closer__is_displeasure_not_irony() -> None:
    r = read("The bag arrived 6 days late and the seal was torn. Not great.")
    assert r.stance.value == "complaint"
    assert not r.is_sarcastic


def test_heard_a_rumour_about_the_brand__rumour_and_not_angry() -> None:
    r = read("heard northwind is closing all its cafés next year?? should I use my gift card now")
    assert r.stance.value == "rumour"
    assert not r.decisions.angry
    assert not r.problems


def test_bare_topic_noun__is_no_evidence_of_a_problem() -> None:
    r = read(
        "Tracking works fine but the app bombards me with promo notifications all day", brand=PC
    )
    assert "delivery_late" not in _kinds(r)
    assert "app_bug" in _kinds(r)
    bn = read("পার্সেলি একদম জঘন্য কোম্পানি! আর কোনোদিন না।", brand=PC)
    assert bn.stance.value == "complaint"
    assert _kinds(bn) == {"other"}  # the brand's name (পার্সেলি) is not a parcel problem


def test_a_duration_taken__is_not_money_taken() -> None:
    r = read("Lovely mugs, shame it took 11 days to get here though", brand=NW)
    assert "billing" not in _kinds(r)
    assert "delivery_late" in _kinds(r)


def test_fee_for_a_delivery_that_never_came__billing_and_the_fee_back_only() -> None:
    r = read("পার্সেলি দুইবার ডেলিভারি ফি কেটেছে, অথচ কুরিয়ার একবারও আসেনি। ফি ফেরত চাই।", brand=PC)
    assert _kinds(r) == {"billing"}
    assert _asks(r) == {"fee_back"}


def test_the_customers_own_lateness__is_not_a_late_delivery() -> None:
    r = read("ডেলিভারি ম্যান আমার সাথে খারাপ ব্যবহার করল, কারণ আমি দুই মিনিট দেরিতে দরজা খুলেছি।")
    assert _kinds(r) == {"staff"}
    en = read("The courier shouted at me because I was 2 minutes late coming down.")
    assert "delivery_late" not in _kinds(en)
    assert "staff" in _kinds(en)


def test_api_errors_and_outages__are_app_faults_not_product_defects() -> None:
    api = read(
        "Parcelly's label API keeps answering with 429s after 30 requests a minute", brand=PC
    )
    assert _kinds(api) == {"app_bug"}
    press = read(
        "Parcelly's website was down for most of Friday; the company blamed a faulty database "
        "migration.",
        source="rss",
        brand=PC,
    )
    assert _kinds(press) == {"app_bug"}


def test_charges_after_cancelling__subscription_refund_ask_and_no_repeat() -> None:
    r = read(
        "I cancelled my Northwind Club membership in January and you charged me €19 in March "
        "and again in April. I want both charges refunded.",
        brand=NW,
    )
    assert "subscription" in _kinds(r)
    assert "refund" in _asks(r)
    assert r.facts.repeat == ()


def test_appliance_that_trips_the_power__defect_with_a_safety_flag() -> None:
    r = read("My blender tripped the breaker twice this week, scared to plug it in again", brand=NW)
    assert "defect" in _kinds(r)
    assert "health_safety" in {f.kind.value for f in r.flags}
    grinder = read(
        "Still no answer about the grinder that sparked and tripped my fuse box.", brand=NW
    )
    assert grinder.facts.items == ("grinder",)


def test_polite_finnish_question_reporting_a_failure__is_a_complaint_with_an_ask() -> None:
    lid = read("Kahvimyllyn kansi halkesi jo toisella käytöllä, voisinko saada uuden kannen?")
    assert lid.stance.value == "complaint"
    assert "defect" in _kinds(lid)
    assert "replacement_part" in _asks(lid)
    money = read("Palautin tilauksen jo viikkoja sitten, mutta rahoja ei vieläkään näy. Miksi?")
    assert money.stance.value == "complaint"
    assert "refund_pending" in _kinds(money)


def test_missed_problems__silence_staff_and_the_wait() -> None:
    fi = read("Veloititte kahdesti ja kahteen viestiin ei ole vastattu.", brand=NW)
    assert "no_response" in _kinds(fi)
    calls = read("Lost parcel, 4 calls, 2 emails and nobody knows where it is.", brand=PC)
    assert "no_response" in _kinds(calls)
    staff = read("The cashier mocked my order in front of everyone. Please train your staff.")
    assert "staff" in _kinds(staff)
    wait = read("Stood at the counter waiting 25 min for a latte at northwind tampere", brand=NW)
    assert "wait" in _kinds(wait)


def test_facts__owner_event_branch_device_amount_repeat() -> None:
    owner = read("Northwind Coffee's Morning Blend tastes burnt lately", brand=NW)
    assert owner.facts.items == ("Morning Blend",)
    event = read("Northwind won gold at the Helsinki Coffee Festival in Turku yesterday.", brand=NW)
    assert event.facts.places == ("Turku",)
    branch = read("rude staff at northwind tampere this morning", brand=NW)
    assert "tampere" in branch.facts.places
    inflected = read("Northwindin Tampereen kahvilassa oli tänään pitkä jono.", brand=NW)
    assert inflected.facts.items == ()
    device = read("Crashes on my Galaxy S23 ultra every time I open tracking", brand=PC)
    assert device.facts.device == ("Galaxy S23 ultra",)
    assert device.facts.repeat == ()
    money = read("Parcelly raised $40 million from investors, the company said.", source="rss")
    assert "$40 million" in money.facts.amounts
    titled = read("Tänään auki myös Tampereella.", title="Northwind avaa Ouluun", brand=NW)
    assert titled.facts.items == ()


def test_several_items__no_problem_is_pinned_on_a_guessed_one() -> None:
    r = read("The Morning Blend was lovely but the Harbour mug arrived chipped.", brand=NW)
    damaged = [p for p in r.problems if p.kind.value == "damaged"]
    assert damaged
    assert damaged[0].subject is None
    one = read("My Harbour mug arrived chipped.", brand=NW)
    assert [p.subject for p in one.problems] == ["Harbour mug"]


def test_supposedly_delivered__is_a_lived_failure_not_a_rumour() -> None:
    r = read("The app says the parcel was supposedly delivered at noon, nothing at the door.")
    assert r.stance.value == "complaint"
    assert "delivery_missing" in _kinds(r)
    heard = read("heard parcelly lost thousands of parcels in the floods last week", brand=PC)
    assert heard.stance.value == "rumour"


def test_a_mild_price_remark_beside_praise_is_mixed_in_each_language() -> None:
    for text in (
        "Great roast, though a bit pricey for every day.",
        "কফিটা দারুণ, কিন্তু দামটা বেশ বেশি।",
    ):
        r = read(text, brand=NW)
        assert "price" in _kinds(r), text
        assert r.stance.value == "mixed", (text, r.stance)


def test_a_remedy_demanded_with_no_problem_named_still_needs_a_reply() -> None:
    demand = read("Ten days and four emails in. I want a manager to phone me today.", brand=PC)
    assert demand.stance.value == "complaint", demand.stance
    assert demand.decisions.needs_reply
    asked = read("Can I exchange the Harbour mug for the bigger size?", brand=NW)
    assert asked.stance.value == "question"
