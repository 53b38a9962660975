"""Passwords at registration and login: the rules, and hashes upgraded."""

import pytest
from werkzeug.security import generate_password_hash

from quizapp.extensions import db
from quizapp.models import User


@pytest.mark.parametrize(
    "password, message",
    [
        ("password", "one of the most common passwords"),
        ("12345678", "one of the most common passwords"),
        ("aaaaaaaa", "repeats too few different characters"),
        ("Password1", "one of the most common passwords"),
        ("qwertyuiop", "one of the most common passwords"),
        ("amira", "Use at least 8 characters."),
        ("amira-amira", "must not contain your username"),
    ],
)
def test_registration_refuses_weak_passwords_and_says_why(client, password, message):
    """ASVS 6.2.1, 6.2.4, 6.2.11: the issue's accepted passwords are refused."""
    response = client.post(
        "/auth/register",
        data={"username": "amira", "password": password, "confirm": password},
    )
    assert response.status_code == 400
    assert message in response.text
    assert db.session.scalar(db.select(db.func.count(User.id))) == 0


def test_an_old_scrypt_hash_is_replaced_by_argon2id_at_login(client):
    """ASVS 11.4.2: stored hashes move to argon2id at the next login."""
    user = User(
        username="amira",
        password_hash=generate_password_hash("violet harbour", method="scrypt"),
    )
    db.session.add(user)
    db.session.commit()
    response = client.post(
        "/auth/login", data={"username": "amira", "password": "violet harbour"}
    )
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.password_hash.startswith("$argon2id$")
    client.post("/auth/logout")
    again = client.post(
        "/auth/login", data={"username": "amira", "password": "violet harbour"}
    )
    assert again.status_code == 302
