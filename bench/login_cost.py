"""The CPU cost of one login, before (scrypt) and after (argon2id).

Runs the real login view through Flask's test client on a temporary SQLite
database and measures process CPU time (`time.process_time`) per request for:

- a bare route (the same app, middleware and session handling, no work): the
  baseline every figure is divided by;
- a login as before this change: the password checked against a werkzeug
  scrypt hash, as quizapp stored them (N=2**15, r=8, p=1);
- a login now: argon2id at OWASP's parameters (m=19 MiB, t=2, p=1);
- the one-time upgrade: the first login of a user with an old scrypt hash
  (scrypt check + argon2id rehash).

Prints each figure, the CPU-seconds 2,000 students logging in at once need,
and a last line `login_cost: ...` with the ratios.

Run: .venv/bin/python bench/login_cost.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from werkzeug.security import check_password_hash, generate_password_hash

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp import create_app, passwords  # noqa: E402
from quizapp.extensions import db  # noqa: E402
from quizapp.models import User  # noqa: E402

PASSWORD = "violet harbour kettle"
STUDENTS = 2000


def _scrypt_only(stored: str, password: str):
    """How quizapp checked passwords before: werkzeug's scrypt, no upgrade."""
    return check_password_hash(stored, password), None


def cpu_per_call(call, rounds: int, setup=None) -> float:
    """Median CPU milliseconds of `call()` over `rounds` (setup not timed)."""
    samples = []
    for _ in range(rounds):
        if setup:
            setup()
        start = time.process_time()
        call()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    rounds = parser.parse_args().rounds
    folder = tempfile.mkdtemp(prefix="login-cost-")
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite",
            "WTF_CSRF_ENABLED": False,
        }
    )
    app.add_url_rule("/bench/bare", "bench_bare", lambda: "ok")
    scrypt_hash = generate_password_hash(PASSWORD, method="scrypt")
    with app.app_context():
        db.create_all()
        old = User(username="old-scheme", password_hash=scrypt_hash)
        new = User(username="new-scheme")
        new.set_password(PASSWORD)
        db.session.add_all([old, new])
        db.session.commit()
        old_id = old.id

    # Requests run outside any app context of ours, each with its own `g`.
    def login(username):
        def call():
            response = app.test_client().post(
                "/auth/login", data={"username": username, "password": PASSWORD}
            )
            assert response.status_code == 302, response.status_code
            assert response.location == "/articles", response.location

        return call

    def restore_scrypt():
        with app.app_context():
            db.session.get(User, old_id).password_hash = scrypt_hash
            db.session.commit()

    client = app.test_client()
    bare = cpu_per_call(lambda: client.get("/bench/bare"), rounds * 10)
    after = cpu_per_call(login("new-scheme"), rounds)
    upgrade = cpu_per_call(login("old-scheme"), rounds, setup=restore_scrypt)
    # Before: the same view, with passwords checked as quizapp did (scrypt only).
    import quizapp.models.user as user_module

    user_module.verify_password = _scrypt_only
    try:
        before = cpu_per_call(login("old-scheme"), rounds, setup=restore_scrypt)
    finally:
        user_module.verify_password = passwords.verify_password
    with app.app_context():
        db.drop_all()

    rows = [
        ("bare route", bare, ""),
        ("login before (scrypt)", before, f"{before / bare:.0f}x bare"),
        ("login after (argon2id)", after, f"{after / bare:.0f}x bare"),
        ("first login, old hash", upgrade, f"{upgrade / bare:.0f}x bare, once"),
    ]
    for label, value, ratio in rows:
        print(f"{label:<24} {value:8.2f} ms CPU  {ratio}")
    print(
        f"{STUDENTS} students logging in: {before * STUDENTS / 1000:.0f} CPU-s before, "
        f"{after * STUDENTS / 1000:.0f} CPU-s after"
    )
    print(
        f"login_cost: before(scrypt) {before / bare:.0f}x bare, "
        f"after(argon2id) {after / bare:.0f}x bare, "
        f"after/before {after / before:.2f} "
        f"(bare {bare:.2f} ms, scrypt {before:.1f} ms, argon2id {after:.1f} ms CPU)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
