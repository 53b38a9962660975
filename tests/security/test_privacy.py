"""Privacy: a student's copy of their data, deleting an account, a teacher
removing a student with their answers, and the retention purge.

ASVS 14.2.4 (retention, logging and privacy controls as documented in the
README), 14.2.7 (outdated data deleted on a schedule), 8.2.2 (a student's data
only to them), 14.3.2 (downloads not cached), 7.4.2 (a deleted account's
sessions end), 7.5.1 (deleting needs the password again).
"""

import csv
import io
import json
import zipfile
from datetime import timedelta

from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import (
    Answer,
    Attempt,
    AuditEvent,
    BestScore,
    Membership,
    User,
)
from quizapp.models._base import utcnow
from quizapp.services import privacy

from .conftest import log_in


def _count(model, **where) -> int:
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return db.session.scalar(query)


def test_a_student_downloads_all_their_data_as_json_and_csv(client, school):
    log_in(client, "member")
    response = client.get("/auth/account/data.zip")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert "attachment" in response.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    assert {
        "data.json",
        "profile.csv",
        "classes.csv",
        "attempts.csv",
        "answers.csv",
        "account_events.csv",
    } <= set(archive.namelist())
    data = json.loads(archive.read("data.json"))
    assert data["profile"][0]["username"] == "member"
    assert data["classes"][0]["class"] == "7B"
    [answer] = data["answers"]
    assert "fewer floods" in answer["response"] and answer["feedback"]
    rows = list(csv.DictReader(io.StringIO(archive.read("answers.csv").decode())))
    assert rows[0]["item"] == answer["item"]
    assert _count(AuditEvent, action="privacy.export") == 1


def test_a_student_deletes_their_account_and_everything_personal_goes(client, school):
    member_id = school["member"].id
    log_in(client, "member")
    refused = client.post(
        "/auth/account/delete", data={"password": "wrong", "confirm": "y"}
    )
    assert refused.status_code == 400 and "not right" in refused.text
    response = client.post(
        "/auth/account/delete", data={"password": "password123", "confirm": "y"}
    )
    assert response.status_code == 302
    assert db.session.get(User, member_id) is None
    for model in (Attempt, BestScore, Membership):
        assert _count(model, user_id=member_id) == 0
    assert _count(Answer) == 0
    events = db.session.scalars(select(AuditEvent)).all()
    assert events
    assert all("member" not in (e.subject_label or "") for e in events)
    assert all("member" not in (e.actor_label or "") for e in events)
    assert all(member_id not in (e.actor_id, e.subject_id) for e in events)
    assert _count(AuditEvent, action="account.delete") == 1
    assert client.get("/articles").status_code == 302
    log_in(client, "owner")
    board = client.get(f"/teach/classes/{school['classroom'].id}/leaderboard")
    assert "Kestrel" not in board.text


def test_teachers_cannot_delete_their_own_account_this_way(client, school):
    log_in(client, "owner")
    response = client.post(
        "/auth/account/delete", data={"password": "password123", "confirm": "y"}
    )
    assert response.status_code == 400
    assert "deleted by an admin" in response.text


def test_a_teacher_removes_a_student_and_their_answers_from_a_class(client, school):
    classroom, member = school["classroom"], school["member"]
    log_in(client, "owner")
    response = client.post(
        f"/teach/classes/{classroom.id}/students/{member.id}/erase",
        follow_redirects=True,
    )
    assert "with their 1 attempt" in response.text
    assert _count(Membership, user_id=member.id) == 0
    assert _count(Attempt, user_id=member.id) == 0
    assert _count(BestScore, user_id=member.id) == 0
    assert _count(AuditEvent, action="class.remove_student") == 1


def test_the_purge_deletes_old_attempts_of_inactive_accounts_once(
    app, client, runner, school
):
    member = db.session.get(User, school["member"].id)
    log_in(client, "admin")
    response = client.post("/admin/privacy", data={"days": "365"})
    assert response.status_code == 302
    assert privacy.retention_days() == 365
    result = runner.invoke(args=["privacy", "purge"])
    assert "Purged 0 finished attempt(s)" in result.output
    long_ago = utcnow() - timedelta(days=400)
    member.last_login_at = long_ago
    for attempt in db.session.scalars(select(Attempt)):
        attempt.finished_at = long_ago
    db.session.commit()
    result = runner.invoke(args=["privacy", "purge"])
    assert result.exit_code == 0
    assert "Purged 1 finished attempt(s) of 1 inactive account(s)" in result.output
    assert _count(Attempt) == 0 and _count(Answer) == 0
    again = runner.invoke(args=["privacy", "purge"])
    assert "Purged 0 finished attempt(s)" in again.output  # idempotent
    assert _count(AuditEvent, action="privacy.purge") == 3
    assert db.session.get(User, member.id) is not None


def test_the_retention_period_must_be_sensible(client, school):
    log_in(client, "admin")
    response = client.post("/admin/privacy", data={"days": "3"})
    assert response.status_code == 400
    assert privacy.retention_days() is None
