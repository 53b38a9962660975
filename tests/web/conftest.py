"""Fixtures for web tests: a small school to test permissions against."""

import shutil

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Draft, Exercise, User
from quizapp.packs import clean_pack_data, pack_data_from_files
from quizapp.services import assignments as assignments_svc
from quizapp.services import attempts as attempts_svc
from quizapp.services import classrooms, live_games, live_play
from quizapp.services.content import load_packs

from ..conftest import MINI_PACK, make_app, make_user


@pytest.fixture()
def csrf_client(app):
    """A client of an app with CSRF protection on, as in production."""
    secured = make_app(app.config["SQLALCHEMY_DATABASE_URI"])
    with secured.app_context():
        yield secured.test_client()
        db.session.remove()
        db.engine.dispose()


@pytest.fixture()
def world(app, client):
    """The owner's class (with one member), published article, draft,
    assignment and the member's attempt with a written answer."""
    owner = make_user("owner", role="teacher")
    make_user("other_teacher", role="teacher")
    make_user("admin", role="admin")
    make_user("outsider")
    member = make_user("member", nickname="Kestrel")
    load_packs(MINI_PACK)
    article = db.session.scalar(select(Article))
    article.owner_id = owner.id
    files = {p.name: p.read_text() for p in MINI_PACK.iterdir()}
    draft = Draft(
        owner_id=owner.id,
        slug="mini-draft",
        data=clean_pack_data(pack_data_from_files(files)),
        article_id=article.id,
    )
    db.session.add(draft)
    db.session.commit()
    classroom = classrooms.create_classroom(owner, "7B")
    classrooms.join_classroom(member, classroom.join_code)
    assignment = assignments_svc.assign(classroom, article.id)
    written = db.session.scalar(select(Exercise).where(Exercise.slug == "written"))
    attempt = attempts_svc.start_or_resume(member, written)
    item = attempts_svc.attempt_items(written)[0]
    answer = attempts_svc.submit_answer(
        attempt, item, {"text": "Kestrel thinks fewer floods."}
    ).answer
    game = live_games.host_game(owner, article, classroom=classroom)
    player = live_play.join_game(game, user=member)
    return {
        "game_id": game.id,
        "pin": game.pin,
        "player_id": player.id,
        "action": "start",
        "slug": article.slug,
        "exercise_id": written.id,
        "attempt_id": attempt.id,
        "item_id": item.id,
        "answer_id": answer.id,
        "classroom_id": classroom.id,
        "assignment_id": assignment.id,
        "user_id": member.id,
        "draft_id": draft.id,
        "key": "c1",
        "index": 0,
        "filename": "css/app.css",
    }


@pytest.fixture()
def shared_world(world, tmp_path):
    """The world, where the member is also in another teacher's class and has
    answered a written question of that teacher's own exercise set."""
    other = db.session.scalar(select(User).where(User.username == "other_teacher"))
    member = db.session.get(User, world["user_id"])
    pack = tmp_path / "other-set"
    shutil.copytree(MINI_PACK, pack)
    load_packs(pack)
    article = db.session.scalar(select(Article).where(Article.slug == "other-set"))
    article.owner_id = other.id
    db.session.commit()
    classroom = classrooms.create_classroom(other, "8C")
    classrooms.join_classroom(member, classroom.join_code)
    written = next(e for e in article.exercises if e.slug == "written")
    attempt = attempts_svc.start_or_resume(member, written)
    item = attempts_svc.attempt_items(written)[0]
    answer = attempts_svc.submit_answer(
        attempt, item, {"text": "Merlin says the wall costs too much."}
    ).answer
    return {**world, "other_answer_id": answer.id, "other_item_id": item.id}
