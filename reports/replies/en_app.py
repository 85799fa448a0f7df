"""What an app or a website does wrong, said back in the post's own terms.

"The app crashes every time I hit Pay" is said as "keeps crashing every time you hit Pay";
a crash and lost stamps in one post are both said; an update that "removed the option to
leave instructions" is said as the option it no longer has.
"""

from __future__ import annotations

import regex

from monitor import rx

# (their "your" is ours: "at your Kamppi café" is "at our Kamppi café")
# (their "we" is them and whoever was with them: "the sandwiches we had" -> "you had")
_SWAP = {"my": "your", "me": "you", "i": "you", "i'm": "you're", "mine": "yours", "your": "our",
         "we": "you", "us": "you", "our": "your", "ours": "yours"}  # fmt: skip


_CRASHES = ("crash", "freez", "spin", "hang", "error", "won't load", "timing out", "times out")


def turned(words: str) -> str:
    """Their words with the pronouns turned round: "the roast I paid for" -> "you paid for"."""
    return " ".join(_SWAP.get(w.casefold(), w) for w in words.split())


_APP = (("crash", "keeps crashing"), ("spin", "just spins"), ("won't load", "won't load"),
        ("stuck on", "gets stuck loading"), ("hang", "hangs"),
        ("won't open", "won't open"),
        ("log", "keeps logging you out"), ("kick", "keeps logging you out"),
        ("boot", "keeps logging you out"), ("freez", "keeps freezing"), ("error", "shows an error"),
        ("blank", "shows a blank screen"), ("accept", "won't accept your card"),
        ("timing out", "keeps timing out"), ("times out", "keeps timing out"),
        ("payment", "won't take your payment"))  # fmt: skip

_FORGETS = rx.compile(
    r"\b(?P<v>reset|clear|forget|wipe|lose|losing|resetting|clearing|forgetting|wiping)\w* my "
    r"(?P<what>(?:saved )?(?:address|card|details|cart|basket|login|settings|payment method))",
    regex.I,
)
_ING = {"reset": "resetting", "clear": "clearing", "forget": "forgetting", "wipe": "wiping",
        "lose": "losing"}  # fmt: skip
_SLOW = rx.compile(r"\b(?:slow|takes? (?:forever|ages)|so long) to (?P<what>\p{L}+)", regex.I)
_CODE_REFUSED = rx.compile(
    r"\b(?P<kind>discount|promo|voucher|coupon|gift) code(?: (?P<code>\p{L}*\d+\p{L}*|\p{Lu}{3,}))?"
    r" (?:didn'?t|did not|doesn'?t|does not|won'?t|wouldn'?t) (?:apply|work|go through)\b",
    regex.I,
)
_JUMPS = rx.compile(
    r"\b(?P<what>(?:map )?pin|map|location|cursor|address)s?(?: for (?:my|our|the) \p{L}+)?"
    r" (?:keeps?|kept) (?P<how>jumping|moving|resetting|reverting|snapping)"
    r"(?P<where> to (?:the |a )?(?:wrong|another|other|different) [\p{L} ]{2,25}?)?"
    r"(?=[.,!?;]|$| and\b)",
    regex.I,
)
_DEAD_BUTTON = rx.compile(
    r"\b(?:the |a |my )?(?P<what>(?:[\p{L}-]+ )?(?:button|option|toggle|setting))\b[^.!?\n]{0,25}"
    r"\b(?:(?:never|doesn'?t|does not|won'?t|no longer) (?:works?|respond|responds|do anything"
    r"|does anything)|does nothing|do nothing)\b",
    regex.I,
)
_UNCOUNTED = rx.compile(r"\b(?P<what>points|stamps?|rewards|cashback)\b", regex.I)


_REMOVED = rx.compile(
    r"\b(?:removed|took away|got rid of|dropped) the (?P<what>(?:option|ability|button|feature"
    r"|setting)(?: to [\p{L}' ]{3,50}?)?)(?=[.,!?;:]|$| and\b| but\b| so\b)",
    regex.I,
)


