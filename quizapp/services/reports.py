"""Class reports for teachers: progress per assignment and skill, item analysis,
and grades as CSV. Callers pass a class `own_classroom` already checked."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from ..extensions import db
from ..grading.claims import LABELS
from ..models import Answer, Assignment, Attempt, BestScore, Classroom, Exercise, User
from ..models._base import utcnow
from .assignments import first_finishes, max_points, set_exercises, status_of
from .classrooms import roster
from .progress import SKILLS

#: How a claim's source reads in a report ("vague attribution sentences...").
SOURCE_NAMES = {
    "named": "named source",
    "anonymous": "unnamed source",
    "vague": "vague attribution",
    "citation": "cited document or link",
    "self": "interview speaker",
}


# --------------------------------------------------------------- overview


@dataclass
class Cell:
    """One student's standing on one assignment."""

    share: float | None  # best points / full marks of every exercise in the set
    status: str  # "due", "done" or "late"
    finished: int
    total: int


@dataclass
class Overview:
    classroom: Classroom
    students: list[User]
    assignments: list[Assignment]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    skills: dict[int, dict[str, float | None]] = field(default_factory=dict)
    class_skills: dict[str, float | None] = field(default_factory=dict)
    #: Share of students who finished each assignment, by assignment id.
    done_share: dict[int, float | None] = field(default_factory=dict)

    @property
    def chart(self) -> list[tuple[str, float | None]]:
        """Bars for the chart: class accuracy per skill, completion per set."""
        bars = [(f"{SKILLS[s]} (accuracy)", v) for s, v in self.class_skills.items()]
        bars += [
            (f"{a.article.title} (finished)", self.done_share.get(a.id))
            for a in self.assignments
        ]
        return bars


def _share(points, max_points) -> float | None:
    return float(points) / float(max_points) if max_points else None


def class_overview(classroom: Classroom) -> Overview:
    """Each student x each assignment (best score, status) and x each skill."""
    now = utcnow()
    students = roster(classroom)
    overview = Overview(classroom, students, list(classroom.assignments))
    user_ids = [s.id for s in students]
    exercises = {a.id: set_exercises(a.article) for a in overview.assignments}
    full = {a: sum(max_points(e) for e in ex) for a, ex in exercises.items()}
    exercise_ids = [e.id for ex in exercises.values() for e in ex]
    best: dict[tuple[int, int], tuple[float, float]] = {}
    if user_ids and exercise_ids:
        rows = db.session.execute(
            select(
                BestScore.user_id,
                Exercise.article_id,
                func.sum(BestScore.score),
                func.sum(BestScore.max_score),
            )
            .join(Exercise, Exercise.id == BestScore.exercise_id)
            .where(
                BestScore.user_id.in_(user_ids), BestScore.exercise_id.in_(exercise_ids)
            )
            .group_by(BestScore.user_id, Exercise.article_id)
        )
        best = {(u, a): (p or 0.0, m or 0.0) for u, a, p, m in rows}
    finishes = first_finishes(user_ids, exercise_ids)
    for a in overview.assignments:
        done = 0
        for s in students:
            times = [finishes.get((s.id, e.id)) for e in exercises[a.id]]
            status, completed_at = status_of(a.due_at, times, now)
            done += completed_at is not None
            points, best_max = best.get((s.id, a.article_id), (0.0, 0.0))
            overview.cells[(s.id, a.id)] = Cell(
                _share(points, max(full[a.id], best_max)),
                status,
                sum(t is not None for t in times),
                len(times),
            )
        overview.done_share[a.id] = done / len(students) if students else None
    _skill_figures(overview, user_ids, exercise_ids)
    return overview


