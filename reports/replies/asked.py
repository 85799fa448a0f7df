"""What a reply asks the customer for: only what the problem needs and the post has not
already given (an order number for an order, the device for an app fault, the account email
for a subscription, the date and place of a shop visit), never what they said is there."""

from __future__ import annotations

from enum import StrEnum

import regex

from monitor import rx
from monitor.reading.problems import SHOWN_ALREADY
from monitor.reading.types import AskKind, ProblemKind, Reading
from reports.replies.check import EMAIL
from reports.replies.check import ONLINE as _ONLINE
from reports.replies.said import (
    INSIDE_FINE,
    LOST_BALANCE,
    NO_WAY,
    RESEND_PROMISED,
    UNWANTED_CONTACT,
    channel_of,
    charged_early,
    emailed_in_vain,
    grind_wrong,
    long_lost,
    phoned_in_vain,
)


class Detail(StrEnum):
    """A detail we may ask for, each only where it fits the problem."""

    ORDER = "order"  # the order number
    PHOTO = "photo"
    DEVICE = "device"  # phone model and app version
    APP_VERSION = "app_version"  # the phone is named already: only the app's version
    ACCOUNT_EMAIL = "account_email"
    VISIT = "visit"  # the date, time and which shop or café
    CHARGES = "charges"  # dates and amounts of the charges, never card numbers
    ADDRESS = "address"  # the delivery address, for a parcel to trace
    PHONE = "phone"  # a number to call back on
    CONTACT_USED = "contact_used"  # the address they wrote from, to find the lost thread
    WHEN = "when"  # when it happened (a call, a delivery), where there is no shop to name
    DATE = "date"  # the date of a shop visit whose place the post already names
    SITE = "site"  # which shop or café, for a visit whose day the post already names
    BROWSER = "browser"  # the browser and device, for a fault on the website
    WHERE_USED = "where_used"  # app or website unsaid: which one, and the device
    MERCHANT = "merchant"  # a merchant's ID and the payout's dates, for a payout owed to them
    MERCHANT_ID = "merchant_id"  # a merchant's ID alone: what finds a charge on their account
    CODE_PHONE = "code_phone"  # the number a login code should reach, for a code that never came
    BOOKING = "booking"  # a pickup's booking number: a pickup has no parcel number to trace yet
    SCREENSHOTS = "screenshots"  # of messages or calls they never wanted, if they will share them


# the words of a wrong-item problem that say part of the order never came
GONE_WORDS = (
    "missing",
    "without",
    "puuttu",
    "vain ",
    "vaan ",
    "বাদ",
    "পাইনি",
    "didn't",
    "never came",
    "never arrived",
    "did not",
)  # ("the hand grinder didn't")
ORDER_KINDS = frozenset(
    {ProblemKind.DELIVERY_LATE, ProblemKind.DELIVERY_MISSING, ProblemKind.DELIVERY_HANDLING,
     ProblemKind.DAMAGED, ProblemKind.WRONG_ITEM, ProblemKind.REFUND_PENDING}
)  # fmt: skip
_VISIT = rx.compile(
    # (a kitchen counter is no visit: "spits the grounds onto the counter")
    r"\b(caf[eé]|shop|branch|barista|(?<!\b(?:onto|on|over|across|off|all over) (?:the|my|our)"
    r" (?:kitchen )?)counter(?!top)|queue|table(?!t|spoon)|waiter|restaurant|latte|cappuccino|"
    r"flat white|bun|croissant|sandwich|cake|pastry|muffin|scone|cookie|espresso|mocha|drink|"
    r"cortado|americano|macchiato|(?:oat|soy|almond|coconut|plant)[- ]?milk|"
    r"till|takeaway|seat\w*|"
    r"toilet|bathroom|restroom|washroom|"
    r"kahvila|myymälä|myyjä|kassa|tarjoilija|liike|(?<!puhelimessa |linjalla )jono|dokan|vessa"
    r"|pöydät|pöytä|latesta|lattea"
    r"|latessa|lattessa|kupissa|baristo"
    r"|pulla|korvapuusti)\w*|ক্যাফে|দোকান|শাখা"
    # a drink made to order is served at a café ("a soy hot chocolate at Northwind")
    r"|\bhot choc(?:olate|o)?s?\b|\bchai latte\b",
    regex.I,
)


