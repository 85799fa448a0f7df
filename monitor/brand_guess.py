"""Which brand a post that names none is about, read from what each brand's config says
about itself: the words only one brand's config uses (its name, FAQ, facts, gesture) and the
languages only one brand answers in. An app review rarely names the app; a person reading
"reordering my usual beans" knows whose app it is, and so should `repmon suggest`."""

from __future__ import annotations

from monitor import rx
from monitor.config import Brand

_WORD = rx.compile(r"\p{L}{4,}")
_COMMON_WORDS = (
    "your with that this from have they them their there what when where which will would "
    "about after every only also more than into just like over some time each other been "
    "were does done here most much must need ours same such sure take told very well "
    "customers customer company people order orders answer answers nothing never always "
    "still again even really thing things today week weeks month months year days working "
    "next first last back make made give gave want could should being because before "
    "while until under within without between through across many long open close takes take "
    "taking took send sent sends work works help hours within usually every latest update "
    "updated version since passed public independent used uses using best useful genuinely "
    "good great love nice change changed changing lovely come comes came coming"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def _stems(text: str) -> set[str]:
    """Five-letter stems, so "beans" meets "bean" and "subscriptions" meets "subscription"."""
    return {w.casefold()[:5] for w in _WORD.findall(text) if w.casefold() not in _COMMON}


def _post_stems(text: str, vocabulary: set[str]) -> set[str]:
    """A post's stems as they meet a brand's: a four-letter word meets the longer ones it
    begins ("brew" and "brewers"), and a "re-" word its root ("reordering" and "ordering")."""
    out = set()
    for w in _WORD.findall(text):
        low = w.casefold()
        if low in _COMMON:
            continue
        out.add(low[:5])
        if len(low) == 4:
            out |= {v for v in vocabulary if v.startswith(low)}
        if low.startswith("re") and len(low) >= 8:
            out.add(low[2:7])
    return out


def _vocabulary(brand: Brand) -> set[str]:
    v = brand.voice
    texts = [brand.name, brand.about, *(k.strip('*#"-') for k in brand.keywords), v.goodwill or ""]
    texts += [f.text for f in v.facts] + [t for f in v.facts for t in f.translations.values()]
    texts += [f"{q.question} {q.answer}" for q in v.faq]
    texts += [t for q in v.faq for t in q.translations.values()]
    return _stems(" ".join(texts))


def _languages(brand: Brand) -> set[str]:
    v = brand.voice
    own = set(brand.languages) | set(v.translations)
    own |= {lang for f in v.facts for lang in f.translations}
    return own | {lang for q in v.faq for lang in q.translations}


_TAGGED = rx.compile(r"[@#][\w.]+")


def _name_inside(brand: Brand, text: str) -> str | None:
    """A handle or hashtag with the brand's name in it, which the matcher does not take for
    the brand (a lookalike account is not the brand's own)."""
    name = "".join(brand.name.casefold().split())
    first = brand.name.casefold().split()[0] if brand.name.strip() else ""
    for m in _TAGGED.finditer(text):
        low = m.group().casefold()
        if name in low or (len(first) >= 5 and first in low):
            return str(m.group())
    return None


def _word_for(stem: str, text: str) -> str:
    """The post's word behind a stem it met by its first four letters ("brew")."""
    return next((w for w in _WORD.findall(text) if stem.startswith(w.casefold())), stem)


def guess(
    text: str, brands: list[Brand], language: str = "", *, sold: bool = False
) -> tuple[Brand, list[str]] | None:
    """The one brand the post's words (or language) point to, with why; None when they point
    to none or to several alike. With ``sold``, only words of what a brand sells (its
    ``about``), its language or its name inside a handle count: a review from a store pinned
    to one brand is not moved by "page" or "three" found in another brand's FAQ."""
    if len(brands) < 2:
        return None
    said = {w.casefold()[:5]: w for w in reversed(_WORD.findall(text))}  # stem -> its word
    said |= {w.casefold()[2:7]: w for w in _WORD.findall(text) if w.casefold().startswith("re")}
    words = _stems(text)
    vocab = {b.name: _vocabulary(b) for b in brands}
    langs = {b.name: _languages(b) for b in brands}
    scores: list[tuple[int, Brand, list[str]]] = []
    for b in brands:
        others = set().union(*(vocab[o.name] for o in brands if o is not b))
        other_langs = set().union(*(langs[o.name] for o in brands if o is not b))
        if language and language != "en" and language in langs[b.name] - other_langs:
            own = [f"the post is in {language}, which only its voice answers in"]
            score = 10
        elif language in ("en", ""):  # words are compared in English, the configs' own
            mine = (words | _post_stems(text, vocab[b.name])) & (vocab[b.name] - others)
            own = sorted(said.get(s) or _word_for(s, text) for s in mine)
            # what the brand sells, in its own `about`, counts double: "beans" and "roast" say
            # whose review it is more than "tracking" and "address" do
            about = mine & _stems(b.about)
            score = len(mine) + len(about) if about or not sold else 0
            own = [f"words only its config uses: {', '.join(own[:4])}"] if own else []
        else:
            own, score = [], 0
        if (inside := _name_inside(b, text)) is not None:  # "@parcelly_help24", "#northwindfail"
            own, score = [f"its name is inside {inside}", *own], score + 5
        scores.append((score, b, own))
    scores.sort(key=lambda s: -s[0])
    (best, brand, why), (second, _, _) = scores[0], scores[1]
    return (brand, why) if best > second else None
