"""English pieces every reply shares: greeting, sign-off, the channel to take it offline."""

from __future__ import annotations

from monitor import rx
from reports.replies.book import Ctx, route
from reports.replies.said import no_email, phoned_in_vain


def place(ctx: Ctx) -> str:
    text = ctx.case.text.casefold()
    for word in ("café", "cafe", "shop", "store", "branch", "restaurant"):
        if word in text:
            return "café" if word == "cafe" else word
    served = ("latte", "flat white", "cappuccino", "bun", "croissant", "barista", "espresso",
              "muffin", "pastry", "scone", "cake", "oat milk")  # fmt: skip
    if any(w in text for w in served) or _SERVED_FOOD.search(text):
        return "café"
    return "place"


# food served over a counter (whole words: a parcel "wrapped" badly is no wrap)
_SERVED_FOOD = rx.compile(
    r"\b(?:wraps?|sandwich(?:es)?|salads?|soups?|toasties?|cookies?|cinnamon rolls?|mochas?"
    r"|americanos?|cortados?|macchiatos?|bagels?|quiches?)\b"
)


def greet(ctx: Ctx) -> str:
    if not ctx.author:
        return "" if ctx.short else "Hi there,"
    return f"@{ctx.author}" if ctx.short else f"Hi {ctx.author},"


def sign(ctx: Ctx) -> str:
    if not ctx.owner:
        return ""
    return f"^{ctx.owner}" if ctx.short else f"– {ctx.voice.signature}"


def channel(ctx: Ctx, *, ask: str = "", then: str = "") -> str:
    """Where to take it, with what (the details that fit) and what happens then."""
    with_ = f" with {ask}" if ask else ""
    after = f" and I'll {then}" if then else " so I can sort this out with you"
    text = ctx.case.text
    if route(ctx) == "email" and no_email(text):
        # "emailed 4 times, nobody answers ... Not a DM": not the address that ignored them,
        # nor the DM they refuse; their own emails, answered by a person today
        if ask:
            done = f" and I'll {then}." if then else "."
            return f"I'll find your emails and answer them myself today. Reply there{with_}{done}"
        also = f", and {then}" if then.startswith("trace") else ""  # "..., and trace it"
        return f"I'll find your emails and answer them myself today{also}."
    return f"Please {way_in(ctx)}{with_}{after}."


def way_in(ctx: Ctx, *, short: bool = False) -> str:
    """ "DM @NorthwindHelp", "email help@... or call ...": the way to us that fits the post,
    mid-sentence (a DM on a short platform, never a line they say nobody answers)."""
    v = ctx.voice
    way = route(ctx)
    if way == "dm":
        # the handle is an X account: from Reddit or a review, "on X" says where it is
        return f"DM {v.dm_handle}" if ctx.dm_here else f"DM {v.dm_handle} on X"
    if way == "phone":
        return f"call {v.support_phone}"
    if way == "email":
        phone = (
            f" or call {v.support_phone}"
            if v.support_phone and not phoned_in_vain(ctx.case.text) and not short
            else ""
        )
        return f"email {v.support_email}{phone}"
    if v.support_phone and not phoned_in_vain(ctx.case.text):
        return f"call {v.support_phone}"
    return "send us a direct message"


def lead(ctx: Ctx) -> str:
    """Always mid-sentence: "our customer care lead, Mikko" closes its apposition with a comma
    ("... lead, Mikko, will call you")."""
    text = ctx.lead or "a senior member of our team"
    return f"{text}," if ", " in text and not text.endswith(",") else text


def signature(ctx: Ctx) -> str:
    contact = " · ".join(c for c in (ctx.voice.support_email, ctx.voice.support_phone) if c)
    return "\n".join(p for p in (ctx.voice.signature, contact) if p)


def hello(ctx: Ctx) -> str:
    return f"Hi {ctx.author}," if ctx.author else "Hi,"
