"""The deployment the README documents for live games: gunicorn with the gevent
worker class (gunicorn.conf.py, GUNICORN_WORKER_CLASS=gevent), two workers and
Redis. Players' streams stay open on both workers while other requests are
served, and an event published once reaches every player whichever worker
holds their connection."""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from flask_migrate import upgrade

from ..conftest import make_app, make_user
from .live_helpers import guest_game

ROOT = Path(__file__).resolve().parents[2]
PLAYERS = 12


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def served_game(tmp_path, redis_url):
    """A guest game in a fresh SQLite database, served by gunicorn."""
    database = f"sqlite:///{tmp_path / 'served.sqlite'}"
    prefix = f"test-live-{uuid.uuid4().hex[:8]}:"
    app = make_app(database)
    with app.app_context():
        upgrade()
        game = guest_game(make_user("host", role="teacher"))
        game_id, pin = game.id, game.pin
    port = free_port()
    env = {
        **os.environ,
        "QUIZAPP_ENV": "production",
        "SECRET_KEY": "deployment-test",
        "QUIZAPP_INSECURE_COOKIES": "1",
        "DATABASE_URL": database,
        "REDIS_URL": redis_url,
        "QUIZAPP_LIVE_PREFIX": prefix,
        "QUIZAPP_THROTTLE_PREFIX": prefix,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKER_CLASS": "gevent",
        "GUNICORN_ACCESS_LOG": "",
        "WEB_CONCURRENCY": "2",
    }
    config = ROOT / "gunicorn.conf.py"
    options = ["-c", str(config)] if config.exists() else []
    if not options:  # the same settings by hand
        options = ["--bind", env["GUNICORN_BIND"], "--worker-class", "gevent"]
        options += ["--workers", "2"]
    gunicorn = Path(sys.executable).parent / "gunicorn"
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [str(gunicorn), *options, "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_up(port, server, log)
        yield {
            "port": port,
            "pin": pin,
            "channel": f"{prefix}game:{game_id}",
            "redis_url": redis_url,
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # streams still open: no grace
            server.kill()
            server.wait()
        with app.app_context():
            from quizapp.extensions import db

            db.engine.dispose()


def _wait_until_up(port: int, server, log: Path) -> None:
    """Until a worker answers (they import the app after the master listens)."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(log.read_text()[-2000:])
        try:
            if _get(port, "/play", timeout=30)[0].status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gunicorn did not start")


def _get(port, path, cookie="", timeout=10):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Cookie": cookie})
        response = conn.getresponse()
        return response, response.read().decode()
    finally:
        conn.close()


def _join(port: int, pin: str, nickname: str) -> str:
    """Join as a guest with plain requests; the session cookie."""
    response, page = _get(port, f"/play/{pin}")
    cookie = response.getheader("Set-Cookie").split(";", 1)[0]
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    body = f"csrf_token={token.group(1)}&nickname={nickname.replace(' ', '+')}"
    try:
        conn.request(
            "POST",
            f"/play/{pin}/join",
            body=body,
            headers={
                "Cookie": cookie,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        response = conn.getresponse()
        response.read()
    finally:
        conn.close()
    assert response.status == 302, response.status
    return response.getheader("Set-Cookie").split(";", 1)[0]


def _open_stream(port: int, pin: str, cookie: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(
        f"GET /play/{pin}/events HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n"
        "Accept: text/event-stream\r\n\r\n".encode()
    )
    return sock


def _read_until(sock: socket.socket, needle: bytes, seen: bytes = b"") -> bytes:
    deadline = time.monotonic() + 10
    while needle not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"no {needle!r} in {seen[-300:]!r}")
        try:
            seen += sock.recv(65536)
        except TimeoutError:
            raise AssertionError(f"no {needle!r} in {seen[-300:]!r}") from None
    return seen


def test_gevent_workers_hold_every_stream_and_redis_reaches_them_all(served_game):
    port, pin = served_game["port"], served_game["pin"]
    cookies = [_join(port, pin, f"Player {i}") for i in range(PLAYERS)]
    streams = [_open_stream(port, pin, cookie) for cookie in cookies]
    try:
        firsts = [_read_until(sock, b'"state":"lobby"') for sock in streams]
        assert all(b"200 OK" in first for first in firsts)

        started = time.monotonic()
        response, _ = _get(port, "/play")  # served while every stream is open
        assert response.status == 200 and time.monotonic() - started < 5

        event = {"type": "state", "seq": 99, "state": "lobby", "probe": "fan-out"}
        client = redis.Redis.from_url(served_game["redis_url"])
        client.publish(served_game["channel"], json.dumps(event))
        client.close()
        for sock in streams:
            _read_until(sock, b'"probe":"fan-out"')
    finally:
        for sock in streams:
            sock.close()
