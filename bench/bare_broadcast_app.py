"""The baseline of `bench/live_game.py`: a bare broadcast over the same
transport (Server-Sent Events from gunicorn, fanned out across workers by
`quizapp.broker`) with no app behind it: no Flask, no database, no game.

GET /stream holds a connection open; POST /broadcast?size=N publishes one event
of N bytes to every open stream. Served with the same gunicorn.conf.py as the
app: `gunicorn -c gunicorn.conf.py bench.bare_broadcast_app:app`.
"""

from __future__ import annotations

import json
import os
import time
from urllib.parse import parse_qs

from quizapp.broker import get_broker, sse_frame

REDIS_URL = os.environ.get("REDIS_URL", "")
PREFIX = os.environ.get("QUIZAPP_LIVE_PREFIX", "quizapp:live:")
CHANNEL = "bare"


def app(environ, start_response):
    broker = get_broker(REDIS_URL, PREFIX)
    path, method = environ["PATH_INFO"], environ["REQUEST_METHOD"]
    if path == "/stream" and method == "GET":
        subscription = broker.subscribe(CHANNEL)
        start_response(
            "200 OK",
            [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")],
        )
        return _frames(subscription)
    if path == "/broadcast" and method == "POST":
        size = int(parse_qs(environ.get("QUERY_STRING", "")).get("size", ["200"])[0])
        event = {"type": "state", "seq": int(time.time() * 1000), "pad": ""}
        event["pad"] = "x" * max(size - len(sse_frame(event)), 0)
        broker.publish(CHANNEL, event)
        body = json.dumps({"bytes": len(sse_frame(event))}).encode()
        start_response("200 OK", [("Content-Type", "application/json")])
        return [body]
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found"]


def _frames(subscription):
    try:
        yield b"retry: 2000\n\n" + sse_frame({"type": "hello"})
        while True:
            message = subscription.get(timeout=15)
            yield b": keepalive\n\n" if message is None else message.frame
    finally:
        subscription.close()
