"""Issue 8, defect 1: a teacher reaches an answer only through an exercise set
they wrote (or, read-only, one assigned in their own class), and changes only
the grades of their own items; admins reach all.

Dave is in Tina's class and in Tom's. Each teacher wrote a set (a copy of the
mini pack) and Dave answered both written questions; Tina also assigned the
shared mini pack, which Dave answered too.
"""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Answer, Article, Attempt, User
from quizapp.services import assignments as assignments_svc
from quizapp.services import attempts as attempts_svc
from quizapp.services import classrooms
from quizapp.services.content import load_packs

from ..conftest import MINI_PACK, make_user


def _answer_written(student: User, article: Article, text: str) -> Answer:
    written = next(e for e in article.exercises if e.slug == "written")
    attempt = attempts_svc.start_or_resume(student, written)
    item = attempts_svc.attempt_items(written)[0]
    return attempts_svc.submit_answer(attempt, item, {"text": text}).answer


def _own_set(teacher: User, slug: str, tmp_path) -> Article:
    pack = tmp_path / slug
    shutil.copytree(MINI_PACK, pack)
    load_packs(pack)
    article = db.session.scalar(select(Article).where(Article.slug == slug))
    article.owner_id = teacher.id
    db.session.commit()
    return article


@pytest.fixture()
def school(app, tmp_path):
    tina = make_user("tina", role="teacher")
    tom = make_user("tom", role="teacher")
    make_user("root", role="admin")
    dave = make_user("dave")
    tina_class = classrooms.create_classroom(tina, "Tina's 9A")
    tom_class = classrooms.create_classroom(tom, "Tom's 9B")
    classrooms.join_classroom(dave, tina_class.join_code, nickname="Davy")
    classrooms.join_classroom(dave, tom_class.join_code)
    tina_set = _own_set(tina, "tina-set", tmp_path)
    tom_set = _own_set(tom, "tom-set", tmp_path)
    [report] = load_packs(MINI_PACK)
    shared = db.session.scalar(select(Article).where(Article.slug == "mini"))
    assignments_svc.assign(tina_class, shared.id)
    return {
        "tina": _answer_written(dave, tina_set, "Tina's set: fewer floods."),
        "tom": _answer_written(dave, tom_set, "Tom's set: a waste of money."),
        "shared": _answer_written(dave, shared, "Shared: floods and money."),
    }


def _login(client, username: str) -> None:
    client.post("/auth/logout")
    response = client.post(
        "/auth/login", data={"username": username, "password": "password123"}
    )
    assert response.status_code == 302


def _final_scores() -> dict[int, float]:
    db.session.expire_all()
    return {a.id: a.final_score for a in db.session.scalars(select(Answer))}


def test_a_teacher_never_sees_answers_to_another_teachers_set(client, school):
    _login(client, "tina")
    listing = client.get("/teach/answers").text
    assert "Tina&#39;s set: fewer floods." in listing
    assert "Tom&#39;s set" not in listing
    tom_answer = school["tom"]
    page = client.get(f"/teach/answers/{tom_answer.id}")
    assert page.status_code == 404
    assert "waste of money" not in page.text
    assert client.get(f"/teach/items/{tom_answer.item_id}/regrade").status_code == 404


def test_a_teacher_cannot_change_a_grade_in_another_teachers_set(client, school):
    before = _final_scores()
    _login(client, "tina")
    tom_answer = school["tom"]
    response = client.post(
        f"/teach/answers/{tom_answer.id}",
        data={"override-score": "1", "override-comment": "Tina was here."},
    )
    assert response.status_code == 404
    assert client.post(f"/teach/items/{tom_answer.item_id}/regrade").status_code == 404
    _login(client, "tom")
    tina_answer = school["tina"]
    assert client.get(f"/teach/items/{tina_answer.item_id}/regrade").status_code == 404
    assert client.post(f"/teach/answers/{tina_answer.id}", data={}).status_code == 404
    assert _final_scores() == before
    attempt = db.session.get(Attempt, tom_answer.attempt_id)
    assert attempt.score == db.session.get(Answer, tom_answer.id).score


def test_answers_to_a_set_assigned_in_the_teachers_class_are_read_only(client, school):
    before = _final_scores()
    shared = school["shared"]
    _login(client, "tina")
    assert "Shared: floods and money." in client.get("/teach/answers").text
    page = client.get(f"/teach/answers/{shared.id}")
    assert page.status_code == 200
    assert "Read-only" in page.text and 'name="override-score"' not in page.text
    response = client.post(f"/teach/answers/{shared.id}", data={"override-score": "1"})
    assert response.status_code == 403
    assert "Only the teacher who wrote this exercise set" in response.text
    assert client.get(f"/teach/items/{shared.item_id}/regrade").status_code == 404
    _login(client, "tom")  # the shared pack is not assigned in Tom's class
    assert client.get(f"/teach/answers/{shared.id}").status_code == 404
    assert _final_scores() == before


def test_each_teacher_grades_their_own_set_and_an_admin_grades_all(client, school):
    _login(client, "tom")
    tom_answer = school["tom"]
    response = client.post(
        f"/teach/answers/{tom_answer.id}", data={"override-score": "1"}
    )
    assert response.status_code == 302
    _login(client, "root")
    for answer in school.values():
        assert client.get(f"/teach/answers/{answer.id}").status_code == 200
    response = client.post(
        f"/teach/answers/{school['shared'].id}", data={"override-score": "0.5"}
    )
    assert response.status_code == 302
    scores = _final_scores()
    assert scores[tom_answer.id] == 1 and scores[school["shared"].id] == 0.5
    assert scores[school["tina"].id] == school["tina"].score
