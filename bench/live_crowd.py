"""The players of bench/live_game.py spread over several client processes, so
that one Python process reading a thousand streams is not what the bench
measures. Each process runs its own asyncio loop with a share of the players
(or of the baseline's streams) and obeys the parent over a pipe; arrival times
are `time.monotonic()`, one clock for every process on the machine.

Bounded: at most MAX_PROCESSES processes, each command waits at most
COMMAND_TIMEOUT seconds, loopback only (the server's port on 127.0.0.1).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import random
import resource
import time

from live_client import Player, stream_events

MAX_PROCESSES = 8
COMMAND_TIMEOUT = 120.0
LABELS = ["sourced", "speculation", "opinion", "unsourced"]


async def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.002)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ------------------------------------------------------------ child processes


def run_players(conn, port: int, pin: str, first: int, count: int, window: float):
    """A client process: players `first`..`first + count - 1` join, follow
    their streams and answer each question when the parent says so."""
    asyncio.run(_players(conn, port, pin, first, count, window))


async def _players(conn, port, pin, first, count, window):
    rng = random.Random(13 + first)
    players = [
        Player(port, pin, f"Player {i:04d}") for i in range(first, first + count)
    ]
    sem = asyncio.Semaphore(25)  # a class arriving: 25 phones joining at a time
    follows = []

    async def join(player):
        async with sem:
            await player.join()
            follows.append(asyncio.create_task(player.follow()))
            await wait_for(lambda: player.connected, 120, "a player's stream")

    await asyncio.gather(*(join(p) for p in players))
    conn.send(("joined", count))
    while True:
        command = await asyncio.to_thread(conn.recv)
        if command[0] == "question":
            index = command[1]
            await wait_for(
                lambda i=index: all(i in p.questions for p in players), 30, "fan-out"
            )
            last = max(p.questions[index] for p in players)
            conn.send(("fanout", last, players[0].question_sizes[index]))
            await asyncio.gather(
                *(
                    p.answer_after(
                        rng.uniform(0, window), index, {"label": rng.choice(LABELS)}
                    )
                    for p in players
                )
            )
            conn.send(("answered",))
        else:  # stop
            for task in follows:
                task.cancel()
            await asyncio.gather(*follows, return_exceptions=True)
            answers = [a for p in players for a in p.answers]
            reconnects = sum(p.reconnects for p in players)
            conn.send(("done", answers, reconnects, _cpu_seconds()))
            return


def run_streams(conn, port: int, count: int):
    """A client process for the baseline: `count` bare streams."""
    asyncio.run(_streams(conn, port, count))


async def _streams(conn, port, count):
    received: list[dict[int, float]] = [{} for _ in range(count)]
    connected = [False] * count

    async def follow(i):
        async for name, data, at, _ in stream_events(port, "/stream"):
            connected[i] = True
            if name == "state":
                received[i][int(data.split('"seq":', 1)[1].split(",", 1)[0])] = at

    tasks = [asyncio.create_task(follow(i)) for i in range(count)]
    await wait_for(lambda: all(connected), 60, "baseline streams")
    conn.send(("connected",))
    while True:
        command = await asyncio.to_thread(conn.recv)
        if command[0] == "wait":
            n = command[1]
            await wait_for(
                lambda n=n: all(len(r) > n for r in received), 30, "broadcast"
            )
            conn.send(("got", max(sorted(r.values())[n] for r in received)))
        else:  # stop
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            conn.send(("done", _cpu_seconds()))
            return


# ------------------------------------------------------------ the parent side


def shares(total: int, processes: int) -> list[tuple[int, int]]:
    """(first, count) of each process's share of `total`, as even as can be."""
    processes = max(1, min(processes, MAX_PROCESSES, total))
    size, extra = divmod(total, processes)
    out, first = [], 0
    for n in range(processes):
        count = size + (1 if n < extra else 0)
        out.append((first, count))
        first += count
    return out


class Crowd:
    """Client processes the parent talks to: `ask` sends one command to each
    and returns their replies (awaited off the event loop)."""

    def __init__(self, target, arguments: list[tuple]):
        context = multiprocessing.get_context("spawn")
        self.pipes, self.processes = [], []
        for args in arguments:
            parent, child = context.Pipe()
            process = context.Process(target=target, args=(child, *args), daemon=True)
            process.start()
            self.pipes.append(parent)
            self.processes.append(process)

    async def replies(self, timeout: float = COMMAND_TIMEOUT) -> list[tuple]:
        async def one(pipe):
            if not await asyncio.to_thread(pipe.poll, timeout):
                raise TimeoutError("a client process did not answer in time")
            return pipe.recv()

        return list(await asyncio.gather(*(one(p) for p in self.pipes)))

    async def ask(self, *command, timeout: float = COMMAND_TIMEOUT) -> list[tuple]:
        for pipe in self.pipes:
            pipe.send(command)
        return await self.replies(timeout)

    def close(self) -> None:
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()
                process.join()
