"""Instructions per answer submit against a bare insert, counted by valgrind.

`bench/classroom_burst.py` measures capacity under gunicorn, in seconds, and on
a shared virtual machine those vary by tens of percent from run to run. This
bench counts the CPU instructions instead (`valgrind --tool=callgrind`), which
are the same from run to run whatever else the machine is doing, so it shows
what a change to the answer path is worth on its own:

1. Builds a small school through the services (`bench/burst/school.py`) in a
   temporary SQLite file (or --database-url, an EMPTY database), outside valgrind.
2. In a child process run under callgrind with instrumentation off, logs the
   students in with Flask's test client (production settings: CSRF checked,
   throttling on), lets each answer one item (warm caches, a practice day),
   then counts only the `--requests` submits of each student's second item
   (`callgrind_control -i on/off` around them).
3. Counts a bare Flask route inserting one row (`bench/burst/bare_app.py`, the
   burst's baseline) the same way, in the same run.

No HTTP and no gunicorn: their cost per request is the same for both, so the
burst's capacity ratio is higher than this one. Only the app's process is
counted: with --database-url naming PostgreSQL, the server's own work is not
in the figures. Ends with the line
  answer path instructions: submit S M, bare insert B M per request, ratio B/S

Run: .venv/bin/python bench/answer_path_instructions.py [--requests 8]
Needs valgrind (Debian: apt-get install valgrind); says "skipped" without it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "bench")  # read when quizapp.config loads
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from burst import school  # noqa: E402
from burst.client import CSRF  # noqa: E402

JSON = {"Accept": "application/json"}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--requests", type=int, default=8)
    parser.add_argument("--database-url", help="an EMPTY database to use")
    parser.add_argument("--child", choices=["submit", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--students", help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    if args.child == "submit":
        students = json.loads(Path(args.students).read_text())
        count_submits(args.url, [school.Student(**s) for s in students])
        return 0
    if args.child == "bare":
        count_inserts(args.url, args.requests)
        return 0
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        print("answer path instructions: skipped, valgrind is not installed")
        return 0
    with tempfile.TemporaryDirectory(prefix="answer-instructions-") as tmp:
        kind = "postgresql" if args.database_url else "sqlite"
        url, cleanup = school.prepare_database(kind, args.database_url, Path(tmp))
        try:
            school.migrate(url)
            school.create_bare_table(url)
            students = Path(tmp) / "students.json"
            made = school.make_school(url, args.requests)
            students.write_text(json.dumps([vars(s) for s in made]))
            submit = instructions("submit", url, args.requests, students)
            bare = instructions("bare", url, args.requests, students)
        finally:
            cleanup()
    print(f"{'request':<14} {'instructions':>14}")
    print(f"{'answer submit':<14} {submit / 1e6:12.2f} M")
    print(f"{'bare insert':<14} {bare / 1e6:12.2f} M")
    print(
        f"answer path instructions: submit {submit / 1e6:.2f} M, bare insert "
        f"{bare / 1e6:.2f} M per request, ratio {bare / submit:.2f}"
    )
    return 0


def instructions(child: str, url: str, requests: int, students: Path) -> float:
    """Instructions per request of `child`, run under callgrind."""
    out = students.parent / f"{child}.callgrind"
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={out}",
        sys.executable,
        __file__,
        "--child",
        child,
        "--url",
        url,
        "--requests",
        str(requests),
        "--students",
        str(students),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    totals = re.findall(r"Collected : (\d+)", done.stderr)
    if done.returncode or not totals:
        sys.exit(f"{child}: callgrind run failed\n{done.stderr[-2000:]}")
    return int(totals[-1]) / requests


def _counting(on: bool) -> None:
    switch = "on" if on else "off"
    subprocess.run(
        ["callgrind_control", "-i", switch, str(os.getpid())],
        capture_output=True,
        check=True,
    )


def count_submits(url: str, students: list[school.Student]) -> None:
    from quizapp import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": url})
    posts = []
    for s in students:
        client = app.test_client()
        page = client.get("/auth/login").text
        login = {
            "username": s.username,
            "password": school.PASSWORD,
            "csrf_token": CSRF.search(page).group(1),
        }
        assert client.post("/auth/login", data=login).status_code == 302
        first = f"/attempts/{s.attempt_id}/items/{s.items[0]}"
        headers = {**JSON, "X-CSRFToken": CSRF.search(client.get(first).text).group(1)}
        assert client.post(first, data={"label": "sourced"}, headers=headers).json
        second = f"/attempts/{s.attempt_id}/items/{s.items[1]}"
        posts.append((client, second, headers))
    _counting(True)
    for client, url_, headers in posts:
        response = client.post(url_, data={"label": "opinion"}, headers=headers)
        assert response.status_code == 200
    _counting(False)


def count_inserts(url: str, requests: int) -> None:
    os.environ["DATABASE_URL"] = url
    from burst import bare_app  # builds its app from DATABASE_URL

    client = bare_app.app.test_client()
    for student in range(requests):  # warm, as the submits are
        assert client.post("/insert", data={"student": student}).status_code == 200
    _counting(True)
    for student in range(requests):
        response = client.post("/insert", data={"student": student, "label": "s"})
        assert response.status_code == 200
    _counting(False)


if __name__ == "__main__":
    sys.exit(main())
