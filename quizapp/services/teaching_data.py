"""A teacher's (or admin's) own work in their personal-data download: what is
stored by owner, teacher, host or overriding-teacher id rather than by user id.

- **Articles** they own (slug, title, version, published, created, updated)
  with the number of exercises and items students see, and each **exercise**
  with its number of items. The items themselves are not listed: the
  **drafts** they come from hold the whole exercise set as the teacher wrote
  it (the pack as plain data: article, exercises, items with their answers
  and feedback, and the items deleted but still undoable), which is the copy
  of their work a teacher expects; the items' stored specs are the same
  content in the checkers' form.
- **Classes** they teach: name, open or closed, number of students,
  leaderboard and ranking settings, time zone, the LMS course mapped to it.
  Never the join code: it is a credential that lets anyone join the class,
  not data about the teacher, and a file kept on a laptop must not carry it
  (the class page shows it). Never the roster: students' names are theirs.
- **Assignments** they set (class, article, due date, when) and **live games**
  they hosted (when, article, exercises, questions, players as a number, the
  words they blocked). Never a game's PIN (a credential) or players' names.
- **Grades they changed**: the answers whose standing grade is theirs (item,
  attempt and answer ids, automatic score, their grade, their comment, when).
  The student is named by none of it: a student's download shows the
  teacher's grade and comment without the teacher's name, and a teacher's
  shows their act without the student's; the attempt and answer ids find the
  answer in the app while they may see it, and match the student's own rows.
- **LMS platforms they registered** (name, issuer, when, still registered):
  platforms have no owner column, so this reads the audit log's registrations
  by them. Never a client id, deployment id, key or token. LMS resource links
  and line items are the LMS's records of its courses, not anyone's data.
- **Their actions on others** from the audit log (when, event, from which
  address, the object's type and id): grade changes and their history,
  password resets issued, removals, imports, settings. Not the other person's
  name and not the event's details (they may hold a platform's client id).

Tables that hold no user reference (items, exercises, line items, the tool's
keys, LTI launch values, site and LRS settings) are personal data of nobody;
the LRS password is a secret and never listed.
"""

from __future__ import annotations

import json

from sqlalchemy import and_, exists, func, or_, select

from ..extensions import db
from ..models import (
    Answer,
    Article,
    Assignment,
    AuditEvent,
    Classroom,
    Draft,
    Exercise,
    Item,
    LiveGame,
    LivePlayer,
    LtiContext,
    LtiPlatform,
    Membership,
    User,
)
from . import audit


def work_rows(user: User) -> dict[str, list[dict]]:
    """The sections of `user`'s own work, each a list of rows (empty when they
    have none)."""
    return {
        **_content(user),
        **_teaching(user),
        **_live_games(user),
        "grades_changed": _grades_changed(user),
        **_actions(user),
    }


def has_work(user: User) -> bool:
    """Whether anything is stored as `user`'s work (a former teacher's is kept
    when an admin makes them a student), in one statement."""
    return bool(
        db.session.scalar(
            select(
                or_(
                    exists().where(Article.owner_id == user.id),
                    exists().where(Draft.owner_id == user.id),
                    exists().where(Classroom.teacher_id == user.id),
                    exists().where(LiveGame.host_id == user.id),
                    exists().where(Answer.overridden_by_id == user.id),
                    exists().where(_acted_on_others(user)),
                )
            )
        )
    )


def _acted_on_others(user: User):
    return and_(
        AuditEvent.actor_id == user.id,
        or_(AuditEvent.subject_id.is_(None), AuditEvent.subject_id != user.id),
    )


def _when(value) -> str:
    return value.isoformat() if value else ""


def _content(user: User) -> dict[str, list[dict]]:
    """Articles they own with their exercises, and their drafts."""
    items = (
        select(func.count(Item.id))
        .where(Item.exercise_id == Exercise.id, Item.is_active)
        .scalar_subquery()
    )
    exercises = [
        {
            "article": slug,
            "exercise": exercise.slug,
            "kind": exercise.kind,
            "title": exercise.title,
            "position": exercise.position,
            "active": exercise.is_active,
            "drawn_per_attempt": ""
            if exercise.draw_count is None
            else exercise.draw_count,
            "items": count,
        }
        for exercise, slug, count in db.session.execute(
            select(Exercise, Article.slug, items)
            .join(Article, Article.id == Exercise.article_id)
            .where(Article.owner_id == user.id)
            .order_by(Article.id, Exercise.position, Exercise.id)
        )
    ]
    counts: dict[str, list[int]] = {}
    for row in exercises:
        if row["active"]:
            totals = counts.setdefault(row["article"], [0, 0])
            totals[0] += 1
            totals[1] += row["items"]
    articles = [
        {
            "article": article.slug,
            "title": article.title,
            "version": article.version,
            "published": article.is_published,
            "exercises": counts.get(article.slug, [0, 0])[0],
            "items": counts.get(article.slug, [0, 0])[1],
            "created_at": _when(article.created_at),
            "updated_at": _when(article.updated_at),
        }
        for article in db.session.scalars(
            select(Article).where(Article.owner_id == user.id).order_by(Article.id)
        )
    ]
    drafts = [
        {
            "draft": draft.slug,
            "title": str((draft.data or {}).get("meta", {}).get("title", "")),
            "published_as": slug or "",
            "created_at": _when(draft.created_at),
            "updated_at": _when(draft.updated_at),
            "exercise_set": json.dumps(draft.data, ensure_ascii=False),
            "deleted_items": json.dumps(draft.deleted_items or [], ensure_ascii=False),
        }
        for draft, slug in db.session.execute(
            select(Draft, Article.slug)
            .outerjoin(Article, Article.id == Draft.article_id)
            .where(Draft.owner_id == user.id)
            .order_by(Draft.id)
        )
    ]
    return {"articles": articles, "exercises": exercises, "drafts": drafts}


