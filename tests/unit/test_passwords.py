"""Password rules and hashing (pure: no app)."""

import pytest
from argon2 import extract_parameters
from werkzeug.security import generate_password_hash

from quizapp.passwords import (
    common_passwords,
    hash_password,
    password_problem,
    verify_password,
)


@pytest.mark.parametrize(
    "password, reason",
    [
        ("short", "at least 8 characters"),
        ("password", "most common passwords"),
        ("12345678", "most common passwords"),
        ("aaaaaaaa", "too few different characters"),
        ("Password1", "most common passwords"),
        ("qwertyuiop", "most common passwords"),
        ("amira-rules", "must not contain your username"),
        ("AMIRA", "at least 8 characters"),
        ("amira2012", "must not contain your username"),
        ("x" * 129, "at most 128"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password, reason):
    """ASVS 6.2.1 (at least 8), 6.2.4 (common passwords), 6.2.11 (context
    words: the username), 6.2.9 (up to 128 characters allowed)."""
    assert reason in password_problem(password, "amira")


def test_long_passphrases_without_composition_rules_are_accepted():
    """ASVS 6.2.5 (no composition rules), 6.2.9 (64+ characters allowed)."""
    assert password_problem("violet harbour kettle", "amira") == ""
    assert password_problem("ä" * 2 + "correct horse battery staple " * 3, "x") == ""


def test_the_common_password_list_has_at_least_ten_thousand_entries():
    """ASVS 6.2.4: checked against at least the top 3,000 (here 30,000)."""
    assert len(common_passwords()) >= 10_000
    assert "letmein1" in common_passwords()


def test_passwords_are_hashed_with_argon2id_at_owasp_parameters():
    """ASVS 11.4.2: an approved password hashing function, current parameters
    (OWASP: argon2id, m=19 MiB, t=2, p=1)."""
    hashed = hash_password("violet harbour kettle")
    params = extract_parameters(hashed)
    assert hashed.startswith("$argon2id$")
    assert (params.memory_cost, params.time_cost, params.parallelism) == (
        19 * 1024,
        2,
        1,
    )
    assert hash_password("violet harbour kettle") != hashed  # salted
    assert verify_password(hashed, "violet harbour kettle") == (True, None)
    assert verify_password(hashed, "violet harbour kettlE") == (False, None)


def test_an_old_scrypt_hash_verifies_and_yields_an_argon2id_replacement():
    """ASVS 11.4.2: older hashes are upgraded at the next login."""
    old = generate_password_hash("violet harbour kettle", method="scrypt")
    matches, new_hash = verify_password(old, "violet harbour kettle")
    assert matches and new_hash.startswith("$argon2id$")
    assert verify_password(old, "wrong") == (False, None)


def test_an_argon2_hash_with_weaker_parameters_is_upgraded():
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("pw")
    matches, new_hash = verify_password(weak, "pw")
    assert matches and extract_parameters(new_hash).memory_cost == 19 * 1024


def test_a_damaged_hash_never_matches():
    assert verify_password("", "") == (False, None)
    assert verify_password("$argon2id$nonsense", "x") == (False, None)
    assert verify_password("md5$abc", "x") == (False, None)
