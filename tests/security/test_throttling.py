"""Throttling: failed logins per account and per address, registration, join
codes, reset codes, pack import and article analysis; in memory and in Redis.

ASVS 6.3.1 (brute force and credential stuffing), 2.4.1 (anti-automation).
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import AuditEvent

from ..conftest import make_app, make_user

WRONG = {"password": "not the password"}


@pytest.fixture(params=["memory", "redis"])
def throttled(request, app):
    """A client of an app whose throttles count in memory or in the test Redis
    (under a key prefix of its own, removed afterwards)."""
    if request.param == "memory":
        yield app.test_client()
        return
    import redis

    url = request.getfixturevalue("redis_url")
    prefix = f"quizapp-test-{uuid.uuid4().hex}"
    shared = make_app(
        app.config["SQLALCHEMY_DATABASE_URI"],
        WTF_CSRF_ENABLED=False,
        REDIS_URL=url,
        THROTTLE_KEY_PREFIX=prefix,
    )
    assert shared.config["RATELIMIT_STORAGE_URI"] == url
    with shared.app_context():
        yield shared.test_client()
        db.session.remove()
        db.engine.dispose()
    server = redis.Redis.from_url(url)
    keys = list(server.scan_iter(match=f"*{prefix}*"))
    assert keys, "the throttle counted nothing in Redis"
    server.delete(*keys)


def _login(client, username="amira", password="password123"):
    return client.post("/auth/login", data={"username": username, "password": password})


def test_wrong_passwords_pause_the_account_even_for_the_right_one(throttled):
    """ASVS 6.3.1: 200 wrong passwords in a row are stopped at the 5th; then
    the right password is refused too, with a message saying until when."""
    make_user("amira")
    statuses = [_login(throttled, **WRONG).status_code for _ in range(200)]
    assert statuses[:4] == [400] * 4
    assert set(statuses[4:]) == {429}
    response = _login(throttled)
    assert response.status_code == 429
    assert "logging in is paused until" in response.text
    assert "Too many failed logins for this account" in response.text
    assert 0 < int(response.headers["Retry-After"]) <= 3600
    lockouts = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "login.lockout")
    ).all()
    assert len(lockouts) == 1 and lockouts[0].subject_label == "amira"
    make_user("bashir")
    assert _login(throttled, "bashir").status_code == 302  # others unaffected


def test_guessing_across_many_accounts_from_one_address_is_paused(throttled):
    """ASVS 6.3.1: credential stuffing, 210 tries across 7 accounts."""
    for n in range(7):
        make_user(f"user{n}")
    statuses = [
        _login(throttled, f"user{n % 7}", **WRONG).status_code for n in range(210)
    ]
    assert 429 in statuses
    assert statuses.count(400) <= 60  # LOGIN_FAILURES_PER_ADDRESS per minute
    response = _login(throttled, "user0")
    assert response.status_code == 429
    assert "your network" in response.text or "this account" in response.text


def test_a_successful_login_forgets_earlier_failures(throttled):
    make_user("amira")
    for _ in range(3):
        _login(throttled, **WRONG)
    assert _login(throttled).status_code == 302
    throttled.post("/auth/logout")
    for _ in range(4):
        assert _login(throttled, **WRONG).status_code == 400
    assert _login(throttled).status_code == 302  # 4 failures: no pause yet


def test_unknown_usernames_are_throttled_like_real_ones(throttled):
    """ASVS 6.3.8 (no user enumeration through the throttle)."""
    statuses = [_login(throttled, "nobody", **WRONG).status_code for _ in range(6)]
    assert statuses == [400] * 4 + [429] * 2


def test_join_codes_cannot_be_guessed_quickly(throttled):
    """ASVS 2.4.1: 100 join-code guesses in a row are stopped after 10."""
    make_user("outsider")
    _login(throttled, "outsider")
    statuses = [
        throttled.post(
            "/classes/join", data={"code": f"ZZZ{n:03d}", "nickname": "Owl"}
        ).status_code
        for n in range(100)
    ]
    assert statuses[:10] == [422] * 10
    assert set(statuses[10:]) == {429}
    page = throttled.post("/classes/join", data={"code": "ZZZZZZ", "nickname": "Owl"})
    assert "Too many attempts" in page.text and "Retry-After" in page.headers


def test_registration_is_throttled_per_address(throttled):
    """ASVS 2.4.1: accounts created per address are limited."""
    throttled.application.config["REGISTRATIONS_PER_ADDRESS"] = "3 per hour"
    statuses = []
    for n in range(5):
        response = throttled.post(
            "/auth/register",
            data={
                "username": f"pupil{n}",
                "password": "violet harbour",
                "confirm": "violet harbour",
            },
        )
        statuses.append(response.status_code)
        throttled.post("/auth/logout")
    assert statuses == [302, 302, 302, 429, 429]


def test_wrong_reset_codes_are_throttled(throttled):
    """ASVS 6.4.1, 2.4.1: reset codes cannot be guessed."""
    make_user("amira")
    data = {
        "username": "amira",
        "code": "AAAA-BBBB-CCCC",
        "password": "violet harbour",
        "confirm": "violet harbour",
    }
    statuses = [throttled.post("/auth/reset", data=data).status_code for _ in range(7)]
    assert statuses == [400] * 5 + [429] * 2


def test_pack_import_and_article_analysis_are_throttled(throttled):
    """ASVS 2.4.1: expensive teacher actions are limited per user."""
    throttled.application.config["PACK_IMPORTS_PER_USER"] = "2 per minute"
    throttled.application.config["ANALYSES_PER_USER"] = "2 per minute"
    make_user("teacher", role="teacher")
    _login(throttled, "teacher")
    for path, data in [
        ("/teach/articles/import", {}),
        ("/teach/articles/new", {"title": "Wall", "text": ARTICLE}),
    ]:
        statuses = [throttled.post(path, data=data).status_code for _ in range(3)]
        assert statuses[-1] == 429, (path, statuses)
        assert 429 not in statuses[:2]


ARTICLE = (
    "The council approved a new sea wall on Monday, the mayor said.\n\n"
    "Some experts believe the wall could reduce flooding in the old town."
)


def test_forms_refused_by_their_own_checks_do_not_count_against_analyses(
    throttled,
):
    """Correcting a form (no title, no text) costs no analysis: only drafting
    counts, so a teacher fixing mistakes is never locked out."""
    throttled.application.config["ANALYSES_PER_USER"] = "2 per minute"
    make_user("teacher", role="teacher")
    _login(throttled, "teacher")
    refused = [
        throttled.post("/teach/articles/new", data={"title": "Wall"}).status_code
        for _ in range(5)
    ]
    assert refused == [422] * 5
    data = {"title": "Wall", "text": ARTICLE}
    drafted = [throttled.post("/teach/articles/new", data=data) for _ in range(2)]
    assert [r.status_code for r in drafted] == [302, 302]


def test_a_reached_analysis_limit_keeps_the_pasted_text(throttled):
    """The 429 is the form again, with the text and when to send it."""
    throttled.application.config["ANALYSES_PER_USER"] = "1 per minute"
    make_user("teacher", role="teacher")
    _login(throttled, "teacher")
    data = {"title": "Wall", "text": ARTICLE, "outlet": "The Courier"}
    assert throttled.post("/teach/articles/new", data=data).status_code == 302
    response = throttled.post("/teach/articles/new", data=data)
    assert response.status_code == 429
    assert "Please wait 1 minute and send this form again" in response.text
    assert "Some experts believe the wall could reduce flooding" in response.text
    assert 'value="The Courier"' in response.text
    assert int(response.headers["Retry-After"]) >= 1


def test_a_redis_outage_never_turns_a_login_into_an_error(app):
    """When Redis stops answering, logins and throttled forms still work
    (counting falls back to memory) instead of failing with a 500."""
    down = make_app(
        app.config["SQLALCHEMY_DATABASE_URI"],
        WTF_CSRF_ENABLED=False,
        REDIS_URL="redis://127.0.0.1:9/0",  # the discard port: nothing listens
    )
    with down.app_context():
        make_user("amira")
        client = down.test_client()
        assert _login(client, **WRONG).status_code == 400
        assert _login(client).status_code == 302
        response = client.post("/classes/join", data={"code": "ZZZZZZ"})
        assert response.status_code == 422
        db.session.remove()
        db.engine.dispose()


def test_the_endpoints_spared_the_limiters_bookkeeping_declare_no_limit(app):
    """`UNTHROTTLED_ENDPOINTS` skips Flask-Limiter for the answer path; a limit
    added to one of them later must not be skipped silently."""
    from flask_limiter.util import get_qualified_name

    from quizapp.throttling import UNTHROTTLED_ENDPOINTS, limiter

    def declares_a_limit(endpoint: str) -> bool:
        name = get_qualified_name(app.view_functions[endpoint])
        manager = limiter.limit_manager
        limits = manager.resolve_limits(app, endpoint, endpoint.split(".")[0], name)
        return (
            any(limits)
            or manager.has_hints(endpoint)
            or name in limiter._marked_for_limiting
        )

    assert declares_a_limit("learn.join_class")  # the check sees a limit
    assert UNTHROTTLED_ENDPOINTS
    assert not [e for e in UNTHROTTLED_ENDPOINTS if declares_a_limit(e)]


def test_the_limiters_hooks_run_for_throttled_endpoints_only(
    app, client, auth, mini_pack, monkeypatch
):
    """Flask-Limiter's request hooks are skipped for `UNTHROTTLED_ENDPOINTS`
    (an answer) and still run for every other request (a join code)."""
    from quizapp.throttling import limiter

    from ..web.helpers import start

    wrapped = [
        f.spares
        for funcs in (
            app.before_request_funcs,
            app.after_request_funcs,
            app.teardown_request_funcs,
        )
        for f in funcs[None]
        if hasattr(f, "spares")
    ]
    assert limiter._check_request_limit in wrapped and len(wrapped) == 3
    auth.login()
    url = start(client, "claims")
    seen = []
    monkeypatch.setattr(limiter, "identify_request", lambda: seen.append(1) or "")
    response = client.post(url, data={"label": "sourced"})
    assert response.status_code in (200, 302) and seen == []
    client.post("/classes/join", data={"code": "ZZZZZZ"})
    assert seen
