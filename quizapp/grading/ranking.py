"""Leaderboard maths: points, streaks, ranks and what each viewer may see.

Pure functions over plain data; the queries that feed them live in
`quizapp.services.standings`.

How points work (shown to students on the leaderboard page):
- a correct item is worth its points (partial credit counts as a fraction);
- each student's **best attempt** at each exercise counts, so retaking an
  exercise can raise a score but never adds a second helping of points;
- "this week" counts the best scores set since Monday 00:00 UTC;
- accuracy is points / maximum points over those best attempts;
- the streak is the number of consecutive days, up to today or yesterday, on
  which the student answered at least one item.
Ties: more points rank higher; equal points are separated by accuracy; students
equal on both **share a rank** (1, 2, 2, 4) and are listed by who reached their
score first, then by nickname.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Totals:
    """One student's sums over the best scores that count."""

    user_id: int
    name: str
    points: float
    max_points: float
    reached_at: datetime | None = None  # when the latest best score was set
    streak: int = 0


@dataclass(frozen=True)
class Standing:
    rank: int
    user_id: int
    name: str
    points: float
    accuracy: float | None
    streak: int
    is_viewer: bool = False


def week_start(now: datetime) -> datetime:
    """Monday 00:00 of the week holding `now` (same timezone as `now`)."""
    monday = now.date() - timedelta(days=now.weekday())
    return datetime(monday.year, monday.month, monday.day, tzinfo=now.tzinfo)


def streak(days: Iterable[date], today: date) -> int:
    """Consecutive practice days ending today, or yesterday if not yet today."""
    practised = set(days)
    day = today if today in practised else today - timedelta(days=1)
    count = 0
    while day in practised:
        count += 1
        day -= timedelta(days=1)
    return count


def accuracy(totals: Totals) -> float | None:
    return totals.points / totals.max_points if totals.max_points else None


def rank(rows: Iterable[Totals]) -> list[Standing]:
    """Order students and give ranks by the rules in this module's docstring."""

    def key(t: Totals):
        acc = accuracy(t) or 0.0
        reached = t.reached_at or datetime.max
        return (-round(t.points, 6), -round(acc, 6), reached, t.name.lower())

    ordered = sorted(rows, key=key)
    standings: list[Standing] = []
    for position, t in enumerate(ordered, start=1):
        acc = accuracy(t)
        previous = standings[-1] if standings else None
        same = previous is not None and (
            round(previous.points, 6) == round(t.points, 6)
            and round(previous.accuracy or 0.0, 6) == round(acc or 0.0, 6)
        )
        standings.append(
            Standing(
                rank=previous.rank if same else position,
                user_id=t.user_id,
                name=t.name,
                points=round(t.points, 2),
                accuracy=acc,
                streak=t.streak,
            )
        )
    return standings


def visible_to(
    standings: list[Standing], viewer_id: int, mode: str, top_n: int, is_staff: bool
) -> list[Standing]:
    """The rows a viewer may see under the class's leaderboard `mode`.

    Teachers see everything. Students always see their own row; with "top" they
    see the first `top_n` ranks too, with "anonymous" every row but others'
    names hidden, with "hidden" only their own row.
    """
    marked = [replace(s, is_viewer=s.user_id == viewer_id) for s in standings]
    if is_staff or mode == "visible":
        return marked
    own = [s for s in marked if s.is_viewer]
    if mode == "top":
        return [s for s in marked if s.rank <= top_n or s.is_viewer]
    if mode == "anonymous":
        return [s if s.is_viewer else replace(s, name="A classmate") for s in marked]
    return own
