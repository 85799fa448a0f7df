"""What the post itself says, looked up for the wording of a reply in any language.

The reading names the problem; these say it back in the customer's own terms, and guess
nothing: the channel they used (the app or the website, only when they say which), which of
the durations they give is the wait (not the promise they were given), the part that broke
(a lid, not the mug), how many fees they were charged, and the voice's own sentences in the
reply's language. Pure functions of the text and the config.
"""

from __future__ import annotations

from typing import Literal

import regex

from monitor import rx
from monitor.config import Voice
from monitor.reading.types import AskKind, Reading

Channel = Literal["app", "website"]
# the app, said outright or by what only an app has (an update, push notifications)
_APP = rx.compile(
    r"\b(app|apps|application|update|notifications?|sovellu\w*|päivity\w*|ilmoitu\w*)\b|অ্যাপ",
    regex.I,
)
_WEB = rx.compile(
    r"\b(website|web ?site|web ?shop|webstore|online shop|site|browser|chrome|safari|firefox|"
    r"verkkokaup\w*|verkkosivu\w*|nettisivu\w*|selaim\w*)\b|ওয়েবসাইট|ব্রাউজার",
    regex.I,
)
_APP_STORES = frozenset({"appstore", "googleplay"})


def channel_of(text: str, source: str = "") -> Channel | None:
    """The app or the website, only when the post (or an app store) says which: a checkout
    that fails on the website is not "the app"."""
    app, web = bool(_APP.search(text)), bool(_WEB.search(text))
    if source.lower() in _APP_STORES or (app and not web):
        return "app"
    if web and not app:
        return "website"
    return None


# words before a duration that make it a promise ("within 5 days"), not the wait so far
_PROMISE = rx.compile(
    # "in 5 days" right before it; not "in my bKash, it's been 5 days"
    r"\bin (?:the next |about |around |roughly |another )?$|"
    r"\b(within|would|should|will|promises?|promising|assuring|"
    r"up to|expected|estimated|"
    r"supposed to|meant to|guaranteed|quoted|luvattiin|piti|pitäisi|pitäis|arvioitu|"
    r"luvattu)\b[^.!?।]{0,25}$|মধ্যে|বলেছিল"
    # "they said 3 days", "promised me a week"; but "the app said 'processing' for 9 days"
    # shows a status, quoted, and the wait follows it
    r"|\b(?:said|told|promised|assured)\b[^.!?।'‘\"“’”]{0,25}$"
    # "your agents keep saying 24 hours": what they are told, not how long it took (an app
    # that "says 'processing' 9 days later" shows a status, quoted, and the wait follows it)
    r"|\b(?:says|say|saying|tells?|telling)(?:\s+[^\s'‘\"“’”]+){0,3}\s+$",
    regex.I,
)
_PROMISE_AFTER = rx.compile(r"^\s*(sisällä|kuluessa|ssä|ssa)|^\S*(ssä|ssa)\b|^\s*এর মধ্যে")


def wait_of(durations: tuple[str, ...], text: str) -> str | None:
    """The duration that is the wait ("it's been 4 weeks"), never the promise it broke
    ("refund within 5 working days"); None when every duration given is a promise."""
    low = text.casefold()
    for d in durations:
        at = low.find(d.casefold())
        if at < 0:
            return d
        before, after = low[max(0, at - 40) : at], low[at + len(d) : at + len(d) + 12]
        if _EVERY.search(before) or (
            d.casefold().startswith(("a ", "an ")) and _RATE.search(before)
        ):
            continue  # "logs me out every 10 minutes", "150 parcels a week": how often
        if regex.match(r"\s+(?:in a row|running)\b", low[at + len(d) :]):
            continue  # "hasn't arrived two months in a row": how often, not how long
        if _TENURE.match(low, at + len(d), at + len(d) + 60):
            continue  # "three months working with you", "used you for 2 years": their tenure
        if at > 0 and low[at - 1] in "'‘\"“":
            continue  # "your agents keep saying '24 hours'": the promise quoted, not the wait
        if low[at + len(d) : at + len(d) + 1] == "র" or low.startswith("ের", at + len(d)):
            continue  # "গত ১০ দিনের COD পেমেন্ট": which payments (of the last 10 days), no wait
        if not _PROMISE.search(before) and not _PROMISE_AFTER.search(after):
            return d
    return None


# a duration that is how long they have been a customer, not how long they waited (matched
# right after the duration)
_TENURE = rx.compile(
    r"\s*(?:ধরে\s+)?(?:\S+\s+){0,3}?(?:কাজ করছি|ব্যবহার করছি|কাস্টমার|গ্রাহক)"
    r"|\s*(?:now\s+)?(?:as a (?:customer|member|subscriber)|(?:of )?(?:using|ordering|working with|"
    r"shopping with|subscrib))"
    r"|\s*(?:asiakkaana|käyttänyt|tilannut)",
    regex.I,
)


_RATE = rx.compile(r"\b(?:\d[\d,.]*\s+\p{L}+|twice|once|\w+ times)\s+\Z", regex.I)
_EVERY = rx.compile(r"\b(?:every|each|per|once|twice|joka|kerran|প্রতি)\s+\Z", regex.I)


# a setting the app lacks ("no way to turn them off"): no fault of the phone to reproduce
NO_WAY = rx.compile(r"no way to\b", regex.I)
# stamps or points the app lost or never counted: they come back, whatever the fix takes
LOST_BALANCE = rx.compile(
    r"\b(?P<what>points|stamps|stamp card|rewards|cashback)\b[^.!?\n]{0,25}\b"
    r"(?:reset|went back|back to"
    r"|gone|disappear\w*|vanish\w*|wiped|to (?:0|zero|nothing)|missing|resetting|going missing"
    r"|(?:never|don'?t|didn'?t|doesn'?t|do not|did not|does not) (?:show|appear|get added|count"
    r"|register|update|go on)\w*)\b"
    r"|\b(?:wip\w*|delet\w*|eras\w*|lost|losing|lose|reset\w*|ate|eaten|swallowed|refused|rejected"
    r"|declined|wouldn'?t (?:take|accept|scan|count)|won'?t (?:take|accept|scan|count)) (?:all )?"
    r"(?:\d+ )?(?:of )?(?:my |the |our )?"
    r"(?:\d+ )?(?:loyalty )?(?P<what>points|stamps|rewards)\b"
    r"|\b(?:zero|no|0) (?:loyalty )?(?P<what>points|stamps|rewards)\b"
    # "sovelluksen leimat katosi taas päivityksen jälkeen": the Finnish, kept on the account
    r"|\b(?P<what>leimat|leimani|leimojen|kanta-asiakasleimat|pisteet|pisteeni)(?:kin)?\b"
    r"[^.!?\n]{0,25}"
    r"\b(?:katos\w*|hävis\w*|nollaantu\w*|nollautu\w*|poistu\w*|meni\w* nolla\w*)",
    regex.I,
)


_PARTS = (
    "lid|lids|handle|handles|jug|jar|carafe|cable|cord|plug|hinge|burrs?|blades?|base|seal|"
    "gasket|strap|spout|button|switch|screen|display|filter|basket|knob|cap|valve|tray|"
    "battery|charger|cover|hopper|wheel|zip|zipper|glass jug|kansi|kannen|kahva|kannu|johto|"
    "terä|জার|ঢাকনা|হাতল|তার|ব্লেড"
)
_BREAKS = (
    r"snapp\w*|crack\w*|smash\w*|shatter\w*|leak\w*|brok\w*|split|fell (off|apart)|came off|"
    r"ripp\w*|torn|"
    r"burn\w*|rust\w*|chipp\w*|bent|dented|crushed|squashed|warped|melt\w*|halke\w*|hajo\w*|"
    r"rikki|ভাঙা|ভেঙে|ফাটা"
)
_PART = rx.compile(
    # "the lid knob snapped": the two-word part, not the lid
    # "the burr grinder today. Hopper lid cracked": a part and a break in one sentence
    # (a "burr grinder" is the product, not its burrs)
    rf"(?<![\p{{L}}])(?P<part>(?:{_PARTS})(?:\s+(?:{_PARTS}))?)(?![\p{{L}}])"
    # ("the light filter plan), bag split": a plan, and a bracket it never opened)
    r"(?!\s+(?:grinder|mill|machine|maker|kettle|brewer|plan|grind|roast|coffee|subscription)\b)"
    # "... on my gooseneck kettle (bought from your webshop in March) snapped off"
    rf"(?:\s+(?:[^\s()]*[^\s.!?()])?){{0,6}}?(?:\s+\([^)\n]{{0,60}}\))?\s+(?:(?:has|had|just|is|was|"
    rf"has just|got)\s+)?(?P<verb>{_BREAKS})",
    regex.I,
)


