"""Class standings kept for a few seconds, so a class opening its leaderboard
at once counts it once.

With REDIS_URL set the standings are shared through Redis by every worker and
host; without it each process keeps its own. Invalidation is by time only: new
scores, members and nicknames show after at most LEADERBOARD_CACHE_SECONDS
(0 turns the cache off). A change of the class's ranking rule shows at once
(it is part of the key). If Redis fails, standings are counted afresh.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict

from flask import current_app

from ..grading.ranking import Standing
from ..models import Classroom

log = logging.getLogger(__name__)

_local: dict[str, tuple[float, list[Standing]]] = {}
_lock = threading.Lock()
_clients: dict[str, object] = {}


def cached_standings(
    classroom: Classroom, period: str, count: Callable[[], list[Standing]]
) -> list[Standing]:
    """The class's standings for `period`, from the cache when fresh, else
    `count()` stored for the next LEADERBOARD_CACHE_SECONDS."""
    seconds = current_app.config.get("LEADERBOARD_CACHE_SECONDS", 0)
    if seconds <= 0:
        return count()
    key = (
        f"{current_app.config.get('THROTTLE_KEY_PREFIX', 'quizapp')}:board:"
        f"{classroom.id}:{period}:{classroom.ranking}:{classroom.ranking_min_items}"
    )
    url = current_app.config.get("REDIS_URL")
    if url:
        return _through_redis(url, key, seconds, count)
    now = time.monotonic()
    hit = _local.get(key)
    if hit is not None and hit[0] > now:
        return hit[1]
    standings = count()
    with _lock:
        if len(_local) > 1024:
            _local.clear()
        _local[key] = (now + seconds, standings)
    return standings


def _through_redis(url, key, seconds, count) -> list[Standing]:
    try:
        client = _client(url)
        stored = client.get(key)
        if stored is not None:
            return [Standing(**row) for row in json.loads(stored)]
    except Exception:  # a cache must never break the page
        log.warning("leaderboard cache: Redis read failed", exc_info=True)
        return count()
    standings = count()
    try:
        client.set(key, json.dumps([asdict(s) for s in standings]), ex=seconds)
    except Exception:
        log.warning("leaderboard cache: Redis write failed", exc_info=True)
    return standings


def _client(url: str):
    client = _clients.get(url)
    if client is None:
        import redis

        client = _clients[url] = redis.Redis.from_url(
            url, socket_timeout=0.5, socket_connect_timeout=0.5
        )
    return client


def clear() -> None:
    """Forget this process's cached standings."""
    with _lock:
        _local.clear()
