"""Fan-out of live-game events: the one seam between a game and its screens.

`publish(channel, event)` sends a dict to every subscriber of `channel`;
`subscribe(*channels)` returns a `Subscription` to read them from. With
`REDIS_URL` set, events go through Redis pub/sub, so players connected to any
gunicorn worker or host see the same game: each process keeps one Redis
connection listening to every live channel (one pattern subscription) and hands
each event to its local subscribers. Without Redis (`make run`, tests) the same
local fan-out works within one process.

An event is encoded once per process (`Message.frame`: a ready Server-Sent
Events frame), however many players read it.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class Message:
    """One event as every subscriber of a process receives it."""

    channel: str
    data: dict[str, Any]
    _frame: bytes | None = field(default=None, repr=False)

    @property
    def frame(self) -> bytes:
        """The event as a Server-Sent Events frame (encoded once, then shared)."""
        if self._frame is None:
            self._frame = sse_frame(self.data)
        return self._frame


def sse_frame(data: dict[str, Any]) -> bytes:
    """`data` as an SSE frame: its `type` is the event name, `seq` its id."""
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    head = f"event: {data.get('type', 'message')}\n"
    if "seq" in data:
        head += f"id: {data['seq']}\n"
    return (head + f"data: {body}\n\n").encode()


class Subscription:
    """Events of some channels for one reader; close it when the reader leaves."""

    def __init__(self, hub: LocalHub, channels: tuple[str, ...]):
        self.hub, self.channels = hub, channels
        self.queue: queue.Queue[Message] = queue.Queue()

    def get(self, timeout: float | None = None) -> Message | None:
        """The next event, or None after `timeout` seconds without one."""
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self) -> None:
        self.hub.remove(self)

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class LocalHub:
    """Subscribers of this process, by channel."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.channels: dict[str, set[Subscription]] = {}

    def add(self, *channels: str) -> Subscription:
        sub = Subscription(self, channels)
        with self.lock:
            for channel in channels:
                self.channels.setdefault(channel, set()).add(sub)
        return sub

    def remove(self, sub: Subscription) -> None:
        with self.lock:
            for channel in sub.channels:
                subs = self.channels.get(channel, set())
                subs.discard(sub)
                if not subs:
                    self.channels.pop(channel, None)

    def deliver(self, message: Message) -> int:
        with self.lock:
            subs = list(self.channels.get(message.channel, ()))
        for sub in subs:
            sub.queue.put(message)
        return len(subs)

    def count(self, channel: str) -> int:
        with self.lock:
            return len(self.channels.get(channel, ()))


class Broker:
    """In-process fan-out (one process)."""

    def __init__(self, prefix: str = "quizapp:live:") -> None:
        self.prefix = prefix
        self.hub = LocalHub()

    def publish(self, channel: str, data: dict[str, Any]) -> None:
        self.hub.deliver(Message(channel, data))

    def subscribe(self, *channels: str) -> Subscription:
        return self.hub.add(*channels)

    def close(self) -> None:
        pass


class RedisBroker(Broker):
    """Fan-out through Redis pub/sub, for several workers or hosts."""

    def __init__(self, url: str, prefix: str = "quizapp:live:") -> None:
        import redis

        super().__init__(prefix)
        self.redis = redis.Redis.from_url(url)
        self.pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
        self.pubsub.psubscribe(prefix + "*")
        self.running = True
        self.thread = threading.Thread(target=self._listen, daemon=True)
        self.thread.start()

    def publish(self, channel: str, data: dict[str, Any]) -> None:
        body = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        self.redis.publish(self.prefix + channel, body)

    def _listen(self) -> None:
        while self.running:
            try:
                raw = self.pubsub.get_message(timeout=1.0)
            except Exception:  # a dropped connection: redis-py reconnects
                log.exception("live broker: Redis read failed")
                threading.Event().wait(1.0)
                continue
            if raw is None or raw.get("type") != "pmessage":
                continue
            channel = raw["channel"].decode().removeprefix(self.prefix)
            self.hub.deliver(Message(channel, json.loads(raw["data"])))

    def close(self) -> None:
        self.running = False
        self.thread.join(timeout=3)
        self.pubsub.close()
        self.redis.close()


_lock = threading.Lock()
_brokers: dict[tuple[str, str], Broker] = {}


def get_broker(redis_url: str = "", prefix: str = "quizapp:live:") -> Broker:
    """The process's broker for these settings (created on first use, so a
    gunicorn worker makes its own Redis connection after the fork)."""
    key = (redis_url, prefix)
    with _lock:
        broker = _brokers.get(key)
        if broker is None:
            broker = RedisBroker(redis_url, prefix) if redis_url else Broker(prefix)
            _brokers[key] = broker
        return broker


def close_brokers() -> None:
    """Stop every broker of this process (tests)."""
    with _lock:
        for broker in _brokers.values():
            broker.close()
        _brokers.clear()
