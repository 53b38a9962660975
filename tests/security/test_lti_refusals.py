"""Every LTI message quizapp must refuse is refused with a clear 4xx (never
a 500) and logs nobody in: unknown issuer, client or deployment, a wrong
signature or unknown key, an expired token, a replayed launch, a state that
does not match, and missing claims."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.interop import lti as rules
from quizapp.models import User

from ..lti_platform import FakePlatform, new_key


def _refused(response, status: int, words: str) -> None:
    assert response.status_code == status, response.text
    assert words in response.text
    assert db.session.scalar(select(User.id)) is None  # nobody was created


def test_a_login_from_an_unknown_issuer_is_refused(client, lms):
    response = client.post(
        "/lti/login", data={"iss": "https://evil.example", "login_hint": "h"}
    )
    _refused(response, 403, "not registered with quizapp")


def test_a_login_without_issuer_or_login_hint_is_refused(client, lms):
    _refused(client.post("/lti/login", data={}), 400, "missing: iss")
    response = client.post("/lti/login", data={"iss": lms.issuer})
    _refused(response, 400, "missing: login_hint")


def test_a_launch_for_an_unknown_client_id_is_refused(client, lms):
    response = lms.launch(client, claims=lms.claims(aud="someone-else"))
    _refused(response, 403, "not registered with quizapp")


def test_a_launch_from_an_unregistered_issuer_is_refused(client, lms):
    stranger = FakePlatform(issuer="https://other-lms.example")
    state, nonce = lms.start_login(client)
    claims = {**stranger.claims(), "nonce": nonce}
    response = client.post(
        "/lti/launch", data={"id_token": stranger.sign(claims), "state": state}
    )
    _refused(response, 403, "not registered with quizapp")


def test_a_launch_for_an_unknown_deployment_is_refused(client, lms):
    claims = lms.claims(**{rules.DEPLOYMENT_ID: "deployment-99"})
    _refused(lms.launch(client, claims=claims), 403, "deployment")


def test_a_launch_signed_with_another_key_is_refused(client, lms):
    state, nonce = lms.start_login(client)
    forged = lms.sign({**lms.claims(), "nonce": nonce}, key=new_key()[0])
    response = client.post("/lti/launch", data={"id_token": forged, "state": state})
    _refused(response, 401, "signature is not valid")


def test_a_launch_signed_with_a_key_the_lms_does_not_publish_is_refused(
    client, lms
):
    state, nonce = lms.start_login(client)
    token = lms.sign({**lms.claims(), "nonce": nonce}, kid="unknown-kid")
    response = client.post("/lti/launch", data={"id_token": token, "state": state})
    _refused(response, 401, "key the LMS does not publish")


def test_an_expired_launch_is_refused(client, lms):
    past = int(time.time()) - 3600
    response = lms.launch(client, claims=lms.claims(iat=past - 60, exp=past))
    _refused(response, 401, "expired")


def test_a_replayed_launch_is_refused(client, lms):
    state, nonce = lms.start_login(client)
    data = {"id_token": lms.sign({**lms.claims(), "nonce": nonce}), "state": state}
    assert client.post("/lti/launch", data=data).status_code == 302
    client.post("/auth/logout")
    replay = client.post("/lti/launch", data=data)
    assert replay.status_code == 401
    assert "already used" in replay.text
    assert client.get("/auth/account").status_code == 302  # not logged in


def test_a_nonce_quizapp_never_issued_is_refused(client, lms):
    state, _nonce = lms.start_login(client)
    token = lms.sign({**lms.claims(), "nonce": "made-up-nonce"})
    response = client.post("/lti/launch", data={"id_token": token, "state": state})
    _refused(response, 401, "nonce")


def test_a_launch_whose_state_does_not_match_this_browser_is_refused(client, lms):
    _state, nonce = lms.start_login(client)
    token = lms.sign({**lms.claims(), "nonce": nonce})
    response = client.post(
        "/lti/launch", data={"id_token": token, "state": "state-forged"}
    )
    _refused(response, 401, "state")


@pytest.mark.parametrize(
    ("missing", "words"),
    [
        ("sub", "missing: sub"),
        (rules.ROLES, "missing: roles"),
        (rules.RESOURCE_LINK, "missing: resource_link.id"),
        (rules.DEPLOYMENT_ID, "missing: deployment_id"),
        (rules.MESSAGE_TYPE, "missing: message_type"),
    ],
)
def test_a_launch_missing_a_claim_is_refused_naming_it(client, lms, missing, words):
    claims = lms.claims()
    del claims[missing]
    _refused(lms.launch(client, claims=claims), 400, words)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"id_token": "not-a-jwt", "state": "x"},
        {"id_token": "a.b.c", "state": "x"},
        {"id_token": "e30.e30.e30", "state": "x"},
        {"id_token": "x" * 20000, "state": "y" * 5000},
    ],
)
def test_garbage_launches_get_a_4xx(client, lms, data):
    response = client.post("/lti/launch", data=data)
    assert 400 <= response.status_code < 500, response.text


def test_refusals_speak_json_to_a_json_client(client, lms):
    response = client.post(
        "/lti/launch", data={}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 400
    assert response.json == {
        "error": 400,
        "message": "The launch carries no state; start it again from the LMS.",
    }


def test_login_initiations_are_throttled_per_address(app, client, lms):
    app.config["LTI_LOGINS_PER_ADDRESS"] = "3 per minute"
    data = {"iss": lms.issuer, "client_id": lms.client_id, "login_hint": "h"}
    statuses = [client.post("/lti/login", data=data).status_code for _ in range(5)]
    assert statuses == [302, 302, 302, 429, 429]


def test_state_and_nonce_expire_within_the_launch_lifetime(app, client, lms):
    from datetime import timedelta

    from quizapp.models import LtiLaunchValue
    from quizapp.models._base import utcnow

    lms.start_login(client)
    [nonce] = db.session.scalars(select(LtiLaunchValue)).all()
    lifetime = timedelta(seconds=app.config["LTI_LAUNCH_LIFETIME"])
    assert nonce.expires_at <= utcnow() + lifetime
