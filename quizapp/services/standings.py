"""Class leaderboards: the queries behind `quizapp.grading.ranking`, the rows
each viewer may see, and the rules of points as students read them.

Reads only `best_scores` (kept up to date as answers arrive), memberships and
practice days, never the answers table, so a class's standings cost the same
however many answers the school has stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from ..extensions import db
from ..grading import ranking
from ..grading.ranking import Standing, Totals, rank, streak, visible_to, week_start
from ..models import (
    Assignment,
    BestScore,
    Classroom,
    Exercise,
    Membership,
    PracticeDay,
    User,
)
from ..models._base import utcnow

STREAK_WINDOW_DAYS = 120
PERIODS = {"week": "This week", "all": "All time"}


def class_standings(
    classroom: Classroom, period: str = "all", now: datetime | None = None
) -> list[Standing]:
    """Ranked standings of the class's students over its assigned exercise sets.

    `period` is "all" (all time) or "week" (best scores set since Monday).
    """
    now = now or utcnow()
    members = db.session.scalars(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.classroom_id == classroom.id)
    ).all()
    if not members:
        return []
    member_ids = [m.id for m in members]
    exercise_ids = (
        select(Exercise.id)
        .join(Assignment, Assignment.article_id == Exercise.article_id)
        .where(Assignment.classroom_id == classroom.id, Exercise.is_active)
    )
    query = (
        select(
            BestScore.user_id,
            func.sum(BestScore.score),
            func.sum(BestScore.max_score),
            func.max(BestScore.achieved_at),
        )
        .where(
            BestScore.user_id.in_(member_ids),
            BestScore.exercise_id.in_(exercise_ids),
        )
        .group_by(BestScore.user_id)
    )
    if period == "week":
        query = query.where(BestScore.achieved_at >= week_start(now))
    sums = {uid: (pts, mx, at) for uid, pts, mx, at in db.session.execute(query)}
    days: dict[int, list] = {}
    for uid, day in db.session.execute(
        select(PracticeDay.user_id, PracticeDay.day).where(
            PracticeDay.user_id.in_(member_ids),
            PracticeDay.day >= (now - timedelta(days=STREAK_WINDOW_DAYS)).date(),
        )
    ):
        days.setdefault(uid, []).append(day)
    totals = []
    for member in members:
        points, max_points, reached = sums.get(member.id, (0.0, 0.0, None))
        totals.append(
            Totals(
                user_id=member.id,
                name=member.display_name,
                points=float(points or 0.0),
                max_points=float(max_points or 0.0),
                reached_at=reached,
                streak=streak(days.get(member.id, []), now.date()),
            )
        )
    return rank(totals)


# ------------------------------------------------------------ leaderboards


@dataclass
class Board:
    rows: list[Standing]
    own: Standing | None
    period: str
    mode: str
    total: int


def leaderboard(classroom: Classroom, viewer: User, period: str = "all") -> Board:
    """The standings `viewer` may see: all for the class's teacher and admins;
    for a student what the class's mode allows, always with their own row."""
    period = period if period in PERIODS else "all"
    standings = class_standings(classroom, period)
    is_staff = viewer.role == "admin" or viewer.id == classroom.teacher_id
    rows = visible_to(
        standings,
        viewer.id,
        classroom.leaderboard_mode,
        classroom.leaderboard_top_n,
        is_staff,
    )
    own = next((s for s in rows if s.is_viewer), None)
    return Board(rows, own, period, classroom.leaderboard_mode, len(standings))


def how_points_work() -> list[str]:
    """The rules of `quizapp.grading.ranking`'s docstring, one string each."""
    text = (ranking.__doc__ or "").split("How points work", 1)[-1]
    text = text.split(":", 1)[-1].replace("**", "")
    rules: list[str] = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- ") or line.startswith("Ties:"):
            rules.append(line.removeprefix("- "))
        elif line and rules:
            rules[-1] += " " + line
    return [r.rstrip(";") for r in rules]