# a login code or OTP: what they wait for is sent to a number, so the number is asked for
LOGIN_CODE = rx.compile(r"\b(?:otps?|codes?|sms|verification|one[- ]time)\b|ওটিপি|কোড", regex.I)
# "লগইন করতে গেলে OTP আসেই না": the code that does not come, where the login is what was read
_CODE_NOT_COMING = rx.compile(
    r"\b(?:otp|code|sms|pin)\b[^.!?।\n]{0,12}(?:আসে ?না|আসেই না|আসছে না|আসেনি|আসে নাই"
    r"|never (?:comes|arrives|came|arrived)|not (?:coming|arriving)|doesn'?t (?:come|arrive))"
    r"|ওটিপি[^।?!\n]{0,12}(?:আসে ?না|আসেই না|আসছে না|আসেনি|আসে নাই)",
    regex.I,
)
_APP_DETAIL = {"app": Detail.DEVICE, "website": Detail.BROWSER, None: Detail.WHERE_USED}


_PICKUP_BOOKED = rx.compile(r"\b(?:pick-?ups?|collections?)\b|পিকআপ|\bnouto\w*", regex.I)
_PAYOUT_DATE = rx.compile(
    r"[০-৯\d]{1,2} ?তারিখ|\b\d{1,2}\.\d{1,2}\.|(?:শনি|রবি|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার"
    r"|গত সপ্তাহের|\bdue (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)\b"
    r"|\bdue (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    regex.I,
)


