"""A student's copy of everything stored about them: profile, classes,
attempts, answers with feedback and their account's events, as JSON and CSV
in one zip."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from sqlalchemy import select

from ..extensions import db
from ..models import (
    Answer,
    Article,
    Attempt,
    AuditEvent,
    Classroom,
    Exercise,
    Item,
    Membership,
    User,
)
from . import audit


def _rows(user: User) -> dict[str, list[dict]]:
    profile = [
        {
            "username": user.username,
            "nickname": user.nickname or "",
            "role": user.role,
            "created_at": user.created_at.isoformat(),
            "last_login_at": user.last_login_at.isoformat()
            if user.last_login_at
            else "",
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
            "finished_at": attempt.finished_at.isoformat()
            if attempt.finished_at
            else "",
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
            "from": event.client_address or "",
        }
        for event in db.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.subject_id == user.id)
            .order_by(AuditEvent.id)
        )
    ]
    return {
        "profile": profile,
        "classes": classes,
        "attempts": attempts,
        "answers": answers,
        "account_events": events,
    }


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def export_user_data(user: User) -> bytes:
    """Everything stored about `user`, as a zip of data.json and one CSV per
    table (profile, classes, attempts, answers with feedback, account events)."""
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
