"""``repmon match``: explain why a text is (or is not) a mention of a brand."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json

if TYPE_CHECKING:
    from monitor.config import Brand


def _explain(brand: Brand, text: str, language: str | None) -> dict[str, object]:
    from monitor.matching import Matcher

    results = Matcher([brand]).match(text)
    result = results[0] if results else None
    terms = result.terms if result else []
    excluded = result.excluded_by if result else []
    lang_ok = not (brand.languages and language and language.split("-")[0] not in brand.languages)
    if excluded:
        verdict = f"dropped: excluded by {', '.join(excluded)}"
    elif not terms:
        verdict = "no match: none of its terms is in the text"
    elif not lang_ok:
        verdict = f"dropped: language {language!r} is not in {', '.join(brand.languages)}"
    else:
        verdict = f"match: {', '.join(terms)}"
    matched = bool(terms) and not excluded and lang_ok
    return {"brand": brand.name, "matched": matched, "terms": terms, "excluded_by": excluded,
            "verdict": verdict}  # fmt: skip


@click.command()
@click.option(
    "--brand", "brands", multiple=True, help="Only this brand (repeatable; default: all)."
)
@click.option("--lang", help="The text's language, to check the brand's language filter.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.argument("text")
@click.pass_obj
def match(app: App, brands: tuple[str, ...], lang: str | None, as_json: bool, text: str) -> None:
    """Explain which term matched TEXT, or which exclusion dropped it, for each brand.

    \b
    Examples:
      repmon match --brand Acme "Loving the new acme coffee blend"
      repmon match "acme anvil fell on me" --json
    """
    chosen = [app.settings.brand(b) for b in brands] or app.settings.brands
    found = [_explain(b, text, lang) for b in chosen]
    if as_json:
        echo_json(found)
        return
    for item in found:
        click.echo(f"{item['brand']}: {item['verdict']}")
