"""Who is speaking: a customer, the press, a community thread, spam, or a competitor.

It decides the kind of answer: press gets an on-record statement, a community thread a
transparent answer, spam under the brand's name is reported and never answered. The source
says much (a news feed, Hacker News); the words say the rest ("working on a story",
"verify your card", "switch to us").
"""

from __future__ import annotations

import regex

from monitor import rx
from monitor.reading.cues import Cues, unique
from monitor.reading.types import Labelled, Speaker

NEWS_SOURCES = frozenset({"rss", "news", "google_alerts", "googlenews"})
COMMUNITY_SOURCES = frozenset({"hackernews", "hn", "lobsters", "discourse", "forum"})
# where a post may ask other people rather than the brand ("is the Club worth it? thoughts?")
DISCUSSION_SOURCES = frozenset({"reddit", "mastodon", "bluesky", "lemmy"})
_URL = rx.compile(
    r"(?<![@\w.-])(?:https?://)?(?P<host>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:/\S*)?", regex.I
)
_DOTTED = rx.compile(r"\w\.[a-z]{2,}", regex.I)  # a host name may be here
_LONG_WORD = rx.compile(r"\p{L}{4,}")
_FIRST_PERSON = rx.compile(r"\b(?:I|I'm|I've|my|me)\b")
_STRONG_PRESS = ("journalist", "reporter", "story", "piece", "article", "toimittaja", "juttua",
                 "artikkelia", "সাংবাদিক", "প্রতিবেদক")  # fmt: skip


_FAKE = rx.compile(
    r"\b(?:phishing|scam(?:mer|my)?s?|fake (?:account|page|site|profile|dm|message|sms|link)"
    r"|impersonat\w*|not (?:the )?(?:real|official) (?:account|page|site)|huijaus\w*|feikki\w*"
    r"|tietojenkalastelu\w*)\b|স্ক্যাম|ফেক|ভুয়া|প্রতারক|প্রতারণা",
    regex.I,
)
_WARNS = rx.compile(
    r"\b(?:psa|beware|watch out|heads up|be careful|careful|don'?t (?:click|fall for|pay|send)"
    r"|looks like|looks (?:\w+ )?(?:scammy|fake|dodgy)|pretty sure|the real (?:account|one|site) is"
    r"|report(?:ed)? (?:it|them|this)|is (?:this|that) (?:really )?(?:you|your account|legit|real)"
    r"|varoitus|varokaa|älkää|ilmoittakaa)\b|সাবধান|সতর্ক",
    regex.I,
)


def warns_of_a_fake(text: str) -> bool:
    """ "PSA: an account called @northwind_support asked me to verify my card, looks like
    phishing": a customer warning others, to be thanked, not spam to be ignored."""
    low = text.casefold()
    if not any(h in low for h in _FAKE_HINTS):  # most posts name no fake: skip the patterns
        return False
    if _OWN_PEOPLE_DID.search(text) or _DATA_SOLD.search(text):
        # "riders are selling numbers to scammers", "Parcelly sells your phone number to
        # those loan scam SMS people": a claim about us, not a fake in our name
        return False
    bait = _RECEIVED.search(text) and (_DOTTED.search(text) or _PAY_ASKED.search(text))
    if (_SECRET_ASKED.search(text) or bait) and _LEGIT.search(text):
        # "they asked for my NID photo on WhatsApp, is that legit?", "got an SMS: '... pay the
        # release fee at ...' Is this real?": the answer is the warning's
        return True
    return bool(_FAKE.search(text) and _WARNS.search(text))


_DATA_SOLD = rx.compile(
    r"\b(?:sells?|selling|sold|shares?|sharing|shared|leaks?|leaking|leaked|gives? away)\s+"
    r"(?:your|our|my|their|customers'?|people'?s|users'?)\s+(?:phone\s+|mobile\s+|personal\s+)?"
    r"(?:numbers?|data|details|info|information|e-?mails?|addresses)\b",
    regex.I,
)
# the brand's own people said to pass data on: an accusation, not a fake in its name
_OWN_PEOPLE_DID = rx.compile(
    r"\b(?:riders?|drivers?|couriers?|staff|employees?|workers?|agents?)\b[^.!?\n]{0,20}"
    r"\b(?:selling|sell|sold|sharing|share|shared|leaking|leak|leaked|giving|passing)\b",
    regex.I,
)
_FAKE_HINTS = ("phish", "scam", "fake", "imperson", "real", "official", "huija", "feikki",
               "kalastelu", "legit", "genuine", "from you", "আসল", "স্ক্যাম", "ফেক", "ভুয়া",
               "প্রতার")  # fmt: skip
