"""More of a post heard as written: a pickup nobody came for, however it is put; a wait promised
is not the wait; an ironic "impressive" after a list of faults; "stop the charges" is no charge. Each worded
afresh, so that a fix fitting one sentence fails it."""

from __future__ import annotations

from tests.reports.test_replies import FULL, STRICT, THANKS, both
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds, voice_with


def test_a_rider_who_did_not_come_for_pickup_is_no_late_parcel() -> None:
    r = product("@Parcelly your rider once more didn't come for pickup today, booking "
                "PX-4410. Shop waited till 6pm.", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(r), kinds(r)
    public = r.public or ""
    assert "didn't come for your pickup" in public, public
    assert "hasn't reached you" not in public, public


def test_a_wait_the_agents_keep_promising_is_not_the_wait() -> None:
    r = product("@ParcellyCare my refund for the lost parcel still isn't here. Support keeps "
                "telling me 48 hours. That was 9 days ago.", STRICT, brand="Parcelly")  # fmt: skip
    drafts = both(r)
    assert "48 hours" not in drafts.replace("“48 hours”", ""), drafts
    assert "9 days" in drafts, drafts


def test_impressive_after_a_list_of_faults_is_read_as_sarcasm_and_not_thanked() -> None:
    r = product("Club bag came 5 days late, the grind was wrong again and I was billed twice in "
                "November. Three problems in one box, impressive honestly.", FULL)  # fmt: skip
    assert r.reading.sarcasm.value == "yes", r.reading.sarcasm
    assert r.reading.stance.value == "complaint", r.reading.stance
    assert not THANKS.search(r.public or ""), r.public


def test_a_finnish_stop_the_charges_beside_a_cancel_is_no_overcharge() -> None:
    r = product("Haluan lopettaa Clubin, mutta sivu kaatuu. Lopettakaa veloitukset, en halua "
                "enää kahvia.", FULL)  # fmt: skip
    assert "billing" not in kinds(r), kinds(r)
    assert "veloitettiin liikaa" not in both(r), both(r)


def test_the_nth_failure_this_month_is_a_repeat_and_a_refused_holding_line_is_not_sent() -> None:
    r = product("Parcelly, that's the third late delivery this week for my shop. Don't tell me "
                "you'll look into it, I want it fixed.", STRICT, brand="Parcelly")  # fmt: skip
    drafts = both(r)
    assert "third time" in drafts, drafts
    assert "look into it" not in drafts, drafts
    assert "looked into it" not in drafts, drafts


def test_a_dm_that_got_nothing_is_not_asked_again() -> None:
    r = product("@NorthwindHelp my order NW-40021 hasn't moved in a week. I DMed you on Monday, "
                "nothing.", FULL)  # fmt: skip
    public = r.public or ""
    assert "Please DM" not in public, public
    assert r.public_check is not None
    assert r.public_check.ok, r.public_check


def test_a_hold_time_is_the_holds_and_a_line_that_cuts_out_is_heard() -> None:
    r = product("@ParcellyCare chasing my lost parcel for 6 days now. Your helpline keeps me on "
                "hold 30+ mins and then drops me.", STRICT, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "on hold for 6 days" not in public, public
    assert "30+ mins" in public or "30+ minutes" in public, public


def test_a_city_abroad_asked_with_send_gets_a_plain_no_and_the_areas() -> None:
    areas = voice_with(
        STRICT,
        faq=[
            {
                "question": "Where do you deliver?",
                "answer": ("We deliver in Dhaka, Chattogram and Sylhet, every day but Friday"),
            }
        ],
    )
    r = product("Hi Parcelly, can I send a parcel to Delhi with you or only within the "
                "country?", areas, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "We don't deliver to Delhi" in public, public
    assert "Dhaka" in public, public
    home = product("Can I send a parcel to Chattogram with Parcelly?", areas, brand="Parcelly")
    assert "don't" not in (home.public or ""), home.public
    assert "Dhaka, Chattogram" in (home.public or ""), home.public


def test_a_claim_beside_calls_the_writer_has_had_is_no_flat_denial() -> None:
    privacy = voice_with(
        STRICT,
        facts=[
            {"text": ("Parcelly never sells or shares customers' phone numbers with advertisers")}
        ],
    )
    r = product("Pretty sure Parcelly sells your number. Booked one pickup and I've been "
                "getting loan spam texts ever since.", privacy, brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "isn't accurate" not in public, public
    assert "not true" not in public, public
    assert "never sells" in public, public


def test_respect_to_a_rider_with_a_form_of_address_is_praise() -> None:
    r = product("Parcelly delivery man came through a flooded lane and the box stayed bone dry. "
                "Respect bro 💯", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.stance.value == "praise", r.reading.stance
    assert THANKS.search(r.public or ""), r.public


def test_a_dented_lid_of_a_tin_is_said_of_the_tin() -> None:
    r = product("Northwind order came with the lid of the tin dented and the beans tasting "
                "flat. Not great.", FULL)  # fmt: skip
    public = r.public or ""
    assert "tin lid" in public or "lid of the tin" in public, public
    assert "beans arrived dented" not in public, public


def test_a_gap_in_the_api_docs_is_owned_and_pointed_to_where_the_docs_live() -> None:
    api = voice_with(
        STRICT,
        faq=[
            {
                "question": "Do you have an API?",
                "answer": (
                    "Merchants can book pickups through our REST API; docs and keys are at "
                    "parcelly.example/developers"
                ),
            }
        ],
    )
    r = product("Parcelly's merchant API is nice to work with, but the error codes aren't "
                "documented at all. Anyone mapped them out?", api, brand="Parcelly",
                source="hackernews")  # fmt: skip
    public = r.public or ""
    assert "the error codes should be in our documentation" in public, public
    assert "parcelly.example/developers" in public, public


def test_a_club_weighed_against_the_supermarket_on_reddit_is_the_threads_question() -> None:
    club = voice_with(
        FULL,
        faq=[
            {
                "question": "How does the Club work?",
                "answer": (
                    "You can pause, skip or cancel your Northwind Club subscription any time, with no "
                    "fee"
                ),
            }
        ],
    )
    r = product("Northwind Club: worth it versus just buying bags at Prisma? 22€ a month feels "
                "like a lot but everyone here swears by it", club, source="reddit")  # fmt: skip
    assert r.reading.speaker.value == "community", r.reading.speaker
    assert "sorry" not in (r.public or "").casefold(), r.public


def test_emails_and_dms_both_unanswered_and_no_phone_asks_no_new_email() -> None:
    r = product(
        "Grinder from Northwind arrived with a snapped handle. Emailed you three times "
        "and DM'd you last week, nothing. Refund please, order NW-30303.",
        FULL,
    )
    public = r.public or ""
    assert "email help@" not in public, public
    assert "handle" in public, public
