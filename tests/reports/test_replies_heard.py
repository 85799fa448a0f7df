"""Drafts composed from the product's own reading of posts it had not seen: each test is one
class of mis-written reply (a reporter thanked for a piece not yet written, a claim the
brand's facts answer apologised for, a refused remedy offered, a DM pushed on someone who
refused one), each worded afresh so that a fix fitting one sentence fails it."""

from __future__ import annotations

from monitor.config import Voice
from monitor.reading.read import read
from reports.case import Case, History
from reports.replies import Replies, compose
from tests.reports.test_replies import APOLOGY, FULL, STRICT, THANKS, TODAY, assert_passes, both


def product(text: str, voice: Voice = FULL, *, source: str = "x", brand: str = "Northwind Coffee",
            rating: float | None = None) -> Replies:  # fmt: skip
    r = read(text, source=source, brand=brand, rating=rating)
    case = Case(text=text, brand=brand, source=source, complaint_type="other",  # type: ignore[arg-type]
                language=r.language, author="sam_j", reading=r, history=History())  # fmt: skip
    return compose(case, voice, today=TODAY)


def test_a_reporter_asking_for_comment_is_promised_one_not_thanked_for_a_piece() -> None:
    r = product("Reporter at the Morning Post: we're writing about café closures. Could someone "
                "comment on the Tampere site? Our deadline is Friday noon.")  # fmt: skip
    assert r.answered_as == "press"
    assert "comment" in (r.public or "")
    assert "before your deadline" in (r.public or "")
    assert "covering" not in both(r)
    assert "your piece" not in both(r)
    assert r.flags  # a person signs the statement off
    assert_passes(r)


def test_a_claim_the_brands_facts_answer_gets_the_fact_and_no_apology() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "facts": [
        {"text": "Northwind never sells or shares customers' phone numbers with advertisers",
         "topics": ["privacy"]},
    ]})  # fmt: skip
    r = product("so northwind passes your phone number on to advertisers, my phone hasn't "
                "stopped ringing since I ordered. great.", voice)  # fmt: skip
    assert r.answered_as == "rumour"
    assert "never sells or shares" in (r.public or "")
    assert not APOLOGY.search(r.public or ""), r.public
    assert_passes(r)


def test_a_refused_replacement_part_is_not_offered() -> None:
    r = product("The carafe handle snapped on day two. I want my money back, not a new handle.")
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "replacement_part" not in {a.kind.value for a in r.reading.asks}
    assert "new part" not in both(r)
    assert "new handle" not in both(r)
    assert_passes(r)


def test_someone_who_refused_a_dm_is_not_told_to_dm() -> None:
    r = product("Parcel missing for a week, four calls so far. Get a supervisor to phone me. "
                "No DMs.", STRICT, brand="Parcelly")  # fmt: skip
    assert "escalation" in {a.kind.value for a in r.reading.asks}
    assert "DM @" not in (r.public or ""), r.public
    assert "care@parcelly.example" in (r.public or "")


def test_a_named_phone_still_asks_for_the_app_version_and_a_moment_is_no_repeat() -> None:
    r = product("The app logs me out the second I switch tabs on my Galaxy S23.")
    assert "version of the app" in both(r)
    assert "phone model" not in both(r)  # the phone is named already
    assert "second time" not in both(r)
    assert_passes(r)


def test_an_escalation_contact_in_apposition_is_closed_by_a_comma() -> None:
    voice = FULL.model_copy(update={"escalation_contact": "our head of care, Jo"})
    r = product("Third broken grinder this year. I want a manager to call me today.", voice)
    assert "our head of care, Jo, " in both(r), both(r)


def test_a_discussion_thread_is_answered_in_the_open_with_the_posters_words() -> None:
    r = product("Anyone else using Northwind's wholesale API? Pros: decent docs. Cons: the "
                "webhooks for order updates arrive hours late. Thoughts?", source="reddit")  # fmt: skip
    assert r.answered_as == "community"
    assert "webhooks for our" not in (r.public or "")
    assert "this thread" in (r.public or "")
    assert_passes(r)


def test_a_finnish_reporter_asking_for_comment_gets_the_promise_in_finnish() -> None:
    r = product("Teen juttua kahviloiden aukioloajoista. Voisitteko kommentoida muutoksia? "
                "Määräaika on huomenna.", brand="Northwind Coffee")  # fmt: skip
    assert r.answered_as == "press"
    assert "kommentti" in (r.public or "").casefold()
    assert "määräaika" in (r.public or "").casefold()
    assert "Kiitos, että kirjoititte" not in (r.public or "")
    assert_passes(r)


def test_a_cancellation_asks_for_the_account_not_the_browser() -> None:
    r = product("Cancel my Northwind Club now. The cancel button on the website does nothing.")
    assert "cancel" in {a.kind.value for a in r.reading.asks}
    assert "browser" not in both(r)
    assert "email on your account" in both(r)
    assert_passes(r)


def test_a_community_question_is_answered_openly_by_someone_who_works_there() -> None:
    r = product("Thinking about the Northwind Club vs just buying bags. Any recs? Thoughts?",
                source="reddit")  # fmt: skip
    assert r.answered_as == "community"
    assert "not neutral" in (r.public or "")
    assert_passes(r)


def test_a_claim_the_faq_explains_gets_how_it_works_not_a_flat_denial() -> None:
    r = product("heard northwind stopped shipping to norway, anyone know if that's true?")
    assert r.answered_as == "rumour"
    assert "ship to Finland, Sweden and Norway" in (r.public or "")
    assert "isn't accurate" not in (r.public or "")
    assert "lab" not in (r.public or "")  # the facts about something else stay out
    assert_passes(r)


def test_the_one_gripe_inside_praise_is_said_back() -> None:
    r = product("Great app, does what it says. One star off because the map screen is slow to open.",
                source="googleplay", brand="Parcelly", rating=4)  # fmt: skip
    assert r.answered_as == "praise"
    assert "the map screen is slow to open" in (r.public or "")
    assert not APOLOGY.search(r.public or "")
    assert_passes(r)


def test_praise_with_a_named_problem_is_thanked_and_the_problem_apologised_for() -> None:
    r = product(
        "Best beans in town and the staff are lovely. My only gripe is the queue on Saturdays."
    )
    assert r.reading.stance.value == "mixed"
    assert "Thank you for the kind words" in (r.public or "")
    assert APOLOGY.search(r.public or "")
    assert_passes(r)


def test_a_question_asked_out_of_a_health_worry_hears_the_worry_first() -> None:
    r = product("Does your decaf really have no caffeine in it? I had palpitations after two cups "
                "and I have a heart condition.")  # fmt: skip
    assert r.answered_as == "question"
    assert "worrying" in (r.public or "")
    assert any("sensitive" in f for f in r.flags)
    assert_passes(r)


def test_a_day_the_customer_needs_it_by_is_heard_without_a_promise() -> None:
    r = product("My order for my mum's birthday is still 'processing' after ten days. If it "
                "isn't here by Saturday I'm cancelling.")  # fmt: skip
    assert "by Saturday" in (r.public or "")
    assert "will arrive" not in both(r)
    assert_passes(r)


def test_an_ask_hn_question_is_answered_as_a_question_to_the_thread() -> None:
    r = product("Ask HN: anyone integrated Northwind's wholesale ordering API? Curious how it "
                "handles failed payments and returns.", source="hackernews")  # fmt: skip
    assert r.answered_as == "community"
    assert "looking into what you describe" not in (r.public or "")
    assert "not neutral" in (r.public or "")


def test_a_reporter_who_asks_for_a_comment_in_other_words_is_promised_one() -> None:
    r = product("I'm a reporter at the Tampere Daily. Could someone give us a comment on the "
                "café closures? Deadline Friday.")  # fmt: skip
    assert r.answered_as == "press"
    assert "comment" in (r.public or "")


def test_an_faq_answer_must_share_a_word_with_the_question_not_only_a_topic() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "faq": [
        {"question": "How is your decaf made?", "answer": "Swiss Water process, no solvents",
         "topics": ["caffeine"]},
    ]})  # fmt: skip
    unrelated = product("how much caffeine is in one serving of your cold brew concentrate?", voice)
    assert "Swiss Water" not in (unrelated.public or "")
    related = product("hey @northwindcoffee how is the decaf made? thanks!", voice)
    assert "Swiss Water" in (related.public or "")
    assert related.answered_as == "question"


def test_a_cash_extra_asked_at_the_door_is_said_back() -> None:
    r = product("The courier made my dad pay 200 taka extra in cash 'for the lift'. That's not in "
                "the price anywhere.", STRICT, brand="Parcelly")  # fmt: skip
    assert "asked to pay 200 taka" in (r.public or "")
    assert_passes(r)


def test_nothing_named_is_said_as_nothing_not_as_this_happened() -> None:
    plain = product("Northwind, I am so disappointed. Not what I expected from you at all.")
    assert "this happened" not in (plain.public or "")
    assert APOLOGY.search(plain.public or "")
    ironic = product("Oh fantastic, Northwind, you really outdid yourselves this time 🙄 bravo")
    assert "this happened" not in (ironic.public or "")
    assert not THANKS.search(ironic.public or "")


def test_a_refund_asked_on_a_condition_is_promised_on_that_condition() -> None:
    r = product(
        "@northwindcoffee my order is 10 days late. If it isn't here by Thursday, refund me."
    )
    public = r.public or ""
    assert "if it isn't, you'll get your money back" in public
    assert "by Thursday" in public
    assert "refund you in full straight away" not in (r.offline or "")
    assert_passes(r)


