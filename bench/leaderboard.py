"""How long one class's leaderboard takes as the school grows.

Fills a database with 200 classes, 6,000 students and 1,000,000 answers (with
their attempts, best scores and practice days, consistent with each other), times
`class_standings` for one class many times, then does the same on a database 100
times smaller (2 classes, 60 students, 10,000 answers). Prints both medians and
their ratio; the last line holds the figures. Targets: median under 10 ms on the
large database and a ratio under 2. Exits 1 when a target is missed.

Run: .venv/bin/python bench/leaderboard.py            (SQLite in a temp folder)
     .venv/bin/python bench/leaderboard.py --database-url \\
         postgresql+psycopg://postgres@127.0.0.1:5432/bench   (an EMPTY database:
         the script creates its tables and drops them at the end)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import inspect, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp import create_app  # noqa: E402
from quizapp.extensions import db  # noqa: E402
from quizapp.models import (  # noqa: E402
    Answer,
    Article,
    Assignment,
    Attempt,
    BestScore,
    Classroom,
    Exercise,
    Item,
    Membership,
    PracticeDay,
    User,
)
from quizapp.services.standings import class_standings  # noqa: E402

TARGET_MS = 10.0
TARGET_RATIO = 2.0
ARTICLES = 20  # each with a claims exercise (10 items) and questions (5 items)
ASSIGNED = 8  # articles assigned to each class
CHUNK = 500  # students per insert batch
STUDENTS_PER_TRANSACTION = 2000
NOW = datetime(2026, 11, 24, 12, 0)


@dataclass(frozen=True)
class Size:
    name: str
    classes: int
    students: int
    answers: int


LARGE = Size("large", 200, 6_000, 1_000_000)
SMALL = Size("small", 2, 60, 10_000)


def insert(rows: list[dict], model) -> None:
    """One executemany INSERT of plain rows."""
    if rows:
        db.session.execute(model.__table__.insert(), rows)


def fill_content() -> dict[int, list[tuple[int, list[int]]]]:
    """Articles, exercises and items; returns article id -> [(exercise, items)]."""
    articles, exercises, items = [], [], []
    layout: dict[int, list[tuple[int, list[int]]]] = {}
    for a in range(1, ARTICLES + 1):
        articles.append(
            {"id": a, "slug": f"bench-{a}", "title": f"Article {a}", "body_md": "x"}
        )
        for position, (kind, count) in enumerate([("claims", 10), ("questions", 5)]):
            exercise_id = len(exercises) + 1
            exercises.append(
                {
                    "id": exercise_id,
                    "article_id": a,
                    "slug": kind,
                    "kind": kind,
                    "title": kind,
                    "position": position,
                }
            )
            ids = []
            for n in range(count):
                ids.append(len(items) + 1)
                items.append(
                    {
                        "id": ids[-1],
                        "exercise_id": exercise_id,
                        "key": f"i{n}",
                        "type": "claim" if kind == "claims" else "multiple_choice",
                        "position": n,
                        "skill": "sourcing" if kind == "claims" else "comprehension",
                        "spec": {"label": "sourced"},
                    }
                )
            layout.setdefault(a, []).append((exercise_id, ids))
    insert(articles, Article)
    insert(exercises, Exercise)
    insert(items, Item)
    return layout


def fill(size: Size, rng: random.Random) -> int:
    """Fill the database at `size`; returns the id of a class to time."""
    layout = fill_content()
    teachers = [
        {"id": t, "username": f"teacher{t}", "password_hash": "x", "role": "teacher"}
        for t in range(1, size.classes + 1)
    ]
    insert(teachers, User)
    classes, assignments = [], []
    for c in range(1, size.classes + 1):
        classes.append(
            {"id": c, "teacher_id": c, "name": f"Class {c}", "join_code": f"C{c:05d}"}
        )
        for article_id in rng.sample(range(1, ARTICLES + 1), ASSIGNED):
            assignments.append(
                {
                    "id": len(assignments) + 1,
                    "classroom_id": c,
                    "article_id": article_id,
                }
            )
    insert(classes, Classroom)
    insert(assignments, Assignment)
    assigned: dict[int, list[int]] = {}
    for a in assignments:
        assigned.setdefault(a["classroom_id"], []).append(a["article_id"])
    db.session.commit()

    per_class = size.students // size.classes
    quota, extra = divmod(size.answers, size.students)
    state = {"attempt": 0, "answer": 0}
    for start in range(0, size.students, CHUNK):
        batch = {k: [] for k in ("users", "members", "attempts", "answers")}
        batch.update(best=[], days=[])
        for s in range(start, min(start + CHUNK, size.students)):
            user_id = size.classes + 1 + s
            classroom_id = 1 + s // per_class
            batch["users"].append(
                {"id": user_id, "username": f"s{user_id}", "password_hash": "x"}
            )
            batch["members"].append(
                {"id": s + 1, "classroom_id": classroom_id, "user_id": user_id}
            )
            answers = quota + (1 if s < extra else 0)
            articles = assigned[classroom_id] + rng.sample(range(1, ARTICLES + 1), 2)
            _student(user_id, answers, articles, layout, rng, state, batch)
        insert(batch["users"], User)
        insert(batch["members"], Membership)
        insert(batch["attempts"], Attempt)
        for n in range(0, len(batch["answers"]), 20_000):
            insert(batch["answers"][n : n + 20_000], Answer)
        insert(batch["best"], BestScore)
        insert(batch["days"], PracticeDay)
        if (start + CHUNK) % STUDENTS_PER_TRANSACTION == 0:
            db.session.commit()
    db.session.commit()
    db.session.execute(text("ANALYZE"))
    db.session.commit()
    return size.classes // 2 or 1


def _student(user_id, answers, articles, layout, rng, state, batch) -> None:
    """One student's attempts (retakes included), answers and best scores."""
    skill = rng.uniform(0.3, 0.95)
    numbers: dict[int, int] = {}
    best: dict[int, dict] = {}
    days: set = set()
    left = answers
    while left > 0:
        exercise_id, item_ids = rng.choice(layout[rng.choice(articles)])
        if numbers.get(exercise_id) and len(best) < len(articles):
            continue  # prefer new exercises before retaking
        numbers[exercise_id] = numbers.get(exercise_id, 0) + 1
        state["attempt"] += 1
        attempt_id = state["attempt"]
        started = NOW - timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 900))
        taken = item_ids[: min(len(item_ids), left)]
        score = 0.0
        for n, item_id in enumerate(taken):
            right = rng.random() < skill
            score += right
            state["answer"] += 1
            batch["answers"].append(
                {
                    "id": state["answer"],
                    "attempt_id": attempt_id,
                    "item_id": item_id,
                    "response": {"label": "sourced" if right else "opinion"},
                    "score": float(right),
                    "max_score": 1.0,
                    "feedback": "",
                    "details": {},
                    "graded_spec": {"label": "sourced"},
                    "skill": "sourcing",
                    "answered_at": started + timedelta(seconds=20 * n),
                }
            )
        left -= len(taken)
        ended = started + timedelta(seconds=20 * len(taken))
        finished = len(taken) == len(item_ids)
        batch["attempts"].append(
            {
                "id": attempt_id,
                "user_id": user_id,
                "exercise_id": exercise_id,
                "number": numbers[exercise_id],
                "started_at": started,
                "finished_at": ended if finished else None,
                "score": score,
                "max_score": float(len(taken)),
            }
        )
        days.add(ended.date())
        held = best.get(exercise_id)
        if held is None or score > held["score"]:
            best[exercise_id] = {
                "user_id": user_id,
                "exercise_id": exercise_id,
                "attempt_id": attempt_id,
                "score": score,
                "max_score": float(len(taken)),
                "achieved_at": ended,
            }
        if not finished:
            break  # a student's last, partial attempt stays open
    batch["best"].extend(best.values())
    batch["days"].extend({"user_id": user_id, "day": d} for d in sorted(days))


