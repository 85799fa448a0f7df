"""Finnish replies, written as a Finnish support agent would write them (sinä-muoto, plain)."""

from __future__ import annotations

import regex

from monitor import rx
from monitor.reading.types import ProblemKind as K
from reports.replies.asked import Detail as D
from reports.replies.local import Phrases
from reports.replies.plan import Offer as O
from reports.replies.said import taken_over

# what was not clean at the café, said as the post says it (the stem in the post, the words)
_UNCLEAN = (
    (rx.compile(r"\bpöy\w*\b[^.!?,]{0,20}\btahme\w*|\btahme\w* pöy\w*", regex.I),
     "pöydät olivat tahmeita"),
    (rx.compile(r"\bsaippua\w*", regex.I), "vessassa ei ollut saippuaa"),
    (rx.compile(r"\b(?:vessa)?paperi\w*", regex.I), "vessasta oli paperi loppu"),
    (rx.compile(r"\blattia\w*\b[^.!?,]{0,20}\blikai\w*", regex.I), "lattia oli likainen"),
    (rx.compile(r"\b(?:vessa|wc)\w*\b[^.!?,]{0,20}\b(?:likai|sotku|kuvottav)\w*", regex.I),
     "vessa oli likainen"),
    # "vessa ollut epäkunnossa jo kolme viikkoa": out of order, not dirty
    (rx.compile(r"\b(?:vessa|wc)\w*\b[^.!?,]{0,20}\b(?:epäkunno\w*|rikki|pois käytöstä)",
                   regex.I), "vessa oli epäkunnossa"),
    (rx.compile(r"\bastia\w*\b[^.!?,]{0,20}\b(?:likai|tahme)\w*", regex.I),
     "astiat olivat likaisia"),
    # "hius korvapuustissa": a hair in what was served
    (rx.compile(r"\b(?:hius|hiuks\w*|karva)\b", regex.I), "tilauksessasi oli hius"),
    (rx.compile(r"\bhiirenpapan\w*|\b(?:rotan|hiiren)jätö\w*", regex.I), "oli tuholaisten jätöksiä"),
    (rx.compile(r"\btorak\w*", regex.I), "nähtiin torakka"),
    (rx.compile(r"\b(?:hiiri|hiiren|hiiriä|hiiret)\b(?!papan)", regex.I), "nähtiin hiiri"),
    (rx.compile(r"\b(?:rotta|rotan|rottia)\b", regex.I), "nähtiin rotta"),
)  # fmt: skip


_AT_THE_CAFE = rx.compile(r"kahvil|tahme|saippua|vess|tiski", regex.I)  # the café's own state


# a part as the object of "lähetän uuden ...": "kansi" -> "uuden kannen"
_NEW_PART = {
    "kansi": "kannen", "kahva": "kahvan", "nuppi": "nupin", "tiiviste": "tiivisteen",
    "suutin": "suuttimen", "pohja": "pohjan", "johto": "johdon", "sihti": "sihdin",
    "kädensija": "kädensijan", "lasikannu": "lasikannun", "kannu": "kannun", "terä": "terän",
    "suodatin": "suodattimen", "mylly": "myllyn", "lasi": "lasin",
}  # fmt: skip


def _new_part(part: str) -> str:
    acc = _NEW_PART.get(part.casefold()) or (
        part.casefold() if part.casefold() in _NEW_PART.values() else None
    )
    return f"uuden {acc}" if acc else f"uuden osan ({part})"


_ORDERED = rx.compile(r"\btilas\w*|\btilauk\w*", regex.I)


_SHUT_EARLY_FI = rx.compile(
    r"\b(?:oli|on) (?:jo )?kiinni(?: jo)?(?P<when>(?: klo \d{1,2}(?:[:.]\d\d)?)?"
    r"(?: \p{L}+(?:na|nä))?)[^.!?\n]{0,10}?,? vaikka (?P<src>sivuilla|nettisivuilla|verkkosivuilla"
    r"|ovessa|ovella|googlessa|sovelluksessa|kyltissä) (?:lukee|sanotaan|on|kerrotaan) "
    r"(?P<hours>[^.!?,;\n]{2,20}?)(?=[.!?,;\n]| ja |$)",
    regex.I,
)


def _specific(kind: K, text: str, places: tuple[str, ...]) -> str | None:
    """A café that was not clean, said with what the post names ("pöydät olivat tahmeita ja
    vessassa ei ollut saippuaa"), at the café it names in the genitive ("Kallion", from the
    reading's places); None where it names nothing."""
    if kind is K.OTHER and (shut := _SHUT_EARLY_FI.search(text)):
        # "kahvila oli kiinni jo klo 16 lauantaina, vaikka sivuilla lukee 9-17": when, and the
        # hours we gave
        when = f" {shut['when'].strip()}" if shut["when"] else ""
        where = {"sivuilla": "sivuillamme", "nettisivuilla": "nettisivuillamme",
                 "verkkosivuilla": "verkkosivuillamme", "ovessa": "ovessamme",
                 "ovella": "ovellamme"}.get(shut["src"].casefold(), shut["src"])  # fmt: skip
        return f"kahvilamme oli jo kiinni{when}, vaikka {where} lukee {shut['hours']}"
    if kind is K.ACCOUNT and taken_over(text) is not None:
        # "joku kirjautui tililleni ja tilasi kolme pussia": a break-in, not a lock-out
        made = " ja teki tilauksia nimissäsi" if _ORDERED.search(text) else ""
        return f"joku muu pääsi tilillesi{made}"
    if kind is K.BILLING and _CHARGED_ANYWAY.search(text) and not _TWICE.search(text):
        # "toimitus jäi tulematta mutta veloitus kyllä lähti tililtä heti": charged for what
        # never came, not charged too much
        return "sinulta veloitettiin silti"
    if kind in (K.DEFECT, K.DAMAGED) and (part := _PART_BROKEN.search(text)):
        # "vedenkeittimen kansi oli haljennut jo paketissa": the part, and how, as they put it
        owner = _DEVICE_OF.search(text)
        whose = f"{_YOUR_DEVICE_OF[owner[0].casefold()]} " if owner else ""
        if part["verb"]:  # "termosmukin kansi halkesi viikossa"
            return f"{whose}{part['part'].casefold()} {part['verb'].casefold()}"
        return f"{whose}{part['part'].casefold()} oli {part['how'].casefold()}"
    if kind is K.WRONG_ITEM and (came := _ORDERED_CAME.search(text)):
        # "tilasin jauhetun Etiopian, tuli kokonaisia papuja": what was ordered and what came
        return f"tilasit {came['what'].strip()}, mutta tuli {came['got'].strip()}"
    if kind is K.WRONG_ITEM and (swapped := _ORDERED_GOT.search(text)):
        # "tilasin kofeiinitonta kahvia ja paketissa oli tavallista espressopaahtoa": what was
        # ordered and what came, in their words
        return (f"{swapped['where'].casefold()} oli {swapped['got'].strip()}, vaikka tilasit "
                f"{swapped['what'].strip()}")  # fmt: skip
    if kind is K.DEFECT and (stopped := _STOPPED.search(text)):
        # "Mill 2 -mylly lakkasi jauhamasta kahden kuukauden käytön jälkeen": as they put it
        owner = _DEVICE_OF.search(text) or _DEVICE.search(text)
        mine = (_YOUR_DEVICE_OF.get(owner[0].casefold()) or _YOUR_DEVICE.get(owner[0].casefold())
                if owner else None) or "tuotteesi"  # fmt: skip
        return f"{mine} lakkasi {stopped['what'].casefold()}{stopped['after'] or ''}"
    if kind is K.DEFECT and (device := _DEVICE.search(text)):
        # "uusi käsimylly hajosi": the device they name, not "tuotteesi"
        mine = _YOUR_DEVICE[device[0].casefold()]
        how = (
            "vuotaa"
            if "vuota" in text.casefold()
            else "hajosi"
            if "hajo" in text.casefold()
            else ""
        )
        return f"{mine} {how}" if how else None
    if kind is K.QUALITY and (served := _SERVED_AS.search(text)):
        # "korvapuusti oli ihan kuiva": what was served, as it was
        was = f"{served['what'].casefold()} {served['be']} {served['how'].casefold()}"
        if also := _AND_SERVED_AS.match(text, served.end()):
            # "latte oli haaleaa ja korvapuusti kuiva kuin korppu": the second, as they said it
            was += f" ja {also['what'].casefold()} {also['how'].casefold()}"
        if gone := _MILK_GONE.search(text):  # "kaurajuomaa ei ollut, latte oli haaleaa": both
            milk = "kaurajuoma" if gone["milk"].casefold().endswith("juoma") else "kauramaito"
            milk = milk.replace("kaura", gone["kind"].casefold())
            return f"kahvilasta puuttui {milk}, {was}"
        return was
    if kind is K.QUALITY and (ground := _FI_GRIND.search(text)):
        # "jauhatus oli liian hieno pressopannuun": the grind, as they found it
        return ground[0].casefold()
    if kind is K.FOOD_SAFETY and (swap := _FI_MILK_SWAP.search(text)):
        # "tilasin kauramaitolatten, sain tavallisella maidolla": the milk, not "something
        # found in your food"
        return (f"sait juomasi {swap['got'].casefold()} maidolla, vaikka tilasit "
                f"{swap['want'].casefold()}")  # fmt: skip
    if kind is K.FOOD_SAFETY and (ill := _ILL.search(text)):
        # "lapsi sai allergisen reaktion", "sairastuin": what happened to them, said so (not
        # "something was found in your food")
        child = _CHILD.search(text)
        who = f"{_YOUR_CHILD.get(child[0].casefold()[:5], 'lapsesi')} " if child else ""
        if ill["what"].casefold().startswith("allergi"):
            got = f"{who}sai allergisen reaktion" if who else "sait allergisen reaktion"
            if regex.search(r"\bpäädyi\w* (?:\w+ )?päivystyk", text, regex.I):
                got += " ja päädyitte päivystykseen" if who else " ja päädyit päivystykseen"
            if assured := _ASSURED.search(text):  # "kysyin pähkinöistä ja sanottiin ettei ..."
                what = _ASKED_ABOUT[assured["what"].casefold()]
                got += f", vaikka kysyit henkilökunnaltamme {what}"
            return got
        if not who and (others := _OTHERS_ILL.search(text)):
            # "ja kaksi kaveriani sairastui samalla tavalla": they and the others, all of them
            many = f"{others['n'].casefold()} " if others["n"] else ""
            return f"sinä ja {many}{_yours_fi(others['who'])} sairastuitte"
        return f"{who}sairastui" if who else "sairastuit"
    if kind is not K.FOOD_SAFETY or not _AT_THE_CAFE.search(text):
        return None
    said = [words for pattern, words in _UNCLEAN if pattern.search(text)]
    if not said:
        return None
    site = next((p for p in places if p.endswith("n") and f"{p} kahvila" in text), None)
    where = f"{site} kahvilassa" if site else "kahvilassa"
    return f"{where} " + " ja ".join(dict.fromkeys(said))


