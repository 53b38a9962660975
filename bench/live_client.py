"""A small asyncio HTTP/1.1 client for bench/live_game.py: plain requests with
cookies, and Server-Sent Events streams read as they arrive. Standard library
only, so a thousand connections cost one process and no thread each."""

from __future__ import annotations

import asyncio
import json
import math
import random
import re
import time
from urllib.parse import urlencode

CSRF = re.compile(
    r'name="csrf_token"[^>]*value="([^"]+)"|id="live-csrf" value="([^"]+)"'
)


def percentile(values: list[float], pct: float) -> float:
    """Linear-interpolated percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


async def _open(port: int, method: str, path: str, headers: dict, body: bytes):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**20)
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    await writer.drain()
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    response_headers: dict[str, list[str]] = {}
    while True:
        line = (await reader.readline()).decode("latin-1").rstrip("\r\n")
        if not line:
            break
        name, _, value = line.partition(":")
        response_headers.setdefault(name.lower(), []).append(value.strip())
    return reader, writer, status, response_headers


async def _chunks(reader, headers):
    """The body's pieces as they come (chunked or not)."""
    if "chunked" in ",".join(headers.get("transfer-encoding", [])):
        while True:
            size = int((await reader.readline()).strip() or b"0", 16)
            if size == 0:
                return
            data = await reader.readexactly(size + 2)
            yield data[:-2]
    elif "content-length" in headers:
        yield await reader.readexactly(int(headers["content-length"][0]))
    else:
        while data := await reader.read(65536):
            yield data


async def request(
    port: int,
    method: str,
    path: str,
    form: dict | None = None,
    cookies: dict | None = None,
    accept: str = "text/html",
):
    """(status, headers, body) of one request on its own connection."""
    headers = {"Accept": accept, "Connection": "close"}
    body = b""
    if form is not None:
        body = urlencode(form, doseq=True).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    reader, writer, status, response_headers = await _open(
        port, method, path, headers, body
    )
    try:
        parts = [piece async for piece in _chunks(reader, response_headers)]
    finally:
        writer.close()
    if cookies is not None:
        for raw in response_headers.get("set-cookie", []):
            name, _, rest = raw.partition("=")
            cookies[name] = rest.split(";", 1)[0]
    return status, response_headers, b"".join(parts)