_WITHOUT = rx.compile(
    # "the grinder I bought from Northwind's webshop came without ...": the grinder did
    r"(?P<whole>[\p{L}-]+)(?: (?:that |which )?(?:I|we) (?:bought|ordered|got|purchased))?"
    r"(?: (?:from|at|on) [@#]?[\p{L}\p{N}_'’]+(?: (?:webshop|shop|store|site|website|app))?)?"
    r" (?:came|arrived|turned up|showed up"
    r"|was delivered) without (?:the|a|an|its|any) (?P<what>(?:[\p{L}-]+ ){0,2}?[\p{L}-]+"
    r"(?: (?:for|of|on) (?:the |my |its )?(?:[\p{L}-]+ )?[\p{L}-]+)?)"
    r"(?=[.,!?;]|$| and\b| but\b| so\b)",
    regex.I,
)


def came_without(text: str) -> tuple[str, str] | None:
    """ "The espresso kit came without the portafilter basket" -> ("kit", "portafilter
    basket"): what came, and the part it lacked."""
    m = _WITHOUT.search(text)
    return (m["whole"].casefold(), m["what"]) if m else None


# "arrived with a cracked hopper lid": the break said before the part
# "the silicone seal on the lid of my kettle cracked": the seal, the part the lid holds
_PART_ON_PART = rx.compile(
    rf"(?<![\p{{L}}])(?P<part>{_PARTS})(?![\p{{L}}]) (?:on|of|in|from|inside) (?:the|my|its) "
    rf"(?:{_PARTS})(?![\p{{L}}])[^.!?\n]{{0,50}}?\b(?:{_BREAKS})",
    regex.I,
)
_BROKEN_PART = rx.compile(
    r"\b(?P<verb>cracked|broken|snapped|chipped|bent|melted|split|smashed|shattered|rusted)\s+"
    rf"(?P<part>(?:{_PARTS})(?:\s+(?:{_PARTS}))?)(?![\p{{L}}])",
    regex.I,
)


def part_named(text: str) -> str | None:
    """The part the post says broke ("the lid on my travel mug cracked" -> "lid", "a cracked
    hopper lid" -> "hopper lid") or lost ("lost the little silicone seal from my kettle lid"
    -> "seal")."""
    m = (
        _BROKEN_PART.search(text) or _PART_ON_PART.search(text) or _PART.search(text)
        or _LOST_PART.search(text)
    )  # fmt: skip
    return m.group("part").casefold() if m else None


def lost_part(text: str) -> bool:
    """They lost a part themselves ("lost the lid in the move"): no fault of ours."""
    return _LOST_PART.search(text) is not None


_LOST_PART = rx.compile(
    r"\blost (?:the|my|a|its|one) (?:(?:little|small|tiny|silicone|rubber|glass|plastic|metal)"
    r"\s+)*"
    rf"(?P<part>{_PARTS})(?![\p{{L}}])",
    regex.I,
)


_CANCELLED = rx.compile(
    r"\b(?:my|the|our|this)\s+(?P<what>(?:[\p{L}-]+\s+){0,2}"
    r"(?:subscription|membership|plan|account|club|order|booking|pick-?up|reservation))\b",
    regex.I,
)
# "I booked a pickup by mistake, how do I cancel it?": what "it" is
_BOOKED = rx.compile(
    r"\b(?:booked|made|placed) (?:a|an|my|the) (?P<what>pick-?up|booking|reservation|order)\b"
    # "cancel a @parcelly pickup I booked by mistake": the thing, then who booked it
    r"|\b(?:a|an|my|the|this) (?:@\w+ )?(?P<what>pick-?up|booking|reservation|order) (?:I|we)"
    r" (?:booked|made|placed)\b",
    regex.I,
)
_ONGOING = rx.compile(
    r"\b(?:subscri\w*|membership|club|plus|plan|renew\w*|monthly|every month|account)\b", regex.I
)


def one_off(text: str) -> bool:
    """A booking or an order to cancel: no subscription goes on, no money went out, so a
    cancellation promises nothing about charges to come."""
    # a merchant's business account closed is no plan that bills them every month
    if _BUSINESS_ACCOUNT.search(text):  # "the account" after it is the same one
        text = regex.sub(r"\baccounts?\b", " ", _BUSINESS_ACCOUNT.sub(" ", text), flags=regex.I)
    # "cancel the order and refund my delivery charge": money went out, but on one parcel
    return _ONGOING.search(text) is None and (
        not money_taken(text) or _CANCEL_ONE.search(text) is not None
    )


_CANCEL_ONE = rx.compile(
    r"\bcancel\w* (?:the|my|this|that) (?:order|parcel|package|booking|pick-?up|delivery"
    r"|shipment)\b",
    regex.I,
)
_BUSINESS_ACCOUNT = rx.compile(r"\b(?:business|merchant|seller|shop|store) account\b", regex.I)


def cancelled_named(asked: str, references: tuple[str, ...], text: str = "") -> str:
    """What a cancellation cancels, for a reply that has named nothing before it: "your order
    NW-55123" for "cancel my order NW-55123"; "it" when the ask names nothing."""
    m = _CANCELLED.search(asked) or (_BOOKED.search(text) if text else None)
    if m is None:
        return "it"
    what = m["what"]
    one = what.casefold().split()[-1] in ("order", "booking", "pickup", "pick-up", "reservation")
    ref = f" {references[0]}" if one and len(references) == 1 else ""
    return f"your {what}{ref}"


_COUNT = "two|three|four|five|six|several|multiple|\\d+"
_FEES = rx.compile(
    # "two €6.90 shipping charges": the count, not the cents of the amount
    rf"(?<![\d.,€$£৳])\b(?P<n>{_COUNT})\s+(?:[€$£৳]\s?\d+(?:[.,]\d+)?\s+)?"
    rf"(?P<what>(?:[\p{{L}}-]+\s+){{0,2}}?)(?P<fee>fees|charges|surcharges)\b",
    regex.I,
)


# "each time I got charged a ৳50 redelivery fee": one fee for every time it happened
_EACH_TIME = rx.compile(
    r"\b(?:each|every) time\b[^.!?\n]{0,40}\bfee\b|\bfee\b[^.!?\n]{0,30}\b(?:each|every) time\b",
    regex.I,
)


def each_time(text: str) -> bool:
    """A fee charged every time it happened, not once."""
    return _EACH_TIME.search(text) is not None


def fees_named(text: str) -> str | None:
    """ "three redelivery fees", as the post counts them; None for one fee or none named."""
    m = _FEES.search(text)
    return " ".join(m.group(0).split()).casefold() if m else None


_CHARGED = rx.compile(
    # "I don't want to be charged again", "before I'm charged": money not taken yet
    r"(?<!\bto\s(?:be|get)\s)(?<!\b(?:before|if|when)\s(?:i'?m|i\s+am|i\s+get|we'?re|being|it's|it\s+is)\s)"
    r"(?<!\b(?:before|until|ahead\s+of)\s(?:the\s|my\s|its\s|our\s)?(?:next\s)?)"
    r"(?<!\b(?:no|any|nor)\s(?:more\s|further\s)?)"
    # "the next charge is tomorrow", "they will charge me": money not taken yet
    r"(?<!\b(?:next|upcoming|will|'ll|going\sto)\s(?:be\s)?)"
    # "if you charge me again I'm disputing it": a charge threatened, not one taken
    r"(?<!\b(?:if|when|once)\s(?:you|they|it|u)\s)"
    r"(?<!\b(?:not|never|don'?t|do\snot|won'?t|stop|quit)\s)"
    r"(?<!\bseuraava\w{0,3}\s)"  # "ennen seuraavaa veloitusta": before the next charge
    r"(?<!\b(?:älkää|älä|ei|en|et)\s)"  # "älkää veloittako": don't charge (not yet taken)
    # "lopettakaa veloitukset": stop the charges (an ask, no charge said to be wrong)
    r"(?<!\b(?:lopet|keskeyt|pysäyt)\w*\s(?:\w+\s)?)"
    r"\b(charg\w*|billed|bill|paid|pay|payment|took|taken|debit\w*|renew\w*|veloit\w*|"
    r"maksoi\w*|maksu\w*|deduct\w*|taking (?:my |our )?money)\b|টাকা কেটে|কেটেছে|চার্জ",
    regex.I,
)


