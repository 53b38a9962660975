"""A fake LMS for the LTI tests: its own RSA key pair, id_tokens signed with
PyJWT, and the endpoints quizapp calls (key set, OAuth2 token, AGS scores,
NRPS memberships) answered in-process through a requests transport adapter.

It checks what the tool sends as a real platform would: the client-credentials
assertion must be signed with a key from the tool's published key set.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
import requests
from cryptography.hazmat.primitives import serialization
from requests.adapters import BaseAdapter

from quizapp.interop import lti as rules
from quizapp.services import lti, lti_tool

ISSUER = "https://lms.example.edu"
CLIENT_ID = "quizapp-client-7"
DEPLOYMENT = "deployment-1"
LINEITEM = ISSUER + "/api/lti/courses/9/line_items/31"
MEMBERSHIPS = ISSUER + "/api/lti/courses/9/names_and_roles"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"


def new_key() -> tuple[str, dict[str, Any]]:
    """(private PEM, public JWK) of a fresh 2048-bit RSA key."""
    private_pem, public_pem = lti_tool.new_key_pair()
    public = serialization.load_pem_public_key(public_pem.encode())
    return private_pem, json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(public))


class FakePlatform:
    def __init__(self, issuer: str = ISSUER, client_id: str = CLIENT_ID):
        self.issuer, self.client_id = issuer, client_id
        self.private_pem, jwk = new_key()
        self.kid = "platform-key-1"
        self.jwks = {"keys": [{**jwk, "kid": self.kid, "alg": "RS256", "use": "sig"}]}
        self.scores: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self.fail_next_scores = 0
        self.members: list[dict[str, Any]] = []

    # ------------------------------------------------------------- setup

    def register(self, deployments=(DEPLOYMENT,)):
        """Register this platform in quizapp, as an admin would."""
        return lti.register_platform(
            None,
            list(deployments),
            name="Example LMS",
            issuer=self.issuer,
            client_id=self.client_id,
            auth_login_url=self.issuer + "/api/lti/authorize_redirect",
            auth_token_url=self.issuer + "/login/oauth2/token",
            key_set_url=self.issuer + "/api/lti/security/jwks",
            auth_audience=None,
        )

    def claims(self, sub: str = "learner-1", roles=(LEARNER,), **extra) -> dict:
        """A resource-link launch's claims in course 9, with AGS and NRPS."""
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": self.client_id,
            "sub": sub,
            "iat": now,
            "exp": now + 300,
            "given_name": "Ada",
            rules.MESSAGE_TYPE: "LtiResourceLinkRequest",
            rules.LTI + "version": "1.3.0",
            rules.DEPLOYMENT_ID: DEPLOYMENT,
            rules.LTI + "target_link_uri": "http://localhost/lti/launch",
            rules.RESOURCE_LINK: {"id": "rl-1", "title": "Floods quiz"},
            rules.ROLES: list(roles),
            rules.CONTEXT: {"id": "course-9", "title": "Year 8 Media"},
            rules.AGS: {
                "scope": [rules.SCORE_SCOPE],
                "lineitem": LINEITEM,
            },
            rules.NRPS: {
                "context_memberships_url": MEMBERSHIPS,
                "service_versions": ["2.0"],
            },
        }
        claims.update(extra)
        return claims

    def sign(self, claims: dict, kid: str | None = None, key: str | None = None):
        return jwt.encode(
            claims, key or self.private_pem, algorithm="RS256",
            headers={"kid": kid or self.kid},
        )

    # ------------------------------------------------- browser round trip

    def start_login(self, client) -> tuple[str, str]:
        """The LMS starts the OIDC login; returns (state, nonce) quizapp chose."""
        response = client.post(
            "/lti/login",
            data={
                "iss": self.issuer,
                "client_id": self.client_id,
                "login_hint": "hint-1",
                "target_link_uri": "http://localhost/lti/launch",
            },
        )
        assert response.status_code == 302, response.text
        query = parse_qs(urlsplit(response.location).query)
        return query["state"][0], query["nonce"][0]

    def launch(self, client, claims: dict | None = None, **kwargs):
        """Login, then post a signed id_token for `claims` (with the nonce)."""
        state, nonce = self.start_login(client)
        claims = dict(claims or self.claims(**kwargs))
        claims.setdefault("nonce", nonce)
        return client.post(
            "/lti/launch", data={"id_token": self.sign(claims), "state": state}
        )

    # ------------------------------------------------ platform endpoints

    def answer(self, request: requests.PreparedRequest) -> tuple[int, Any]:
        url = request.url.split("?")[0]
        self.calls.append(f"{request.method} {url}")
        if url == self.issuer + "/api/lti/security/jwks":
            return 200, self.jwks
        if url == self.issuer + "/login/oauth2/token":
            form = parse_qs(request.body if isinstance(request.body, str)
                            else request.body.decode())
            assertion = form["client_assertion"][0]
            kid = jwt.get_unverified_header(assertion)["kid"]
            [jwk] = [k for k in lti_tool.tool_jwks()["keys"] if k["kid"] == kid]
            public = jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(jwk))
            jwt.decode(assertion, public, algorithms=["RS256"],
                       audience=self.issuer + "/login/oauth2/token")
            return 200, {"access_token": "token-" + uuid.uuid4().hex,
                         "token_type": "Bearer", "expires_in": 3600,
                         "scope": form["scope"][0]}
        if url == LINEITEM + "/scores" and request.method == "POST":
            if self.fail_next_scores:
                self.fail_next_scores -= 1
                return 503, {"error": "gradebook busy"}
            self.scores.append(json.loads(request.body))
            return 200, {}
        if url == MEMBERSHIPS:
            return 200, {"id": MEMBERSHIPS, "context": {"id": "course-9"},
                         "members": self.members}
        return 404, {"error": "unknown"}


class PlatformAdapter(BaseAdapter):
    """A requests transport that hands every call to the fake platform."""

    def __init__(self, platform: FakePlatform):
        super().__init__()
        self.platform = platform

    def send(self, request, **kwargs):
        status, body = self.platform.answer(request)
        response = requests.Response()
        response.status_code = status
        response._content = json.dumps(body).encode()
        response.headers["Content-Type"] = "application/json"
        response.url = request.url
        response.request = request
        return response

    def close(self):
        pass


def connect(monkeypatch, platform: FakePlatform) -> None:
    """Make quizapp's calls to platforms reach `platform`."""
    original = lti_tool.http_session

    def session():
        s = original()
        s.mount(platform.issuer, PlatformAdapter(platform))
        return s

    monkeypatch.setattr(lti_tool, "http_session", session)
    for module in ("quizapp.services.lti", "quizapp.services.lti_grades"):
        monkeypatch.setattr(f"{module}.http_session", session)
