"""The English book: every move of ``plan.py`` worded in English."""

from __future__ import annotations

from reports.replies import en_complaint, en_other
from reports.replies.book import Ctx, Drafts


class English:
    language = "en"

    def complaint(self, ctx: Ctx) -> Drafts:
        return en_complaint.complaint(ctx)

    def praise(self, ctx: Ctx) -> Drafts:
        return en_other.praise(ctx)

    def rumour(self, ctx: Ctx) -> Drafts:
        return en_other.rumour(ctx)

    def press(self, ctx: Ctx) -> Drafts:
        return en_other.press(ctx)

    def community(self, ctx: Ctx) -> Drafts:
        public, offline = en_other.community(ctx)
        if offline is None and en_other.own_case(ctx):
            offline = en_complaint.complaint(ctx)[1]  # the message they send us, drafted
        return public, offline

    def question(self, ctx: Ctx) -> Drafts:
        return en_other.question(ctx)

    def unsure(self, ctx: Ctx) -> Drafts:
        return en_other.unsure(ctx)

    def freebie(self, ctx: Ctx) -> Drafts:
        return en_other.freebie(ctx)

    def warning(self, ctx: Ctx) -> Drafts:
        return en_other.warning(ctx)

    def idea(self, ctx: Ctx) -> Drafts:
        return en_other.idea(ctx)

    def follow_up(self, ctx: Ctx) -> str:
        return en_other.follow_up(ctx)
