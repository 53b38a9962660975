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
    Answer,
    Assignment,
    BestScore,
    Classroom,
    Exercise,
    Membership,
    PracticeDay,
    User,
)
from ..models._base import utcnow
from .board_cache import cached_standings

STREAK_WINDOW_DAYS = 120
PERIODS = {"week": "This week", "all": "All time"}


def class_standings(
    classroom: Classroom, period: str = "all", now: datetime | None = None
) -> list[Standing]:
    """Ranked standings of the class's students over its assigned exercise sets.

    `period` is "all" (all time) or "week" (best scores set since Monday).
    """
    now = now or utcnow()
    exercise_ids = (
        select(Exercise.id)
        .join(Assignment, Assignment.article_id == Exercise.article_id)
        .where(Assignment.classroom_id == classroom.id, Exercise.is_active)
    )
    counted = (BestScore.user_id == User.id) & BestScore.exercise_id.in_(exercise_ids)
    if period == "week":
        counted &= BestScore.achieved_at >= week_start(now)
    # Members and their sums in one statement (members with no score get None).
    members = db.session.execute(
        select(
            User.id,
            User.nickname,
            func.sum(BestScore.score),
            func.sum(BestScore.max_score),
            func.max(BestScore.achieved_at),
        )
        .join(Membership, Membership.user_id == User.id)
        .outerjoin(BestScore, counted)
        .where(Membership.classroom_id == classroom.id)
        .group_by(User.id, User.nickname)
    ).all()
    if not members:
        return []
    member_ids = [m[0] for m in members]
    skills = _skill_sums(member_ids, exercise_ids, period, now, classroom.ranking)
    days: dict[int, list] = {}
    for uid, day in db.session.execute(
        select(PracticeDay.user_id, PracticeDay.day).where(
            PracticeDay.user_id.in_(member_ids),
            PracticeDay.day >= (now - timedelta(days=STREAK_WINDOW_DAYS)).date(),
        )
    ):
        days.setdefault(uid, []).append(day)
    totals = []
    for uid, nickname, points, max_points, reached in members:
        totals.append(
            Totals(
                user_id=uid,
                name=User.name_for(uid, nickname),
                points=float(points or 0.0),
                max_points=float(max_points or 0.0),
                reached_at=reached,
                streak=streak(days.get(uid, []), now.date()),
                items=sum(n for _, _, n in skills.get(uid, {}).values()),
                skills=skills.get(uid, {}),
            )
        )
    return rank(totals, classroom.ranking, classroom.ranking_min_items)


def _skill_sums(member_ids, exercise_ids, period: str, now: datetime, ranking: str):
    """Per student and skill: (points, maximum, items) over the answers of their
    best attempts. Only the accuracy and mastery rankings need it, so the points
    ranking keeps reading best_scores alone."""
    if ranking not in ("accuracy", "mastery"):
        return {}
    final = func.coalesce(Answer.override_score, Answer.score)
    query = (
        select(
            BestScore.user_id,
            Answer.skill,
            func.sum(final),
            func.sum(Answer.max_score),
            func.count(Answer.id),
        )
        .join(Answer, Answer.attempt_id == BestScore.attempt_id)
        .where(
            BestScore.user_id.in_(member_ids),
            BestScore.exercise_id.in_(exercise_ids),
        )
        .group_by(BestScore.user_id, Answer.skill)
    )
    if period == "week":
        query = query.where(BestScore.achieved_at >= week_start(now))
    sums: dict[int, dict[str, tuple[float, float, int]]] = {}
    for uid, skill, points, max_points, count in db.session.execute(query):
        sums.setdefault(uid, {})[skill] = (
            float(points or 0),
            float(max_points or 0),
            int(count),
        )
    return sums


# ------------------------------------------------------------ leaderboards


@dataclass
class Board:
    rows: list[Standing]
    own: Standing | None
    period: str
    mode: str
    total: int
    ranking: str = "points"
    min_items: int = 0


def leaderboard(classroom: Classroom, viewer: User, period: str = "all") -> Board:
    """The standings `viewer` may see: all for the class's teacher and admins;
    for a student what the class's mode allows, always with their own row."""
    period = period if period in PERIODS else "all"
    standings = cached_standings(
        classroom, period, lambda: class_standings(classroom, period)
    )
    is_staff = viewer.role == "admin" or viewer.id == classroom.teacher_id
    rows = visible_to(
        standings,
        viewer.id,
        classroom.leaderboard_mode,
        classroom.leaderboard_top_n,
        is_staff,
    )
    own = next((s for s in rows if s.is_viewer), None)
    return Board(
        rows,
        own,
        period,
        classroom.leaderboard_mode,
        len(standings),
        classroom.ranking,
        classroom.ranking_min_items,
    )


def ranking_rule(classroom: Classroom) -> str:
    """How this class's leaderboard ranks, as one sentence for students."""
    if classroom.ranking == "accuracy":
        return (
            "This class ranks by accuracy: points over maximum points, once you "
            f"have answered at least {classroom.ranking_min_items} items; equal "
            "accuracy is separated by points. Until then you are listed unranked."
        )
    if classroom.ranking == "mastery":
        return (
            "This class ranks by mastery: the number of skills in which you "
            f"answered at least {ranking.MASTERY_MIN_ITEMS} items and earned "
            f"{round(ranking.MASTERY_SHARE * 100)}% or more of their points; equal "
            "mastery is separated by accuracy, then points."
        )
    return "This class ranks by points: the more you practise, the higher you rank."


def how_points_work(classroom: Classroom | None = None) -> list[str]:
    """The rules of `quizapp.grading.ranking`'s docstring, one string each, after
    the class's ranking rule when a class is given."""
    text = (ranking.__doc__ or "").split("How points work", 1)[-1]
    text = text.split("Rankings (", 1)[0]
    text = text.split(":", 1)[-1].replace("**", "")
    rules: list[str] = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- ") or line.startswith("Ties:"):
            rules.append(line.removeprefix("- "))
        elif line and rules:
            rules[-1] += " " + line
    rules = [r.rstrip(";") for r in rules]
    return [ranking_rule(classroom), *rules] if classroom is not None else rules
