"""A learner's progress: per article and exercise, and per skill."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from ..extensions import db
from ..models import Answer, Article, Attempt, Exercise, User

SKILLS: dict[str, str] = {
    "sourcing": "Spotting sourcing",
    "speculation": "Spotting speculation",
    "opinion": "Spotting opinion",
    "comprehension": "Comprehension",
}


@dataclass
class ExerciseProgress:
    exercise: Exercise
    attempts: int = 0
    finished: int = 0
    best: float | None = None  # best finished score as a share of the maximum
    in_progress: bool = False
    #: Points over maximum points across every answer of every attempt.
    accuracy: float | None = None


@dataclass
class SkillProgress:
    skill: str
    name: str
    answered: int = 0
    points: float = 0.0
    max_points: float = 0.0

    @property
    def accuracy(self) -> float | None:
        return self.points / self.max_points if self.max_points else None


@dataclass
class Progress:
    articles: list[tuple[Article, list[ExerciseProgress]]] = field(default_factory=list)
    skills: list[SkillProgress] = field(default_factory=list)


def exercise_progress(
    user: User, exercises: list[Exercise]
) -> dict[int, ExerciseProgress]:
    """Attempts, finished attempts, best score and accuracy of `user` per
    exercise id."""
    result = {e.id: ExerciseProgress(e) for e in exercises}
    if not exercises:
        return result
    share = case((Attempt.max_score > 0, Attempt.score / Attempt.max_score), else_=0.0)
    rows = db.session.execute(
        select(
            Attempt.exercise_id,
            func.count(Attempt.id),
            func.count(Attempt.finished_at),
            func.max(case((Attempt.finished_at.is_not(None), share), else_=None)),
            func.sum(Attempt.score),
            func.sum(Attempt.max_score),
        )
        .where(Attempt.user_id == user.id, Attempt.exercise_id.in_(result))
        .group_by(Attempt.exercise_id)
    )
    for exercise_id, attempts, finished, best, points, max_points in rows:
        p = result[exercise_id]
        p.attempts, p.finished, p.best = attempts, finished, best
        p.in_progress = attempts > finished
        p.accuracy = float(points) / float(max_points) if max_points else None
    return result


def progress_for(user: User) -> Progress:
    """Everything the progress page shows for `user`."""
    articles = db.session.scalars(
        select(Article).where(Article.is_published).order_by(Article.title)
    ).all()
    exercises = [e for a in articles for e in a.exercises if e.is_active]
    by_exercise = exercise_progress(user, exercises)
    progress = Progress()
    for article in articles:
        rows = [by_exercise[e.id] for e in article.exercises if e.is_active]
        if any(r.attempts for r in rows):
            progress.articles.append((article, rows))
    skill_rows = db.session.execute(
        select(
            Answer.skill,
            func.count(Answer.id),
            func.sum(func.coalesce(Answer.override_score, Answer.score)),
            func.sum(Answer.max_score),
        )
        .join(Attempt, Answer.attempt_id == Attempt.id)
        .where(Attempt.user_id == user.id)
        .group_by(Answer.skill)
    )
    totals = {skill: (n, pts or 0.0, mx or 0.0) for skill, n, pts, mx in skill_rows}
    for skill, name in SKILLS.items():
        n, pts, mx = totals.get(skill, (0, 0.0, 0.0))
        progress.skills.append(SkillProgress(skill, name, n, float(pts), float(mx)))
    return progress
