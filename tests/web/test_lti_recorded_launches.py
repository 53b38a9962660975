"""The recorded LTI 1.3 launches in ../shared/interop/lti/payloads (real
id_tokens from Canvas and the 1EdTech reference platform, with the key sets
that signed them) are accepted, and the launch data pylti1p3 keeps equals the
recorded expectation. Their tokens date from 2019: expiry checks are off for
this test only, as the payloads' notes say."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.interop import lti as rules
from quizapp.models import LtiLaunchValue, LtiUserLink
from quizapp.services import lti, lti_tool

from ..lti_platform import PlatformAdapter
from ..unit.interop.shared import SHARED, needs_shared

PAYLOADS = SHARED / "lti" / "payloads"
LAUNCHES = [
    "test_resource_link",
    "test_deep_link",
    "test_submission_review_launch",
    "test_privacy_launch",
]


class RecordedPlatform:
    """Serves the recorded key set at the registered key set URL."""

    def __init__(self, payload: dict):
        self.issuer = payload["iss"]
        self.jwks = payload["platform_jwks"]

    def answer(self, request):
        if request.url == self.issuer + "/recorded/jwks":
            return 200, self.jwks
        return 404, {}


def _register(payload: dict) -> str:
    claims = payload["id_token_claims"]
    aud = claims["aud"]
    client_id = aud[0] if isinstance(aud, list) else aud
    lti.register_platform(
        None,
        [claims[rules.DEPLOYMENT_ID]],
        name="Recorded",
        issuer=payload["iss"],
        client_id=client_id,
        auth_login_url=payload["iss"] + "/recorded/auth",
        auth_token_url=payload["iss"] + "/recorded/token",
        key_set_url=payload["iss"] + "/recorded/jwks",
        auth_audience=None,
    )
    return client_id


@needs_shared
@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
@pytest.mark.parametrize("name", LAUNCHES)
def test_a_recorded_launch_is_accepted(app, client, monkeypatch, name):
    payload = json.loads((PAYLOADS / f"{name}.launch.json").read_text())
    client_id = _register(payload)
    platform = RecordedPlatform(payload)
    monkeypatch.setattr(lti_tool, "http_session", lambda: _mounted(platform))
    state = payload["launch_post"]["state"]
    nonce = payload["id_token_claims"]["nonce"]
    # The recorded token names the state and nonce its login chose.
    monkeypatch.setattr(lti_tool.OIDCLogin, "_get_uuid",
                        lambda self: state.removeprefix("state-"))
    monkeypatch.setattr(lti_tool.OIDCLogin, "_generate_nonce", lambda self: nonce)
    app.config["LTI_VERIFY_EXPIRY"] = False

    login = client.post(
        "/lti/login", data={**payload["oidc_login_request"], "client_id": client_id}
    )
    assert login.status_code == 302, login.text
    launch = client.post(
        "/lti/launch",
        data={"state": state, "id_token": payload["launch_post"]["id_token"]},
    )
    assert launch.status_code in (200, 302), launch.text
    sub = payload["id_token_claims"]["sub"]
    assert db.session.scalar(
        select(LtiUserLink).where(LtiUserLink.subject == sub)
    ), "the account is linked"
    stored = db.session.scalar(
        select(LtiLaunchValue).where(LtiLaunchValue.key.like("lti1p3-launch-%"))
    )
    expected = payload["expected_message_launch_data"]
    if expected:
        assert stored.value == expected
    else:
        assert stored.value == payload["id_token_claims"]


@needs_shared
def test_the_recorded_launch_is_refused_once_its_token_has_expired(
    app, client, monkeypatch
):
    payload = json.loads((PAYLOADS / "test_deep_link.launch.json").read_text())
    client_id = _register(payload)
    platform = RecordedPlatform(payload)
    monkeypatch.setattr(lti_tool, "http_session", lambda: _mounted(platform))
    state = payload["launch_post"]["state"]
    monkeypatch.setattr(lti_tool.OIDCLogin, "_get_uuid",
                        lambda self: state.removeprefix("state-"))
    monkeypatch.setattr(lti_tool.OIDCLogin, "_generate_nonce",
                        lambda self: payload["id_token_claims"]["nonce"])
    client.post(
        "/lti/login", data={**payload["oidc_login_request"], "client_id": client_id}
    )
    launch = client.post(
        "/lti/launch",
        data={"state": state, "id_token": payload["launch_post"]["id_token"]},
    )
    assert launch.status_code == 401 and "expired" in launch.text


def _mounted(platform):
    s = lti_tool._TimedSession()
    s.mount(platform.issuer, PlatformAdapter(platform))
    return s