# "four DMs, zero answers", "DMed you three times": they wrote to us in private already, so
# another DM is not the way in, and it is there we answer
_DMED_WORDS = (
    r"\b(?:\d+|two|three|four|five|six|several|multiple|many) (?:dms|direct messages)\b"
    # "Fourth message to @NorthwindHelp this month": written to our handle, over and over
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:message|dm) to @\w+"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time (?:writing|messaging|dm'?ing)"
    r" (?:to )?@\w+"
    # "every reply from @ParcellyCare is 'we are looking into it'": answered, in vain
    r"|\b(?:every|each) (?:reply|response|answer|message) from @\w+ (?:is|was|has been|says)\b"
    # "four weeks of 'we're looking into it' in your DMs"
    r"|['‘\"“][^'’\"”\n]{3,40}['’\"”] in (?:your|the|our) (?:dms|direct messages)\b"
    r"|\bdm'?e?d (?:you |them |@\w+ )?(?:twice|\d+ times|three times|four times|several times"
    r"|multiple times|repeatedly)"
    # "DM'd you on Monday, still nothing"
    r"|\bdm'?e?d (?:you|them|@\w+)\b[^.!?\n]{0,60}?\b(?:(?:still )?nothing\b|no reply"
    r"|no answer|no response|silence|crickets|zero (?:reply|replies|response|answer)"
    # "DMed you on the 2nd and the 14th, both times 'we're looking into it'"
    r"|(?:both|each|every) times?\b"
    r"|(?:nobody|no one|no-one) (?:replied|answered|got back))"
    # "nobody answers DMs", "nobody answers help@ or DMs": DMs sent, unanswered
    r"|\b(?:nobody|no one|no-one|noone) (?:ever )?(?:answers|reads|replies to|responds to|checks)"
    r" (?:my |the |your |their )?(?:[\w@.]+ (?:or|and|nor) (?:your |the )?)?"
    r"(?:dms|direct messages)\b"
    # "বারবার মেসেজ দিয়েও কোনো উত্তর নাই": messaged again and again, in vain
    r"|(?:বারবার|কয়েকবার|অনেকবার|[০-৯\d]+\s?বার) (?:মেসেজ|ম্যাসেজ|ইনবক্স|inbox|message)\S* "
    r"(?:দিয়েও|দিয়েও|করেও|দিলেও)"
    # "page এ মেসেজ দিলে শুধু বলে 'আমরা দেখছি'": written to the page, a holding line each time
    r"|(?:page|পেজ|ইনবক্স|inbox)\S*\s*(?:এ|এ |তে |-এ )?\s*(?:মেসেজ|ম্যাসেজ|message|msg)\S* "
    r"(?:দিলে|দিলেই|করলে|দিয়ে)\s+(?:শুধু|খালি|সবসময়|প্রতিবার)"
    # "4th time messaging @ParcellyCare about my payout": written to in private, in vain
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time (?:messaging|dm'?ing) @\w+"
    # "every DM gets 'we are checking'", "your DMs keep saying ...": a holding line each time
    r"|\b(?:every|each) (?:dm|direct message)s? (?:i send |we send )?(?:gets?|got)\b"
    # "every DM reply is 'we are checking'": the replies, each a holding line
    r"|\b(?:every|each) (?:dm|direct message) (?:reply|replies|answer|response)s? (?:is|are|was"
    r"|were|says?|said)\b"
    # "your DMs keep saying 'we are checking'": answered, with a holding line each time
    r"|\b(?:your|the|their) (?:dms?|direct messages?) (?:only |just |all |still )?(?:keep |kept )?"
    r"(?:says?|said|saying|reply|replies|replied|replying)\b"
)
_NO_DM = rx.compile(
    r"\bnot (?:a |by |via |over |in |through |another )?(?:(?:copy-?paste[d]?|canned|generic"
    r"|template[d]?|scripted|automated|standard) )?(?:dm|dms|direct message|form)\b"
    r"|\bno (?:more )?(?:dms?|forms?)\b|\bdon'?t (?:tell me to |ask me to )?dm\b"
    r"|\bei (?:yksityisviesti\w*|lomake\w*)|ডিএম (?:না|নয়)"
    r"|\b(?:ignored|ignoring|ignores) (?:my |all my )?(?:dms|direct messages)\b"
    # "you DMed me 'we will check' twice", "every week your DMs say 'we're looking into it'":
    # the DMs are where it stalled
    r"|\byou (?:dm'?d|dmed|messaged) (?:me|us) ['‘\"“]"
    r"|\b(?:every|each)(?: single)? time (?:i|we) (?:dm|message) (?:you|them|@\w+)\b"
    # "your support has said 'we are checking' for 3 weeks": the holding line is the answer
    r"|\b(?:your |the )?(?:support|customer service|care team|agents?|team)\b (?:has |have |had )?"
    r"(?:only |just |kept |keeps? )?(?:said|been saying|saying|says?|replied|replies)\b"
    r"(?= ['‘\"“])"
    r"|\b(?:your |the |their )?dms (?:just |only |keep |still )?"
    r"(?:say|said|says|tell me|told me)\b|" + _DMED_WORDS,
    regex.I,
)
_DMED = rx.compile(_DMED_WORDS, regex.I)


_EMAILED = rx.compile(
    # "I've written to help@ three times": the address they wrote to, as they put it
    r"\b(?:e-?mailed\b|(?:wrote|written) to (?:you\b|them\b|support\b|[\w.]*@[\w.]*))"
    r"[^.!?\n]{0,20}?\b(?:twice|\d+ times"
    r"|three times|four times|five times|several times|multiple times|repeatedly)"
    r"|\b(?:\d+|two|three|four|five|six|several|multiple) e-?mails\b"
    # "my email to support has gone unanswered for 9 days": written, and left
    r"|\be-?mails? (?:to (?:support|you|customer (?:service|care)|[\w.]+@[\w.]+) )?"
    r"(?:has |have |had )?(?:gone|been|went|sat|sitting|remained) unanswered\b",
    regex.I,
)


_NO_EMAIL = rx.compile(
    # "nobody answers help@ or DMs": their emails went unanswered
    r"\b(?:nobody|no one|no-one|noone) (?:ever )?(?:answers|reads|replies to|responds to|checks)"
    r" (?:my |the |your |their )?(?:e-?mails?|[\w.]*@[\w.]*)(?=[\s,.!?]|$)|"
    r"\b(?:support )?e-?mails? (?:\p{L}+ )?(?:hasn'?t|haven'?t|has not|have not|never|didn'?t) "
    r"(?:been )?(?:answered|replied|responded|got (?:an? )?(?:answer|reply))"
    # "support email bounced", "your help@ address bounces": it reaches no one
    r"|\be-?mail\w* (?:\p{L}+ )?(?:bounced|bounces|bouncing|doesn'?t exist|is dead)\b"
    # "not another canned email": the emails they got were no answer
    r"|\bnot (?:another |one more )(?:(?:copy-?paste[d]?|canned|generic|template[d]?|scripted"
    r"|automated|standard) )?e-?mail\b"
    r"|\b(?:nobody|no one|no-one) (?:ever )?(?:answers|reads|replies to|responds to)"
    r" (?:my |the |your |their )?e-?mails?\b|\bignored (?:my |all my )?e-?mails?\b"
    # "my email to support 10 days ago got zero reply", "emailed on Monday, no answer"
    r"|\be-?mail(?:ed)?\b[^.!?\n]{0,40}\b(?:got|had|gets|with) (?:zero|no) (?:reply|replies"
    r"|answers?|response)\b"
    r"|\be-?mailed\b[^.!?\n]{0,30}[,;:] (?:no|zero) (?:reply|answer|response)\b"
    # "Emailed help@ five days ago and got nothing back", "hasn't answered my email in 9 days"
    r"|\be-?mailed\b[^.!?\n]{0,40}\b(?:got|heard|had) (?:nothing|no reply|no answer|zero)"
    r"(?: back)?\b"
    r"|\b(?:hasn'?t|has not|haven'?t|have not|never|didn'?t) (?:answered|replied to|responded to)"
    r" (?:my |our )?e-?mails?\b"
    # "asiakaspalvelu ei vastaa sähköpostiin", "ইমেইলের উত্তর দেয় না"
    r"|\b(?:ei|eivät|eikä) (?:\w+ ){0,2}?(?:vastaa|vastannut|vastanneet) sähköpost\w*"
    r"|\bsähköpost\w* (?:\w+ ){0,3}?(?:ei|eivät) (?:ole )?(?:vastattu|vastannut|vastaa)\b"
    r"|ইমেইল\S* (?:\S+ )?উত্তর (?:দেয় না|দেয়নি|দিচ্ছে না)",
    regex.I,
)


