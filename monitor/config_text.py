"""Config problems in plain words, for people who edit TOML by hand.

Pydantic says "Input is not a valid path for <class 'pathlib.Path'>"; we say what to write.
tomllib reports an unclosed list where it gave up, at the start of the next line; we point
at the line with the mistake and show it.
"""

from __future__ import annotations

import re

from monitor.errors import Problem

_PLAIN = {
    "extra_forbidden": "unknown field",
    "path_type": 'should be a path in quotes, e.g. "repmon-data"',
    "string_type": "should be text in quotes",
    "int_type": "should be a whole number",
    "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number",
    "float_type": "should be a number",
    "float_parsing": "should be a number",
    "bool_type": "should be true or false",
    "bool_parsing": "should be true or false",
    "list_type": 'should be a list, e.g. ["a", "b"]',
    "dict_type": "should be a table: { key = value } or a [section]",
    "model_type": "should be a table: { key = value } or a [section]",
    "model_attributes_type": "should be a table: { key = value } or a [section]",
    "time_type": "should be a time of day, e.g. 08:00",
    "time_parsing": "should be a time of day, e.g. 08:00",
    "string_too_short": "should not be empty",
    "string_pattern_mismatch": "should name an environment variable (A-Z, 0-9, _), "
    "e.g. X_BEARER_TOKEN",
}


def plain_message(kind: str, message: str) -> str:
    """Pydantic's wording for an error of type ``kind``, in plain words."""
    if kind in _PLAIN:
        return _PLAIN[kind]
    for prefix in ("Input should be", "Value should be"):
        if message.startswith(prefix):
            return "should be" + message.removeprefix(prefix)
    return message


_TOML_AT = re.compile(r"^(?P<what>.*?) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_TOML_PLAIN = {
    "Unclosed array": "a list is not closed: add ] at the end",
    "Unclosed inline table": "an inline table is not closed: add } at the end",
    "Illegal character '\\n'": "a quoted string is not closed on its line",
    "Invalid value": "the value cannot be read (text needs quotes)",
}


def toml_problem(message: str, text: str) -> Problem:
    """Where a TOML error really is: tomllib reports an unclosed list or a missing value
    where it gave up, at the start of the next line; the mistake is on the line before."""
    found = _TOML_AT.match(message)
    if found is None:
        return Problem("", f"not valid TOML: {message}")
    what, line, col = found["what"], int(found["line"]), int(found["col"])
    lines = text.splitlines()
    if col == 1 and line > 1 and what.startswith(("Unclosed", "Expected")):
        line -= 1
        while line > 1 and not lines[line - 1].split("#")[0].strip():
            line -= 1  # skip blank and comment lines back to the statement
    shown = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    plain = _TOML_PLAIN.get(what, what[:1].lower() + what[1:])
    return Problem(f"line {line}", f"not valid TOML: {plain}" + (f": {shown}" if shown else ""))
