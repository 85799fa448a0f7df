"""Suggested replies for ``repmon inbox show``, when this install has a reply composer.

The composer (``reports.replies``) is optional here: it is imported lazily, and when it is
missing, or offers no ``compose(text, *, brand, source)``, ``inbox show`` says so instead
of failing.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

from monitor.config import Brand
from monitor.models import Mention


def _composer() -> Any:
    try:
        module = importlib.import_module("reports.replies")
    except ModuleNotFoundError as e:
        if e.name != "reports.replies":
            raise  # the composer exists but something it imports is missing: a real bug
        return None
    compose = getattr(module, "compose", None)
    if compose is None or not {"brand", "source"} <= set(inspect.signature(compose).parameters):
        return None
    return compose


def suggested_replies(mention: Mention, brand: Brand | None) -> dict[str, str] | None:
    """``{"public": ..., "offline": ...}``, or None when no composer is available."""
    compose = _composer()
    if compose is None or brand is None:
        return None
    result = compose(mention.text, brand=brand, source=mention.source)
    out = {}
    for label in ("public", "offline"):
        text = getattr(result, f"{label}_reply", None) or getattr(result, label, None)
        if isinstance(text, str) and text:
            out[label] = text
    return out or None