# staff who came to them, in either script: a rider, a driver, a courier
RIDER = rx.compile(
    r"রাইডার|ডেলিভারি ?ম্যান|\b(?:riders?|couriers?|drivers?|deliverym[ae]n|delivery ?(?:man|guy))\b",
    regex.I,
)
# the money back the way it came, not in kind: "to my card, not store credit", "takaisin
# kortille, en lahjakorttia", "কার্ডে ফেরত"
TO_CARD = rx.compile(
    r"\b(?:to|on|back to|onto|into) (?:my|the) (?:card|credit card|bank|account|bkash|nagad"
    r"|rocket|mobilepay|paypal)\b"
    r"|\bnot (?:as )?['‘\"“]?(?:store |app |account |wallet )?credit\b"
    r"|\bnot (?:a )?['‘\"“]?(?:voucher|coupon)s?\b"
    r"|\bkortille(?:ni)?\b|কার্ডে",
    regex.I,
)


def no_email(text: str) -> bool:
    """ "their support email hasn't answered in 6 days": not "please email us" again."""
    return bool(_NO_EMAIL.search(text)) or emailed_in_vain(text)


def emailed_in_vain(text: str) -> bool:
    """They wrote to us by email, more than once: another "please email us" will not do."""
    return bool(_EMAILED.search(text))


def dmed_in_vain(text: str) -> bool:
    """They sent us DMs that went unanswered: the answer goes to their DMs, unasked."""
    return bool(_DMED.search(text))


def no_dm(text: str) -> bool:
    """ "Not a DM, not a form. A call.": the reply offers the phone or email, not a DM."""
    return bool(_NO_DM.search(text))


# the one gripe inside praise: "only wish the bags resealed", "one star off because the map is
# slow", "my only (minor) gripe is the queue"
_GRIPE = rx.compile(
    r"\b(?P<wish>(?:only|just) wish [^”.!?,;\n]{5,80})"
    r"|\bone star off (?:because|for|as) (?P<star>[^”.!?,;\n]{5,80})"
    r"|\bonly (?:\w+ )?(?:gripe|complaint|niggle|downside)(?: is| was)?:? (?P<named>[^”.!?,;\n]+)",
    regex.I,
)


_BUT = rx.compile(r"\b(?:but|however|though|except)\b,?\s+(?P<but>[^.!?\n]{8,110})", regex.I)


def gripe_after_but(text: str) -> str:
    """What follows the "but" of a middling review ("but the app shows prices without VAT
    until checkout"), whole words, cut short with "…"."""
    m = _BUT.search(text)
    if m is None:
        return ""
    words = m["but"].split()
    said = " ".join(words[:16]).rstrip(" ,;:—–-")
    return f"{said}…" if len(words) > 16 else said


def gripe(text: str, *, wishes: bool = True) -> str:
    """The gripe as written, to be said back; ``wishes=False``: only a gripe that is named
    as one ("my only gripe is ..."), which reads after "sorry about"."""
    for m in _GRIPE.finditer(text):
        group = next(
            (g for g in ("named", "wish", "star") if m[g] and (wishes or g == "named")), ""
        )
        if not group:
            continue
        said, end = m[group], m.end(group)
        if said.count("(") > said.count(")") and 0 <= (close := text.find(")", end)) - end < 60:
            # "my usual order (oat flat white, extra shot)": the bracket said whole
            said, end = said + text[end : close + 1], close + 1
        if end < len(text) and text[end].isalnum():  # the match stopped mid-word: whole words
            said = said.rsplit(" ", 1)[0].rstrip(" ,;:—–-") + "…"
        return said.strip(" .,!")
    return ""


# a sentence ends at . ! ? or ।, but not at the point inside "€5.40" or "v3.2"
SENTENCE = rx.compile(r"(?:[^.!?।\n]|(?<=\p{N})\.(?=\p{N}))+[.!?।]*")
_NEXT_CHARGE = rx.compile(
    r"\bnext (?:charge|payment|renewal|bill(?:ing)?|debit)\b"
    r"|\bseuraava\w* (?:veloitu|maksu|laskutu)\w*|পরের (?:মাসের )?(?:চার্জ|পেমেন্ট)",
    regex.I,
)


def next_charge(text: str) -> bool:
    """ "the next charge is tomorrow": a cancellation has a deadline."""
    return _NEXT_CHARGE.search(text) is not None


MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_CANCEL_FROM = rx.compile(
    r"\b(?:from|at|after|as of|starting|effective|by) (?P<when>(?:the )?end of"
    r" (?:this|next|the) month"
    rf"|(?:the )?end of (?:{MONTHS})|(?:the )?(?:start|beginning) of (?:next month|(?:{MONTHS}))"
    rf"|next month|(?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})|(?:{MONTHS}) "
    rf"\d{{1,2}}(?:st|nd|rd|th)?)|(?:my|the) (?:next|last|{MONTHS}) (?:delivery|box|bag|charge"
    r"|payment|shipment)"
    # "cancel my club from april": the month alone, written as it is
    rf"|(?:{MONTHS})(?! \d)"
    # "cancel my Club after the 30th": a day of this month, with its ordinal
    r"|the \d{1,2}(?:st|nd|rd|th))\b"
    # "the December delivery can be the last one": after that delivery
    rf"|\b(?:the|my) (?P<last>(?:{MONTHS}|next) (?:delivery|box|bag|shipment)) (?:can|could|should"
    r"|will) be (?:the|my) (?:last|final) one\b",
    regex.I,
)


def _months_named(words: str) -> str:
    """ "the end of april" -> "the end of April": a month's name written as a name."""
    return regex.sub(rf"\b(?:{MONTHS})\b", lambda m: m[0].capitalize(), words.casefold())


def cancel_from(text: str) -> str:
    """ " from the end of April": the day a cancellation is asked to take effect, said back
    as they set it (so a delivery they still want is not cancelled with it); "" if none."""
    if (found := _CANCEL_FROM.search(text)) is None:
        return ""
    if found["last"]:  # the last delivery they still want, and nothing after it
        return f" after your {_months_named(found['last'])}"
    when = _months_named(found["when"])
    if regex.match(r"(?:end|start|beginning) of", when):
        when = f"the {when}"
    when = regex.sub(r"\bmy\b", "your", when)
    word = found[0].split()[0].casefold()
    return f" {'after' if word == 'after' else 'from'} {when}"


_THANKED = rx.compile(
    r"\b(?:thanks|thank you|thx|cheers) for\b|\b(?:it'?s|it has) been (?:lovely|great|a pleasure|"
    r"wonderful|amazing|fun)\b"
    # "Loved every box, thank you!": thanks for what they had, said as they leave
    r"|\b(?:loved|enjoyed) (?:every|each|all (?:the|my)) (?:box|bag|delivery|cup|order|month)"
    r"(?:es|s)?\b",
    regex.I,
)
_YEARS = rx.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|a few|many) "
    r"(?P<unit>years|months)\b",
    regex.I,
)
_MOVING = rx.compile(
    r"\b(?:moving|relocating|emigrating)\b(?! (?:on|along)\b)|\bmove (?:abroad|away|overseas)\b",
    regex.I,
)


def farewell(text: str) -> str:
    """Thanks for thanks, and good wishes where they say they are leaving: "Thank you for two
    years with us, and good luck with the move!" "" where the post thanks no one."""
    if _THANKED.search(text) is None:
        return ""
    years = _YEARS.search(text)
    thanks = (
        f"Thank you for {years['n'].casefold()} {years['unit'].casefold()} with us"
        if years
        else "Thank you for the kind words"
    )
    return f"{thanks}, and good luck with the move!" if _MOVING.search(text) else f"{thanks}!"


_LONG_LOST = rx.compile(
    r"\b(?:lost|losing|missing)\b(?=[^\n]{0,120}?\b(?:(?:\d+|two|three|four|five|six|several) "
    r"(?:weeks?|months?)|under investigation|still investigating|been investigating)\b)"
    r"|\b(?:(?:\d+|two|three|four|five|six|several) (?:weeks?|months?) of )['‘\"“]?(?:under "
    r"investigation|investigating)"
    r"|\bunder investigation['’\"”]? for (?:\d+|two|three|four|five|six|several|over a) "
    r"(?:weeks?|months?)\b"
    # "lost my parcel ... a month of excuses": chased for weeks already
    r"|\b(?:lost|losing|missing)\b(?=[^\n]{0,120}?\b(?:a|one|\d+|two|three|four|five|six) "
    r"(?:weeks?|months?) of (?:excuses|waiting|chasing|calls|emails|promises|nothing)\b)",
    regex.I,
)