def _skill_figures(overview: Overview, user_ids, exercise_ids) -> None:
    sums: dict[tuple[int, str], tuple[float, float]] = {}
    if user_ids and exercise_ids:
        rows = db.session.execute(
            select(
                Attempt.user_id,
                Answer.skill,
                func.sum(func.coalesce(Answer.override_score, Answer.score)),
                func.sum(Answer.max_score),
            )
            .join(Attempt, Attempt.id == Answer.attempt_id)
            .where(Attempt.user_id.in_(user_ids), Attempt.exercise_id.in_(exercise_ids))
            .group_by(Attempt.user_id, Answer.skill)
        )
        sums = {(u, s): (p or 0.0, m or 0.0) for u, s, p, m in rows}
    for uid in user_ids:
        overview.skills[uid] = {s: _share(*sums.get((uid, s), (0, 0))) for s in SKILLS}
    for s in SKILLS:
        points = sum(p for (_, sk), (p, _) in sums.items() if sk == s)
        max_points = sum(m for (_, sk), (_, m) in sums.items() if sk == s)
        overview.class_skills[s] = _share(points, max_points)


# ---------------------------------------------------------- item analysis


@dataclass
class ItemStats:
    """How the class answered one question or claim (first attempts only)."""

    exercise: Exercise
    key: str
    text: str
    type: str
    answered: int = 0
    correct: int = 0
    wrong: Counter = field(default_factory=Counter)
    kind: str = ""  # claims: what the sentence is ("speculation, vague attribution")

    @property
    def share_correct(self) -> float | None:
        return self.correct / self.answered if self.answered else None

    @property
    def top_wrong(self) -> tuple[str, int] | None:
        """The most chosen wrong answer and how many chose it."""
        return self.wrong.most_common(1)[0] if self.wrong else None


@dataclass
class CueMiss:
    """How often one kind of claim sentence was mislabelled, and as what."""

    kind: str
    answered: int = 0
    correct: int = 0
    chosen: Counter = field(default_factory=Counter)

    @property
    def miss_share(self) -> float:
        return 1 - self.correct / self.answered if self.answered else 0.0

    @property
    def top_wrong(self) -> tuple[str, float] | None:
        """The wrong label chosen most, and its share of all answers."""
        if not self.chosen:
            return None
        label, count = self.chosen.most_common(1)[0]
        return label, count / self.answered

    @property
    def sentence(self) -> str:
        top = self.top_wrong
        if top is None:
            return f"“{self.kind}” sentences were all labelled correctly."
        return (
            f"“{self.kind}” sentences were labelled {top[0]} "
            f"{round(top[1] * 100)}% of the time ({self.answered} "
            f"answer{'s' if self.answered != 1 else ''})."
        )


@dataclass
class ItemAnalysis:
    assignment: Assignment
    questions: list[ItemStats]
    claims: list[ItemStats]
    cue_misses: list[CueMiss]
    students: int


def _claim_kind(spec: dict) -> str:
    label = LABELS.get(spec.get("label", ""), spec.get("label", "")).lower()
    kind = (spec.get("source") or {}).get("kind")
    return f"{label}, {SOURCE_NAMES.get(kind, kind)}" if kind else label


def _wrong_answers(answer: Answer) -> list[str]:
    """What a wrong answer chose, as readable text (a free text: what it missed)."""
    spec, response = answer.graded_spec, answer.response
    options = {o["id"]: o["text"] for o in spec.get("options") or []}
    if answer.item.type == "claim":
        return [LABELS.get(response.get("label"), str(response.get("label")))]
    if "choice" in response:
        return [options.get(response["choice"], str(response["choice"]))]
    if "choices" in response:
        return [" + ".join(options.get(c, str(c)) for c in response["choices"])]
    missed = [
        f"missed “{p.get('label', p.get('id'))}”"
        for p in (answer.details or {}).get("key_points", [])
        if not p.get("matched")
    ]
    return missed


