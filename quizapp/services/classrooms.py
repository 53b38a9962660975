"""Classes: creating them, join codes, members and nicknames, assignments and
leaderboard settings. A teacher reaches only their own classes (an admin all):
`own_classroom` returns None for anyone else's, which views turn into a 404."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..grading import ranking
from ..grading.ranking import Standing, visible_to
from ..models import (
    LEADERBOARD_MODES,
    Article,
    Assignment,
    Attempt,
    Classroom,
    Exercise,
    Membership,
    User,
)
from ..models._base import utcnow
from .attempts import attempt_items
from .standings import class_standings

#: Join-code characters: no 0/O or 1/I/L, which read alike on a board.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
NICKNAME_RE = re.compile(r"^[\w][\w .'-]{0,22}[\w.]$")
_RESERVED = re.compile(r"^(student\s*\d+|a classmate|teacher|admin)$", re.IGNORECASE)
PERIODS = {"week": "This week", "all": "All time"}


class ClassroomError(ValueError):
    """A class request that cannot be honoured; the message says why."""


class NicknameNeeded(ClassroomError):
    """Joining needs a nickname first (the student has none, or it is taken)."""


# ---------------------------------------------------------------- classes


def new_join_code() -> str:
    """A random join code from the unambiguous alphabet."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    """A typed code as stored: upper case, without spaces or dashes."""
    return re.sub(r"[\s-]+", "", code or "").upper()


def _save_with_fresh_code(classroom: Classroom) -> Classroom:
    """Commit `classroom` under a new join code, retrying on a (rare) collision."""
    for _ in range(20):
        classroom.join_code = new_join_code()
        db.session.add(classroom)
        try:
            db.session.commit()
            return classroom
        except IntegrityError:
            db.session.rollback()
    raise ClassroomError("Could not find a free join code; please try again.")


def create_classroom(teacher: User, name: str) -> Classroom:
    """A new open class of `teacher` named `name`, with a fresh join code."""
    return _save_with_fresh_code(Classroom(teacher_id=teacher.id, name=name.strip()))


def rename_classroom(classroom: Classroom, name: str) -> None:
    """Give the class a new name."""
    classroom.name = name.strip()
    db.session.commit()


def regenerate_code(classroom: Classroom) -> str:
    """Replace the join code (the old one stops working at once)."""
    return _save_with_fresh_code(classroom).join_code


def set_joining(classroom: Classroom, is_open: bool) -> None:
    """Open or close the class to new students."""
    classroom.is_open = is_open
    db.session.commit()


def set_leaderboard(classroom: Classroom, mode: str, top_n: int) -> None:
    """Choose how students see the leaderboard (`LEADERBOARD_MODES`)."""
    if mode not in LEADERBOARD_MODES:
        raise ClassroomError(f"Unknown leaderboard mode {mode!r}.")
    classroom.leaderboard_mode = mode
    classroom.leaderboard_top_n = max(1, min(int(top_n), 100))
    db.session.commit()


def own_classroom(teacher: User, classroom_id: int) -> Classroom | None:
    """The class when `teacher` owns it (admins: any class); else None."""
    classroom = db.session.get(Classroom, classroom_id)
    if classroom is None:
        return None
    if teacher.role == "admin" or classroom.teacher_id == teacher.id:
        return classroom
    return None


@dataclass
class ClassroomRow:
    classroom: Classroom
    students: int
    assignments: int


def teacher_classrooms(teacher: User) -> list[ClassroomRow]:
    """The teacher's classes (an admin's: every class) with their sizes."""
    students = (
        select(func.count(Membership.id))
        .where(Membership.classroom_id == Classroom.id)
        .scalar_subquery()
    )
    assigned = (
        select(func.count(Assignment.id))
        .where(Assignment.classroom_id == Classroom.id)
        .scalar_subquery()
    )
    query = select(Classroom, students, assigned).order_by(Classroom.name)
    if teacher.role != "admin":
        query = query.where(Classroom.teacher_id == teacher.id)
    return [ClassroomRow(c, n, a) for c, n, a in db.session.execute(query)]


# ------------------------------------------------------ members, nicknames


def roster(classroom: Classroom) -> list[User]:
    """The class's students, by nickname."""
    users = db.session.scalars(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.classroom_id == classroom.id)
    ).all()
    return sorted(users, key=lambda u: (u.display_name.lower(), u.id))


def _classmates_nicknames(user: User, classroom_ids: list[int]) -> set[str]:
    if not classroom_ids:
        return set()
    names = db.session.scalars(
        select(User.nickname)
        .join(Membership, Membership.user_id == User.id)
        .where(
            Membership.classroom_id.in_(classroom_ids),
            User.id != user.id,
            User.nickname.is_not(None),
        )
    )
    return {n.casefold() for n in names}


