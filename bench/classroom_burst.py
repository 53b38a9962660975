"""A whole school answers at once: answer-submit capacity and burst latency
against a bare insert into the same database, measured in the same run.

1. Builds a school through quizapp's services (content, a teacher, classes of 100
   with the article assigned, students who joined and started claim sorting) in
   a fresh database made by the migrations.
2. Serves quizapp with gunicorn and the project's `gunicorn.conf.py` on a free
   loopback port (production settings), and the baseline (`bench/burst/
   bare_app.py`: a bare Flask route inserting one row through the same engine
   settings) the same way.
3. Logs every student in through the login form (CSRF included) in waves of 200
   at once, then each opens the first item.
4. Capacity: three pairs of closed loops, 32 requests in flight at a time, each
   loop one request per student: every student submits one claim answer (a new
   item in each pair), and the same number of bare inserts. The loops alternate
   (answers then inserts, inserts then answers, answers then inserts), so a load
   that drifts on a shared machine weighs on both sides alike; each pair gives
   answers/s against inserts/s, and the capacity ratio is the median of the
   three.
5. Burst: every student submits their next answer at a random moment within the
   window (5 s per 2,000 students, the classroom's "go"), then loads the next
   item page; every tenth also opens the class leaderboard. Then the same arrivals
   against the bare insert. Latency counts from the moment a request was due.
6. Double-submit burst: the same again with two identical POSTs per student.
7. Checks the database: every acknowledged answer stored exactly once, attempt
   and best scores equal to the sum of their answers.

Prints a table (throughput, p50/p95/p99/max, errors, server CPU ms per request
from /proc), each pair's capacity ratio, the same ratio by server CPU per
request (less moved by other work on the machine; on PostgreSQL it leaves out
the database server), and ends with the line
  classroom burst: capacity ratio R (target 0.8), burst p99 ratio P (target 2), ...
Exits 1 when a target is missed. The default (400 students) takes a few minutes;
`--students 2000` is the full school of the issue.

Run: .venv/bin/python bench/classroom_burst.py [--students 400] [--db sqlite]
     .venv/bin/python bench/classroom_burst.py --db postgresql   (creates and drops
         a database quizapp_bench_<pid> on postgres@127.0.0.1; or give
         --database-url naming an EMPTY database, whose tables are dropped at the end)
Needs the `bench` extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from burst import school  # noqa: E402
from burst.client import Browser, Client, at, bounded  # noqa: E402
from burst.report import Phase, Row, print_report  # noqa: E402
from burst.servers import ROOT, Server  # noqa: E402

LABELS = ("sourced", "speculation", "opinion", "unsourced")
LOGIN_WAVE = 200
#: Capacity pairs (answers and inserts); the bursts answer the items after them.
CAPACITY_PAIRS = 3
BURST_ITEM = CAPACITY_PAIRS
DOUBLE_BURST_ITEM = CAPACITY_PAIRS + 1


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--students", type=int, default=400)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--database-url", help="an EMPTY database to use")
    parser.add_argument("--window", type=float, help="burst seconds (students/400)")
    parser.add_argument("--connections", type=int, default=2048, help="client cap")
    parser.add_argument("--concurrency", type=int, default=32, help="capacity runs")
    parser.add_argument("--seed", type=int, default=10)
    return parser.parse_args()


class Run:
    """The HTTP side of one run: students' browsers, servers, phases."""

    def __init__(self, args, students, app: Server, bare: Server):
        self.args, self.students, self.app, self.bare = args, students, app, bare
        self.browsers = {s.index: Browser() for s in students}
        self.labels = {s.index: random.choice(LABELS) for s in students}
        self.acknowledged: set[tuple[int, int]] = set()
        self.phases: list[Row] = []
        self.pairs: list[tuple[Row, Row]] = []  # (answer submit, bare insert)

    async def main(self) -> None:
        self.client = Client(self.args.connections)
        try:
            await self.logins()
            await self.capacity()
            await self.burst()
            await self.double_burst()
        finally:
            await self.client.close()

    def phase(self, name: str, server: Server):
        return Phase(name, server, self.client)

    async def logins(self) -> None:
        with self.phase("logins, 200 at once", self.app) as phase:
            for start in range(0, len(self.students), LOGIN_WAVE):
                wave = self.students[start : start + LOGIN_WAVE]
                await asyncio.gather(*(self.login(s) for s in wave))
        self.phases.append(phase.only("login", "logins (POST), 200 at once"))
        # Whoever timed out tries again, a few at a time, unmeasured: the
        # answer bursts need every student logged in.
        retry = [s for s in self.students if not self.browsers[s.index].csrf]
        await bounded([lambda s=s: self.login(s, "login retry") for s in retry], 4)

    async def login(self, student, kind: str = "login") -> None:
        browser, url = self.browsers[student.index], self.app.url
        browser.cookies.clear()
        browser.csrf = ""
        await self.client.call(f"{kind} form", "GET", url + "/auth/login", browser)
        data = {
            "username": student.username,
            "password": school.PASSWORD,
            "csrf_token": browser.csrf,
        }
        browser.csrf = ""
        sample, _ = await self.client.call(
            kind, "POST", url + "/auth/login", browser, data, expect=(302,)
        )
        if sample.ok:
            first = self.item_url(student, 0)
            await self.client.call(f"{kind} first item", "GET", first, browser)

    def item_url(self, student, position: int) -> str:
        item = student.items[position]
        return f"{self.app.url}/attempts/{student.attempt_id}/items/{item}"

    async def submit(self, kind, student, position, due=None):
        browser = self.browsers[student.index]
        data = {"csrf_token": browser.csrf, "label": self.labels[student.index]}
        url = self.item_url(student, position)
        sample, body = await self.client.call(
            kind, "POST", url, browser, data, json=True, due=due
        )
        if sample.ok:
            self.acknowledged.add((student.attempt_id, student.items[position]))
        return sample, body

    async def insert(self, kind, student, due=None):
        data = {"student": student.index, "label": self.labels[student.index]}
        url = self.bare.url + "/insert"
        await self.client.call(kind, "POST", url, data=data, due=due)

    async def closed_loop(self, send) -> None:
        """`send(student)` for every student, `--concurrency` at a time."""
        tasks = [lambda s=s: send(s) for s in self.students]
        await bounded(tasks, self.args.concurrency)

    async def open_loop(self, dues, send) -> None:
        """`send(student, due)` for every student at its due time."""
        await asyncio.gather(
            *(
                at(dues[s.index], lambda s=s: send(s, dues[s.index]))
                for s in self.students
            )
        )

    async def capacity(self) -> None:
        """Pairs of closed loops, answers and inserts taking turns to go first."""
        for pair in range(CAPACITY_PAIRS):
            loops = [self.capacity_submits, self.capacity_inserts]
            if pair % 2:
                loops.reverse()
            rows = [await loop(pair) for loop in loops]
            self.phases += rows
            submits, inserts = sorted(rows, key=lambda row: not row.is_app)
            self.pairs.append((submits, inserts))

    async def capacity_submits(self, pair: int) -> Row:
        """Every student answers item `pair`, `--concurrency` at a time."""
        with self.phase(f"capacity {pair + 1}: answer submit", self.app) as phase:
            await self.closed_loop(lambda s: self.submit("submit", s, pair))
        return phase.only("submit")

    async def capacity_inserts(self, pair: int) -> Row:
        """As many bare inserts, `--concurrency` at a time."""
        with self.phase(f"capacity {pair + 1}: bare insert", self.bare) as phase:
            await self.closed_loop(lambda s: self.insert("insert", s))
        return phase.only("insert")

    def arrivals(self) -> dict[int, float]:
        """When each student presses the button: uniform over the window."""
        window = self.args.window or max(0.5, len(self.students) / 400)
        start = time.monotonic() + 0.2
        return {s.index: start + random.uniform(0, window) for s in self.students}

    async def flow(self, student, due) -> None:
        sample, body = await self.submit("submit", student, BURST_ITEM, due)
        browser = self.browsers[student.index]
        if sample.ok:
            url = self.app.url + body["next_url"]
            await self.client.call("next item", "GET", url, browser)
        if student.index % 10 == 0:
            url = f"{self.app.url}/classes/{student.classroom_id}/leaderboard"
            await self.client.call("leaderboard", "GET", url, browser)

    async def burst(self) -> None:
        dues = self.arrivals()
        with self.phase("burst", self.app) as phase:
            await self.open_loop(dues, self.flow)
        self.phases += [phase.only(k) for k in ("submit", "next item", "leaderboard")]
        self.phases.append(phase.total("burst: all app requests"))
        dues = self.arrivals()
        with self.phase("burst: bare insert", self.bare) as phase:
            await self.open_loop(dues, lambda s, due: self.insert("insert", s, due))
        self.phases.append(phase.only("insert"))

    async def double_burst(self) -> None:
        dues = self.arrivals()

        async def twice(student, due):
            await asyncio.gather(
                self.submit("double submit", student, DOUBLE_BURST_ITEM, due),
                self.submit("double submit", student, DOUBLE_BURST_ITEM, due),
            )

        with self.phase("double burst", self.app) as phase:
            await self.open_loop(dues, twice)
        self.phases.append(phase.only("double submit", "double burst: 2 x submit"))