def long_lost(text: str) -> bool:
    """A parcel lost for weeks, or "under investigation" for long: the trace was done; what is
    left is the decision on it, not a new search with their address."""
    return _LONG_LOST.search(text) is not None


# the holding line they will not take again: "not another 'we will look into it'", "don't
# tell me you'll look into it"
_LOOK_INTO_REFUSED = rx.compile(
    r"\b(?:not|no more|another|don'?t (?:tell|give) me|spare me|enough of)\b[^.!?\n]{0,20}?"
    r"\blook(?:ing)? into (?:it|this|that)\b"
    # "both times 'we're looking into it'": the line they were given, quoted back at us
    r"|['‘\"“](?:[^'’\"”]|['’](?=\p{L})){0,25}\blook(?:ing)? into (?:it|this|that)\b"
    r"[^'’\"”]{0,10}['’\"”]",
    regex.I,
)


def look_into_refused(text: str) -> bool:
    """The post refuses "we'll look into it": the reply says what it will do instead."""
    return _LOOK_INTO_REFUSED.search(text) is not None


# the grind that came is not the one chosen: "arrive ground when I picked whole bean"
_GRIND_WORDS = rx.compile(
    # (a Finnish grind ends a compound: "mokapannujauhatuksen")
    r"\b(?:ground|grind|grinds|pre-?ground|whole[- ]?beans?)\b|jauhet\w*|jauhat\w*|\bkokonai\w*",
    regex.I,
)
# a subscription's deliveries, set by its settings: "my Club beans", "my sub is set to"
_SUBSCRIBED = rx.compile(
    r"\b(?:plus|subscription|sub|membership|club(?:in|ista|iin|ia|iini)?|settings?)\b"
    r"|\bkestotilau\w*|\bjäsenyy\w*|সাবস্ক্রিপশন",
    regex.I,
)


def grind_wrong(because: tuple[str, ...] | list[str]) -> bool:
    """A wrong item that is the grind (whole beans came ground, espresso for filter)."""
    return any(_GRIND_WORDS.search(b) for b in because)


def subscribed(text: str) -> bool:
    """The post is about deliveries that come by subscription, set by its settings."""
    return _SUBSCRIBED.search(text) is not None


# marketing they never agreed to, or asked to stop: "keeps sending me marketing emails though I
# never gave consent", "markkinointisähköposteja, vaikka en ole antanut lupaa"
UNWANTED_MARKETING = rx.compile(
    r"\b(?P<what>(?:marketing|promotional|promo|newsletter|spam) (?:e-?mails?|messages?|texts?"
    r"|sms|calls?))\b(?=[^\n]{0,80}\b(?:never (?:gave|agreed|signed up|opted in|consented)"
    r"|without (?:my )?(?:consent|permission)|unsubscribed|opted out|asked (?:you )?to stop))"
    r"|\bmarkkinointi(?:viest|sähköpost|posti|tekstiviest)\w*(?=[^\n]{0,80}\b(?:en ole "
    r"(?:koskaan )?antanut lupaa|ilman (?:minun )?lupaa|ilman suostumusta|kielsin|kieltäydyin))",
    regex.I,
)


# contact they never agreed to, from someone of ours who had their number or address: "keeps
# texting me", "has been calling my sister at night", "I don't feel safe"
UNWANTED_CONTACT = rx.compile(
    r"\b(?:keeps|kept|has been|have been|started|is|was|been) (?:texting|messaging|calling"
    r"|ringing|whatsapping|dm'?ing|following|contacting)(?: and (?:texting|messaging|calling"
    r"|ringing|whatsapping))? (?:me|her|my|us)\b"
    r"|\b(?:feel|felt|feeling|made me feel|makes me feel) (?:so |really |very )?(?:unsafe"
    r"|uneasy|threatened|scared)\b|\b(?:don'?t|didn'?t|do not|did not) feel safe\b"
    r"|\bcreepy\b|\basked (?:me|her) out\b|\bknows where (?:i|we|she) li\w*"
    # "called and messaged her 6 times at night asking her to meet him", "she's scared"
    r"|\b(?:called|messaged|texted|rang)(?: and (?:called|messaged|texted|rang))? (?:me|her)\b"
    r"[^.!?\n]{0,20}\b(?:\d+|several|many|multiple|six|five|four|three) times\b"
    r"|\basking (?:me|her) to meet (?:him|up)\b"
    r"|\b(?:she'?s|she is|i'?m|i am) (?:so |really )?scared\b"
    r"|\bharass\w*|\bstalk\w*"
    # "বারবার মেসেজ দিচ্ছে ... ভয় লাগছে", "viestittelee minulle öisin, pelottaa"
    r"|বারবার (?:মেসেজ|ফোন|কল)|ভয় (?:লাগছে|পাচ্ছি)|হয়রানি|উত্যক্ত|(?:ফোন|কল|মেসেজ)\S* (?:করে|দিয়ে) বিরক্ত"
    r"|\b(?:viestittelee|soittelee|laittaa viestejä|lähettelee viestejä)\b|\bpelottaa\b"
    r"|\bahdistel\w*",
    regex.I,
)


# someone else in their account: "someone logged into my account and ordered 3 bags", "my
# account was hacked", "4 pickups from my account that I didn't make"
_TAKEN_OVER = rx.compile(
    r"\b(?:someone|somebody|some ?one|a stranger|a scammer|a hacker|hackers?)(?: else)? "
    r"(?:has |had )?(?:logged|got|gotten|broke|broken|hacked|signed) (?:in ?to|into|in to) "
    r"(?:my|our) (?:\p{L}+ ){0,2}account"
    r"|\b(?:account|profile)s? (?:was |were |has been |have been |got |is )?(?:hacked|compromised"
    r"|taken over|breached|hijacked)"
    r"|\b(?:orders?|pick-?ups?|bookings?|purchases?)\b(?:[^.!?\n]{0,30}\b)?(?:that |which )?"
    r"(?:i|we) (?:never|didn'?t|did not|have never|haven'?t) (?:place|placed|make|made|book"
    r"|booked|authori[sz]e|authori[sz]ed)\b"
    r"|\bunauthori[sz]ed (?:orders?|log ?ins?|sign ?ins?|charges?|purchases?|bookings?|access"
    r"|pick-?ups?|payments?)"
    # "joku kirjautui tililleni", "tilini on hakkeroitu", "tilauksia, joita en ole tehnyt"
    r"|\bjoku (?:muu )?(?:on )?(?:kirjautui|kirjautunut|päässyt|pääsi|murtautui|murtautunut)"
    r" (?:\S+-)?tili\w*|\btili\w* (?:on )?(?:hakkeroitu|murrettu|kaapattu)"
    r"|\btilauk\w*,? (?:joita|jota) en (?:ole )?(?:tehnyt|tilannut)"
    # "কেউ আমার অ্যাকাউন্টে ঢুকে", "অ্যাকাউন্ট হ্যাক হয়েছে"
    r"|কেউ (?:আমার )?(?:\S+ )?অ্যাকাউন্টে ঢুকে|অ্যাকাউন্ট\S* হ্যাক",
    regex.I,
)
_DONE_IN_IT = (
    (rx.compile(r"\bpick-?ups?\b", regex.I), "booked pickups"),
    (rx.compile(r"\bbookings?|\bbooked\b", regex.I), "made bookings"),
    (rx.compile(r"\border(?:s|ed)?\b|\bpurchas\w*|\bbought\b", regex.I), "placed orders"),
)


def taken_over(text: str) -> str | None:
    """Someone else used their account: what they did in it ("placed orders", "" for nothing
    said), or None where the post tells no such thing."""
    if not _TAKEN_OVER.search(text):
        return None
    return next((did for find, did in _DONE_IN_IT if find.search(text)), "")


def money_taken(text: str) -> bool:
    """The post says money went out (a charge, a renewal): only then is a subscription
    problem about money, and only then is "when the money is back" promised."""
    return bool(_CHARGED.search(text))


def voice_text(
    voice: Voice, name: Literal["goodwill", "escalation_contact"], language: str
) -> str | None:
    """The voice's goodwill or escalation contact in the reply's language where the config
    gives it (``[brands.voice.translations.fi]``), else the configured text; the self-check
    flags configured English quoted inside a Finnish or Bengali draft."""
    local = voice.translations.get(language)
    mine: str | None = getattr(local, name) if local is not None else None
    configured: str | None = getattr(voice, name)
    return mine or configured