def _teaching(user: User) -> dict[str, list[dict]]:
    """The classes they teach (no join code, no roster) and their assignments."""
    students = (
        select(func.count(Membership.id))
        .where(Membership.classroom_id == Classroom.id)
        .scalar_subquery()
    )
    classes = [
        {
            "class": classroom.name,
            "open_for_joining": classroom.is_open,
            "students": count,
            "leaderboard": classroom.leaderboard_mode,
            "leaderboard_top_n": classroom.leaderboard_top_n,
            "ranking": classroom.ranking,
            "time_zone": classroom.time_zone,
            "lms_course": course or "",
            "created_at": _when(classroom.created_at),
        }
        for classroom, count, course in db.session.execute(
            select(Classroom, students, LtiContext.title)
            .outerjoin(LtiContext, LtiContext.classroom_id == Classroom.id)
            .where(Classroom.teacher_id == user.id)
            .order_by(Classroom.id)
        )
    ]
    assignments = [
        {
            "class": class_name,
            "article": title,
            "due_at": _when(assignment.due_at),
            "assigned_at": _when(assignment.created_at),
        }
        for assignment, class_name, title in db.session.execute(
            select(Assignment, Classroom.name, Article.title)
            .join(Classroom, Classroom.id == Assignment.classroom_id)
            .join(Article, Article.id == Assignment.article_id)
            .where(Classroom.teacher_id == user.id)
            .order_by(Assignment.id)
        )
    ]
    return {"classes_taught": classes, "assignments_set": assignments}


def _live_games(user: User) -> dict[str, list[dict]]:
    """The live games they hosted: no PIN, players as a number."""
    players = (
        select(func.count(LivePlayer.id))
        .where(LivePlayer.game_id == LiveGame.id)
        .scalar_subquery()
    )
    hosted = list(
        db.session.execute(
            select(LiveGame, Article.title, Classroom.name, players)
            .join(Article, Article.id == LiveGame.article_id)
            .outerjoin(Classroom, Classroom.id == LiveGame.classroom_id)
            .where(LiveGame.host_id == user.id)
            .order_by(LiveGame.id)
        )
    )
    item_ids = {q["item_id"] for game, *_ in hosted for q in game.questions or []}
    exercise_of = dict(
        db.session.execute(
            select(Item.id, Exercise.title)
            .join(Exercise, Exercise.id == Item.exercise_id)
            .where(Item.id.in_(item_ids))
        ).all()
        if item_ids
        else {}
    )
    games = [
        {
            "game": game.id,
            "article": title,
            "exercises": "; ".join(
                dict.fromkeys(
                    exercise_of[q["item_id"]]
                    for q in game.questions or []
                    if q["item_id"] in exercise_of
                )
            ),
            "class": class_name or "",
            "questions": len(game.questions or []),
            "players": count,
            "seconds_per_question": game.time_limit or "",
            "speed_bonus": game.is_speed_bonus,
            "blocked_words": "; ".join(game.blocked_words or []),
            "state": game.state,
            "created_at": _when(game.created_at),
            "finished_at": _when(game.finished_at),
        }
        for game, title, class_name, count in hosted
    ]
    return {"live_games_hosted": games}


def _grades_changed(user: User) -> list[dict]:
    """The answers whose standing grade is theirs; the student is not named."""
    return [
        {
            "answer": answer.id,
            "attempt": answer.attempt_id,
            "article": title,
            "exercise": exercise_title,
            "item": key,
            "automatic_score": answer.score,
            "teacher_grade": answer.override_score,
            "max_score": answer.max_score,
            "comment": answer.override_comment or "",
            "changed_at": _when(answer.overridden_at),
        }
        for answer, key, exercise_title, title in db.session.execute(
            select(Answer, Item.key, Exercise.title, Article.title)
            .join(Item, Item.id == Answer.item_id)
            .join(Exercise, Exercise.id == Item.exercise_id)
            .join(Article, Article.id == Exercise.article_id)
            .where(Answer.overridden_by_id == user.id)
            .order_by(Answer.id)
        )
    ]


def _actions(user: User) -> dict[str, list[dict]]:
    """The LMS platforms they registered and what they did to others or to the
    site, from the audit log (their own account's events are listed apart)."""
    platforms = [
        {
            "platform": name if issuer == (event.details or {}).get("issuer") else "",
            "issuer": str((event.details or {}).get("issuer", "")),
            "registered_at": _when(event.created_at),
            "still_registered": issuer == (event.details or {}).get("issuer"),
        }
        for event, name, issuer in db.session.execute(
            select(AuditEvent, LtiPlatform.name, LtiPlatform.issuer)
            .outerjoin(
                LtiPlatform,
                and_(
                    AuditEvent.object_type == "lti_platform",
                    AuditEvent.object_id == LtiPlatform.id,
                ),
            )
            .where(AuditEvent.actor_id == user.id, AuditEvent.action == "lti.register")
            .order_by(AuditEvent.id)
        )
    ]
    actions = [
        {
            "when": event.created_at.isoformat(),
            "event": audit.ACTIONS.get(event.action, event.action),
            "object": event.object_type or "",
            "object_id": "" if event.object_id is None else event.object_id,
            "from": event.client_address or "",
        }
        for event in db.session.scalars(
            select(AuditEvent).where(_acted_on_others(user)).order_by(AuditEvent.id)
        )
    ]
    return {"lms_platforms_registered": platforms, "actions": actions}
