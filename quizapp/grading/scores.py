"""How scores and points read everywhere: at most one decimal, none when whole."""

from __future__ import annotations

import math


def format_score(value: float | int | None) -> str:
    """16.34 -> "16.3", 21.0 -> "21", 0.25 -> "0.3", None -> "–" (the Jinja filter
    `score`, and the free-text grader's feedback)."""
    if value is None:
        return "–"
    value = float(value)
    if not math.isfinite(value):
        return "–"
    # Round half up on the decimal digit (0.25 -> 0.3, as people expect), with a
    # nudge for floats stored as 0.2499999.
    rounded = math.floor(abs(value) * 10 + 0.5 + 1e-9) / 10
    rounded = math.copysign(rounded, value) if rounded else 0.0
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}"