_PHONE_UNANSWERED = rx.compile(
    r"\b(?:number|phone|line|hotline|helpline|call cent(?:re|er))s?\b.{0,20}"
    r"\b(?:rings?|rang|ringing)\b"
    r"|\b(?:nobody|no one|no-one)\s+(?:ever\s+)?(?:picks|picked|answers|answered)\s+(?:up|the phone"
    r"|(?:the|your)\s+(?:hotline|helpline|phone|line|number|call cent(?:re|er)))"
    r"|\b(?:number|phone|line|hotline|helpline)\b.{0,20}\b(?:never|doesn'?t|does not|won'?t)\s+"
    r"(?:picks?|get picked|answers?)\b"
    r"|ফোন.{0,20}(?:ধরে না|ধরেনি|ধরল না|ধরছে না)"
    # called over and over, or hung up on: another call is not the way either
    r"|\b(?:called|rang|phoned)\b[^.!?\n]{0,25}?\b(?:(?:\d+|two|three|four|five|six|several|"
    r"many|multiple|countless)\s+times|twice)|\bhung up on (?:me|us)\b"
    # "your hotline plays music for 20 minutes and then hangs up"
    r"|\b(?:hotline|helpline|help line|support line|phone line|call cent(?:re|er))\b[^.!?\n]{0,60}"
    r"\b(?:hangs up|hung up|cuts (?:me )?off|cut (?:me )?off|disconnects|drops the call)\b"
    # "4 emails, 3 calls": calls they made (not "3 calls from the rider", made to them)
    r"|\b(?:\d+|two|three|four|five|six|several|many|multiple|countless)\s+(?:phone\s+)?calls\b"
    r"(?!\s+(?:from|by)\b)(?<!\b(?:got|get|had|received|missed)\s+\S+\s+(?:phone\s+)?calls)",
    regex.I,
)


def phoned_in_vain(text: str) -> bool:
    """They called and nobody answered: the number is not the way to offer them."""
    return bool(_PHONE_UNANSWERED.search(text))


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()  # noqa: SIM905
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_BY = rx.compile(
    # "booked a pickup for Tuesday": when it was booked for, not a day they need it by
    r"(?<!\b(?:booked|rebooked|re-booked|scheduled|rescheduled|booking|arranged|planned"
    r"|set up)\b[^.!?\n]{0,25})"
    r"\b(?:by|before|until|for) (?P<day>(?:this |next )?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|tomorrow|tonight|the weekend"
    # "resolved by end of this week": the end of the week they name
    r"|(?:the )?end of (?:this|the) week)\b"
    # "before the next billing on Dec 5": a date, said as the post says it
    # ("lost by Parcelly since 3 March": when it started, not a day it is needed by)
    rf"|\b(?:by|before|until) (?:(?!(?:since|from|after|ago)\b)[a-z]+ ){{0,4}}?(?:on )?"
    rf"(?P<date>{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|the \d{{1,2}}(?:st|nd|rd|th))(?!\w)",
    regex.I,
)


# "it's a wedding gift and the wedding is on Friday": the day it is needed, though no "by"
_NEEDED_ON = rx.compile(
    r"\b(?:wedding|party|birthday|gift|present|guests|hosting|event|trip|flight|exam|interview"
    r"|funeral|leaving|moving|need (?:it|them|this)|call|ring me|phone me|manager|supervisor"
    r"|going out|to send|sending out"
    # "my lawyer is sending a legal notice on Sunday": the day the threat falls due
    r"|lawyer|solicitor|legal notice|court|filing|chargeback"
    # "I needed this for my mother's surgery on Sunday"
    r"|needed (?:it|them|this)|surgery|operation|appointment)\b"
    r"[^.!?\n]{0,40}?\b(?:on |this |next )?(?P<day>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|tomorrow|tonight|today)\b",
    regex.I,
)


# "if it isn't delivered today I'm cancelling": the day, as the condition names it
_IF_NOT_BY = rx.compile(
    r"\bif (?:it|this|they|the \p{L}+|my \p{L}+)\b[^.!?\n]{0,30}?\b(?:isn'?t|is not|doesn'?t"
    r"|does not|hasn'?t|has not|won'?t|will not|aren'?t|not)\b[^.!?\n]{0,25}?\b(?:by |before )?"
    r"(?P<day>today|tonight|tomorrow)\b",
    regex.I,
)


# "I want it cancelled today", "fix this today": the day the ask is for
_WANTED_BY = rx.compile(
    r"\b(?:(?:want|need)\s+(?:it|this|them|that)\s+(?:\p{L}+\s+)?|(?:fix|sort|resolve|solve"
    r"|cancel|refund|deliver)\s+(?:this|it|them|that)(?:\s+out)?\s+(?:by\s+)?)"
    r"(?P<day>today|tonight|tomorrow)\b",
    regex.I,
)


# "I want a call from a manager. Today." : the day as a sentence of its own
_JUST_THE_DAY = rx.compile(r"(?:^|[.!?]\s+)(?P<day>today|tonight|tomorrow)\s*[.!]", regex.I)


def day_needed(text: str) -> str:
    """The day they need it by ("Friday", "tomorrow", "Dec 5"), as the post names it; "" if
    none. The drafts hear it, and the self-check asks that they do."""
    found = (
        _BY.search(text)
        or _NEEDED_ON.search(text)
        or _IF_NOT_BY.search(text)
        or _WANTED_BY.search(text)
        or _JUST_THE_DAY.search(text)
    )
    if (m := found) is None:
        return ""
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
    ends = [i for c in ".!?\n" if (i := text.find(c, m.end())) >= 0]
    said = text[start + 1 : min(ends, default=len(text))]
    if _THREAT_DATE.search(said) and not _SORTED_BY.search(said):
        return ""  # "my lawyer is sending a notice tomorrow": the threat's day, not a need
    if _HAD_BY.match(text, m.end()):
        return ""  # "so by Saturday it had gone stale": what had happened by then, past
    if _GAVE_IN.search(said):
        return ""  # "I paid because I needed it today": why they gave in, a need met already
    if date := m.groupdict().get("date"):
        return date.rstrip(".")
    day = " ".join(w.capitalize() if w in _WEEKDAYS else w for w in m["day"].casefold().split())
    return f"the {day}" if day.startswith("end of") else day


_GAVE_IN = rx.compile(
    r"\b(?:paid|gave (?:him|her|them)|handed (?:it |the money )?over)\b[^.!?\n]{0,25}?"
    r"\b(?:because|as|since) (?:i|we) needed\b",
    regex.I,
)
_HAD_BY = rx.compile(
    r"\s+(?:it|they|the \p{L}+|we|i|everything)(?:'d| had| was| were| already)\b", regex.I
)
_THREAT_DAY = rx.compile(
    r"\b(?:lawyer|solicitor|attorney|legal notice|notice|court|sue|suing|consumer rights"
    r"|directorate|regulator|ombudsman)\b[^.!?\n]{0,70}?"
    r"\b(?:on |by |this |next )?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\b",
    regex.I,
)


def threat_day(text: str) -> str:
    """ "My lawyer sends a notice on Thursday": the weekday a threat falls due ("Thursday"),
    which day_needed leaves out as no need of theirs; "" if none."""
    found = _THREAT_DAY.search(text)
    return found["day"].capitalize() if found else ""


_THREAT_DATE = rx.compile(
    r"\b(?:lawyer|solicitor|attorney|legal notice|notice|court|sue|suing|consumer rights"
    r"|directorate|regulator|ombudsman|chargeback)\b",
    regex.I,
)
_SORTED_BY = rx.compile(
    r"\b(?:resolved|sorted|settled|paid|fixed|refund\w*|compensat\w*|answer\w*|hear back"
    r"|hear from|get (?:a|my|the|an)|unless|if (?:this|it|i|there|not)|or else"
    # "... by Friday": a day something must happen by
    r"|by (?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|the end))\b",
    regex.I,
)


_CALL_ON = rx.compile(
    # ("a phone call from a manager at Northwind today")
    r"\b(?:call|ring|phone)(?: me| us)?(?: back)?\b[^.!?\n]{0,35}?\b(?:on |this |by )?"
    r"(?P<day>today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    regex.I,
)


