"""One ``youtube#commentThread`` as a ``Found``: the top-level comment, its video, its edit."""

from __future__ import annotations

from typing import Any

from connectors.base import Found
from connectors.html import html_to_text
from connectors.items import count, get, meta, opt, opt_text, text, when

WATCH = "https://www.youtube.com/watch?v={video}&lc={comment}"
CHANNEL = "https://www.youtube.com/channel/{channel}"


def comment_id(thread: Any) -> object:
    return thread.get("id")


def parse_thread(thread: Any) -> Found:
    snippet = get(thread, "snippet.topLevelComment.snippet")
    comment = text(get(thread, "snippet.topLevelComment.id"), "snippet.topLevelComment.id")
    video = opt_text(opt(thread, "snippet.videoId"), "snippet.videoId") or opt_text(
        opt(snippet, "videoId"), "videoId"
    )
    original = opt_text(opt(snippet, "textOriginal"), "textOriginal")
    body = original or html_to_text(text(get(snippet, "textDisplay"), "textDisplay"))
    published = when(get(snippet, "publishedAt"), "publishedAt")
    updated = opt(snippet, "updatedAt")
    edited = when(updated, "updatedAt") if updated is not None else None
    return Found(
        source="youtube",
        external_id=comment.strip(),
        text=text(body, "textDisplay").strip(),
        created_at=published,
        url=_url(video, comment.strip(), opt(thread, "snippet.channelId")),
        author=opt_text(opt(snippet, "authorDisplayName"), "authorDisplayName"),
        edited_at=edited if edited and edited > published else None,
        meta=meta(
            video_id=video,
            channel_id=opt(thread, "snippet.channelId"),
            likes=count(opt(snippet, "likeCount"), "likeCount"),
            replies=count(opt(thread, "snippet.totalReplyCount"), "totalReplyCount"),
            author_channel_id=opt(snippet, "authorChannelId.value"),
        ),
    )


def _url(video: str | None, comment: str, channel: Any) -> str | None:
    """The comment under its video; a channel-page comment links to the channel."""
    if video:
        return WATCH.format(video=video, comment=comment)
    return CHANNEL.format(channel=channel) if isinstance(channel, str) and channel else None
