"""Factories for live-game tests: a guest game and a class game of the mini pack."""

from __future__ import annotations

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Item
from quizapp.services import classrooms
from quizapp.services import live_answers as answers
from quizapp.services import live_games as games
from quizapp.services import live_play as play
from quizapp.services.content import load_packs

from ..conftest import MINI_PACK, make_user

RIGHT = {
    "claim": lambda spec: {"label": spec["label"]},
    "multiple_choice": lambda spec: {
        "choice": next(o["id"] for o in spec["options"] if o.get("correct"))
    },
    "citation_check": lambda spec: {
        "choice": next(o["id"] for o in spec["options"] if o.get("correct"))
    },
    "multiple_select": lambda spec: {
        "choices": [o["id"] for o in spec["options"] if o.get("correct")]
    },
}
WRONG = {
    "claim": lambda spec: {
        "label": "opinion" if spec["label"] != "opinion" else "sourced"
    },
    "multiple_choice": lambda spec: {
        "choice": next(o["id"] for o in spec["options"] if not o.get("correct"))
    },
}


def right_answer(game) -> dict:
    item = games.current_item(game)
    return {**RIGHT[item.type](item.spec), "index": game.question_index}


def wrong_answer(game) -> dict:
    item = games.current_item(game)
    return {**WRONG[item.type](item.spec), "index": game.question_index}


def mini_article() -> Article:
    article = db.session.scalar(select(Article).where(Article.slug == "mini"))
    if article is None:
        load_packs(MINI_PACK)
        article = db.session.scalar(select(Article).where(Article.slug == "mini"))
    return article


def claims_exercise_id(article: Article) -> int:
    return next(e.id for e in article.exercises if e.slug == "claims")


def guest_game(teacher=None, **options):
    teacher = teacher or make_user("host", role="teacher")
    article = mini_article()
    options.setdefault("exercise_ids", [claims_exercise_id(article)])
    return games.host_game(teacher, article, **options)


def played_guest_game(nickname: str = "Guest"):
    """An ended guest game in which one guest answered the first question right:
    (game, player)."""
    game = guest_game()
    player = play.join_game(game, nickname)
    games.move(game, "start")
    answers.submit_live_answer(game, player, right_answer(game))
    games.move(game, "end")
    return game, player


def class_game(teacher=None, members=("ana", "ben"), **options):
    teacher = teacher or make_user("host", role="teacher")
    classroom = classrooms.create_classroom(teacher, "9C")
    users = []
    for name in members:
        user = make_user(name, nickname=f"{name.title()} Star")
        classrooms.join_classroom(user, classroom.join_code)
        users.append(user)
    article = mini_article()
    options.setdefault("exercise_ids", [claims_exercise_id(article)])
    game = games.host_game(teacher, article, classroom=classroom, **options)
    return game, users


def item_of(game, index: int) -> Item:
    return db.session.get(Item, game.questions[index]["item_id"])