def call_day(text: str) -> str:
    """ "I want a manager to call me today": the day is the call's, as day_needed says it;
    "" when the day they name is not a call's."""
    m = _CALL_ON.search(text)
    day = day_needed(text)
    if m is None and _CALL_BEFORE_THEN.search(text) and (due := threat_day(text)):
        return f"before {due}"  # "a complaint on Sunday unless a manager calls me before then"
    if m is None and _CALL_THIS_WEEK.search(text):
        return "this week"  # "a phone call from a manager this week"
    return day if m and day and day.casefold() == m["day"].casefold() else ""


_CALL_BEFORE_THEN = rx.compile(
    r"\b(?:calls?|rings?|phones?)(?: me| us)?(?: back)? (?:before (?:then|that)|by then)\b",
    regex.I,
)
_CALL_THIS_WEEK = rx.compile(
    r"\b(?:call|ring|phone)(?: me| us)?(?: back)?\b[^.!?\n]{0,25}?\b(?:this|by the end of"
    r" (?:this|the)) week\b",
    regex.I,
)


# "not a voucher", "no store credit": money, not something in kind
_NO_VOUCHER = (
    r"\b(?:(?:no|not an?|nor an?) |(?:don'?t|do not) want (?:an? |any )?|without (?:an? |any )?"
    r"|spare me (?:the |your )?)(?:\p{L}+ )?(?:vouchers?|discounts?|coupons?|codes?|store credit"
    r"|credit|freebies?|offers?|gift cards?)\b"
    # "I want a manager to call me, not a DM with a coupon"
    r"|\bnot an? (?:\p{L}+ )?(?:with|and) an? (?:\p{L}+ )?(?:vouchers?|discounts?|coupons?"
    r"|codes?|freebies?|gift cards?)\b"
    # "not a free bag", "en mitään ilmaista kahvipussia": no gift
    r"|\b(?:no|not an?|don'?t want an?|do not want an?) free "
    r"(?:bag|coffee|gift|anything|delivery)\b"
    r"|\b(?:en|emme) (?:halua )?(?:mitään )?(?:ilmai\w*|lahja\w*|alennu\w*)"
)
_NO_GESTURE = rx.compile(
    _NO_VOUCHER
    + r"|\b(?:never|not) (?:ordering|buying|coming back|using you)\b|\b(?:last|final) order\b"
    # "Not going back.", "won't be back": a café they are leaving
    r"|\b(?:not|never) going back\b|\bwon'?t be (?:back|coming back|returning)\b"
    r"|\ben (?:kyllä )?mene (?:sinne|enää)\b"
    r"|\bdone with (?:you|this)\b|\b(?:taking|take) my (?:business|money) elsewhere\b"
    # "I'll buy it elsewhere": no next order of ours to put a gift in
    r"|\b(?:buy|get|order) (?:it|them|my \p{L}+) (?:from )?elsewhere\b"
    # "got a voucher last time, nothing changed": a gesture already tried, and it fixed nothing
    r"|\b(?:got|given|sent|received|had) (?:a |another )?(?:voucher|discount(?: code)?|coupon"
    r"|free bag|credit)\b[^.!?\n]{0,30}\b(?:nothing|still nothing|no(?:thing)?) (?:changed|fixed"
    r"|improved)\b"
    # "I cancelled my subscription in January": they have left already
    r"|\b(?:cancel+ed|canceled|ended|closed|quit) (?:my|our) (?:\p{L}+ )?(?:subscription|club"
    r"|membership|account|plan)\b"
    r"|\b(?:don'?t|do not) want (?:another|more|a new|a second) \p{L}+"
    r"|\bei (?:mitään |mtn )?(?:alennu|kuponk|lahjakort|tarjou)\w*|\b(?:alennus|tarjous)\w* ei\b"
    # "haluan rahat takaisin, ei kiinnosta enää", "en tilaa enää": leaving, no next order
    r"|\bei (?:kiinnosta|napostele|huvita) enää\b|\ben (?:tilaa|osta|käytä) (?:\w+ )?enää\b"
    # "haluan rahat takaisin, en uutta pussia": no bag of ours, free or not
    r"|\b(?:en|ei) (?:halua )?(?:uutta|uusia|toista) (?:pussia|pakettia|tuotetta|kahvia)\b"
    r"|(?:ভাউচার|ডিসকাউন্ট|কুপন)\S* (?:চাই না|লাগবে না)",
    regex.I,
)


def refuses_voucher(text: str) -> bool:
    """ "Compensation for the full value, not a voucher": the money, not credit."""
    return regex.search(_NO_VOUCHER, text, regex.I) is not None


def declines_gesture(text: str) -> bool:
    """ "Not a voucher, just cancel it", "never ordering again": a gesture "with your next
    order" is for someone staying, and they said they are not, or that they want none."""
    return bool(_NO_GESTURE.search(text))


_OWN_FAULT = rx.compile(
    # "isn't my fault", "not my mistake": the opposite, said of something done to them
    r"\b(?<!\b(?:not|isn'?t|wasn'?t|is not|was not|never|hardly|no) (?:even )?)(?:my (?:own )?fault"
    r"|i dropped (?:it|them|the|my)|dropped it|i broke (?:it|the|my)"
    # "Dropped the lid of my kettle and the hinge snapped": the "I" left out
    r"|(?<=(?:^|[.!?]\s{1,3}))(?:dropped|knocked over|knocked|sat on|stepped on) (?:the|my)"
    r"|(?:totally|entirely|all) on me|user error|my (?:own )?mistake|my bad"
    # "Oma moka: pudotin ... kannen lattialle": their own doing, in Finnish
    r"|oma (?:moka|vika|virhe)|omaa syytäni|omaa tyhmyyttäni|pudotin|rikoin|kaadoin)\b",
    regex.I,
)


def own_fault(text: str) -> bool:
    """They say it was their doing ("my fault, dropped it"): no "that isn't good enough", no
    gesture for our failing, and still the help they ask for."""
    return bool(_OWN_FAULT.search(text))


_CHARGED_EARLY = rx.compile(
    r"\b(?:charg|bill)\w* (?:\S+ ){0,3}?on the (?P<a>\d{1,2}(?:st|nd|rd|th)?)\b[^.!?\n]{0,25}?"
    r"\b(?:ships?|shipped|dispatch\w*|sends?|sent|arrives?|delivers?)\b (?:\S+ )?(?:on )?the "
    r"(?P<b>\d{1,2}(?:st|nd|rd|th)?)\b",
    regex.I,
)


def charged_early(text: str) -> regex.Match[str] | None:
    """ "Charges my subscription on the 1st but ships on the 20th": money taken long before the
    goods go out; nothing was taken wrongly, the timing is the complaint."""
    return _CHARGED_EARLY.search(text)


# a resend promised and not sent: "on the 12th you told me it would be resent, still nothing"
RESEND_PROMISED = rx.compile(
    r"(?:\bon (?P<when>(?:the )?\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday),? )?\b(?:you|they|support|someone|your team|an agent) (?:told|promised|said"
    r"|assured)(?: me| us)?(?: that)? (?:it|they|the \p{L}+|a new one|another)? ?(?:would|will|'d"
    r"|was going to|were going to) (?:be )?(?:resent|re-sent|sent again|reshipped|re-shipped"
    r"|send (?:it|a new one|another) again|send a replacement|replaced)\b"
    # "I was promised a resend in February and nothing came"
    r"|\b(?:i|we) (?:was|were) (?:promised|told|offered) (?:a |an )?(?:resend|re-send|reshipment"
    r"|replacement|new one)(?: (?:in|on|by) (?P<when>(?:the )?\d{1,2}(?:st|nd|rd|th)?|january"
    r"|february|march|april|may|june|july|august|september|october|november|december|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday))?\b",
    regex.I,
)


# the box took the knock, not what was in it: "luckily the item inside was ok"
INSIDE_FINE = rx.compile(
    r"\b(?:item|items|contents?|product|stuff|things?|everything|phone|vase|it)\b(?: inside)?"
    r"[^.!?\n]{0,15}\b(?:(?:was|were|is|are|survived) (?:ok|okay|fine|intact|undamaged|unharmed"
    r"|all right|alright|perfect|in one piece)|survived)\b",
    regex.I,
)


# a question asked out of care for a pregnancy: the answer, and none of the sales line after it
PREGNANT = rx.compile(r"\bpregnan\w*|\bbreastfeeding\b|\braskaana\b|\braskau\w*|গর্ভবতী", regex.I)