def item_analysis(classroom: Classroom, assignment: Assignment) -> ItemAnalysis:
    """Share correct and the most chosen wrong answer per question and per claim,
    and which kinds of claim the class mislabels most; counts each student's
    first attempt only, so retakes after seeing the key do not flatter it."""
    students = roster(classroom)
    exercises = set_exercises(assignment.article)
    answers = []
    if students and exercises:
        answers = db.session.scalars(
            select(Answer)
            .join(Attempt, Attempt.id == Answer.attempt_id)
            .where(
                Attempt.user_id.in_([s.id for s in students]),
                Attempt.exercise_id.in_([e.id for e in exercises]),
                Attempt.number == 1,
            )
            .order_by(Answer.id)
        ).all()
    stats: dict[int, ItemStats] = {}
    for exercise in exercises:
        for item in exercise.active_items:
            if item.type == "claim" and not item.spec.get("sort", True):
                continue
            text = item.spec.get("quote") or item.spec.get("prompt") or item.key
            kind = _claim_kind(item.spec) if item.type == "claim" else ""
            stats[item.id] = ItemStats(exercise, item.key, text, item.type, kind=kind)
    misses: dict[str, CueMiss] = {}
    for answer in answers:
        row = stats.get(answer.item_id)
        if row is None:
            continue
        row.answered += 1
        row.correct += answer.is_correct
        if not answer.is_correct:
            row.wrong.update(_wrong_answers(answer))
        if row.type == "claim":
            kind = _claim_kind(answer.graded_spec)
            miss = misses.setdefault(kind, CueMiss(kind))
            miss.answered += 1
            miss.correct += answer.is_correct
            if not answer.is_correct:
                miss.chosen.update(_wrong_answers(answer))
    claims = [s for s in stats.values() if s.type == "claim"]
    questions = [s for s in stats.values() if s.type != "claim"]
    ranked = sorted(misses.values(), key=lambda m: (-m.miss_share, m.kind))
    return ItemAnalysis(assignment, questions, claims, ranked, len(students))


# ------------------------------------------------------------------- CSV

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A spreadsheet cell that cannot run as a formula: text starting with
    = + - @ (or a tab or carriage return) gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _grade_cell(best: BestScore | None, finished) -> str | float:
    """One exercise's points; text when it is not finished, so a blank never
    reads as a zero or as full marks."""
    if finished is not None and best is not None:
        return round(best.score, 2)
    if best is None:
        return "not started"
    return f"unfinished ({round(best.score, 2)} so far)"


def grades_csv(classroom: Classroom, assignment: Assignment) -> tuple[str, bytes]:
    """The assignment's grades, one row per student: (file name, UTF-8 with BOM).

    Percent is points over full marks of every exercise in the set, so skipping
    an exercise counts as zero rather than leaving it out of the maximum."""
    now = utcnow()
    students = roster(classroom)
    exercises = set_exercises(assignment.article)
    full = [max_points(e) for e in exercises]
    user_ids, exercise_ids = [s.id for s in students], [e.id for e in exercises]
    best = {}
    if user_ids and exercise_ids:
        best = {
            (b.user_id, b.exercise_id): b
            for b in db.session.scalars(
                select(BestScore).where(
                    BestScore.user_id.in_(user_ids),
                    BestScore.exercise_id.in_(exercise_ids),
                )
            )
        }
    finishes = first_finishes(user_ids, exercise_ids)
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    header = ["Student", "Username"] + [f"{e.title} (points)" for e in exercises]
    header += ["Points", "Max points", "Percent", "Status", "Completed at (UTC)"]
    writer.writerow([safe_cell(h) for h in header])
    for s in students:
        scores = [best.get((s.id, e.id)) for e in exercises]
        times = [finishes.get((s.id, e.id)) for e in exercises]
        points = sum(b.score for b in scores if b)
        max_points_ = sum(
            max(f, b.max_score if b else 0.0) for f, b in zip(full, scores, strict=True)
        )
        status, completed_at = status_of(assignment.due_at, times, now)
        if completed_at is None:
            done = sum(t is not None for t in times)
            status = f"{status}: unfinished ({done} of {len(times)} exercises done)"
        row = [s.display_name, s.username]
        row += [_grade_cell(b, t) for b, t in zip(scores, times, strict=True)]
        row += [
            round(points, 2),
            round(max_points_, 2),
            round(100 * points / max_points_, 1) if max_points_ else "",
            status,
            completed_at.strftime("%Y-%m-%d %H:%M") if completed_at else "",
        ]
        writer.writerow([safe_cell(c) for c in row])
    slug = re.sub(r"[^a-z0-9]+", "-", classroom.name.lower()).strip("-") or "class"
    filename = f"{slug}-{assignment.article.slug}-grades.csv"
    return filename, out.getvalue().encode("utf-8-sig")
