"""After a live game: the podium, per-question difficulty, per-player results,
the CSV, class members' results recorded as "live" attempts, and the purge of
guests' results after the retention period.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, func, select, update

from ..extensions import db
from ..grading.claims import LABELS
from ..models import (
    Answer,
    Attempt,
    Item,
    LiveAnswer,
    LiveGame,
    LivePlayer,
)
from ..models._base import utcnow
from .answering import mark_practice_day
from .attempts import record_best
from .live_state import ranking
from .reports import _claim_kind, safe_cell


def record_results(game: LiveGame) -> int:
    """Store each class member's answers as one finished "live" attempt per
    exercise, so progress, leaderboards and reports count them like any other
    attempt; every question of the exercise the game showed counts in the
    maximum (a missed question scores 0). Guests' results stay in the game.
    Idempotent; returns how many attempts it made."""
    claimed = db.session.execute(
        update(LiveGame)
        .where(LiveGame.id == game.id, LiveGame.is_recorded.is_(False))
        .values(is_recorded=True)
    )
    if claimed.rowcount != 1 or not game.is_for_class:
        db.session.commit()
        return 0
    asked: dict[int, list[int]] = {}
    for q in game.questions[: game.question_index + 1]:
        if not q["discuss"]:
            item = db.session.get(Item, q["item_id"])
            asked.setdefault(item.exercise_id, []).append(item.id)
    made = 0
    members = [p for p in game.players if p.user_id is not None and not p.is_removed]
    for player in members:
        answers = {
            a.item_id: a
            for a in db.session.scalars(
                select(LiveAnswer).where(LiveAnswer.player_id == player.id)
            )
        }
        for exercise_id, item_ids in asked.items():
            mine = [answers[i] for i in item_ids if i in answers]
            if not mine:
                continue
            _store_attempt(player.user_id, exercise_id, item_ids, mine, game)
            made += 1
        if made:
            mark_practice_day(player.user_id)
    db.session.commit()
    return made


def _store_attempt(user_id, exercise_id, item_ids, answers, game) -> None:
    last = db.session.scalar(
        select(func.max(Attempt.number)).where(
            Attempt.user_id == user_id, Attempt.exercise_id == exercise_id
        )
    )
    now = utcnow()
    attempt = Attempt(
        user_id=user_id,
        exercise_id=exercise_id,
        number=(last or 0) + 1,
        started_at=game.created_at,
        finished_at=now,
        score=sum(a.fraction for a in answers),
        max_score=float(len(item_ids)),
        article_version=game.article.version,
        mode="live",
    )
    db.session.add(attempt)
    db.session.flush()
    for live in answers:
        item = db.session.get(Item, live.item_id)
        db.session.add(
            Answer(
                attempt_id=attempt.id,
                item_id=item.id,
                response=live.response,
                score=live.fraction,
                max_score=1.0,
                feedback=live.feedback,
                details=live.details,
                graded_spec=item.spec,
                skill=item.skill,
                answered_at=live.answered_at,
            )
        )
    db.session.flush()
    record_best(attempt.id)


@dataclass
class QuestionResult:
    """How the class did on one question."""

    number: int
    item: Item
    discuss: bool
    answered: int = 0
    correct: int = 0
    missed_kinds: Counter = field(default_factory=Counter)

    @property
    def share_correct(self) -> float | None:
        return self.correct / self.answered if self.answered else None

    @property
    def title(self) -> str:
        return self.item.spec.get("prompt") or self.item.spec.get("quote", "")


@dataclass
class GameResults:
    game: LiveGame
    ranked: list
    questions: list[QuestionResult]
    per_player: dict[int, dict[int, LiveAnswer]]
    missed_kinds: Counter

    @property
    def podium(self):
        return [r for r in self.ranked if r.rank <= 3][:5]

    @property
    def hardest(self) -> list[QuestionResult]:
        """Answered questions, the least often right first."""
        asked = [q for q in self.questions if not q.discuss and q.answered]
        return sorted(asked, key=lambda q: (q.share_correct, q.number))


def game_results(game: LiveGame) -> GameResults:
    """Everything the results page and the CSV show."""
    answers = db.session.scalars(
        select(LiveAnswer).where(LiveAnswer.game_id == game.id)
    ).all()
    per_player: dict[int, dict[int, LiveAnswer]] = {}
    for a in answers:
        per_player.setdefault(a.player_id, {})[a.question_index] = a
    questions = [
        QuestionResult(n + 1, db.session.get(Item, q["item_id"]), q["discuss"])
        for n, q in enumerate(game.questions)
    ]
    missed = Counter()
    for a in answers:
        result = questions[a.question_index]
        result.answered += 1
        if a.fraction >= 1.0:
            result.correct += 1
        elif result.item.type == "claim":
            kind = _claim_kind(result.item.spec)
            result.missed_kinds[kind] += 1
            missed[kind] += 1
    return GameResults(game, ranking(game), questions, per_player, missed)


def results_csv(game: LiveGame) -> tuple[str, bytes]:
    """(file name, CSV bytes): one row per player, one column per question."""
    results = game_results(game)
    out = io.StringIO()
    writer = csv.writer(out)
    asked = [q for q in results.questions if not q.discuss]
    writer.writerow(
        ["rank", "nickname", "points", "correct"]
        + [f"Q{q.number} ({q.item.key})" for q in asked]
    )
    for r in results.ranked:
        mine = results.per_player.get(r.player_id, {})
        cells = []
        for q in asked:
            a = mine.get(q.number - 1)
            cells.append("" if a is None else _answer_text(q.item, a))
        writer.writerow([r.rank, safe_cell(r.name), r.score, r.correct] + cells)
    name = f"live-game-{game.id}-{game.article.slug}.csv"
    return name, out.getvalue().encode("utf-8-sig")


def _answer_text(item: Item, answer: LiveAnswer) -> str:
    verdict = "right" if answer.fraction >= 1 else "wrong"
    if answer.fraction and answer.fraction < 1:
        verdict = "partial"
    response = answer.response
    if "label" in response:
        chosen = LABELS.get(response["label"], response["label"])
    else:
        texts = {o["id"]: o["text"] for o in item.spec.get("options") or []}
        ids = response.get("choices") or [response.get("choice")]
        chosen = " + ".join(texts.get(i, str(i)) for i in ids)
    return safe_cell(f"{verdict}: {chosen} ({answer.points} pts)")


def purge_guests(now=None) -> int:
    """Delete guests' nicknames and answers from games that ended more than
    LIVE_GUEST_RETENTION_DAYS ago (the `flask live sweep` command); returns
    how many guests were deleted."""
    now = now or utcnow()
    days = current_app.config["LIVE_GUEST_RETENTION_DAYS"]
    old_games = select(LiveGame.id).where(
        LiveGame.finished_at.is_not(None),
        LiveGame.finished_at < now - timedelta(days=days),
    )
    guests = select(LivePlayer.id).where(
        LivePlayer.game_id.in_(old_games), LivePlayer.user_id.is_(None)
    )
    ids = list(db.session.scalars(guests))
    if ids:
        db.session.execute(delete(LiveAnswer).where(LiveAnswer.player_id.in_(ids)))
        db.session.execute(delete(LivePlayer).where(LivePlayer.id.in_(ids)))
    db.session.commit()
    return len(ids)
