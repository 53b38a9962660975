"""Admins set the Learning Record Store xAPI statements go to (endpoint,
credentials, base IRI, on/off) in the admin pages; it overrides the XAPI_*
environment variables, its password is never shown back, is stored only
encrypted, and nobody else may change it. When the key changes, sending stops
and the page asks for the password again (never an error page)."""

from __future__ import annotations

import logging

from sqlalchemy import select, text

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
    lrs_settings.refresh()
    assert lrs_settings.effective_lrs().password == "secret"
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


def test_the_password_is_stored_only_encrypted_and_the_sender_gets_it_in_clear(
    client, auth, mini_pack, monkeypatch
):
    fake = _fake_lrs(monkeypatch)
    _save(client, auth)
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM lrs_settings")).mappings().one()
    assert "password" not in row  # no plain-text column is left
    assert row["encrypted_password"].startswith("gAAAAA")  # a Fernet token
    assert not any("secret" in str(value) for value in row.values())
    assert "secret" not in repr(lrs_settings.effective_lrs())  # nor in a log line
    auth.login("pupil")
    post(client, start(client, "questions"), {"choice": "a"})
    assert len(fake.statements) == 1  # the fake checks the credentials key:secret


def test_after_the_secret_key_changes_the_page_asks_for_the_password_again(
    app, client, auth, mini_pack, monkeypatch, caplog
):
    fake = _fake_lrs(monkeypatch)
    _save(client, auth)
    app.config["SECRET_KEY"] = "a-rotated-secret-key"
    with caplog.at_level(logging.WARNING, logger=lrs_settings.__name__):
        lrs_settings.refresh()
        assert lrs_settings.effective_lrs() is None  # as if no LRS were set
        auth.login("pupil")
        answered = post(client, start(client, "questions"), {"choice": "a"})
        assert answered.status_code == 302
        auth.logout()
        auth.login("boss", as_="admin")
        page = client.get("/admin/lrs")
    assert fake.statements == []
    unreadable = [r for r in caplog.records if "can no longer be read" in r.message]
    assert len(unreadable) == 1  # one warning, not one per answer or page
    assert page.status_code == 200
    assert lrs_settings.UNREADABLE_MESSAGE in page.text
    token = db.session.scalar(select(LrsSetting.encrypted_password))
    assert token not in page.text and 'value="secret"' not in page.text
    assert '<input checked id="enabled"' in page.text  # still on: only the key changed

    kept = client.post("/admin/lrs", data={**FORM, "password": ""})
    assert kept.status_code == 400
    assert kept.text.count(lrs_settings.UNREADABLE_MESSAGE) == 1
    assert client.post("/admin/lrs", data=FORM).status_code == 302
    assert lrs_settings.UNREADABLE_MESSAGE not in client.get("/admin/lrs").text
    assert lrs_settings.effective_lrs().password == "secret"


def test_with_a_data_key_the_secret_key_can_change_and_the_password_stays_readable(
    app, client, auth
):
    app.config["DATA_KEY"] = "a-data-key-of-its-own"
    _save(client, auth)
    app.config["SECRET_KEY"] = "a-rotated-secret-key"
    lrs_settings.refresh()
    assert lrs_settings.effective_lrs().password == "secret"
    del app.config["DATA_KEY"]  # the token was made with the data key alone
    lrs_settings.refresh()
    assert lrs_settings.password_unreadable()
