"""A live game with one host and N players (default 500) over real connections
to gunicorn on loopback, served with the production configuration
(gunicorn.conf.py with the gevent worker class, PostgreSQL or SQLite, Redis).

Measures, over 10 questions of the founding article:
- question fan-out: from the host's "next question" request until every player's
  stream has the question (p50 and p99 over the 10 questions);
- answer-to-host: from a player's answer until the host's live count includes
  it (p99 over every answer); players answer at random moments within
  --answer-window seconds of seeing the question, as a class reads and taps;
- lost answers: answers sent that the database does not hold or the host
  never counted (must be 0);
- server CPU: CPU seconds of gunicorn's processes during the game.
Baseline, in the same run: a bare broadcast of an event of the same size to the
same number of Server-Sent Events connections on the same gunicorn config and
broker (bench/bare_broadcast_app.py: no Flask, no database).

The players (and the baseline's streams) are spread over --client-processes
client processes (bench/live_crowd.py; default one per 250 players, at most 4),
so that a single Python process reading every stream does not become what is
measured; the client's CPU time and the load average are printed beside the
figures (the machine may be shared: compare ratios within one run).

Last line (one line):
  live game: players N, question fan-out p99 X ms (baseline B ms),
  answer-to-host p99 Y ms, lost L
Targets at 500 players: X <= 500 ms and X <= 3 x B, Y <= 500 ms, L = 0.
Exits 1 when a target is missed at the default size.

Run: .venv/bin/python bench/live_game.py [--players 1000]
       [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
     With a PostgreSQL URL the script creates a throw-away database beside it
     and drops it at the end; without, SQLite in a temporary folder. Redis:
     --redis-url or REDIS_URL, else the machine's on 127.0.0.1:6379 when it
     answers (events under a unique prefix), else one worker without Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from live_client import Host, percentile, request  # noqa: E402
from live_crowd import (  # noqa: E402
    Crowd,
    run_players,
    run_streams,
    shares,
    wait_for,
)

QUESTIONS = 10
TARGET_MS = 500.0
TARGET_RATIO = 3.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def database(url: str | None):
    """A fresh database URL (a throw-away PostgreSQL database or SQLite file)."""
    if not url or url.startswith("sqlite"):
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/bench.sqlite"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"bench_live_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def pick_redis(url: str | None) -> str:
    url = url or os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
        return url
    except Exception:
        return ""


def prepare(database_url: str) -> tuple[int, str]:
    """Schema, content, a teacher and a guest game of 10 claims: (id, PIN)."""
    os.environ["QUIZAPP_ENV"] = "production"
    from flask_migrate import upgrade

    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import Article, User
    from quizapp.services import live_games
    from quizapp.services.content import load_packs

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
    with app.app_context():
        upgrade()
        load_packs(ROOT / "content")
        teacher = User(username="bench-teacher", role="teacher")
        teacher.set_password("bench-password")
        db.session.add(teacher)
        db.session.commit()
        article = db.session.scalar(
            db.select(Article).where(Article.slug == "iran-scaling-back-syria")
        )
        claims = [e.id for e in article.exercises if e.kind == "claims"]
        game = live_games.host_game(
            teacher, article, exercise_ids=claims, time_limit=None
        )
        game.questions = game.questions[:QUESTIONS]
        db.session.commit()
        result = game.id, game.pin
        db.engine.dispose()
    return result


class Server:
    """gunicorn with gunicorn.conf.py on a free loopback port."""

    def __init__(self, target: str, env: dict, log: Path):
        self.port = free_port()
        full = {
            **os.environ,
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKER_CLASS": "gevent",
        }
        self.log = open(log, "ab")  # noqa: SIM115 (closed in stop)
        config = ROOT / "gunicorn.conf.py"
        if config.exists():
            options = ["-c", str(config)]
        else:  # before gunicorn.conf.py existed: the same settings by hand
            options = ["--bind", full["GUNICORN_BIND"], "--worker-class", "gevent"]
            options += ["--workers", full.get("WEB_CONCURRENCY", "2")]
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), *options, target],
            cwd=ROOT,
            env=full,
            stdout=self.log,
            stderr=self.log,
        )

    async def ready(self, path: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                status, _, _ = await request(self.port, "GET", path)
                if status < 500:
                    return
            except OSError:
                pass
            await asyncio.sleep(0.2)
        raise RuntimeError("gunicorn did not start; see its log")

    def cpu_seconds(self) -> float:
        import psutil

        try:
            master = psutil.Process(self.process.pid)
            procs = [master, *master.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0.0
        total = 0.0
        for proc in procs:
            try:
                times = proc.cpu_times()
                total += times.user + times.system
            except psutil.NoSuchProcess:
                pass
        return total

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


async def play_game(server: Server, game_id: int, pin: str, args) -> dict:
    host = Host(server.port, game_id)
    await host.login("bench-teacher", "bench-password")
    host_task = asyncio.create_task(host.follow())
    await wait_for(lambda: host.connected, 60, "the host stream")
    crowd = Crowd(
        run_players,
        [
            (server.port, pin, first, count, args.answer_window)
            for first, count in shares(args.players, args.client_processes)
        ],
    )
    try:
        await crowd.replies(timeout=600)  # every player joined and follows
        fanouts, sizes = [], []
        cpu_before, wall_before = server.cpu_seconds(), time.monotonic()
        for index in range(QUESTIONS):
            t0 = time.monotonic()
            await host.act("start" if index == 0 else "next")
            replies = await crowd.ask("question", index)
            fanouts.append(max(r[1] for r in replies) - t0)
            sizes.append(replies[0][2])
            await crowd.replies()  # every player answered
            try:  # the last answer closes the question by itself
                await wait_for(lambda i=index: host.revealed(i), 15, "the reveal")
            except TimeoutError:  # an answer went missing: the host closes it
                await host.act("close")
                await wait_for(lambda i=index: host.revealed(i), 30, "the reveal")
            await host.act("next")  # the leaderboard
            await wait_for(
                lambda i=index: host.at_leaderboard(i), 30, "the leaderboard"
            )
        await host.act("next")  # after the last: finished
        cpu = server.cpu_seconds() - cpu_before
        wall = time.monotonic() - wall_before
        await wait_for(lambda: host.finished, 30, "the end of the game")
        done = await crowd.ask("stop")
    finally:
        crowd.close()
    host_task.cancel()
    await asyncio.gather(host_task, return_exceptions=True)

    latencies, lost, sent = [], 0, 0
    for _, answers, _, _ in done:
        sent += len(answers)
        for index, sent_at, answered, ok in answers:
            seen = host.count_reached(index, answered) if ok else None
            if seen is None:
                lost += 1
            else:
                latencies.append(max(seen - sent_at, 0.0))
    return {
        "fanouts": fanouts,
        "size": max(sizes),
        "latencies": latencies,
        "lost": lost,
        "sent": sent,
        "reconnects": sum(r[2] for r in done),
        "cpu": cpu,
        "wall": wall,
        "client_cpu": sum(r[3] for r in done) + time.process_time(),
        "processes": len(done),
    }


async def baseline(server: Server, players: int, size: int, processes: int):
    crowd = Crowd(
        run_streams,
        [(server.port, count) for _, count in shares(players, processes)],
    )
    times = []
    try:
        await crowd.replies(timeout=300)  # every stream connected
        for n in range(QUESTIONS):
            t0 = time.monotonic()
            await request(server.port, "POST", f"/broadcast?size={size}")
            replies = await crowd.ask("wait", n)
            times.append(max(r[1] for r in replies) - t0)
            await asyncio.sleep(0.2)
        await crowd.ask("stop")
    finally:
        crowd.close()
    return times


def load_average() -> str:
    return ", ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--players", type=int, default=500)
    parser.add_argument("--answer-window", type=float, default=5.0)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--redis-url")
    parser.add_argument(
        "--client-processes",
        type=int,
        default=0,
        help="client processes for the players (default: one per 250, at most 4)",
    )
    args = parser.parse_args()
    if args.client_processes <= 0:
        args.client_processes = min(4, -(-args.players // 250))
    redis_url = pick_redis(args.redis_url)
    prefix = f"bench-live-{uuid.uuid4().hex[:8]}:"
    env = {
        "QUIZAPP_ENV": "production",
        "SECRET_KEY": secrets.token_hex(16),
        "QUIZAPP_INSECURE_COOKIES": "1",
        "REDIS_URL": redis_url,
        "QUIZAPP_LIVE_PREFIX": prefix,
        "QUIZAPP_THROTTLE_PREFIX": prefix,
    }
    if not redis_url:
        env["WEB_CONCURRENCY"] = "1"  # one process: the in-process broker
    log = Path(tempfile.gettempdir()) / f"live-game-bench-{os.getpid()}.log"
    with database(args.database_url) as url:
        env["DATABASE_URL"] = url
        game_id, pin = prepare(url)
        server = Server("wsgi:app", env, log)
        try:
            asyncio.run(server.ready("/auth/login"))
            game = asyncio.run(play_game(server, game_id, pin, args))
        finally:
            server.stop()
    bare = Server("bare_broadcast_app:app", {**env, "PYTHONPATH": "bench"}, log)
    try:
        asyncio.run(bare.ready("/nothing"))
        base = asyncio.run(
            baseline(bare, args.players, game["size"], args.client_processes)
        )
    finally:
        bare.stop()

    ms = [t * 1000 for t in game["fanouts"]]
    base_ms = [t * 1000 for t in base]
    answer_ms = [t * 1000 for t in game["latencies"]]
    x, b = percentile(ms, 99), percentile(base_ms, 99)
    y = percentile(answer_ms, 99)
    cores = os.cpu_count() or 1
    print(
        f"server: gunicorn gevent, Redis {'on' if redis_url else 'off'}, "
        f"database {url.split(':', 1)[0]}, answer window {args.answer_window} s"
    )
    print(f"question event: {game['size']} bytes")
    print(f"question fan-out ms per question: {', '.join(f'{v:.0f}' for v in ms)}")
    print(f"question fan-out p50 {percentile(ms, 50):.0f} ms, p99 {x:.0f} ms")
    print(f"baseline broadcast ms: {', '.join(f'{v:.0f}' for v in base_ms)}")
    print(
        f"baseline p50 {percentile(base_ms, 50):.0f} ms, p99 {b:.0f} ms; "
        f"ratio {x / b if b else float('inf'):.2f}"
    )
    print(
        f"answers: {game['sent']} sent, answer-to-host p50 "
        f"{percentile(answer_ms, 50):.0f} ms, p99 {y:.0f} ms"
    )
    print(f"player streams reconnected after a failure: {game['reconnects']}")
    print(
        f"bench client: {game['processes']} processes, "
        f"{game['client_cpu']:.1f} s CPU; load average {load_average()}"
    )
    print(
        f"server CPU during the game: {game['cpu']:.1f} s in {game['wall']:.1f} s "
        f"({100 * game['cpu'] / game['wall'] / cores:.0f}% of {cores} cores)"
    )
    print(
        f"live game: players {args.players}, question fan-out p99 {x:.0f} ms "
        f"(baseline {b:.0f} ms), answer-to-host p99 {y:.0f} ms, lost {game['lost']}"
    )
    met = x <= TARGET_MS and x <= TARGET_RATIO * b and y <= TARGET_MS
    met = met and game["lost"] == 0
    return 0 if met or args.players != 500 else 1


if __name__ == "__main__":
    sys.exit(main())