def nickname_problem(user: User, nickname: str, classroom_ids: list[int]) -> str:
    """Why `nickname` cannot be used by `user` in those classes ("" if it can)."""
    if not NICKNAME_RE.match(nickname):
        return (
            "Use 2 to 24 letters, digits, spaces, dots, dashes or apostrophes, "
            "starting with a letter or digit."
        )
    if nickname.casefold() == user.username.casefold():
        return "Choose a nickname that is not your username: classmates see it."
    if _RESERVED.match(nickname):
        return "That name is reserved; please choose another."
    if nickname.casefold() in _classmates_nicknames(user, classroom_ids):
        return "A classmate already uses that nickname; please choose another."
    return ""


def _member_classroom_ids(user: User) -> list[int]:
    return list(
        db.session.scalars(
            select(Membership.classroom_id).where(Membership.user_id == user.id)
        )
    )


def change_nickname(user: User, nickname: str) -> None:
    """Set the name classmates see; ClassroomError when it cannot be used."""
    nickname = " ".join(nickname.split())
    problem = nickname_problem(user, nickname, _member_classroom_ids(user))
    if problem:
        raise ClassroomError(problem)
    user.nickname = nickname
    db.session.commit()


def join_classroom(student: User, code: str, nickname: str | None = None) -> Classroom:
    """Add `student` to the class with join code `code`.

    `nickname` is required when the student has none yet (NicknameNeeded
    otherwise) and replaces theirs when given. ClassroomError says why a code
    cannot be used: unknown, closed, or already a member.
    """
    if student.role != "student":
        raise ClassroomError("Only student accounts join classes.")
    classroom = db.session.scalar(
        select(Classroom).where(Classroom.join_code == normalise_code(code))
    )
    if classroom is None:
        raise ClassroomError("No class has that code; check it with your teacher.")
    if not classroom.is_open:
        raise ClassroomError("That class is closed to new students; ask your teacher.")
    if classroom.id in _member_classroom_ids(student):
        raise ClassroomError(f"You are already in {classroom.name}.")
    nickname = " ".join((nickname or "").split()) or student.nickname
    if not nickname:
        raise NicknameNeeded("Choose a nickname: it is what your classmates see.")
    classes = [*_member_classroom_ids(student), classroom.id]
    problem = nickname_problem(student, nickname, classes)
    if problem:
        raise NicknameNeeded(problem)
    student.nickname = nickname
    db.session.add(Membership(classroom_id=classroom.id, user_id=student.id))
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ClassroomError(f"You are already in {classroom.name}.") from None
    return classroom


def remove_student(classroom: Classroom, user_id: int) -> bool:
    """Take a student out of the class (their answers are kept); False if absent."""
    removed = db.session.execute(
        delete(Membership).where(
            Membership.classroom_id == classroom.id, Membership.user_id == user_id
        )
    ).rowcount
    db.session.commit()
    return bool(removed)


def student_classrooms(student: User) -> list[Classroom]:
    """The classes `student` is in, by name."""
    return list(
        db.session.scalars(
            select(Classroom)
            .join(Membership, Membership.classroom_id == Classroom.id)
            .where(Membership.user_id == student.id)
            .order_by(Classroom.name)
        )
    )


def member_classroom(student: User, classroom_id: int) -> Classroom | None:
    """The class when `student` is in it; None otherwise (a 404)."""
    return db.session.scalar(
        select(Classroom)
        .join(Membership, Membership.classroom_id == Classroom.id)
        .where(Classroom.id == classroom_id, Membership.user_id == student.id)
    )


# ------------------------------------------------------------ leaderboards


@dataclass
class Board:
    rows: list[Standing]
    own: Standing | None
    period: str
    mode: str
    total: int


def leaderboard(classroom: Classroom, viewer: User, period: str = "all") -> Board:
    """The standings `viewer` may see: all for the class's teacher and admins;
    for a student what the class's mode allows, always with their own row."""
    period = period if period in PERIODS else "all"
    standings = class_standings(classroom, period)
    is_staff = viewer.role == "admin" or viewer.id == classroom.teacher_id
    rows = visible_to(
        standings,
        viewer.id,
        classroom.leaderboard_mode,
        classroom.leaderboard_top_n,
        is_staff,
    )
    own = next((s for s in rows if s.is_viewer), None)
    return Board(rows, own, period, classroom.leaderboard_mode, len(standings))


def how_points_work() -> list[str]:
    """The rules of `quizapp.grading.ranking`'s docstring, one string each."""
    text = (ranking.__doc__ or "").split("How points work", 1)[-1]
    text = text.split(":", 1)[-1].replace("**", "")
    rules: list[str] = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- ") or line.startswith("Ties:"):
            rules.append(line.removeprefix("- "))
        elif line and rules:
            rules[-1] += " " + line
    return [r.rstrip(";") for r in rules]


# -------------------------------------------------------------- assignments


