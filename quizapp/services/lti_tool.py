"""pylti1p3's seams, backed by the database: the tool configuration
(`tool_conf`: registrations and deployments), the launch data storage
(state, nonce, launch claims) and the tool's own key pair.

Follows pylti1p3's Flask example: `FlaskOIDCLogin` / `FlaskMessageLaunch`
get a `ToolConf` and a `launch_data_storage`; here both read the tables an
admin fills in the admin pages instead of a JSON file and a cache.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from flask import current_app
from pylti1p3.contrib.flask import FlaskMessageLaunch, FlaskOIDCLogin
from pylti1p3.deployment import Deployment
from pylti1p3.exception import LtiException
from pylti1p3.launch_data_storage.base import LaunchDataStorage
from pylti1p3.registration import Registration
from pylti1p3.tool_config.abstract import ToolConfAbstract
from sqlalchemy import delete, select

from ..extensions import db
from ..models import LtiDeployment, LtiLaunchValue, LtiPlatform, LtiToolKey
from ..models._base import utcnow

#: Seconds any call to a platform may take.
HTTP_TIMEOUT = 10


class _TimedSession(requests.Session):
    def request(self, *args, **kwargs):
        kwargs.setdefault("timeout", HTTP_TIMEOUT)
        return super().request(*args, **kwargs)


def http_session() -> requests.Session:
    """The HTTP client for calls to platforms (key sets, tokens, AGS, NRPS);
    tests replace it with one that reaches a fake platform."""
    session = _TimedSession()
    session.headers["User-Agent"] = "quizapp-lti"
    return session


# --------------------------------------------------------------- tool keys


def tool_key() -> LtiToolKey:
    """The tool's signing key, made (2048-bit RSA) the first time it is needed."""
    key = db.session.scalar(select(LtiToolKey).order_by(LtiToolKey.id.desc()))
    return key or rotate_tool_key()


def new_key_pair(bits: int = 2048) -> tuple[str, str]:
    """A fresh RSA key pair as (private PEM, public PEM)."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem.decode()


def rotate_tool_key() -> LtiToolKey:
    """Generate and store a new key pair; it signs from now on, and the key
    set keeps publishing the older ones."""
    private_pem, public_pem = new_key_pair()
    key = LtiToolKey(
        kid=Registration.get_jwk(public_pem)["kid"],
        private_pem=private_pem,
        public_pem=public_pem,
    )
    db.session.add(key)
    db.session.commit()
    return key


def tool_jwks() -> dict[str, list[dict[str, Any]]]:
    """The tool's public key set (never a private part)."""
    keys = db.session.scalars(select(LtiToolKey).order_by(LtiToolKey.id.desc()))
    return {"keys": [dict(Registration.get_jwk(k.public_pem)) for k in keys]}


# ------------------------------------------------------------- tool_conf


def registration_of(platform: LtiPlatform) -> Registration:
    """pylti1p3's view of a platform, with the tool's current key."""
    key = tool_key()
    registration = (
        Registration()
        .set_issuer(platform.issuer)
        .set_client_id(platform.client_id)
        .set_auth_login_url(platform.auth_login_url)
        .set_auth_token_url(platform.auth_token_url)
        .set_key_set_url(platform.key_set_url)
        .set_tool_private_key(key.private_pem)
        .set_tool_public_key(key.public_pem)
    )
    if platform.auth_audience:
        registration.set_auth_audience(platform.auth_audience)
    return registration


def find_platform(issuer: str, client_id: str | None) -> LtiPlatform | None:
    """The registration for (issuer, client id); without a client id, the
    issuer's only registration."""
    query = select(LtiPlatform).where(LtiPlatform.issuer == issuer)
    if client_id:
        return db.session.scalar(query.where(LtiPlatform.client_id == client_id))
    platforms = db.session.scalars(query.limit(2)).all()
    return platforms[0] if len(platforms) == 1 else None