def median_ms(classroom_id: int, runs: int) -> float:
    classroom = db.session.get(Classroom, classroom_id)
    for _ in range(20):  # warm up caches
        class_standings(classroom, now=NOW)
    times = []
    for n in range(runs):
        t = time.perf_counter()
        standings = class_standings(classroom, "week" if n % 2 else "all", now=NOW)
        times.append(time.perf_counter() - t)
    assert standings, "the timed class has no students"
    return statistics.median(times) * 1000


def measure(url: str, size: Size, runs: int, seed: int) -> float:
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SQLALCHEMY_ECHO": False})
    with app.app_context():
        if inspect(db.engine).get_table_names():
            sys.exit(f"{url} is not empty; give the benchmark an empty database.")
        db.create_all()
        try:
            t = time.perf_counter()
            classroom_id = fill(size, random.Random(seed))
            filled = time.perf_counter() - t
            counts = {
                m.__tablename__: db.session.scalar(
                    text(f"SELECT COUNT(*) FROM {m.__tablename__}")
                )
                for m in (Classroom, User, Attempt, Answer, BestScore)
            }
            print(f"{size.name}: filled in {filled:.1f} s: {counts}", flush=True)
            result = median_ms(classroom_id, runs)
            print(f"{size.name}: class_standings median {result:.3f} ms ({runs} runs)")
            return result
        finally:
            db.session.remove()
            db.drop_all()
            db.engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="an empty database (default: SQLite)")
    parser.add_argument("--runs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        urls = {
            size.name: args.database_url or f"sqlite:///{Path(tmp) / size.name}.db"
            for size in (LARGE, SMALL)
        }
        large = measure(urls["large"], LARGE, args.runs, args.seed)
        small = measure(urls["small"], SMALL, args.runs, args.seed)
    ratio = large / small
    ok = large < TARGET_MS and ratio < TARGET_RATIO
    backend = (args.database_url or "sqlite").split(":", 1)[0]
    print(
        f"leaderboard ({backend}): large median {large:.2f} ms, small median "
        f"{small:.2f} ms, ratio {ratio:.2f} (targets < {TARGET_MS:g} ms, "
        f"< {TARGET_RATIO:g}): {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
