"""Class leaderboards: the queries behind `quizapp.grading.ranking`.

Reads only `best_scores` (kept up to date as answers arrive), memberships and
practice days, never the answers table, so a class's standings cost the same
however many answers the school has stored.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from ..extensions import db
from ..grading.ranking import Standing, Totals, rank, streak, week_start
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
