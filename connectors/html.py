"""HTML to plain text, for feeds and posts that send markup.

The text is what we store, score and show; templates escape it again. Script and style
bodies are dropped, block elements become line breaks, entities are decoded, and nothing
of the markup (attributes, event handlers, ``javascript:`` links) survives.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "br", "div", "li", "ul", "ol", "blockquote", "pre", "tr", "h1", "h2", "h3", "h4"}
_DROPPED = {"script", "style", "template", "noscript", "iframe", "object"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str | None) -> str:
    """The readable text of ``markup``: no tags, decoded entities, tidy whitespace."""
    if not markup:
        return ""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
