"""The answer path: an attempt read in one statement, an answer stored in one.

`attempt_state` reads the attempt, its exercise's and article's flags and the
marks of its answers in one SELECT; the items come from the per-version cache
(`snapshots`). `record_answer` then stores an answer in one transaction of at
most six statements: insert the answer (once: the (attempt, item) pair is
unique), add its score to the attempt, keep the best score, mark the practice
day and, when the last item was answered, finish the attempt. Nothing is read
back after the commit; the caller answers from what is in hand.

Integrity: the attempt's score is incremented in SQL, so concurrent answers to
other items add up; a concurrent answer to the same item inserts nothing and
the stored answer is returned, counted once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import make_transient_to_detached

from .. import events
from ..extensions import db
from ..grading import InvalidAnswer, Result, get_checker
from ..models import Answer, Article, Attempt, BestScore, Exercise, PracticeDay, User
from ..models._base import utcnow
from ..models.attempt import verdict
from ._sql import insert_for_dialect
from .answerable import (
    AnswerRefused,
    refusal_for,
    taught_by_owner_clause,
    withdrawn,
)
from .snapshots import ExerciseSnapshot, ItemSpec, exercise_snapshot

__all__ = ["AnswerRefused", "InvalidAnswer", "AttemptState", "Recorded"]


@dataclass(frozen=True, slots=True)
class Mark:
    """What the item page needs of an answer it does not show: its verdict."""

    score: float
    max_score: float
    override_score: float | None

    @property
    def verdict(self) -> str:
        final = self.override_score if self.override_score is not None else self.score
        return verdict(final, self.max_score)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    slug: str
    title: str
    body_md: str


@dataclass(frozen=True, slots=True)
class ExerciseRef:
    id: int
    title: str


@dataclass
class AttemptState:
    """An attempt as the answer path sees it (read by `attempt_state`)."""

    id: int
    user_id: int
    exercise_id: int
    number: int
    started_at: datetime
    finished_at: datetime | None
    score: float
    max_score: float
    article_version: int
    plan: dict | None
    mode: str
    exercise_title: str
    article_slug: str
    article_title: str
    is_withdrawn: bool
    snapshot: ExerciseSnapshot
    #: item id -> mark of every answer the attempt has.
    answered: dict[int, Mark] = field(default_factory=dict)

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def article(self) -> ArticleRef:
        """What the item page shows of the article (title, link, paragraphs)."""
        return ArticleRef(self.article_slug, self.article_title, self.snapshot.body_md)

    @property
    def exercise(self) -> ExerciseRef:
        return ExerciseRef(self.exercise_id, self.exercise_title)

    @property
    def items(self) -> list[ItemSpec]:
        """The attempt's items in order (`attempts.items_for_attempt`)."""
        return self.snapshot.items_for(self.plan)

    def item(self, item_id: int) -> ItemSpec | None:
        """The item when it is of this exercise and drawn for this attempt
        (`library.attempt_item`)."""
        item = self.snapshot.items.get(item_id)
        drawn = (self.plan or {}).get("items")
        if item is None or (drawn is not None and item_id not in drawn):
            return None
        return item

    def next_item(self, answered_too: int | None = None) -> ItemSpec | None:
        """The first item not answered yet (counting `answered_too` as answered)."""
        return next(
            (
                i
                for i in self.items
                if i.id not in self.answered and i.id != answered_too
            ),
            None,
        )

    def option_order(self, item_id: int) -> list[str] | None:
        """The option ids in the order this attempt shows them (None: pack order)."""
        return ((self.plan or {}).get("options") or {}).get(str(item_id))

    def refusal(self, item: ItemSpec) -> AnswerRefused | None:
        """Why this attempt may not take an answer to `item` now, if it may not
        (`answerable.refuse_unanswerable`, from what is in hand)."""
        return refusal_for(
            item.exercise_id == self.exercise_id and item.is_for_learners,
            self.is_withdrawn,
            self.is_finished,
            item.is_active,
        )


