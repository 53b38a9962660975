"""Passwords: hashing with argon2id and the rules a new password must meet.

Hashes use argon2id at OWASP's recommended minimum (19 MiB of memory, 2
iterations, 1 lane: the Password Storage Cheat Sheet). Hashes made before
(werkzeug's scrypt, or argon2 with other parameters) still verify, and
`verify_password` returns a new hash so the caller can upgrade them at login.

New passwords need 8 to 128 characters, must not be or contain the username,
must not repeat too few characters, and must not be one of the 30,000 most
common passwords of the `zxcvbn` package's list (MIT licence; drawn from
leaked password sets). No composition rules (NIST SP 800-63B, ASVS 6.2.5).
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from werkzeug.security import check_password_hash

MIN_LENGTH = 8
MAX_LENGTH = 128
MIN_DISTINCT_CHARACTERS = 4

#: OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1.
HASHER = PasswordHasher(
    time_cost=2,
    memory_cost=19 * 1024,
    parallelism=1,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


def hash_password(password: str) -> str:
    """An argon2id hash of `password` (salted, with its parameters)."""
    return HASHER.hash(password)


def verify_password(stored: str, password: str) -> tuple[bool, str | None]:
    """(matches, new hash or None): the new hash replaces an outdated one."""
    if stored.startswith("$argon2"):
        try:
            HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False, None
        return True, hash_password(password) if HASHER.check_needs_rehash(
            stored
        ) else None
    try:
        matches = bool(stored) and check_password_hash(stored, password)
    except ValueError:  # an unknown or damaged hash never matches
        return False, None
    return matches, hash_password(password) if matches else None


@cache
def common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords (lower case) from zxcvbn's list."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def password_problem(password: str, username: str = "") -> str:
    """Why `password` cannot be used by `username`, as a sentence ("" if it can)."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    lowered = password.lower()
    name = username.strip().lower()
    if name and (lowered == name or (len(name) >= 3 and name in lowered)):
        return "Your password must not contain your username."
    if len(set(lowered)) < MIN_DISTINCT_CHARACTERS:
        return (
            "That password repeats too few different characters; "
            "a few unrelated words make a strong one."
        )
    if lowered in common_passwords() or lowered.strip() in common_passwords():
        return (
            "That password is one of the most common passwords, which attackers "
            "try first; please choose another."
        )
    return ""
