"""What one request of the answer path costs in-process: CPU ms and SQL
statements per submit, double submit, next item page and leaderboard.

Builds a small school through the services (`bench/burst/school.py`) in a
temporary SQLite file (or --database-url, an EMPTY database), logs every
student in with Flask's test client (production settings: CSRF checked,
throttling on) and times each kind of request with
`time.process_time` (no HTTP, no gunicorn: the app's own work). It also counts
the Python function calls per request (cProfile's count): unlike CPU time on a
shared virtual machine, that count is the same from run to run, so it tells
whether a change made a request do less. `--profile` prints where submit's time
goes (cProfile, top functions by own time).

Run: .venv/bin/python bench/answer_path_cost.py [--students 60] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from burst import school  # noqa: E402
from burst.client import CSRF  # noqa: E402
from sqlalchemy import event  # noqa: E402

from quizapp import create_app  # noqa: E402
from quizapp.extensions import db  # noqa: E402

JSON = {"Accept": "application/json"}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--database-url", help="an EMPTY database to use")
    parser.add_argument("--profile", action="store_true")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="answer-path-") as tmp:
        kind = "postgresql" if args.database_url else "sqlite"
        url, cleanup = school.prepare_database(kind, args.database_url, Path(tmp))
        try:
            school.migrate(url)
            students = school.make_school(url, args.students)
            measure(url, students, args.profile)
        finally:
            cleanup()
    return 0


def measure(url: str, students, profile: bool) -> None:
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "LEADERBOARD_CACHE_SECONDS": 5,
        }
    )
    with app.app_context():
        engine = db.engine
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(1))
    clients, headers = {}, {}
    for s in students:
        client = clients[s.index] = app.test_client()
        login = {
            "username": s.username,
            "password": school.PASSWORD,
            "csrf_token": _csrf(client.get("/auth/login").text),
        }
        assert client.post("/auth/login", data=login).status_code == 302
        page = client.get(item_url(s, 0))
        assert page.status_code == 200
        headers[s.index] = {**JSON, "X-CSRFToken": _csrf(page.text)}

    def run(name, call, profiler=None):
        # Timed without the profiler (it triples the time); the calls of the
        # last student's request (warm caches) are counted apart.
        statements.clear()
        began = time.process_time()
        for s in students[:-1]:
            response = call(clients[s.index], s)
            assert response.status_code == 200, (name, response.status_code)
        cpu = (time.process_time() - began) * 1000 / (len(students) - 1)
        count = len(statements) / (len(students) - 1)
        counter = profiler or cProfile.Profile()
        counter.enable()
        response = call(clients[students[-1].index], students[-1])
        counter.disable()
        assert response.status_code == 200, (name, response.status_code)
        calls = sum(row[1] for row in counter.getstats())
        print(f"{name:<22} {cpu:7.2f} ms CPU {count:6.1f} {calls:10,}")

    print(f"{'request':<22} {'per request':>14} {'statements':>10} {'calls':>10}")
    profiler = cProfile.Profile() if profile else None
    run("submit", lambda c, s: submit(c, s, headers[s.index]), profiler)
    run("double submit", lambda c, s: submit(c, s, headers[s.index]))
    run("next item page", lambda c, s: c.get(item_url(s, 1)))
    run(
        "leaderboard",
        lambda c, s: c.get(f"/classes/{s.classroom_id}/leaderboard"),
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)


def item_url(student, position: int) -> str:
    return f"/attempts/{student.attempt_id}/items/{student.items[position]}"


def _csrf(html: str) -> str:
    return CSRF.search(html).group(1)


def submit(client, student, headers: dict):
    return client.post(item_url(student, 0), data={"label": "sourced"}, headers=headers)


if __name__ == "__main__":
    sys.exit(main())
