"""One exception tree for the whole product.

Library exceptions (tweepy, praw, HTTP clients, SQLAlchemy, smtplib) are translated into
these at the boundary where they happen, so the runner and the CLI only ever handle ours::

    RepmonError
    ├── ConfigError            a config file or option is wrong; names the field path
    ├── InputError             an import file or line cannot be read; names file and line
    ├── SourceError            a source failed; the runner records it and carries on
    │   ├── AuthError          credentials missing or refused
    │   ├── RateLimited        the source asked us to wait (retry_after seconds)
    │   └── SourceUnavailable  5xx, timeouts, network: try again later
    ├── DeliveryError          a digest or alert could not be delivered (stays pending)
    └── StatusError            a mention id is unknown or cannot move to that status
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class RepmonError(Exception):
    """Base of every error the product raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem in a file: where it is (a field path or ``file:line``) and what is wrong."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ConfigError(RepmonError):
    """A config file has one or more problems; each names the path of its field."""

    def __init__(self, problems: Sequence[Problem], *, file: str | None = None) -> None:
        self.problems = tuple(problems)
        self.file = file
        head = f"{file}: " if file else ""
        lines = [f"{head}{p}" for p in self.problems]
        super().__init__("\n".join(lines))


class InputError(RepmonError):
    """An input file or one of its items cannot be read (names the file and line)."""


class SourceError(RepmonError):
    """A source failed. ``source`` is the configured source name when known."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(message)


class AuthError(SourceError):
    """Credentials are missing or were refused; says which environment variable."""


class RateLimited(SourceError):
    """The source asked us to wait ``retry_after`` seconds before the next request."""

    def __init__(self, message: str, *, retry_after: float, source: str | None = None) -> None:
        self.retry_after = max(0.0, float(retry_after))
        super().__init__(message, source=source)


class SourceUnavailable(SourceError):
    """A server error, a timeout or the network: worth trying again later."""


class DeliveryError(RepmonError):
    """A digest or alert could not be delivered; the outbox keeps it pending."""


class StatusError(RepmonError):
    """A mention is unknown or cannot move to the asked status; names the mention id."""
