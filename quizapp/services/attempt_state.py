"""An attempt as the answer path reads it: one SELECT for the attempt, its
exercise's and article's flags (withdrawn or not) and the marks of its answers;
the items come from the per-version cache (`snapshots`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, case, select

from ..extensions import db
from ..models import Answer, Article, Attempt, Exercise, User
from ..models.attempt import verdict
from ._sql import run
from .answerable import AnswerRefused, refusal_for, taught_by_owner_clause, withdrawn
from .snapshots import ExerciseSnapshot, ItemSpec, exercise_snapshot


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


ATTEMPT_COLUMNS = (
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


def _build_state_query():
    taught = case(
        (Article.owner_id.is_(None), None),
        else_=taught_by_owner_clause(Attempt.user_id, Article.owner_id),
    )
    return (
        select(
            *ATTEMPT_COLUMNS,
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
        .where(
            Attempt.id == bindparam("attempt_id"),
            Attempt.user_id == bindparam("user_id"),
        )
    )


#: Built once: each request binds the attempt and the user.
_STATE_QUERY = _build_state_query()
_STORED_ANSWER = select(Answer).where(
    Answer.attempt_id == bindparam("attempt_id"), Answer.item_id == bindparam("item_id")
)


def attempt_state(user: User, attempt_id: int) -> AttemptState | None:
    """The user's attempt with everything the answer path needs, in one SELECT;
    None when there is no such attempt or it is someone else's (a 404)."""
    rows = run(_STATE_QUERY, {"attempt_id": attempt_id, "user_id": user.id}).all()
    if not rows:
        return None
    first = rows[0]
    (title, active, slug, article_title, published, owner_id, version, updated) = first[
        len(ATTEMPT_COLUMNS) : len(ATTEMPT_COLUMNS) + 8
    ]
    is_withdrawn = withdrawn(
        active, published, owner_id, user.id, user.role == "admin", first[-5]
    )
    return AttemptState(
        *first[: len(ATTEMPT_COLUMNS)],
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
    return db.session.scalars(
        _STORED_ANSWER, {"attempt_id": attempt_id, "item_id": item_id}
    ).first()