def main() -> int:
    args = parse_args()
    random.seed(args.seed)
    with tempfile.TemporaryDirectory(prefix="classroom-burst-") as tmp:
        url, cleanup = school.prepare_database(args.db, args.database_url, Path(tmp))
        try:
            return run(args, url, Path(tmp))
        finally:
            cleanup()


def run(args, url: str, tmp: Path) -> int:
    began = time.monotonic()
    school.migrate(url)
    school.create_bare_table(url)
    students = school.make_school(url, args.students)
    print(
        f"{args.db}: {len(students)} students in {len(students) // 100 or 1} classes "
        f"made through the services in {time.monotonic() - began:.0f} s",
        flush=True,
    )
    env = {
        "QUIZAPP_ENV": "production",
        "DATABASE_URL": url,
        "SECRET_KEY": secrets.token_hex(32),
        "QUIZAPP_INSECURE_COOKIES": "1",  # plain HTTP on loopback
    }
    app = Server("wsgi:app", env, tmp / "app.log")
    bare = Server(
        "burst.bare_app:app", env, tmp / "bare.log", "--pythonpath", str(ROOT / "bench")
    )
    try:
        app.wait_ready("/auth/login")
        bare.wait_ready("/")
        bench = Run(args, students, app, bare)
        asyncio.run(bench.main())
    finally:
        app.stop()
        bare.stop()
    integrity = school.check_integrity(url, bench.acknowledged)
    elapsed = time.monotonic() - began
    return print_report(args.db, bench.phases, bench.pairs, integrity, elapsed)


if __name__ == "__main__":
    sys.exit(main())
