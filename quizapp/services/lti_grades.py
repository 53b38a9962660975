"""Scores to LMS gradebooks (LTI Assignment and Grade Services).

When a student who came from an LMS finishes an attempt (or a teacher's
override or a regrade changes a finished one), the student's score on the
linked exercise set is queued in `lti_grade_passbacks` in the same request.
Queued scores are sent after the response (or by an RQ worker when REDIS_URL
is set, or by `flask lti send-scores`); a failed send is retried with backoff
and stays visible to the teacher. A row is claimed by one sender before it is
sent, so a score is never sent twice; a newer score for the same student and
line item supersedes one still waiting, so the gradebook gets the latest.
"""

from __future__ import annotations

import logging
from datetime import datetime

from flask import Flask, current_app, has_request_context
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.grade import Grade
from pylti1p3.service_connector import ServiceConnector
from sqlalchemy import select, update

from .. import events
from ..extensions import db
from ..interop import lti as rules
from ..models import (
    Attempt,
    Exercise,
    LtiContext,
    LtiGradePassback,
    LtiLineItem,
    LtiResourceLink,
    LtiUserLink,
    Membership,
)
from ..models._base import utcnow
from . import later
from .assignments import max_points, set_exercises
from .lti_tool import http_session, registration_of

log = logging.getLogger(__name__)


def set_score(user_id: int, article) -> tuple[float, float, bool]:
    """(points, maximum, complete) of a student on an exercise set: their best
    finished attempt per exercise over full marks of every exercise."""
    points = maximum = 0.0
    complete = True
    for exercise in set_exercises(article):
        maximum += max_points(exercise)
        best = db.session.scalar(
            select(Attempt.score)
            .where(
                Attempt.user_id == user_id,
                Attempt.exercise_id == exercise.id,
                Attempt.finished_at.is_not(None),
            )
            .order_by(Attempt.score.desc())
            .limit(1)
        )
        if best is None:
            complete = False
        else:
            points += best
    return points, maximum, complete


def queue_scores(attempt: Attempt) -> list[LtiGradePassback]:
    """Queue the student's score on every line item of the attempt's exercise
    set in the LMS courses whose class the student is in (commits). One query
    when there are none (the finishing answer's path stays short)."""
    rows = db.session.execute(
        select(LtiLineItem, LtiUserLink.subject)
        .join(LtiResourceLink, LtiResourceLink.id == LtiLineItem.resource_link_id)
        .join(LtiContext, LtiContext.id == LtiResourceLink.context_id)
        .join(
            Membership,
            (Membership.classroom_id == LtiContext.classroom_id)
            & (Membership.user_id == attempt.user_id),
        )
        .join(
            LtiUserLink,
            (LtiUserLink.platform_id == LtiResourceLink.platform_id)
            & (LtiUserLink.user_id == attempt.user_id),
        )
        .join(Exercise, Exercise.article_id == LtiResourceLink.article_id)
        .where(Exercise.id == attempt.exercise_id)
    ).all()
    if not rows:
        return []
    points, maximum, _complete = set_score(attempt.user_id, attempt.exercise.article)
    if maximum <= 0:
        return []
    queued = []
    stamp = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    for line_item, subject in rows:
        db.session.execute(
            update(LtiGradePassback)
            .where(
                LtiGradePassback.line_item_id == line_item.id,
                LtiGradePassback.user_id == attempt.user_id,
                LtiGradePassback.status == "pending",
            )
            .values(status="superseded")
        )
        row = LtiGradePassback(
            line_item_id=line_item.id,
            user_id=attempt.user_id,
            subject=subject,
            score_given=points,
            score_maximum=maximum,
            scored_at=stamp,
        )
        db.session.add(row)
        queued.append(row)
    db.session.commit()
    return queued


def _claim(passback_id: int) -> bool:
    """Move one due row from pending to sending; True for the one claimant."""
    claimed = db.session.execute(
        update(LtiGradePassback)
        .where(
            LtiGradePassback.id == passback_id,
            LtiGradePassback.status == "pending",
        )
        .values(
            status="sending", tries=LtiGradePassback.tries + 1, next_try_at=utcnow()
        )
    )
    db.session.commit()
    return claimed.rowcount == 1


def post_score(passback: LtiGradePassback) -> None:
    """POST one score to its line item (one try); raises on any failure."""
    line_item = passback.line_item
    platform = line_item.resource_link.platform
    connector = ServiceConnector(registration_of(platform), http_session())
    service = AssignmentsGradesService(
        connector, {"scope": line_item.scopes, "lineitem": line_item.url}
    )
    body = rules.score_body(
        passback.score_given,
        passback.score_maximum,
        passback.subject,
        passback.scored_at,
    )
    grade = (
        Grade()
        .set_score_given(body["scoreGiven"])
        .set_score_maximum(body["scoreMaximum"])
        .set_activity_progress(body["activityProgress"])
        .set_grading_progress(body["gradingProgress"])
        .set_timestamp(body["timestamp"])
        .set_user_id(body["userId"])
    )
    service.put_grade(grade)