def test_an_faq_question_in_the_brands_own_terms_is_answered() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "faq": [
        {"question": "How do I pause the Northwind Club?", "answer": "Under Account > Club, any "
         "time, for up to three months", "topics": ["subscription"]},
    ]})  # fmt: skip
    r = product("can the Northwind Club be paused while I'm away for the summer?", voice)
    assert "Account > Club" in (r.public or "")
    other = product("is the Northwind Club coffee organic?", voice)
    assert "Account > Club" not in (other.public or "")


def test_a_pickup_nobody_came_for_is_said_back_as_such() -> None:
    r = product("@ParcellyCare booked a collection for 9am, the driver never came and nobody "
                "called. Parcel PCL-220011.", STRICT, brand="Parcelly")  # fmt: skip
    assert "nobody came to collect" in (r.public or "")
    assert "delivered to the courier" not in (r.offline or "")


def test_a_cancellation_before_any_charge_promises_no_money_back() -> None:
    r = product("@NorthwindHelp cancel my Northwind Club please, before the renewal on March 3. "
                "The cancel page just hangs.")  # fmt: skip
    assert "money is back" not in (r.offline or "")
    assert "charged" not in (r.public or "")
    assert "March 3" in (r.public or "")


def test_a_number_that_just_rang_is_not_offered_again() -> None:
    r = product("Tracking shows nothing for a week and the helpline just rings out. Useless.",
                Voice.model_validate({**STRICT.model_dump(), "support_phone": "+880 1000"}),
                source="googleplay", brand="Parcelly")  # fmt: skip
    assert "call +880 1000" not in (r.public or "")
    assert "address you wrote to us from" not in (r.offline or "")


def test_a_charge_with_its_amount_and_reference_given_is_not_asked_for_again() -> None:
    r = product("@ParcellyCare charged 90 taka twice for parcel PCL-440022, see my bKash.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "dates and amounts" not in both(r)
    assert "What would make this right" not in both(r)
    assert "money is back" not in (r.offline or "")  # the voice cannot refund


def test_a_business_praised_is_not_a_person_praised() -> None:
    r = product("Best courier service in Dhaka, the app tracking is spot on.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "our courier hears" not in (r.public or "")


def test_a_safety_scare_asks_after_them_and_offers_no_voucher() -> None:
    r = product("@northwindcoffee a shard of glass in my latte at your Kallio café today, it cut "
                "my lip. Not acceptable.")  # fmt: skip
    assert "all right" in (r.public or "")
    assert "free bag" not in both(r)
    assert r.flags


def test_a_two_part_question_gets_the_part_the_faq_answers_and_a_person_for_the_rest() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "faq": [
        {"question": "Where do you deliver?", "answer": "We deliver in Dhaka and Khulna",
         "topics": ["shipping"]},
    ]})  # fmt: skip
    r = product("@ParcellyCare do you deliver to Barishal? also can I pay by card at the door?",
                voice, brand="Parcelly")  # fmt: skip
    assert "Dhaka and Khulna" in (r.public or "")
    assert "rest of your question" in (r.public or "")
    assert any("part of this" in f for f in r.flags)


def test_marked_delivered_when_nobody_came_is_said_once() -> None:
    r = product("@ParcellyCare app says my parcel was 'delivered' at 3pm but no one came to the "
                "flat. Parcel PCL-118820.", STRICT, brand="Parcelly")  # fmt: skip
    assert "nobody came to your door" in (r.public or "")
    assert "never brought" not in both(r)


def test_a_thread_about_the_brand_gets_the_faq_answer_it_turns_on() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "faq": [
        {"question": "Can I pause my Northwind Club?", "answer": "You can pause the Northwind Club "
         "for up to three months", "topics": ["subscription"]},
    ]})  # fmt: skip
    r = product("Anyone here who's had the Northwind Club subscription for a while? Thinking of "
                "dropping it over the summer, is it worth keeping?", voice, source="reddit")  # fmt: skip
    assert r.answered_as == "community"
    assert "can pause the Northwind Club" in (r.public or "")


def test_two_questions_each_in_the_faq_get_both_answers() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "faq": [
        {"question": "Where do you ship?", "answer": "We ship to Finland and Sweden",
         "topics": ["shipping"]},
        {"question": "How is the decaf made?", "answer": "Our decaf is made with water only",
         "topics": ["caffeine"]},
    ]})  # fmt: skip
    r = product("hi @northwindcoffee, can you ship to Sweden? also how is your decaf made?", voice)
    assert "Finland and Sweden" in (r.public or "")
    assert "water only" in (r.public or "")
    assert_passes(r)


def test_a_thread_about_map_data_is_no_privacy_claim() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "facts": [
        {"text": "Parcelly never sells customers' addresses", "topics": ["privacy"]},
    ]})  # fmt: skip
    r = product("Parcelly reportedly uses satellite data to guess building entrances. Anyone know "
                "how well that works in Old Dhaka?", voice, source="hackernews", brand="Parcelly")  # fmt: skip
    assert "never sells" not in both(r)


def test_the_day_a_gift_is_needed_is_heard_and_kept() -> None:
    r = product("@ParcellyCare parcel PC-100200 stuck 'in transit' for 4 days and it's for my "
                "niece's birthday on Sunday.", STRICT, brand="Parcelly")  # fmt: skip
    assert "by Sunday" in (r.public or "")
    assert "before Sunday" in (r.offline or "")


def test_a_number_already_on_the_account_is_not_asked_for() -> None:
    r = product("@ParcellyCare I want a manager to ring me today, my number's on my account. "
                "Parcel PC-300400 lost.", STRICT, brand="Parcelly")  # fmt: skip
    assert "number to call you on" not in both(r)


def test_a_rumour_put_to_the_thread_is_not_thanked_as_asked_of_us() -> None:
    r = product("heard Northwind is closing all its Swedish cafés, can anyone confirm?")
    assert "asking us directly" not in (r.public or "")
    assert r.flags  # a person answers it


def test_a_second_question_the_faq_does_not_cover_is_left_to_a_person() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "faq": [
        {"question": "Where do you deliver?", "answer": "We deliver in Dhaka and Khulna",
         "topics": ["shipping"]},
    ]})  # fmt: skip
    r = product("@ParcellyCare do you deliver in Khulna? and how big can one box be?", voice,
                brand="Parcelly")  # fmt: skip
    assert "Dhaka and Khulna" in (r.public or "")
    assert "rest of your question" in (r.public or "")


def test_a_last_question_without_its_mark_is_still_a_question() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "faq": [
        {"question": "Where do you deliver?", "answer": "We deliver in Dhaka and Khulna",
         "topics": ["shipping"]},
    ]})  # fmt: skip
    for text in (
        "do you deliver in Khulna? and does delivery cost extra outside the city centre",
        "@ParcellyCare do you deliver in Khulna? also is there a discount for small shops",
    ):
        r = product(text, voice, brand="Parcelly")
        assert "Dhaka and Khulna" in (r.public or "")
        assert "rest of your question" in (r.public or ""), text
    r = product("do you deliver in Khulna? I'm moving there in May", voice, brand="Parcelly")
    assert "rest of your question" not in (r.public or "")


def test_not_shipped_yet_beside_a_cancel_is_why_it_can_be_cancelled_not_a_delay() -> None:
    for text in ("Could you cancel my order NW-31877 please? It hasn't been dispatched yet.",
                 "Haluan perua tilauksen NW-31877, sitä ei ole vielä lähetetty."):  # fmt: skip
        r = product(text)
        assert [p.kind.value for p in r.reading.problems] == [], text
        assert "cancel" in {a.kind.value for a in r.reading.asks}
        assert "NW-31877" in (r.public or ""), r.public  # the order, not a bare "it"
        assert "email" not in both(r)  # the number says which order
        assert "sähköposti" not in both(r)
        assert not APOLOGY.search(r.public or "")
    # a wait beyond "yet" is a delay all the same
    r = product("Cancel my order NW-31877, ordered three weeks ago and it hasn't shipped yet.")
    assert "delivery_late" in {p.kind.value for p in r.reading.problems}
    # "still hasn't shipped" beside a cancel is a late order, not a subscription that would
    # not cancel
    r = product("please cancel order NW-31877, it still hasn't shipped")
    assert "subscription" not in {p.kind.value for p in r.reading.problems}
    assert "couldn't cancel" not in (r.public or "")


def test_still_taking_money_after_a_cancellation_is_said_as_charging() -> None:
    r = product("I ended my Club membership in August and you're still taking money from my card")
    assert "after you cancelled" in (r.public or ""), r.public
    assert "couldn't cancel" not in (r.public or "")


def test_a_vague_finnish_complaint_is_quoted_not_said_as_this_happened() -> None:
    r = product("@NorthwindHelp en ole yhtään tyytyväinen teihin tällä hetkellä, todella "
                "pettynyt.", source="x")  # fmt: skip
    assert "näin kävi. Olen pahoillani" not in (r.offline or "")


def test_a_call_wanted_today_is_promised_today() -> None:
    r = product("@ParcellyCare a supervisor needs to ring me today, parcel PC-700100 is a week "
                "late.", STRICT, brand="Parcelly")  # fmt: skip
    assert "need this today" in (r.public or "")
    assert "hear from me today" in (r.offline or "")


def test_an_appliance_that_stopped_is_not_asked_for_a_photo() -> None:
    dead = product("@northwindcoffee my kettle stopped heating after two weeks. Order NW-202020.")
    assert "photo" not in both(dead)
    cracked = product("@northwindcoffee the kettle's lid cracked the first time I used it. "
                      "Order NW-202021.")  # fmt: skip
    assert "photo" in both(cracked)