# "Notifications arrive hours late": the app's fault, not the parcel's
_LATE_NOTICE = rx.compile(
    r"\b(?P<what>(?:push )?notifications?|alerts?)\b[^.!?\n]{0,15}?\b(?:arrive|arrives|come"
    r"|comes|show up|shows up|turn up|are|is)\s+(?P<how>(?:\w+ ){0,2}?)late\b",
    regex.I,
)


# "the pause option is hidden three menus deep": the app hides it
_HIDDEN = rx.compile(
    r"\b(?P<what>(?:[\p{L}-]+ ){0,2}?(?:option|setting|button|feature|toggle))s? (?:is |are )?"
    r"(?:hidden|buried)(?P<where> [^.!?,;\n]{0,30}?\bdeep)?",
    regex.I,
)


_LOSES = rx.compile(
    r"\b(?:lose|lost|losing|loses) (?:all )?(?:of )?(?:my|the|our) (?:\d+ )?(?:loyalty )?"
    r"(?P<what>stamps|points|rewards)\b",
    regex.I,
)


def _app_words(said: str, text: str) -> str:
    """What the app does wrong, with the pronouns turned round: "checkout resets my saved
    address" -> "keeps resetting your saved address"."""
    gone = "remov" in said or "took away" in said or "got rid" in said
    if gone and (m := _REMOVED.search(text)):  # "the update removed the option to leave ..."
        return f"no longer has the {m['what'].replace(' my ', ' your ')}"
    found = []
    if m := _FORGETS.search(said):
        verb = m["v"].casefold()
        found.append(f"keeps {_ING.get(verb, verb)} your {m['what'].casefold()}")
    if "hidden" in said or "buried" in said:
        m = _HIDDEN.search(text)
        if m is not None:
            what = regex.sub(r"^(?:the|my|a|your) ", "", m["what"].casefold())
            found.append(f"hides the {what}{m['where'] or ''}")
    if m := _LATE_NOTICE.search(said):
        what = m["what"].casefold()
        found.append(f"sends {what if what.endswith('s') else what + 's'} {m['how']}late")
    if m := _SLOW.search(said):
        found.append(f"is slow to {m['what'].casefold()}")
    if (m := _UNCOUNTED.search(said)) and regex.search(r"n't\b|\b(?:not|never|didnt)\b", said):
        found.append(f"didn't add your {m['what'].casefold()}")
    elif m and regex.search(
        r"\b(?:reset|went back|back to|gone|disappear\w*|vanish\w*|wiped|to (?:0|zero)|ate|eaten"
        r"|swallowed)\b",
                            said):  # fmt: skip
        found.append(f"lost your {m['what'].casefold().removesuffix('s')}s")
    elif m and (lost := _LOSES.search(text)):  # "I lose my stamps progress"
        found.append(f"loses your {lost['what'].casefold()}")
    return " and ".join(found[:2])