def assignable_articles(classroom: Classroom) -> list[Article]:
    """Published articles the class's teacher may assign: the shared packs and
    the teacher's own, not yet assigned to this class."""
    assigned = select(Assignment.article_id).where(
        Assignment.classroom_id == classroom.id
    )
    return list(
        db.session.scalars(
            select(Article)
            .where(
                Article.is_published,
                Article.owner_id.is_(None) | (Article.owner_id == classroom.teacher_id),
                Article.id.not_in(assigned),
            )
            .order_by(Article.title)
        )
    )


def assign(
    classroom: Classroom, article_id: int, due_at: datetime | None = None
) -> Assignment:
    """Assign a published article's exercise set to the class."""
    article = db.session.get(Article, article_id)
    if article is None or article not in assignable_articles(classroom):
        raise ClassroomError("That exercise set cannot be assigned to this class.")
    assignment = Assignment(
        classroom_id=classroom.id, article_id=article.id, due_at=due_at
    )
    db.session.add(assignment)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ClassroomError("That set is already assigned to this class.") from None
    return assignment


def own_assignment(classroom: Classroom, assignment_id: int) -> Assignment | None:
    """The class's assignment with this id; None for another class's."""
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None or assignment.classroom_id != classroom.id:
        return None
    return assignment


def set_due_date(assignment: Assignment, due_at: datetime | None) -> None:
    """Change (or clear) an assignment's due date."""
    assignment.due_at = due_at
    db.session.commit()


def unassign(assignment: Assignment) -> None:
    """Withdraw an assignment (answers already given are kept)."""
    db.session.delete(assignment)
    db.session.commit()


@dataclass
class ClassPage:
    classroom: Classroom
    students: list[User]
    assignable: list[Article]


def class_page(classroom: Classroom) -> ClassPage:
    """What the teacher's class page shows: roster and articles to assign."""
    return ClassPage(classroom, roster(classroom), assignable_articles(classroom))


@dataclass
class AssignmentStatus:
    assignment: Assignment
    status: str  # "due", "done" or "late"
    finished: int  # exercises with a finished attempt
    total: int
    completed_at: datetime | None

    @property
    def label(self) -> str:
        if self.status == "late" and self.completed_at is not None:
            return "done late"
        return {"due": "to do", "done": "done", "late": "late"}[self.status]


def status_of(
    due_at: datetime | None,
    finished_at: list[datetime | None],
    now: datetime,
) -> tuple[str, datetime | None]:
    """ "done", "late" or "due", and when the set was completed: done once every
    exercise has a finished attempt by the due date; late when finished after
    it, or unfinished and past it."""
    complete = bool(finished_at) and all(at is not None for at in finished_at)
    completed_at = max(finished_at) if complete else None  # type: ignore[type-var]
    if complete:
        late = due_at is not None and completed_at > due_at
        return ("late" if late else "done"), completed_at
    return ("late" if due_at is not None and now > due_at else "due"), None


def first_finishes(
    user_ids: list[int], exercise_ids: list[int]
) -> dict[tuple[int, int], datetime]:
    """When each user first finished each exercise, by (user id, exercise id)."""
    if not user_ids or not exercise_ids:
        return {}
    rows = db.session.execute(
        select(Attempt.user_id, Attempt.exercise_id, func.min(Attempt.finished_at))
        .where(
            Attempt.user_id.in_(user_ids),
            Attempt.exercise_id.in_(exercise_ids),
            Attempt.finished_at.is_not(None),
        )
        .group_by(Attempt.user_id, Attempt.exercise_id)
    )
    return {(u, e): at for u, e, at in rows}


def set_exercises(article: Article) -> list[Exercise]:
    """The exercises of an article that count for an assignment."""
    return [e for e in article.exercises if e.is_active and attempt_items(e)]


def student_assignments(
    student: User, now: datetime | None = None
) -> list[AssignmentStatus]:
    """The student's assignments across their classes, soonest due first."""
    now = now or utcnow()
    assignments = db.session.scalars(
        select(Assignment)
        .join(Membership, Membership.classroom_id == Assignment.classroom_id)
        .join(Article, Article.id == Assignment.article_id)
        .where(Membership.user_id == student.id, Article.is_published)
    ).all()
    exercises = {a.id: set_exercises(a.article) for a in assignments}
    finishes = first_finishes(
        [student.id], [e.id for ex in exercises.values() for e in ex]
    )
    result = []
    for a in assignments:
        times = [finishes.get((student.id, e.id)) for e in exercises[a.id]]
        status, completed_at = status_of(a.due_at, times, now)
        finished = sum(t is not None for t in times)
        result.append(AssignmentStatus(a, status, finished, len(times), completed_at))
    # Unfinished first (overdue, then by due date), then the finished ones.
    result.sort(
        key=lambda s: (
            s.completed_at is not None,
            s.status != "late",
            s.assignment.due_at or datetime.max,
            s.assignment.article.title,
        )
    )
    return result
