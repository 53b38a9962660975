"""The login throttle holds across two app processes that share Redis (as
gunicorn workers or several machines do): ASVS 6.3.1."""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from quizapp.extensions import db

from ..conftest import make_app, make_user

SERVER = """
import sys
from werkzeug.serving import make_server
from quizapp import create_app

app = create_app({
    "SQLALCHEMY_DATABASE_URI": sys.argv[1],
    "REDIS_URL": sys.argv[2],
    "THROTTLE_KEY_PREFIX": sys.argv[3],
    "WTF_CSRF_ENABLED": False,
})
server = make_server("127.0.0.1", 0, app, threaded=True)
print(server.port, flush=True)
server.serve_forever()
"""


@pytest.fixture()
def two_servers(tmp_path, redis_url):
    """Two app processes on free loopback ports, one SQLite file, one Redis."""
    import redis

    database = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    setup = make_app(database)
    with setup.app_context():
        db.create_all()
        make_user("amira")
        db.session.remove()
        db.engine.dispose()
    prefix = f"quizapp-test-{uuid.uuid4().hex}"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SERVER, database, redis_url, prefix],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        ports = [int(p.stdout.readline()) for p in processes]
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
            process.stdout.close()
        server = redis.Redis.from_url(redis_url)
        keys = list(server.scan_iter(match=f"*{prefix}*"))
        if keys:
            server.delete(*keys)


def _login(base: str, password: str) -> tuple[int, str]:
    data = urllib.parse.urlencode({"username": "amira", "password": password})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(f"{base}/auth/login", data.encode(), timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_failed_logins_counted_by_two_processes_lock_the_account_in_both(
    two_servers,
):
    """Wrong passwords alternate between two processes; the pause that the
    5th starts holds in both, for the right password too."""
    first, second = two_servers
    statuses = [_login(two_servers[n % 2], "not the password")[0] for n in range(5)]
    assert statuses == [400, 400, 400, 400, 429]
    for base in (first, second):
        status, page = _login(base, "password123")
        assert status == 429
        assert "logging in is paused until" in page
