"""A user's copy of everything stored about them: profile, classes,
attempts, answers with feedback, best scores, practice days, live games, LMS
links with the scores sent to LMS gradebooks, and their account's events, as
JSON and CSV in one zip; for a teacher or admin (or a former one whose work is
still stored) also their own work: articles, exercises, drafts, classes
taught, assignments, live games hosted, grades changed, LMS platforms
registered and their actions on others (`teaching_data`, which says what is
left out and why). Secrets (password hash, session token, reset code, LMS
keys and tokens, join codes, game PINs) are never in it."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

from sqlalchemy import select

from ..extensions import db
from ..models import (
    Answer,
    Article,
    Attempt,
    AuditEvent,
    BestScore,
    Classroom,
    Exercise,
    Item,
    LiveAnswer,
    LiveGame,
    LivePlayer,
    LtiContext,
    LtiGradePassback,
    LtiLineItem,
    LtiPlatform,
    LtiResourceLink,
    LtiUserLink,
    Membership,
    PracticeDay,
    User,
)
from . import audit, teaching_data


def _rows(user: User) -> dict[str, list[dict]]:
    profile = [
        {
            "username": user.username,
            "nickname": user.nickname or "",
            "role": user.role,
            "created_at": user.created_at.isoformat(),
            "last_login_at": _when(user.last_login_at),
        }
    ]
    classes = [
        {"class": name, "joined_at": joined.isoformat()}
        for name, joined in db.session.execute(
            select(Classroom.name, Membership.joined_at)
            .join(Membership, Membership.classroom_id == Classroom.id)
            .where(Membership.user_id == user.id)
            .order_by(Membership.joined_at)
        )
    ]
    attempts = [
        {
            "attempt": attempt.id,
            "article": title,
            "exercise": exercise_title,
            "number": attempt.number,
            "started_at": attempt.started_at.isoformat(),
            "finished_at": _when(attempt.finished_at),
            "score": attempt.score,
            "max_score": attempt.max_score,
        }
        for attempt, exercise_title, title in db.session.execute(
            select(Attempt, Exercise.title, Article.title)
            .join(Exercise, Exercise.id == Attempt.exercise_id)
            .join(Article, Article.id == Exercise.article_id)
            .where(Attempt.user_id == user.id)
            .order_by(Attempt.id)
        )
    ]
    answers = [
        {
            "attempt": answer.attempt_id,
            "item": key,
            "answered_at": answer.answered_at.isoformat(),
            "response": json.dumps(answer.response, ensure_ascii=False),
            "score": answer.score,
            "max_score": answer.max_score,
            "teacher_grade": ""
            if answer.override_score is None
            else answer.override_score,
            "teacher_comment": answer.override_comment or "",
            "feedback": answer.feedback,
        }
        for answer, key in db.session.execute(
            select(Answer, Item.key)
            .join(Item, Item.id == Answer.item_id)
            .join(Attempt, Attempt.id == Answer.attempt_id)
            .where(Attempt.user_id == user.id)
            .order_by(Answer.id)
        )
    ]
    events = [
        {
            "when": event.created_at.isoformat(),
            "event": audit.ACTIONS.get(event.action, event.action),
            # Another person's address is theirs, not the owner's: shown only
            # when the owner acted (or nobody signed in, as a failed login).
            "from": (event.client_address or "")
            if event.actor_id in (None, user.id)
            else "",
        }
        for event in db.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.subject_id == user.id)
            .order_by(AuditEvent.id)
        )
    ]
    work = {}  # a student's download lists no teaching sections
    if user.is_teacher or teaching_data.has_work(user):
        work = teaching_data.work_rows(user)
    return {
        "profile": profile,
        "classes": classes,
        "attempts": attempts,
        "answers": answers,
        **_progress(user),
        **_live_games(user),
        **_lms(user),
        **work,
        "account_events": events,
    }


def _when(value) -> str:
    return value.isoformat() if value else ""


def _progress(user: User) -> dict[str, list[dict]]:
    """Best score per exercise (what leaderboards read) and practice days."""
    best_scores = [
        {
            "article": title,
            "exercise": exercise_title,
            "attempt": best.attempt_id,
            "score": best.score,
            "max_score": best.max_score,
            "achieved_at": _when(best.achieved_at),
        }
        for best, exercise_title, title in db.session.execute(
            select(BestScore, Exercise.title, Article.title)
            .join(Exercise, Exercise.id == BestScore.exercise_id)
            .join(Article, Article.id == Exercise.article_id)
            .where(BestScore.user_id == user.id)
            .order_by(BestScore.id)
        )
    ]
    days = [
        {"day": day.isoformat()}
        for day in db.session.scalars(
            select(PracticeDay.day)
            .where(PracticeDay.user_id == user.id)
            .order_by(PracticeDay.day)
        )
    ]
    return {"best_scores": best_scores, "practice_days": days}


def _live_games(user: User) -> dict[str, list[dict]]:
    """The live games they played in, and their answers there."""
    players = [
        {
            "game": player.game_id,
            "article": title,
            "class": class_name or "",
            "nickname": player.nickname,
            "points": player.score,
            "correct": player.correct,
            "removed_by_host": player.is_removed,
            "joined_at": _when(player.joined_at),
        }
        for player, title, class_name in db.session.execute(
            select(LivePlayer, Article.title, Classroom.name)
            .join(LiveGame, LiveGame.id == LivePlayer.game_id)
            .join(Article, Article.id == LiveGame.article_id)
            .outerjoin(Classroom, Classroom.id == LiveGame.classroom_id)
            .where(LivePlayer.user_id == user.id)
            .order_by(LivePlayer.id)
        )
    ]
    answers = [
        {
            "game": answer.game_id,
            "question": answer.question_index + 1,
            "item": key,
            "answered_at": _when(answer.answered_at),
            "response": json.dumps(answer.response, ensure_ascii=False),
            "fraction_right": answer.fraction,
            "points": answer.points,
            "seconds": answer.elapsed_ms / 1000,
            "feedback": answer.feedback,
        }
        for answer, key in db.session.execute(
            select(LiveAnswer, Item.key)
            .join(Item, Item.id == LiveAnswer.item_id)
            .join(LivePlayer, LivePlayer.id == LiveAnswer.player_id)
            .where(LivePlayer.user_id == user.id)
            .order_by(LiveAnswer.id)
        )
    ]
    return {"live_games": players, "live_answers": answers}


# A JWT, or the value after "Bearer" or a token's or secret's name, that an
# LMS's error message might echo.
_SECRET = re.compile(
    r"(?P<name>Bearer\s+|(?:access_token|refresh_token|client_secret|assertion)"
    r"\W{1,4})[\w.~+/=-]+|eyJ[\w-]+\.[\w-]+\.[\w-]*",
    re.IGNORECASE,
)


def _without_secrets(text: str | None) -> str:
    return _SECRET.sub(lambda m: (m["name"] or "") + "[removed]", text or "")


def _lms(user: User) -> dict[str, list[dict]]:
    """The LMS accounts linked to theirs (LTI) and the scores queued for or
    sent to LMS gradebooks: no key, token or platform secret. Outer joins:
    a row is listed even when a SQLite database (no foreign keys enforced) kept
    it after its platform was removed, before removal deleted such rows."""
    accounts = [
        {
            "platform": platform or "",
            "issuer": issuer or "",
            "lms_user_id": link.subject,
            "linked_at": _when(link.created_at),
        }
        for link, platform, issuer in db.session.execute(
            select(LtiUserLink, LtiPlatform.name, LtiPlatform.issuer)
            .outerjoin(LtiPlatform, LtiPlatform.id == LtiUserLink.platform_id)
            .where(LtiUserLink.user_id == user.id)
            .order_by(LtiUserLink.id)
        )
    ]
    grades = [
        {
            "platform": platform or "",
            "course": course or "",
            "activity": activity or "",
            "exercise_set": title or "",
            "line_item": line_item or "",
            "lms_user_id": passback.subject,
            "score": passback.score_given,
            "max_score": passback.score_maximum,
            "scored_at": passback.scored_at,
            "state": passback.status,
            "tries": passback.tries,
            "queued_at": _when(passback.created_at),
            "sent_at": _when(passback.sent_at),
            "error": _without_secrets(passback.last_error),
        }
        for passback, line_item, activity, platform, course, title in (
            db.session.execute(
                select(
                    LtiGradePassback,
                    LtiLineItem.url,
                    LtiResourceLink.title,
                    LtiPlatform.name,
                    LtiContext.title,
                    Article.title,
                )
                .outerjoin(LtiLineItem, LtiLineItem.id == LtiGradePassback.line_item_id)
                .outerjoin(
                    LtiResourceLink,
                    LtiResourceLink.id == LtiLineItem.resource_link_id,
                )
                .outerjoin(LtiPlatform, LtiPlatform.id == LtiResourceLink.platform_id)
                .outerjoin(LtiContext, LtiContext.id == LtiResourceLink.context_id)
                .outerjoin(Article, Article.id == LtiResourceLink.article_id)
                .where(LtiGradePassback.user_id == user.id)
                .order_by(LtiGradePassback.id)
            )
        )
    ]
    return {"lms_accounts": accounts, "lms_grades": grades}


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def export_user_data(user: User) -> bytes:
    """Everything stored about `user`, as a zip of data.json and one CSV per
    table (profile, classes, attempts, answers with feedback, best scores,
    practice days, live games and answers, LMS accounts and grades, a
    teacher's own work, account events)."""
    rows = _rows(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "data.json", json.dumps(rows, ensure_ascii=False, indent=2, default=str)
        )
        for name, table in rows.items():
            archive.writestr(f"{name}.csv", _csv(table))
    audit.record("privacy.export", actor=user, subject=user, commit=True)
    return buffer.getvalue()