_FI_GRIND = rx.compile(
    r"\bjauhatus (?:oli|on) (?:vähän |hieman |aivan |ihan |liian |tosi )*(?:karkea|hieno|karkeaa"
    r"|hienoa)\b(?: \w+(?:lle|an|en|in|un|yn|ön|ään))?",
    regex.I,
)
_FI_MILK_SWAP = rx.compile(
    r"\btilasin (?P<want>(?:kaura|soija|manteli|laktoositon|laktoosittom|kasvi)\w*"
    r"(?: (?:latten|latte|cappuccinon|kahvin|juoman|flat whiten))?)\b[^.!?\n]{0,40}?\b"
    r"(?:sain|tuli|tehtiin|teki|tekivät) (?:sen |juoman |latten |kahvin )?"
    r"(?P<got>tavallisella|lehmän|normaalilla) maidolla\b",
    regex.I,
)
_ORDERED_GOT = rx.compile(
    r"\btilasin (?:\([^)\n]*\) |\p{Lu}{2,4}-?\d{3,},? )?(?P<what>[^.!?,()\n]{3,60}?),? (?:ja|mutta) "
    r"(?P<where>paketissa|pussissa|laatikossa|lähetyksessä|tilauksessa) oli(?:kin)? "
    r"(?P<got>[^.!?,\n]{3,50})",
    regex.I,
)
_ORDERED_CAME = rx.compile(
    r"\btilasin (?:\w+ )?(?:verkkokaupasta |webbikaupasta |sovelluksesta )?"
    r"(?P<what>[^.!?,()\n]{3,50}?),? (?:mutta |ja )?(?:tuli|tulikin|sain|saapui) "
    r"(?P<got>[^.!?,\n]{3,50})",
    regex.I,
)
# "kysyin henkilökunnalta pähkinöistä ja sanottiin ettei niitä ole": told it was safe
_ASSURED = rx.compile(
    r"\bkysyin (?:\w+ ){0,2}?(?P<what>pähkinö|maapähkinö|gluteeni|maito|maido|laktoosi|kananmuna"
    r"|seesami)\w*[^.!?\n]{0,50}?\b(?:sanottiin|sanoivat|sanoi|vakuutettiin|kerrottiin)"
    r",? (?:että )?(?:ei|ettei|ettäei)\b",
    regex.I,
)
# asked about, as they asked it (what staff answered is theirs to tell, not ours to concede)
_ASKED_ABOUT = {"pähkinö": "pähkinöistä", "maapähkinö": "maapähkinöistä",
                "gluteeni": "gluteenista", "maito": "maidosta", "maido": "maidosta",
                "laktoosi": "laktoosista",
                "kananmuna": "kananmunasta", "seesami": "seesamista"}  # fmt: skip
# "kaurajuomaa ei ollut", "kauramaito oli taas loppu": the plant milk they came for, not there
_MILK_GONE = rx.compile(
    r"\b(?P<milk>(?P<kind>kaura|soija|manteli)(?:maito|juoma))\w* (?:oli |on )?(?:taas |jälleen )?"
    r"(?:ei (?:ollut|ole|löytynyt)|loppu|lopussa|loppunut)\b",
    regex.I,
)
_ILL = rx.compile(
    r"\b(?P<what>allergi\w* (?:reakti\w*|kohtau\w*)|sairastu\w*|oksen\w*|ruokamyrkytys\w*"
    r"|vatsatau\w*|(?:voin|voi|voimme|voivat) (?:todella |tosi |niin |aivan )?pahoin|pahoinvoin\w*)",
    regex.I,
)
# "kaksi kaveriani sairastui samalla tavalla": others ill the same way
_OTHERS_ILL = rx.compile(
    r"\b(?:(?P<n>kaksi|kolme|neljä|viisi|pari|\d+) )?(?P<who>(?:kaveri|ystävä|työkaveri|kollega"
    r"|seuralai)\w*)(?: myös| kanssa)? (?:sairastui|sairastuivat|oksensi|oksentivat|tuli kipeäksi"
    r"|tulivat kipeiksi)\b"
    # "Ystävälläni, joka söi saman, on samat oireet": my friend has the same symptoms
    r"|\b(?P<who>(?:kaveri|ystävä|työkaveri|kollega|seuralai)\w*?)(?:llani|lläni)\b[^.!?\n]{0,40}"
    r"\bon (?:samat|samanlaiset) oireet\b",
    regex.I,
)


def _yours_fi(who: str) -> str:
    """ "kaveriani" (my friends) said to them: "kaverisi" / "kaveriasi"."""
    low = who.casefold()
    for mine, yours in (("iani", "iasi"), ("iäni", "iäsi"), ("ani", "asi"), ("äni", "äsi"),
                        ("ni", "si")):  # fmt: skip
        if low.endswith(mine):
            return low[: -len(mine)] + yours
    # "ystävälläni" read down to "ystävä": the stem, made theirs ("ystäväsi")
    return f"{low}si" if low[-1:] in "aeiouyäö" else low


