"""A post heard as written, class by class from blind rounds 246 onwards: a rider's own
"charge" asked in taka, a reporter's deadline in their words, a customer refused service over
the language they spoke, a product praised before the "but" that names another's fault. Each
worded afresh, so that a fix fitting one sentence fails it; each fails on the code before
this stop (73eeb7b)."""

from __future__ import annotations

from monitor.reading.read import read
from tests.reports.test_replies import both
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_third_points import _demo_voice


def _northwind(text: str, source: str = "x", rating: float | None = None) -> object:
    return product(text, _demo_voice("Northwind Coffee"), brand="Northwind Coffee",
                   source=source, rating=rating)  # fmt: skip


def _parcelly(text: str, source: str = "x", rating: float | None = None) -> object:
    return product(text, _demo_voice("Parcelly"), brand="Parcelly", source=source, rating=rating)


def test_a_sum_a_rider_asked_for_under_any_name_is_money_taken_and_our_rule_answers_it() -> None:
    for text in (
        "The Parcelly rider in Banani asked me for 80 taka 'road charge' before he'd give me "
        "the box. Paid it. Is that normal?",
        "@ParcellyCare your driver wanted ৳60 'for petrol' on top of the cod price, is he "
        "allowed to do that",
    ):
        r = _parcelly(text, source="reddit")
        assert r.answered_as == "complaint", (text, r.answered_as)
        assert "staff" in kinds(r), kinds(r)
        public = r.public or ""
        assert "never ask for tips or extra cash" in public, public
        assert "COD fee" not in both(r)
        # he came to them: nobody "at that place" to talk to
        assert "at that place" not in both(r), r.offline


def test_a_glowing_five_star_review_that_names_times_is_not_a_late_delivery() -> None:
    r = _parcelly(
        "Asked for a 9am pickup, the rider was at my door by 9:15, it reached Sylhet the same "
        "evening. Really happy with the service.",
        source="appstore", rating=5,
    )  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert "sorry" not in both(r).casefold(), both(r)
    # said plainly, the delight is praise in a post without stars too
    assert read("Got my beans in two days, so happy with Northwind").stance.value == "praise"
    # and not where it is wished, or negated
    for text in ("Would be happy if Northwind answered my email",
                 "Not very happy with Northwind today"):  # fmt: skip
        assert "happy" not in " ".join(read(text).stance.because).casefold(), text


def test_a_reporter_asked_if_the_brand_would_comment_gets_a_comment_promised() -> None:
    r = _parcelly(
        "Journalist with a Chattogram paper. We've heard Parcelly hub staff get no breaks on "
        "12-hour shifts. Would Parcelly care to comment by Thursday noon?",
        source="rss",
    )  # fmt: skip
    assert r.answered_as == "press"
    assert "your piece" not in both(r), r.offline
    assert "before Thursday noon" in (r.public or ""), r.public
    assert "before Thursday noon" in (r.offline or ""), r.offline
    dm = _northwind(
        "HS reporter here, writing on coffee prices. Could Northwind comment before 10am "
        "tomorrow? My DMs are open.",
        source="x",
    )  # fmt: skip
    assert "before 10am tomorrow" in (dm.public or ""), dm.public
    assert "your DMs" in (dm.public or ""), dm.public


def test_a_customer_told_which_language_to_speak_is_heard_as_discrimination() -> None:
    for text, said in (
        ("The cashier at Northwind Kallio told my grandmother to 'speak proper Finnish' when "
         "she ordered in Somali. Shameful.", "told your grandmother to 'speak proper Finnish'"),
        ("Northwind barista would not serve us until we spoke English. We were speaking "
         "Swedish, an official language here!", "would not serve you until you spoke English"),
    ):  # fmt: skip
        r = _northwind(text)
        assert "discrimination" in [f.kind.value for f in r.reading.flags], r.reading.flags
        public = r.public or ""
        assert said in public, public
        assert "let you down" not in both(r)
        assert "Nobody should be treated like that" in public, public
        assert "What would make this right" not in (r.offline or ""), r.offline


def test_a_product_praised_before_the_but_is_not_the_one_said_to_have_failed() -> None:
    r = _northwind(
        "The Sidamo espresso roast is the best I've had, but the last Club box came with "
        "a torn bag and beans all over the box.",
    )  # fmt: skip
    assert "Sidamo" not in both(r), r.public
    assert "club box" in (r.public or "").casefold(), r.public


def test_pests_seen_in_a_cafe_and_a_report_to_the_food_authority_are_read_in_finnish() -> None:
    r = _northwind(
        "Northwindin Kallion kahvilan hyllyllä oli rotanjätöksiä, kuvasin ne. Ilmoitan tästä "
        "Ruokavirastolle.",
    )  # fmt: skip
    flags = {f.kind.value for f in r.reading.flags}
    assert {"health_safety", "regulator"} <= flags, flags
    assert "food_safety" in kinds(r), kinds(r)
    assert "tuholaisten" in (r.public or ""), r.public
    assert "ruoastasi" not in both(r)


def test_emails_and_calls_gone_unanswered_and_no_dm_wanted_are_answered_where_they_wrote() -> None:
    r = _parcelly(
        "@ParcellyCare I've emailed you four times and rang your line twice, still no news on "
        "parcel PCL-55107. Not a DM. Sort it.",
    )  # fmt: skip
    public = r.public or ""
    assert "Please email" not in public, public
    assert "answer them myself today" in public, public
    assert "no_response" in kinds(r), kinds(r)
