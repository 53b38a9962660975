"""Garbage in every form of every route, as each role: never a 500."""

import pytest

from .routes import ROUTES, VALUES, allowed, switch_to, url_for_rule

GARBAGE = [
    {},
    {"name": "x" * 5000, "title": "<script>alert(1)</script>", "text": "y" * 20000},
    {"article_id": "99999999999999999999", "due_at": "not a date", "top_n": "-5"},
    {"mode": "sideways", "label": "rumour", "choice": "zz", "choices": ["a", "zz"]},
    {"score": "NaN", "override-score": "1e309", "comment": "z" * 5000},
    {"code": "!!!!", "nickname": " ", "role": "emperor", "published": "2024-13-45"},
    {"type": "essay", "prompt": "", "options-0-text": "a", "position": "-1"},
]


@pytest.mark.parametrize("role", ["member", "owner", "admin"])
def test_every_form_survives_garbage(client, world, role):
    switch_to(client, role)
    failures = []
    for endpoint, rule, method in ROUTES:
        if method != "POST" or allowed(endpoint) is None or endpoint.endswith("logout"):
            continue
        url = url_for_rule(rule, {**world, **VALUES.get(endpoint, {})})
        for data in GARBAGE:
            response = client.post(url, data=data)
            if response.status_code >= 500:
                failures.append(f"{url} {sorted(data)}: {response.status_code}")
        switch_to(client, role)  # a garbage role change must not stick
    assert failures == []