_WIPED = rx.compile(
    r"\b(?:wip|delet|eras)\w* (?:all )?(?:\d+ )?(?:of )?(?:my |your |the |our )?(?:\d+ )?"
    r"(?:saved )?(\p{Lu}\p{L}+ |loyalty )?(addresses|"
    r"settings|history|cards|favou?rites|points|stamps|data|preferences)\b",
    regex.I,
)
# what the app does when it fails, where the post says when: "crashes every time I hit Pay"
_WHEN_FAILS = rx.compile(
    r"\b(?:crash\w*|freez\w*|hangs?|hung|closes|shuts down|errors? out|logs (?:me|us) out"
    r"|kicks (?:me|us) out)\b[^.!?\n]{0,12}?\b"
    # (a version's dot is no stop; a bracket closes it: "on iPhone 13 (iOS 17.5)")
    r"(?P<when>(?:when(?:ever)?|every (?:single )?time|each time|as soon as) (?:i|we) "
    r"(?:[^.!?\n,;(]|(?<=\d)\.(?=\d)){3,45}?)"
    r"(?=[.!?\n,;]|$| and\b| but\b| so\b|\s*\()",
    regex.I,
)
_CHECKOUT_FAILED = rx.compile(
    r"\bcheckout (?:\p{L}+ )?(?:failed|kept failing|keeps failing|errored|wouldn'?t go through"
    r"|won'?t go through|didn'?t go through)(?: (?P<times>\d+ times|twice|three times|four times))?"
    r"(?: with (?:my|our) (?P<card>\p{Lu}\p{L}+|card|debit card|credit card))?",
    regex.I,
)
# a status that never caught up with the parcel in their hands
# a status left on a parcel that came: "still shows my parcel as 'in transit'"
_STILL_SHOWS = (
    r"\bstill (?:shows?|says|showing|saying{has}) (?:my |the |our )?(?P<what>parcel|package|order"
    r"|delivery)?\s?(?:as {at})?"
)
_STATUS = r"(?P<status>in transit|out for delivery|on its way|pending|at (?:the )?hub)"
_STALE = rx.compile(
    _STILL_SHOWS.format(has="|has", at="|at ") + rf"['‘\"“]?{_STATUS}"
    r"['’\"”]?\s+(?:[\p{L}\d]+ ){0,3}(?:after|though|even though|even after|when|since) (?:i|we) "
    r"(?:got|received|collected|picked up|signed for|had)\b",
    regex.I,
)
_STALE_QUOTED = rx.compile(
    _STILL_SHOWS.format(has="", at="") + rf"['‘\"“]{_STATUS}['’\"”]", regex.I
)
# it was brought: "the rider today was super polite", "delivered this morning"
_BROUGHT = rx.compile(
    r"\brider\b[^.!?\n]{0,40}\b(?:today|this morning|yesterday|just now)\b|\bin my hands\b"
    r"|\bon my (?:table|desk|doorstep)\b|\b(?:delivered|came|arrived) (?:today"
    r"|this morning|yesterday)\b|\b(?:i|we) (?:got|received) (?:it|my parcel|the parcel)\b",
    regex.I,
)
# "the app showed my parcel stuck at Sylhet hub for 2 days when it was already in Dhaka"
_SHOWN_WRONG = rx.compile(
    r"\b(?:showed|shows|said|says)\s+(?:my|the|our)\s+(?P<what>parcel|package|order|delivery)\s+"
    r"(?P<status>[^.!?\n,]{3,60}?)\s+(?:when|while|though|but)\s+it\s+(?P<was>was|had been|had)\s+"
    r"(?P<adv>already|actually|really|in fact)\s+(?P<where>[^.!?\n,]{2,40}?)\s*(?=[.!?\n,]|$)"
    # "tracking has shown 'pickup pending' for 2 days even though the parcel was delivered"
    r"|\b(?:has shown|have shown|showed|shows|has said|said|says|kept showing|keeps showing)\s+"
    r"(?P<status>['‘\"“][^'’\"”]{3,40}['’\"”](?:\s+for\s+[^.!?\n,]{2,20}?)?)\s+(?:even )?(?:though|"
    r"although|when|while|but)\s+(?:it|the (?P<what>parcel|package|order)|my (?P<what>parcel|"
    r"package|order))\s+(?P<was>was|had been|has been)\s+(?P<where>delivered|arrived)\b"
    # "still show my parcel as 'at hub' when it's literally in my hands"
    r"|\b(?:show|shows|showing|say|says|saying)\s+(?:my|the|our)\s+(?P<what>parcel|package|order)"
    r"\s+(?P<status>as\s+['‘\"“][^'’\"”]{2,30}['’\"”])\s+(?:when|while|though|but)\s+"
    r"(?:it'?s|it is)\s+(?:literally |already |right )?(?P<where>in my hands|here|with me)\b",
    regex.I,
)
_QUOTED_STATUS = rx.compile(r"['‘\"“](?P<status>[^'’\"”]+)['’\"”](?P<rest>.*)$")
_NOT_CREDITED = rx.compile(
    r"\b(?:doesn'?t|does not|don'?t|didn'?t|did not|isn'?t|never|still not|not) (?:show|list"
    r"|credit|have|has)\w* (?:me )?(?:the |my |our |any )?(?P<what>(?:\p{L}+ )?(?:stamps|points"
    r"|rewards))\b(?P<when> (?:from|for) (?:last|this) \p{L}+)?",
    regex.I,
)
# "the app refused my loyalty stamps ... and I lost the free drink I'd saved up for"
_STAMPS_REFUSED = rx.compile(
    r"\b(?:refused|rejected|declined|wouldn'?t (?:take|accept|scan|count)|won'?t (?:take|accept"
    r"|scan|count)) (?:my |the |our )?(?P<what>(?:loyalty |reward |club )?(?:stamp card|stamps?"
    r"|points|rewards?))\b(?:[^.!?\n]{0,40}\b(?P<verb>lost|lose|missed out on|missed) "
    r"(?P<reward>(?:the|my|a) free (?:drink|coffee|bag|latte|cup)))?",
    regex.I,
)
_NO_WAY = rx.compile(r"\bno way to (?P<what>\p{L}+ (?:\p{L}+ ){0,3}?\p{L}+)$", regex.I)
_REJECTS = rx.compile(
    r"\b(?:checkout|the form|the app|the site|the website)\s+(?:keeps\s+)?(?:rejects|rejecting"
    r"|won'?t accept|doesn'?t accept|refuses)\s+(?:my\s+|the\s+|our\s+)?"
    r"(?P<what>(?:[\w-]+\s+){0,2}?(?:postcode|postal code|zip(?: code)?|address|phone number"
    r"|discount code|code|email))\b",
    regex.I,
)
_THEM = rx.compile(
    r"\b(?:push )?(?:notifications|alerts|e-?mails|messages|reminders|texts|pings)\b", regex.I
)
_FAILS = frozenset(
    {"keeps crashing", "keeps freezing", "hangs", "gets stuck loading", "keeps logging you out"}
)


