"""A book for a language written as phrase tables (Finnish, Bengali): the same moves and
the same rules as English, each sentence chosen by the case (the problem, the ask, the
detail needed), so two different cases never share one offline reply.

Placeholders in the tables: ``{it}`` what it is about, ``{amount}``, ``{dur}`` how long,
``{tried}`` what they tried, ``{who}`` the staff member, ``{words}`` their own words,
``{lead}`` the escalation contact, ``{part}``, ``{money}``, ``{place}``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

import regex

from monitor import rx
from monitor.reading.types import AskKind, FlagKind, Problem, ProblemKind
from reports.case import fit
from reports.replies.asked import GONE_WORDS, GOODS_SENT, ORDER_KINDS, Detail, is_visit
from reports.replies.book import (
    Ctx,
    Drafts,
    cap,
    first_clause,
    heads,
    key_sentence,
    listing,
    route,
    sentence,
)
from reports.replies.en_restate import came_late, order_refs
from reports.replies.idea import wishes
from reports.replies.plan import (
    ACTION_DEMANDED,
    BURNT,
    FEARED,
    FELL_ILL,
    OPINIONS,
    WHO_PAYS,
    Offer,
    arrived,
    contents_taken,
    exacted,
    follow_group,
    goods_lost,
    lead_kind,
    pest_seen,
    rule_asked,
)
from reports.replies.rates import price_bn
from reports.replies.said import (
    DMS_OPEN,
    FELT_AFTER,
    HOW_DECAF,
    PREGNANT,
    RIDER,
    TO_CARD,
    UNWANTED_CONTACT,
    UNWANTED_MARKETING,
    grind_wrong,
    kept_cancelled,
    not_on_day_bn,
    not_there_bn,
    not_there_fi,
    own_fault,
    part_named,
    payment_not_listed,
    phoned_in_vain,
    subscribed,
    taken_over,
    wait_of,
)
from reports.replies.topics import entry_topics

_SUBSCRIBED = rx.compile(r"tilau|jäsenyy|kerho|সাবস্ক্রিপশন|প্লাস|মেম্বারশিপ", regex.I)
# "haluan perua Northwind-tilaukseni": the ask's verb, then what it cancels
_CANCEL_WHAT = rx.compile(
    r"\b(?:perua|peruuttaa|lopettaa|irtisanoa|perukaa|lopettakaa)\s+(?:\S+\s+){0,2}?"
    r"\S*(?:tilau|jäsenyy|kerho)\w*",
    regex.I,
)
_ACCOUNT = rx.compile(r"অ্যাকাউন্ট|একাউন্ট|\btili\w*|\btunnu\w*", regex.I)
_FI_BY = rx.compile(
    r"\b(?:(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|huomise"
    r"|ylihuomise)\p{L}* mennessä|viimeistään (?:maanantai|tiistai|keskiviikko|torstai|perjantai"
    r"|lauantai|sunnuntai|huomenna|ylihuomenna)\p{L}*)",
    regex.I,
)
_FI_UNTIL = {"maanantaina": "maanantaihin", "tiistaina": "tiistaihin",
             "keskiviikkona": "keskiviikkoon", "torstaina": "torstaihin",
             "perjantaina": "perjantaihin", "lauantaina": "lauantaihin",
             "sunnuntaina": "sunnuntaihin", "huomenna": "huomiseen"}  # fmt: skip
_FI_IF_ON = rx.compile(
    r"\bjos\b[^.!?\n]{0,40}\b(?P<day>maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina"
    r"|lauantaina|sunnuntaina|huomenna)\b",
    regex.I,
)
# the writer sent the parcel (a merchant, or someone whose customer or family it was for)
_SENDER = rx.compile(
    r"কাস্টমার(?!\s*(?:কেয়ার|কেয়ার|সার্ভিস|care|service))|পাঠানো|পাঠিয়েছি|পাঠালাম|পাঠাইছি"
    r"|(?:আমি|\bi'?m|\bi am|\bwe are|\bwe'?re) (?:a |an |একজন )?(?:merchant|মার্চেন্ট|seller|বিক্রেতা)"
    r"|\b(?:my|our) (?:customers?|buyers?)\b|\basiakkaa(?:ni|mme)\b",
    regex.I,
)
# money a rider asked for, and whether they say it was handed over
_ONLY_ASKED = rx.compile(r"চাইল|চাইলো|চেয়েছে|চেয়েছেন|চাইছে|দাবি কর|\bpyysi\b|\bvaati\b", regex.I)
_HANDED_OVER = rx.compile(
    # "টাকা দিতে বাধ্য হয়েছি": forced to pay, and paid
    r"দিলাম|দিয়েছি|দিয়ে দিয়েছি|দিতে হয়েছে|দিতে হলো|দিছি|নিয়েছে|নিল|নিলো|কেটে|দিতে বাধ্য"
    r"|বাধ্য হয়ে দি"
    r"|\bmaksoin\b|\bannoin\b|\bjouduin maksamaan\b",
    regex.I,
)
_GRANTED = rx.compile(r"\b(?:mutta|vaikka|huolimatta)\b|যদিও|কিন্তু|তবুও|তবে", regex.I)
_MERCHANT = rx.compile(r"মার্চেন্ট|\bmerchant\b|\bkauppia", regex.I)
# hurt, in Bengali: "পড়ে গিয়ে হাতে ব্যথা পেয়েছেন", "আঘাত পেয়েছে"
_HURT_LOCAL = rx.compile(r"ব্যথা পে|আঘাত পে|পড়ে গিয়ে|রক্ত বের|ফুলে গেছে|\bloukkaantu\w*")
# a holiday they need it before: "ঈদের আগে", "পূজার আগে", "ennen joulua"
_BEFORE_HOLIDAY = rx.compile(
    r"(?:ঈদের|পূজার|পুজোর|বৈশাখের|নববর্ষের) (?:আগে|আগেই)|\bennen (?:joulua|juhannusta|pääsiäistä)\b"
    # "বৃহস্পতিবারের মধ্যে লাগবে", "torstaihin mennessä": the weekday they need it by
    r"|(?:শনি|রবি|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বারের (?:মধ্যে|আগে)"
    # "কালকের মধ্যে না পেলে", "huomiseen mennessä": by tomorrow
    r"|(?:কালকের|আগামীকালের) মধ্যে|\bhuomiseen mennessä\b"
    # "বৃহস্পতিবার বোনের বিয়ে, তার আগে না পেলে": the day, then "before that"
    r"|(?:শনি|রবি|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার(?=[^।!?\n]{0,30}তার আগে)"
    # "শুক্রবার আমার বোনের বিয়ে": the day of the event it is for
    r"|(?:শনি|রবি|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার(?=\s+(?:\S+\s+){0,3}(?:বিয়ে|বিয়ে|অনুষ্ঠান"
    r"|জন্মদিন|পরীক্ষা|গায়ে হলুদ|গায়ে হলুদ))"
    # "পরশু আমার বোনের বিয়ে, এর আগেই লাগবে": the day after tomorrow, or tomorrow, of the event
    r"|(?:পরশু|আগামীকাল|কাল)(?=\s+(?:\S+\s+){0,3}(?:বিয়ে|বিয়ে|অনুষ্ঠান|জন্মদিন|পরীক্ষা"
    r"|গায়ে হলুদ|গায়ে হলুদ))"
    r"|\b(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)hin mennessä\b"
    # "tarvitsen ne perjantaiksi": the day they need it by
    # ("tarvitsen kahvit lauantaiksi": what they need named between)
    r"|(?<=\btarvitsen (?:ne |sen |niitä |sitä |paketin |tilauksen |\p{L}+t )?)(?:maanantai|tiistai"
    r"|keskiviikko|torstai|perjantai|lauantai|sunnuntai|huomise|joulu|juhannukse)\w*ksi\b",
    regex.I,
)
# "কালকের মধ্যে", "huomiseen mennessä": by tomorrow
_BY_TOMORROW = rx.compile(r"কালকের মধ্যে|আগামীকালের মধ্যে|\bhuomiseen mennessä\b", regex.I)
# "ennen seuraavaa veloitusta 15.3.", "ennen 15.3. veloitusta": a cancel due before a charge
_BEFORE_CHARGE = rx.compile(
    r"\bennen (?:seuraavaa |ensi )?(?:veloitusta|maksua|laskutusta)"
    r"(?:\s+(?P<date>\d{1,2}\.\d{1,2}\.?))?",
    regex.I,
)
# a clause of abuse, and the subject it opens with (said once, of the one rider)
_ABUSE_SAID = rx.compile(r"গালি দিয়েছেন|বাজে কথা বলেছেন")
_SUBJECT = rx.compile(r"^(?:\{who\} |আমাদের একজন রাইডার )")
_ABUSED_BN = rx.compile(r"বাজে|গালি|খারাপ ব্যবহার|অশ্লীল|অভদ্র")
# someone of theirs named as who it was done to ("আমার বোনকে"), and how "of them" is said
_KIN_OF = {
    "বোন": "বোনের",
    "ভাই": "ভাইয়ের",
    "মা": "মায়ের",
    "বাবা": "বাবার",
    "স্ত্রী": "স্ত্রীর",
    "মেয়ে": "মেয়ের",
    "ছেলে": "ছেলের",
    "বউ": "বউয়ের",
    "বন্ধু": "বন্ধুর",
    "বান্ধবী": "বান্ধবীর",
}
_KIN_AT = rx.compile(rf"আমার (?P<who>{'|'.join(_KIN_OF)})কে")
# "আমার বোনের সাথে": someone of theirs it was done to
_KIN_WITH = rx.compile(
    r"আমার (?P<who>(?:বোন|ভাই|মা|মায়|বাবা|স্ত্রী|মেয়ে|ছেলে|বান্ধবী|বন্ধু|ভাবী|খালা|চাচা)\S*)"
    r" (?:সাথে|সঙ্গে)"
)
# a part of the order said to be missing ("kiitti vaan" is no bag short)
_SHORT_WORDS = frozenset({"sain vain yhden", "puuttu"})
_DEADLINE = rx.compile(
    r"deadline|määräai|ডেডলাইন|সময়সীমা"
    # "রবিবার বিকেলের মধ্যে", "perjantaihin mennessä": a day the comment is wanted by
    r"|(?:শনি|রবি|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার\S*(?:\s\S+)?\sমধ্যে"
    r"|\b(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)\w*"
    r"(?: \w+)? mennessä\b",
    regex.I,
)
# what a merchant is promised, in the FAQ's own translation: "দুই কর্মদিবসের মধ্যে", "kahden
# arkipäivän kuluessa"; and how long a post says it has been: "১০ দিন", "yhdeksän päivää"
_PROMISED_DAYS = rx.compile(
    r"(?P<n>[০-৯\d]+|এক|দুই|তিন|চার|পাঁচ) কর্মদিবসের মধ্যে"
    r"|(?P<n>\d+|kahden|kolmen|neljän|viiden) (?:arki|työ)päivän (?:kuluessa|sisällä)",
    regex.I,
)
_WAITED_DAYS = rx.compile(
    r"(?P<n>[০-৯\d]+|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ) দিন(?! পর)"
    r"|\b(?P<n>\d+|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen) "
    r"(?:arki|työ)?päivää\b"
    # "এক সপ্তাহ হয়ে গেল", "viikko sitten": weeks
    r"|(?P<w>[০-৯\d]+|এক|দুই|তিন|চার) সপ্তাহ|\b(?P<w>viikko|viikon|kaksi|kolme)(?: viikkoa)?\b"
    r"(?<=viikko|viikon|viikkoa)",
    regex.I,
)
_WEEKS = {"viikko": 1, "viikon": 1, "kaksi": 2, "kolme": 3}
_COUNTS = {"এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9,
           "দশ": 10, "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kolme": 3, "neljä": 4,
           "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9,
           "kymmenen": 10}  # fmt: skip


def _count(word: str) -> int:
    """ "১০", "দুই", "kahden" as a number of days."""
    digits = word.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))
    return int(digits) if digits.isdigit() else _COUNTS.get(word.casefold(), 0)


# what cannot wait in a late parcel: medicine, insulin, baby formula
_URGENT_GOODS = rx.compile(
    r"ওষুধ|ঔষধ|ইনসুলিন|\blääk\w*|\binsuliin\w*|\bvauvan maito\w*|\bkorvike\w*", regex.I
)
# the day they need it is today: "আজকের মধ্যে ডেলিভারি না হলে", "jos se ei tule tänään"
_TODAY = rx.compile(
    # "yritetty kolme kertaa tänään" says when it happened, not when it is needed
    r"\bviimeistään tänään\b|\btänään mennessä\b|\btänään\b(?=[^.!?]{0,30}\b(?:tarvitsen|tarvitaan"
    r"|pitää|täytyy)\b)|\b(?:tarvitsen|tarvitaan|pitää|täytyy|on saatava|jos)\b[^.!?]{0,40}"
    r"\btänään\b|আজকের মধ্যে|আজই|আজ রাতের মধ্যে|আজ(?:কে)? না (?:আসলে|এলে|হলে|পেলে)",
    regex.I,
)


def _claim_the_rule_pays(ctx: Ctx) -> bool:
    """Money asked back for goods lost or taken from a parcel a courier carried, where the
    configured rule says what is paid: the claim under that rule, never "I can't refund"."""
    rule = ctx.plan.rule
    return (
        ctx.voice.delivers_itself
        and rule is not None
        and bool(_RULE_PAYS.search(rule.text))
        and goods_lost(ctx.plan.problems, ctx.case.text)
    )


_RULE_PAYS = rx.compile(r"\bwe pay\b|\bpays?\b|ঘোষিত মূল্য দেওয়া|maksamme|korvaamme", regex.I)


# marked as if nobody was there: "কাস্টমার পাওয়া যায়নি", "ei tavoitettu"
_MARKED_AWAY = rx.compile(r"পাওয়া যায়নি|পাওয়া যায় নি|পাওয়া যায় নাই|বাসায় নাই", regex.I)
_PICKUP_WORD = rx.compile(r"\bpick-?up\b|পিকআপ", regex.I)


@dataclass(frozen=True)
class Phrases:
    language: str
    conj: str
    clause: dict[ProblemKind, str]
    variants: dict[ProblemKind, tuple[tuple[str, str], ...]]  # (a word in the post, clause)
    things: dict[ProblemKind, str]
    thing_order: str
    quoted: str
    details: dict[Detail, str]
    actions: dict[ProblemKind, str]
    steps: dict[ProblemKind, str]
    own_delivery: dict[ProblemKind, str]  # the steps where the brand carries its own parcels
    offers_public: dict[Offer, str]
    offers: dict[Offer, str]
    s: dict[str, str] = field(default_factory=dict)  # every other sentence, by name
    # the steps' verbs as the one who signs says them ("selvittää" -> "selvitän"); a suffix
    # rule where the language has one (Bengali "জানাবেন" -> "জানাব")
    mine: dict[str, str] = field(default_factory=dict)
    mine_suffix: tuple[str, str] = ("", "")
    # what went wrong in the post's own specifics, where a language has them: (kind, text,
    # the places the reading found) -> a clause, or None to fall back to the variants
    specific: Callable[[ProblemKind, str, tuple[str, ...]], str | None] | None = None
    # a new part named as the object of "send" ("uuden kannen"), where a language inflects it
    new_part: Callable[[str], str] | None = None
    # their own words said back to them: "I chose" -> "you chose" ("valitsin" -> "valitsit")
    turn: Callable[[str], str] = str


def _lower_first(words: str) -> str:
    """ "Neljä sähköpostia" quoted mid-sentence: "neljä sähköpostia"."""
    return words[:1].lower() + words[1:]


_BROKEN = frozenset({ProblemKind.DAMAGED, ProblemKind.DEFECT})


_NTH = {"দ্বিতীয়": "second", "তৃতীয়": "third", "চতুর্থ": "fourth", "toista": "second",
        "toinen": "second", "kolmatta": "third", "kolmas": "third", "neljättä": "fourth",
        "neljäs": "fourth"}  # fmt: skip
_CHASED = rx.compile(
    r"(?P<n>দ্বিতীয়|তৃতীয়|চতুর্থ)\s?বার(?:ের মতো)?\s+(?:\S+\s+){0,2}?"
    r"(?:বলছি|লিখছি|জানাচ্ছি|মেসেজ|ফোন|অভিযোগ|যোগাযোগ)"
    # "kirjoitan jo kolmatta kertaa": the contact is what repeats ("kolmatta kertaa tällä
    # viikolla ei kauramaitoa" is a third failure, said as one)
    r"|\b(?:kirjoitan|kirjoittelen|otan yhteyttä|valitan|soitan|kysyn|viestitän|laitan viestiä"
    r"|lähetän viestiä|muistutan|pyydän)\s+(?:\S+\s+){0,2}?(?:jo )?(?P<n>toista|kolmatta|neljättä)"
    r" kertaa\b"
    r"|\b(?:jo )?(?P<n>toista|kolmatta|neljättä) kertaa\s+(?:\S+\s+){0,2}?"
    r"(?:kirjoitan|otan yhteyttä|valitan|soitan|kysyn|viestitän|laitan viestiä|lähetän"
    r"|muistutan|pyydän|sama viesti)\b"
    r"|\bjo (?P<n>toinen|kolmas|neljäs) (?:viesti|sähköposti|soitto|yhteydenotto)\w*"
    r"|\b(?P<n>toinen|kolmas|neljäs) kerta,? kun (?:joudun )?(?:kirjoitan|otan yhteyttä|valitan"
    r"|soitan|kysyn|valittamaan|kirjoittamaan|soittamaan|ottamaan yhteyttä)",
    regex.I,
)
_AND = rx.compile(r"\b(?:and|also|plus|but|ja|sekä|myös|lisäksi|mutta)\b|আর|এবং|তাছাড়া|কিন্তু", regex.I)


def _two_faults(
    hits: list[tuple[str, str]], text: str, because: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """Two faults the post joins with "and" ("বারবার লগইন করতে হয় আর নোটিফিকেশন আসে না") or says in
    sentences of their own ("kaatuu ... leimakortin. 9 leimaa hävis"), not two words for one
    ("ei hyväksy korttia, maksu epäonnistuu")."""
    low = text.casefold()
    # where a key is said as a fault: inside the words the reading found it by, where it is
    # there ("leimaa hävis", not the "leimakortin" the crash happened on)
    spans = [(at, at + len(b)) for b in because if (at := low.find(b.casefold())) >= 0]

    def where(w: str) -> int:
        for start, end in spans:
            if (at := low.find(w, start, end)) >= 0:
                return at
        return low.find(w)

    # one place in the post is one fault: the longest key found there says it best
    # ("leimakortti ei" over "leima")
    ranked = sorted(((where(w), -len(w), w, t) for w, t in hits if w in low))
    found = [(a, w, t) for i, (a, _, w, t) in enumerate(ranked) if i == 0 or ranked[i - 1][0] != a]
    # keys a word or two apart, nothing between them, are one fault, said by the longest
    # ("Leimatkaan ei päivity": "ei päivity" over "leima")
    merged: list[tuple[int, str, str]] = []
    for a, w, t in found:
        end = merged[-1][0] + len(merged[-1][1]) if merged else 0
        if merged and a - end <= 8 and not regex.search(r"[,;:.!?।]", low[end:a]):
            if len(w) > len(merged[-1][1]):
                merged[-1] = (a, w, t)
            continue
        merged.append((a, w, t))
    found = merged
    for (a, wa, ta), (b, _, tb) in pairwise(found):
        if ta != tb and (_AND.search(low, a + len(wa), b) or _STOP.search(low, a + len(wa), b)):
            return ta, tb
    return None


_CONTACTED = rx.compile(
    # ("sähköpostiosoitteet", addresses, is no "soitt": a call)
    r"\b(?:spam|sms|calls?|texts?)\b|কল আস|ফোন আস|এসএমএস|মেসেজ আস|puhelu|(?<!o)soitt|tekstiviest"
    r"|roskapost",
    regex.I,
)
_AFTER_BUT = rx.compile(
    r"\b(?:mutta|mut)\s+(?P<rest>(?:[^.!?।\n]|(?<=\d)\.(?=\d)){8,90})"
    r"|কিন্তু\s+(?P<rest>(?:[^.!?।\n]|(?<=\d)\.(?=\d)){8,90})",
    regex.I,
)
_FROM_MONTH = rx.compile(
    r"\b(?P<when>(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuun "
    r"(?:alusta|lopusta|lopussa|puolivälistä)|\d{1,2}\.\d{1,2}\.? alkaen"
    # "kuun loppuun mennessä": by the end of this month
    r"|(?:tämän |ensi )?kuun (?:loppuun mennessä|lopussa|lopusta|alusta))"
    # "kesäkuun toimitus saa olla viimeinen": after that delivery, said as they set it
    r"|\b(?P<last>(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuun) "
    r"(?:toimitus|paketti|lähetys) (?:saa|voi|on|olkoon) (?:olla )?viimeinen",
    regex.I,
)
_STOP = rx.compile(r"[.!?।]\s")
# "kolmas viikko", "kolmatta viikkoa": which week of waiting, not how long it has been
_FI_ORDINAL = rx.compile(r"(?:toi|kolma|neljä|viide|kuude)\w*\s+\p{L}+$", regex.I)
_FI_TO_PARTITIVE = {"toinen": "toista", "kolmas": "kolmatta", "neljäs": "neljättä",
                    "viides": "viidettä", "kuudes": "kuudetta", "viikko": "viikkoa",
                    "kuukausi": "kuukautta", "päivä": "päivää"}  # fmt: skip


def _fi_partitive(words: str) -> str:
    """ "kolmas viikko" -> "kolmatta viikkoa", as it follows "odottanut jo"."""
    return " ".join(_FI_TO_PARTITIVE.get(w.casefold(), w.casefold()) for w in words.split())


# a Finnish word in a case other than the base form (partitive, inessive, ...): quoted inside
# our own sentence it would not agree with it
_FI_INFLECTED = rx.compile(
    r"(?:tta|ttä|sta|stä|ssa|ssä|lla|llä|lta|ltä|lle|ksi|[aeiouyäöj][aä])$", regex.I
)


# "..., শুধু অ্যাপটা মাঝে মাঝে খুব স্লো হয়ে যায়", "..., mutta jauhatus oli liian karkea"
_LOCAL_BUT = rx.compile(
    r"(?:^|[\s,;:—–-])(?:শুধু|তবে|কিন্তু|mutta|vaikka|paitsi että|ainoa miinus on,? että)\s+"
    r"(?P<but>[^।!?.,;\n]{6,90})",
    regex.I,
)


class LocalBook:
    def __init__(self, p: Phrases) -> None:
        self.p = p
        self.language = p.language

    # -- saying the problem back ------------------------------------------------------
    def thing(self, pr: Problem, ctx: Ctx, *, single: bool) -> str:
        facts = ctx.reading.facts
        # a courier's customer has a parcel, not an order ("আপনার পার্সেল PCL-7719934")
        parcel = self.p.s.get("parcel") if ctx.voice.delivers_itself else None
        if pr.kind in ORDER_KINDS and (refs := order_refs(ctx.reading, ctx.case.text)):
            return f"{parcel} {refs[0]}" if parcel else self.p.thing_order.format(ref=refs[0])
        part = part_named(ctx.case.text) if pr.kind in _BROKEN else None
        if part and "part_thing" in self.p.s:  # the lid that cracked, not the whole mug
            return self.p.s["part_thing"].format(part=part)
        named = pr.subject or (facts.items[0] if single and facts.items else None)
        base = self.p.things.get(pr.kind, self.p.things[ProblemKind.OTHER])
        if parcel and base == self.p.things[ProblemKind.DELIVERY_LATE]:
            base = parcel
        if named and self.language == "fi" and _FI_INFLECTED.search(named):
            named = None  # "tilauksesi (Club-pakettia)": their word in their case reads broken
        return f"{base} ({named})" if named else base

    def clause(self, pr: Problem, ctx: Ctx, *, single: bool = True) -> str:
        said = " ".join((*pr.because, ctx.case.text)).casefold()
        hits = [(w, t) for w, t in self.p.variants.get(pr.kind, ()) if w in said]
        # a variant that names another problem of the post is that one's: the rider's "বাজে
        # ব্যবহার" is the staff problem, the "৫০ টাকা বেশি চাইলো" beside it the billing one
        mine = " ".join(pr.because).casefold()
        others = " ".join(w for o in ctx.plan.problems if o is not pr for w in o.because).casefold()
        hits = [h for h in hits if h[0] in mine or h[0] not in others] or hits
        template = hits[0][1] if hits else self.p.clause.get(pr.kind)
        if self.p.specific and (
            own := self.p.specific(pr.kind, ctx.case.text, ctx.reading.facts.places)
        ):
            template = own.replace("{", "{{").replace("}", "}}")
        rude = next((t for _, t in hits if t.startswith("{who} ")), None) or next(
            (t for _, t in hits if _ABUSE_SAID.search(t)), None
        )  # "... না দেওয়ায় আমার মাকে গালাগালি করলো": abuse of someone, said of the rider
        bare = _SUBJECT.sub("", rude) if rude else ""
        if (
            pr.kind is ProblemKind.STAFF
            and rude
            and template
            and template != rude
            and bare not in template  # "baristamme tuhahti sinulle"
            and not (_ABUSE_SAID.search(bare) and _ABUSED_BN.search(template))  # said once
        ):
            # "৫০ টাকা বখশিশ চাইল, না দেওয়ায় খুব খারাপ ব্যবহার করল": the money asked and the
            # rudeness after it, both, said of the one rider
            template = f"{template} {self.p.conj} {bare}"
        grind = next((t for _, t in hits if "jauha" in t or "jauhettu" in t), None)
        short = next((t for w, t in hits if w in _SHORT_WORDS), None)
        if pr.kind is ProblemKind.WRONG_ITEM and grind and short:
            # "sain vain yhden, ja sekin oli jauhettu": a bag short, and the wrong grind
            grind = grind.replace("tilauksesi tuli jauhettuna", "saamasi pussi oli jauhettu")
            template = f"{short} {self.p.conj} {grind}"
        if pr.kind is ProblemKind.APP_BUG and (two := _two_faults(hits, ctx.case.text, pr.because)):
            template = f"{two[0]} {self.p.conj} {two[1]}"  # logs them out, and no notifications
        if pr.kind is ProblemKind.DELIVERY_LATE and (arrived(ctx.plan) or self._came(ctx)):
            template = self.p.s.get("late_arrived", template)
        facts = ctx.reading.facts
        wait = wait_of(facts.durations, ctx.case.text)
        if pr.kind in _ORDER_WAITS and wait and _MINUTES.search(wait):
            wait = ""  # "jonotin 40 min" is the phone queue, never how late the order is
        words = next((b for b in pr.because if 1 <= len(b.split()) <= 8 and len(b) > 3), None)
        if template is None:
            if not words:
                return self.p.s["this"]
            return self.p.quoted.format(words=self.p.turn(words.strip(" .!?")))
        return template.format(
            it=self.thing(pr, ctx, single=single), who=self.p.s["staff"],
            amount=f" ({facts.amounts[0]})" if facts.amounts else "",
            dur=self.p.s["dur"].format(d=wait) if wait else "",
            since=self.p.s.get("since", "").format(d=wait) if wait else "",
            after=(
                self.p.s["after_ordinal"].format(d=_fi_partitive(wait))
                if "after_ordinal" in self.p.s and _FI_ORDINAL.match(wait)
                else self.p.s.get("after", self.p.s["dur"]).format(d=_lower_first(wait))
            ) if wait else "",
            tried=self.p.s["tried"].format(t=_lower_first(facts.channels_tried[0]))
            if facts.channels_tried else "",
            # "তিনবার ফোন করেও কেউ ...": what they tried, said before the silence it met
            tried_pre=self.p.s.get("tried_pre", "").format(t=facts.channels_tried[0])
            if facts.channels_tried else "",
        )  # fmt: skip

    def said(self, ctx: Ctx) -> list[str]:
        one = len(ctx.plan.problems) == 1
        out: list[str] = []
        for pr in ctx.plan.problems:
            it = self.thing(pr, ctx, single=one)
            text = self.clause(pr, ctx, single=one)
            if text == self.p.s["this"] and (after := _AFTER_BUT.search(ctx.case.text)):
                # "Kiva kun ... aukeaa klo 7 mutta ovet oli vielä 7.25 lukossa": what went
                # wrong is what comes after the "but", in their words, not "näin kävi"
                text = self.p.turn(after["rest"].strip(" ,.!?"))
            if out and text.startswith(it) and out[-1].startswith(it):  # "... ja se tuli rikki"
                text = self.p.s["it"] + text[len(it) :]
            out.append(text)
        if (kin := _KIN_WITH.search(ctx.case.text)) is not None:
            # "আমার বোনের সাথে খুব বাজে ব্যবহার করেছে": done to their sister, not to them
            out = [t.replace("আপনার সঙ্গে", f"আপনার {kin['who']} সঙ্গে") for t in out]
        if self.language == "bn" and not _ABUSED_BN.search(ctx.case.text):
            # "ফোন করে বিরক্ত করছে" alone: the calls, no abuse they never told of
            out = [t.replace("একজনের সঙ্গে বাজে ব্যবহার করেছেন এবং ফোন করে", "একজনকে ফোন করে")
                   for t in out]  # fmt: skip
        if (kin := _KIN_AT.search(ctx.case.text)) is not None:
            # "আমার বোনকে রাতে বারবার ফোন করে": the sister named, not "someone in your family"
            who, of = kin["who"], _KIN_OF[kin["who"]]
            out = [t.replace("আপনার পরিবারের একজনকে", f"আপনার {who}কে")
                   .replace("আপনার পরিবারের একজনের", f"আপনার {of}") for t in out]  # fmt: skip
        return out

    # -- shared pieces -----------------------------------------------------------------
    def greet(self, ctx: Ctx) -> str:
        if not ctx.author:
            return ""
        return f"@{ctx.author}" if ctx.short else self.p.s["hello"].format(name=ctx.author)

    def sign(self, ctx: Ctx) -> str:
        if not ctx.owner:
            return ""
        return f"^{ctx.owner}" if ctx.short else f"– {ctx.voice.signature}"

    def channel(self, ctx: Ctx, *, ask: str = "", action: str = "") -> str:
        v, s = ctx.voice, self.p.s
        send = s["send"].format(details=ask) if ask else ""
        then = s["then"].format(action=action or s["sort"])
        way = route(ctx)
        if way == "dm":
            return s["dm"].format(dm=v.dm_handle, send=send, then=then)
        if way == "phone":
            return s["phone"].format(phone=v.support_phone, send=send, then=then)
        if way == "email":
            phone = (s["or_call"].format(phone=v.support_phone)
                     if v.support_phone and not phoned_in_vain(ctx.case.text) else "")  # fmt: skip
            if ask and "send_email" in s:  # "lähetä sähköpostia ... ja kerro": one "lähetä"
                send = s["send_email"].format(details=ask)
            return s["email"].format(email=v.support_email, phone=phone, send=send, then=then)
        if v.support_phone and not phoned_in_vain(ctx.case.text):
            return s["phone"].format(phone=v.support_phone, send=send, then=then)
        return s["generic"].format(send=send, then=then)

    def first_kind(self, ctx: Ctx) -> ProblemKind:
        kind = lead_kind(ctx.plan)
        # "paketti tuli viikossa": it came, late; there is nothing to trace
        return ProblemKind.OTHER if kind is ProblemKind.DELIVERY_LATE and self._came(ctx) else kind

    def _came(self, ctx: Ctx) -> bool:
        """The late delivery has arrived ("tuli vasta viikossa", "অবশেষে এসেছে")."""
        return any(
            came_late(p, ctx.reading, ctx.case.text)
            for p in ctx.plan.problems
            if p.kind is ProblemKind.DELIVERY_LATE
        )

    def details(self, ctx: Ctx, limit: int = 3) -> str:
        # a courier's parcel is found by its tracking number: it has no order number of ours
        own = ctx.voice.delivers_itself and "tracking" in self.p.s
        said = [self.p.s["tracking"] if own and d is Detail.ORDER else self.p.details[d]
                for d in ctx.plan.details[:limit]]  # fmt: skip
        return listing(said, conj=self.p.conj)

    def lead(self, ctx: Ctx) -> str:
        return ctx.lead or self.p.s["senior"]

    def _offer(self, offer: Offer, ctx: Ctx, *, public: bool = False) -> str:
        """The offer's line, the public one where ``public``; a refund with nothing asked of
        them is done now, not "once I have the details"; a plan cancelled already stays so."""
        kept = "cancel_kept_public" if public else "cancel_kept"
        if (
            offer is Offer.CANCEL
            and kept in self.p.s
            and kept_cancelled(ctx.reading, ctx.case.text)
        ):
            return self.p.s[kept]  # "peruin jo maaliskuussa": it stays cancelled
        claim = "claim_rule_public" if public else "claim_rule"
        if offer is Offer.NO_REFUND and claim in self.p.s and _claim_the_rule_pays(ctx):
            # goods lost or taken from a parcel in our care: the rule's claim, not "no refund"
            return self.p.s[claim]
        asked = "exchange_asked_public"
        if public and offer is Offer.EXCHANGE and asked in self.p.s and ctx.reading.asked(
                AskKind.EXCHANGE):  # fmt: skip
            return self.p.s[asked]  # "haluan uuden pussin": promised, not offered (as in English)
        line = self.p.offers_public[offer] if public else self.p.offers[offer]
        if (
            offer is Offer.CANCEL
            and "cancel_before" in self.p.s
            and (charge := _BEFORE_CHARGE.search(ctx.case.text))
            and not kept_cancelled(ctx.reading, ctx.case.text)
        ):  # "lopettakaa se ennen seuraavaa veloitusta 15.3.": before that charge, said so
            on = f" {charge['date']}" if charge["date"] else ""
            return self.p.s["cancel_before"].replace("{date}", on).replace("..", ".")
        if offer is Offer.CANCEL_IF and "by_tomorrow" in self.p.s and _BY_TOMORROW.search(
                ctx.case.text):  # fmt: skip
            # "কালকের মধ্যে না পেলে বাতিল করব": the day they gave, not "in time"
            line = line.replace(self.p.s["in_time"], self.p.s["by_tomorrow"])
        if offer is Offer.MONEY_BACK and "money_back_if" in self.p.s and _ONLY_ASKED.search(
                ctx.case.text) and not _HANDED_OVER.search(ctx.case.text):  # fmt: skip
            # "৫০ টাকা বখশিশ চাইল": asked for, not said to be paid: back if it was
            return self.p.s["money_back_if"]
        now = not public and not ctx.plan.details and "refund_now" in self.p.s
        if now and offer is Offer.REFUND:
            line = self.p.s["refund_now"]
        if offer in (Offer.MONEY_BACK, Offer.REFUND) and "to_card" in self.p.s and TO_CARD.search(
                ctx.case.text):  # fmt: skip
            # "haluan rahat takaisin kortille, en lahjakorttia": back the way they asked
            line = line.replace(self.p.s["to_you"], self.p.s["to_card"])
        return line

    def fill(self, template: str, ctx: Ctx) -> str:
        amounts = ctx.reading.facts.amounts
        # a swap turned down, not a voucher turned down ("en lahjakorttia")
        refused = any(k is not AskKind.FREE for a in ctx.reading.asks for k in a.refused)
        swap = ctx.voice.can_exchange and not refused
        values = {
            "lead": self.lead(ctx), "part": ctx.plan.part or self.p.s["part"],
            # one amount named is the one asked for; "from 50 to 80 tk" names none of them
            "money": amounts[0] if len(amounts) == 1 else self.p.s.get(
                "for_missing", self.p.s["in_full"]) if _part_missing(ctx) else self.p.s["in_full"],
            "amount": f" ({amounts[0]})" if len(amounts) == 1 else "",
            "refused": self.p.s["not_swap"] if refused else "",
            # "perua Club-tilaukseni kesäkuun alusta": from when, as they set it
            "cancelled": self._cancelled(ctx) + (
                (f" {when['last'].casefold()} toimituksen jälkeen" if when["last"] else
                 f" {when['when'].casefold()}")
                if (when := _FROM_MONTH.search(ctx.case.text)) else ""),
        }  # fmt: skip
        # "rahat takaisin jos ei perjantaihin mennessä tule": the day the condition hangs on
        by = _FI_BY.search(ctx.case.text)
        values["by"] = f" {by[0].casefold()}" if by else ""
        if not by and (on := _FI_IF_ON.search(ctx.case.text)):
            # "jos paketti ei ole perillä perjantaina": the day, as "perjantaihin mennessä"
            values["by"] = f" {_FI_UNTIL[on['day'].casefold()]} mennessä"
        if self.p.new_part is not None:
            values["new_part"] = self.p.new_part(values["part"])
        values["other"] = self.p.s["other_swap" if swap else "other_review"].format(**values)
        values["fee"] = self.p.s["fee_back" if ctx.voice.can_refund else "fee_ask"].format(**values)
        return template.format(**values)

    def _cancelled(self, ctx: Ctx) -> str:
        """ "it" after a problem said back; else the order the post numbers ("tilauksesi
        NW-55123"); with the day it takes effect where they set one ("kesäkuun lopusta
        alkaen")."""
        what = self._cancelled_what(ctx)
        if self.language == "fi" and (when := _FI_CANCEL_FROM.search(ctx.case.text)):
            start = "alusta" if when["edge"].startswith("al") else "lopusta"
            return f"{what} {when['month'].casefold()} {start} alkaen"
        return what

    def _cancelled_what(self, ctx: Ctx) -> str:
        refs = ctx.reading.facts.references
        asked = " ".join(w for a in ctx.reading.asks if a.kind.value == "cancel" for w in a.because)
        if _ACCOUNT.search(asked) and "cancel_account" in self.p.s:  # "অ্যাকাউন্ট বন্ধ করতে চাই"
            return self.p.s["cancel_account"]
        if _SUBSCRIBED.search(asked):  # "haluan lopettaa tilaukseni": what is cancelled, named
            return self.p.s["cancel_sub"]
        if not ctx.plan.problems and len(refs) == 1:
            return self.p.s["cancel_order"].format(ref=refs[0])
        if _CANCEL_WHAT.search(ctx.case.text):  # "haluan perua Northwind-tilaukseni"
            return self.p.s["cancel_sub"]
        return self.p.s["cancel_it"]

    # -- the moves --------------------------------------------------------------------
    def sorry(self, ctx: Ctx, said: list[str]) -> str:
        s = self.p.s
        if not said and ctx.plan.stance == "request":
            return s["noted"]  # "cancel my Club, please": done, with no apology for nothing
        if not said:
            return s["sorry_none"]
        burned = self._burned(ctx)
        said = self._with_burn(ctx, said)
        praised = ctx.plan.stance == "mixed" and not ctx.reading.is_sarcastic and "kind_words" in s
        if len(said) > 1:
            # "cortado on kaupungin paras, mutta odotin 25 min ja sain väärän juoman": the
            # praise heard before the apology for each thing
            each = s["sorry_many"].format(what=listing(said[:3], conj=self.p.conj))
            if burned:
                each = f"{each} {s['hope']}"
            return f"{s['kind_words']} {each}" if praised else each
        angry = ctx.reading.decisions.angry or ctx.case.anger >= 0.6
        # a price or a policy is not conceded in public ("this mustn't happen"), nor a failing
        # they say was their own, nor a health scare or a legal threat before a person reads it
        conceded = not (
            all(p.kind in OPINIONS for p in ctx.plan.problems)
            or own_fault(ctx.case.text)
            or ctx.reading.flags
        )  # fmt: skip
        key = (
            "sorry_sarcastic"
            if ctx.reading.is_sarcastic
            else ("sorry_angry" if conceded else "sorry_very")
            if angry
            else "sorry"
        )
        line = cap(s[key].format(what=said[0]))
        if (
            "hope" in s
            and ctx.reading.flagged(FlagKind.HEALTH_SAFETY)
            and (FELL_ILL.search(ctx.case.text) or burned or _HURT_LOCAL.search(ctx.case.text))
        ):
            # "koko yö meni oksentaessa": how they are comes first
            many = "hope_many" in s and s.get("many_mark", "\0") in said[0]
            kin = s.get("hope_kin", "")  # "tyttäresi sai allergisen reaktion": how *she* is
            first = said[0].split(" ", 1)[0].casefold()
            # "রাইডার আপনার মাকে ধাক্কা দিয়েছেন": the one hurt named inside the clause
            kin_in = s.get("kin_said")
            if (kin and not many and first in kin.split("|")) or (
                kin_in and regex.search(kin_in, said[0])
            ):
                line = f"{line} {s['hope_other']}"
            else:
                line = f"{line} {s['hope_many' if many else 'hope']}"
        line = f"{line} {fear}" if (fear := self._fear(ctx)) else line
        if praised:  # "pitkä jono, mutta cortado oli täydellinen. Kiitos!": their praise is heard
            return f"{s['kind_words']} {line}"
        return line

    def _fear(self, ctx: Ctx) -> str:
        """ "এখন ভয় লাগছে কারণ সে আমার ঠিকানা জানে": their fear is heard, their safety first."""
        return self.p.s.get("feared", "") if FEARED.search(ctx.case.text) else ""

    def repeat(self, ctx: Ctx) -> str:
        if not ctx.plan.repeat:
            return ""
        # "তৃতীয়বারের মতো বলছি", "kirjoitan jo kolmatta kertaa": the third time they had to
        # tell us, not a third failure
        if (chased := _CHASED.search(ctx.case.text)) and (
            line := self.p.s.get(f"chased_{_NTH[chased['n'].casefold()]}")
        ):
            return line
        nth = {2: "second", 3: "third"}.get(ctx.plan.times)
        return self.p.s[nth] if nth and nth in self.p.s else self.p.s["before"]

    def _needed(self, ctx: Ctx) -> str:
        """ "if it isn't delivered today", "ঈদের আগে দরকার ছিল", "কালকের মধ্যে না পেলে": the
        day they need it by, heard (not in sarcasm: "juuri tätä kaipasinkin ennen joulua")."""
        s = self.p.s
        if _TODAY.search(ctx.case.text) and "needed_today" in s:
            return s["needed_today"]
        if (
            "needed_by" in s
            and not ctx.reading.is_sarcastic
            and (by := _BEFORE_HOLIDAY.search(ctx.case.text))
        ):
            when = by[0] + ("ের আগে" if by[0].endswith("বার") else "")
            # "পরশু ... বিয়ে": before the day after tomorrow; "কাল ... বিয়ে": by tomorrow
            when = {"পরশু": "পরশুর আগে", "কাল": "কালকের মধ্যে",
                    "আগামীকাল": "আগামীকালের মধ্যে"}.get(when, when)  # fmt: skip
            return s["needed_by"].format(when=when)
        return ""

    def complaint(self, ctx: Ctx) -> Drafts:
        said, kind = self.said(ctx), self.first_kind(ctx)
        offers = " ".join(
            self.fill(self._offer(o, ctx, public=True), ctx)
            for o in ctx.plan.offers[:2]
            if o in self.p.offers_public
        )
        if (
            not offers
            and "balance_back" in self.p.s
            and any(_lost_balance(p) for p in ctx.plan.problems)
        ):  # "saako ne takaisin?": the stamps are put back, said in public too
            offers = self.p.s["balance_back"]
        action = self._action(ctx, kind)
        if action == self.p.s.get("action_cancel") and "action_cancel_public" in self.p.s and (
                Offer.CANCEL in ctx.plan.offers[:2]):  # fmt: skip
            # "Peruutan tilauksesi puolestasi" said already: the DM confirms it, not again
            action = self.p.s["action_cancel_public"]
        pest = (
            self.p.s.get("pest_checked", "") if pest_seen(ctx.plan.problems, ctx.case.text) else ""
        )
        # the day they need it by is heard in public too, beside any repeat owned
        late = {ProblemKind.DELIVERY_LATE, ProblemKind.DELIVERY_MISSING} & {
            p.kind for p in ctx.plan.problems}  # fmt: skip
        # (not where the offer already says the day: "কালকের মধ্যে পৌঁছে দিতে ... না পারলে")
        said_by_offer = {Offer.CANCEL_IF, Offer.REFUND_IF} & set(ctx.plan.offers[:2])
        needed = self._needed(ctx) if late and not said_by_offer else ""
        parts = [
            self.greet(ctx),
            self.sorry(ctx, said) + (f" {pest}" if pest else ""),
            " ".join(x for x in (self.repeat(ctx), needed) if x),
            offers,
            self.channel(ctx, ask=self.details(ctx, 2), action=action),
            self.sign(ctx),
        ]
        public = fit(parts, limit=ctx.case.limit, optional=(2, 5))
        if parts[2] and parts[2] not in public:
            # "Kolmas kerta": the repeat owned in public outranks the details, which the DM
            # asks for anyway
            lean = [*parts[:4], self.channel(ctx, action=action), parts[5]]
            kept = fit(lean, limit=ctx.case.limit, optional=(5,))
            if parts[2] in kept and not kept.endswith("…") and len(kept) <= ctx.case.limit:
                parts, public = lean, kept
        if len(public) > ctx.case.limit or public.endswith("…"):  # details wait for the DM,
            parts[4] = self.channel(ctx, action=action)  # what they asked for does not
            public = fit(parts, limit=ctx.case.limit, optional=(3, 2, 5))
        if offers and offers not in public and len(said) == 1:
            # the money back they asked for outranks the emphasis ("Näin ei saa käydä.")
            parts[1] = cap(self.p.s["sorry"].format(what=said[0]))
            plain = fit(parts, limit=ctx.case.limit, optional=(2, 5))
            public = plain if offers in plain else public
        if (rule := self._rule_asked(ctx)) and rule not in public:
            # "এটা কি আপনাদের নিয়ম?": the rule's first clause, in public, where it fits
            told = [*parts[:2], rule, *parts[2:]]
            answered = fit(told, limit=ctx.case.limit, optional=(3, 6))
            if rule not in answered or answered.endswith("…"):  # the details wait for the DM
                told[5] = self.channel(ctx, action=action)
                answered = fit(told, limit=ctx.case.limit, optional=(3, 6))
            if (rule not in answered or answered.endswith("…")) and len(said) == 1:
                # the answer to their question outranks the emphasis ("এমনটা হওয়া উচিত নয়।")
                told[1] = cap(self.p.s["sorry"].format(what=said[0]))
                answered = fit(told, limit=ctx.case.limit, optional=(3, 6))
            if rule in answered and not answered.endswith("…"):
                public = answered
        return public, self.offline(ctx, said)

    def _rule_asked(self, ctx: Ctx) -> str:
        """The configured rule they asked about ("is this your rule?"), its first clause as a
        sentence in the reply's language; "" where none was asked or it is not translated."""
        rule = ctx.plan.rule
        if rule is None or not rule.translated or not rule_asked(ctx.case.text, rule):
            return ""
        stop = self.p.s.get("stop", ".")
        if WHO_PAYS.search(ctx.case.text):  # "আমার টাকা কে দিবে?": the clause that pays
            clauses = regex.split(r",?\s+(?:and|আর|ja)\s+", rule.text.rstrip(".।"))
            if pays := next((c for c in clauses if _PAYS.search(c)), None):
                return cap(pays) + stop
        return cap(first_clause(rule.text)) + stop

    def _action(self, ctx: Ctx, kind: ProblemKind) -> str:
        """What their reply lets us do: what they asked for first (their money, a
        cancellation), else the problem's own fix."""
        s, offers = self.p.s, ctx.plan.offers
        if Offer.REFUND in offers and "action_refund" in s:
            return s["action_refund"]  # the money they asked for, not a trace
        if (
            Offer.CANCEL in offers
            and "action_cancel" in s
            and not kept_cancelled(ctx.reading, ctx.case.text)
        ):
            return s["action_cancel"]  # "I don't want it any more": nothing to trace
        if (
            kind is ProblemKind.ACCOUNT
            and "action_taken_over" in s
            and taken_over(ctx.case.text) is not None
        ):  # someone else in their account: shut out first
            return s["action_taken_over"]
        if kind is ProblemKind.WRONG_ITEM and ctx.voice.delivers_itself and "action_handled" in s:
            # a courier sends no goods: what went missing in its hands is looked into
            return s["action_handled"]
        return self.p.actions.get(kind, s["sort"])

    def _burned(self, ctx: Ctx) -> bool:
        return (
            "burned" in self.p.s and ctx.reading.flagged(FlagKind.HEALTH_SAFETY)
            and BURNT.search(ctx.case.text) is not None
        )  # fmt: skip

    def _with_burn(self, ctx: Ctx, said: list[str]) -> list[str]:
        """ "barista kaatoi kuuman latten käsivarrelle, iso rakkula. Kukaan ei pyytänyt
        anteeksi": the burn is said first, then what else went wrong."""
        if said and self._burned(ctx) and not any(BURNT.search(w) for w in said):
            return [self.p.s["burned"], *said]
        return said

    def heard(self, ctx: Ctx, said: list[str]) -> str:
        s = self.p.s
        said = self._with_burn(ctx, said)
        owned = len(said) > 1 or ctx.plan.repeat or ctx.reading.decisions.angry or any(
            p.kind is ProblemKind.NO_RESPONSE for p in ctx.plan.problems)  # fmt: skip
        me = s["me"].format(owner=ctx.owner) if ctx.owner and owned else ""
        if len(said) > 1:
            stop = self.p.s.get("stop", ".")
            points = "\n".join(f"- {cap(x)}{stop}" for x in said)
            return f"{s['heard_many'].format(n=len(said))}\n{points}\n\n{me}".strip()
        if not said and ctx.plan.stance == "request":
            return f"{s['noted']} {me}".strip()
        what = said[0] if said else s["this"]
        if what == s["this"] and said and not ctx.reading.is_sarcastic:
            # unsure what went wrong: their own words, not "you told us this happened"
            why = tuple(b for p in ctx.plan.problems for b in p.because)
            quote = key_sentence(ctx.case.text, naming=why)
            return f"{s['heard_quote'].format(quote=quote)} {me}".strip()
        heard = s["heard"].format(what=what)
        if fear := self._fear(ctx):
            heard = f"{heard} {fear}"
        return f"{heard} {me}".strip()

    def next_step(self, ctx: Ctx) -> str:
        owner = ctx.owner or self.p.s["team"]
        past = arrived(ctx.plan) or self._came(ctx)  # it came: no trace to open
        cancelled = Offer.CANCEL in ctx.plan.offers  # "I don't need it any more": no date to give
        called = phoned_in_vain(ctx.case.text)  # a call nobody picked up: we call them
        table = (
            {**self.p.steps, **self.p.own_delivery} if ctx.voice.delivers_itself else self.p.steps
        )
        if ctx.voice.delivers_itself and (
            _SENDER.search(ctx.case.text) or contents_taken(ctx.case.text)
        ):
            # "পাঠানো পার্সেল কাস্টমার হাতে পেয়ে দেখে ... শাড়ি নাই": the merchant sent it; goods
            # gone from it are a claim on us, not something to settle with a seller (they are one)
            claim = self.p.own_delivery.get(ProblemKind.DAMAGED)
            if claim:
                table = {**table, ProblemKind.WRONG_ITEM: claim}
        if "step_marketing" in self.p.s and UNWANTED_MARKETING.search(ctx.case.text):
            table = {**table, ProblemKind.OTHER: self.p.s["step_marketing"]}
        if "step_taken_over" in self.p.s and taken_over(ctx.case.text) is not None:
            # someone else in their account: locked, what they did undone, the charges checked
            table = {**table, ProblemKind.ACCOUNT: self.p.s["step_taken_over"]}
        if (
            "step_grind" in self.p.s
            and subscribed(ctx.case.text)
            and any(
                pr.kind is ProblemKind.WRONG_ITEM and grind_wrong(pr.because)
                for pr in ctx.plan.problems
            )
        ):  # the subscription's grind: its setting fixed, and a right bag sent now
            table = {**table, ProblemKind.WRONG_ITEM: self.p.s["step_grind"]}
        if "step_money_back" in self.p.s and {Offer.MONEY_BACK, Offer.FEE_BACK} & set(
            ctx.plan.offers
        ):  # the money promised back above is sent, not "checked" again
            table = {**table, ProblemKind.BILLING: self.p.s["step_money_back"]}
        if (
            "step_redeliver" in self.p.s
            and _MARKED_AWAY.search(ctx.case.text)
            and not _PICKUP_WORD.search(ctx.case.text)
        ):  # "'কাস্টমার পাওয়া যায়নি' লিখে দিয়েছে": the parcel brought again first, then why
            table = {**table, ProblemKind.DELIVERY_HANDLING: self.p.s["step_redeliver"]}
        if "step_pickup" in self.p.s and _PICKUP_WORD.search(ctx.case.text):
            # a pickup nobody came for: a rider sent for it comes first, then why
            table = {**table, ProblemKind.DELIVERY_HANDLING: self.p.s["step_pickup"]}
        if (
            "step_served" in self.p.s
            and is_visit(ctx.case.text)
            and not GOODS_SENT.search(ctx.case.text)
        ):
            # a drink or bun served at the café: its manager hears of it, not the roasters
            table = {
                **table,
                ProblemKind.QUALITY: self.p.s["step_served"],
                ProblemKind.WRONG_ITEM: self.p.s["step_served"],
            }
        if (
            "step_exacted" in self.p.s
            and exacted(ctx.reading, ctx.case.text)
            and RIDER.search(ctx.case.text)
        ):
            # "৳১০০ বেশি না দিলে পার্সেল দিবে না": the money back, and the rider's conduct taken up
            table = {**table, ProblemKind.BILLING: self.p.s["step_exacted"]}
        steps = [self.p.s["step_call"] if called and pr.kind is ProblemKind.NO_RESPONSE
                 else self.p.s["step_balance"] if "step_balance" in self.p.s and _lost_balance(pr)
                 else table.get(pr.kind, self.p.s["step_other"]) for pr in ctx.plan.problems
                 if not ((past or cancelled) and pr.kind is ProblemKind.DELIVERY_LATE)]  # fmt: skip
        steps = list(dict.fromkeys(steps[:3]))
        if not ctx.plan.details and "after_details" in self.p.s:
            # nothing asked of them ("Tilaus NW-61024" is given): no waiting for details
            after, now = self.p.s["after_details"], self.p.s["at_once"]
            steps = [st.replace(f"{after},", now).replace(after, now) for st in steps]
        if Offer.REFUND in ctx.plan.offers and "step_refund" in self.p.s:
            # an explicit refund decides the next step; with nothing asked of them, no waiting
            now = "step_refund_now" if not ctx.plan.details else "step_refund"
            steps = [self.p.s.get(now, self.p.s["step_refund"])]
        if not steps and Offer.CANCEL in ctx.plan.offers:
            return ""  # the cancellation itself is the step, already said
        steps = steps or [self.p.s["step_other"]]
        then = self.p.s.get("step_then")  # steps that have "ja" inside: ", ja sitten" between them
        said = then.join(steps) if then and len(steps) > 1 else listing(steps, conj=self.p.conj)
        if (
            ctx.owner and "next_mine" in self.p.s
        ):  # who signs does it: "selvitän", not "Aino selvittää"
            return self.p.s["next_mine"].format(steps=cap(self._first_person(said)))
        return self.p.s["next"].format(owner=owner, steps=said)

    def _first_person(self, steps: str) -> str:
        old, new = self.p.mine_suffix
        words = []
        for w in steps.split(" "):
            bare = w.rstrip(",.")
            mine = self.p.mine.get(bare) or (
                bare[: -len(old)] + new if old and bare.endswith(old) else bare
            )
            words.append(mine + w[len(bare) :])
        return " ".join(words)

    def signature(self, ctx: Ctx) -> str:
        v = ctx.voice
        return "\n".join(x for x in (v.signature, v.support_email, v.support_phone) if x)

    def hello(self, ctx: Ctx) -> str:
        if not ctx.author and "hello_press" in self.p.s and ctx.reading.speaker.value == "press":
            return self.p.s["hello_press"]  # a reporter is no "dear customer"
        if not ctx.author and "hello_merchant" in self.p.s and _MERCHANT.search(ctx.case.text):
            return self.p.s["hello_merchant"]  # "আমি পার্সেলির মার্চেন্ট": not "dear customer"
        if not ctx.author and "hello_none" in self.p.s:  # "Dear," alone reads cut off
            return self.p.s["hello_none"]
        return self.p.s["hello"].format(name=ctx.author).replace(" ,", ",")

    def offline(self, ctx: Ctx, said: list[str]) -> str:
        s, kind = self.p.s, self.first_kind(ctx)
        # "these: a photo?" reads wrong for one thing; "one thing: the model and the version"
        # for two
        asked = self.details(ctx)
        one = len(ctx.plan.details) == 1 and f" {self.p.conj} " not in asked
        ask = s["ask_one" if one else "ask"].format(action=self._action(ctx, kind), details=asked)
        goodwill = ctx.plan.goodwill
        late = {ProblemKind.DELIVERY_LATE, ProblemKind.DELIVERY_MISSING} & {
            p.kind for p in ctx.plan.problems}  # fmt: skip
        kinds = {p.kind for p in ctx.plan.problems}
        rule_line = cap(sentence(ctx.plan.rule.text, self.p.s.get("stop", "."))) if (
            ctx.plan.rule and ctx.plan.rule.translated) else ""  # fmt: skip
        claimed = bool(rule_line) and Offer.NO_REFUND in ctx.plan.offers and (
            _claim_the_rule_pays(ctx)) and "claim_rule" in s  # fmt: skip
        paragraphs = [
            self.hello(ctx), self.heard(ctx, said), self.repeat(ctx),
            # someone else in their account: what they can do this minute
            s["change_password"] if ProblemKind.ACCOUNT in kinds and "change_password" in s and (
                taken_over(ctx.case.text) is not None) else "",
            # someone of ours who keeps contacting them: kept away, starting now
            self._keep_away(ctx) if ProblemKind.STAFF in kinds and "keep_away" in s and (
                UNWANTED_CONTACT.search(ctx.case.text)) else "",
            self._payout_overdue(ctx),
            # "এর বিচার চাই": what is done about it, told them
            s["action_told"] if ProblemKind.STAFF in kinds and "action_told" in s and (
                ACTION_DEMANDED.search(ctx.case.text)) else "",
            self._needed(ctx),
            # "খুব দরকারি ওষুধ ছিল": what waits in a late parcel, heard as urgent
            s["urgent_goods"] if late and "urgent_goods" in s and _URGENT_GOODS.search(
                ctx.case.text) else "",
            ask if ctx.plan.details else "",
            # the rule that pays a claim comes before the claim's line ("I can't sign it off
            # myself, so our team lead confirms it"), as in English
            rule_line if claimed else "",
            " ".join(self.fill(self._offer(o, ctx), ctx) for o in ctx.plan.offers),
            # our rule on what happened, as configured: asked about or broken
            "" if claimed else rule_line,
            s["goodwill"].format(goodwill=goodwill) if goodwill else "",
            s["parting"] if ctx.plan.part_ways else self.next_step(ctx),
            "" if ctx.plan.part_ways else self.follow(ctx),
            self.signature(ctx),
        ]  # fmt: skip
        return "\n\n".join(x for x in paragraphs if x)

    def _keep_away(self, ctx: Ctx) -> str:
        """No more contact from that rider: with the one he pestered, where the post names
        someone in their family ("আমার বোনকে ... ফোন করে")."""
        line = self.p.s["keep_away"]
        if (kin := _KIN_AT.search(ctx.case.text)) is not None:
            line = line.replace("আপনার সঙ্গে", f"আপনার {_KIN_OF[kin['who']]} সঙ্গে")
        return line

    def _payout_overdue(self, ctx: Ctx) -> str:
        """ "১০ দিন হয়ে গেল": past the payout time the brand's FAQ promises (in the reply's
        language), said so; "" where the post gives no wait or the FAQ no promise."""
        if "payout_overdue" not in self.p.s or not any(
            p.kind is ProblemKind.PAYOUT for p in ctx.plan.problems
        ):
            return ""
        for entry in ctx.voice.faq:
            local = entry.translations.get(self.language, "")
            if (promised := _PROMISED_DAYS.search(local)) is None:
                continue
            waited = _WAITED_DAYS.search(ctx.case.text)
            if waited is None:
                return ""
            days = (_count(waited["n"]) if waited["n"] else 7 * (
                _WEEKS.get(waited["w"].casefold()) or _count(waited["w"])))  # fmt: skip
            if days <= _count(promised["n"]):
                return ""
            return self.p.s["payout_overdue"].format(promised=promised[0], waited=waited[0])
        return ""

    def follow(self, ctx: Ctx) -> str:
        group = follow_group(ctx.plan, ctx.voice, ctx.case.text, came=self._came(ctx))
        key = f"follow_{group}" if f"follow_{group}" in self.p.s else "follow"
        return self.p.s[key].format(date=f"{ctx.follow_up:%d.%m.%Y}")

    def praise(self, ctx: Ctx) -> Drafts:
        s, r = self.p.s, ctx.reading
        thanks = s["thanks_stars"] if r.rating is not None and r.rating >= 5 else s["thanks"]
        if "kind_words" in s and _GRANTED.search(ctx.case.text):
            # "jono oli pitkä, mutta latte oli herkullinen. Kiitos!": the kind words thanked,
            # the queue they let go of not made a complaint
            thanks = s["kind_words"]
        text, brand = ctx.case.text.casefold(), ctx.case.brand.split()[0].casefold()
        items = [i for i in r.facts.items if brand not in i.casefold()]  # not "Northwindin Kallion"
        staff = any(w in text for w in s["staff_words"].split("|"))
        many = "staff_many_words" in s and any(w in text for w in s["staff_many_words"].split("|"))
        middle = s["praise_staff_many"] if many else s["praise_staff"] if staff else (
            s["praise_item"].format(item=items[0]) if items else s["praise_team"])  # fmt: skip
        if staff and not many and "staff_to" in s:
            # "paras flat white ... ja barista oli tosi ystävällinen": the drink and the one
            # who made it, each by name, not "the one you praised"
            roles = dict(pair.split("=") for pair in s["staff_to"].split("|"))
            if whom := next((to for role, to in roles.items() if role in text), None):
                middle = s["praise_staff_named"].format(whom=whom)
                if items:
                    middle = f"{s['praise_item'].format(item=items[0])} {middle}"
        # "Kunpa pussissa vain olisi vetoketju": the wish beside the praise is heard too
        wish = s.get("wish_heard", "") if wishes(ctx.case.text) else ""
        if not wish and (gripe := self._gripe(ctx)):
            # "শুধু অ্যাপটা মাঝে মাঝে খুব স্লো হয়ে যায়": the one gripe of a warm review, in
            # their words, passed on
            wish = s["gripe_heard"].format(gripe=gripe)
        return fit([self.greet(ctx), thanks, middle, wish, self.sign(ctx)],
                   limit=ctx.case.limit, optional=(4, 3)), None  # fmt: skip

    def _gripe(self, ctx: Ctx) -> str:
        """The clause after "only"/"but" ("শুধু", "তবে", "mutta", "vaikka") of a warm post,
        where it reads as a fault of its own; "" otherwise."""
        if "gripe_heard" not in self.p.s or ctx.reading.is_sarcastic:
            return ""
        m = _LOCAL_BUT.search(ctx.case.text)
        if m is None:
            return ""
        clause = m["but"].strip(" ,.")
        from monitor.reading.read import read

        kinds = {p.kind for p in read(clause, language=self.language).problems}
        # (a queue granted beside praise, "vaikka jono oli pitkä", is let go, not passed on)
        return clause if kinds - {ProblemKind.WAIT} else ""

    def _fact(self, ctx: Ctx) -> str | None:
        return ctx.plan.fact.text.rstrip(".") if ctx.plan.fact else None

    def rumour(self, ctx: Ctx) -> Drafts:
        s, fact = self.p.s, self._fact(ctx)
        chan = self.channel(ctx, action=s["answer_q"])
        if fact is None:  # a claim no fact answers is left to a person (compose)
            return None, None
        # a health scare is not called untrue before anyone has checked: the facts, as they are
        scare = ctx.reading.flagged(FlagKind.HEALTH_SAFETY)
        # what someone may have done (a parcel opened) is not denied outright: how we guard
        # against it (as in English)
        conduct = ctx.plan.fact is not None and "theft" in ctx.plan.fact.shared
        # "that's why I get so many spam calls": the calls on their phone are not "untrue"
        lived = _CONTACTED.search(ctx.case.text) is not None
        opener = s["rumour_how"] if ctx.plan.fact_from_faq or conduct or lived else (
            s["rumour_wrong"])  # fmt: skip
        if scare:
            opener = s.get("rumour_scare", s["rumour_how"])
        stated = s["facts"]
        if lived and not scare and not conduct and "rumour_lived" in s:
            # the spam on their phone heard, the rule given, a breach wanted to be known
            opener, stated = s["rumour_lived"], s["rule_is"]
        parts = [self.greet(ctx), opener, stated.format(fact=fact), chan, self.sign(ctx)]
        public = fit(parts, limit=ctx.case.limit, optional=(1, 4))
        alone = ctx.plan.fact.alone if ctx.plan.fact else None
        if public.endswith("…") and alone:
            # both facts, without the way in: "closed for hygiene?" is answered by the
            # inspection and by no café closing, and the thread is where they asked
            both = fit([parts[0], parts[1], parts[2], "", parts[4]], limit=ctx.case.limit,
                       optional=(1, 4))  # fmt: skip
            if not both.endswith("…"):
                public, parts[3] = both, ""
        if public.endswith("…") and alone:  # two facts don't fit: the first here, both by DM
            parts[2] = stated.format(fact=alone.rstrip("."))
            public = fit(parts, limit=ctx.case.limit, optional=(1, 4))
        if opener not in public:  # "not true" kept, in fewer words, before the sign-off
            short = opener.split(",", 1)[0].split(":", 1)[0].rstrip(".।")
            if len(short.split()) <= 2 and ":" in opener:
                # "Kiitos, että kysyit: suhtaudumme ... vakavasti.": what is said after the
                # thanks, not a bare "Kiitos." before the facts
                short = cap(opener.split(":", 1)[1].strip()).rstrip(".।")
            parts[1] = short + s.get("stop", ".")
            public = fit(parts, limit=ctx.case.limit, optional=(1, 4))
        offline = "\n\n".join(x for x in (
            self.hello(ctx),
            s["rumour_offline"].format(fact=fact, claim=key_sentence(
                ctx.case.text, about=ctx.plan.fact.shared if ctx.plan.fact else frozenset())),
            s["rumour_lived_where"] if lived and "rumour_lived_where" in s else s["rumour_where"],
            self.signature(ctx)) if x)  # fmt: skip
        return public, offline

    def _where(self, ctx: Ctx) -> str:
        v = ctx.voice
        return ", ".join(c for c in (v.support_email, v.support_phone, v.dm_handle) if c) or (
            self.p.s["dm_us"])  # fmt: skip

    def press(self, ctx: Ctx) -> Drafts:
        s, fact, brand = self.p.s, self._fact(ctx), ctx.case.brand
        sig = f"– {ctx.voice.signature}" if ctx.owner else ""
        if ctx.plan.stance == "request":  # a reporter asks for comment: promise a signed-off one
            due = s["press_due"] if _DEADLINE.search(ctx.case.text) else ""
            # their DMs open: the comment goes there, no list of our ways in
            where = "" if DMS_OPEN.search(ctx.case.text) else s["press_asked_where"].format(
                where=self._where(ctx))  # fmt: skip
            public = [s["press_asked"].format(brand=brand, due=due), where, sig]
            fact_line = s["press_fact"].format(fact=fact) if fact else ""
            offline = "\n\n".join(x for x in (
                self.hello(ctx), s["press_asked_note"].format(due=due), fact_line,
                self.signature(ctx)) if x)  # fmt: skip
            return fit(public, limit=ctx.case.limit, optional=(1,)), offline
        if ctx.plan.critical:
            parts = [s["press_read"].format(brand=brand),
                     s["press_where"].format(where=self._where(ctx)), sig]  # fmt: skip
        else:
            parts = [s["press_thanks"].format(brand=brand),
                     s["press_q"].format(where=self._where(ctx)), sig]  # fmt: skip
        where = s["press_where" if ctx.plan.critical else "press_q"]
        offline = "\n\n".join(x for x in (
            self.hello(ctx),
            s["press_note"].format(brand=brand, title=key_sentence(ctx.case.text)),
            s["press_fact"].format(fact=fact) if fact else s["press_offer"],
            where.format(where=self._where(ctx)), self.signature(ctx)) if x)  # fmt: skip
        return fit(parts, limit=ctx.case.limit, optional=(2,)), offline

    def community(self, ctx: Ctx) -> Drafts:
        s, fact, answer = self.p.s, self._fact(ctx), ctx.plan.answer
        who = s["here"].format(owner=ctx.owner or s["team"], brand=ctx.case.brand)
        if ctx.plan.stance == "rumour" and fact:
            middle = s["press_fact"].format(fact=fact)
        elif answer is not None and ctx.plan.stance == "question":
            middle = sentence(answer.text, s.get("stop", "."))
        elif ctx.plan.problems:
            middle = s["community_sorry"].format(what=self.clause(ctx.plan.problems[0], ctx))
        else:
            middle = s["community_q"]
        return fit([who, middle, self.channel(ctx, action=s["answer_q"])],
                   limit=ctx.case.limit), None  # fmt: skip

    def question(self, ctx: Ctx) -> Drafts:
        s, answer = self.p.s, ctx.plan.answer
        stop = s.get("stop", ".")
        middle = sentence(answer.text, stop) if answer is not None else s["find_out"]
        felt: str | None = None  # a DM carrying what is still being checked
        if (
            answer is not None
            and not PREGNANT.search(ctx.case.text)
            and "care_felt" in s
            and FELT_AFTER.search(ctx.case.text)
            and ctx.reading.flagged(FlagKind.HEALTH_SAFETY)
        ):  # "sydän hakkasi koko illan ... käytän sydänlääkitystä": what they felt, their
            # doctor, and the answer without a sales line; the caffeine level is checked
            first = regex.split(r"(?<=[.।])\s", answer.text, maxsplit=1)[0].rstrip(".।")
            middle = f"{s['care_felt']} {sentence(first, stop)}"
            if "decaf_checking" in s and HOW_DECAF.search(ctx.case.text):
                felt = "\n\n".join((self.hello(ctx), s["care_felt"], sentence(first, stop),
                                     s["decaf_checking"], self.signature(ctx)))  # fmt: skip
        if answer is not None and PREGNANT.search(ctx.case.text) and "care_pregnant" in s:
            # asked out of care for a pregnancy: the worry heard, the answer without a sales line
            first = regex.split(r"(?<=[.।])\s", answer.text, maxsplit=1)[0].rstrip(".।")
            care = s["care_pregnant"]
            if "care_pregnant_felt" in s and FELT_AFTER.search(ctx.case.text):
                care = s["care_pregnant_felt"]  # what she felt, and her midwife or doctor
            middle = f"{care} {sentence(first, stop)}"
            if "decaf_checking" in s and HOW_DECAF.search(ctx.case.text):
                # how much caffeine is left: checked, and said in the DM with the rest
                checking = s["decaf_checking"]
                felt = "\n\n".join((self.hello(ctx), care, sentence(first, stop), checking,
                                     self.signature(ctx)))  # fmt: skip
        place = (
            not_there_bn(ctx.case.text, answer.text)
            if self.language == "bn" and answer is not None
            else not_there_fi(ctx.case.text, answer.text)
            if self.language == "fi" and answer is not None and "not_there" in s
            else None
        )
        areas = None
        kept_other = ""  # another question's answer kept beside a plain no
        if self.language == "bn" and answer is not None and not place:
            # "বরিশালে ৩ কেজি পাঠাতে খরচ কত?": the price entry lists no places; where we deliver
            # is in the areas entry, and a place not in it is a plain no, not a price
            for item in ctx.voice.faq:
                listed = item.translations.get("bn", "")
                if "shipping" not in entry_topics(item.topics, item.question):
                    continue  # only where we deliver lists where we deliver
                if listed and (place := not_there_bn(ctx.case.text, listed)):
                    areas = listed
                    break
        if (
            answer is not None
            and not place
            and "pay_not" in s
            and (way := payment_not_listed(ctx.case.text, answer.text, ctx.case.brand))
        ):  # "käykö Smartum-saldo?": not on the list of ways to pay, said plainly first
            middle = f"{s['pay_not'].format(way=way)} {middle}"
        if (
            answer is not None
            and self.language == "bn"
            and "not_on_day" in s
            and (day := not_on_day_bn(ctx.case.text, answer.text))
        ):  # "শুক্রবারেও ডেলিভারি দেয়?": the plain no, then the days we do deliver
            middle = f"{s['not_on_day'].format(day=day)} {middle}"
        if place and not areas and answer is not None and answer.several:
            # "খুলনায় দেয়? ঢাকা থেকে ৩ কেজি কত?": a place we don't serve has no price; the plain
            # no and where we do deliver, and the rate card left out
            served = (e.translations.get(self.language, "") for e in ctx.voice.faq
                      if "shipping" in entry_topics(e.topics, e.question))  # fmt: skip
            areas = next((t for t in served if t and t in answer.text), None)
            if areas:
                # "রাজশাহীতে দেয়? আর ক্যাশ অন ডেলিভারি কি সব জায়গায়?": an answer to another
                # question of its own stays beside the plain no (a price does not)
                also = [t for e in ctx.voice.faq
                        if "price" not in entry_topics(e.topics, e.question)
                        and (t := e.translations.get(self.language, "")) and t != areas
                        and t in answer.text]  # fmt: skip
                kept_other = " ".join(sentence(t, stop) for t in also)
                answer = replace(answer, several=False, partial=False)
        if place and areas:
            middle = f"{s['not_there'].format(place=place)} {sentence(areas, stop)}"
        elif place:  # "খুলনায় ডেলিভারি দেয়?": the plain no first, then where we do deliver
            middle = f"{s['not_there'].format(place=place)} {middle}"
        if self.language == "bn" and answer is not None and not answer.several and not areas:
            # "সিলেট থেকে ঢাকায় ২ কেজি ... কত খরচ?": the sum done from the configured card
            entry = next((e for e in ctx.voice.faq if e.question == answer.question), None)
            if entry is not None and (worked := price_bn(ctx.case.text, entry.answer)):
                middle = worked
        action = s["more_help"] if answer is not None else s["come_back"]
        # after a plain no, "how many days would it take?" is answered by it: nothing is left
        rest = s["find_rest"] if answer is not None and answer.partial and not place else ""
        if rest:
            action = s["come_back"]
        # short of room, "the rest I'm checking" goes before the answer is cut: the channel's
        # "I'll come back to you with the rest" still says it
        parts = [self.greet(ctx), middle, rest, self.channel(ctx, action=action), self.sign(ctx)]
        public = fit(parts, limit=ctx.case.limit, optional=(2, 4))
        if kept_other:
            # the other question's answer: whole where it fits, else its first clause here and
            # all of it in the DM
            parts[1] = f"{middle} {kept_other}"
            public = fit(parts, limit=ctx.case.limit, optional=(2, 4))
            if public.endswith("…"):
                head = regex.split(r"(?<=;)\s|(?<=[.।])\s", kept_other, maxsplit=1)[0]
                parts[1] = f"{middle} {sentence(head.rstrip(';.।'), stop)}"
                parts[3] = self.channel(ctx, action=s.get("send_full", s["come_back"]))
                public = fit(parts, limit=ctx.case.limit, optional=(2, 4))
                full = "\n\n".join((self.hello(ctx), f"{middle} {kept_other}",
                                     self.signature(ctx)))  # fmt: skip
                return public, full
            return public, None
        if public.endswith("…") and answer is not None and answer.several:
            # two answers do not fit: each one's first clause where both fit, else the first
            # here, and the way in for the rest
            # (a plain no said first stays first: "not Khulna", then where we do deliver)
            no = f"{s['not_there'].format(place=place)} " if place else ""
            parts[1:4] = [no + heads(answer.text, stop, asked=ctx.case.text), "",
                          self.channel(ctx, action=s["more_help"])]  # fmt: skip
            public = fit(parts, limit=ctx.case.limit, optional=(4,))
            if public.endswith("…"):
                first = regex.split(r"(?<=[.।])\s", answer.text, maxsplit=1)[0]
                # the rest of the answer is known: it is sent, not looked for
                sent = s.get("send_full", s["come_back"])
                parts[1:4] = [no + sentence(first.rstrip(".।"), stop), "",
                              self.channel(ctx, action=sent)]  # fmt: skip
                public = fit(parts, limit=ctx.case.limit, optional=(4,))
            # the full answer the public reply points to, ready for the DM
            full = "\n\n".join((self.hello(ctx), sentence(answer.text, stop), self.signature(ctx)))
            return public, full
        if public.endswith("…") and answer is not None:
            # one answer too long for the post: its first clauses, whole, and all of it in the
            # DM, rather than a sentence cut off in the middle and no way in
            whole = regex.split(r"(?<=;)\s", answer.text)  # whole clauses, longest first,
            shorter = [" ".join(whole[:k]) for k in range(len(whole) - 1, 0, -1)]
            # then the first part of a list alone ("tauolle enintään kolmeksi kuukaudeksi"),
            # with where it is done, if the answer says ("kohdassa Account > Subscription")
            where = _WHERE_DONE.search(answer.text)
            first = answer.text.split(", ", 1)[0]
            cancel = s.get("cancel_where")
            if (
                cancel
                and where
                and ctx.reading.asked(AskKind.CANCEL)
                and _CANCELS.search(answer.text)
            ):  # "haluaisin perua Club-tilaukseni": how to cancel, not the pause that leads
                shorter.insert(0, cancel.format(where=where[0]))
            if where and where[0] not in first:
                shorter.append(f"{first} {where[0]}")
            shorter.append(first)
            for short in shorter:
                parts[1] = sentence(short.rstrip(",;"), stop)
                public = fit(parts, limit=ctx.case.limit, optional=(2, 4))
                if not public.endswith("…"):
                    full = "\n\n".join((self.hello(ctx), sentence(answer.text, stop),
                                         self.signature(ctx)))  # fmt: skip
                    return public, full
        return public, felt

    def unsure(self, ctx: Ctx) -> Drafts:
        chan = self.channel(ctx)
        return fit([self.greet(ctx), self.p.s["unsure"], chan, self.sign(ctx)],
                   limit=ctx.case.limit, optional=(3,)), None  # fmt: skip

    def freebie(self, ctx: Ctx) -> Drafts:
        s = self.p.s
        chan = self.channel(ctx, action=s.get("help", s["sort"]))
        return fit([self.greet(ctx), s["free_no"], s["free_fix"], chan,
                    self.sign(ctx)], limit=ctx.case.limit, optional=(2, 4)), None  # fmt: skip

    def warning(self, ctx: Ctx) -> Drafts:
        s, v = self.p.s, ctx.voice
        real = v.dm_handle if ctx.dm_here and v.dm_handle else " / ".join(v.channels)
        reach = s["fake_reach"].format(real=real) if real else ""
        return fit([self.greet(ctx), s["fake_thanks"], s["fake_never"], s["fake_bank"], reach,
                    self.sign(ctx)], limit=ctx.case.limit, optional=(3,)), None  # fmt: skip

    def idea(self, ctx: Ctx) -> Drafts:
        s = self.p.s
        return fit([self.greet(ctx), s["idea_thanks"], s["idea_passed"], s["idea_no_promise"],
                    self.sign(ctx)], limit=ctx.case.limit, optional=(3,)), None  # fmt: skip

    def follow_up(self, ctx: Ctx) -> str:
        said = self.said(ctx)
        about = self.p.s["followup_about"].format(what=said[0]) if said else ""
        return "\n\n".join(x for x in (
            self.hello(ctx), self.p.s["followup"].format(about=about), self.p.s["followup_more"],
            self.signature(ctx)) if x)  # fmt: skip


_GONE_WORDS = (*GONE_WORDS, "ilman")  # "tuli ilman toista pussia": came without one


def _part_missing(ctx: Ctx) -> bool:
    """Part of the order never came: the money for that part goes back, not the whole order's
    ("rahat takaisin siitä puuttuvasta pussista")."""
    return any(
        p.kind is ProblemKind.WRONG_ITEM and any(w in " ".join(p.because).casefold() for w in
                                                 _GONE_WORDS)
        for p in ctx.plan.problems
    )  # fmt: skip


_BALANCE = rx.compile(r"leim|pistee|পয়েন্ট", regex.I)


# "perua tilaukseni kesäkuun loppuun mennessä": when it takes effect (a "lopusta" or
# "alusta" the Finnish book already says back)
_FI_CANCEL_FROM = rx.compile(
    r"\b(?P<month>\w+kuun) (?P<edge>loppuun|lopussa|alkuun|alussa)\b", regex.I
)
_ORDER_WAITS = (ProblemKind.DELIVERY_LATE, ProblemKind.DELIVERY_MISSING)
_MINUTES = rx.compile(r"\bmin|minuut|মিনিট", regex.I)


def _lost_balance(pr: Problem) -> bool:
    """An app fault that lost their stamps or points ("hukkasi kaikki mun leimat")."""
    return pr.kind is ProblemKind.APP_BUG and bool(_BALANCE.search(" ".join(pr.because)))


# where a thing is done, as an answer says it: "kohdassa Account > Subscription", "under
# Profile > Plus"
# the clause of a rule that says what is paid ("... ঘোষিত মূল্য দেওয়া হয়")
_PAYS = rx.compile(r"\bpay|\brefund|দেওয়া হয়|ফেরত|\bmaksa|\bkorva", regex.I)
_CANCELS = rx.compile(r"\bperu|\bcancel|বাতিল", regex.I)  # the answer says how to cancel
_WHERE_DONE = rx.compile(r"\b(?:kohdassa|under|in)\s+\p{Lu}[\p{L} ]*>\s*\p{Lu}\p{L}*")
