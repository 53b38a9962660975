"""What a live game's screens are told: one "state" event describes the whole
current state (so a reconnecting screen needs nothing else), and each player's
copy carries their own score and rank.

The answer key (right options, cue words, explanation) is in the event only
once the question is closed (the reveal and after).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..extensions import db
from ..grading import get_checker
from ..grading import live as rules
from ..models import Exercise, Item, LiveAnswer, LiveGame, LivePlayer

TOP = 5


def ranking(game: LiveGame) -> list[rules.Ranked]:
    """The game's players (not removed) ranked by the rules."""
    rows = db.session.execute(
        select(
            LivePlayer.id, LivePlayer.nickname, LivePlayer.score, LivePlayer.correct
        ).where(LivePlayer.game_id == game.id, LivePlayer.is_removed.is_(False))
    ).all()
    return rules.rank_players([tuple(r) for r in rows])


def answers_to(game: LiveGame, index: int) -> list[LiveAnswer]:
    return list(
        db.session.scalars(
            select(LiveAnswer).where(
                LiveAnswer.game_id == game.id, LiveAnswer.question_index == index
            )
        )
    )


def answer_key(item: Item) -> dict[str, Any]:
    """The right answer, cue words and explanation of an item (reveal only)."""
    spec = item.spec
    if item.type == "claim":
        correct = [spec.get("label")]
    else:
        correct = [o["id"] for o in spec.get("options") or [] if o.get("correct")]
    cues = [c["text"] if isinstance(c, dict) else c for c in spec.get("cues") or []]
    return {
        "correct": correct,
        "cues": cues,
        "explanation": spec.get("explanation", ""),
        "evidence": [
            e["text"] if isinstance(e, dict) else e for e in spec.get("evidence") or []
        ],
        "key_points": [p.get("label", "") for p in spec.get("key_points") or []],
    }


def question_view(item: Item, discuss: bool) -> dict[str, Any]:
    """What players see of a question before it closes: never the answer key."""
    view = get_checker(item.type).public_view(item.spec)
    exercise = db.session.get(Exercise, item.exercise_id)
    options = view.get("options") or view.get("choices") or []
    return {
        "item_type": item.type,
        "discuss": discuss,
        "exercise": exercise.title,
        "prompt": view.get("prompt") or "Sort this sentence:",
        "quote": view.get("quote"),
        "citation": view.get("citation"),
        "multiple": item.type == "multiple_select",
        "options": [{"id": o["id"], "text": o["text"]} for o in options],
    }


def state_event(
    game: LiveGame, with_scores: bool = False, player: LivePlayer | None = None
) -> dict[str, Any]:
    """The game's state as one event. `with_scores` adds every player's score
    and rank under "scores" (the stream keeps only the reader's); `player`
    adds that player's own figures under "you" instead."""
    from .live_games import current_question, ts, utcnow_ts

    event: dict[str, Any] = {
        "type": "state",
        "seq": game.seq,
        "state": game.state,
        "index": game.question_index,
        "total": len(game.questions),
        "paused": game.is_paused,
        "time_limit": game.time_limit,
        "closes_in_ms": None,
        "pin": game.pin,
    }
    question = current_question(game)
    if game.closes_at is not None:
        left = ts(game.closes_at) - utcnow_ts()
        event["closes_in_ms"] = max(int(left * 1000), 0)
    elif game.is_paused and game.remaining is not None:
        event["remaining_ms"] = int(game.remaining * 1000)
    item = db.session.get(Item, question["item_id"]) if question else None
    if item is not None and game.state in ("question", "reveal", "leaderboard"):
        event["question"] = question_view(item, question["discuss"])
    answers = []
    if item is not None and game.state in ("reveal", "leaderboard"):
        answers = answers_to(game, game.question_index)
        event["reveal"] = {
            **answer_key(item),
            "distribution": rules.distribution(
                [o["id"] for o in event["question"]["options"]],
                [a.response for a in answers],
            ),
            "answered": len(answers),
        }
    needs_ranks = game.state in ("reveal", "leaderboard", "finished")
    ranked = ranking(game) if needs_ranks else []
    event["players"] = len(ranked) if needs_ranks else player_count(game)
    if needs_ranks:
        event["top"] = [
            {"name": r.name, "score": r.score, "rank": r.rank} for r in ranked[:TOP]
        ]
    by_player = {a.player_id: a for a in answers}
    if with_scores and needs_ranks:
        event["scores"] = {
            str(r.player_id): _figures(r, by_player.get(r.player_id)) for r in ranked
        }
    if player is not None:
        own = next((r.rank for r in ranked if r.player_id == player.id), None)
        event["you"] = own_figures(game, player, own or own_rank(game, player))
    return event


def own_rank(game: LiveGame, player: LivePlayer) -> int:
    """The player's rank by the rules' order, counted in the database (a
    reconnecting screen need not rank the whole game)."""
    ahead = db.session.scalar(
        select(func.count(LivePlayer.id)).where(
            LivePlayer.game_id == game.id,
            LivePlayer.is_removed.is_(False),
            (LivePlayer.score > player.score)
            | (
                (LivePlayer.score == player.score)
                & (LivePlayer.correct > player.correct)
            ),
        )
    )
    return ahead + 1


def _figures(ranked: rules.Ranked, answer: LiveAnswer | None) -> list:
    """[score, rank, points gained, fraction or None, response or None]."""
    if answer is None:
        return [ranked.score, ranked.rank, 0, None, None]
    return [ranked.score, ranked.rank, answer.points, answer.fraction, answer.response]


def own_figures(game: LiveGame, player: LivePlayer, rank: int | None):
    """A player's own block of a state event ("you")."""
    answer = db.session.scalar(
        select(LiveAnswer).where(
            LiveAnswer.player_id == player.id,
            LiveAnswer.question_index == game.question_index,
        )
    )
    figures = {
        "id": player.id,
        "name": player.nickname,
        "score": player.score,
        "rank": rank,
        "answered": answer is not None,
    }
    if answer is not None and game.state != "question":
        figures.update(
            gained=answer.points, fraction=answer.fraction, response=answer.response
        )
    return figures


def personal(event: dict[str, Any], player_id: int) -> dict[str, Any]:
    """A broadcast state event as one player receives it: only their scores."""
    scores = event.get("scores")
    if scores is None:
        return event
    mine = dict(event)
    del mine["scores"]
    row = scores.get(str(player_id))
    if row is not None:
        score, rank, gained, fraction, response = row
        mine["you"] = {
            "id": player_id,
            "score": score,
            "rank": rank,
            "answered": response is not None,
            "gained": gained,
            "fraction": fraction,
            "response": response,
        }
    return mine


def player_count(game: LiveGame) -> int:
    return db.session.scalar(
        select(func.count(LivePlayer.id)).where(
            LivePlayer.game_id == game.id, LivePlayer.is_removed.is_(False)
        )
    )
