"""Gunicorn settings for quizapp in production: `gunicorn -c gunicorn.conf.py wsgi:app`.

`bench/classroom_burst.py` serves the app with this file too, so what it measures
is what the README deploys. Every value can be overridden on the command line
(`--bind`, `--workers` ...) or by the environment variables below.

| variable | default | meaning |
| --- | --- | --- |
| `GUNICORN_BIND` | `127.0.0.1:8000` | address(es) to listen on, comma-separated |
| `WEB_CONCURRENCY` | 2 x cores + 1 | worker processes |
| `GUNICORN_WORKER_CLASS` | `sync` | e.g. `gthread` (then set `GUNICORN_THREADS`); `gevent` for live games (below) |
| `GUNICORN_WORKER_CONNECTIONS` | 1000 | clients one `gevent` worker serves at once |
| `GUNICORN_THREADS` | 1 | threads per worker (`gthread` only) |
| `GUNICORN_TIMEOUT` | 30 | seconds a worker may spend on one request before it is restarted |
| `GUNICORN_ACCESS_LOG` | `-` (stdout) | access log file; empty to switch it off |
"""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


bind = [b.strip() for b in os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")]

# Sync workers each serve one request at a time and the app's work is mostly
# Python: 2 x cores + 1 keeps every core busy while some workers wait on the
# database. Each worker holds at most one database connection at a time.
workers = _int("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1)
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = _int("GUNICORN_THREADS", 1)

# Live games (quizapp/live/) need GUNICORN_WORKER_CLASS=gevent: every player's
# screen holds one Server-Sent Events response for the whole game. A sync worker
# is taken by the first such stream (and restarted after `timeout`); gthread
# spends a thread on each screen (1,000 players: 1,000 threads). A gevent worker
# holds each stream as a greenlet of a few kilobytes between events, so the
# workers above carry a school's games; psycopg and redis cooperate with it.
# With more than one worker set REDIS_URL, so events reach players on every
# worker. bench/live_game.py measures this set-up and
# tests/web/test_live_deployment.py runs it.
worker_connections = _int("GUNICORN_WORKER_CONNECTIONS", 1000)

# The listen queue holds connections the workers have not accepted yet. When a
# whole school presses "check" at once (and some press twice), gunicorn's default
# of 2048 overflows and the kernel resets connections: answers never arrive.
# (The kernel caps it at net.core.somaxconn; raise that too on the host.)
backlog = 4096

timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 30
# Behind a load balancer, keep idle connections a little longer than it does.
keepalive = 5

# Limits on request lines and headers (gunicorn's defaults, stated).
limit_request_line = 4094
limit_request_fields = 100

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
# Remote address, time, request line, status, bytes, microseconds taken, user agent.
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(B)s %(D)sus "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# The app is imported in each worker (not preloaded in the master), so no
# database connection is ever shared across a fork.
preload_app = False
