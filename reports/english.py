"""The English sentences of a suggested reply, one small function per move.

Variants are chosen by the text's hash (``pick``), so wording follows the content: two
different complaints rarely read alike, and the same complaint always reads the same.
"""

from __future__ import annotations

from datetime import date

import regex

from monitor.config import Voice
from monitor.models import ComplaintType
from reports.case import Case, first_name, fit, pick
from reports.extract import Specifics


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _handle(author: str) -> str:
    return author if author.startswith("@") else f"@{author}"


def greeting(case: Case) -> str:
    if not case.author:
        return "" if case.limit < 600 else "Hi there,"
    if case.limit < 600:
        return _handle(case.author)
    return f"Hi {case.author.lstrip('@')},"


def apology(case: Case, problem: str) -> str:
    strong = case.anger >= 0.6
    options = (
        f"I'm {'really ' if strong else ''}sorry {problem}.",
        f"{_cap(problem)}, and that isn't good enough. I'm sorry.",
        f"I'm sorry to hear {problem}; that's ours to fix.",
        f"Thank you for telling us, and I apologise: {problem}.",
        f"{_cap(problem)}. That's {'infuriating' if strong else 'frustrating'}, and I'm sorry.",
        f"I apologise, {problem} and you deserved better from us.",
    )
    return pick(options, case, 1)


def _lead(voice: Voice) -> str:
    """The escalation contact, ready to sit mid-sentence ("our lead, Mikko, will ...")."""
    lead = voice.escalation_contact or "our team lead"
    return f"{lead}," if "," in lead else lead


def ownership(case: Case, voice: Voice, kind: ComplaintType, problem: str) -> str:
    if case.request == "manager":
        return f"I've asked {_lead(voice)} to look at this personally."
    if "refund" in problem:
        return pick(("I'll chase it up today.", "I'm tracking it down now."), case, 2)
    if kind is ComplaintType.REFUND or case.request in ("refund", "exchange"):
        allowed = _offer_word(case, voice)
        return f"We'll make it right{f', {allowed} included if you want it' if allowed else ''}."
    options: dict[ComplaintType, tuple[str, ...]] = {
        ComplaintType.DELIVERY: ("I'll find out where it is today.", "I'm chasing this down now."),
        ComplaintType.DEFECT: ("We'll put this right.", "We want to fix this properly."),
        ComplaintType.BILLING: ("I'll check the charges myself.", "We'll get the billing sorted."),
        ComplaintType.SERVICE: ("I'm on it now.", "I'll see it through myself."),
    }
    return pick(options.get(kind, ("I'd like to put this right.", "Let's fix this.")), case, 2)


def _offer_word(case: Case, voice: Voice) -> str | None:
    if case.request == "exchange" and voice.can_exchange:
        return "a replacement"
    if voice.can_refund:
        return "a refund"
    return "a replacement" if voice.can_exchange else None


def ask(kind: ComplaintType, spec: Specifics, thing: str) -> str:
    order = "the email you ordered with" if spec.order else "your order number"
    if thing == "the app":
        return "a screenshot and your phone model"
    if kind is ComplaintType.DEFECT:
        return f"a photo and {order}"
    if kind is ComplaintType.BILLING:
        return "the email on your account (no card details, please)"
    if kind is ComplaintType.SERVICE:
        return "your case or order number"
    return order


def channel(case: Case, voice: Voice, *, ask: str) -> str:
    short = case.limit < 600
    if voice.dm_handle and (short or not voice.support_email):
        return pick((f"Please DM us at {voice.dm_handle} with {ask} so we can sort it today.",
                     f"Could you DM {voice.dm_handle} with {ask}? We'll take it from there."),
                    case, 3)  # fmt: skip
    if voice.support_email:
        phone = f" or call {voice.support_phone}" if voice.support_phone else ""
        return f"Please email {voice.support_email}{phone} with {ask} and we'll take it from there."
    if voice.support_phone:
        return f"Please call us on {voice.support_phone} with {ask} so we can sort it today."
    return f"Please send us a private message with {ask} so we can sort it today."


