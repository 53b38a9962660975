"""The fast side of a live game: what every answer reads and counts, kept out
of the database.

- A **snapshot** of each game (state, open question, timer, players at the
  question's opening) under its PIN, written after every move and read by
  every answer instead of the game's row. A snapshot replaces another only
  when its `seq` is not older, so a slow writer never puts back a past state.
- **Counters** per question: how many answered and how many chose each option
  (atomic INCR / HINCRBY), so an answer never counts the answers table.
- A **window** per question that lets at most one count event reach the host every
  `LIVE_COUNT_INTERVAL_MS` (the answer that opens it schedules the event; the
  event reads the counter when it is sent, so it includes every answer before).

With `REDIS_URL` the store is Redis, shared by every worker; without it (`make
run`, tests) a dict in the process does the same for one process. The
database stays the truth: answers are stored there first and counted here
only once stored, and closing a question checks the database.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

#: Keys live this long after their last write (a game is over long before).
TTL_SECONDS = 12 * 3600
#: A count window is released by its event; this bounds it if a worker dies.
WINDOW_SAFETY_MS = 5000

_PUT_IF_NEWER = """
local old = redis.call('GET', KEYS[1])
if old then
  local seq = tonumber(cjson.decode(old)['seq'])
  if seq > tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return 1
"""


class MemoryStore:
    """One process's store (no Redis)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.snapshots: dict[str, dict[str, Any]] = {}
        self.counts: dict[tuple[int, int], int] = {}
        self.tallies: dict[tuple[int, int], dict[str, int]] = {}
        self.windows: dict[tuple[int, int], float] = {}

    def put_snapshot(self, pin: str, snapshot: dict[str, Any]) -> bool:
        """Store `snapshot` unless the stored one has a newer `seq`."""
        with self.lock:
            old = self.snapshots.get(pin)
            if old is not None and old["seq"] > snapshot["seq"]:
                return False
            self.snapshots[pin] = dict(snapshot)
            return True

    def snapshot(self, pin: str) -> dict[str, Any] | None:
        with self.lock:
            found = self.snapshots.get(pin)
            return dict(found) if found is not None else None

    def count_answer(
        self, game_id: int, index: int, options: list[str]
    ) -> tuple[int, bool]:
        """Count one stored answer: (answers so far, whether this answer opened
        the game's count window and so must schedule the host's event)."""
        key = (game_id, index)
        with self.lock:
            self.counts[key] = answered = self.counts.get(key, 0) + 1
            tally = self.tallies.setdefault(key, {})
            for option in options:
                tally[option] = tally.get(option, 0) + 1
            now = time.monotonic()
            opened = self.windows.get(key, 0.0) <= now
            if opened:
                self.windows[key] = now + WINDOW_SAFETY_MS / 1000
            return answered, opened

    def release_window(self, game_id: int, index: int) -> int:
        """Close the game's count window, then read the count to send."""
        with self.lock:
            self.windows.pop((game_id, index), None)
            return self.counts.get((game_id, index), 0)

    def answered(self, game_id: int, index: int) -> int:
        with self.lock:
            return self.counts.get((game_id, index), 0)

    def tally(self, game_id: int, index: int) -> dict[str, int]:
        with self.lock:
            return dict(self.tallies.get((game_id, index), {}))


class RedisStore:
    """The store in Redis, shared by every worker and host."""

    def __init__(self, url: str, prefix: str) -> None:
        import redis

        self.redis = redis.Redis.from_url(url)
        self.prefix = prefix
        self._put = self.redis.register_script(_PUT_IF_NEWER)

    def _key(self, *parts) -> str:
        return self.prefix + ":".join(str(p) for p in parts)

    def put_snapshot(self, pin: str, snapshot: dict[str, Any]) -> bool:
        body = json.dumps(snapshot, separators=(",", ":"))
        key = self._key("snap", pin)
        return bool(self._put(keys=[key], args=[body, snapshot["seq"], TTL_SECONDS]))

    def snapshot(self, pin: str) -> dict[str, Any] | None:
        raw = self.redis.get(self._key("snap", pin))
        return json.loads(raw) if raw is not None else None

    def count_answer(
        self, game_id: int, index: int, options: list[str]
    ) -> tuple[int, bool]:
        count, tally = self._key("n", game_id, index), self._key("t", game_id, index)
        pipe = self.redis.pipeline(transaction=False)
        pipe.incr(count)
        pipe.expire(count, TTL_SECONDS)
        for option in options:
            pipe.hincrby(tally, option, 1)
        pipe.expire(tally, TTL_SECONDS)
        pipe.set(self._key("w", game_id, index), 1, nx=True, px=WINDOW_SAFETY_MS)
        replies = pipe.execute()
        return int(replies[0]), bool(replies[-1])

    def release_window(self, game_id: int, index: int) -> int:
        pipe = self.redis.pipeline(transaction=False)
        pipe.delete(self._key("w", game_id, index))
        pipe.get(self._key("n", game_id, index))
        return int(pipe.execute()[1] or 0)

    def answered(self, game_id: int, index: int) -> int:
        return int(self.redis.get(self._key("n", game_id, index)) or 0)

    def tally(self, game_id: int, index: int) -> dict[str, int]:
        raw = self.redis.hgetall(self._key("t", game_id, index))
        return {k.decode(): int(v) for k, v in raw.items()}


def make_store(redis_url: str | None, prefix: str) -> MemoryStore | RedisStore:
    """Redis when a URL is given, else the process's memory."""
    if redis_url:
        return RedisStore(redis_url, prefix + "store:")
    return MemoryStore()
