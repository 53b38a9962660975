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

from quizapp.extensions import db
from quizapp.models import Assignment, Item

from .routes import (
    ROLES,
    ROUTES,
    STAFF,
    STUDENTS,
    VALUES,
    allowed,
    is_denied,
    switch_to,
    url_for_rule,
)


def _problems(client, world, role) -> list[str]:
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
        # A live game's event stream never ends: judge it by its status only.
        endless = response.mimetype == "text/event-stream"
        if endless:
            response.close()
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
        if endless:
            continue
        if role != "member" and role not in STAFF - {"other_teacher"}:
            assert b"Kestrel thinks fewer floods." not in response.data, url
        if role in {"owner", "outsider"}:
            assert b"Merlin says the wall costs" not in response.get_data(), url
    return problems


@pytest.mark.parametrize("role", ROLES)
def test_every_route_lets_in_exactly_the_right_roles(client, world, role):
    assert _problems(client, world, role) == []


@pytest.mark.parametrize("role", ROLES)
def test_the_matrix_holds_when_two_teachers_share_a_student(client, shared_world, role):
    """The member is in the owner's and the other teacher's classes: neither
    teacher reaches the member's answers to the other's exercise sets."""
    assert _problems(client, shared_world, role) == []
    other_answer = f"/teach/answers/{shared_world['other_answer_id']}"
    other_regrade = f"/teach/items/{shared_world['other_item_id']}/regrade"
    expected = {"owner": 404, "other_teacher": 200, "admin": 200}
    if role in expected:
        for url in (other_answer, other_regrade):
            assert client.get(url).status_code == expected[role], (role, url)
        override = client.post(other_answer, data={"override-score": "1"})
        assert override.status_code == (404 if role == "owner" else 302)


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