def _when_it_fails(text: str) -> str:
    """When the app fails, in the post's words with the pronouns turned round."""
    m = _WHEN_FAILS.search(text)
    if m is None:
        return ""
    return turned(m["when"])


# "order ahead now says the café is closed when I'm standing inside it": a status they can see
# is wrong
_SHOWS_SHUT = rx.compile(
    r"\b(?P<who>app|order[- ]ahead|website|site|map)\b[^.!?\n]{0,20}\b(?:says|shows|showing|said"
    r"|showed|claims|tells me|told me) (?:that )?(?:the |my |our |your )?(?P<what>(?:\p{L}+ ){0,2}?"
    r"\p{L}+) (?:is|are|was|were|as) "
    r"(?P<state>closed|shut|unavailable|out of stock|sold out|offline)\b"
    r"(?=[^.!?\n]{0,20}\b(?:when|while|but|even though|though|although)\b)",
    regex.I,
)


def shown_shut(m: regex.Match[str], *, alone: bool) -> str:
    """ "(order-ahead) shows the café as closed when it's open": what is shown, and by what
    where another fault comes first."""
    who = m["who"].casefold()
    who = "order-ahead" if who.startswith("order") else f"the {who}"
    state = m["state"].casefold()
    really = "it's open" if state in ("closed", "shut") else "it isn't"
    shows = f"shows the {m['what']} as {state} when {really}"
    return shows if alone else f"{who} {shows}"


def app_fault(said: str, text: str) -> str:
    """The fault (see ``_fault``), and a status shown wrong beside it: "wiped your stamps, and
    order-ahead shows the café as closed when it's open"."""
    fault, shut = _fault(said, text), _SHOWS_SHUT.search(text)
    if not shut:
        return fault
    if not fault or fault.startswith("isn"):
        return shown_shut(shut, alone=True)
    return f"{fault}, and {shown_shut(shut, alone=False)}"


