"""Reading teachers' textareas: one entry per line, and evidence checks."""

from __future__ import annotations


def lines(text: str | None) -> list[str]:
    """Non-empty lines of a textarea, inner whitespace collapsed."""
    return [" ".join(x.split()) for x in (text or "").splitlines() if x.strip()]


def evidence_problem(quotes: list[str], article_text: str) -> str | None:
    """Why some evidence lines cannot be used, or None when all are in the article."""
    missing = [quote for quote in quotes if quote not in article_text]
    if not missing:
        return None
    return "Not found in the article: " + "; ".join(repr(m) for m in missing)
