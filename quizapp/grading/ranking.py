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

Rankings (the teacher chooses one per class; `RANKINGS`):
- points (the rules above): volume counts, so more practice ranks higher;
- accuracy: points / maximum points over the best attempts, among students who
  answered at least the class's minimum number of items (the others are listed
  unranked until they reach it); equal accuracy is separated by points;
- mastery: the number of skills a student has mastered, that is answered at
  least `MASTERY_MIN_ITEMS` items of with 80% or more of their points; equal
  mastery is separated by accuracy, then points.
Students equal on every key of their class's ranking share a rank.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

#: The ranking a teacher may choose per class, with how students read it.
RANKINGS = {
    "points": "Points: every point counts, so practice pays",
    "accuracy": "Accuracy, once a student has answered the minimum number of items",
    "mastery": "Mastery: skills with 80% or more of their points",
}
MASTERY_SHARE = 0.8
MASTERY_MIN_ITEMS = 3


@dataclass(frozen=True)
class Totals:
    """One student's sums over the best scores that count."""

    user_id: int
    name: str
    points: float
    max_points: float
    reached_at: datetime | None = None  # when the latest best score was set
    streak: int = 0
    #: Items answered in the best attempts (for the accuracy minimum).
    items: int = 0
    #: Per skill: (points, maximum points, items) over the best attempts.
    skills: Mapping[str, tuple[float, float, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Standing:
    rank: int
    user_id: int
    name: str
    points: float
    accuracy: float | None
    streak: int
    is_viewer: bool = False
    items: int = 0
    mastered: int = 0
    #: False for students below the accuracy ranking's minimum: listed, no rank.
    is_ranked: bool = True


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


def mastered(skills: Mapping[str, tuple[float, float, int]]) -> int:
    """Skills with at least MASTERY_MIN_ITEMS items and MASTERY_SHARE of points."""
    return sum(
        1
        for points, max_points, items in skills.values()
        if items >= MASTERY_MIN_ITEMS
        and max_points > 0
        and points / max_points >= MASTERY_SHARE - 1e-9
    )


def _keys(t: Totals, by: str) -> tuple:
    """What ranks a student under ranking `by`, best first (all ascending)."""
    acc = round(accuracy(t) or 0.0, 6)
    points = round(t.points, 6)
    if by == "accuracy":
        return (-acc, -points)
    if by == "mastery":
        return (-mastered(t.skills), -acc, -points)
    return (-points, -acc)


def rank(
    rows: Iterable[Totals], by: str = "points", min_items: int = 0
) -> list[Standing]:
    """Order students and give ranks by the rules in this module's docstring:
    `by` is a key of RANKINGS; `min_items` applies to the accuracy ranking."""
    by = by if by in RANKINGS else "points"

    def eligible(t: Totals) -> bool:
        return by != "accuracy" or t.items >= min_items

    def key(t: Totals):
        reached = t.reached_at or datetime.max
        return (not eligible(t), _keys(t, by), reached, t.name.lower())

    standings: list[Standing] = []
    previous_key = None
    for position, t in enumerate(sorted(rows, key=key), start=1):
        ranked = eligible(t)
        same = ranked and previous_key == _keys(t, by)
        previous = standings[-1] if standings else None
        standings.append(
            Standing(
                rank=previous.rank if same and previous else position,
                user_id=t.user_id,
                name=t.name,
                points=round(t.points, 2),
                accuracy=accuracy(t),
                streak=t.streak,
                items=t.items,
                mastered=mastered(t.skills),
                is_ranked=ranked,
            )
        )
        previous_key = _keys(t, by) if ranked else None
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