def test_a_thread_poster_with_their_own_booking_is_not_told_if_it_was_you() -> None:
    r = product("Parcelly lost my parcel PC-808080 last week and support keeps closing the chat. "
                "Anyone else had this?", STRICT, source="reddit", brand="Parcelly")  # fmt: skip
    assert "If it was you" not in (r.public or "")


def test_a_vague_complaint_is_marked_for_a_human_edit() -> None:
    r = product("@northwindcoffee honestly so fed up with you lot right now.")
    assert r.public_check is not None
    assert not r.public_check.ok
    assert any("not named" in f for f in r.flags)


def test_a_deadline_left_out_of_a_draft_fails_its_check() -> None:
    from reports.replies import self_check

    reading = read(
        "@northwindcoffee my order is late and I need it by Friday", brand="Northwind Coffee"
    )
    check = self_check("I'm sorry your order is late. Please DM @NorthwindHelp.", reading=reading,
                       text="@northwindcoffee my order is late and I need it by Friday",
                       voice=FULL, brand="Northwind Coffee", source="x", channel="public")  # fmt: skip
    assert not check.ok
    assert any("Friday" in p for p in check.problems)


def test_the_signer_says_the_next_step_in_the_first_person() -> None:
    r = product("@northwindcoffee my order NW-909090 is a week late.")
    assert "Next step: I'll trace your order NW-909090" in (r.offline or "")
    assert "Aino traces" not in (r.offline or "")


def test_a_cancel_request_is_done_without_an_apology_and_by_its_date() -> None:
    r = product("@NorthwindHelp cancel my Northwind Club please, it must be stopped before the "
                "next box on the 3rd.")  # fmt: skip
    public = r.public or ""
    assert "cancel your Northwind Club" in public
    assert "the 3rd" in public
    assert "sorry" not in public.casefold()
    assert "email on your account" in both(r)


def test_a_breakage_they_say_was_their_own_gets_help_and_no_gesture() -> None:
    r = product("@northwindcoffee I knocked my Northwind mug off the table, my fault. Do you sell "
                "just the lid? The lid snapped.")  # fmt: skip
    assert "isn't good enough" not in both(r)
    assert "free bag" not in both(r)


def test_a_dirty_cafe_is_said_back_as_a_dirty_cafe() -> None:
    r = product("Northwind Kallio yesterday: sticky tables and the floor was filthy. Gross.")
    assert "wasn't as clean" in (r.public or "")
    assert "found" not in (r.public or "")


def test_praise_of_a_rider_is_thanked() -> None:
    r = product("Shoutout to the Parcelly rider who carried my fridge up four floors without "
                "complaining. Thank you!", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "praise"
    assert THANKS.search(r.public or "")


def test_why_they_ask_is_not_taken_for_a_second_question() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "faq": [
        {"question": "Can I pause my Club?", "answer": "You can pause the Club for three months",
         "topics": ["subscription"]},
    ]})  # fmt: skip
    r = product("Can I pause my Northwind Club subscription for July? I'm travelling and don't "
                "want deliveries piling up at the post office.", voice)  # fmt: skip
    assert "pause the Club for three months" in (r.public or "")
    assert "rest of your question" not in (r.public or "")


def test_a_wrong_item_says_what_came_instead_of_what_was_ordered() -> None:
    r = product("I ordered the Kenya filter roast and got a tin of hot chocolate. NW-404040")
    assert "instead of the Kenya filter roast" in (r.public or "")
    assert "hot chocolate" in (r.public or "")
    assert_passes(r)


def test_a_question_about_a_part_they_broke_is_answered_as_a_question() -> None:
    r = product("@northwindcoffee I dropped the lid of my Northwind travel mug, my own fault. Can "
                "I buy just a new lid?")  # fmt: skip
    assert r.answered_as == "question"
    assert "I'll get a new" not in both(r)
    assert not APOLOGY.search(r.public or "")


def test_being_told_to_wait_is_a_brush_off_not_a_queue() -> None:
    r = product("@ParcellyCare parcel PC-606060 marked delivered, nobody came. Every time I call "
                "I'm told to wait 24 hours.", STRICT, brand="Parcelly")  # fmt: skip
    assert "long wait" not in both(r)
    assert "address you wrote to us from" not in both(r)
    assert r.public_check is not None
    assert r.public_check.ok