async def stream_events(port: int, path: str, cookies: dict | None = None):
    """Yield (event name, data, monotonic arrival time) from an SSE stream."""
    headers = {"Accept": "text/event-stream"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    reader, writer, status, response_headers = await _open(
        port, "GET", path, headers, b""
    )
    if status != 200:
        writer.close()
        raise RuntimeError(f"stream {path}: HTTP {status}")
    buffer = b""
    try:
        async for piece in _chunks(reader, response_headers):
            at = time.monotonic()
            buffer += piece
            while b"\n\n" in buffer:
                frame, buffer = buffer.split(b"\n\n", 1)
                name, data = "message", []
                for line in frame.decode().split("\n"):
                    if line.startswith("event:"):
                        name = line[6:].strip()
                    elif line.startswith("data:"):
                        data.append(line[5:].strip())
                if data:
                    yield name, "\n".join(data), at, len(frame) + 2
    finally:
        writer.close()


def csrf_token(html: bytes) -> str:
    match = CSRF.search(html.decode())
    if not match:
        raise RuntimeError("no CSRF token in the page")
    return match.group(1) or match.group(2)


class Player:
    """A guest on a phone: joins with a nickname, follows the stream, answers."""

    def __init__(self, port: int, pin: str, nickname: str):
        self.port, self.pin, self.nickname = port, pin, nickname
        self.cookies: dict[str, str] = {}
        self.token = ""
        self.connected = False
        self.questions: dict[int, float] = {}  # index -> arrival time
        self.question_sizes: dict[int, int] = {}
        self.answers: list[tuple[int, float, int, bool]] = []
        self.reconnects = 0

    async def join(self) -> None:
        _, _, page = await request(
            self.port, "GET", f"/play/{self.pin}", None, self.cookies
        )
        self.token = csrf_token(page)
        status, _, _ = await request(
            self.port,
            "POST",
            f"/play/{self.pin}/join",
            {"csrf_token": self.token, "nickname": self.nickname},
            self.cookies,
        )
        if status != 302:
            raise RuntimeError(f"{self.nickname} could not join: HTTP {status}")

    async def follow(self) -> None:
        """Read the stream; reconnect after a failure, as the page's script does."""
        while True:
            try:
                await self._read_stream()
                return
            except (OSError, RuntimeError, asyncio.IncompleteReadError):
                self.reconnects += 1
                await asyncio.sleep(1 + random.random())

    async def _read_stream(self) -> None:
        path = f"/play/{self.pin}/events"
        async for name, data, at, size in stream_events(self.port, path, self.cookies):
            self.connected = True
            if name != "state":
                continue
            event = json.loads(data)
            index = event.get("index")
            if event.get("state") == "question" and index not in self.questions:
                self.questions[index] = at
                self.question_sizes[index] = size

    async def answer_after(self, delay: float, index: int, choice: dict) -> None:
        await asyncio.sleep(delay)
        sent_at = time.monotonic()
        form = {"csrf_token": self.token, "index": index, **choice}
        try:
            status, _, body = await request(
                self.port,
                "POST",
                f"/play/{self.pin}/answer",
                form,
                self.cookies,
                accept="application/json",
            )
            answered = json.loads(body).get("answered", 0) if status == 200 else 0
            self.answers.append((index, sent_at, answered, status == 200))
        except (OSError, ValueError):
            self.answers.append((index, sent_at, 0, False))


class Host:
    """The teacher at the projector: logs in, follows the host stream, acts."""

    def __init__(self, port: int, game_id: int):
        self.port, self.game_id = port, game_id
        self.cookies: dict[str, str] = {}
        self.token = ""
        self.connected = False
        self.finished = False
        self.states: list[tuple[str, int]] = []
        self.counts: dict[int, list[tuple[float, int]]] = {}

    async def login(self, username: str, password: str) -> None:
        _, _, page = await request(self.port, "GET", "/auth/login", None, self.cookies)
        form = {
            "csrf_token": csrf_token(page),
            "username": username,
            "password": password,
        }
        status, _, _ = await request(
            self.port, "POST", "/auth/login", form, self.cookies
        )
        if status != 302:
            raise RuntimeError(f"host login failed: HTTP {status}")
        _, _, page = await request(
            self.port, "GET", f"/live/{self.game_id}/host", None, self.cookies
        )
        self.token = csrf_token(page)

    async def follow(self) -> None:
        path = f"/live/{self.game_id}/events"
        async for name, data, at, _ in stream_events(self.port, path, self.cookies):
            self.connected = True
            event = json.loads(data)
            if name == "count":
                self.counts.setdefault(event["index"], []).append(
                    (at, event["answered"])
                )
            elif name == "state":
                self.states.append((event["state"], event["index"]))
                self.finished = event["state"] == "finished"

    def revealed(self, index: int) -> bool:
        return ("reveal", index) in self.states

    def at_leaderboard(self, index: int) -> bool:
        return ("leaderboard", index) in self.states

    def count_reached(self, index: int, answered: int) -> float | None:
        """When the host's count for `index` first reached `answered`."""
        for at, count in self.counts.get(index, []):
            if count >= answered:
                return at
        return None

    async def act(self, action: str) -> None:
        status, _, body = await request(
            self.port,
            "POST",
            f"/live/{self.game_id}/host/{action}",
            {"csrf_token": self.token},
            self.cookies,
            accept="application/json",
        )
        if status != 200:
            raise RuntimeError(f"host {action}: HTTP {status} {body[:200]!r}")
