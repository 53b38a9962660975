"""Every route x every role: who may see what.

Roles: anonymous, a student in the class, a student not in it, the teacher who
owns the class and article, another teacher, an admin. A denied request is a
redirect to the login page (anonymous), a 403 (wrong role) or a 404 (someone
else's object), never another user's data and never a 500. A new route must be
added to ACCESS below, so no route escapes the matrix.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import Article, Assignment, Draft, Exercise, Item
from quizapp.packs import clean_pack_data, pack_data_from_files
from quizapp.services import assignments as assignments_svc
from quizapp.services import attempts as attempts_svc
from quizapp.services import classrooms

from ..conftest import MINI_PACK, make_user

ROLES = ["anonymous", "member", "outsider", "owner", "other_teacher", "admin"]
STUDENTS, TEACHERS = {"member", "outsider"}, {"owner", "other_teacher"}

# Who is allowed, per endpoint. "any" = every logged-in user.
LOGGED_IN = {"member", "outsider", "owner", "other_teacher", "admin"}
STAFF = {"owner", "other_teacher", "admin"}
OWNER = {"owner", "admin"}
ACCESS: dict[str, set[str] | None] = {
    # None: public pages, not part of the matrix.
    "static": None,
    "learn.home": None,
    "auth.login": None,
    "auth.register": None,
    "auth.logout": LOGGED_IN,
    "learn.library": LOGGED_IN,
    "learn.progress": LOGGED_IN,
    "learn.classes": LOGGED_IN,
    "learn.join_class": LOGGED_IN,
    "learn.settings": LOGGED_IN,
    # The owner's article: their class, the owner and admins may read it.
    "learn.article": {"member", "owner", "admin"},
    "learn.start": {"member", "owner", "admin"},
    # The member's own attempt: nobody else, not even an admin.
    "learn.attempt": {"member"},
    "learn.item": {"member"},
    "learn.result": {"member"},
    "learn.class_leaderboard": {"member"},
    "admin.users": {"admin"},
    "admin.change_role": {"admin"},
    "teach.index": STAFF,
    "teach.answers": STAFF,
    "teach.articles": STAFF,
    "teach.import_article": STAFF,
    "teach.new_article": STAFF,
    "teach.classes": STAFF,
    "teach.create_class": STAFF,
}
# Every other teach.* route is about the owner's class, draft or answers.

# URL values that differ from the world's defaults for one endpoint.
VALUES = {
    "teach.edit_question": {"key": "q1"},
    "teach.move_question": {"key": "q1"},
}


def _routes():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    rules = []
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            rules.append((rule.endpoint, rule.rule, method))
    return sorted(rules)


ROUTES = _routes()


def allowed(endpoint: str) -> set[str] | None:
    if endpoint in ACCESS:
        return ACCESS[endpoint]
    assert endpoint.startswith("teach."), f"add {endpoint} to ACCESS"
    return OWNER


@pytest.fixture()
def world(app, client):
    """The owner's class (with one member), published article, draft,
    assignment and the member's attempt with a written answer."""
    owner = make_user("owner", role="teacher")
    make_user("other_teacher", role="teacher")
    make_user("admin", role="admin")
    make_user("outsider")
    member = make_user("member", nickname="Kestrel")
    from quizapp.services.content import load_packs

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
    return {
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


def url_for_rule(rule: str, values: dict) -> str:
    import re

    def fill(match):
        name = match.group(2)
        assert name in values, f"give the matrix a value for <{name}>"
        return str(values[name])

    return re.sub(r"<(?:(\w+):)?(\w+)>", fill, rule)


def switch_to(client, role: str) -> None:
    client.post("/auth/logout")
    if role != "anonymous":
        response = client.post(
            "/auth/login", data={"username": role, "password": "password123"}
        )
        assert response.status_code == 302


def is_denied(response) -> bool:
    if response.status_code == 302:
        return response.location.startswith("/auth/login")
    return response.status_code in (403, 404)


@pytest.mark.parametrize("role", ROLES)
def test_every_route_lets_in_exactly_the_right_roles(client, world, role):
    switch_to(client, role)
    problems = []
    for endpoint, rule, method in ROUTES:
        who = allowed(endpoint)
        if who is None:
            continue
        if method == "POST" and role in who:
            continue  # allowed writes are covered by each feature's own tests
        url = url_for_rule(rule, {**world, **VALUES.get(endpoint, {})})
        response = client.open(url, method=method, data={})
        if response.status_code >= 500:
            problems.append(f"{method} {url}: {response.status_code}")
        elif role in who and is_denied(response):
            problems.append(f"{method} {url}: {role} was refused")
        elif role not in who and not is_denied(response):
            problems.append(f"{method} {url}: {role} got {response.status_code}")
        if role == "anonymous" and not is_denied(response):
            problems.append(f"{method} {url}: anonymous got in")
        if role in STUDENTS and endpoint.startswith(("teach.", "admin.")):
            if response.status_code != 403:
                problems.append(f"{method} {url}: student got {response.status_code}")
        if role != "member" and role not in STAFF - {"other_teacher"}:
            assert "Kestrel thinks fewer floods." not in response.text, url
    assert problems == []


def test_the_matrix_covers_every_route():
    for endpoint, _rule, _method in ROUTES:
        allowed(endpoint)  # raises for a route nobody classified


def test_ids_in_urls_cannot_be_guessed_into_someone_elses_data(client, world):
    switch_to(client, "outsider")
    for path in [
        f"/attempts/{world['attempt_id']}/result",
        f"/attempts/{world['attempt_id']}/items/{world['item_id']}",
        f"/classes/{world['classroom_id']}/leaderboard",
        f"/articles/{world['slug']}",
    ]:
        response = client.get(path)
        assert response.status_code == 404
        assert "Kestrel" not in response.text
    assert db.session.scalar(select(Assignment.id)) == world["assignment_id"]
    assert db.session.get(Item, world["item_id"]) is not None
