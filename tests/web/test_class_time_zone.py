"""A class has a time zone (the server's by default, the teacher's choice):
due dates are typed and shown in it, stored in UTC, and a past one warns."""

from datetime import datetime, timedelta

from quizapp.extensions import db
from quizapp.models import Assignment, Classroom
from quizapp.models._base import utcnow

from .classes_helpers import assign_mini, enrol, make_class, mini_article


def test_a_new_class_starts_in_the_servers_time_zone(app, client, auth):
    app.config["DEFAULT_TIME_ZONE"] = "Europe/Lisbon"
    auth.login("teacher", as_="teacher")
    client.post("/teach/classes", data={"name": "Media 9B"})
    assert db.session.scalar(db.select(Classroom.time_zone)) == "Europe/Lisbon"


def test_due_dates_are_typed_and_shown_in_the_class_zone_and_stored_in_utc(
    client, auth, mini_pack
):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    student = enrol(classroom, "ann")
    response = client.post(
        f"/teach/classes/{classroom.id}/time-zone", data={"time_zone": "Europe/Paris"}
    )
    assert response.status_code == 302
    client.post(
        f"/teach/classes/{classroom.id}/assignments",
        data={"article_id": mini_article().id, "due_at": "2030-06-01T17:00"},
    )
    assignment = db.session.scalar(db.select(Assignment))
    assert assignment.due_at == datetime(2030, 6, 1, 15, 0)
    page = client.get(f"/teach/classes/{classroom.id}").text
    assert "Due (Europe/Paris)" in page
    assert 'value="2030-06-01T17:00"' in page
    assert "In the class’s time zone, Europe/Paris." in page
    reports = client.get(f"/teach/classes/{classroom.id}/reports").text
    assert "due 1 Jun 17:00 CEST" in reports
    auth.logout()
    auth.login(student.username)
    assert "due Sat 1 June 2030, 17:00 CEST" in client.get("/articles").text


def test_a_past_due_date_is_saved_with_a_warning(client, auth, mini_pack):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    yesterday = (utcnow() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        f"/teach/classes/{classroom.id}/assignments/{assignment.id}/due",
        data={f"a{assignment.id}-due_at": yesterday},
        follow_redirects=True,
    )
    assert "is in the past: students will see the set as late" in response.text
    assert assignment.due_at is not None
    tomorrow = (utcnow() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        f"/teach/classes/{classroom.id}/assignments/{assignment.id}/due",
        data={f"a{assignment.id}-due_at": tomorrow},
        follow_redirects=True,
    )
    assert "in the past" not in response.text


def test_an_unknown_time_zone_is_refused(client, auth):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    response = client.post(
        f"/teach/classes/{classroom.id}/time-zone", data={"time_zone": "Mars/Base"}
    )
    assert response.status_code == 422
    assert classroom.time_zone == "UTC"
