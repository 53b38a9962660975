"""How fast, and in how much memory, hostile and huge inputs are refused, and how
fast the pages are at the documented limits (issue 8).

Drives the app through Flask's test client on a temporary SQLite database, as a
logged-in teacher. Refusals: a 7-level YAML alias bomb in an exercise file and in
pasted front matter, a zip whose directory says 1,000 bytes for a member that
inflates to 1.1 GB, the same zip telling the truth, a 4.8 MB article in a pack,
a 40,000-item pack and the malformed packs of the security tests. At the limits
of quizapp/packs/limits.py (200,000 characters, 500 sentences, 1,000 items):
pasting, importing and reviewing. The baseline, measured in the same run, is
importing and reviewing the small mini pack. Each figure is the median of --runs
requests; peak memory is what Python allocated during one more (tracemalloc).
The last line holds the figures; target: every refusal and every page at the
limits under 1 s, and no refusal above 50 MB. Exits 1 when a target is missed.

Run: .venv/bin/python bench/hostile_inputs.py [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import sys
import tempfile
import time
import timeit
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp import create_app  # noqa: E402
from quizapp.extensions import db  # noqa: E402
from quizapp.models import User  # noqa: E402
from quizapp.packs.limits import (  # noqa: E402
    MAX_ARTICLE_CHARS,
    MAX_PACK_ITEMS,
    MAX_SENTENCES,
)
from tests.security.hostile_packs import (  # noqa: E402
    MALFORMED,
    alias_bomb,
    edited_files,
    lie_about_size,
    many_questions,
    many_sentences,
    mini_files,
    zip_of,
)

TARGET_SECONDS = 1.0
TARGET_PEAK_MB = 50.0
BOMB_BYTES = 1_100_000_000


def bomb_zip(lie: bool) -> bytes:
    """A pack whose article.md inflates to 1.1 GB (about 1.1 MB zipped)."""
    data = zip_of(mini_files(), padding=BOMB_BYTES)
    return lie_about_size(data, "mini/article.md", 1_000) if lie else data


class Teacher:
    """A logged-in teacher's test client."""

    def __init__(self, app):
        self.app = app
        self.client = app.test_client()
        with app.app_context():
            user = User(username="bench-teacher", role="teacher")
            user.set_password("password123")
            db.session.add(user)
            db.session.commit()
        self.client.post(
            "/auth/login",
            data={"username": "bench-teacher", "password": "password123"},
        )

    def upload(self, data: bytes):
        """Post a pack zip (a `Fresh` one, or one that is refused)."""
        return self.client.post(
            "/teach/articles/import",
            data={"pack": (io.BytesIO(data), "pack.zip")},
            content_type="multipart/form-data",
        )

    def paste(self, text: str, title: str = "Bench article"):
        return self.client.post(
            "/teach/articles/new", data={"title": title, "text": text}
        )


class Fresh:
    """Zips of one pack, each in a folder of its own, made before the clock
    starts: every upload makes a new draft (re-uploading a slug only asks
    whether to update it or import a copy)."""

    def __init__(self, name: str, files: dict[str, str]):
        self.name = name
        self.files = files
        self.count = 0

    def __call__(self) -> bytes:
        self.count += 1
        return zip_of(self.files, folder=f"{self.name}-{self.count}")

    def uploads(self, teacher: Teacher, n: int):
        """A request for `measure`: the next of n fresh zips per call."""
        zips = iter([self() for _ in range(n)])
        return lambda: teacher.upload(next(zips))