_CHILD = rx.compile(
    r"\b(?:lapse\w*|lapsi|poika\w*|poja\w*|tyttä\w*|tytär\w*|\d{1,2}-?vuotia\w*)", regex.I
)
_YOUR_CHILD = {"lapse": "lapsesi", "lapsi": "lapsesi", "poika": "poikasi", "pojal": "poikasi",
               "pojan": "poikasi", "tyttä": "tyttäresi", "tytär": "tyttäresi"}  # fmt: skip
_SERVED_AS = rx.compile(
    r"\b(?P<what>\w*(?:puusti|pulla|pullat|leipä|sämpylä|voileipä|croissant|kakku|piirakka"
    r"|muffinssi|keksi|latte|kahvi|cappuccino|espresso|tee|kaakao|leivonnainen|leivonnaiset))"
    r" (?P<be>oli|olivat) (?:ihan |tosi |aivan |täysin |niin |vähän )?"
    r"(?P<how>(?:kuiva|kuivia|kuivaa|kuivunut|kova|kovia|palanut|vetinen|mauton|haaleaa?"
    r"|kylmää?)(?: kuin \w+)?)\b",
    regex.I,
)
_AND_SERVED_AS = rx.compile(
    r",? ja (?P<what>\w*(?:puusti|pulla|pullat|leipä|sämpylä|voileipä|croissant|kakku|piirakka"
    r"|muffinssi|keksi|latte|kahvi|cappuccino|espresso|tee|kaakao|leivonnainen|leivonnaiset))"
    r" (?:(?:oli|olivat) )?(?:ihan |tosi |aivan |täysin |niin |vähän )?"
    r"(?P<how>(?:kuiva|kuivia|kuivaa|kuivunut|kova|kovia|palanut|vetinen|mauton|haaleaa?"
    r"|kylmää?)(?: kuin \w+)?)\b",
    regex.I,
)
_YOUR_DEVICE = {
    "käsimylly": "käsimyllysi", "kahvimylly": "kahvimyllysi", "mylly": "myllysi",
    "vedenkeitin": "vedenkeittimesi", "keitin": "keittimesi", "vaaka": "vaakasi",
    "kannu": "kannusi", "pannu": "pannusi", "suodatinkannu": "suodatinkannusi",
    "kahvinkeitin": "kahvinkeittimesi", "kahvikone": "kahvikoneesi",
    "espressokeitin": "espressokeittimesi", "espressokone": "espressokoneesi",
    "kahvikannu": "kahvikannusi", "termosmuki": "termosmukisi", "muki": "mukisi",
}  # fmt: skip
_DEVICE = rx.compile(
    r"\b(?:" + "|".join(sorted(_YOUR_DEVICE, key=len, reverse=True)) + r")\b", regex.I
)
# a device named in the genitive ("vedenkeittimen kansi"), and "your" said of it
_YOUR_DEVICE_OF = {
    "vedenkeittimen": "vedenkeittimesi", "keittimen": "keittimesi", "myllyn": "myllysi",
    "käsimyllyn": "käsimyllysi", "kahvimyllyn": "kahvimyllysi", "kannun": "kannusi",
    "pannun": "pannusi", "kahvinkeittimen": "kahvinkeittimesi", "kahvikoneen": "kahvikoneesi",
    "espressokeittimen": "espressokeittimesi", "espressokoneen": "espressokoneesi",
    "termosmukin": "termosmukisi", "mukin": "mukisi", "vedenkeittimestä": "vedenkeittimesi",
}  # fmt: skip
_DEVICE_OF = rx.compile(
    r"\b(?:" + "|".join(sorted(_YOUR_DEVICE_OF, key=len, reverse=True)) + r")\b", regex.I
)
_PART_BROKEN = rx.compile(
    r"\b(?P<part>kansi|kahva|lasikannu|nuppi|tiiviste|suutin|pohja|johto|kädensija|sihti)\b"
    r"[^.!?\n]{0,15}?\b(?:(?:oli|on|oli jo|on jo) (?P<how>haljennut|halki|rikki|murtunut|lohjennut"
    r"|säröillä|revennyt|irti|vääntynyt)|(?P<verb>halkesi|hajosi|katkesi|irtosi|murtui|lohkesi"
    r"|repesi|vääntyi))\b",
    regex.I,
)
# "lakkasi toimimasta kahden viikon jälkeen": it stopped working, and when
_STOPPED = rx.compile(
    r"\blakkasi (?P<what>toimimasta|jauhamasta|lämpenemästä|lämmittämästä|keittämästä"
    r"|latautumasta)\b(?P<after> (?:\w+ ){1,2}(?:käytön )?jälkeen)?",
    regex.I,
)
_CHARGED_ANYWAY = rx.compile(
    r"\b(?:jäi|jäivät) (?:\w+ )?(?:tulematta|saapumatta)\b[^.!?]{0,60}\b(?:mutta|silti|vaikka)\b"
    r"[^.!?]{0,30}\b(?:veloitus|veloitettiin|rahat|maksu)\w*",
    regex.I,
)
_TWICE = rx.compile(r"\b(?:kahdesti|kaksi kertaa|tupla\w*|kahteen kertaan|liikaa)\b", regex.I)


# the writer's "I" said back as "you": their words quoted after "Kerroit, että"
_YOU = {
    "minä": "sinä", "minun": "sinun", "minulle": "sinulle", "minulta": "sinulta", "minua": "sinua",
    "minut": "sinut", "mä": "sä", "mun": "sun", "mulle": "sulle", "multa": "sulta", "mua": "sua",
    "en": "et", "olen": "olet", "olin": "olit", "tilasin": "tilasit", "valitsin": "valitsit",
    "maksoin": "maksoit", "sain": "sait", "ostin": "ostit", "pyysin": "pyysit",
    "odotin": "odotit", "laitoin": "laitoit", "lähetin": "lähetit", "soitin": "soitit",
    "kirjoitin": "kirjoitit", "halusin": "halusit", "tein": "teit", "menin": "menit",
    "kävin": "kävit", "otin": "otit", "tilaan": "tilaat", "haluan": "haluat", "odotan": "odotat",
    "maksan": "maksat", "tarvitsen": "tarvitset", "yritin": "yritit", "peruin": "perit",
    "perusin": "perusit", "huomasin": "huomasit", "avasin": "avasit", "join": "joit",
}  # fmt: skip
_I_WORD = rx.compile(r"\b(?:" + "|".join(sorted(_YOU, key=len, reverse=True)) + r")\b", regex.I)


def _turned(words: str) -> str:
    """ "tuli jauhettuna vaikka valitsin kokonaiset pavut" -> "... vaikka valitsit ..." """

    def you(m: regex.Match[str]) -> str:
        w = _YOU[m[0].casefold()]
        return w.capitalize() if m[0][:1].isupper() else w

    return _I_WORD.sub(you, words)