def send_one(passback_id: int, now: datetime | None = None) -> str:
    """Claim and send one queued score; returns its new status ("sent",
    "pending" to retry later) or "skipped" when another sender has it."""
    if not _claim(passback_id):
        return "skipped"
    passback = db.session.get(LtiGradePassback, passback_id)
    try:
        post_score(passback)
    except Exception as exc:  # the LMS's side: keep the score and try again
        log.warning("LTI: score %d not sent (try %d): %s", passback.id,
                    passback.tries, exc)
        passback.status = "pending"
        passback.last_error = f"{type(exc).__name__}: {exc}"[:500]
        passback.next_try_at = rules.next_try(passback.tries, now or utcnow())
    else:
        passback.status = "sent"
        passback.sent_at = utcnow()
        passback.last_error = None
    db.session.commit()
    return passback.status


def send_due(now: datetime | None = None, limit: int = 200) -> dict[str, int]:
    """Send every queued score whose time has come; counts by outcome."""
    now = now or utcnow()
    due = db.session.scalars(
        select(LtiGradePassback.id)
        .where(
            LtiGradePassback.status == "pending",
            LtiGradePassback.next_try_at <= now,
        )
        .order_by(LtiGradePassback.id)
        .limit(limit)
    ).all()
    counts = {"sent": 0, "pending": 0, "skipped": 0}
    for passback_id in due:
        counts[send_one(passback_id, now)] += 1
    return counts


def release_stuck(older_than_seconds: int = 600) -> int:
    """Put rows left in `sending` by a crashed sender back in the queue.
    (The platform may then get that score twice; it keeps the latest.)"""
    limit = utcnow().timestamp() - older_than_seconds
    stuck = [
        p for p in db.session.scalars(
            select(LtiGradePassback).where(LtiGradePassback.status == "sending")
        )
        if p.next_try_at.timestamp() < limit
    ]
    for passback in stuck:
        passback.status = "pending"
    db.session.commit()
    return len(stuck)


def class_passbacks(classroom_id: int, limit: int = 100) -> list[LtiGradePassback]:
    """The newest queued, failed and sent scores of a class's LMS course."""
    return list(
        db.session.scalars(
            select(LtiGradePassback)
            .join(LtiLineItem, LtiLineItem.id == LtiGradePassback.line_item_id)
            .join(LtiResourceLink, LtiResourceLink.id == LtiLineItem.resource_link_id)
            .join(LtiContext, LtiContext.id == LtiResourceLink.context_id)
            .where(
                LtiContext.classroom_id == classroom_id,
                LtiGradePassback.status != "superseded",
            )
            .order_by(LtiGradePassback.id.desc())
            .limit(limit)
        )
    )


def retry_class(classroom_id: int) -> dict[str, int]:
    """Send the class's waiting scores now (a teacher's "retry"); counts by
    outcome."""
    counts = {"sent": 0, "pending": 0, "skipped": 0}
    for passback in class_passbacks(classroom_id):
        if passback.status == "pending":
            counts[send_one(passback.id)] += 1
    return counts


# ------------------------------------------------------------ dispatching


def _dispatch(queued: list[LtiGradePassback]) -> None:
    """Send queued scores in the background: an RQ job when Redis is
    configured, else after the response (or now, outside a request)."""
    ids = [p.id for p in queued]
    config = current_app.config
    if config.get("REDIS_URL"):
        from redis import Redis
        from rq import Queue

        Queue(config.get("LTI_QUEUE", "lti"), connection=Redis.from_url(
            config["REDIS_URL"])).enqueue(send_queued_job, ids)
        return
    if has_request_context():
        later.after_response(lambda: send_each(ids))
        return
    send_each(ids)


def send_each(ids: list[int]) -> None:
    """Send these queued scores (failures stay queued with backoff)."""
    for passback_id in ids:
        send_one(passback_id)


def send_queued_job(ids: list[int]) -> None:
    """RQ job: send these queued scores (in an app of its own, configured
    like the web app, unless the worker already runs inside one)."""
    later.in_app(lambda: send_each(ids))


def _on_score(sender, attempt: Attempt) -> None:
    try:
        queued = queue_scores(attempt)
        if queued:
            _dispatch(queued)
    except Exception:  # never let the gradebook break answering
        db.session.rollback()
        log.exception("LTI: could not queue the score of attempt %s", attempt.id)


def init_app(app: Flask) -> None:
    """Queue scores when attempts finish or are rescored."""
    events.attempt_finished.connect(_on_score)
    events.attempt_rescored.connect(_on_score)
