"""Secrets the app must read back (not hashable, e.g. a password it sends to
another service) are stored encrypted: a Fernet token (AES-128-CBC with an
HMAC-SHA256 tag, from the `cryptography` package).

The Fernet key is derived with HKDF-SHA256 from the app's data key (the
QUIZAPP_DATA_KEY setting, else SECRET_KEY) and a label naming what the secret
is for, so each kind of secret has a key of its own and none of them is the
key that signs sessions. Pure: keys come in as arguments (no Flask here).
"""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

#: The label (HKDF `info`) of the LRS password's key.
LRS_PASSWORD = b"quizapp lrs password"


class UnreadableSecret(ValueError):
    """A token this key cannot open: made with another key, or altered."""


@lru_cache(maxsize=8)
def _fernet(key: str, label: bytes) -> Fernet:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label)
    return Fernet(base64.urlsafe_b64encode(derived.derive(key.encode("utf-8"))))


def seal(text: str, key: str, label: bytes) -> str:
    """`text` encrypted under `key` for `label`: an ASCII Fernet token."""
    return _fernet(key, label).encrypt(text.encode("utf-8")).decode("ascii")


def unseal(token: str, key: str, label: bytes) -> str:
    """The text `seal` encrypted; raises UnreadableSecret if `key` cannot open it."""
    try:
        return _fernet(key, label).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError) as exc:
        raise UnreadableSecret("the token was not made with this key") from exc
