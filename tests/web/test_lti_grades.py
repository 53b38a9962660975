"""Assignment and Grade Services: a launched student's score on the linked
exercise set goes to the LMS gradebook when they finish, and again after a
teacher's override; failures are retried with backoff and shown to the
teacher; a score is never lost and never sent twice. Names and Role
Provisioning: the teacher syncs the course roster into the class."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.interop import lti as rules
from quizapp.models import (
    Answer,
    LtiContext,
    LtiGradePassback,
    LtiUserLink,
    Membership,
    User,
)
from quizapp.models._base import utcnow
from quizapp.services import lti_grades, review

from ..lti_platform import INSTRUCTOR, LEARNER
from .classes_helpers import answer, finish_set

LINK = {rules.CUSTOM: {"quizapp_set": "mini"}}


@pytest.fixture(autouse=True)
def sent_at_once(request, monkeypatch):
    """Service calls here run outside any real request (pytest-flask pushes
    one): queued scores go out at once, as from a worker or a CLI."""
    if "after_response" not in request.node.name:
        monkeypatch.setattr(lti_grades, "has_request_context", lambda: False)


@pytest.fixture()
def course(client, lms, mini_pack):
    """The teacher opened the activity (class made); a learner launched it."""
    lms.launch(client, sub="teacher-1", roles=(INSTRUCTOR,), **LINK)
    client.post("/auth/logout")
    lms.launch(client, sub="learner-1", **LINK)
    client.post("/auth/logout")
    student = _linked("learner-1")
    teacher = _linked("teacher-1")
    return {"student": student, "teacher": teacher,
            "context": db.session.scalar(select(LtiContext))}


def _linked(sub: str) -> User:
    return db.session.scalar(
        select(User).join(LtiUserLink).where(LtiUserLink.subject == sub)
    )


def _passbacks() -> list[LtiGradePassback]:
    db.session.expire_all()
    return list(db.session.scalars(select(LtiGradePassback).order_by(
        LtiGradePassback.id)))


def test_finishing_the_set_sends_the_score_to_the_line_item(course, lms):
    finish_set(course["student"])
    last = lms.scores[-1]
    assert last["userId"] == "learner-1"
    assert last["activityProgress"] == "Completed"
    assert last["gradingProgress"] == "FullyGraded"
    assert 0 < last["scoreGiven"] <= last["scoreMaximum"]
    points, maximum, complete = lti_grades.set_score(
        course["student"].id, _article()
    )
    assert complete and (last["scoreGiven"], last["scoreMaximum"]) == (
        round(points, 4), maximum)
    assert all(p.status == "sent" for p in _passbacks())
    # One score per finished attempt, each sent once.
    assert len(lms.scores) == len(_passbacks()) == 3


def _article():
    from quizapp.models import Article

    return db.session.scalar(select(Article))


def test_a_failed_send_is_retried_later_and_shown_to_the_teacher(
    client, auth, course, lms
):
    lms.fail_next_scores = 1
    answer(course["student"], "questions")
    [failed] = _passbacks()
    assert failed.status == "pending" and failed.tries == 1
    assert "503" in failed.last_error or "Service" in failed.last_error
    assert failed.next_try_at > utcnow() + timedelta(seconds=20)
    # Not due yet: nothing is sent early.
    assert lti_grades.send_due()["sent"] == 0
    client.post("/auth/logout")
    with client.session_transaction() as s:
        s.clear()
    teacher = course["teacher"]
    teacher.set_password("password123")
    db.session.commit()
    auth.login(teacher.username)
    page = client.get(f"/lti/classes/{course['context'].classroom_id}").text
    assert "failed 1×, retrying" in page
    assert client.post(
        f"/lti/classes/{course['context'].classroom_id}/scores/retry"
    ).status_code == 302
    assert _passbacks()[0].status == "sent"
    assert len(lms.scores) == 1


def test_the_backoff_sends_when_due_without_a_teacher(course, lms):
    lms.fail_next_scores = 2
    answer(course["student"], "questions")
    assert lti_grades.send_due(utcnow() + timedelta(minutes=1))["pending"] == 1
    [waiting] = _passbacks()
    assert waiting.tries == 2 and waiting.next_try_at > utcnow() + timedelta(
        seconds=100)  # the second delay is longer than the first
    counts = lti_grades.send_due(utcnow() + timedelta(hours=1))
    assert counts["sent"] == 1 and _passbacks()[0].status == "sent"


def test_a_score_is_never_sent_twice(course, lms):
    lms.fail_next_scores = 99
    finish_set(course["student"])
    lms.fail_next_scores = 0
    # Three finished exercises queued three scores: the newer ones
    # superseded older ones still waiting, so only the latest is pending.
    pending = [p for p in _passbacks() if p.status == "pending"]
    assert len(pending) == 1
    assert lti_grades.send_one(pending[0].id) == "sent"
    assert lti_grades.send_one(pending[0].id) == "skipped"
    assert lti_grades.send_due(utcnow() + timedelta(days=2))["sent"] == 0
    assert len(lms.scores) == 1


def test_a_teacher_override_sends_the_new_score(course, lms):
    finish_set(course["student"])
    before = lms.scores[-1]["scoreGiven"]
    answer = db.session.scalar(
        select(Answer).order_by(Answer.id).where(Answer.score > 0)
    )
    admin = User(username="boss", role="admin", password_hash="x")
    db.session.add(admin)
    db.session.commit()
    review.override_answer(admin, answer, 0, "checked by hand")
    assert lms.scores[-1]["scoreGiven"] == before - answer.score


def test_students_outside_the_lms_course_send_nothing(course, lms):
    outsider = User(username="plain", role="student", password_hash="x")
    db.session.add(outsider)
    db.session.commit()
    finish_set(outsider)
    assert lms.scores == [] and _passbacks() == []


def test_the_cli_sends_due_scores(app, course, lms):
    lms.fail_next_scores = 1
    answer(course["student"], "questions")
    for passback in _passbacks():
        passback.next_try_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["lti", "send-scores"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 sent, 0 waiting")


def test_a_score_finished_in_the_browser_is_sent_after_the_response(
    client, course, lms
):
    from .test_xapi_statements import answer_all

    student = course["student"]
    student.set_password("password123")
    db.session.commit()
    client.post("/auth/login", data={"username": student.username,
                                     "password": "password123"})
    answer_all(client, "questions")
    assert [p.status for p in _passbacks()] == ["sent"]
    assert lms.scores[0]["userId"] == "learner-1"
    assert lms.scores[0]["activityProgress"] == "Completed"


def test_the_teacher_syncs_the_course_roster_into_the_class(
    client, auth, course, lms
):
    lms.members = [
        {"user_id": "learner-1", "roles": [LEARNER], "status": "Active"},
        {"user_id": "learner-2", "roles": [LEARNER]},
        {"user_id": "learner-3", "roles": [LEARNER], "status": "Inactive"},
        {"user_id": "teacher-1", "roles": [INSTRUCTOR]},
    ]
    teacher = course["teacher"]
    teacher.set_password("password123")
    db.session.commit()
    auth.login(teacher.username)
    url = f"/lti/classes/{course['context'].classroom_id}"
    response = client.post(url + "/roster", follow_redirects=True)
    assert "1 student(s) added, 2 learner(s) in the course" in response.text
    members = db.session.scalars(
        select(Membership.user_id).where(
            Membership.classroom_id == course["context"].classroom_id)
    ).all()
    assert sorted(members) == sorted([course["student"].id, _linked("learner-2").id])
    again = client.post(url + "/roster", follow_redirects=True)
    assert "0 student(s) added" in again.text
    assert lms.calls.count(f"GET {lms.issuer}/api/lti/courses/9/names_and_roles") == 2


def test_a_roster_the_lms_refuses_is_explained(client, auth, course, lms):
    course["context"].memberships_url = lms.issuer + "/gone"
    teacher = course["teacher"]
    teacher.set_password("password123")
    db.session.commit()
    auth.login(teacher.username)
    url = f"/lti/classes/{course['context'].classroom_id}/roster"
    response = client.post(url, follow_redirects=True)
    assert response.status_code == 200
    assert "The LMS did not give the roster" in response.text


def test_other_teachers_cannot_see_or_sync_the_course(client, auth, course):
    auth.login("someone", as_="teacher")
    url = f"/lti/classes/{course['context'].classroom_id}"
    assert client.get(url).status_code == 404
    assert client.post(url + "/roster").status_code == 404


def test_deleting_a_linked_account_removes_its_link_and_queued_scores(course, lms):
    from quizapp.services import privacy

    student = course["student"]
    lms.fail_next_scores = 1
    answer(student, "questions")
    student.set_password("password123")
    db.session.commit()
    privacy.delete_account(student, "password123")
    assert _passbacks() == []
    assert _linked("learner-1") is None


def test_with_redis_scores_go_through_an_rq_queue(app, course, lms, redis_url):
    import uuid

    from redis import Redis
    from rq import Queue, SimpleWorker

    name = f"lti-test-{uuid.uuid4().hex}"
    app.config.update(REDIS_URL=redis_url, LTI_QUEUE=name)
    connection = Redis.from_url(redis_url)
    queue = Queue(name, connection=connection)
    try:
        answer(course["student"], "questions")
        assert queue.count == 1 and lms.scores == []
        SimpleWorker([queue], connection=connection).work(burst=True)
        assert [p.status for p in _passbacks()] == ["sent"]
        assert lms.scores[0]["userId"] == "learner-1"
    finally:
        queue.delete(delete_jobs=True)