def test_a_parcel_left_at_the_wrong_door_is_said_so() -> None:
    r = product("@ParcellyCare you delivered my parcel PC-717171 to the wrong flat again.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "delivered to the wrong door" in (r.public or "")


def test_what_it_tasted_like_is_said_in_their_words() -> None:
    r = product("@northwindcoffee my bag of beans tastes like wet cardboard. order NW-515151")
    assert "beans tasted like wet cardboard" in (r.public or "")


def test_parcels_going_out_today_are_heard_as_today() -> None:
    r = product("@ParcellyCare the app logs me out every time and I have 5 parcels going out "
                "today for my shop.", STRICT, brand="Parcelly")  # fmt: skip
    assert "today" in (r.public or "")


def test_an_email_already_in_the_post_is_not_asked_for() -> None:
    r = product("@NorthwindHelp cancel my Northwind Club please, the account is "
                "mia.k@example.com.")  # fmt: skip
    assert "email on your account" not in both(r)


def test_today_as_a_sentence_of_its_own_is_the_day_needed() -> None:
    r = product("@ParcellyCare parcel PC-121212 is lost. I want a supervisor to call me. Today.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "today" in (r.public or "")


def test_a_promise_to_investigate_that_came_to_nothing_is_said_back() -> None:
    r = product("@ParcellyCare second missing parcel, PC-131313. Last time I was told you'd "
                "investigate and nothing ever happened.", STRICT, brand="Parcelly")  # fmt: skip
    assert "investigate and nothing came of it" in both(r)


def test_a_late_parcel_that_has_arrived_is_not_traced() -> None:
    r = product("@ParcellyCare my 'express' parcel PC-141414 finally arrived 4 days late.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "trace" not in both(r)
    assert "on its way" not in (r.offline or "")


def test_a_thread_asking_about_something_else_gets_no_faq_answer() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "faq": [
        {"question": "Where do you deliver?", "answer": "We deliver in Dhaka and Khulna",
         "topics": ["shipping"]},
    ]})  # fmt: skip
    r = product("Parcelly does same-day delivery on bikes across Dhaka. How do they make money at "
                "these prices? Anyone seen numbers?", voice, source="hackernews", brand="Parcelly")  # fmt: skip
    assert "Dhaka and Khulna" not in (r.public or "")


def test_a_courier_company_traces_its_own_parcels_and_a_shop_names_its_carrier() -> None:
    text = "Parcel PX-30417 was due Monday and is still sitting at the depot, four days now."
    own = Voice.model_validate({**STRICT.model_dump(), "delivers_itself": True})
    r = product(text, own, brand="Parcelly")
    assert "trace" in (r.offline or ""), r.offline
    assert "courier" not in both(r).casefold()  # Parcelly is the courier
    assert_passes(r)
    shop = Voice.model_validate({**FULL.model_dump(), "courier": "Posti"})
    r = product("my Northwind order still hasn't arrived, a week now", shop)
    assert "with Posti" in (r.offline or ""), r.offline
    assert_passes(r)
    r = product("my Northwind order still hasn't arrived, a week now")  # no carrier named
    assert "with the courier" in (r.offline or ""), r.offline


def test_a_finnish_reply_of_a_brand_that_delivers_itself_names_no_carrier() -> None:
    own = Voice.model_validate({**FULL.model_dump(), "delivers_itself": True})
    text = "Northwindin paketti on ollut matkalla jo viikon eikä vieläkään tullut perille."
    r = product(text, own)
    assert r.language == "fi"
    assert "kuljetusliik" not in both(r), both(r)
    r = product(text)
    assert "kuljetusliik" in both(r), both(r)


def test_a_duplicate_charge_asked_back_is_put_right_even_where_refunds_are_not_offered() -> None:
    r = product("@ParcellyCare took 150 tk from my bKash twice for one pickup. Please refund the "
                "duplicate charge.", STRICT, brand="Parcelly")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "can't promise a refund" not in both(r)  # a charge in error is no refund to refuse
    assert "can't give refunds" not in both(r)
    assert "comes back to you" in (r.offline or "")
    assert "money is back" not in (r.offline or "")  # what comes back is found out first
    assert_passes(r)
    r = product("you billed me for two subscriptions this month, I want the extra one back")
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "comes back to you" in (r.offline or "")


def test_a_call_asked_for_a_day_is_promised_that_day_and_not_read_as_a_delivery_day() -> None:
    r = product("Rang your helpline six times about parcel PX40418822, lost since the 2nd. "
                "I want a supervisor to ring me tomorrow. Enough.", STRICT, brand="Parcelly")  # fmt: skip
    assert "call you tomorrow" in both(r), both(r)
    assert "need this" not in both(r)  # the day is the call's, not the parcel's
    assert "call +" not in (r.public or "")  # six calls: not the way to offer them
    assert "PX40418822" in both(r)  # no hyphen, still theirs
    assert "order number" not in both(r)
    assert_passes(r)


def test_someone_leaving_or_refusing_vouchers_is_not_offered_a_gesture_for_next_time() -> None:
    for text in (
        "Cancel my Club membership please, the beans arrived stale twice in a row and the "
        "last box was crushed. Spare me the discount codes.",
        "Third stale bag and a crushed box, I'm never ordering again. Furious.",
    ):
        r = product(text)
        assert "next order" not in both(r), both(r)
        assert "free bag" not in both(r)
    r = product("Third stale bag and a crushed box this month. Furious.")
    assert "free bag" in both(r)  # staying, and really let down: the gesture fits


def test_a_plain_cancellation_ends_with_what_stays_stopped_not_a_check_that_it_works() -> None:
    r = product("@northwindcoffee cancel my subscription please, the settings page just throws "
                "an error every time I try.")  # fmt: skip
    assert "If anything more is taken" in (r.offline or ""), r.offline
    assert "make sure it works" not in both(r)
    assert (r.offline or "").count("I'll cancel") == 1, r.offline  # said once, not twice
    assert_passes(r)


def test_a_price_rise_is_said_back_as_a_rise_without_asking_what_would_make_it_right() -> None:
    r = product("so northwind put up the price of the espresso beans again and the bags are "
                "smaller too. nice one")  # fmt: skip
    assert "went up" in both(r), both(r)
    assert "less" in both(r), both(r)
    assert "What would make this right" not in both(r)
    assert "doesn't feel fair" not in both(r)


def test_a_wish_quoted_back_from_a_review_ends_on_a_whole_word() -> None:
    r = product("Lovely app overall. Only wish the map showed the rider's position live instead of "
                "refreshing every few minutes, it lags", STRICT, source="appstore", rating=4,
                brand="Parcelly")  # fmt: skip
    quote = (r.public or "").split("“")[1].split("”")[0] if "“" in (r.public or "") else ""
    assert quote, r.public
    last = quote.rstrip("…").split()[-1]
    assert last in ("Only wish the map showed the rider's position live instead of refreshing "
                    "every few minutes, it lags").replace(",", "").split(), quote  # fmt: skip


def test_an_app_problem_on_a_named_page_says_the_page() -> None:
    r = product("The checkout page on your website throws an error whenever I pay with MobilePay")
    assert "checkout page" in (r.public or ""), r.public


def test_an_faq_entry_answers_only_the_kind_of_question_it_was_written_for() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "faq": [
        {"question": "Where and when do you deliver?", "topics": ["shipping"],
         "answer": "We deliver in Dhaka and Sylhet, Saturday to Thursday, 9:00-21:00"},
    ]})  # fmt: skip
    r = product("Curious how Parcelly does deliveries to unnamed lanes in Old Dhaka? Is there "
                "anyone from the team here?", voice, source="hackernews", brand="Parcelly")  # fmt: skip
    assert "9:00-21:00" not in both(r), both(r)  # a way of doing it, not a place or a time
    assert "reply in this thread" in (r.public or "")
    r = product("@parcelly do you deliver to Sylhet on Fridays?", voice, brand="Parcelly")
    assert "9:00-21:00" in (r.public or "")  # a yes/no question takes the entry's answer
    r = product("@parcelly any chance of a free delivery code? I've used you for years 🙂", voice,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "freebie"
    assert "9:00-21:00" not in both(r)


def test_a_leak_of_peoples_data_is_no_leaking_product_and_is_left_to_a_person() -> None:
    r = product("anyone else getting spam texts since ordering from parcelly? pretty sure their "
                "customer data got leaked", STRICT, source="reddit", brand="Parcelly")  # fmt: skip
    assert "defect" not in {p.kind.value for p in r.reading.problems}
    # no fact answers it: a holding line would read as a yes, so a person answers it
    assert r.public is None
    assert any("no configured fact" in f for f in r.flags)
    r = product("my Northwind flask leaked all over my laptop bag")
    assert "defect" in {p.kind.value for p in r.reading.problems}


def test_a_split_bag_is_damage_and_a_takeover_heard_of_is_a_rumour() -> None:
    r = product("@northwindcoffee second box in a row with a burst bag, grounds all over the "
                "inside of the box. sort it out")  # fmt: skip
    assert "damaged" in {p.kind.value for p in r.reading.problems}
    assert r.answered_as == "complaint"
    r = product("heard Northwind Coffee got sold to a private equity fund, can anyone confirm?")
    assert r.answered_as == "rumour"
    assert not APOLOGY.search(both(r))


def test_a_claim_no_fact_answers_gets_no_holding_reply_in_any_language() -> None:
    """ "We're checking with the people who know" about a rumoured closure reads as a yes."""
    for text, brand in (
        ("word is Northwind is closing every café by spring and nobody is telling staff",
         "Northwind Coffee"),
        ("Kuulemma Parcelly lopettaa toimintansa ensi kuussa, onko totta?", "Parcelly"),
        ("শুনলাম পার্সেলি বন্ধ হয়ে যাচ্ছে, মার্চেন্টদের টাকা আটকে যাবে। সত্যি নাকি?", "Parcelly"),
    ):  # fmt: skip
        r = product(text, STRICT, brand=brand)
        assert r.answered_as == "rumour", text
        assert r.public is None, r.public
        assert r.offline is None
        assert any("no configured fact" in f for f in r.flags)
    r = product("people on reddit say northwind was bought by a big chain, true?", source="reddit")
    assert r.public is None


def test_asked_whether_a_request_for_secrets_is_legit_is_answered_as_a_warning() -> None:
    r = product("someone on telegram says they're from parcelly and wants my OTP code to release "
                "my parcel. is this legit??", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "warning"
    assert "checking with us first" in (r.public or "")
    assert "message isn't from us" in (r.public or "")
    assert not APOLOGY.search(r.public or "")
    # nothing secret asked for: no warning
    r = product("got a text that my parcel is out for delivery today, is that legit?", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as != "warning"


def test_a_bengali_question_tag_is_no_hearsay() -> None:
    r = product("পার্সেলি কি খুলনায় ডেলিভারি দেয় নাকি?", STRICT, brand="Parcelly")
    assert r.reading.stance.value == "question"
    r = product("শুনলাম পার্সেলি নাকি খুলনার অফিস বন্ধ করে দিচ্ছে", STRICT, brand="Parcelly")
    assert r.reading.stance.value == "rumour"


def test_something_that_came_with_a_part_broken_is_damage() -> None:
    r = product("@parcelly the lamp turned up with its glass shade shattered, box looked like "
                "somebody stood on it", STRICT, brand="Parcelly")  # fmt: skip
    assert "damaged" in {p.kind.value for p in r.reading.problems}
    assert r.answered_as == "complaint"
    # one breakage in transit, said once: not "arrived damaged" and "cracked" of the same jug
    r = product("my kettle arrived with the glass jug cracked, box looked like someone stood on it")
    assert [p.kind.value for p in r.reading.problems] == ["damaged"], r.reading.problems


def test_someone_passed_between_the_seller_and_us_is_told_it_stops_here() -> None:
    r = product("@parcelly my order went missing and the store says it's on you, you say it's "
                "on them. who do I even talk to", STRICT, brand="Parcelly")  # fmt: skip
    assert "passed around" in (r.public or ""), r.public
    r = product("@parcelly my parcel is late, where is it?", STRICT, brand="Parcelly")
    assert "passed around" not in (r.public or "")


def test_a_middling_review_with_a_bug_is_mixed_not_sarcasm_and_says_the_bug() -> None:
    r = product("Lovely coffee, quick delivery. Would be four stars if the app didn't forget my "
                "saved card at every checkout.", source="appstore", rating=3)  # fmt: skip
    assert r.reading.sarcasm.value == "no"
    assert r.reading.stance.value == "mixed"
    assert "keeps forgetting your saved card" in (r.public or ""), r.public
    r = product("Beans are top notch. The app though takes forever to open and my stamps never "
                "get added.", source="googleplay", rating=3)  # fmt: skip
    assert "slow to open" in (r.public or ""), r.public
    assert "stamps" in (r.public or "")


def test_a_rider_who_waited_for_the_customer_is_praised_not_apologised_for() -> None:
    r = product("Big thanks to the Parcelly driver who waited 20 minutes outside while I got "
                "back from work. Legend.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "praise"
    assert not APOLOGY.search(r.public or "")
    r = product("waited 40 minutes at the Parcelly counter and nobody served me", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint"


def test_a_feature_request_is_thanked_and_passed_on_not_ignored() -> None:
    for text in (
        "@northwindcoffee feature idea: let me skip a month in the Club from the app",
        "would be really handy if the Northwind app could save more than one address",
        "Olisi kätevää, jos Northwindin kerhotilauksen voisi jakaa kahteen osoitteeseen.",
    ):
        r = product(text)
        assert r.answered_as == "idea", text
        assert r.public
        assert not APOLOGY.search(r.public)
        assert_passes(r)
    r = product("@northwindcoffee feature idea: let me skip a month in the Club from the app")
    assert "subscription" in (r.public or "") or "app" in (r.public or "")
    # praise with a wish in it stays praise, with the wish noted
    r = product("Best flat white in Turku! I wish the app let me order ahead though.")
    assert r.answered_as == "praise"
    assert "idea" in (r.public or "")
    # a feature the update took away is a complaint, said back
    r = product("the latest update got rid of the button to reorder my usual. why??",
                source="googleplay", rating=2)  # fmt: skip
    assert r.answered_as == "complaint"
    assert "no longer has the button to reorder your usual" in (r.public or ""), r.public


def test_a_merchants_late_payout_is_chased_as_a_payout_not_a_late_parcel() -> None:
    r = product("@parcelly I sell on your platform and my cash on delivery payout from the 12th "
                "is still pending, 52,000 tk. Seller ID S-88123.", STRICT, brand="Parcelly")  # fmt: skip
    assert [p.kind.value for p in r.reading.problems] == ["payout"]
    assert "payout of 52,000 tk" in (r.public or ""), r.public
    assert "order number" not in both(r)
    assert "merchant ID" not in both(r)  # the seller ID is given
    r = product("মার্চেন্ট পেমেন্ট এক সপ্তাহ ধরে আটকে আছে, কেউ কিছু বলছে না", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "payout" in {p.kind.value for p in r.reading.problems}
    assert "মার্চেন্ট আইডি" in both(r)
    # a payout that came is no problem, and a parcel that is late is no payout
    r = product("my COD payout landed the same evening, great service", STRICT, brand="Parcelly")
    assert "payout" not in {p.kind.value for p in r.reading.problems}
    r = product("@parcelly parcel PX-551200 still hasn't arrived after 6 days", STRICT,
                brand="Parcelly")  # fmt: skip
    assert [p.kind.value for p in r.reading.problems] == ["delivery_late"]


def test_a_ticket_number_given_is_not_followed_by_asking_where_they_wrote_from() -> None:
    r = product("emailed support twice about ticket CS-40021 and no reply in a week. ridiculous",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "no_response" in {p.kind.value for p in r.reading.problems}
    assert "wrote to us from" not in both(r)


def test_a_question_the_faq_entry_only_seems_to_answer_is_left_to_a_person() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "faq": [
        {"question": "Where do you deliver?", "answer": "We deliver in Dhaka and Khulna",
         "topics": ["shipping"], "translations": {"fi": "Toimitamme Dhakaan ja Khulnaan"}},
    ]})  # fmt: skip
    r = product("is there a way to reschedule a delivery to the weekend?", voice, brand="Parcelly")
    assert "Dhaka and Khulna" not in (r.public or "")
    assert r.flags
    r = product("Voiko toimituksen siirtää toiseen päivään, esim. lauantaille?", voice,
                brand="Parcelly")  # fmt: skip
    assert "Khulnaan" not in (r.public or ""), r.public
    r = product("saako paketin noudettua itse teidän varastolta vai tuodaanko se aina kotiin asti?",
                voice, brand="Parcelly")  # fmt: skip
    assert any("part of this" in f for f in r.flags) or "Khulnaan" not in (r.public or "")
    r = product("do you deliver in Khulna?", voice, brand="Parcelly")
    assert "Dhaka and Khulna" in (r.public or "")
    assert not any("part of this" in f for f in r.flags)


def test_a_fee_taken_twice_comes_back_even_where_the_voice_cannot_refund() -> None:
    r = product("@parcelly you took the 60 tk redelivery fee from me two times for PX-330019, "
                "give back the second one", STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" in {p.kind.value for p in r.reading.problems}
    assert "comes back to you" in (r.public or ""), r.public
    assert "look at the fee" not in both(r)
    assert_passes(r)


def test_a_refused_replacement_is_heard_however_it_is_said() -> None:
    r = product("Cracked mug again. Please don't send me yet another replacement, just refund "
                "the €18 to my card. NW-22001")  # fmt: skip
    assert "exchange" not in {a.kind.value for a in r.reading.asks}
    assert "replacement" not in both(r).replace("not a swap", "")
    assert "billing" not in {p.kind.value for p in r.reading.problems}  # "to my card" is where


def test_a_refund_the_voice_cannot_give_is_not_refused_in_public() -> None:
    for text in ("@parcelly parcel PX-900121 stuck for a week. I want my money back.",
                 "@parcelly paketti PX-900121 on jumissa viikon. Haluan rahani takaisin.",
                 "@parcelly পার্সেল PX-900121 এক সপ্তাহ আটকে আছে। আমি টাকা ফেরত চাই।"):  # fmt: skip
        r = product(text, STRICT, brand="Parcelly")
        public = r.public or ""
        assert "can't promise" not in public, public
        assert "En voi luvata" not in public
        assert "প্রতিশ্রুতি দিতে পারছি না" not in public


def test_not_wanting_the_parcel_any_more_cancels_it_and_drops_the_trace() -> None:
    r = product("@parcelly PX-771002 is 9 days late, I don't need the parcel anymore, cancel it "
                "and refund me", STRICT, brand="Parcelly")  # fmt: skip
    assert "cancel" in {a.kind.value for a in r.reading.asks}
    assert "delivery date" not in (r.offline or "")
    assert "So I can trace it" not in (r.offline or "")
    r = product("@parcelly পার্সেল PX-771002 ৯ দিন দেরি, পার্সেলটা আর লাগবে না", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "cancel" in {a.kind.value for a in r.reading.asks}
    assert "ডেলিভারির তারিখ" not in (r.offline or "")


def test_a_day_set_as_a_condition_is_heard() -> None:
    r = product("@parcelly PX-661002 has sat at the depot for 4 days. if it doesn't reach me "
                "tomorrow I'm done with you", STRICT, brand="Parcelly")  # fmt: skip
    assert "tomorrow" in (r.public or ""), r.public


def test_a_bengali_app_that_closes_on_opening_is_a_crash_said_as_one() -> None:
    r = product("অ্যাপ চালু করলেই বন্ধ হয়ে যায়, কিছুই করতে পারি না", STRICT, source="googleplay",
                brand="Parcelly", rating=1)  # fmt: skip
    assert "app_bug" in {p.kind.value for p in r.reading.problems}
    assert "খুললেই বন্ধ হয়ে যাচ্ছে" in (r.public or ""), r.public
    assert "লগ আউট" not in (r.public or "")


def test_no_cancel_button_is_a_cancellation_that_would_not_go_through() -> None:
    r = product("tried to cancel my Club for a week. the site has no cancel option anywhere, only "
                "pause. emailed you too. cancel it, and no further charges please")  # fmt: skip
    assert "subscription" in {p.kind.value for p in r.reading.problems}
    assert "couldn't cancel" in (r.public or ""), r.public
    assert "money is back" not in (r.offline or "")  # nothing taken yet: nothing to pay back
    assert "wrote to us from" not in both(r)  # the account email finds their messages too


def test_a_stalled_investigation_and_a_compensation_ask_are_heard() -> None:
    r = product("@parcelly my phone went missing in transit, waybill PX-800431. you've been "
                "saying 'checking' for three weeks. I expect proper compensation.", STRICT,
                brand="Parcelly")  # fmt: skip
    kinds = {p.kind.value for p in r.reading.problems}
    assert "no_response" in kinds
    assert "refund" in {a.kind.value for a in r.reading.asks}
    # compensation for goods lost in our care is a claim, not a refund of a price paid
    assert "about your claim" in (r.public or ""), r.public


def test_asking_where_the_parcel_is_for_days_is_a_late_parcel() -> None:
    r = product("third day asking @parcelly where my package is, PX-300912. no answer.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "delivery_late" in {p.kind.value for p in r.reading.problems}
    assert "What would make this right" not in (r.offline or "")


def test_someone_who_already_cancelled_gets_no_next_order_gesture_nor_an_email_ask() -> None:
    r = product("Fifth message now. I cancelled my Club back in June and you've charged me twice "
                "since, ticket 55018. Refund both and stop it.")  # fmt: skip
    assert "next order" not in both(r)
    assert "email on your account" not in both(r)  # the ticket finds it


def test_a_wish_for_what_the_brand_already_does_gets_the_good_news() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "faq": [
        {"question": "Can I pause my Club?", "answer": "You can pause the Club for up to two "
         "months under Account", "topics": ["subscription"]},
    ]})  # fmt: skip
    r = product("Great app! Please add a way to pause my Club while I'm away so I don't have to "
                "cancel it.", voice, source="googleplay", rating=4)  # fmt: skip
    assert "cancel" not in {a.kind.value for a in r.reading.asks}
    assert "I'll cancel" not in both(r)
    assert "Good news: you can pause" in (r.public or ""), r.public


def test_a_finnish_thanks_for_a_slow_express_is_sarcasm_and_the_fee_comes_back() -> None:
    r = product("Kiitos vaan, maksoin pikatoimituksesta 12 € ja paketti tuli vasta kuudessa "
                "päivässä. Haluan pikamaksun takaisin.")  # fmt: skip
    assert r.answered_as == "complaint"
    assert "fee_back" in {a.kind.value for a in r.reading.asks}
    assert "ei ole vieläkään tullut" not in both(r)  # it came, late
    assert "Kiitos!" not in (r.public or "")


def test_a_rider_who_exacted_cash_is_staff_and_money_taken_not_a_policy() -> None:
    r = product("the parcelly courier wanted an extra 200 tk 'for fuel' before handing over my "
                "parcel. is this really your policy? want the 200 back", STRICT,
                brand="Parcelly")  # fmt: skip
    kinds = {p.kind.value for p in r.reading.problems}
    assert "policy" not in kinds
    assert "billing" in kinds
    assert "our policy" not in both(r)
    assert "comes back to you" in (r.public or ""), r.public


def test_a_courier_answers_for_the_handling_of_a_sellers_goods_not_the_goods() -> None:
    courier = Voice.model_validate({**STRICT.model_dump(), "delivers_itself": True})
    r = product("bought a lamp from a shop on Daraz, Parcelly delivered it with the shade missing "
                "and the box retaped. PX-551090", courier, brand="Parcelly")  # fmt: skip
    assert "the shade was missing" in (r.public or ""), r.public
    assert "take it up with the seller" in (r.offline or ""), r.offline
    assert "right item out to you" not in both(r)


def test_a_bengali_fee_notice_with_a_lookalike_link_is_phishing() -> None:
    r = product("পার্সেলি নোটিশ: আপনার পার্সেল আটকে আছে। ৩০ টাকা চার্জ দিয়ে এখনই ছাড়িয়ে নিন: "
                "parcelly-bd.top", STRICT, brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "spam"
    assert r.public is None


def test_a_box_that_came_without_a_part_names_the_part_and_sends_it() -> None:
    r = product("My grinder from @northwindcoffee arrived without the bean hopper. Just need that "
                "one part posted, no need to replace the whole grinder. NW-71002")  # fmt: skip
    assert "replacement_part" in {a.kind.value for a in r.reading.asks}
    assert "exchange" not in {a.kind.value for a in r.reading.asks}
    assert "came without the bean hopper" in (r.public or ""), r.public
    assert "new bean hopper" in both(r)
    assert "photo" not in both(r)  # nothing to photograph in a part that is not there


def test_a_cancellation_after_a_refund_names_what_it_cancels() -> None:
    r = product("my refund for NW-40021 still hasn't come and it's been 3 weeks. cancel my "
                "subscription and give me my money back")  # fmt: skip
    assert "cancel your subscription" in (r.public or ""), r.public


def test_someone_who_says_they_are_not_angry_is_not_read_as_angry() -> None:
    r = product("Not angry at all, just want to know how to stop my Club before the 1st. The "
                "app has no cancel button.")  # fmt: skip
    assert not r.reading.decisions.angry
    assert "isn't good enough" not in (r.public or "")


def test_a_call_from_an_account_manager_is_an_escalation() -> None:
    r = product("@parcelly remittance pending 11 days. I want a phone call from your account "
                "manager, not more DMs", STRICT, brand="Parcelly")  # fmt: skip
    assert "escalation" in {a.kind.value for a in r.reading.asks}
    assert "call you" in (r.public or ""), r.public


def test_the_day_an_ask_is_for_is_heard() -> None:
    r = product("the app only shows 'skip', there's no way to stop the Club. I need it "
                "cancelled today.")  # fmt: skip
    assert "subscription" in {p.kind.value for p in r.reading.problems}
    assert "today" in (r.public or ""), r.public
    r = product("@parcelly my COD payout is 8 days late. Sort this out today.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "today" in (r.public or ""), r.public


def test_a_login_code_that_never_comes_asks_for_the_number_it_goes_to() -> None:
    r = product("@parcelly the verification code never arrives when I log in", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "login code never arrives" in (r.public or ""), r.public
    assert "phone number the code should go to" in both(r)
    assert "email on your account" not in both(r)
    r = product("লগইন করার সময় ওটিপি আসছে না, দুই দিন ধরে চেষ্টা করছি", STRICT, brand="Parcelly")
    assert "যে নম্বরে কোডটি আসার কথা" in both(r)


def test_a_bengali_merchant_id_is_given_and_a_call_is_asked_for() -> None:
    r = product("মার্চেন্ট আইডি M-44102। দশ দিন ধরে সিওডি টাকা পাইনি। একটু ফোন করবেন?", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "callback" in {a.kind.value for a in r.reading.asks}
    assert "মার্চেন্ট আইডি ও" not in both(r)  # already given


def test_an_app_fault_says_when_it_happens_and_each_thing_it_broke() -> None:
    r = product("app crashes every time I open the Club page, and my loyalty points went back to "
                "zero after the update", source="googleplay", rating=2)  # fmt: skip
    public = r.public or ""
    assert "every time you open the Club page" in public, public
    assert "lost your points" in public
    r = product("the app keeps freezing, nothing more to say", source="googleplay", rating=1)
    assert "keeps freezing" in (r.public or "")


def test_a_finnish_ask_for_one_thing_that_is_two_says_so() -> None:
    r = product("Sovellus kaatuu kun avaan tilaukseni. Korjatkaa.", source="googleplay", rating=1)
    assert "yhden asian" not in (r.offline or ""), r.offline


def test_a_parcel_sent_back_and_forth_praised_ironically_is_a_complaint() -> None:
    r = product("Wow @parcelly, my parcel went from Dhaka to Khulna and back to Dhaka twice. It's "
                "seen more of the country than I have. Truly a scenic service.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint"
    assert not (r.public or "").startswith("Thank you")


def test_what_they_tried_twice_is_no_double_charge_nor_a_repeat() -> None:
    r = product("অ্যাপ খুললেই বন্ধ হয়ে যায়। দুইবার আনইনস্টল করে আবার ইনস্টল করেছি।", STRICT,
                source="googleplay", brand="Parcelly", rating=1)  # fmt: skip
    assert "billing" not in {p.kind.value for p in r.reading.problems}
    assert "আগেও হয়েছে" not in both(r)
    r = product("Yritin maksaa kolme kertaa, enkä tiedä veloitettiinko minua. Sovellus kaatuu.",
                source="googleplay", rating=1)  # fmt: skip
    assert "billing" not in {p.kind.value for p in r.reading.problems}
    assert "kolmesti" not in both(r)


def test_a_finnish_price_rise_and_leaving_names_both_without_a_repeat() -> None:
    r = product("Hyvää kahvia, mutta hinnat nousivat taas. Haluan lopettaa kerhotilaukseni.")
    assert "price" in {p.kind.value for p in r.reading.problems}
    assert "ennenkin" not in both(r)
    assert "Peruutan tilauksesi" in (r.public or ""), r.public


def test_a_refund_asked_after_a_swap_was_offered_is_a_refund_not_a_swap() -> None:
    r = product("the kettle you sold me is really noisy and heats unevenly. you offered an "
                "exchange, I do not want another one. Refund please.")  # fmt: skip
    assert "refund" in {a.kind.value for a in r.reading.asks}
    assert "exchange" not in {a.kind.value for a in r.reading.asks}
    assert "defect" in {p.kind.value for p in r.reading.problems}
    assert "replacement" not in (r.public or "")


def test_an_faq_entry_on_the_topic_is_not_an_answer_to_a_different_wish_or_question() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "faq": [
        {"question": "Can I pause my Club?", "answer": "You can pause the Club for up to two "
         "months under Account", "topics": ["subscription"]},
    ]})  # fmt: skip
    r = product("feature request: let me pick a different roast for each delivery in my Club "
                "subscription", voice)  # fmt: skip
    assert r.answered_as == "idea"
    assert "Good news" not in (r.public or "")
    r = product("Is there a public API to manage a Club subscription from my own scripts?", voice,
                source="hackernews")  # fmt: skip
    assert "pause the Club" not in (r.public or ""), r.public


def test_a_middling_review_with_an_unnamed_gripe_says_their_but_back() -> None:
    r = product("Delivery is quick and the beans are lovely. But the checkout shows prices in "
                "dollars, which is confusing.", source="googleplay", rating=3)  # fmt: skip
    assert r.reading.stance.value == "mixed"
    assert "Thank you for the kind words" in (r.public or "")
    assert "the checkout shows prices in dollars" in (r.public or ""), r.public


def test_a_hyphenated_shout_out_and_made_my_day_are_praise() -> None:
    r = product("Shout-out to the Kallio baristas, they remembered my usual. Made my day.")
    assert r.answered_as == "praise"


def test_a_product_gone_from_the_shop_is_no_lost_parcel() -> None:
    r = product("Is the Kenya AA coming back? It disappeared from the webshop last week.")
    assert "delivery_missing" not in {p.kind.value for p in r.reading.problems}
    assert "never reached you" not in both(r)


def test_lateness_told_only_as_part_of_a_rumour_is_the_rumour() -> None:
    r = product("Heard from someone at a roastery that Northwind is going bankrupt and that's why "
                "orders are late. Should I cancel my sub?")  # fmt: skip
    assert r.answered_as == "rumour"
    assert "your order" not in both(r)


def test_a_wish_that_says_one_setting_does_not_work_for_them_is_an_idea() -> None:
    r = product("Would love it if the app let me keep two delivery addresses, one address "
                "doesn't work for me.")  # fmt: skip
    assert r.answered_as == "idea"
    assert not APOLOGY.search(r.public or "")
    assert_passes(r)


def test_a_webhook_event_named_delivered_is_no_missing_parcel() -> None:
    r = product("The Parcelly webhook only sends 'delivered' and never 'returned'. Anyone else?",
                STRICT, source="reddit", brand="Parcelly")  # fmt: skip
    assert "delivery_missing" not in {p.kind.value for p in r.reading.problems}


def test_finnish_thanks_again_with_an_ironic_emoji_over_a_failure_is_sarcasm() -> None:
    r = product("Kiitos taas, paketti meni vanhaan osoitteeseen vaikka vaihdoin sen. Loistavaa "
                "palvelua 🙃")  # fmt: skip
    assert r.reading.is_sarcastic
    assert r.answered_as == "complaint"


def test_a_bengali_prize_that_asks_for_a_pin_is_phishing() -> None:
    r = product("অভিনন্দন! আপনি পার্সেলি লটারিতে পুরস্কার জিতেছেন। আপনার বিকাশ পিন পাঠান।", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.reading.speaker.value == "spam"


def test_a_courier_promises_no_part_for_goods_it_did_not_sell() -> None:
    courier = Voice.model_validate({**STRICT.model_dump(), "can_exchange": False})
    r = product("the kettle came with the lid cracked, the box was crushed. I just need the lid "
                "sent", courier, brand="Parcelly")  # fmt: skip
    assert "new lid" not in both(r)


def test_an_open_database_reported_in_a_thread_is_a_breach_thanked_and_passed_on() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "facts": [
        {"text": "We never sell customers' phone numbers to advertisers", "topics": ["privacy"]},
    ]})  # fmt: skip
    r = product("Apparently Parcelly left an unsecured database with customer phone numbers "
                "open to anyone. Anyone from the company reading?", voice, source="hackernews",
                brand="Parcelly")  # fmt: skip
    assert "never sell" not in (r.public or "")
    assert "passed it to the people who look after our systems" in (r.public or ""), r.public


def test_a_bengali_question_whether_a_pay_by_link_message_is_real_is_a_warning() -> None:
    r = product("মেসেজে বলছে পার্সেল ছাড়াতে একটা লিংকে ৩০ টাকা দিতে হবে। এটা কি আসলেই পার্সেলির "
                "মেসেজ?", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "warning"


def test_do_not_charge_me_again_is_no_charge_and_no_fault() -> None:
    r = product("cancel my Club please, the cancel button does nothing. do not charge me again.")
    assert "defect" not in {p.kind.value for p in r.reading.problems}
    assert "money is back" not in (r.offline or "")


def test_rudeness_to_someone_else_is_said_back_to_them() -> None:
    r = product("the cashier at your Kamppi café was rude to my elderly mother. not ok")
    assert "rude to your elderly mother" in (r.public or ""), r.public


def test_a_number_that_never_picks_up_is_not_offered_again() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "support_phone": "+880 1700-111222"})
    r = product("parcel stuck for 5 days and your helpline never picks up", voice,
                source="googleplay", brand="Parcelly", rating=1)  # fmt: skip
    assert "+880 1700-111222" not in (r.public or ""), r.public


def test_a_bengali_charge_word_alone_is_no_overcharge() -> None:
    # "is the delivery charge to Sylhet 80 taka?" and "the app is great and the charge is low"
    for text, source, rating in (
        ("সিলেটে পার্সেল পাঠাতে ডেলিভারি চার্জ কত? @parcelly", "x", None),
        ("অ্যাপটা দারুণ, রাইডার ভদ্র আর চার্জও কম। ধন্যবাদ!", "googleplay", 5),
    ):
        r = product(text, STRICT, source=source, rating=rating, brand="Parcelly")
        assert "billing" not in {p.kind.value for p in r.reading.problems}, text
        assert "দুঃখিত" not in both(r), both(r)  # no apology for a charge nobody complained of
    r = product("পার্সেলি আমার বিকাশ থেকে দুইবার ৯০ টাকা কেটেছে", STRICT, brand="Parcelly")
    assert "billing" in {p.kind.value for p in r.reading.problems}
    assert "৯০ টাকা" in r.reading.facts.amounts


def test_a_missing_piece_asked_for_is_named_sent_and_not_photographed() -> None:
    r = product("Opened my Northwind grinder box and the bean hopper cap is missing. Can you "
                "post me the cap? Order NW-70114")  # fmt: skip
    assert "replacement_part" in {a.kind.value for a in r.reading.asks}
    assert "bean hopper cap was missing" in both(r), both(r)
    assert "new cap" in both(r)
    assert "photo" not in both(r)  # a part that is not there shows nothing in a photo
    assert "whole new one" not in both(r)
    assert_passes(r)


def test_kindness_from_a_rider_thanked_plainly_is_praise_not_doubted() -> None:
    r = product("The Parcelly rider rang ahead, waited patiently while I got down six floors "
                "and never complained once. Proper service, thank you.", STRICT,
                source="mastodon", brand="Parcelly")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert r.reading.sarcasm.value == "no"


def test_who_was_shouted_at_is_said_back_and_the_parcel_left_undelivered_too() -> None:
    r = product("The Parcelly rider yelled at my grandmother over the cash and then drove off "
                "without delivering. Parcel PX-88123.", STRICT, brand="Parcelly")  # fmt: skip
    kinds = {p.kind.value for p in r.reading.problems}
    assert {"staff", "delivery_missing"} <= kinds, kinds
    assert "rider yelled at your grandmother" in both(r), both(r)
    assert "spoke the way they did" not in both(r)


def test_the_scorched_milk_is_heard_beside_the_wait() -> None:
    r = product("Waited 20 minutes at Northwind Kallio for a flat white and the milk was "
                "burnt. Not like you.")  # fmt: skip
    kinds = {p.kind.value for p in r.reading.problems}
    assert {"wait", "quality"} <= kinds, kinds
    assert "milk" in (r.public or ""), r.public


def test_a_finnish_cancellation_request_is_thanked_not_apologised_for_an_empty_this() -> None:
    r = product("@northwindcoffee haluan lopettaa Club-tilauksen tämän kuun lopussa, kiitos.")
    assert r.language == "fi"
    assert "näin kävi" not in both(r), both(r)  # "sorry that this happened": nothing happened
    assert "Kiitos viestistäsi" in (r.public or "")


def test_a_finnish_order_that_came_short_and_in_the_wrong_roast_is_a_wrong_item() -> None:
    r = product("Tilasin kolme pussia Northwindin kahvia, tuli vain kaksi ja nekin väärää "
                "paahtoa vaikka tilasin vaaleaa.")  # fmt: skip
    assert "wrong_item" in {p.kind.value for p in r.reading.problems}


def test_a_refund_promised_and_late_is_chased_not_the_old_damage_reopened() -> None:
    r = product("@ParcellyCare I reported my crushed parcel last week and was told the refund "
                "would land within 3 working days. Day 8 now. PCL-2200418", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "photo" not in both(r)  # the damage was reported already
    assert "What would make this right" not in both(r)
    assert "told 3 working days" in both(r), both(r)
    assert "what's decided" not in both(r)  # the refund was agreed: nothing left to decide
    assert_passes(r)


def test_closing_an_account_after_unanswered_emails_is_a_reply_not_silence() -> None:
    r = product("@parcelly please delete my business account and pay out what's left. I've "
                "emailed you three times already.", STRICT, brand="Parcelly")  # fmt: skip
    assert "cancel" in {a.kind.value for a in r.reading.asks}
    assert "no_response" in {p.kind.value for p in r.reading.problems}
    assert r.answered_as == "complaint"


def test_a_security_hole_reported_in_a_thread_is_thanked_and_passed_on_not_brushed_off() -> None:
    r = product("Found that Northwind's order API is unauthenticated: change the order id in the "
                "URL and you see someone else's address. Emailed them a month ago, nothing.",
                source="hackernews")  # fmt: skip
    assert r.answered_as == "community"
    assert "Thank you for reporting this" in (r.public or ""), r.public
    assert "your own order" not in both(r)
    assert r.flags  # a person checks it before it goes out


def test_a_late_crushed_box_with_a_broken_thing_inside_is_heard_in_full() -> None:
    r = product("@parcelly parcel came 4 days late, box crushed and the lamp inside (a glass "
                "lamp) was smashed. PCL-2231907", STRICT, brand="Parcelly")  # fmt: skip
    kinds = {p.kind.value for p in r.reading.problems}
    assert {"delivery_late", "damaged"} <= kinds, kinds
    assert "glass lamp inside is smashed" in both(r), both(r)


def test_a_parcel_sent_back_to_the_sender_is_said_as_that_and_a_shop_refund_heard() -> None:
    r = product("Parcelly marked me unavailable though I was home, then my parcel PCL-5530011 "
                "was returned to sender. I want it delivered or I want the shop refunded.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "sent back to the sender" in both(r), both(r)
    assert "refund" in {a.kind.value for a in r.reading.asks}


def test_a_customer_warning_others_of_a_fake_account_is_thanked_not_ignored_as_spam() -> None:
    r = product("Heads up: @northwind_giveaways DM'd me to 'confirm my card' for a free grinder. "
                "Pretty sure it's a scam, the real account is @northwindcoffee")  # fmt: skip
    assert r.reading.speaker.value == "customer"
    assert r.answered_as == "warning"
    assert "isn't us" in (r.public or ""), r.public
    assert "bank" in (r.public or "")
    assert not APOLOGY.search(r.public or "")
    assert_passes(r)
    r = product("🚨Parcelly Care🚨 Dear customer, your parcel is on hold. Pay the 80tk release fee "
                "at tinyurl.com/pcl-fee within 12 hrs or it will be returned.", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "spam"  # the phishing itself is reported, never answered


def test_a_refund_asked_instead_of_another_bag_gets_neither_a_swap_nor_a_free_bag() -> None:
    r = product("I want a refund, not an exchange. The decaf was stale and I don't want another "
                "bag of it. Second email about this.")  # fmt: skip
    assert "exchange" in {x for a in r.reading.asks for x in (a.refused or ())} or not any(
        a.kind.value == "exchange" for a in r.reading.asks)  # fmt: skip
    assert "replacement" not in both(r)
    assert "free bag" not in both(r)
    assert "second time you've had to contact us" in both(r), both(r)


def test_a_paused_subscription_that_still_charged_and_would_not_cancel_is_a_complaint() -> None:
    r = product("My Club was paused and you billed me anyway?? The site wouldn't let me cancel "
                "either. Cancel it and I want last month's 24.90€ back.", source="appstore",
                rating=1)  # fmt: skip
    assert "subscription" in {p.kind.value for p in r.reading.problems}
    assert r.answered_as == "complaint"
    assert "any time under Account" not in both(r)  # not the FAQ they say did not work
    assert {"cancel", "refund"} <= {a.kind.value for a in r.reading.asks}


def test_their_own_funny_story_with_apparently_is_no_rumour() -> None:
    r = product("lol parcelly left my box with my neighbour's dog apparently, all good in the "
                "end 😂", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as != "rumour"
    assert "The facts" not in both(r)


def test_an_faq_answer_needs_the_question_to_ask_what_it_answers() -> None:
    voice = Voice.model_validate({**STRICT.model_dump(), "faq": [
        {"question": "Where and when do you deliver?", "topics": ["shipping"],
         "answer": "We deliver in Dhaka and Sylhet, Saturday to Thursday, 9:00-21:00"},
    ]})  # fmt: skip
    r = product("@parcelly can I reroute the delivery to my office once it's dispatched?", voice,
                brand="Parcelly")  # fmt: skip
    assert "9:00-21:00" not in both(r), both(r)
    r = product("Does Parcelly deliver to Sylhet?", voice, brand="Parcelly")
    assert "9:00-21:00" in (r.public or ""), r.public
    r = product("Ask HN: is same-day parcel delivery in Dhaka a sustainable business? Parcelly "
                "seems to manage it.", voice, source="hackernews", brand="Parcelly")  # fmt: skip
    assert "9:00-21:00" not in both(r), both(r)


def test_tasting_notes_and_a_broken_lift_beside_praise_are_praise() -> None:
    r = product("the ethiopia natural from @northwindcoffee tastes like strawberry jam?? how. "
                "the baristas in kallio were lovely too")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    assert not APOLOGY.search(both(r))
    r = product("Big thanks to the Parcelly rider who waited in the rain while I walked down 8 "
                "floors, broken lift again. Didn't complain once. Give him a raise.", STRICT,
                source="mastodon", brand="Parcelly")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    r = product("my northwind latte tasted like burnt rubber this morning")
    assert "quality" in {p.kind.value for p in r.reading.problems}


def test_a_sarcastic_shoutout_for_losing_a_parcel_is_a_complaint() -> None:
    r = product("shoutout to parcelly for losing my parcel again, world class service", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "complaint"
    assert "delivery_missing" in {p.kind.value for p in r.reading.problems}


def test_only_the_missing_part_asked_for_is_offered_no_refund_no_whole_new_one() -> None:
    r = product("My Northwind kettle box came without the little lid for the spout. I don't want "
                "a refund or a whole new kettle, I just need the lid sent. NW-61020")  # fmt: skip
    assert "replacement_part" in {a.kind.value for a in r.reading.asks}
    assert "money back" not in both(r)
    assert "new lid" in both(r), both(r)


def test_a_marvelling_double_question_mark_is_no_question_for_the_faq() -> None:
    r = product("ok the new decaf from @northwindcoffee is actually delicious?? also can I get "
                "it in 1kg bags")  # fmt: skip
    assert "Swiss Water" not in both(r), both(r)  # how it is made was not asked


def test_finnish_and_bengali_next_steps_are_said_by_the_one_who_signs() -> None:
    r = product("Northwindin tilaus on ollut matkalla jo viikon, missä se on?")
    assert r.language == "fi"
    assert "Aino selvittää" not in both(r), both(r)
    assert "Selvitän" in (r.offline or ""), r.offline
    r = product("পার্সেলি আমার পার্সেল PX-44120 পাঁচ দিন ধরে আটকে আছে", STRICT, brand="Parcelly")
    assert r.language == "bn"
    assert "Rafi " not in (r.offline or "").split("পরবর্তী ধাপ")[-1].split("\n")[0], r.offline
    assert "পরবর্তী ধাপ: আমি" in (r.offline or ""), r.offline


def test_harm_classes_of_the_last_rounds() -> None:
    # "not another bag ... do not send me a replacement": no replacement offered
    r = product("@northwindcoffee refund please, not another bag. The beans were stale. Do not "
                "send me a replacement.")  # fmt: skip
    assert "replacement" not in both(r), both(r)
    # a rumour passed on from a relative who works there is a rumour, not a complaint
    r = product("Parcelly is shutting its Sylhet hub next month, my brother works there.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "rumour"
    assert not APOLOGY.search(both(r))
    # the rider waited for them: praise, not a wait they had
    r = product("Thanks @parcelly, my rider Karim waited 15 min while I was stuck in traffic. "
                "Legend.", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    # a payout that came next day in a 5-star review is no billing problem
    r = product("best courier app in Dhaka, my COD payout came next day 🙏", STRICT,
                source="googleplay", rating=5, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "praise", r.answered_as
    # "is that you? looks scammy": a warning, answered with what keeps them safe
    r = product("An account 'Parcelly Support BD' is asking people for their bKash PIN. "
                "@parcelly is that you? looks scammy", STRICT, brand="Parcelly")  # fmt: skip
    assert r.answered_as == "warning"
    # a Finnish tracking code that does not work is no faulty product
    r = product("Northwindin paketti ei ole vieläkään tullut ja seurantakoodi ei toimi.")
    assert "defect" not in {p.kind.value for p in r.reading.problems}


def test_a_fee_asked_about_is_no_fee_complained_of_and_a_finnish_wrong_coffee_is_heard() -> None:
    r = product("@parcelly can I pick the parcel up at your hub myself, and is there a fee for "
                "that?", STRICT, brand="Parcelly")  # fmt: skip
    assert "billing" not in {p.kind.value for p in r.reading.problems}
    assert not APOLOGY.search(both(r))
    r = product("Northwind, tilasin etiopiaa ja sain kenian, väärä kahvi taas. Haluan rahat "
                "takaisin enkä uutta pussia.")  # fmt: skip
    assert "wrong_item" in {p.kind.value for p in r.reading.problems}
    assert "uuden tuotteen tilalle" not in both(r)  # no swap offered to someone refusing one


def test_a_gesture_is_kept_for_a_real_letdown_and_a_fan_asking_for_free_is_thanked() -> None:
    r = product("@northwindcoffee my order is 3 days late, this is ridiculous!!")
    assert "free bag" not in both(r)  # one late order, however cross: no gesture
    r = product("@northwindcoffee late AGAIN, third time this month, and the bag was split. "
                "Ridiculous.")  # fmt: skip
    assert "free bag" in both(r)  # a failing that came back
    r = product("@northwindcoffee huge fan, I tag you in every post, can I get a free bag? 🙏")
    assert r.answered_as == "freebie"
    assert "Thank you for the support" in (r.public or ""), r.public
    assert "We keep our prices" in (r.public or "")


def test_what_they_already_gave_is_not_asked_again() -> None:
    # a tracking number with letters after the digits, and a phone number on file
    r = product("@parcelly this is the second time I'm writing: parcel PX5510023BD stuck since "
                "Monday. Have a supervisor call me, my number is already in your system.",
                STRICT, brand="Parcelly")  # fmt: skip
    assert "PX5510023BD" in r.reading.facts.references
    assert "order number" not in both(r)
    assert "number to call you on" not in both(r)
    assert "second time you've had to contact us" in both(r), both(r)
    # "nobody rang while I was home all day" is the one missing parcel, said once
    r = product("@parcelly 'delivered' at noon while I was home all day and nobody rang. where is "
                "it? PX7712001BD", STRICT, brand="Parcelly")  # fmt: skip
    assert "as if nobody was home" not in both(r), both(r)


def test_a_bengali_draft_to_no_name_greets_the_customer() -> None:
    text = "পার্সেলি আমার পার্সেল PX-44120 পাঁচ দিন ধরে আটকে আছে"
    rr = read(text, source="x", brand="Parcelly")
    case = Case(text=text, brand="Parcelly", source="x", complaint_type="other",  # type: ignore[arg-type]
                language=rr.language, author=None, reading=rr, history=History())  # fmt: skip
    out = compose(case, STRICT, today=TODAY)
    assert (out.offline or "").startswith("প্রিয় গ্রাহক,"), out.offline


def test_an_opinion_thread_is_a_thread_and_a_developer_is_not_sent_to_order_help() -> None:
    r = product("Anyone else think Northwind has gone downhill? The Kenya tastes flat lately and "
                "the Kallio queue is endless.", source="reddit")  # fmt: skip
    assert r.answered_as == "community"
    r = product("Parcelly's webhooks fire out of order, 'delivered' before 'out for delivery'. "
                "Anyone else integrating with their API?", STRICT, source="hackernews",
                brand="Parcelly")  # fmt: skip
    assert "your own order" not in both(r), both(r)


def test_last_round_harms_a_lookalike_handle_and_broken_glass_in_a_parcel() -> None:
    r = product("Parcelly Support here. Your parcel is on hold, pay the 300 BDT customs fee by "
                "bKash within 24h or parcel will be returned. - @parce1ly_care", STRICT,
                brand="Parcelly")  # fmt: skip
    assert r.answered_as == "spam"
    r = product("@parcelly the rider dropped my box and the glass inside is broken", STRICT,
                brand="Parcelly")  # fmt: skip
    assert "food_safety" not in {p.kind.value for p in r.reading.problems}
    assert "damaged" in {p.kind.value for p in r.reading.problems}
    assert "what you were served" not in both(r)
    r = product("@parcelly out for delivery for the 3rd day in a row 🙃", STRICT, brand="Parcelly")
    assert "third time" not in both(r)  # one delay that lasts, not a failure come back


def test_a_finnish_cancellation_ends_on_what_stays_stopped_as_the_english_one_does() -> None:
    r = product("@northwindcoffee haluan perua tilauksen NW-40911, tilasin sen vahingossa.")
    assert r.language == "fi"
    assert "matkalla" not in (r.offline or ""), r.offline  # nothing is on its way
    assert "veloitetaan tämän jälkeen" in (r.offline or ""), r.offline