def details(reading: Reading, text: str, source: str = "") -> tuple[Detail, ...]:
    """Only what the problem needs and the post has not already given."""
    facts, out = reading.facts, []
    for p in reading.problems:
        kind = p.kind
        visit = is_visit(text) or bool(facts.places)
        # served over the counter, not beans or a box sent by post ("espresso grind" names no visit)
        served = visit and not GOODS_SENT.search(text)
        if kind in ORDER_KINDS and _PLAN.search(text) and not facts.references:
            # "second month in a row my Club beans show up late": a subscription's box is
            # found by the account, it has no order number of its own to quote
            out.append(Detail.ACCOUNT_EMAIL)
        elif (kind in ORDER_KINDS and not (served and kind is ProblemKind.WRONG_ITEM)) or (
            kind is ProblemKind.DEFECT and not visit
        ):  # a wrong drink at the counter has no order number: the visit finds it
            out.append(Detail.ORDER)
        if kind is ProblemKind.DEFECT and visit:
            out.append(Detail.VISIT)
        gone = kind is ProblemKind.WRONG_ITEM and (
            any(w in " ".join(p.because).casefold() for w in GONE_WORDS) or served
        )  # a wrong drink at the counter is drunk or sent back: no photo of it
        fine = kind is ProblemKind.DAMAGED and INSIDE_FINE.search(text) is not None
        # a grind that came wrong shows in the order's settings, not in a photo of the beans
        fine = fine or (kind is ProblemKind.WRONG_ITEM and grind_wrong(p.because))
        if (kind in (ProblemKind.DAMAGED, ProblemKind.WRONG_ITEM) and not gone and not fine) or (
            kind is ProblemKind.DEFECT and not visit and _SEEN.search(" ".join(p.because))
        ):  # a grinder that "stopped working" (or a lid not in the box) shows nothing in a
            # photo; a cracked jug does
            out.append(Detail.PHOTO)
        if (
            kind is ProblemKind.DELIVERY_MISSING
            and not long_lost(text)
            and not (
                RESEND_PROMISED.search(text)  # a resend was promised: we had the address then
            )
            # "refund me, don't resend": the money back needs no trace to an address
            and not (reading.asked(AskKind.REFUND) and _NO_RESEND.search(text))
        ):
            out.append(Detail.ADDRESS)  # (lost for weeks: traced already, the address known)
        if kind is ProblemKind.APP_BUG and LOST_BALANCE.search(" ".join(p.because)):
            # stamps are kept on the account; ones never added at a café counter are no fault
            # of the phone
            out.append(Detail.ACCOUNT_EMAIL)
            if not _COUNTER.search(text):
                out.append(_APP_DETAIL[channel_of(text, source)])
        elif kind is ProblemKind.APP_BUG and any(
            SHOWN_ALREADY.search(b) or _WRONG_STATUS.search(b) or _TRACKING_CODE.search(b)
            for b in p.because
        ):
            # tracking that showed a parcel where it no longer was: the parcel's number finds
            # the scans to correct, the phone has nothing to do with it
            out.append(Detail.ORDER)
        elif kind is ProblemKind.APP_BUG and not (
            p.because and all(NO_WAY.match(b) for b in p.because)
        ):
            # a setting the app lacks ("no way to turn them off") is no fault to reproduce
            out.append(_APP_DETAIL[channel_of(text, source)])
        if kind is ProblemKind.PAYOUT and not facts.references:
            # "গত ১২ তারিখের COD", "the payout from 3 March": the date is given, the ID is not
            dated = bool(facts.dates) or bool(_PAYOUT_DATE.search(text))
            out.append(Detail.MERCHANT_ID if dated else Detail.MERCHANT)
        if kind is ProblemKind.ACCOUNT and (
            LOGIN_CODE.search(" ".join(p.because)) or _CODE_NOT_COMING.search(text)
        ):
            out.append(Detail.CODE_PHONE)  # "the OTP never comes": the number it goes to
        elif kind in (ProblemKind.ACCOUNT, ProblemKind.SUBSCRIPTION) and not facts.references:
            out.append(Detail.ACCOUNT_EMAIL)  # a ticket or order number finds the account too
        if kind is ProblemKind.BILLING:
            if not facts.references:
                # a charge on a delivery (a fee, cash taken at the door) is found by its
                # parcel; any other by the account
                on = Detail.MERCHANT_ID if MERCHANT.search(text) else Detail.ORDER
                parcel = _ON_A_DELIVERY.search(text) and not _PLAN.search(text)  # Plus: account
                # a charge at the café counter is found by the visit, not by an account
                out.append(on if parcel else Detail.VISIT if served else Detail.ACCOUNT_EMAIL)
            out += [] if facts.amounts or charged_early(text) else [Detail.CHARGES]
        if kind is ProblemKind.NO_RESPONSE:  # a call nobody picked up: we call them
            if phoned_in_vain(text):
                out.append(Detail.PHONE)
            elif (
                _CHAT.search(text)
                and not _WROTE.search(_BOT_SAID.sub(" ", _CHAT.sub(" ", text)))
                and not facts.references
            ):
                out.append(Detail.ACCOUNT_EMAIL)  # an in-app chat is found by the account
            elif _WROTE.search(text) and not _CALLED.search(text) and not facts.references:
                # the address they wrote from finds the thread (a ticket or order number does
                # too); a call has none
                out.append(Detail.CONTACT_USED)
        if kind in (
            ProblemKind.STAFF,
            ProblemKind.WAIT,
            ProblemKind.FOOD_SAFETY,
            ProblemKind.QUALITY,
        ):
            out.append(_where_it_happened(kind, text, visit=visit))
        if kind is ProblemKind.STAFF and UNWANTED_CONTACT.search(text) and _SENT.search(text):
            out.append(Detail.SCREENSHOTS)  # the messages themselves show what was sent
    if (
        reading.asked(AskKind.CALLBACK) or reading.asked(AskKind.ESCALATION)
    ) and not _HAVE_NUMBER.search(text):
        out.insert(0, Detail.PHONE)  # the call they asked for comes first, in a short post too
    skip = set()
    if facts.references:
        skip.add(Detail.ORDER)
    if facts.device:
        skip.add(Detail.DEVICE)
        if Detail.DEVICE in out and not _VERSION.search(text):  # "Pixel 7" but which app build
            out.append(Detail.APP_VERSION)
    # "Tampereen kahvilassa", "Visited Northwind Kallio café": the site is named
    place_named = bool(facts.places) or bool(_BRAND_SITE.search(text))
    if place_named and (facts.dates or _DAY.search(text)):  # "Kamppi today" names the visit
        skip.add(Detail.VISIT)
        out = [d for d in out if d is not Detail.VISIT]
    if Detail.WHEN in out and (facts.dates or _DAY.search(text)):
        # "outside his school this morning": when it happened is told already
        out = [d for d in out if d is not Detail.WHEN]
    # a merchant's own ID is no parcel's number ("merchant ID M-20418")
    parcels = [
        r for r in facts.references if not _MERCHANT_REF.search(text, 0, max(0, text.find(r)))
    ]
    if _MANY_PARCELS.search(text) and MERCHANT.search(text) and not parcels:
        # a seller's several lost parcels are found by the merchant account, not one order's
        # number and a delivery address
        kept: list[Detail] = [d for d in out if d not in (Detail.ORDER, Detail.ADDRESS)]
        # (a payout's merchant ID and dates already name the account)
        given = len(parcels) != len(facts.references) or Detail.MERCHANT in kept
        out = kept if given else [*kept, Detail.MERCHANT_ID]
    # the account it is to be cancelled on; an order's number already says which order
    if reading.asked(AskKind.CANCEL) and not out and not facts.references:
        out.append(Detail.ACCOUNT_EMAIL)
    if _MERCHANT_ID_GIVEN.search(text):  # "merchant ID 45821": the account is named already
        skip.update({Detail.MERCHANT, Detail.MERCHANT_ID})
    if EMAIL.search(text):  # "account email is j.virtanen@example.com": not asked again
        skip.update({Detail.ACCOUNT_EMAIL, Detail.CONTACT_USED})
    if reading.asked(AskKind.CANCEL):  # cancelling needs the account, not the browser
        out = [d for d in out if d not in (Detail.BROWSER, Detail.DEVICE, Detail.WHERE_USED,
                                           Detail.ADDRESS, Detail.APP_VERSION)]  # fmt: skip
        if facts.repeat:  # leaving after the third time: no photo of it asked once more
            out = [d for d in out if d is not Detail.PHOTO]
    if facts.device:
        skip.add(Detail.WHERE_USED)
    if Detail.ACCOUNT_EMAIL in out:  # the account finds their earlier messages too
        skip.add(Detail.CONTACT_USED)
    kinds = {p.kind for p in reading.problems}
    if (
        _PICKUP_BOOKED.search(text)
        and ProblemKind.DELIVERY_HANDLING in kinds
        and kinds <= {ProblemKind.DELIVERY_HANDLING, ProblemKind.NO_RESPONSE, ProblemKind.BILLING}
        and not facts.references
    ):  # "booked a pickup 3 times, rider never came": found by its booking, not a parcel's
        out = [Detail.BOOKING if d is Detail.ORDER else d for d in out]
    if emailed_in_vain(text):
        # "four emails and every answer a template", "written to help@ three times about being
        # charged twice": what they sent is in those emails; the address they wrote from finds
        # them, and a number where a call is due
        skip.update(
            {Detail.ORDER, Detail.PHOTO, Detail.ADDRESS, Detail.ACCOUNT_EMAIL, Detail.CHARGES}
        )
    if _PHOTOS_SENT.search(text):  # "I emailed photos to help@ on 12 March": we have them
        skip.add(Detail.PHOTO)
    # (a visit whose place and day are both told is skipped before it is renamed: "Kamppi,
    # Tuesday around 8:30" asks no "date of your visit")
    named = [Detail.DATE if d is Detail.VISIT and place_named else d for d in out
             if not (d is Detail.VISIT and Detail.VISIT in skip)]  # fmt: skip
    if not place_named and (facts.dates or _DAY.search(text)):
        # "a bun at Northwind yesterday": the day is told, only the café is not
        named = [Detail.SITE if d is Detail.VISIT else d for d in named]
    return tuple(dict.fromkeys(d for d in named if d not in skip))


