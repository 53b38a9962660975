"""Phases of the bench, their figures, the table and the summary line."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from .client import Sample

TARGET_RATIO = 0.8
TARGET_P99_RATIO = 2.0


@dataclass
class Row:
    name: str
    samples: list[Sample]
    cpu_ms: float | None  # server CPU per request, when the row is its whole phase
    is_app: bool
    is_total: bool = False

    @property
    def errors(self) -> int:
        return sum(not s.ok for s in self.samples)

    @property
    def throughput(self) -> float:
        ok = [s for s in self.samples if s.ok]
        if not ok:
            return 0.0
        span = max(s.ended for s in ok) - min(s.started for s in self.samples)
        return len(ok) / span if span > 0 else 0.0

    def percentile(self, q: float) -> float:
        """Latency in seconds at quantile q (nearest rank)."""
        latencies = sorted(s.latency for s in self.samples)
        if not latencies:
            return 0.0
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))]


class Phase:
    """Context manager: the samples and server CPU time of one phase."""

    def __init__(self, name: str, server, client):
        self.name, self.server, self.client = name, server, client

    def __enter__(self):
        self.first = len(self.client.samples)
        self.workers = set(self.server.workers())
        self.cpu = self.server.cpu_seconds()
        self.began = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.cpu = self.server.cpu_seconds() - self.cpu
        self.samples = self.client.samples[self.first :]
        if set(self.server.workers()) != self.workers:
            print(f"warning: a worker restarted during {self.name}; CPU undercounted")
        return False

    def _cpu_ms(self, samples) -> float | None:
        if len(samples) != len(self.samples) or not samples:
            return None
        return 1000 * self.cpu / len(samples)

    def only(self, kind: str, name: str | None = None) -> Row:
        samples = [s for s in self.samples if s.kind == kind]
        name = name or (self.name if ":" in self.name else f"{self.name}: {kind}")
        is_app = "bare" not in self.name
        return Row(name, samples, self._cpu_ms(samples), is_app)

    def total(self, name: str) -> Row:
        return Row(name, self.samples, self._cpu_ms(self.samples), True, True)


def _row_line(row: Row) -> str:
    ms = [1000 * row.percentile(q) for q in (0.5, 0.95, 0.99, 1.0)]
    cpu = f"{row.cpu_ms:8.1f}" if row.cpu_ms is not None else "       -"
    return (
        f"{row.name:<30}{len(row.samples):>6}{row.throughput:>8.0f}"
        + "".join(f"{v:>8.0f}" for v in ms)
        + f"{row.errors:>7}{cpu}"
    )


def capacity_ratio(pairs: list[tuple[Row, Row]]) -> tuple[float, list[float]]:
    """The median of the pairs' answers/s over inserts/s, and each pair's."""
    ratios = [
        submit.throughput / insert.throughput if insert.throughput else 0.0
        for submit, insert in pairs
    ]
    return statistics.median(ratios), ratios


def cpu_ratio(pairs: list[tuple[Row, Row]]) -> float | None:
    """The median of the pairs' insert CPU over answer CPU per request (the
    servers' processes only: on PostgreSQL the database server is not in it)."""
    ratios = [
        insert.cpu_ms / submit.cpu_ms
        for submit, insert in pairs
        if submit.cpu_ms and insert.cpu_ms
    ]
    return statistics.median(ratios) if ratios else None


def print_report(
    db: str, rows: list[Row], pairs: list[tuple[Row, Row]], integrity, elapsed: float
) -> int:
    """Print the table and the summary line; 0 when every target is met.
    `pairs` are the capacity loops (answer submit, bare insert) run in turn."""
    header = (
        f"{'phase (' + db + ')':<30}{'reqs':>6}{'ok/s':>8}{'p50 ms':>8}{'p95':>8}"
        f"{'p99':>8}{'max':>8}{'errors':>7}{'CPU ms':>8}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(_row_line(row))
    by_name = {r.name: r for r in rows}
    burst = by_name["burst: submit"]
    bare_burst = by_name["burst: bare insert"]
    ratio, ratios = capacity_ratio(pairs)
    p99 = burst.percentile(0.99) / max(bare_burst.percentile(0.99), 1e-6)
    errors = sum(
        r.errors
        for r in rows
        if r.is_app and not r.is_total and not r.name.startswith("login")
    )
    clear = max(s.ended for s in burst.samples) - min(s.started for s in burst.samples)
    print(
        f"burst of {len(burst.samples)} answers cleared in {clear:.1f} s; "
        f"answers acknowledged {integrity.acknowledged}, stored {integrity.stored} "
        f"({integrity.unacknowledged} stored but not acknowledged); "
        f"whole run {elapsed:.0f} s"
    )
    print(
        "capacity ratio per pair (answers/s over inserts/s): "
        + ", ".join(f"{r:.2f}" for r in ratios)
        + f"; median {ratio:.2f}"
    )
    by_cpu = cpu_ratio(pairs)
    if by_cpu is not None:
        # Less moved by other work on a shared machine than requests per second.
        print(f"capacity ratio by server CPU per request (median): {by_cpu:.2f}")
    print(
        f"classroom burst: capacity ratio {ratio:.2f} (target {TARGET_RATIO}), "
        f"burst p99 ratio {p99:.2f} (target {TARGET_P99_RATIO:g}), errors {errors}, "
        f"lost {integrity.lost}, doubled {integrity.doubled}"
    )
    met = ratio >= TARGET_RATIO and p99 <= TARGET_P99_RATIO
    return 0 if met and errors == integrity.lost == integrity.doubled == 0 else 1
