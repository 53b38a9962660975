import pytest

from quizapp.extensions import db
from quizapp.models import User


def test_student_can_register_and_is_logged_in(client, app):
    response = client.post(
        "/auth/register",
        data={"username": "Amira", "password": "long enough", "confirm": "long enough"},
    )
    assert response.status_code == 302
    user = db.session.scalar(db.select(User).filter_by(username="amira"))
    assert user.role == "student"
    assert user.password_hash.startswith("$argon2id$") and "long enough" not in (
        user.password_hash
    )
    assert client.get("/articles").status_code == 200


@pytest.mark.parametrize(
    "data, message",
    [
        (
            {"username": "ab", "password": "long enough", "confirm": "long enough"},
            "between 3 and 30",
        ),
        (
            {
                "username": "bad name!",
                "password": "long enough",
                "confirm": "long enough",
            },
            "letters, digits",
        ),
        (
            {"username": "amira", "password": "short", "confirm": "short"},
            "Use at least 8 characters.",
        ),
        (
            {"username": "amira", "password": "long enough", "confirm": "different!"},
            "The passwords differ.",
        ),
    ],
)
def test_bad_registration_re_renders_with_a_message(client, data, message):
    response = client.post("/auth/register", data=data)
    assert response.status_code == 400
    assert message in response.text
    assert db.session.scalar(db.select(db.func.count(User.id))) == 0


def test_taken_username_is_refused_case_insensitively(client, auth):
    auth.login("amira")
    auth.logout()
    response = client.post(
        "/auth/register",
        data={"username": "AMIRA", "password": "long enough", "confirm": "long enough"},
    )
    assert "That username is taken" in response.text


def test_login_error_does_not_reveal_whether_the_user_exists(client, auth):
    auth.login("amira")
    auth.logout()
    wrong_password = client.post(
        "/auth/login", data={"username": "amira", "password": "wrong password"}
    )
    no_such_user = client.post(
        "/auth/login", data={"username": "nobody", "password": "wrong password"}
    )
    assert wrong_password.status_code == no_such_user.status_code == 400
    assert "Wrong username or password." in wrong_password.text
    assert wrong_password.text.replace("amira", "nobody") == no_such_user.text


def test_logout_needs_a_post_and_ends_the_session(client, auth):
    auth.login()
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout").status_code == 302
    assert client.get("/articles").status_code == 302


def test_a_teacher_starts_on_teaching_and_a_student_in_the_library(client):
    from tests.conftest import make_user

    make_user("ms-reed", role="teacher")
    make_user("amira")
    for username, start in [("ms-reed", "/teach/"), ("amira", "/articles")]:
        response = client.post(
            "/auth/login", data={"username": username, "password": "password123"}
        )
        assert response.location == start
        assert client.get("/").location == start
        client.post("/auth/logout")


def test_login_redirects_only_to_local_pages(client, auth):
    from tests.conftest import make_user

    make_user("amira")
    for target, expected in [
        ("/progress", "/progress"),
        ("https://evil.example/", "/articles"),
        ("//evil.example/", "/articles"),
    ]:
        response = client.post(
            f"/auth/login?next={target}",
            data={"username": "amira", "password": "password123"},
        )
        assert response.location == expected
        client.post("/auth/logout")
