"""Scale-out as the README describes it: two app hosts (gunicorn with the
project's gunicorn.conf.py) on one PostgreSQL database and one Redis, as behind
a load balancer. A student logs in on one host and answers on the other; the
same answer sent to both is stored and counted once; failed logins counted on
both lock the account on both; logging out on one ends the session on both."""

from __future__ import annotations

import http.cookiejar
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Answer, Attempt

from ..conftest import count_rows, csrf_token_from, make_user
from .helpers import exercise

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(url: str, redis_url: str, prefix: str, log: Path):
    port = _free_port()
    env = {
        **os.environ,
        "QUIZAPP_ENV": "production",
        "SECRET_KEY": "two-hosts-share-this-key",
        "QUIZAPP_INSECURE_COOKIES": "1",
        "DATABASE_URL": url,
        "REDIS_URL": redis_url,
        "QUIZAPP_THROTTLE_PREFIX": prefix,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_ACCESS_LOG": "",
        "WEB_CONCURRENCY": "1",
    }
    gunicorn = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*gunicorn, "wsgi:app"], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    return process, f"http://127.0.0.1:{port}"


def _wait_until_up(base: str, process, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            urllib.request.urlopen(base + "/auth/login", timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)  # polling until the server answers
    pytest.fail(f"gunicorn did not answer in {timeout} s: {log.read_text()}")


@pytest.fixture()
def two_hosts(app, tmp_path, redis_url, mini_pack):
    """Two gunicorn instances on the test PostgreSQL database and Redis."""
    import redis

    url = app.config["SQLALCHEMY_DATABASE_URI"]
    if not url.startswith("postgresql"):
        pytest.skip("two app hosts need PostgreSQL: set TEST_DATABASE_URL")
    make_user("amira")
    make_user("bo")
    db.session.remove()
    prefix = f"quizapp-test-{uuid.uuid4().hex}"
    servers = [_serve(url, redis_url, prefix, tmp_path / f"{n}.log") for n in "ab"]
    try:
        for n, (process, base) in enumerate(servers):
            _wait_until_up(base, process, tmp_path / f"{'ab'[n]}.log")
        yield [base for _, base in servers]
    finally:
        for process, _ in servers:
            process.terminate()
            process.wait(timeout=30)
        server = redis.Redis.from_url(redis_url)
        keys = list(server.scan_iter(match=f"*{prefix}*"))
        if keys:
            server.delete(*keys)


class Browser:
    """One student's browser: its cookies go to whichever host answers."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar)
        )

    def get(self, url: str) -> tuple[int, str, str]:
        return self._open(urllib.request.Request(url))

    def post(self, url: str, data: dict, json_reply: bool = False):
        headers = {"Accept": "application/json"} if json_reply else {}
        body = urllib.parse.urlencode(data).encode()
        return self._open(urllib.request.Request(url, body, headers))

    def _open(self, request) -> tuple[int, str, str]:
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            with error:
                return error.code, error.geturl(), error.read().decode()

    def login(self, base: str, username: str, password="password123"):
        _, _, page = self.get(base + "/auth/login")
        data = {"username": username, "password": password}
        return self.post(
            base + "/auth/login", data | {"csrf_token": csrf_token_from(page)}
        )


def test_a_student_logs_in_on_one_host_and_answers_on_the_other(two_hosts):
    first, second = two_hosts
    browser = Browser()
    status, url, _ = browser.login(first, "amira")
    assert status == 200 and "/auth/login" not in url
    _, _, page = browser.get(second + "/articles/mini")
    claims = exercise("claims").id
    status, item_url, page = browser.post(
        f"{second}/exercises/{claims}/start", {"csrf_token": csrf_token_from(page)}
    )
    assert status == 200 and "/items/" in item_url
    answer = {"label": "sourced", "csrf_token": csrf_token_from(page)}
    status, _, body = browser.post(item_url, answer, json_reply=True)
    assert status == 200 and json.loads(body)["answered"]
    path = urllib.parse.urlsplit(item_url).path
    again = answer | {"label": "opinion"}
    status, _, body = browser.post(first + path, again, json_reply=True)
    assert status == 200
    assert json.loads(body)["response"] == {"label": "sourced"}
    db.session.remove()
    assert count_rows("answers") == 1
    attempt = db.session.scalar(select(Attempt))
    scores = db.session.scalars(select(Answer.score)).all()
    assert attempt.score == sum(scores) == 1.0


def test_failed_logins_on_both_hosts_lock_the_account_on_both(two_hosts):
    statuses = [
        Browser().login(two_hosts[n % 2], "bo", "not the password")[0] for n in range(5)
    ]
    assert statuses == [400, 400, 400, 400, 429]
    for base in two_hosts:
        status, _, page = Browser().login(base, "bo")
        assert status == 429 and "logging in is paused until" in page


def test_logging_out_on_one_host_ends_the_session_on_the_other(two_hosts):
    first, second = two_hosts
    browser = Browser()
    browser.login(first, "amira")
    status, url, page = browser.get(second + "/articles")
    assert status == 200 and "/auth/login" not in url
    copied = list(browser.jar)  # the cookie as another tab or a thief holds it
    token = csrf_token_from(page)
    assert browser.post(first + "/auth/logout", {"csrf_token": token})[0] == 200
    for cookie in copied:
        browser.jar.set_cookie(cookie)
    _, url, _ = browser.get(second + "/articles")
    assert "/auth/login" in url