def _fault(said: str, text: str) -> str:
    """The fault, from the words behind the problem (``said``) and the post (``text``): data
    it wiped, or what fails (and when) and what else it broke; "" when none is named."""
    wiped = _WIPED.search(said)
    if wiped:
        lost = f"wiped your {wiped[1] or 'saved '}{wiped[2].casefold()}"
        # "wiped my stamps ... ordering ahead also crashes at checkout": both faults said
        also = next(
            (v for k, v in _APP if k in _CRASHES and regex.search(rf"\b{k}", text, regex.I)), ""
        )
        when = _when_it_fails(text) if also in _FAILS else ""
        if not also and (failing := _ALSO_FAILS.search(text)):
            # "Order-ahead also fails at checkout half the time": the second fault, said too
            what = failing["what"].casefold()
            often = failing["often"].casefold() if failing["often"] else ""
            where = f" at {failing['at'].casefold()}" if failing["at"] else ""
            return f"{lost}, and {what} fails{where}{often}"
        return f"{lost} and {also}{f' {when}' if when else ''}" if also else lost
    if stale := _STALE.search(text):  # "still shows 'in transit' two days after I got it"
        what = (stale["what"] or "parcel").casefold()
        return f"still shows your {what} as “{stale['status']}” though it reached you"
    if (stale := _STALE_QUOTED.search(text)) and _BROUGHT.search(text):
        # "rider today was super polite ... but the app still shows my parcel as 'in transit'"
        what = (stale["what"] or "parcel").casefold()
        return f"still shows your {what} as “{stale['status']}” though it reached you"
    if wrong := _SHOWN_WRONG.search(text):
        what = (wrong["what"] or "parcel").casefold()
        status, where = turned(wrong["status"]), turned(wrong["where"])
        if quoted := _QUOTED_STATUS.match(status.removeprefix("as ")):  # "'at hub'": their words
            status = f"as “{quoted['status']}”{quoted['rest']}"
        if where.casefold() in ("in your hands", "here", "with you"):  # it reached them
            return f"still shows your {what} {status} though you already have it"
        adv = "actually" if (wrong["adv"] or "already").casefold() != "already" else "already"
        return f"showed your {what} {status} when it {wrong['was']} {adv} {where}"
    if refused := _STAMPS_REFUSED.search(text):  # "the app refused my loyalty stamps"
        verb = "missed out on" if refused["reward"] and "miss" in refused["verb"] else "lost"
        lost = f", and you {verb} {refused['reward'].casefold()}" if refused["reward"] else ""
        return f"wouldn't take your {refused['what'].casefold()}{lost}"
    if missing := _NOT_CREDITED.search(text):  # "still doesn't show the Club stamps"
        when = f" {missing['when'].strip().casefold()}" if missing["when"] else ""
        return f"doesn't show your {missing['what']}{when}"
    if failed := _CHECKOUT_FAILED.search(text):  # "checkout failed 3 times with my Visa"
        times = f" {failed['times'].casefold()}" if failed["times"] else ""
        card = f" with your {failed['card']}" if failed["card"] else ""
        return f"failed at checkout{times}{card}"
    if refused := _REJECTS.search(text):  # "checkout rejects my 22100 postcode"
        return f"rejects your {refused['what'].casefold()}"
    if no_way := _NO_WAY.search(said):  # "no way to change the delivery address in the app"
        what = turned(no_way["what"])
        if (them := _THEM.search(text)) is not None:  # "notifications ... turn them off"
            what = regex.sub(r"\bthem\b", f"the {them[0].casefold()}", what)
        return f"gives you no way to {what}"
    fails = next((v for k, v in _APP if regex.search(rf"\b{k}", said, regex.I)), "")
    if not fails and (drains := _DRAINS.search(text)):  # "the tracking map drains my battery"
        what = (drains["what"] or "").casefold()
        on = f" on the {what}" if what and what not in ("app", "it") else ""
        fails = f"drains your battery{on}"
        if lacks := _LACKS.search(text):  # "... and there's no dark mode"
            fails += f" and has no {lacks['what'].casefold()}"
    if not fails and (dead := _DEAD_BUTTON.search(text)):  # "the pause button never works"
        fails = f"has a {dead['what'].casefold()} that never works"
    if not fails and (code := _CODE_REFUSED.search(text)):  # "WELCOME10 didn't apply"
        named = f" {code['code']}" if code["code"] else ""
        fails = f"wouldn't accept your {code['kind'].casefold()} code{named}"
    # "the map pin keeps jumping to the wrong road"
    if not fails and (jumps := _JUMPS.search(text)):
        how = "resetting" if jumps["how"].casefold().startswith("re") else "moving"
        fails = f"keeps {how} your {jumps['what'].casefold()}{jumps['where'] or ''}"
    if (when := _when_it_fails(text)) and fails in _FAILS:
        fails = f"{fails} {when}"  # "keeps crashing when you tap Pay at checkout"
    # a crash and lost stamps are both said: "keeps crashing ... and lost your stamps"
    words = _app_words(said, text)
    gone = _SAVED_GONE.search(text)
    # "logs me out ... and now my saved card has vanished too": what it lost, said as well
    lost = f"has lost your {(gone['saved'] or '').casefold()}{gone['what'].casefold()}" if (
        gone and fails and gone["what"].casefold() not in f"{fails} {words}") else ""  # fmt: skip
    said_all = " and ".join(v for v in (fails, words, lost) if v)
    if _LOGGED_OUT_ONCE.search(text):  # once, with the update: not "keeps"
        said_all = said_all.replace("keeps logging you out", "logged you out after the update", 1)
    return said_all