def sign_off(case: Case, voice: Voice) -> str:
    if not voice.signature:
        return ""
    return f"^{first_name(voice.signature)}" if case.limit < 600 else f"– {voice.signature}"


def praise(case: Case, voice: Voice, spec: Specifics) -> str:
    thanks = pick(("Thank you so much!", "Thank you, that's lovely to read!",
                   "This made our day, thank you!"), case, 1)  # fmt: skip
    if spec.product:
        middle = f"We're so glad the {spec.product} is working out for you."
    else:
        middle = pick(("I'll share this with the whole team.",
                       "We'll pass this on to everyone here.",
                       "Kind words like these keep the team going."), case, 2)  # fmt: skip
    name = greeting(case)
    return " ".join(p for p in (name, thanks, middle, sign_off(case, voice)) if p)


def freebie(case: Case, voice: Voice) -> str:
    where = voice.dm_handle or voice.support_email or "us"
    parts = [
        greeting(case),
        pick(("Thanks for the enthusiasm!", "Thanks for thinking of us!"), case, 1),
        "We keep our prices and offers the same for every customer, so we can't send free "
        "products or codes to individuals.",
        f"If anything went wrong with an order, message {where} and we'll put it right, as we "
        "would for anyone.",
        sign_off(case, voice),
    ]
    return " ".join(p for p in parts if p)


def freebie_offline(case: Case, voice: Voice, follow_up: date) -> str:
    return "\n\n".join(p for p in (
        offline_greeting(case),
        "Thank you for getting in touch. Our offers are the same for every customer, so I "
        "can't send a free product or a personal code, and I hope you understand why: it's "
        "fair to everyone who buys from us.",
        "If something went wrong with an order, tell me the order number and what happened. "
        "I'll sort that out exactly as I would for any customer and confirm when it's done.",
        signature_block(voice),
    ) if p)  # fmt: skip


def clarification(case: Case, voice: Voice, fact: str | None) -> str:
    facts = (
        f"here are the facts: {fact.rstrip('.')}."
        if fact
        else ("we'd like to set the record straight: that isn't accurate.")
    )
    where = (
        voice.dm_handle
        if case.limit < 600 and voice.dm_handle
        else (voice.support_email or voice.dm_handle or "a private message")
    )
    parts = [
        greeting(case),
        pick(("Thanks for raising this.", "Good that you asked."), case, 1),
        f"We understand why that would be worrying, so {facts}",
        f"Happy to answer any question at {where}.",
        sign_off(case, voice),
    ]
    return fit(parts, limit=case.limit, optional=(1, 4))


def clarification_offline(case: Case, voice: Voice, fact: str | None, follow_up: date) -> str:
    facts = (
        f"The facts: {fact.rstrip('.')}." if fact else "[add the facts and a link to the source]"
    )
    return "\n\n".join(p for p in (
        offline_greeting(case),
        "Thank you for asking about this rather than letting it pass. What you read isn't "
        f"accurate, and I'd like to show you why. {facts}",
        "Is there anything else you've heard that I can check for you? I'll answer every "
        "question, and I'll confirm once the public post has been answered too.",
        signature_block(voice),
    ) if p)  # fmt: skip


def question(case: Case, voice: Voice) -> str:
    parts = [greeting(case), pick(("Thanks for asking!", "Good question!"), case, 1),
             channel(case, voice, ask="a few details"), sign_off(case, voice)]  # fmt: skip
    return fit(parts, limit=case.limit, optional=(3,))


def question_offline(case: Case, voice: Voice) -> str:
    return "\n\n".join(p for p in (
        offline_greeting(case), "Thanks for your question. [write the answer here]",
        "If anything is still unclear, just reply to this message and I'll help.",
        signature_block(voice),
    ) if p)  # fmt: skip


def offline_greeting(case: Case) -> str:
    return f"Hi {case.author.lstrip('@')}," if case.author else "Hi,"


def offline_heard(case: Case, voice: Voice, problem: str) -> str:
    owner = first_name(voice.signature) if voice.signature else "I"
    who = f"I'm {owner}, and I'm" if owner != "I" else "I'm"
    opener = pick(("Thank you for telling us that", "I've read your message:",
                   "Thank you for letting us know that"), case, 4)  # fmt: skip
    return f"{opener} {problem}. I'm sorry. {who} looking after this personally from now on."