_ATTEMPT = (
    Attempt.id,
    Attempt.user_id,
    Attempt.exercise_id,
    Attempt.number,
    Attempt.started_at,
    Attempt.finished_at,
    Attempt.score,
    Attempt.max_score,
    Attempt.article_version,
    Attempt.plan,
    Attempt.mode,
)


def attempt_state(user: User, attempt_id: int) -> AttemptState | None:
    """The user's attempt with everything the answer path needs, in one SELECT;
    None when there is no such attempt or it is someone else's (a 404)."""
    taught = case(
        (Article.owner_id.is_(None), None),
        else_=taught_by_owner_clause(Attempt.user_id, Article.owner_id),
    )
    rows = db.session.execute(
        select(
            *_ATTEMPT,
            Exercise.title,
            Exercise.is_active,
            Article.slug,
            Article.title,
            Article.is_published,
            Article.owner_id,
            Article.version,
            Article.updated_at,
            taught,
            Answer.item_id,
            Answer.score,
            Answer.max_score,
            Answer.override_score,
        )
        .join(Exercise, Exercise.id == Attempt.exercise_id)
        .join(Article, Article.id == Exercise.article_id)
        .outerjoin(Answer, Answer.attempt_id == Attempt.id)
        .where(Attempt.id == attempt_id, Attempt.user_id == user.id)
    ).all()
    if not rows:
        return None
    first = rows[0]
    (title, active, slug, article_title, published, owner_id, version, updated) = first[
        len(_ATTEMPT) : len(_ATTEMPT) + 8
    ]
    is_withdrawn = withdrawn(
        active, published, owner_id, user.id, user.role == "admin", first[-5]
    )
    return AttemptState(
        *first[: len(_ATTEMPT)],
        exercise_title=title,
        article_slug=slug,
        article_title=article_title,
        is_withdrawn=is_withdrawn,
        snapshot=exercise_snapshot(first.exercise_id, (version, updated)),
        answered={
            row[-4]: Mark(row[-3], row[-2], row[-1])
            for row in rows
            if row[-4] is not None
        },
    )


def stored_answer(attempt_id: int, item_id: int) -> Answer | None:
    """The answer the attempt has for the item (one SELECT)."""
    return db.session.scalar(
        select(Answer).where(Answer.attempt_id == attempt_id, Answer.item_id == item_id)
    )


def grade(item: ItemSpec, snapshot: ExerciseSnapshot, response: dict) -> Result:
    """Grade a parsed response against the item's published spec."""
    checker = get_checker(item.type)
    spec = item.spec
    if checker.needs_article_text:
        spec = {**spec, "source_text": snapshot.article_text}
    return checker.check(spec, response)


@dataclass
class Recorded:
    answer: Answer
    is_new: bool  # False when this item had already been answered
    finished: bool = False  # True when this answer finished the attempt


def record_answer(
    state: AttemptState, item: ItemSpec, data: dict[str, Any]
) -> Recorded:
    """Grade and store the answer to `item` in the attempt, exactly once.

    Raises AnswerRefused when the attempt may not take it and InvalidAnswer when
    the data does not fit the item; either way nothing is stored. An item
    already answered returns the stored answer (`is_new` False)."""
    if item.id in state.answered:
        return Recorded(stored_answer(state.id, item.id), is_new=False)
    refusal = state.refusal(item)
    if refusal is not None:
        raise refusal
    checker = get_checker(item.type)
    response = checker.parse_answer(data)
    result = grade(item, state.snapshot, response)
    now = utcnow()
    values = dict(
        attempt_id=state.id,
        item_id=item.id,
        response=response,
        score=result.score,
        max_score=result.max_score,
        feedback=result.feedback,
        details=result.details,
        graded_spec=item.spec,
        skill=item.skill,
        answered_at=now,
    )
    try:
        answer_id = _insert_answer(values)
        if answer_id is None:  # a concurrent request stored it first
            db.session.rollback()
            return Recorded(stored_answer(state.id, item.id), is_new=False)
        score, max_score = _add_to_attempt(state.id, result)
        _keep_best(state, score, max_score, now)
        mark_practice_day(state.user_id, now)
        finished = _finish_if_last(state, item, result, max_score, now)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    answer = _persistent(
        Answer,
        id=answer_id,
        override_score=None,
        override_comment=None,
        overridden_by_id=None,
        overridden_at=None,
        **values,
    )
    events.answer_recorded.send(answer=answer)
    state.answered[item.id] = Mark(result.score, result.max_score, None)
    state.score, state.max_score = score, max_score
    if finished:
        state.finished_at = now
        events.attempt_finished.send(attempt=_attempt_of(state))
    return Recorded(answer, is_new=True, finished=finished)