def measure(name: str, request, expect: int, runs: int) -> tuple[float, float]:
    """(median seconds, peak MB) of `request`, which must answer `expect`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = request()
        times.append(time.perf_counter() - started)
        assert response.status_code == expect, (name, response.status_code)
    tracemalloc.start()
    request()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    seconds = statistics.median(times)
    print(f"  {name:<52} {seconds * 1000:8.0f} ms {peak:8.1f} MB")
    return seconds, peak


def quiet(request, expect: int) -> tuple[float, float]:
    """(seconds, peak MB) of one `request`, printing nothing."""
    tracemalloc.start()
    started = time.perf_counter()
    response = request()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    assert response.status_code == expect, response.status_code
    return seconds, peak


def python_speed() -> float:
    """Seconds this machine takes to sum a million numbers (best of 5), beside
    the absolute figures: a loaded or slow machine shows in it."""
    return min(timeit.repeat("sum(range(10**6))", number=1, repeat=5))


def variant(text: str, number: int) -> str:
    """`text` with its first item numbered apart, as long as the limit allows."""
    return text.replace("Item 0:", f"Item 0.{number}:", 1)[:MAX_ARTICLE_CHARS]


def review_url(response) -> str:
    match = re.search(r"/teach/drafts/\d+$", response.location or "")
    assert match, response.location
    return match.group(0)


def measure_refusals(teacher: Teacher, refusals: dict, runs: int) -> None:
    """Time the refusals of hostile packs into `refusals` (name -> figures)."""
    print("refusals")
    bomb = zip_of(mini_files(**{"claims.yaml": alias_bomb(levels=7)}))
    refusals["alias bomb"] = measure(
        "pack with a 7-level YAML alias bomb",
        lambda: teacher.upload(bomb),
        422,
        runs,
    )
    front = "---\ntitle: T\n" + alias_bomb(levels=7) + "---\nText.\n"
    refusals["front matter bomb"] = measure(
        "pasted front matter with an alias bomb",
        lambda: teacher.paste(front),
        422,
        runs,
    )
    lying, honest = bomb_zip(lie=True), bomb_zip(lie=False)
    refusals["lying zip"] = measure(
        f"zip saying 1,000 B for 1.1 GB ({len(lying) / 1e6:.1f} MB zipped)",
        lambda: teacher.upload(lying),
        422,
        runs,
    )
    refusals["zip bomb"] = measure(
        "zip of a member inflating to 1.1 GB",
        lambda: teacher.upload(honest),
        422,
        runs,
    )
    article = mini_files()["article.md"] + "The council met. " * 282_000
    huge = zip_of(mini_files(**{"article.md": article}))
    refusals["4.8 MB article"] = measure(
        f"pack with a 4.8 MB article ({len(huge) / 1e3:.0f} KB zipped)",
        lambda: teacher.upload(huge),
        422,
        runs,
    )
    many = zip_of(mini_files(**{"many.yaml": many_questions(40_000)}))
    refusals["40,000 items"] = measure(
        "pack with 40,000 items", lambda: teacher.upload(many), 422, runs
    )
    slowest = (0.0, 0.0)
    for name, old, new, _says in MALFORMED:
        data = zip_of(edited_files(name, old, new))
        slowest = max(slowest, quiet(lambda d=data: teacher.upload(d), 422))
    refusals["malformed"] = slowest
    print(
        f"  {'slowest of ' + str(len(MALFORMED)) + ' malformed packs':<52} "
        f"{slowest[0] * 1000:8.0f} ms {slowest[1]:8.1f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--pages-only", action="store_true", help="skip the refusals (faster)"
    )
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{Path(tmp) / 'bench.db'}",
                "WTF_CSRF_ENABLED": False,
                # Measure the pages, not the limiter (10 imports a minute).
                "RATELIMIT_ENABLED": False,
            }
        )
        with app.app_context():
            db.create_all()
        teacher = Teacher(app)
        refusals, pages = {}, {}

        print("baseline: the mini pack")
        mini = Fresh("mini", mini_files())
        base_import = measure(
            "import the mini pack", mini.uploads(teacher, runs + 1), 302, runs
        )
        url = review_url(teacher.upload(mini()))
        base_review = measure(
            "review the mini pack", lambda: teacher.client.get(url), 200, runs
        )

        if not args.pages_only:
            measure_refusals(teacher, refusals, runs)

        print("at the limits")
        sentences = many_sentences(MAX_SENTENCES)
        long_text = "\n\n".join(
            f"Item {n}: " + "the council met again " * 19 + "today."
            for n in range(MAX_SENTENCES)
        )[:MAX_ARTICLE_CHARS]

        def paste(text):
            """Each request a new draft of a text of its own (the analyzer keeps
            its last results: the same text twice would be measured cached)."""
            count = iter(range(1, 1000))
            return lambda: teacher.paste(variant(text, next(count)))

        pages["paste 500 sentences"] = measure(
            f"paste {MAX_SENTENCES} sentences", paste(sentences), 302, runs
        )
        url = review_url(teacher.paste(sentences))
        pages["review 500 sentences"] = measure(
            f"review {MAX_SENTENCES} sentences",
            lambda: teacher.client.get(url),
            200,
            runs,
        )
        pages["paste 200,000 characters"] = measure(
            f"paste {len(long_text):,} characters ({MAX_SENTENCES} sentences)",
            paste(long_text),
            302,
            runs,
        )
        url = review_url(teacher.paste(long_text))
        pages["review 200,000 characters"] = measure(
            "review it", lambda: teacher.client.get(url), 200, runs
        )
        full = Fresh(
            "full", mini_files(**{"many.yaml": many_questions(MAX_PACK_ITEMS - 8)})
        )
        pages[f"import {MAX_PACK_ITEMS:,} items"] = measure(
            f"import a pack of {MAX_PACK_ITEMS:,} items",
            full.uploads(teacher, runs + 1),
            302,
            runs,
        )
        url = review_url(teacher.upload(full()))
        pages[f"review {MAX_PACK_ITEMS:,} items"] = measure(
            f"review {MAX_PACK_ITEMS:,} items",
            lambda: teacher.client.get(url),
            200,
            runs,
        )
        with app.app_context():
            db.drop_all()
            db.engine.dispose()

    baseline = max(base_import[0], base_review[0])
    print(
        "pages at the limits against the mini pack's slower page "
        f"({baseline * 1000:.0f} ms)"
    )
    for name, (seconds, _peak) in pages.items():
        print(f"  {name:<52} {seconds * 1000:8.0f} ms {seconds / baseline:7.1f}x")
    if not refusals:
        refusals["none measured (--pages-only)"] = (0.0, 0.0)
    slow_refusal = max(refusals, key=lambda k: refusals[k][0])
    big_refusal = max(refusals, key=lambda k: refusals[k][1])
    slow_page = max(pages, key=lambda k: pages[k][0])
    ok = (
        refusals[slow_refusal][0] < TARGET_SECONDS
        and refusals[big_refusal][1] < TARGET_PEAK_MB
        and pages[slow_page][0] < TARGET_SECONDS
    )
    print(
        f"hostile inputs: slowest refusal {refusals[slow_refusal][0] * 1000:.0f} ms "
        f"({slow_refusal}), largest refusal peak {refusals[big_refusal][1]:.1f} MB "
        f"({big_refusal}), slowest page at the limits "
        f"{pages[slow_page][0] * 1000:.0f} ms ({slow_page}; "
        f"{pages[slow_page][0] / max(base_import[0], base_review[0]):.1f}x the mini "
        f"pack's slower page) (targets < {TARGET_SECONDS * 1000:.0f} ms, "
        f"< {TARGET_PEAK_MB:g} MB; load average {os.getloadavg()[0]:.2f}; "
        f"this Python sums range(10**6) in {python_speed() * 1000:.0f} ms): "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