# "I emailed photos to help@ on 12 March", "sent you pictures twice": the photos are with us
_PHOTOS_SENT = rx.compile(
    r"\b(?:i|we)(?:'ve| have| had)?(?: already)? (?:e-?mailed|sent|attached|uploaded|dm'?d|dm'?ed"
    r"|messaged) (?:you |them |it |your team |support )?(?:the |some |two |three |\d+ )?"
    r"(?:photos?|pictures?|pics?|images?|screenshots?)\b"
    r"|\b(?:photos?|pictures?|pics?|images?) (?:already )?(?:e-?mailed|sent|attached|uploaded)\b"
    r"|\blähetin (?:jo )?(?:kuvi\w*|kuvan)\b|ছবি (?:পাঠিয়েছি|দিয়েছি)",
    regex.I,
)
# contact that leaves a record to show: texts, messages, calls
_SENT = rx.compile(
    r"\b(?:text\w*|messag\w*|whatsapp\w*|dm'?s?|dm'?ing|call\w*|ring\w*|voice ?notes?)\b"
    r"|\bviest\w*|\bsoitt?el\w*|মেসেজ|ফোন|কল",
    regex.I,
)
_NO_RESEND = rx.compile(
    r"\b(?:don'?t|do not|no) (?:re-?send|resend|re-?ship|replacement|new one|send (?:it|another))"
    r"|\bnot (?:a )?(?:re-?send|replacement)\b|\bei uutta lähetystä\b",
    regex.I,
)
# what a merchant's own ID follows ("merchant ID M-20418"): no parcel's number
# a status that never caught up: "'in transit' two days after I got it", "in Chattogram while
# it was actually in Mirpur"
# "eikä seurantakoodi toimi", "the tracking number doesn't work": the order's, not the phone's
_TRACKING_CODE = rx.compile(
    r"\bseurant\w*|\btracking (?:code|number|link|id)\b|ট্র্যাকিং (?:নম্বর|কোড|লিংক)", regex.I
)
_WRONG_STATUS = rx.compile(
    r"\b(?:after|though|even though|when|while) (?:i|we) (?:got|received|collected|picked up"
    r"|signed for|had)\b|\b(?:while|when) it was (?:actually|really|already)\b"
    # "ট্র্যাকিং দেখাচ্ছে মিরপুর হাবে, কিন্তু রাইডার বলছে উত্তরা": the scans against the rider's word
    r"|(?:কিন্তু|অথচ)[^।?!\n]{0,40}(?:রাইডার|কুরিয়ার|হাব)\S* (?:বলছে|বলে|বললো|বলল)",
    regex.I,
)
_MERCHANT_ID_GIVEN = rx.compile(
    r"\bmerchant (?:id|no\.?|number|code)\s*[:#]?\s*[\p{L}-]*[\d০-৯]{3,}"
    r"|মার্চেন্ট (?:আইডি|নম্বর|নাম্বার)\s*[:#]?\s*[\p{L}-]*[\d০-৯]{3,}",
    regex.I,
)
_MERCHANT_REF = rx.compile(r"\bmerchant (?:id|no\.?|number|code)\s*[:#]?\s*\Z", regex.I)
# "3 parcels lost this week", "third parcel lost": a seller's several parcels
_MANY_PARCELS = rx.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens) (?:of (?:my|our) )?"
    r"(?:parcels|orders|packages|deliveries|shipments)\b"
    # "the 4th parcel you've lost from my shop": one more of several
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:parcel|package|order|shipment)\b"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:parcel|package|order|shipment) "
    r"(?:\S+ ){0,3}?(?:lost|gone missing|missing)\b",
    regex.I,
)
# "my number is on the account", "you have my number": not asked for again
_HAVE_NUMBER = rx.compile(
    r"\bnumber(?:'s| is)? (?:already )?(?:on|in) (?:my|the|your) (?:account|profile|order|booking"
    r"|system|records|file|dms?|direct messages|inbox)\b"
    r"|\byou (?:already )?(?:have|'ve got) my number\b"
    r"|\bon file\b|\b(?:sent|gave|dm'?e?d) (?:you )?my (?:phone )?number\b"
    r"|(?:\+?880|\b0)1\d{3}[- ]?(?:\d{2,6}|[xX*]{3,6})|\+358 ?\d|\b0[45]\d[- ]?\d{3}",
    regex.I,
)
# a Finnish visit named by its café: "Tampereen kahvilassa", "Kallion myymälässä"
_BRAND_SITE = rx.compile(
    r"\b\p{Lu}\p{L}+ \p{Lu}\p{Ll}+ (?i:caf[eé]|shop|store|branch)\b"
    # "Northwind Kallio: flat white perfect as always": the site, heading the post
    r"|^\s*\p{Lu}\p{L}+ \p{Lu}\p{Ll}+\s*[:–-]"
    # "at your airport café": the one there is
    r"|\b(?i:your|the) (?i:airport|station|railway station|harbou?r|mall|university|campus)"
    r" (?i:caf[eé]|shop|store|branch|kiosk)\b"
    # "Tampereen Northwindissä": the brand's site by its town, in Finnish
    r"|\b\p{Lu}\p{Ll}+n \p{Lu}\p{Ll}+(?:issa|issä|ssa|ssä)\b"
    r"|\b(?i:caf[eé]|shop|store|branch|kiosk) (?i:at|in) the (?i:railway station|train station"
    r"|station|airport|harbou?r|mall|university|campus)\b"
)
_DAY = rx.compile(
    r"\b(today|yesterday|this (morning|afternoon|evening)|last night|tonight|tänään|eilen"
    r"|(on|last) (a )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    # "That was Tuesday.": the day of it, told after
    r"|\bthat was (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # "Tuesday around 8:30", "Saturday at 10am": a weekday told with the time of the visit
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?= (?:morning|afternoon"
    r"|evening|around|about|at|at about|ca\.?) ?\d{0,2})"
    # "Lauantaina noin klo 11", "viime perjantaina": the day of the visit, in Finnish
    r"|\b(?:viime )?(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)"
    r"(?:aamu|ilta|iltapäivä|päivä)?na\b"
    # "tänä aamuna", "eilen illalla": today, yesterday, by the part of the day
    r"|\btänä (?:aamuna|iltapäivänä|iltana|päivänä)\b|\beilen (?:aamulla|illalla|iltapäivällä)\b"
    # "we're at the ER now", "an hour ago": it is happening today
    r"|\b(?:just|right) now\b|\bnow(?=\s*[.!?]|$)|\b(?:an?|one|two|\d+) hours? ago\b"
    r"|আজ|গতকাল",
    regex.I,
)
# an app's version as people quote it ("v4.2.1", "version 4.2", "4.12.0"); "Android 14" is the
# phone's system, not the app
_VERSION = rx.compile(
    r"\bv\d+(?:\.\d+)+\b|\bversion\s+\d|\b\d+\.\d+\.\d+\b|\bversio\s+\d"
    # "Update 4.2 wiped my stamps": the build named by its update
    r"|\b(?:update|build|päivitys|päivityksen|আপডেট)\s+v?\d+(?:\.\d+)+\b"
    # "Android, uusin versio", "latest version", "fully updated": the build is the newest
    r"|\b(?:uusin|uusimmassa|uusimpaan) versio\w*|\blatest (?:version|update|build)\b"
    r"|\b(?:fully )?up to date\b|\bnewest version\b"
    r"|(?:সর্বশেষ|লেটেস্ট|নতুন) (?:আপডেট|ভার্সন|সংস্করণ)",
    regex.I,
)


# a parcel turned away at our counter, so never sent: "refused to take my parcel"
_NOT_TAKEN_IN = rx.compile(
    r"\b(?:refused|wouldn'?t|would not|won'?t)(?: to)? (?:take|accept|book|send) (?:my|our|the)"
    r" (?:\p{L}+ )?(?:parcel|package|box|shipment)\b(?<=\b(?:pickup point|counter|branch|hub"
    r"|office|desk|shop)\b[^.!?\n]{0,60})",
    regex.I,
)


def _where_it_happened(kind: ProblemKind, text: str, *, visit: bool = False) -> Detail:
    """A shop visit is found by its date and place (a place named is a visit: "at Northwind
    Kamppi today"); a courier by the order; else by when."""
    if kind is ProblemKind.STAFF and _ON_THE_ROAD.search(text):
        return Detail.WHEN  # a rider who rode at them in the street: when and where, no parcel
    if kind is ProblemKind.STAFF and _NOT_TAKEN_IN.search(text):
        return Detail.VISIT  # "the pickup point refused to take my parcel": no parcel number yet
    if kind is ProblemKind.STAFF and _ON_A_DELIVERY.search(text):
        return Detail.ORDER  # a rude rider is found by the delivery, not a visit's date and place
    if visit or is_visit(text):
        return Detail.VISIT
    if kind is ProblemKind.QUALITY and _PLAN.search(text) and not _ONLINE.search(text):
        return Detail.ACCOUNT_EMAIL  # "the Club's grind was too coarse": found by the account
    if _ONLINE.search(text) or kind in (ProblemKind.QUALITY, ProblemKind.FOOD_SAFETY):
        return Detail.ORDER
    return Detail.WHEN


# how a rider rode in the street: "on the footpath", "nearly hit my son", "ফুটপাথ", "ধাক্কা"
_ON_THE_ROAD = rx.compile(
    r"\b(?:footpath|pavement|sidewalk|nearly (?:hit|ran over)|almost (?:hit|ran over)|reckless\w*"
    r"|wrong side of the road|ran a red light|knocked (?:\w+ ){1,2}(?:off|over|down)"
    r"|(?:hit|struck|ran into|crashed into|ran over) (?:me|us|him|her|my \w+|our \w+)"
    r"|off (?:his|her|my|their) (?:bike|bicycle|cycle|scooter))\b|ফুটপাথ|ধাক্কা|বেপরোয়া|জোরে বাইক|রং সাইড",
    regex.I,
)
_WROTE = rx.compile(
    r"e-?mail|wrote|written|messag|\bdms?\b|\bform\b|ticket|\bchat\b|sähköpost|viesti|মেইল|মেসেজ",
    regex.I,
)
_ON_A_DELIVERY = rx.compile(
    r"\b(?:(?:re-?)?deliver\w*|parcels?|packages?|riders?|couriers?|cod|shipments?|toimitu\w*"
    r"|paketti\w*|lähety\w*)\b|ডেলিভারি|পার্সেল|রাইডার|কুরিয়ার",
    regex.I,
)
# a merchant's charges are found by the merchant account, not one parcel
MERCHANT = rx.compile(
    r"\b(?:merchant|my shop|my store)\b|মার্চেন্ট|ব্যবসায়ী"
    # "I'm a seller", "seller account": theirs ("the seller says I owe" is the other party)
    r"|\b(?:i'?m an? |i am an? |as an? |fellow |small )seller\b|\bsellers? (?:here|account)\b"
    # "I run a small clothing page on FB": a seller, in their words
    r"|\b(?:run|own|have) an? (?:\p{L}+ ){0,3}(?:shop|store|page|business|boutique)\b"
    # "I sell shoes online", "my buyers are asking for refunds": a seller all the same
    r"|\bI sell \p{L}+|\bmy (?:buyers|customers)\b",
    regex.I,
)
# a subscription's box, in English, Finnish ("Northwind Clubin", "kestotilaus") or Bengali
_PLAN = rx.compile(
    r"\b(?:plus|subscription|membership|club(?:in|ista|iin|ia|iini)?)\b|\bkestotilau\w*"
    r"|\bjäsenyy\w*|প্লাস|সাবস্ক্রিপশন",
    regex.I,
)
# what a bot sends is no message of theirs: "loops the same bot message"
_BOT_SAID = rx.compile(r"\b(?:bot|automatic|automated|canned) (?:message|reply|answer)s?\b",
                          regex.I)  # fmt: skip
_CHAT = rx.compile(r"\b(?:in-?app |live |online )?chat(?: support)?\b", regex.I)
_CALLED = rx.compile(r"\b(?:call|called|calling|rang|phoned|phone)\b", regex.I)
_SEEN = rx.compile(
    r"crack|snap|broke|break|split|chip|bent|melt|leak|drip|spill|burn|fell apart|falls apart"
    r"|popped off|scorch|rust|mou?ld",
    regex.I,
)


_COUNTER = rx.compile(r"\b(?:at|in) the (?:counter|till|café|cafe|shop|store|register)\b", regex.I)


def is_visit(text: str) -> bool:
    """A café or shop visit: its words ("barista", "latte"), and not an order that came by
    post ("order came today ... pre-ground for espresso" names a drink, not a visit)."""
    if not _VISIT.search(text):
        return False
    return not (_SHIPPED.search(text) and not _AT_THE_COUNTER.search(text))


# beans or a box sent by post, not a drink or a bun served over a counter
GOODS_SENT = rx.compile(
    r"\b(?:beans?|grind|ground|club\w*|subscription|sub|webshop|box|bags?|parcel|package|delivery"
    r"|delivered|shipping|shipped|tilaus\w*|paket\w*|pap\w*|pavu\w*|jauha\w*|pussi\w*"
    r"|toimitu\w*|verkkokaup\w*)\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:kg|g|grams?)\b",  # "2x Espresso Blend 1kg": beans by weight
    regex.I,
)
_SHIPPED = rx.compile(
    r"\b(?:order|parcel|package|shipping|shipped|delivery|delivered|in the box|tilaus\w*"
    r"|paketti\w*|toimitu\w*)\b",
    regex.I,
)
_AT_THE_COUNTER = rx.compile(
    r"\b(?:caf[eé]s?|barista|counter|queue|table|waiter|seat\w*|kahvila\w*|jono\w*|tiski\w*)\b"
    r"|ক্যাফে|দোকান|শাখা",
    regex.I,
)


# an app fault that is how another problem showed ("cancel my Club ... it just spins")
