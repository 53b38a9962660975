"""Text as people paste it: control characters dropped.

Text copied from web pages, PDFs and word processors can carry control
characters (NUL, form feeds, stray C1 codes) that mean nothing to a reader and
that PostgreSQL refuses to store (NUL). Tabs and line breaks stay; page and
line separators become line breaks.
"""

from __future__ import annotations

import unicodedata

_LINE_BREAKS = "\v\f\x1c\x1d\x1e\x85"
_KEPT = "\t\n\r"


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in [*range(0x20), *range(0x7F, 0xA0)]:
        char = chr(code)
        if char in _KEPT or unicodedata.category(char) != "Cc":
            continue
        table[code] = "\n" if char in _LINE_BREAKS else None
    return table


_CONTROL = _table()


def without_control_characters(text: str) -> str:
    """`text` without control characters other than tabs and line breaks."""
    return text.translate(_CONTROL)


_INNER_QUOTES = str.maketrans({'"': "'", "“": "‘", "”": "’"})


def in_quotes(text: str) -> str:
    """`text` between curly double quotes, the double quotes inside it made
    single (“'We cut costs,' he said.”), as a drafted question quotes a
    sentence; not “"We cut costs," he said.”."""
    return f"“{str(text).translate(_INNER_QUOTES)}”"
