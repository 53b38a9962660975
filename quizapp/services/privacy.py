"""Privacy: deleting an account, removing a student with their answers from a
class, and purging old attempts of deleted or inactive accounts after the
retention period an admin sets (a student's copy of their data is in
`personal_data`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update

from ..extensions import db
from ..models import (
    Answer,
    Assignment,
    Attempt,
    BestScore,
    Classroom,
    Exercise,
    LiveAnswer,
    LivePlayer,
    LtiGradePassback,
    LtiUserLink,
    Membership,
    PracticeDay,
    SiteSetting,
    User,
)
from ..models._base import utcnow
from . import audit
from .accounts import AccountError
from .attempts import recompute_best
from .live_results import purge_guests

RETENTION_KEY = "retention_days"


# ----------------------------------------------------------------- deletion


def _erase_attempts(user_id: int, attempt_ids: list[int]) -> set[int]:
    """Delete those attempts with their answers; the exercises they were at."""
    if not attempt_ids:
        return set()
    exercises = set(
        db.session.scalars(
            select(Attempt.exercise_id).where(Attempt.id.in_(attempt_ids))
        )
    )
    db.session.execute(
        delete(BestScore).where(
            BestScore.user_id == user_id, BestScore.exercise_id.in_(exercises)
        )
    )
    db.session.execute(delete(Answer).where(Answer.attempt_id.in_(attempt_ids)))
    db.session.execute(delete(Attempt).where(Attempt.id.in_(attempt_ids)))
    return exercises


def delete_account(user: User, password: str) -> str:
    """Delete a student's account: profile, classes, attempts, answers, best
    scores and practice days go (so standings no longer count them); the audit
    log keeps the events under a pseudonym, which is returned."""
    if user.role != "student":
        raise AccountError(
            "Teacher and admin accounts are deleted by an admin: ask one to "
            "make yours a student account first."
        )
    if not user.check_password(password):
        raise AccountError("Your password is not right.")
    attempt_ids = list(
        db.session.scalars(select(Attempt.id).where(Attempt.user_id == user.id))
    )
    _erase_attempts(user.id, attempt_ids)
    players = select(LivePlayer.id).where(LivePlayer.user_id == user.id)
    db.session.execute(delete(LiveAnswer).where(LiveAnswer.player_id.in_(players)))
    personal = (LivePlayer, BestScore, PracticeDay, Membership)
    for model in (*personal, LtiGradePassback, LtiUserLink):
        db.session.execute(delete(model).where(model.user_id == user.id))
    db.session.execute(
        update(Answer)
        .where(Answer.overridden_by_id == user.id)
        .values(overridden_by_id=None)
    )
    audit.pseudonymise(user)
    label = audit.pseudonym(user.id)
    audit.record("account.delete", subject_label=label)
    db.session.delete(user)
    db.session.commit()
    return label


def remove_from_class(teacher: User, classroom: Classroom, student: User) -> int:
    """Take `student` out of `classroom` and delete their attempts at the
    class's assigned articles; returns how many attempts went."""
    assigned = select(Exercise.id).where(
        Exercise.article_id.in_(
            select(Assignment.article_id).where(Assignment.classroom_id == classroom.id)
        )
    )
    attempt_ids = list(
        db.session.scalars(
            select(Attempt.id).where(
                Attempt.user_id == student.id, Attempt.exercise_id.in_(assigned)
            )
        )
    )
    exercises = _erase_attempts(student.id, attempt_ids)
    for exercise_id in exercises:
        recompute_best(student.id, exercise_id)
    db.session.execute(
        delete(Membership).where(
            Membership.classroom_id == classroom.id,
            Membership.user_id == student.id,
        )
    )
    audit.record(
        "class.remove_student",
        actor=teacher,
        subject=student,
        obj=("classroom", classroom.id),
        details={"attempts_deleted": len(attempt_ids)},
    )
    db.session.commit()
    return len(attempt_ids)


# ---------------------------------------------------------------- retention


def retention_days() -> int | None:
    """Days after which old attempts of inactive accounts go (None: kept)."""
    setting = db.session.get(SiteSetting, RETENTION_KEY)
    return int(setting.value) if setting and setting.value.isdigit() else None


def set_retention_days(admin: User, days: int | None) -> None:
    """Set (or with None, turn off) the retention period."""
    if days is not None and not 30 <= days <= 3650:
        raise AccountError("Choose between 30 and 3650 days, or keep everything.")
    setting = db.session.get(SiteSetting, RETENTION_KEY)
    if days is None:
        if setting is not None:
            db.session.delete(setting)
    elif setting is None:
        db.session.add(SiteSetting(key=RETENTION_KEY, value=str(days)))
    else:
        setting.value = str(days)
    audit.record("privacy.retention", actor=admin, details={"days": days})
    db.session.commit()


@dataclass
class PurgeReport:
    days: int | None
    cutoff: datetime | None = None
    accounts: int = 0
    attempts: int = 0
    live_guests: int = 0

    def __str__(self) -> str:
        guests = (
            f"Deleted {self.live_guests} live-game guest(s) past their retention "
            "period."
        )
        if self.days is None:
            return f"No retention period is set: no attempts purged. {guests}"
        return (
            f"Purged {self.attempts} finished attempt(s) of {self.accounts} "
            f"inactive account(s), finished before {self.cutoff:%Y-%m-%d} "
            f"(retention {self.days} days). {guests}"
        )


def purge(now: datetime | None = None) -> PurgeReport:
    """Delete finished attempts (with answers) older than the retention period
    of accounts deactivated, or not logged in, for longer than it, and live-game
    guests' nicknames and answers older than LIVE_GUEST_RETENTION_DAYS (with or
    without a retention period). Idempotent; each run is logged."""
    days = retention_days()
    report = PurgeReport(days, live_guests=purge_guests(now))
    if days is None:
        return report
    report.cutoff = (now or utcnow()) - timedelta(days=days)
    inactive = select(User.id).where(
        or_(
            (User.is_active.is_(False)) & (User.deactivated_at < report.cutoff),
            User.last_login_at < report.cutoff,
            (User.last_login_at.is_(None)) & (User.created_at < report.cutoff),
        )
    )
    rows = db.session.execute(
        select(Attempt.id, Attempt.user_id).where(
            Attempt.user_id.in_(inactive),
            Attempt.finished_at.is_not(None),
            Attempt.finished_at < report.cutoff,
        )
    ).all()
    by_user: dict[int, list[int]] = {}
    for attempt_id, user_id in rows:
        by_user.setdefault(user_id, []).append(attempt_id)
    for user_id, attempt_ids in by_user.items():
        for exercise_id in _erase_attempts(user_id, attempt_ids):
            recompute_best(user_id, exercise_id)
    report.accounts, report.attempts = len(by_user), len(rows)
    audit.record(
        "privacy.purge",
        details={
            "days": days,
            "accounts": report.accounts,
            "attempts": report.attempts,
            "live_guests": report.live_guests,
        },
    )
    db.session.commit()
    return report
