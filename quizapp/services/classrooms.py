"""Classes: creating them, join codes, members and nicknames, and leaderboard
settings. A teacher reaches only their own classes (an admin all):
`own_classroom` returns None for anyone else's, which views turn into a 404.
Assignments are in `assignments`, the leaderboards themselves in `standings`."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..grading.ranking import RANKINGS
from ..models import (
    LEADERBOARD_MODES,
    Assignment,
    Classroom,
    Membership,
    User,
)
from ..timezones import is_zone

#: Join-code characters: no 0/O or 1/I/L, which read alike on a board.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
NICKNAME_RE = re.compile(r"^[\w][\w .'-]{0,22}[\w.]$")
_RESERVED = re.compile(r"^(student\s*\d+|a classmate|teacher|admin)$", re.IGNORECASE)


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


def create_classroom(teacher: User, name: str, time_zone: str = "UTC") -> Classroom:
    """A new open class of `teacher` named `name`, with a fresh join code; due
    dates are shown in `time_zone` (an IANA name, e.g. the server's)."""
    if not is_zone(time_zone):
        time_zone = "UTC"
    return _save_with_fresh_code(
        Classroom(teacher_id=teacher.id, name=name.strip(), time_zone=time_zone)
    )


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


def set_leaderboard(
    classroom: Classroom,
    mode: str,
    top_n: int,
    ranking: str | None = None,
    min_items: int | None = None,
) -> None:
    """Choose how students see the leaderboard (`LEADERBOARD_MODES`) and, when
    given, how it ranks (`grading.ranking.RANKINGS`) with the accuracy ranking's
    minimum number of items."""
    if mode not in LEADERBOARD_MODES:
        raise ClassroomError(f"Unknown leaderboard mode {mode!r}.")
    if ranking and ranking not in RANKINGS:
        raise ClassroomError(f"Unknown ranking {ranking!r}.")
    classroom.leaderboard_mode = mode
    classroom.leaderboard_top_n = max(1, min(int(top_n), 100))
    if ranking:
        classroom.ranking = ranking
    if min_items:
        classroom.ranking_min_items = max(1, min(int(min_items), 1000))
    db.session.commit()


def set_time_zone(classroom: Classroom, time_zone: str) -> None:
    """Show and enter the class's due dates in `time_zone` (an IANA name)."""
    if not is_zone(time_zone):
        raise ClassroomError(f"Unknown time zone {time_zone!r}.")
    classroom.time_zone = time_zone
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


def student_time_zone(student: User, default: str) -> str:
    """The zone a student's own times are shown in: their class's (the first
    by name when they are in several), else `default`."""
    zone_name = db.session.scalar(
        select(Classroom.time_zone)
        .join(Membership, Membership.classroom_id == Classroom.id)
        .where(Membership.user_id == student.id)
        .order_by(Classroom.name)
        .limit(1)
    )
    return zone_name or default


def member_classroom(student: User, classroom_id: int) -> Classroom | None:
    """The class when `student` is in it; None otherwise (a 404)."""
    return db.session.scalar(
        select(Classroom)
        .join(Membership, Membership.classroom_id == Classroom.id)
        .where(Classroom.id == classroom_id, Membership.user_id == student.id)
    )
