"""Admins set the Learning Record Store xAPI statements go to (endpoint,
credentials, base IRI, on/off) in the admin pages; it overrides the XAPI_*
environment variables, its password is never shown back, and nobody else may
change it."""

from __future__ import annotations

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import AuditEvent, LrsSetting
from quizapp.services import lrs_settings, xapi_outbox

from ..conftest import csrf_token_from
from .helpers import admin_client_with_csrf, start
from .test_xapi_statements import LRS_SETTINGS, FakeLRS, answer_all, post

FORM = {
    "endpoint": "https://lrs.example.org/xapi/",
    "username": "key",
    "password": "secret",
    "base_iri": "https://quiz.example.org",
    "enabled": "y",
}


def _fake_lrs(monkeypatch) -> FakeLRS:
    fake = FakeLRS()
    monkeypatch.setattr(xapi_outbox.urllib.request, "urlopen", fake.urlopen)
    monkeypatch.setattr(xapi_outbox, "RETRY_DELAYS", (0.0, 0.0))
    return fake


def _save(client, auth, **changes):
    auth.login("boss", as_="admin")
    response = client.post("/admin/lrs", data={**FORM, **changes})
    auth.logout()
    return response


def test_an_admin_saves_the_lrs_and_statements_go_to_it(
    app, client, auth, mini_pack, monkeypatch
):
    assert app.config["XAPI_ENDPOINT"] is None  # nothing from the environment
    fake = _fake_lrs(monkeypatch)
    assert _save(client, auth).status_code == 302
    user = auth.login("pupil")
    answer_all(client, "questions")
    verbs = [s["verb"]["display"]["en-US"] for s in fake.statements]
    assert verbs == ["answered", "answered", "answered", "completed"]
    assert fake.statements[0]["actor"]["account"] == {
        "homePage": "https://quiz.example.org/",
        "name": f"user-{user.id}",
    }
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "xapi.settings")
    )
    assert event.details["endpoint"] == FORM["endpoint"]
    assert event.details["password_changed"] is True
    assert "secret" not in str(event.details)


def test_the_password_is_never_rendered_back(client, auth):
    _save(client, auth)
    auth.login("boss", as_="admin")
    page = client.get("/admin/lrs").text
    assert "secret" not in page
    assert 'value="https://lrs.example.org/xapi/"' in page
    assert "A password is set." in page
    refused = client.post("/admin/lrs", data={**FORM, "endpoint": "lrs.example.org"})
    assert "secret" not in refused.text


def test_a_blank_password_keeps_the_old_one(client, auth, mini_pack, monkeypatch):
    fake = _fake_lrs(monkeypatch)
    _save(client, auth)
    assert _save(client, auth, password="", username="key").status_code == 302
    db.session.expire_all()
    assert db.session.get(LrsSetting, 1).password == "secret"
    auth.login("pupil")
    post(client, start(client, "questions"), {"choice": "a"})
    assert len(fake.statements) == 1  # the fake checks the credentials key:secret


def test_non_admins_are_refused(client, auth):
    auth.login("teach", as_="teacher")
    assert client.get("/admin/lrs").status_code == 403
    assert client.post("/admin/lrs", data=FORM).status_code == 403
    auth.logout()
    assert client.get("/admin/lrs").status_code in (302, 401)
    assert db.session.scalar(select(LrsSetting)) is None


def test_an_endpoint_that_is_no_http_url_is_refused_with_a_message_and_not_stored(
    client, auth
):
    auth.login("boss", as_="admin")
    for wrong in ("ftp://lrs.example.org/xapi/", "lrs.example.org/xapi", "https://"):
        response = client.post("/admin/lrs", data={**FORM, "endpoint": wrong})
        assert response.status_code == 400
        assert "as an http:// or https:// URL" in response.text
    assert db.session.scalar(select(LrsSetting)) is None
    saved = select(AuditEvent).where(AuditEvent.action == "xapi.settings")
    assert db.session.scalar(saved) is None


def test_the_environment_variables_are_used_when_nothing_is_stored(
    app, client, auth, mini_pack, monkeypatch
):
    fake = _fake_lrs(monkeypatch)
    app.config.update(LRS_SETTINGS)
    assert lrs_settings.effective_lrs() == lrs_settings.Lrs(
        "https://lrs.example.org/xapi/", "key", "secret", "https://quiz.example.org"
    )
    auth.login("boss", as_="admin")
    page = client.get("/admin/lrs").text
    assert "environment variables" in page and "secret" not in page
    auth.logout()
    auth.login("pupil")
    post(client, start(client, "questions"), {"choice": "a"})
    assert len(fake.statements) == 1


def test_turning_sending_off_stops_sending_even_with_the_environment_set(
    app, client, auth, mini_pack, monkeypatch
):
    fake = _fake_lrs(monkeypatch)
    app.config.update(LRS_SETTINGS)
    form = {k: v for k, v in FORM.items() if k != "enabled"}
    auth.login("boss", as_="admin")
    assert client.post("/admin/lrs", data=form).status_code == 302
    assert "Sending is <strong>off</strong>" in client.get("/admin/lrs").text
    auth.logout()
    assert lrs_settings.effective_lrs() is None
    auth.login("pupil")
    post(client, start(client, "questions"), {"choice": "a"})
    assert fake.statements == []


def test_saving_needs_the_csrf_token(app):
    with admin_client_with_csrf(app) as client:
        assert client.post("/admin/lrs", data=FORM).status_code == 400
        assert db.session.scalar(select(LrsSetting)) is None
        token = csrf_token_from(client.get("/admin/lrs").text)
        ok = client.post("/admin/lrs", data={**FORM, "csrf_token": token})
        assert ok.status_code == 302
