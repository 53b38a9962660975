"""After a live game: the podium, per-question difficulty, per-player results,
the CSV, and the purge of guests' results after the retention period (class
members' "live" attempts are recorded as the game goes: `live_record`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, select

from ..extensions import db
from ..grading.claims import LABELS
from ..models import (
    Item,
    LiveAnswer,
    LiveGame,
    LivePlayer,
)
from ..models._base import utcnow
from .live_state import ranking
from .reports import _claim_kind, safe_cell


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
