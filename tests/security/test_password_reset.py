"""Password reset without e-mail: one-time codes from a teacher or an admin.

ASVS 6.4.1 (codes random, short-lived, single use), 6.4.2 (no hints or
secret questions), 7.4.3 (a reset ends the user's sessions), 11.4.2 (codes
stored only as keyed hashes).
"""

import re
from datetime import timedelta

from quizapp.extensions import db
from quizapp.models import User
from quizapp.models._base import utcnow

from .conftest import log_in

CODE = re.compile(r"<code>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</code>")
NEW = {"password": "violet harbour kettle", "confirm": "violet harbour kettle"}


def _issue(client, school) -> str:
    classroom, member = school["classroom"], school["member"]
    response = client.post(
        f"/teach/classes/{classroom.id}/students/{member.id}/reset-password"
    )
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    return CODE.search(response.text).group(1)


def test_a_teacher_resets_a_students_password_with_a_one_time_code(app, client, school):
    student = app.test_client()
    log_in(student, "member")
    log_in(client, "owner")
    code = _issue(client, school)
    member = db.session.get(User, school["member"].id)
    assert code.replace("-", "") not in (member.reset_code_hash or "")
    assert student.get("/articles").status_code == 302  # sessions ended
    response = student.post(
        "/auth/reset", data={"username": "member", "code": code.lower(), **NEW}
    )
    assert response.status_code == 302
    assert student.get("/articles").status_code == 200
    student.post("/auth/logout")
    again = student.post(
        "/auth/reset", data={"username": "member", "code": code, **NEW}
    )
    assert again.status_code == 400
    assert "not valid" in again.text  # single use
    log_in(student, "member", "violet harbour kettle")


def test_an_expired_code_is_refused(client, school):
    log_in(client, "owner")
    code = _issue(client, school)
    client.post("/auth/logout")
    member = db.session.get(User, school["member"].id)
    member.reset_expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    response = client.post(
        "/auth/reset", data={"username": "member", "code": code, **NEW}
    )
    assert response.status_code == 400
    assert "expired" in response.text


def test_a_code_does_not_bypass_the_password_rules(client, school):
    log_in(client, "owner")
    code = _issue(client, school)
    client.post("/auth/logout")
    response = client.post(
        "/auth/reset",
        data={
            "username": "member",
            "code": code,
            "password": "password1",
            "confirm": "password1",
        },
    )
    assert response.status_code == 400
    assert "most common passwords" in response.text


def test_teachers_reset_only_students_of_their_own_classes(app, client, school):
    classroom, member = school["classroom"], school["member"]
    url = f"/teach/classes/{classroom.id}/students/{member.id}/reset-password"
    log_in(client, "other_teacher")
    assert client.post(url).status_code == 404
    client.post("/auth/logout")
    log_in(client, "outsider")
    assert client.post(url).status_code == 403
    outsider = db.session.scalar(db.select(User).filter_by(username="outsider"))
    client.post("/auth/logout")
    log_in(client, "owner")
    other = f"/teach/classes/{classroom.id}/students/{outsider.id}/reset-password"
    assert client.post(other).status_code == 404


def test_an_admin_resets_anyones_password(client, school):
    log_in(client, "admin")
    owner = school["owner"]
    response = client.post(f"/admin/users/{owner.id}/reset-password")
    assert response.status_code == 200
    code = CODE.search(response.text).group(1)
    client.post("/auth/logout")
    response = client.post(
        "/auth/reset", data={"username": "owner", "code": code, **NEW}
    )
    assert response.status_code == 302
