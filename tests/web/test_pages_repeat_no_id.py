"""A page with several forms repeats no id: each form's CSRF token renders
without one (a class page's buttons gave id="csrf_token" again and again,
which HTML forbids and assistive tools report), and the tokens still work."""

from __future__ import annotations

import re
from collections import Counter

from flask import g

from ..conftest import csrf_token_from, make_user
from .classes_helpers import enrol, make_class


def _log_in_as_a_teacher(client):
    teacher = make_user("ms-okafor", role="teacher")
    token = csrf_token_from(client.get("/auth/login").text)
    client.post("/auth/login", data={"username": "ms-okafor",
                                     "password": "password123", "csrf_token": token})
    g.pop("csrf_token", None)  # the test's app context outlives the request:
    # the next page makes the token of the session the login began
    return teacher


def test_a_class_page_with_many_forms_repeats_no_id(csrf_client):
    classroom = make_class(_log_in_as_a_teacher(csrf_client))
    enrol(classroom)
    page = csrf_client.get(f"/teach/classes/{classroom.id}").text
    assert page.count('name="csrf_token"') >= 2
    ids = Counter(re.findall(r'\bid="([^"]+)"', page))
    assert [name for name, count in ids.items() if count > 1] == []


def test_a_token_without_an_id_still_posts(csrf_client):
    _log_in_as_a_teacher(csrf_client)
    got = csrf_client.get("/teach/classes")
    page = got.text
    assert 'id="csrf_token"' not in page
    response = csrf_client.post("/teach/classes", data={
        "name": "Media 9C", "csrf_token": csrf_token_from(page)})
    assert response.status_code == 302
