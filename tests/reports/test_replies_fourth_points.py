"""A post heard as written, class by class from blind rounds 180 and 181: a merchant's COD money
that has not come into their wallet, a Finnish box that "jäi tulematta", an allergic reaction
told with what the staff said, a parcel's tour of a hub, tracking that showed the wrong city, a
café visit with three faults, the writer's own "I" said back as "you", a parcel sent to the
wrong hub, a city a rumour says we are leaving, a part asked for by name beside the part that
broke. Each worded afresh, so that a fix fitting one sentence fails it."""

from __future__ import annotations

from tests.reports.test_replies import FULL, STRICT, THANKS, both
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_third_points import _demo_voice


def test_cod_money_not_yet_in_the_merchants_wallet_is_a_payout_not_a_late_parcel() -> None:
    r = product("@ParcellyCare COD for the 14 parcels delivered on Monday (৳27,300) still hasn't "
                "come to my Nagad. Day 5 now.", STRICT, brand="Parcelly")  # fmt: skip
    assert kinds(r) == {"payout"}, kinds(r)
    assert "payout" in (r.public or ""), r.public
    assert "trace" not in both(r), both(r)
    # a customer's own cash-on-delivery order that has not come is still a late order
    order = product("@ParcellyCare my COD order hasn't come, 4 days now", STRICT, brand="Parcelly")
    assert "payout" not in kinds(order), kinds(order)


def test_a_finnish_box_that_did_not_come_is_a_late_delivery_not_a_question() -> None:
    r = product("Joulukuun Club-laatikko jäi tulematta, vaikka sen piti olla täällä jo viime "
                "viikolla. Mitä ihmettä?", FULL)  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    assert r.answered_as == "complaint", r.answered_as
    assert "tullut perille" in (r.public or ""), r.public
    plain = product("Club-paketti ei tullut tässä kuussa ollenkaan.", FULL)
    assert "delivery_late" in kinds(plain), kinds(plain)


def test_what_the_staff_told_them_makes_an_allergic_reaction_no_rumour() -> None:
    r = product("My son is allergic to sesame. We asked the barista at your Kallio café whether "
                "the rye bun had sesame, they said it didn't. Twenty minutes later he reacted "
                "and we ended up at A&E.", FULL)  # fmt: skip
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert "food_safety" in kinds(r), kinds(r)
    public = r.public or ""
    assert "The facts" not in public, public
    assert "Thank you for asking" not in public, public
    assert "sorry" in public, public


def test_a_parcel_that_toured_a_hub_without_reaching_the_door_is_not_thanked() -> None:
    r = product("truly amazing how my order keeps passing through Tongi depot without ever "
                "getting to Uttara. top service @Parcelly", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert not THANKS.search(r.public or ""), r.public


def test_tracking_that_showed_another_city_is_said_back_beside_the_praise() -> None:
    r = product("The courier was kind and quick, love that. But tracking showed my parcel in "
                "Sylhet all afternoon while it was actually in Banani.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "mixed", r.reading.stance
    public = r.public or ""
    assert "actually in Banani" in public, public
    assert "Thank you" in public, public


def test_praise_told_first_and_then_a_but_is_mixed_however_low_the_gripe_reads() -> None:
    r = product("Rider was extremely polite, 10/10. But the app showed my box in Khulna for 6 "
                "hours while it was actually in Gulshan, I panicked for nothing lol",
                STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "mixed", r.reading.stance
    public = r.public or ""
    assert "Thank you" in public, public
    assert "isn't good enough" not in public, public


def test_a_cafe_visit_with_a_wait_a_cold_drink_and_no_apology_says_all_three() -> None:
    r = product("Jonotin Northwindin Kallion kahvilassa eilen puoli tuntia cappuccinoa ja se oli "
                "kylmä. Kukaan ei pyytänyt anteeksi.", FULL)  # fmt: skip
    assert {"wait", "staff"} <= set(kinds(r)), kinds(r)
    drafts = both(r)
    assert "anteeksi" in (r.public or ""), r.public
    assert "tuotteen tekijöille" not in drafts, drafts
    assert "esihenkilölle" in drafts, drafts
    en = product("Stood 30 minutes at Northwind Kamppi for a flat white that came out cold, and "
                 "nobody said sorry.", FULL)  # fmt: skip
    assert "staff" in kinds(en), kinds(en)
    assert "nobody even apologised" in (en.public or ""), en.public
    assert "people who make it" not in both(en), both(en)


def test_the_writers_own_i_is_said_back_as_you_in_finnish() -> None:
    r = product("Sain jauhetut pavut, vaikka valitsin kokonaiset. Haluan rahat takaisin.", FULL)
    assert "wrong_item" in kinds(r), kinds(r)
    assert "valitsin" not in both(r), both(r)
    from reports.replies.fi import _turned  # (here, so the file loads on code without it)

    assert (
        _turned("En saanut mitään, vaikka maksoin heti") == "Et saanut mitään, vaikka maksoit heti"
    )
    assert _turned("kahvin maku oli outo") == "kahvin maku oli outo"  # "kahvin" is no verb


def test_bengali_parcels_delivered_but_money_missing_is_no_missing_parcel() -> None:
    r = product("২০টা পার্সেল ডেলিভারি হয়ে গেছে কিন্তু পেমেন্ট এখনো আসে নাই, ৬ দিন হলো।",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_missing" not in kinds(r), kinds(r)
    assert "ট্র্যাকিং নম্বর" not in both(r), both(r)


def test_a_parcel_sent_to_the_wrong_hub_is_said_so() -> None:
    r = product("@Parcelly you routed my parcel to the wrong city AGAIN, tracking has it in "
                "Rangpur and I'm in Bashundhara.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    assert "sent to the wrong city" in (r.public or ""), r.public


def test_a_pickup_no_show_is_a_pickup_nobody_came_for() -> None:
    r = product("Another Parcelly pickup no-show today. Booking PK-7781, I was at the shop all "
                "afternoon.", STRICT, brand="Parcelly")  # fmt: skip
    assert "didn't come for your pickup" in (r.public or ""), r.public


def test_a_bengali_rumour_that_we_are_leaving_a_city_gets_the_fact() -> None:
    r = product("শুনলাম পার্সেলি নাকি সিলেট থেকে চলে যাচ্ছে? কেউ জানেন?", _demo_voice("Parcelly"),
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "rumour", r.answered_as
    assert "সরে যাচ্ছে না" in (r.public or ""), r.public


def test_a_finnish_how_do_i_cancel_is_answered_with_the_cancel_not_the_pause() -> None:
    r = product("Miten saan lopetettua Club-jäsenyyden? Sovelluksesta en löydä.", FULL)
    assert any(a.kind.value == "cancel" for a in r.reading.asks), r.reading.asks
    assert "tauolle" not in (r.public or ""), r.public


def test_a_part_asked_for_by_name_is_answered_beside_the_part_that_broke() -> None:
    r = product("Knocked my Northwind kettle off the counter and the knob snapped off the lid. "
                "Any chance of just a new lid?", _demo_voice("Northwind Coffee"))  # fmt: skip
    public = r.public or ""
    assert "just the lid" in public, public
    assert "isn't good enough" not in public, public


def test_a_finnish_charge_for_a_box_that_never_came_is_no_overcharge() -> None:
    r = product("Club-paketti jäi tulematta, mutta rahat lähti tililtä normaalisti.", FULL)
    drafts = both(r)
    assert "liikaa" not in drafts, drafts
    assert "veloitettiin silti" in drafts, drafts
