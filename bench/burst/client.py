"""A bounded asyncio HTTP client playing many students, each with their own
cookies and CSRF token, recording every request's latency and outcome."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field

import aiohttp

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
TIMEOUT_S = 60  # what a browser's fetch would wait, roughly


@dataclass
class Sample:
    kind: str
    started: float  # when the request was due (monotonic), for open-loop bursts
    ended: float
    ok: bool
    error: str = ""

    @property
    def latency(self) -> float:
        return self.ended - self.started


@dataclass
class Browser:
    """One student's cookies and current CSRF token."""

    cookies: dict[str, str] = field(default_factory=dict)
    csrf: str = ""

    def header(self) -> dict[str, str]:
        if not self.cookies:
            return {}
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}

    def absorb(self, response: aiohttp.ClientResponse) -> None:
        for name, morsel in response.cookies.items():
            if morsel.value and morsel["max-age"] != "0":
                self.cookies[name] = morsel.value
            else:
                self.cookies.pop(name, None)

    def take_csrf(self, html: str) -> None:
        match = CSRF.search(html)
        if match:
            self.csrf = match.group(1)


class Client:
    """One aiohttp session with at most `limit` connections open at once."""

    def __init__(self, limit: int):
        self.samples: list[Sample] = []
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=limit),
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=TIMEOUT_S),
        )

    async def close(self) -> None:
        await self.session.close()

    async def call(
        self,
        kind: str,
        method: str,
        url: str,
        browser: Browser | None = None,
        data: dict | None = None,
        json: bool = False,
        due: float | None = None,
        expect: tuple[int, ...] = (200,),
    ) -> tuple[Sample, object]:
        """Send one request; return its sample and the decoded body (or None)."""
        started = due if due is not None else time.monotonic()
        headers = browser.header() if browser else {}
        if json:
            headers["Accept"] = "application/json"
        body: object = None
        try:
            async with self.session.request(
                method, url, data=data, headers=headers, allow_redirects=False
            ) as response:
                if browser:
                    browser.absorb(response)
                if json and response.content_type == "application/json":
                    body = await response.json()
                else:
                    body = await response.text()
                ok = response.status in expect
                error = "" if ok else f"HTTP {response.status}"
                answered = isinstance(body, dict) and body.get("answered")
                if ok and json and not answered:
                    ok, error = False, "not answered"
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            ok, error = False, type(exc).__name__
        sample = Sample(kind, started, time.monotonic(), ok, error)
        self.samples.append(sample)
        if browser and isinstance(body, str):
            browser.take_csrf(body)
        return sample, body


async def bounded(tasks, concurrency: int) -> None:
    """Run coroutine factories with at most `concurrency` in flight."""
    queue = list(tasks)
    queue.reverse()

    async def worker():
        while queue:
            await queue.pop()()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def at(due: float, coroutine_factory):
    """Start `coroutine_factory()` at monotonic time `due` (an open-loop arrival)."""
    delay = due - time.monotonic()
    if delay > 0:
        await asyncio.sleep(delay)
    return await coroutine_factory()