def _insert_answer(values: dict) -> int | None:
    insert = insert_for_dialect(Answer).values(**values)
    return db.session.scalar(
        insert.on_conflict_do_nothing(
            index_elements=["attempt_id", "item_id"]
        ).returning(Answer.id)
    )


def _add_to_attempt(attempt_id: int, result: Result) -> tuple[float, float]:
    """Increment in SQL so concurrent answers to other items cannot lose updates;
    returns the attempt's score and max score after it."""
    return db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt_id)
        .values(
            score=Attempt.score + result.score,
            max_score=Attempt.max_score + result.max_score,
        )
        .returning(Attempt.score, Attempt.max_score)
    ).one()


def _keep_best(state: AttemptState, score: float, max_score: float, now) -> None:
    db.session.execute(
        best_score_upsert(
            state.user_id, state.exercise_id, state.id, score, max_score, now
        )
    )


def best_score_upsert(user_id, exercise_id, attempt_id, score, max_score, now):
    """The statement keeping a user's best score at an exercise: the attempt
    takes the row when it scores higher, and updates it as it goes when it
    already holds it."""
    insert = insert_for_dialect(BestScore).values(
        user_id=user_id,
        exercise_id=exercise_id,
        attempt_id=attempt_id,
        score=score,
        max_score=max_score,
        achieved_at=now,
    )
    return insert.on_conflict_do_update(
        index_elements=["user_id", "exercise_id"],
        set_={
            "attempt_id": insert.excluded.attempt_id,
            "score": insert.excluded.score,
            "max_score": insert.excluded.max_score,
            "achieved_at": insert.excluded.achieved_at,
        },
        where=or_(
            insert.excluded.score > BestScore.score,
            insert.excluded.attempt_id == BestScore.attempt_id,
        ),
    )


def mark_practice_day(user_id: int, now=None) -> None:
    """Record that the user practised today (once per day, inside the caller's
    transaction)."""
    day = (now or utcnow()).date()
    insert = insert_for_dialect(PracticeDay).values(user_id=user_id, day=day)
    db.session.execute(insert.on_conflict_do_nothing(index_elements=["user_id", "day"]))


def _finish_if_last(
    state: AttemptState, item: ItemSpec, result: Result, max_score: float, now
) -> bool:
    """Finish the attempt when every item has an answer. What the attempt had
    when it was read decides, unless its max score shows that a concurrent
    answer arrived meanwhile: then the database counts (inside this
    transaction, after the attempt row's lock, so one of them finishes it)."""
    items = [i.id for i in state.items]
    known = sum(m.max_score for m in state.answered.values()) + result.max_score
    raced = abs(known - max_score) > 1e-9
    if not raced and state.next_item(answered_too=item.id) is not None:
        return False
    answered = (
        select(func.count(func.distinct(Answer.item_id)))
        .where(Answer.attempt_id == state.id, Answer.item_id.in_(items))
        .scalar_subquery()
    )
    finished = db.session.execute(
        update(Attempt)
        .where(
            and_(
                Attempt.id == state.id,
                Attempt.finished_at.is_(None),
                answered == len(items),
            )
        )
        .values(finished_at=now)
    )
    return bool(finished.rowcount)


def _persistent(model, **values):
    """A persistent instance of `model` from values in hand, without a SELECT:
    what listeners of the domain events receive (relationships load on use)."""
    obj = model(**values)
    make_transient_to_detached(obj)
    return db.session.merge(obj, load=False)


def _attempt_of(state: AttemptState) -> Attempt:
    return _persistent(
        Attempt,
        **{column.key: getattr(state, column.key) for column in _ATTEMPT},
    )
