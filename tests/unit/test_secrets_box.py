"""Secrets the app sends on are stored as Fernet tokens under a key derived
from the app's key: only that key (and label) opens them."""

import pytest

from quizapp.secrets_box import LRS_PASSWORD, UnreadableSecret, seal, unseal

from .test_pure_core import FORBIDDEN, PACKAGE, _imports

KEY = "the-app-secret-key"


def test_a_sealed_secret_opens_with_the_same_key_and_label():
    for secret in ("secret", "", "pässwörd 🗝️", "x" * 200):
        assert unseal(seal(secret, KEY, LRS_PASSWORD), KEY, LRS_PASSWORD) == secret


def test_a_token_is_ascii_shows_nothing_of_the_secret_and_differs_each_time():
    first, second = (seal("hunter2-secret", KEY, LRS_PASSWORD) for _ in range(2))
    assert first.isascii() and first.startswith("gAAAAA")  # Fernet version 0x80
    assert "hunter2" not in first and "secret" not in first
    assert first != second  # a fresh IV every time


@pytest.mark.parametrize(
    "key, label",
    [("another-secret-key", LRS_PASSWORD), (KEY, b"quizapp another secret")],
)
def test_another_key_or_label_cannot_open_a_token(key, label):
    token = seal("secret", KEY, LRS_PASSWORD)
    with pytest.raises(UnreadableSecret):
        unseal(token, key, label)


def _altered(token: str) -> str:
    middle = len(token) // 2
    return token[:middle] + ("B" if token[middle] == "A" else "A") + token[middle + 1 :]


@pytest.mark.parametrize("token", ["", "not a token", "gAAAAAé", "plain-secret"])
def test_anything_but_an_intact_token_is_unreadable(token):
    with pytest.raises(UnreadableSecret):
        unseal(token, KEY, LRS_PASSWORD)


def test_an_altered_token_is_unreadable():
    with pytest.raises(UnreadableSecret):
        unseal(_altered(seal("secret", KEY, LRS_PASSWORD)), KEY, LRS_PASSWORD)


def test_the_secrets_box_imports_neither_flask_nor_sqlalchemy():
    assert _imports(PACKAGE / "secrets_box.py") & set(FORBIDDEN) == set()
