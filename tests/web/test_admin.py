from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import User

from ..conftest import make_user


def test_admin_promotes_a_student_to_teacher(client, auth):
    student = make_user("amira")
    auth.login("root", as_="admin")
    page = client.get("/admin/users?q=ami").text
    assert "amira" in page and "root" not in page.split("<tbody>")[1]
    response = client.post(f"/admin/users/{student.id}/role", data={"role": "teacher"})
    assert response.status_code == 302
    assert db.session.scalar(select(User.role).where(User.id == student.id)) == (
        "teacher"
    )


def test_admin_cannot_remove_their_own_admin_role(client, auth):
    admin = auth.login("root", as_="admin")
    client.post(f"/admin/users/{admin.id}/role", data={"role": "student"})
    assert db.session.get(User, admin.id).role == "admin"


def test_search_treats_like_wildcards_literally(client, auth):
    make_user("a_b")
    make_user("axb")
    auth.login("root", as_="admin")
    body = client.get("/admin/users?q=a_b").text.split("<tbody>")[1]
    assert "a_b" in body and "axb" not in body


def test_students_and_teachers_cannot_reach_admin_pages(client, auth):
    auth.login("pupil")
    assert client.get("/admin/users").status_code == 403
    auth.logout()
    auth.login("ms-reed", as_="teacher")
    assert client.get("/admin/users").status_code == 403
    assert client.post("/admin/users/1/role", data={"role": "admin"}).status_code == 403