_LOGGED_OUT_ONCE = rx.compile(
    r"\b(?:logged|kicked|signed) (?:me|us) out (?:right )?after (?:the|an?|this|last|latest|"
    r"yesterday'?s) (?:\p{L}+ )?update\b(?![^.!?\n]{0,40}\b(?:again|every|each|keeps?|constantly))",
    regex.I,
)
_DRAINS = rx.compile(
    r"\b(?:the |its |this )?(?P<what>tracking map|live map|map|tracking|gps|location|app|it)?"
    r" ?(?:drains?|draining|eats?|eating|kills?|killing) (?:my|the|our) (?:phone'?s? )?"
    r"batter(?:y|ies)\b",
    regex.I,
)
_LACKS = rx.compile(
    r"\bthere'?s (?:still )?no (?P<what>dark mode|light mode|lite mode|offline mode|night mode"
    r"|widget|search|filter|way to \p{L}+ (?:\p{L}+ )?\p{L}+)\b",
    regex.I,
)


# "Please add a lite mode for older phones": something the app does not have, wished for
_WISHED = rx.compile(
    r"\b(?:please|pls|plz) (?:just )?(?:add|bring back|give us|build) (?P<what>(?:an? |the |some )?"
    r"(?:dark|lite|light|offline|night|simple|basic) (?:mode|version)(?: for [\p{L} ]{3,25}?)?)"
    r"(?=[.,!?;]|$)",
    regex.I,
)


def wished(text: str) -> str:
    """ "a lite mode for older phones": a feature the post asks for, or ""."""
    m = _WISHED.search(text)
    return " ".join(m["what"].split()) if m else ""


_ALSO_FAILS = rx.compile(
    r"\b(?P<what>order[- ]ahead|ordering ahead|checkout|payment|login|top[- ]up|booking)\b"
    r"[^.!?\n]{0,10}?\b(?:also |still |now )?(?:fails|keeps failing|breaks|errors out)\b"
    r"(?: at (?P<at>checkout|payment|login|the last step))?"
    r"(?P<often> half the time| every time| most of the time| sometimes| constantly)?",
    regex.I,
)


_SAVED_GONE = rx.compile(
    r"\b(?:my|the|our|all my|all the) (?P<saved>saved )?(?P<what>cards?|payment methods?"
    r"|payment details|addresses|address book|favou?rites|order history|booking|bookings|cart"
    r"|basket)\b[^.!?\n]{0,15}?\b"
    r"(?:vanished|disappeared|gone|deleted|removed|wiped)\b",
    regex.I,
)