_SECRET_ASKED = rx.compile(
    r"\b(?:ask\w*|want\w*|request\w*|demand\w*|told) (?:me |us )?(?:for |to (?:send|share|give"
    r"|enter|confirm|verify) )?(?:my |our |a |the |their )?(?:\p{L}+ ){0,2}?"
    r"(?:nid|national id|id card|card|otp|pin|password|cvv|bank|bkash pin|one[- ]time)\w*"
    # "একটা লিংকে গিয়ে ৫০ টাকা দিতে বলছে": a link that asks for money or a PIN
    r"|(?:লিংক|link)\w*[^।?]{0,30}(?:টাকা|ফি|পিন|ওটিপি|PIN|OTP)\w* (?:দিতে|পাঠাতে|দিন|চাইছে)",
    regex.I,
)
_RECEIVED = rx.compile(
    r"\b(?:got|received|receiving|getting|get|had) (?:an?|this|these|the|some|two|three) "
    r"(?:\p{L}+ )?(?:sms|texts?|messages?|e-?mails?|calls?|dms?|whatsapps?)\b"
    r"|\bsain (?:\p{L}+ )?(?:tekstiviestin|viestin|sähköpostin|puhelun)\b"
    r"|(?:মেসেজ|এসএমএস|ফোন|কল|SMS|sms|ইমেইল)\S*\s*(?:এসেছে|পেয়েছি|আসছে|পেলাম|এলো|আসলো)",
    regex.I,
)
# a message that wants money paid ("pay 250 BDT release fee"): the bait a fake sends
_PAY_ASKED = rx.compile(
    r"\b(?:pay|fee|fine|deposit)\b|টাকা (?:দিন|দিতে|পাঠান)|(?:বিকাশ|নগদ|রকেট) কর|maksa\w*", regex.I
)
_LEGIT = rx.compile(
    r"\bis (?:this|that|it) (?:really |actually |even )?(?:legit|legitimate|real|genuine|you|normal"
    r"|safe|official|from you|from parcelly|from northwind)\b"
    r"|এটা কি আসল|(?:এটা|এই মেসেজ)\w* কি (?:আসলেই |সত্যিই )?(?:আপনাদের|আসল|পার্সেলির)",
    regex.I,
)


def speaker(
    cues: Cues, text: str, *, source: str, brand: str = "", complaint: bool = False
) -> Labelled:
    if warns_of_a_fake(text):  # the writer is a customer; the fake account is who they name
        return Labelled(
            Speaker.CUSTOMER.value, 0.7, ("warns others of a fake in the brand's name",)
        )
    bait = _spam_score(cues, text, brand)
    strong = cues.get("spam.words")
    if (strong and not complaint) or bait >= 3 or (bait >= 2 and not complaint):
        why = unique(strong + cues.get("speaker.spam") + _lookalikes(text, brand))
        return Labelled(Speaker.SPAM.value, min(0.95, 0.5 + 0.1 * bait), why)
    if rival := cues.get("speaker.competitor"):
        return Labelled(Speaker.COMPETITOR.value, 0.7, unique(rival))
    press = cues.get("speaker.press")
    if source in NEWS_SOURCES or _press_voice(press, text):
        return Labelled(Speaker.PRESS.value, 0.8 if press else 0.65, unique(press) or (source,))
    if source in COMMUNITY_SOURCES:
        return Labelled(Speaker.COMMUNITY.value, 0.8, (source,))
    # "please cancel my Club after the 30th, I'm moving to Osaka": something asked of the
    # brand (a cancellation, a refund) is a customer's case, whatever else sounds like a thread
    asks_us = any(v for k, v in cues.of("ask").items() if k != "answer")
    if (
        _discussion(asked := cues.get("speaker.discussion"))
        and source in DISCUSSION_SOURCES
        and not asks_us
        and not _PUT_TO_US.match(text)
    ):
        return Labelled(Speaker.COMMUNITY.value, 0.6, unique(asked))
    return Labelled(Speaker.CUSTOMER.value, 0.6)


# "@northwindcoffee do you ship to Reykjavik? Moving to Iceland in spring": a question put to
# the brand by its handle, whatever else sounds like a thread
_PUT_TO_US = rx.compile(
    r"\s*@\w+[\s,:]+(?:(?:hi|hey|hello)\b[\s,!]*)?(?:do|does|can|could|will|would|are|is)"
    r" (?:you|your|u)\b",
    regex.I,
)


def _discussion(asked: list[str]) -> bool:
    """ "Is Plus worth it?" alone may be put to the brand; with "pros:", "thoughts?" or a
    second cue it is put to the thread."""
    return len(set(asked)) >= 2 or any("worth it" not in a.casefold() for a in asked)


def _press_voice(press: list[str], text: str) -> bool:
    """Reporting words count when the post does not speak for its writer as a customer."""
    if any(s in p.casefold() for p in press for s in _STRONG_PRESS):
        return True
    return len(press) >= 2 and not _FIRST_PERSON.search(text)


def _spam_score(cues: Cues, text: str, brand: str) -> int:
    lookalike = _lookalikes(text, brand)
    links = 2 if lookalike else (1 if _DOTTED.search(text) and _URL.search(text) else 0)
    return len(cues.get("speaker.spam")) + links


def _lookalikes(text: str, brand: str) -> list[str]:
    """Links to hosts that borrow the brand's name ("parcelly-verify.example"), and handles
    that spell it with digits for letters ("@parce11y_help")."""
    words = [w.casefold() for w in _LONG_WORD.findall(brand)]
    handles = [
        h for h in _HANDLE.findall(text)
        if any(w in h.casefold().translate(_LEET) and w not in h.casefold() for w in words)
    ]  # fmt: skip
    if _DOTTED.search(text) is None:
        return handles
    hosts = [m.group("host") for m in _URL.finditer(text)]
    return handles + [h for h in hosts if "-" in h and any(w in h.casefold() for w in words)]


_HANDLE = rx.compile(r"@\w+")
_LEET = str.maketrans("103457", "loeast")