class ToolConf(ToolConfAbstract):
    """Registrations from `lti_platforms`: any issuer may hold several
    client ids (one per registration)."""

    def check_iss_has_one_client(self, iss: str) -> bool:
        return False

    def check_iss_has_many_clients(self, iss: str) -> bool:
        return True

    def find_registration_by_issuer(self, iss, *args, **kwargs):
        platform = find_platform(iss, None)
        return registration_of(platform) if platform else None

    def find_registration_by_params(self, iss, client_id, *args, **kwargs):
        platform = find_platform(iss, client_id)
        return registration_of(platform) if platform else None

    def find_deployment(self, iss, deployment_id):
        return self.find_deployment_by_params(iss, deployment_id, None)

    def find_deployment_by_params(self, iss, deployment_id, client_id, *a, **kw):
        platform = find_platform(iss, client_id)
        if platform is None:
            return None
        found = db.session.scalar(
            select(LtiDeployment.id).where(
                LtiDeployment.platform_id == platform.id,
                LtiDeployment.deployment_id == str(deployment_id),
            )
        )
        return Deployment().set_deployment_id(deployment_id) if found else None


# ---------------------------------------------------- launch data storage


class DbLaunchDataStorage(LaunchDataStorage):
    """pylti1p3 launch data in `lti_launch_values`. Like its cache storage,
    keys carry a per-browser session id (a SameSite=None; Secure cookie)
    over HTTPS only."""

    def get_session_cookie_name(self):
        if self._request is None or not self._request.is_secure():
            return None
        return super().get_session_cookie_name()

    def can_set_keys_expiration(self) -> bool:
        return True

    def get_value(self, key: str):
        row = db.session.get(LtiLaunchValue, self._prepare_key(key)[:255])
        if row is None or row.expires_at < utcnow():
            return None
        return row.value

    def set_value(self, key: str, value, exp: int | None = None) -> None:
        # pylti1p3 asks for a day; quizapp keeps values LTI_LAUNCH_LIFETIME.
        lifetime = current_app.config["LTI_LAUNCH_LIFETIME"]
        seconds = min(exp or lifetime, lifetime)
        db.session.merge(
            LtiLaunchValue(
                key=self._prepare_key(key)[:255],
                value=value,
                expires_at=utcnow() + timedelta(seconds=seconds),
            )
        )
        db.session.commit()

    def check_value(self, key: str) -> bool:
        return self.get_value(key) is not None

    def consume(self, key: str) -> bool:
        """Delete the value; True for the one caller that found it."""
        gone = db.session.execute(
            delete(LtiLaunchValue).where(
                LtiLaunchValue.key == self._prepare_key(key)[:255],
                LtiLaunchValue.expires_at >= utcnow(),
            )
        )
        db.session.commit()
        return gone.rowcount == 1


def purge_launch_values() -> int:
    """Delete expired launch data; returns how many rows went."""
    gone = db.session.execute(
        delete(LtiLaunchValue).where(LtiLaunchValue.expires_at < utcnow())
    )
    db.session.commit()
    return gone.rowcount


class OIDCLogin(FlaskOIDCLogin):
    """pylti1p3's Flask login initiation on quizapp's seams."""


class MessageLaunch(FlaskMessageLaunch):
    """pylti1p3's Flask launch that also spends the nonce: a replayed id_token
    (same state and nonce) is refused."""

    def validate(self):
        super().validate()
        nonce = self._get_jwt_body().get("nonce")
        storage = self._session_service.data_storage
        if not storage.consume(self._session_service._get_key("nonce", nonce)):
            self._validated = False
            raise LtiException("Invalid Nonce: this launch was already used")
        return self


def login_for(request) -> OIDCLogin:
    """An OIDC login initiation for the current request."""
    return OIDCLogin(request, ToolConf(), launch_data_storage=DbLaunchDataStorage())


def launch_for(request) -> MessageLaunch:
    """A message launch for the current request (validated on first use)."""
    launch = MessageLaunch(
        request,
        ToolConf(),
        launch_data_storage=DbLaunchDataStorage(),
        requests_session=http_session(),
    )
    if not current_app.config.get("LTI_VERIFY_EXPIRY", True):
        launch.set_jwt_verify_options({"verify_aud": False, "verify_exp": False})
    return launch


def restored_launch(request, launch_id: str) -> MessageLaunch:
    """A launch validated earlier, read back from the launch data storage."""
    return MessageLaunch.from_cache(
        launch_id,
        request,
        ToolConf(),
        launch_data_storage=DbLaunchDataStorage(),
        requests_session=http_session(),
    )