FI = Phrases(
    language="fi",
    conj="ja",
    clause={
        K.DELIVERY_LATE: "{it} ei ole vieläkään tullut perille{after}",
        K.DELIVERY_MISSING: "{it} ei ole tullut sinulle",
        K.DELIVERY_HANDLING: "{it} käsiteltiin toimituksessa huolimattomasti",
        K.DAMAGED: "{it} tuli perille rikki",
        K.DEFECT: "{it} ei toimi niin kuin pitää",
        K.WRONG_ITEM: "sait väärän tuotteen",
        K.QUALITY: "{it} ei ollut sitä laatua, jota meiltä kuuluu saada",
        K.FOOD_SAFETY: "ruoastasi löytyi jotain, mitä siellä ei saa olla",
        K.BILLING: "sinulta veloitettiin liikaa{amount}",
        K.REFUND_PENDING: "hyvityksesi{amount} ei ole vieläkään tullut{after}",
        K.PAYOUT: "tilityksesi{amount} ei ole vieläkään tullut{after}",
        K.SUBSCRIPTION: "kestotilauksesi ei toiminut niin kuin sovittiin",
        K.ACCOUNT: "et pääse kirjautumaan tilillesi",
        K.APP_BUG: "sovellus ei toimi niin kuin pitää",
        K.STAFF: "{who} kohteli sinua huonosti",
        K.NO_RESPONSE: "kukaan ei ole vastannut sinulle{tried}",
        K.WAIT: "jouduit odottamaan liian kauan{dur}",
        K.PRICE: "hinta ei tunnu sinusta reilulta",
        K.POLICY: "käytäntömme tuntui sinusta epäreilulta",
    },
    variants={
        # marketing never agreed to: "markkinointisähköposteja, vaikka en ole antanut lupaa"
        K.OTHER: (
            (
                "markkinointi",
                "olet saanut meiltä markkinointiviestejä, joihin et ole antanut lupaa",
            ),
        ),
        # a rise is said as a rise, never "ei tunnu sinusta reilulta" (how they feel)
        K.PRICE: (
            ("ilmoit", "hinta nousi ilman ilmoitusta"),
            ("nost", "hinta nousi"),
            ("nous", "hinta nousi"),
        ),
        K.DELIVERY_LATE: (
            # "saapuu silloin kun sattuu huvittamaan": it never comes when it should
            ("huvit", "kahvisi ei tule silloin kuin pitäisi"),
            ("milloin sattuu", "kahvisi ei tule silloin kuin pitäisi"),
            ("vihdoin", "{it} tuli perille myöhässä"),
            # "'nopea toimitus' tarkoitti 11 päivää": it came, late
            ("tarkoitti", "{it} tuli perille myöhässä{dur}"),
            ("kesti", "{it} tuli perille myöhässä{dur}"),
            ("myöhässä", "{it} on myöhässä{dur}"),
        ),
        K.DELIVERY_MISSING: (
            ("toimitettu", "{it} näkyy toimitettuna eikä ole tullut sinulle"),
            # "Club-paketti jätetään väärään osoitteeseen": left at the wrong address, as said
            ("väärään osoit", "{it} toimitettiin väärään osoitteeseen"),
        ),
        K.FOOD_SAFETY: tuple(
            (w, "kahvila ei ollut niin siisti kuin sen pitää olla")
            for w in ("likai", "tahme", "siivoto", "kunnossa", "hygien")
        ),
        K.QUALITY: (
            # "ei kauramaitoa": the milk they came for was not there
            ("kauramai", "kahvilasta puuttui kauramaito"),
            ("kaurajuo", "kahvilasta puuttui kaurajuoma"),
            ("soijajuo", "kahvilasta puuttui soijajuoma"),
            ("mantelijuo", "kahvilasta puuttui mantelijuoma"),
            ("soijamai", "kahvilasta puuttui soijamaito"),
            ("mantelimai", "kahvilasta puuttui mantelimaito"),
            ("kasvimai", "kahvilasta puuttui kasvimaito"),
            ("laktoositon", "kahvilasta puuttui laktoositon maito"),
            ("haale", "juomasi oli haaleaa"),
            ("kylmä", "juomasi oli kylmä"),
            ("paahtopäiv", "kahvisi paahtopäivä oli liian vanha"),  # "viime vuoden puolella"
            ("vanhaa", "kahvi oli jo vanhaa"),
            ("vanhoja", "pavut olivat jo vanhoja"),
            ("tunkkai", "kahvi oli tunkkaista"),
            ("eltaantu", "kahvi oli eltaantunutta"),
            ("vanhe", "kahvi oli ehtinyt vanhentua"),
            ("paahdettu", "pavut oli paahdettu kauan ennen kuin ne tulivat sinulle"),
            ("palane", "kahvi maistui palaneelta"),
            ("maistu", "kahvi ei maistunut siltä, miltä sen pitää"),
        ),
        K.NO_RESPONSE: (
            # "lupas soittaa viime viikolla. Kukaan ei soittanut": the call, not a reply
            *(
                (w, "kukaan ei ole soittanut sinulle")
                for w in ("ei soittanut", "ei ole soittanut", "kukaan soittanut", "eikä soittanut")
            ),
            # "soitin kahdesti eikä kukaan osaa sanoa missä paketti on"
            ("osaa sanoa", "kukaan ei ole osannut kertoa sinulle, missä tilauksesi on"),
            ("osannut sanoa", "kukaan ei ole osannut kertoa sinulle, missä tilauksesi on"),
        ),
        K.WRONG_ITEM: (
            # "se tuli jauhettuna vaikka tilasin kokonaiset pavut"
            ("jauhettuna vaikka", "tilauksesi tuli jauhettuna, vaikka tilasit kokonaisia papuja"),
            ("jauhettu vaikka", "tilauksesi tuli jauhettuna, vaikka tilasit kokonaisia papuja"),
            ("jauhettua", "tilauksesi tuli jauhettuna, vaikka tilasit kokonaisia papuja"),
            ("kokonaisina vaikka", "pavut tulivat kokonaisina, vaikka valitsit jauhatuksen"),
            # "maksoin jauhetusta kahvista ja sain kokonaisia papuja"
            ("jauhetusta", "sait kokonaisia papuja, vaikka maksoit jauhetusta kahvista"),
            # "valitsin espressojauhatuksen mutta pussissa oli kokonaisia papuja"
            ("jauhatuksen mutta", "pussissa ei ollut valitsemaasi jauhatusta"),
            # "jo kolmas Club-toimitus putkeen väärällä jauhatuksella": each one, in a row
            (
                "putkeen väärällä jauhatu",
                "toimituksesi ovat tulleet putkeen väärällä jauhatuksella",
            ),
            ("väärällä jauhatu", "tilauksesi tuli väärällä jauhatuksella"),
            ("väärä jauhatu", "tilauksesi tuli väärällä jauhatuksella"),
            # "tilasin mokapannujauhatuksen ja sain taas kokonaisia papuja"
            ("jauhatuksen ja sain", "pussissa ei ollut valitsemaasi jauhatusta"),
            ("sain kokonaisia", "sait kokonaisia papuja, vaikka valitsit jauhatuksen"),
            ("sain taas kokonaisia", "sait kokonaisia papuja, vaikka valitsit jauhatuksen"),
            # at the café: the drink, not a product sent
            ("väärän juoman", "sait väärän juoman"),
            ("väärä juoma", "sait väärän juoman"),
            ("väärän latten", "sait väärän juoman"),
            ("väärän kahvin", "sait väärän kahvin"),
            # "kaksi pussia ... sain vain yhden": how many came of those ordered
            ("sain vain yhden", "tilauksestasi puuttui pussi"),
            ("vaan", "tilauksestasi puuttui osa"),
            ("vain", "tilauksestasi puuttui osa"),
            ("puuttu", "tilauksestasi puuttui osa"),
        ),
        K.BILLING: (
            # "sovellus kaatui ... veloitti kortilta 6,50 € mutta tilausta ei näy missään"
            ("tilausta ei näy", "sinulta veloitettiin rahaa{amount}, mutta tilausta ei syntynyt"),
            # "eikä mitään ole tullut, vaikka rahat veloitettiin heti": paid at once, nothing came
            ("veloitettiin heti", "rahat veloitettiin sinulta heti tilattaessa{amount}"),
            ("veloitettiin jo", "rahat veloitettiin sinulta heti tilattaessa{amount}"),
            # "peruin Clubin lokakuussa ja silti tililtä lähti taas 24,90 €"
            ("peruin", "sinulta veloitettiin rahaa{amount}, vaikka olit jo perunut tilauksesi"),
            ("perusin", "sinulta veloitettiin rahaa{amount}, vaikka olit jo perunut tilauksesi"),
            (
                "irtisanoin",
                "sinulta veloitettiin rahaa{amount}, vaikka olit jo irtisanonut tilauksesi",
            ),
            ("lopetin", "sinulta veloitettiin rahaa{amount}, vaikka olit jo lopettanut tilauksesi"),
            # "yritin perua ... sovellus antoi virheen ja nyt veloittivat taas": charged again
            # after a cancellation that would not go through
            ("yritin perua", "sinulta veloitettiin, vaikka yritit perua tilauksesi"),
            # "veloitettiin postikulut vaikka ... toimituksen piti olla ilmainen"
            (
                "piti olla ilmai",
                "sinulta veloitettiin toimitusmaksu, vaikka toimituksen piti olla ilmainen",
            ),
            # "veloititte tilauksen, jonka peruin": a cancelled order charged, not too much
            ("peruin", "sinulta veloitettiin tilaus, jonka olit jo perunut"),
            # a card refused or a payment that failed: nothing was taken
            ("ei hyväksy", "sovellus ei hyväksy maksukorttiasi"),
            ("epäonnistu", "maksusi ei mene läpi"),
            ("hylät", "maksusi ei mene läpi"),
            ("kahdesti", "sinulta veloitettiin kahdesti{amount}"),
            ("kaksi kertaa", "sinulta veloitettiin kahdesti{amount}"),
            ("kolme", "sinulta veloitettiin kolmesti{amount}"),
            ("maksu", "sinulta veloitettiin maksu{amount}, jota et odottanut"),
        ),
        K.SUBSCRIPTION: (
            ("keskeyt", "kestotilauksesi keskeyttäminen ei onnistunut"),
            ("tauo", "kestotilauksesi keskeyttäminen ei onnistunut"),
            # "peruutusnappi ei tee mitään": the button is there and does nothing, a fault of ours
            ("ei tee mitään", "peruutuspainike ei tee mitään"),
            ("ei reagoi", "peruutuspainike ei tee mitään"),
            ("nappi ei toimi", "peruutuspainike ei toimi"),
            ("painike ei toimi", "peruutuspainike ei toimi"),
            # no way to cancel found: nothing was cancelled yet
            *(
                (w, "et löytänyt tapaa lopettaa kestotilaustasi")
                for w in (
                    "peruutus",
                    "lopetus",
                    "irtisanomis",
                    "perumis",
                    "peruminen",
                    "nappia",
                    "painiketta",
                    "kohtaa",
                    # "miten saan peruttua?? En löydä mistään": where to do it not found
                    "en löydä mistään",
                    "en löydä missään",
                    "ei löydy mistään",
                    "ei löydy missään",
                )
            ),
            ("peru", "kestotilauksesi jatkui, vaikka peruit sen"),
        ),
        K.APP_BUG: (
            ("hyväksy mobilepay", "sovellus ei enää hyväksy MobilePayta"),
            ("hyväksy apple", "sovellus ei hyväksy valitsemaasi maksutapaa"),
            ("hyväksy google", "sovellus ei hyväksy valitsemaasi maksutapaa"),
            ("kaatuu aina kun yritän maksaa", "sovellus kaatuu, kun yrität maksaa"),
            ("kaatuu joka kerta kun yritän maksaa", "sovellus kaatuu, kun yrität maksaa"),
            *(
                (w, "sovellus kaatuu, kun yrität maksaa")
                for w in (
                    "kaatuu just kun yritän maksaa",
                    "kaatuu kun yritän maksaa",
                    "kaatuu maksaessa",
                    "kaatuu maksuvaiheessa",
                    "kaatuu juuri kun yritän maksaa",
                    "kaatuu just kun yrittää maksaa",
                    "kaatuu aina just kun yrittää maksaa",
                    "kaatuu kun yrittää maksaa",
                    "kaatuu aina kun yrittää maksaa",
                )
            ),
            ("hyväksy", "sovellus ei hyväksy maksukorttiasi"),
            ("epäonnistu", "maksusi ei mene sovelluksessa läpi"),
            # ordering ahead that fails, where no crash is said ("kaatuu kun yritän tilata
            # etukäteen" is the crash)
            ("etukäteen ei", "tilaus etukäteen ei mene läpi"),
            ("ennakkotilaus ei", "ennakkotilaus ei mene läpi"),
            ("kaatu", "sovellus kaatuu"),
            ("kirjaa", "sovellus kirjaa sinut ulos"),
            ("virhe", "sovellus näyttää virheilmoituksen"),
            ("seurant", "seurantakoodisi ei toimi"),  # "eikä seurantakoodi toimi"
            ("anna leim", "sovellus ei anna sinulle leimoja"),  # "ei anna leimoja enää"
            ("lisää leim", "sovellus ei lisää leimojasi"),
            ("ei päivity", "leimasi eivät päivity sovellukseen"),
            ("näytä leim", "sovellus ei näytä leimojasi"),
            ("näy leim", "sovellus ei näytä leimojasi"),
            ("leimakortti ei", "leimakorttisi ei päivity"),
            ("leimat ei", "leimasi eivät kerry sovellukseen"),
            ("leima", "leimasi katosivat sovelluksesta"),
            ("piste", "pisteesi katosivat sovelluksesta"),
        ),
        K.STAFF: (
            # contact they never wanted: "viestittelee minulle joka ilta"
            ("viestittel", "{who} on lähetellyt sinulle viestejä, joita et halunnut"),
            ("soittel", "{who} on soitellut sinulle, vaikka et sitä halunnut"),
            ("pahoitel", "kukaan ei edes pahoitellut"),
            ("anteeksi", "kukaan ei edes pyytänyt anteeksi"),
            ("epäkohteli", "{who} oli sinulle epäkohtelias"),
            ("nauro", "{who} nauroi sinulle"),
            ("töyk", "{who} oli sinulle töykeä"),
            # "myyjä vain kohautti olkapäitään": shrugged it off, as told
            ("kohautt", "{who} vain kohautti olkapäitään"),
            ("barista tiusk", "baristamme tiuskaisi sinulle"),
            # "barista tuhahtaa että kaurajuoma on loppu": scoffed at, not simply told
            ("barista tuhah", "baristamme tuhahti sinulle"),
            ("tuhah", "{who} tuhahti sinulle"),
            ("mulkoil", "{who} mulkoili sinua"),
            ("ei edes katsonut", "{who} ei edes huomioinut sinua"),
            ("tiusk", "työntekijämme tiuskaisi sinulle"),
            # "sanoi ystävälleni, että kannattaa mennä muualle": sent away, a friend or them
            ("ystävälleni, ettei", "{who} käännytti ystäväsi pois"),
            ("mennä muualle", "{who} käännytti sinut pois"),
            ("lähtemään", "{who} käski sinut lähtemään"),
            ("poistumaan", "{who} käski sinut lähtemään"),
        ),
        K.DEFECT: (("vuota", "{it} vuotaa"), ("hajo", "{it} hajosi"), ("rikki", "{it} meni rikki")),
    },
    things={
        K.DELIVERY_LATE: "tilauksesi",
        K.DELIVERY_MISSING: "tilauksesi",
        K.DELIVERY_HANDLING: "lähetyksesi",
        K.DAMAGED: "tilauksesi",
        K.DEFECT: "tuotteesi",
        K.QUALITY: "saamasi tuote",
        K.OTHER: "tilauksesi",
    },
    thing_order="tilauksesi {ref}",
    quoted="jouduit kokemaan tämän: ”{words}”",
    details={
        D.ORDER: "tilausnumerosi",
        D.PHOTO: "kuva tuotteesta",
        D.DEVICE: "puhelimesi malli ja sovelluksen versio",
        D.ACCOUNT_EMAIL: "tiliisi liitetty sähköpostiosoite",
        D.VISIT: "käyntisi päivä ja paikka",
        D.CHARGES: "veloitusten päivät ja summat (ei korttitietoja)",
        D.MERCHANT: "kauppiastunnuksesi ja tilitysten päivämäärät",
        D.MERCHANT_ID: "kauppiastunnuksesi",
        D.BOOKING: "noutovarauksesi numero",
        D.CODE_PHONE: "puhelinnumero, johon koodin pitäisi tulla",
        D.SCREENSHOTS: "kuvakaappaukset viesteistä, jos haluat jakaa ne",
        D.ADDRESS: "toimitusosoite",
        D.PHONE: "puhelinnumero, johon voimme soittaa",
        D.CONTACT_USED: "osoite, josta kirjoitit meille",
        D.WHEN: "milloin tämä tapahtui",
        D.DATE: "käyntisi päivä",
        D.SITE: "missä toimipisteessä kävit",
        D.BROWSER: "käyttämäsi selain ja laite",
        D.APP_VERSION: "sovelluksen versio",
        D.WHERE_USED: "käytitkö sovellusta vai verkkosivua, ja millä laitteella",
    },
    actions={
        K.PRICE: "välitän palautteesi hinnoittelusta vastaaville",  # heard, nothing to "fix"
        K.DELIVERY_LATE: "selvitän, missä se on",
        K.DELIVERY_MISSING: "aloitan jäljityksen",
        K.DAMAGED: "korjaan asian",
        K.DEFECT: "korjaan asian",
        K.WRONG_ITEM: "korjaan asian",
        K.BILLING: "tarkistan veloitukset",
        K.REFUND_PENDING: "selvitän hyvityksesi",
        K.PAYOUT: "selvitän tilityksesi",
        K.SUBSCRIPTION: "hoidan kestotilauksesi kuntoon",
        K.ACCOUNT: "palautan pääsyn tilillesi",
        K.APP_BUG: "saan vian korjattua",
        K.STAFF: "selvitän, mitä tapahtui",
        K.NO_RESPONSE: "jatkan siitä, mihin asiasi jäi",
        K.WAIT: "selvitän, mitä tapahtui",
        # someone was made ill: what happened is found out, nothing is "put right" in a line
        K.FOOD_SAFETY: "selvitän, mitä tapahtui",
    },
    mine={
        "korjaa": "korjaan",
        "poistaa": "poistan",
        "lukitsee": "lukitsen",
        "peruu": "perun",
        "selvittää": "selvitän",
        "kertoo": "kerron",
        "aloittaa": "aloitan",
        "ilmoittaa": "ilmoitan",
        "hoitaa": "hoidan",
        "lähettää": "lähetän",
        "välittää": "välitän",
        "palaa": "palaan",
        "vie": "vien",
        "käy": "käyn",
        "vahvistaa": "vahvistan",
        "tarkistaa": "tarkistan",
        "lopettaa": "lopetan",
        "palauttaa": "palautan",
        "etsii": "etsin",
        "vastaa": "vastaan",
        "soittaa": "soitan",
    },
    own_delivery={  # no carrier in between: we trace it ourselves
        K.DELIVERY_LATE: "selvittää, missä lähetys on, ja kertoo sinulle varman toimituspäivän",
        K.DELIVERY_HANDLING: "käy lähetyksen käsittelyn läpi kuljettajiemme kanssa",
        K.DAMAGED: "tarkistaa, miten lähetystä käsiteltiin, ja tekee vahinkoilmoituksen puolestasi",
        K.WRONG_ITEM: "tarkistaa lähetyksen käsittelytiedot ja selvittää asian myyjän kanssa "
        "puolestasi",
        K.DEFECT: "välittää asian myyjälle ja kertoo, mitä he vastaavat",
    },
    steps={
        K.DELIVERY_LATE: "selvittää kuljetusliikkeen kanssa, missä lähetys on, ja kertoo sinulle "
        "varman toimituspäivän",
        K.DELIVERY_MISSING: "aloittaa lähetyksen jäljityksen ja kertoo, mitä selviää",
        K.DELIVERY_HANDLING: "ilmoittaa kuljetusliikkeelle, miten lähetys käsiteltiin",
        K.DAMAGED: "hoitaa korjauksen heti, kun kuva on tullut",
        K.DEFECT: "hoitaa korjauksen heti, kun tiedot ovat tulleet, ja kertoo viasta tuotetiimille",
        K.WRONG_ITEM: "lähettää oikean tuotteen, kun tilaus on tarkistettu",
        K.QUALITY: "välittää palautteesi tuotteen tekijöille ja palaa asiaan",
        K.FOOD_SAFETY: "vie asian vielä tänään paikan vastuuhenkilöille",
        K.BILLING: "käy veloitukset läpi ja vahvistaa, mitä sinulle palautetaan",
        K.REFUND_PENDING: "selvittää, missä hyvityksesi on ja milloin se tulee perille",
        K.PAYOUT: "selvittää, mikä tilitystäsi pidättää ja milloin se maksetaan",
        K.SUBSCRIPTION: "tarkistaa kestotilauksesi ja lopettaa kaiken, minkä ei kuulu olla käynnissä",
        K.ACCOUNT: "palauttaa pääsyn tilillesi",
        K.APP_BUG: "välittää tiedot tekniselle tiimillemme ja kertoo korjauksesta tai kiertotiestä",
        K.STAFF: "käy tapahtuneen läpi paikan tiimin kanssa",
        K.NO_RESPONSE: "etsii aiemmat viestisi ja vastaa jokaiseen kohtaan",
        K.WAIT: "välittää asian paikan esihenkilölle",
        K.PRICE: "välittää palautteesi hinnoittelusta vastaaville",
        K.POLICY: "vie asiasi käytännöstä vastaaville",
    },
    offers_public={
        O.REFUND: "Saat rahasi takaisin.",
        O.REFUND_IF: "Teen kaikkeni, jotta asia korjaantuu{by}; jos ei, saat rahasi takaisin.",
        O.NO_REFUND: "Olen pyytänyt, että {lead} katsoo hyvityspyyntösi.",
        O.EXCHANGE: "Saat halutessasi uuden tilalle.",
        O.PART: "Lähetän sinulle {new_part}.",
        O.FEE_BACK: "{fee}",
        O.ESCALATION: "Olen pyytänyt, että {lead} soittaa sinulle.",
        O.CALLBACK: "Soitamme sinulle takaisin.",
        O.CANCEL: "Peruutan {cancelled} puolestasi.",
        O.CANCEL_IF: "Teen kaikkeni, jotta se tulee perille ajoissa; jos ei, peruutan {cancelled} puolestasi.",
        O.MONEY_BACK: "Kaikki aiheetta veloitettu palautetaan sinulle.",
    },
    offers={
        O.REFUND: "Pyysit rahojasi takaisin{refused}: palautan {money} heti, kun saan tiedot.",
        O.REFUND_IF: "Pyysit rahojasi takaisin, jos asia ei korjaannu{by}. Hoidan asiaa nyt, ja jos se ei korjaannu, palautan {money}.",
        O.NO_REFUND: "En voi itse myöntää hyvitystä, ja kerron sen suoraan. Sen sijaan voin {other}.",
        O.EXCHANGE: "Lähetän sinulle uuden tilalle heti, kun saan tiedot.",
        O.PART: "Lähetän sinulle {new_part}, niin sinun ei tarvitse odottaa kokonaan "
        "uutta tuotetta.",
        O.FEE_BACK: "{fee}",
        O.ESCALATION: "Pyysit, että joku vastuussa oleva ottaa yhteyttä: {lead} soittaa sinulle. "
        "Hänellä on koko tausta tiedossa, joten sinun ei tarvitse kertoa kaikkea uudelleen.",
        O.CALLBACK: "Kerro sopiva aika, niin soitamme sinulle.",
        O.CANCEL: "Peruutan {cancelled} ja vahvistan kirjallisesti, ettei sinulta veloiteta enempää.",
        O.CANCEL_IF: "Kerroit peruvasi, jos se ei tule ajoissa. Hoidan asiaa nyt, ja jos se ei ehdi, peruutan {cancelled} ja vahvistan sen kirjallisesti.",
        O.CHOICE: "Haluatko uuden tuotteen tilalle vai rahasi takaisin? Kumpi tahansa käy.",
        O.MONEY_BACK: "Kaikki, mitä sinulta on veloitettu aiheetta, palautetaan sinulle.",
        O.ASK_WHAT: "Mikä korjaisi tilanteen sinun kannaltasi?",
    },
    s={
        "it": "se",
        "cancel_it": "sen",
        "cancel_order": "tilauksesi {ref}",
        "cancel_sub": "tilauksesi",
        "cancel_account": "tilisi",
        "late_arrived": "{it} tuli perille myöhässä",
        "help": "autan mielelläni",
        "this": "näin kävi",
        "staff": "henkilökuntamme",
        "dur": " ({d})",
        # "ei ole vieläkään tullut perille, vaikka aikaa on kulunut jo kolme viikkoa"
        "after": ", vaikka aikaa on kulunut jo {d}",
        "after_ordinal": ", vaikka olet odottanut jo {d}",  # "kolmatta viikkoa"
        "tried": " ({t})",
        "hello": "Hei {name},",
        # a refund's way back where they asked for it on their card ("takaisin kortille")
        "to_you": "palautetaan sinulle",
        "to_card": "palautetaan kortillesi, ei lahjakorttina",
        "send": " ja lähetä {details}",
        "send_email": " ja liitä mukaan {details}",
        "then": ", niin {action}",
        "sort": "hoidan asian kuntoon",
        "action_refund": "hoidan rahojesi palautuksen",
        "cancel_where": "Voit perua tilauksesi {where}",
        "care_pregnant": "On ymmärrettävää, että haluat varmistaa tämän raskauden aikana.",
        "not_there": "{place} emme valitettavasti toimita tällä hetkellä.",
        "cancel_before": "Peruutan {cancelled} ennen seuraavaa veloitusta{date}.",
        "step_money_back": "palauttaa rahat ja vahvistaa, kun ne ovat tililläsi",
        # unwell after the decaf, not pregnant: what they felt, and their doctor
        "care_felt": "Olen pahoillani, että olosi oli huono. Jos se toistuu, kysy lääkäriltä.",
        "care_pregnant_felt": "Olen pahoillani, että olosi oli huono. Jos se toistuu, kysy "
        "neuvolasta tai lääkäriltä.",
        "decaf_checking": "Tarkistan paahtimoltamme, kuinka paljon kofeiinia siihen jää, ja "
        "kerron sinulle.",
        "action_cancel": "peruutan tilauksen ja lähetän sinulle vahvistuksen",
        "action_cancel_public": "vahvistan, kun se on peruttu",
        "step_refund": "hoitaa palautuksesi heti, kun vastauksesi tulee",
        "step_refund_now": "hoitaa palautuksesi vielä tänään",
        "refund_now": "Pyysit rahojasi takaisin{refused}: palautan {money} saman tien.",
        "dm": "Laita meille yksityisviesti ({dm}){send}{then}.",
        "email": "Lähetä sähköpostia osoitteeseen {email}{phone}{send}{then}.",
        "or_call": " tai soita numeroon {phone}",
        "phone": "Soita meille numeroon {phone}{send}{then}.",
        "generic": "Laita meille yksityisviesti{send}{then}.",
        "dm_us": "yksityisviestillä",
        "senior": "esihenkilömme",
        "part": "osa",
        "in_full": "koko summan",
        "for_missing": "puuttuvan osan hinnan",
        "other_swap": "lähettää sinulle uuden tuotteen tilalle",
        "other_review": "pyytää, että {lead} arvioi hyvityksen ja palaa asiaan",
        "not_swap": " etkä vaihtoa",
        "fee_back": "Palautan maksun{amount}.",
        "fee_ask": "Olen pyytänyt, että {lead} palauttaa maksun{amount}, ja seuraan asiaa.",
        "kind_words": "Kiitos kauniista sanoista.",
        "needed_by": "Tiedän, että tarvitset sen {when}.",
        "change_password": "Vaihda salasanasi heti, myös muihin palveluihin, joissa käytät "
        "samaa salasanaa.",
        "action_taken_over": "lukitsen tilisi muilta",
        "step_taken_over": "lukitsee tilisi muilta kuin sinulta, peruu tilaukset, joita et "
        "tehnyt, ja käy veloitukset läpi",
        "action_told": "Vien asian itse eteenpäin ja kerron sinulle, mihin toimiin siinä ryhdytään.",
        "keep_away": "Huolehdin siitä, ettei kyseinen työntekijämme ole sinuun enää yhteydessä, "
        "tästä hetkestä alkaen.",
        "step_marketing": "poistaa osoitteesi kaikilta markkinointilistoilta vielä tänään, "
        "selvittää, miten se päätyi niille, ja vahvistaa sen sinulle kirjallisesti",
        "urgent_goods": "Tiedän, että paketissa on lääkettä, joten hoidan tämän kiireellisenä.",
        "payout_overdue": "Lupaamme tilittää kauppiaille {promised}; {waited} on selvästi enemmän, "
        "joten selvitän asian tänään.",
        "hope": "Toivottavasti voit jo paremmin.",
        "burned": "sait palovamman",
        "gripe_heard": "Ja kiitos myös huomiosta ”{gripe}” – välitän sen tiimille.",
        "feared": "Otan pelkosi vakavasti: turvallisuutesi menee kaiken muun edelle.",
        "hope_many": "Toivottavasti voitte jo paremmin.",
        "wish_heard": "Välitän toiveesi myös tiimille.",
        "pest_checked": "Näin ei saa olla yhdessäkään kahvilassamme, ja tarkistutan kahvilan vielä "
        "tänään.",
        "pay_not": "{way} ei valitettavasti käy meillä maksuna.",
        # a subscription that keeps sending the wrong grind: the setting, then this month's bag
        "step_grind": "korjaa kestotilauksesi jauhatusasetuksen, jotta seuraava toimitus tulee "
        "oikein, ja lähettää oikeanlaisen pussin heti",
        # the one who was ill, where it was not the writer: "Toivottavasti tyttäresi voi ..."
        "hope_other": "Toivottavasti hän voi jo paremmin.",
        "hope_kin": "tyttäresi|poikasi|lapsesi|äitisi|isäsi|vaimosi|miehesi|puolisosi|siskosi"
        "|veljesi|ystäväsi|mummosi|pappasi|vauvasi",
        "many_mark": "sinä ja ",
        "after_details": "heti, kun tiedot ovat tulleet",
        "at_once": "heti",
        "sorry_none": "Olen pahoillani, että näin kävi.",
        "sorry_many": "Olen pahoillani: {what}.",
        "sorry": "Olen pahoillani, että {what}.",
        "sorry_angry": "Olen todella pahoillani, että {what}. Näin ei saa käydä.",
        "sorry_very": "Olen todella pahoillani, että {what}.",
        "sorry_sarcastic": "Turhautumisesi on ymmärrettävää: {what}. Olen pahoillani.",
        "second": "Tämä on jo toinen kerta, ja se on meidän vastuullamme.",
        "third": "Tämä on jo kolmas kerta, ja se on meidän vastuullamme.",
        "chased_second": "Jouduit ottamaan yhteyttä jo toisen kerran, ja se on meidän vastuullamme.",
        "chased_third": "Jouduit ottamaan yhteyttä jo kolmannen kerran, ja se on meidän vastuullamme.",
        "chased_fourth": "Jouduit ottamaan yhteyttä jo neljännen kerran, ja se on meidän vastuullamme.",
        "before": "Näin on käynyt ennenkin, ja se on meidän vastuullamme.",
        "me": "Olen {owner} ja hoidan asiasi loppuun asti itse.",
        "heard": "Kerroit, että {what}. Olen pahoillani.",
        "needed_today": "Tiedän, että tarvitset tämän jo tänään.",
        "heard_quote": "Kirjoitit: “{quote}”. Olen pahoillani.",
        "heard_many": "Nostit esiin useamman asian, ja olen pahoillani jokaisesta:",
        "ask_one": "Tarvitsen sinulta vielä yhden asian: {details}. Sen avulla {action}.",
        "ask": "Lähetätkö minulle vielä nämä: {details}? Niiden avulla {action}.",
        "goodwill": "Vaivanpalkaksi sinulle on tulossa myös {goodwill}.",
        "team": "tiimimme",
        "step_call": "soittaa sinulle numeroon, jonka lähetät",
        "find_rest": "Kysymyksesi toisen osan selvitän tiimin kanssa.",
        "step_other": "selvittää, mitä tapahtui, ja palaa asiaan suunnitelman kanssa",
        "step_served": "välittää asian paikan esihenkilölle",
        # stamps or points the app lost come back first, whatever the fix takes
        "step_balance": "palauttaa leimasi tilillesi ja välittää tiedot tekniselle tiimillemme",
        "balance_back": "Palautan leimasi tilillesi.",
        "cancel_kept_public": "Varmistan, että tilauksesi pysyy peruttuna.",
        "cancel_kept": "Varmistan, että tilauksesi pysyy peruttuna, ja vahvistan kirjallisesti, "
        "ettei sinulta veloiteta enempää.",
        "next": "Seuraava askel: {owner} {steps}.",
        "next_mine": "Seuraava askel: {steps}.",
        "step_then": ", ja sitten ",
        "follow": "Kerron, kun olen selvittänyt asian, ja kysyn kuulumisiasi {date}.",
        "follow_delivery": "Vahvistan, kun lähetys on matkalla, ja varmistan {date}, että se tuli perille.",
        "follow_broken": "Vahvistan, kun asia on hoidettu, ja kysyn {date}, onko kaikki kunnossa.",
        "follow_money": "Vahvistan, kun rahat ovat tililläsi, ja kysyn kuulumisiasi {date}.",
        "follow_cancelled": "Jos sinulta veloitetaan tämän jälkeen vielä jotain, kerro minulle, "
        "niin korjaan sen.",
        "follow_app": "Kerron, kun vika on korjattu, ja varmistan {date}, että kaikki toimii.",
        "parting": "Olen lukenut viestisi viime viikoilta, ja on selvää, ettemme ole onnistuneet "
        "palvelemaan sinua hyvin. Toivon, että löydät paikan, joka sopii sinulle paremmin, ja "
        "toivotan sinulle kaikkea hyvää.",
        "staff_words": "kuljettaja|barista|myyjä|asiakaspalvelu|henkilökunta",
        "praise_staff": "Välitän kiitoksesi suoraan sille, jota kehuit.",
        # the one they praised, by their role: "barista oli tosi ystävällinen"
        "praise_staff_named": "Välitän kiitoksesi suoraan {whom}.",
        "staff_to": "barista=baristallemme|myyjä=myyjällemme|kuljettaja=kuljettajallemme",
        # "Kallion baristat on parhaita": praise for several, passed to them all
        "staff_many_words": "baristat|baristoj|baristoi|myyjät|kuljettajat|henkilökunta|porukka",
        "praise_staff_many": "Välitän kiitoksesi suoraan heille.",
        "thanks": "Kiitos!",
        "noted": "Kiitos viestistäsi.",
        "fake_reach": "Tavoitat meidät aina: {real}.",
        "idea_thanks": "Kiitos ideasta!",
        "idea_passed": "Välitin sen tiimille, joka kehittää palveluamme.",
        "idea_no_promise": "En voi luvata, toteutuuko se tai milloin, mutta tällaiset ideat "
        "ohjaavat sitä, mitä muutamme.",
        "fake_thanks": "Kiitos, että varoitit muitakin. Se ei ole meidän tilimme.",
        "fake_never": "Emme koskaan pyydä korttitietoja tai maksuja viestillä tai linkillä, ja "
        "ilmoitamme tilin.",
        "fake_bank": "Jos syötit jo tietojasi, ota heti yhteys pankkiisi.",
        "thanks_stars": "Kiitos viidestä tähdestä!",
        "praise_item": "Ilahduttaa kuulla, että {item} maistui.",
        "praise_team": "Välitän terveisesi koko tiimille.",
        "answer_q": "vastaan mielelläni kysymyksiisi",
        "rumour_wrong": "Tieto ei pidä paikkaansa, ja ymmärrän, että se huolestuttaa.",
        "rumour_how": "Näin asia oikeasti on, ja ymmärrän, että se huolestuttaa.",
        # a health scare: thanked and taken seriously, the facts as they are, no "not true" yet
        "rumour_scare": "Kiitos, että kysyit: suhtaudumme elintarviketurvallisuuteen vakavasti.",
        "facts": "Tosiasiat: {fact}.",
        "exchange_asked_public": "Lähetän sinulle uuden tilalle.",
        "rumour_lived": "Ymmärrän hyvin huolesi.",
        "rule_is": "Sääntömme on tämä: {fact}.",
        "rumour_lived_where": "Kerroit myös, mitä sinulle on tapahtunut. Jos joku on rikkonut "
        "tätä sääntöä, haluan selvittää kuka. Lähetätkö minulle esimerkin viesteistä tai "
        "numeroista, joista sinuun on otettu yhteyttä? Selvitän asian ja kerron, mitä löydän.",
        "rumour_offline": "Kysyit tästä: ”{claim}”. Tässä tosiasiat: {fact}.",
        "rumour_where": "Jos näit väitteen jossain tietyssä paikassa, kerro missä, niin vastaamme "
        "siihen sielläkin. Muihin kysymyksiin vastaan mielelläni tässä viestiketjussa.",
        "press_read": "{brand} on lukenut jutun.",
        "press_fact": "Tiedoksi: {fact}.",
        "press_where": "Asiakkaat, joita asia koskee, tavoittavat meidät: {where}. Jokaisella "
        "tapauksella on nimetty hoitaja.",
        "press_thanks": "Kiitos, että kirjoititte meistä ({brand}).",
        "press_q": "Kysymyksiin vastaamme mielellämme: {where}.",
        "press_note": "Kiitos jutustasi ”{title}”.",
        "press_offer": "Annan mielelläni lausunnon tai vastaan kysymyksiin jatkojuttua varten.",
        "press_asked": "Kiitos, että pyysitte kommenttia ({brand}). Toimitamme sen teille{due}.",
        "press_asked_where": "Kirjoittakaa meille: {where}, niin lähetämme sen suoraan teille.",
        "press_asked_note": "Kiitos kommenttipyynnöstä. Hankin tiimiltä hyväksytyn vastauksen ja "
        "lähetän sen teille{due}. Jos teillä on tarkempia kysymyksiä, lähettäkää ne minulle tähän.",
        "press_due": " ennen määräaikaanne",
        "here": "{owner} ({brand}) täällä.",
        "community_sorry": "Ikävä lukea, että {what}. Jos kyse on sinusta, haluan hoitaa asian itse.",
        "community_q": "Vastaan mielelläni kysymyksiin tässä ketjussa.",
        "unsure": "Näimme viestisi ja haluamme ymmärtää sen oikein: jos jokin ei ole kunnossa, kerro mitä tapahtui.",
        "find_out": "Selvitän sinulle oikean vastauksen.",
        "come_back": "palaan asiaan",
        "send_full": "lähetän sinulle koko vastauksen",
        "more_help": "autan mielelläni muussakin",
        "free_no": "Pidämme hinnat ja tarjoukset samoina kaikille asiakkaille, joten emme lähetä "
        "ilmaisia tuotteita tai koodeja yksittäisille henkilöille.",
        "free_fix": "Jos tilauksessa meni jotain pieleen, korjaamme sen kuten kenelle tahansa.",
        "followup_about": ", koska {what}",
        "followup": "Otit meihin yhteyttä muutama päivä sitten{about}. Onko kaikki nyt kunnossa?",
        "followup_more": "Jos jokin on yhä pielessä, vastaa tähän viestiin, niin hoidan asian heti.",
    },
    specific=_specific,
    new_part=_new_part,
    turn=_turned,
)
