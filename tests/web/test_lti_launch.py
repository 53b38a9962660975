"""LTI 1.3 launches from a (fake) LMS: OIDC login, a checked id_token, the
account linked by (issuer, subject), roles mapped, the course becoming a
class, and the learner landing in the exercise set the activity links."""

from __future__ import annotations

import json

import jwt
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.interop import lti as rules
from quizapp.models import LtiContext, LtiToolKey, LtiUserLink, Membership, User
from quizapp.services import lti_tool

from ..lti_platform import INSTRUCTOR


def _user(sub: str) -> User | None:
    return db.session.scalar(
        select(User).join(LtiUserLink).where(LtiUserLink.subject == sub)
    )


def test_the_tool_publishes_its_public_key_set_without_private_parts(client, app):
    keys = client.get("/lti/jwks").json["keys"]
    assert len(keys) == 1
    assert keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256"
    assert {"d", "p", "q", "dp", "dq", "qi"}.isdisjoint(keys[0])
    stored = db.session.scalar(select(LtiToolKey))
    assert keys[0]["kid"] == stored.kid
    assert client.get("/lti/jwks").json == {"keys": keys}  # one key, made once


def test_login_initiation_redirects_to_the_lms_with_state_and_nonce(client, lms):
    response = client.get(
        "/lti/login",
        query_string={"iss": lms.issuer, "login_hint": "h", "client_id": lms.client_id},
    )
    assert response.status_code == 302
    assert response.location.startswith(lms.issuer + "/api/lti/authorize_redirect?")
    assert "redirect_uri=http%3A%2F%2Flocalhost%2Flti%2Flaunch" in response.location
    assert "response_mode=form_post" in response.location
    state, nonce = lms.start_login(client)
    assert state.startswith("state-") and len(nonce) >= 32


def test_an_instructor_launch_makes_a_teacher_and_a_class_for_the_course(
    client, lms, mini_pack
):
    response = lms.launch(client, sub="teacher-1", roles=(INSTRUCTOR,))
    assert response.status_code == 302
    teacher = _user("teacher-1")
    assert teacher.role == "teacher"
    context = db.session.scalar(select(LtiContext))
    assert context.classroom.teacher_id == teacher.id
    assert context.classroom.name == "Year 8 Media"
    assert response.location == f"/lti/classes/{context.classroom_id}"
    page = client.get(response.location)
    assert page.status_code == 200 and "Year 8 Media" in page.text


def test_a_learner_lands_in_the_linked_exercise_set_and_joins_the_class(
    client, lms, mini_pack
):
    link = {rules.CUSTOM: {"quizapp_set": "mini"}}
    lms.launch(client, sub="teacher-1", roles=(INSTRUCTOR,), **link)
    client.post("/auth/logout")
    response = lms.launch(client, sub="learner-1", **link)
    assert response.status_code == 302
    assert response.location == "/articles/mini"
    student = _user("learner-1")
    assert student.role == "student" and student.nickname is None
    assert client.get("/articles/mini").status_code == 200
    context = db.session.scalar(select(LtiContext))
    assert db.session.scalar(
        select(Membership).where(
            Membership.user_id == student.id,
            Membership.classroom_id == context.classroom_id,
        )
    )


def test_the_same_lms_user_gets_the_same_account_on_every_launch(client, lms):
    lms.launch(client, sub="learner-1")
    client.post("/auth/logout")
    lms.launch(client, sub="learner-1")
    links = db.session.scalars(select(LtiUserLink)).all()
    assert [link.subject for link in links] == ["learner-1"]
    assert db.session.scalar(select(db.func.count(User.id))) == 1


def test_a_learner_of_an_activity_without_a_set_is_told_so(client, lms):
    response = lms.launch(client, sub="learner-1")
    assert response.location == "/lti/not-linked"
    assert "not set up yet" in client.get(response.location).text


def test_pages_of_a_launched_session_may_be_framed_by_the_lms_only(client, lms):
    assert "frame-ancestors 'none'" in client.get("/").headers[
        "Content-Security-Policy"
    ]
    lms.launch(client, sub="learner-1")
    page = client.get("/lti/not-linked")
    assert f"frame-ancestors {lms.issuer};" in page.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in page.headers


def test_over_https_the_launched_session_cookie_is_samesite_none(app, lms):
    app.config.update(SESSION_COOKIE_SECURE=True)
    client = app.test_client()
    client.environ_base["wsgi.url_scheme"] = "https"
    response = client.post(
        "/lti/login",
        base_url="https://localhost",
        data={"iss": lms.issuer, "client_id": lms.client_id, "login_hint": "h"},
    )
    cookies = response.headers.getlist("Set-Cookie")
    assert any(c.startswith("lti1p3-session-id=") and "SameSite=None" in c
               and "Secure" in c for c in cookies)
    state, nonce = _state_and_nonce(response.location)
    claims = {**lms.claims(sub="learner-1"), "nonce": nonce}
    launched = client.post(
        "/lti/launch",
        base_url="https://localhost",
        data={"id_token": lms.sign(claims), "state": state},
    )
    assert launched.status_code == 302, launched.text
    session_cookie = next(
        c for c in launched.headers.getlist("Set-Cookie") if c.startswith("session=")
    )
    assert "SameSite=None" in session_cookie and "Secure" in session_cookie


def _state_and_nonce(location: str) -> tuple[str, str]:
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(location).query)
    return query["state"][0], query["nonce"][0]


def test_the_tool_key_signs_and_the_key_set_verifies(app):
    key = lti_tool.tool_key()
    token = jwt.encode({"x": 1}, key.private_pem, algorithm="RS256",
                       headers={"kid": key.kid})
    [jwk] = lti_tool.tool_jwks()["keys"]
    public = jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(jwk))
    assert jwt.decode(token, public, algorithms=["RS256"]) == {"x": 1}


def test_a_rotated_key_signs_while_the_key_set_keeps_the_old_one(app, runner):
    old = lti_tool.tool_key()
    result = runner.invoke(args=["lti", "rotate-key"])
    assert result.exit_code == 0 and result.output.startswith("New tool key ")
    new = lti_tool.tool_key()
    assert new.kid != old.kid and new.kid in result.output
    assert [k["kid"] for k in lti_tool.tool_jwks()["keys"]] == [new.kid, old.kid]