def details_needed(kind: ComplaintType, spec: Specifics) -> str:
    if kind is ComplaintType.DEFECT:
        return (
            "To fix it properly, could you send a photo or screenshot, when it started and "
            f"{'the order number' if not spec.order else 'the email you ordered with'}?"
        )
    if kind is ComplaintType.DELIVERY and not spec.order:
        return "Could you send me the order number and the delivery address you used?"
    if kind is ComplaintType.BILLING:
        return (
            "Could you tell me the dates and amounts of the charges? Please leave out card numbers."
        )
    if not spec.order and kind is not ComplaintType.SERVICE:
        return "Could you send me your order number or the email you used with us?"
    return ""


_CHARGED_AGAIN = regex.compile(
    r"\b(charged (me )?(twice|double|two times|again)|double[- ]charged|billed (me )?(twice|again)|"
    r"overcharg\w*|renewed after (i )?cancel\w*)",
    regex.IGNORECASE,
)


def resolution(case: Case, voice: Voice, spec: Specifics) -> str:
    wants = case.request in ("refund", "exchange") or case.complaint_type in (
        ComplaintType.REFUND,
        ComplaintType.DEFECT,
    )
    full = f"the full {spec.amount}" if spec.amount else "you in full"
    lead = _lead(voice).rstrip(",")
    ask = "What would make this right for you?"
    if not wants:
        return ask
    if case.complaint_type is ComplaintType.BILLING or _CHARGED_AGAIN.search(case.text):
        # nothing to replace when money came off twice: give the extra back
        extra = (
            f" the extra {spec.amount}" if spec.amount else " every charge that shouldn't be there"
        )
        if voice.can_refund:
            return f"I can refund{extra} straight away. {ask}"
        return f"I've asked {lead} to refund{extra}. {ask}"
    if voice.can_refund and voice.can_exchange:
        return f"I can refund {full} or send a replacement, whichever you prefer. {ask}"
    if voice.can_refund:
        return f"I can refund {full}. {ask}"
    if voice.can_exchange:
        refund = (
            f" If you'd rather have a refund, I'll ask {lead} to review it."
            if (case.request == "refund")
            else ""
        )
        return f"I can send you a replacement.{refund} {ask}"
    return f"I've asked {lead} to review a refund or replacement for you. {ask}"


def next_step(case: Case, voice: Voice, kind: ComplaintType, thing: str) -> str:
    owner = first_name(voice.signature) if voice.signature else "our support team"
    lead = _lead(voice)
    if case.request == "manager":
        return (
            f"Next step: {lead} will contact you directly. I've given them the full "
            "history, so you won't need to repeat yourself."
        )
    steps = {
        ComplaintType.DELIVERY: f"{owner} traces {thing} today and sends you a confirmed "
        "delivery date",
        ComplaintType.DEFECT: f"{owner} arranges the fix as soon as your details arrive and "
        "reports the fault to our product team",
        ComplaintType.REFUND: f"{owner} processes what you choose as soon as you reply",
        ComplaintType.BILLING: f"{owner} checks every charge on your account today and sends "
        "you a clear breakdown",
        ComplaintType.SERVICE: f"{owner} reviews what happened on your case today and stays "
        "your single contact",
    }
    if kind is ComplaintType.REFUND and not (voice.can_refund or voice.can_exchange):
        steps[ComplaintType.REFUND] = (
            f"{lead} reviews your request and {owner} writes back with the answer"
        )
    step = steps.get(kind, f"{owner} looks into this today and writes back with a plan")
    return f"Next step: {step}."


def confirm_and_follow_up(case: Case, follow_up: date) -> str:
    when = f"{follow_up:%A} {follow_up.day} {follow_up:%B}"
    return (
        f"I'll confirm as soon as it's done, and I'll check in with you on {when} to make "
        "sure everything is still good."
    )


def signature_block(voice: Voice) -> str:
    contact = " · ".join(c for c in (voice.support_email, voice.support_phone) if c)
    return "\n".join(p for p in (voice.signature, contact) if p)
