"""Sessions that end: logout, logout everywhere, password change, idle timeout
and absolute lifetime end every copy of a session and remember-me cookie."""

from __future__ import annotations

import pytest

from quizapp.auth import sessions
from quizapp.extensions import db

from ..conftest import make_user

PRIVATE = "/articles"  # any page that needs a login


def _login(client, username="amira", password="password123", remember=False):
    data = {"username": username, "password": password}
    if remember:
        data["remember"] = "y"
    response = client.post("/auth/login", data=data)
    assert response.status_code == 302, response.text
    return response


def _logged_in(client) -> bool:
    return client.get(PRIVATE).status_code == 200


def _copy(cookie_name, source, target) -> None:
    cookie = source.get_cookie(cookie_name)
    assert cookie is not None, f"no {cookie_name} cookie"
    target.set_cookie(cookie_name, cookie.value)


def test_a_session_cookie_copied_before_logout_is_dead_after_it(app, client):
    """ASVS 7.4.1: logout invalidates the session, including stolen copies."""
    make_user("amira")
    _login(client)
    thief = app.test_client()
    _copy("session", client, thief)
    assert _logged_in(thief)
    response = client.post("/auth/logout")
    assert response.headers["Clear-Site-Data"] == '"cache", "storage"'  # 14.3.1
    assert not _logged_in(client)
    assert not _logged_in(thief)


def test_a_remember_me_cookie_is_revoked_by_logout(app, client):
    """ASVS 7.4.1, 7.2.4: the remember-me cookie stops working at logout and the
    next login issues a different one."""
    make_user("amira")
    _login(client, remember=True)
    first = client.get_cookie("remember_token").value
    thief = app.test_client()
    _copy("remember_token", client, thief)
    assert _logged_in(thief)  # the cookie alone logs in (a new session)
    client.post("/auth/logout")
    fresh = app.test_client()
    fresh.set_cookie("remember_token", first)
    assert not _logged_in(fresh)
    _login(client, remember=True)
    assert client.get_cookie("remember_token").value != first


def test_logging_out_everywhere_ends_other_sessions_but_not_this_one(app, client):
    """ASVS 7.4.3, 7.5.2: a user ends every other session of theirs at once."""
    make_user("amira")
    phone = app.test_client()
    _login(phone, remember=True)
    _login(client)
    response = client.post("/auth/account/logout-everywhere", follow_redirects=True)
    assert "logged out on every other device" in response.text
    assert _logged_in(client)
    assert not _logged_in(phone)
    phone.delete_cookie("session")
    assert not _logged_in(phone)  # the remember-me cookie died too


def test_changing_the_password_ends_every_other_session(app, client):
    """ASVS 6.2.2, 6.2.3, 7.4.3: change needs the current password; other
    sessions end; the new password works and the old one does not."""
    make_user("amira")
    other = app.test_client()
    _login(other)
    _login(client)
    wrong = client.post(
        "/auth/account/password",
        data={
            "current": "not my password",
            "password": "violet harbour kettle",
            "confirm": "violet harbour kettle",
        },
    )
    assert wrong.status_code == 400
    assert "current password is not right" in wrong.text
    response = client.post(
        "/auth/account/password",
        data={
            "current": "password123",
            "password": "violet harbour kettle",
            "confirm": "violet harbour kettle",
        },
    )
    assert response.status_code == 302
    assert _logged_in(client)
    assert not _logged_in(other)
    client.post("/auth/logout")
    bad = other.post(
        "/auth/login", data={"username": "amira", "password": "password123"}
    )
    assert bad.status_code == 400
    _login(other, password="violet harbour kettle")


def test_a_new_password_must_follow_the_rules_when_changed(client, auth):
    """ASVS 6.2.1, 6.2.4, 6.2.11: the same rules as at registration."""
    auth.login("amira")
    response = client.post(
        "/auth/account/password",
        data={
            "current": "password123",
            "password": "qwertyuiop",
            "confirm": "qwertyuiop",
        },
    )
    assert response.status_code == 400
    assert "most common passwords" in response.text


@pytest.fixture()
def clock(monkeypatch):
    """A settable clock for session timeouts."""
    now = {"t": 1_800_000_000}
    monkeypatch.setattr(sessions, "_now", lambda: now["t"])
    return now


def test_an_idle_session_ends(app, client, clock):
    """ASVS 7.3.1: inactivity timeout (SESSION_IDLE_TIMEOUT)."""
    make_user("amira")
    _login(client)
    idle = int(app.config["SESSION_IDLE_TIMEOUT"].total_seconds())
    clock["t"] += idle - 60
    assert _logged_in(client)  # activity keeps it alive
    clock["t"] += idle - 60
    assert _logged_in(client)
    clock["t"] += idle + 1
    response = client.get(PRIVATE)
    assert response.status_code == 302
    assert response.location.startswith("/auth/login")


def test_a_busy_session_still_ends_after_its_absolute_lifetime(app, client, clock):
    """ASVS 7.3.2: an absolute maximum session lifetime."""
    make_user("amira")
    _login(client)
    idle = int(app.config["SESSION_IDLE_TIMEOUT"].total_seconds())
    lifetime = int(app.config["SESSION_ABSOLUTE_LIFETIME"].total_seconds())
    elapsed = 0
    while elapsed + idle // 2 < lifetime:
        clock["t"] += idle // 2
        elapsed += idle // 2
        assert _logged_in(client)
    clock["t"] += lifetime - elapsed + 1
    assert not _logged_in(client)


def test_remember_me_starts_a_new_session_after_the_idle_timeout(app, client, clock):
    """A remember-me cookie outlives an idle session (until logout)."""
    make_user("amira")
    _login(client, remember=True)
    clock["t"] += int(app.config["SESSION_IDLE_TIMEOUT"].total_seconds()) + 1
    assert _logged_in(client)


def test_logging_in_starts_a_fresh_session(client):
    """ASVS 7.2.4: a new session at authentication (no session fixation)."""
    make_user("amira")
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"
    _login(client)
    with client.session_transaction() as session:
        assert "planted" not in session


def test_a_deactivated_user_is_logged_out_and_cannot_log_in(app, client, auth):
    """ASVS 7.4.2, 7.4.5: deactivating an account ends its sessions."""
    amira = make_user("amira")
    _login(client, remember=True)
    admin = app.test_client()
    make_user("boss", role="admin")
    _login(admin, "boss")
    response = admin.post(f"/admin/users/{amira.id}/deactivate")
    assert response.status_code == 302
    assert not _logged_in(client)
    client.delete_cookie("session")
    assert not _logged_in(client)
    refused = client.post(
        "/auth/login", data={"username": "amira", "password": "password123"}
    )
    assert refused.status_code == 400
    assert "deactivated" in refused.text
    admin.post(f"/admin/users/{amira.id}/reactivate")
    db.session.expire_all()
    _login(client)


def test_an_admin_ends_one_users_sessions_or_everyones(app, client, runner):
    """ASVS 7.4.5: administrators terminate the sessions of one user or all."""
    amira = make_user("amira")
    make_user("bashir")
    make_user("boss", role="admin")
    _login(client, remember=True)
    other = app.test_client()
    _login(other, "bashir")
    admin = app.test_client()
    _login(admin, "boss")
    assert admin.post(f"/admin/users/{amira.id}/end-sessions").status_code == 302
    assert not _logged_in(client) and _logged_in(other)
    result = runner.invoke(args=["users", "end-sessions", "--all"])
    assert "Ended the sessions of 3 users." in result.output
    assert not _logged_in(other) and not _logged_in(admin)
    assert runner.invoke(args=["users", "end-sessions"]).exit_code != 0