# Bangladesh's division seats in Bengali: an answer that lists some and not this one is a no
_BD_SEATS_BN = ("ঢাকা", "চট্টগ্রাম", "সিলেট", "রাজশাহী", "খুলনা", "বরিশাল", "রংপুর", "ময়মনসিংহ")
_BN_PLACE = rx.compile(
    rf"(?P<place>(?:{'|'.join(_BD_SEATS_BN)})(?:য়|তে|ে|এ)?)(?=[\s,?।!]|$)"
    # "রংপুরে কি পার্সেলি যায়?": whether we go there, in any of these verbs
    r"(?=[^?।!\n]{0,40}(?:ডেলিভারি|পাঠা|পৌঁছা|দেন|দেয়|যায়|যায়|যাবে|সার্ভিস))"
)


def not_there_bn(text: str, answer: str) -> str | None:
    """ "পার্সেলি কি খুলনায় ডেলিভারি দেয়?" against an answer listing other seats: the place as
    they wrote it ("খুলনায়"), to say the plain no; None where it is listed or none is asked."""
    listed = [c for c in _BD_SEATS_BN if c in answer]
    if len(listed) < 2:
        return None
    # "রংপুরে কি যায়? ঢাকা থেকে ২ কেজি কত?": the place asked after, not the one it leaves from
    found = next((m for m in _BN_PLACE.finditer(text)
                  if next(c for c in _BD_SEATS_BN if m["place"].startswith(c)) not in listed),
                 None)  # fmt: skip
    if found is None:
        return None
    seat = next(c for c in _BD_SEATS_BN if found["place"].startswith(c))
    place = found["place"]
    if place == seat:  # written bare: the locative added ("খুলনা" -> "খুলনায়")
        place += "য়" if seat.endswith("া") else "তে" if seat[-1] in "িীুূেো" else "ে"
    return place


# countries asked after in Finnish, as a question names them ("toimitatteko Saksaan?"), and
# the stem an answer listing them would use ("Ruotsiin", "Ruotsi")
_FI_COUNTRIES = {
    "Saksaan": "Saks", "Ranskaan": "Ransk", "Espanjaan": "Espanj", "Italiaan": "Itali",
    "Puolaan": "Puol", "Latviaan": "Latvi", "Liettuaan": "Liettu", "Hollantiin": "Hollan",
    "Alankomaihin": "Alankom", "Belgiaan": "Belgi", "Itävaltaan": "Itäval", "Sveitsiin": "Sveits",
    "Britanniaan": "Britann", "Englantiin": "Englan", "Irlantiin": "Irlan", "Islantiin": "Islan",
    "Yhdysvaltoihin": "Yhdysval", "Kanadaan": "Kanad", "Ruotsiin": "Ruots", "Norjaan": "Norj",
    "Tanskaan": "Tansk", "Viroon": "Viro",
}  # fmt: skip
_FI_PLACE = rx.compile(rf"\b(?P<place>{'|'.join(_FI_COUNTRIES)})\b")


def not_there_fi(text: str, answer: str) -> str | None:
    """ "toimitatteko Saksaan?" against an answer listing other countries: the place as they
    wrote it ("Saksaan"), to say the plain no; None where it is listed or none is asked."""
    found = _FI_PLACE.search(text)
    if found is None:
        return None
    listed = [c for c, stem in _FI_COUNTRIES.items() if stem in answer]
    if _FI_COUNTRIES[found["place"]] in answer or len(listed) < 2:
        return None
    return found["place"]


# they cancelled already ("three months after I cancelled", "I cancelled in January", "peruin
# jo", "tilaus peruttu", "ক্যানসেল করেছি"): what is promised is that it stays cancelled, not a
# cancellation
_CANCELLED_ALREADY = rx.compile(
    r"\b(?:after|even though|though|although|despite) (?:i|we|i'?d|we'?d|i had|we had|i have"
    r"|i'?ve) (?:already )?cancel+ed\b"
    r"|\b(?:i|we) (?:had |have |'ve )?(?:already )?cancel+ed "
    r"(?:it |my |our |the |in |back |last |on |weeks |months |a )"
    r"|\b(?:peruin|perusin|peruutin|irtisanoin|lopetin|peruttu|perunut|lopetettu|irtisanottu)\b"
    r"|(?:ক্যানসেল|বাতিল) কর(?:েছি|লাম|ছিলাম)",
    regex.I,
)


def kept_cancelled(reading: Reading, text: str) -> bool:
    """They cancelled before the charge they complain of and ask for no cancelling now: the
    reply keeps it cancelled rather than cancelling it again (every language)."""
    return not reading.asked(AskKind.CANCEL) and _CANCELLED_ALREADY.search(text) is not None


# a way to pay asked about by its name: "do your cafés take Smartum vouchers?", "käykö
# Smartum-saldo maksuna?", "can I pay with Apple Pay?"
_PAY_NAMED = rx.compile(
    r"\b(?:take|takes|accept|accepts|pay (?:with|by|using|via)|use)\s+(?:an? |the |your )?"
    r"(?P<a>\p{Lu}[\p{L}]+(?: Pay)?)\b"
    r"|\b(?P<b>\p{Lu}[\p{L}]+)(?:-| )(?:saldo\w*|seteli\w*|etu\w*|lounasetu\w*|kortti\w*|vouchers?"
    r"|benefits?|pay)\b",
)


def payment_not_listed(text: str, answer: str, brand: str = "") -> str:
    """The way to pay a question names, where the FAQ's list of ways leaves it out ("" where
    none is named, or the answer names it): the plain no comes first."""
    if not regex.search(r"\b(?:pay|payment|card|maksu\w*|kortti\w*|MobilePay|Edenred|ePassi)",
                        answer, regex.I) or not regex.search(r",| and | ja ", answer):  # fmt: skip
        return ""
    own = {w.casefold() for w in brand.split()}
    for m in _PAY_NAMED.finditer(text):
        way = m["a"] or m["b"]
        head = way.split()[0].casefold()
        if head in own or any(head.startswith(o) for o in own if len(o) > 3):
            continue  # "Northwindin kahviloissa": the brand, not a way to pay
        return "" if head in answer.casefold() else way
    return ""


# Bengali weekdays, Monday first: "শুক্রবারেও ডেলিভারি দেয়?" against "শনিবার থেকে বৃহস্পতিবার"
_BN_DAYS = ("সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি", "রবি")
_BN_ON_DAY = rx.compile(r"(?P<day>সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র|শনি|রবি)বার\S*[^।?!\n]{0,20}?ডেলিভারি")
_BN_SPAN = rx.compile(
    r"(?P<a>সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র|শনি|রবি)বার থেকে (?P<b>সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র|শনি|রবি)বার"
)


def not_on_day_bn(text: str, answer: str) -> str:
    """The day a Bengali question asks for, where the answer's days leave it out ("শুক্র");
    "" where the day is served or none is asked."""
    asked, span = _BN_ON_DAY.search(text), _BN_SPAN.search(answer)
    if asked is None or span is None:
        return ""
    a, b = _BN_DAYS.index(span["a"]), _BN_DAYS.index(span["b"])
    days = {_BN_DAYS[(a + i) % 7] for i in range((b - a) % 7 + 1)}
    return "" if asked["day"] in days else asked["day"]


# "my heart was racing all evening", "felt shaky": something felt after it, not only asked
FELT_AFTER = rx.compile(
    r"\b(?:heart (?:was |kept |started )?(?:racing|pounding)|palpitations?|felt (?:shaky|jittery"
    r"|dizzy|sick|unwell|ill)|couldn'?t sleep)\b|sydän (?:hakkasi|jyskytti|tykytti)"
    r"|sydämentyky\w*|tärisin"
    r"|huono olo|বুক ধড়ফড়",
    regex.I,
)


# "DMs open", "my DMs are open", "DM me", "আমার ডিএম খোলা আছে", "DM:t auki": a reporter's own
# inbox is the way to them
DMS_OPEN = rx.compile(
    r"\b(?:my )?dms?\s+(?:are\s+|is\s+)?open\b|\bdm me\b|ডিএম\S* খোলা|ইনবক্স\S* খোলা"
    r"|\bdm:?t (?:ovat )?auki\b",
    regex.I,
)
# "is your decaf really caffeine-free?", "onko kofeiiniton oikeasti kofeiinitonta?": how
# much caffeine is left, asked
HOW_DECAF = rx.compile(
    r"\b(?:really|actually|fully|completely|100 ?%) (?:caffeine[- ]free|decaf\w*)\b"
    r"|\bhow much caffeine\b|oikeasti kofeiini\w*|kuinka paljon kofeiinia",
    regex.I,
)
