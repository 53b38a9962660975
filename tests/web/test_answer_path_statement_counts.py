"""The answer path's SQL statements per request are pinned: a regression that
adds queries to submitting, the next item or the leaderboard fails here.

Counts are per request, the user's own SELECT included, with the exercise's
items already in the process's cache (the first request of a process reads
them once per published version).
"""

import pytest

from quizapp.extensions import db

from .helpers import latest_attempt, start

JSON = {"Accept": "application/json"}


@pytest.fixture()
def item_url(client, auth, mini_pack):
    auth.login()
    url = start(client, "claims")
    assert client.get(url).status_code == 200  # the items are cached now
    db.session.expunge_all()  # each request starts with an empty session
    return url


def _request(count_statements, call):
    db.session.expunge_all()
    with count_statements() as seen:
        response = call()
    return response, seen


def test_submitting_an_answer_takes_six_statements_the_users_included(
    client, item_url, count_statements
):
    response, seen = _request(
        count_statements,
        lambda: client.post(item_url, data={"label": "sourced"}, headers=JSON),
    )
    assert response.status_code == 200 and response.json["answered"]
    # The user; the attempt with its answers; then one transaction: the answer,
    # the attempt's score, the best score, the practice day (on PostgreSQL
    # those four are one statement).
    assert len(seen) <= (3 if db.engine.dialect.name == "postgresql" else 6), seen
    assert sum(s.lstrip().upper().startswith("SELECT") for s in seen) == 2, seen


def test_the_answer_that_finishes_an_attempt_takes_one_statement_more_and_its_listeners(
    client, auth, mini_pack, count_statements
):
    user = auth.login()
    url = start(client, "claims")
    while True:
        response, seen = _request(
            count_statements,
            lambda url=url: client.post(url, data={"label": "sourced"}, headers=JSON),
        )
        assert response.status_code == 200
        if "/result" in response.json["next_url"]:
            break
        url = response.json["next_url"]
    # Six as any submit, the finish; then, after the commit, the LMS gradebook's
    # listener of `attempt_finished` (lti_grades): one query for the exercise's
    # line items in the student's LMS courses (none here).
    assert len(seen) <= 8, seen
    finish = next(
        n for n, s in enumerate(seen) if s.startswith("UPDATE attempts SET finished_at")
    )
    assert finish + 1 <= 7, seen  # the answer path's own statements
    assert latest_attempt(user).is_finished


def test_a_double_submit_takes_at_most_three_statements_and_counts_once(
    client, item_url, count_statements
):
    client.post(item_url, data={"label": "sourced"}, headers=JSON)
    response, seen = _request(
        count_statements,
        lambda: client.post(item_url, data={"label": "opinion"}, headers=JSON),
    )
    assert response.json["response"] == {"label": "sourced"}
    assert len(seen) <= 3, seen
    assert not any(s.lstrip().upper().startswith("INSERT") for s in seen)


def test_the_next_item_page_takes_at_most_three_statements(
    client, item_url, count_statements
):
    answered = client.post(item_url, data={"label": "sourced"}, headers=JSON).json
    response, seen = _request(
        count_statements, lambda: client.get(answered["next_url"])
    )
    assert response.status_code == 200
    assert len(seen) <= 3, seen


def test_an_answered_item_page_takes_at_most_three_statements(
    client, item_url, count_statements
):
    client.post(item_url, data={"label": "sourced"})
    response, seen = _request(count_statements, lambda: client.get(item_url))
    assert response.status_code == 200 and "feedback" in response.text
    assert len(seen) <= 3, seen


@pytest.fixture()
def leaderboard_url(app, client, auth, mini_pack):
    from ..conftest import make_user
    from .classes_helpers import answer, assign_mini, enrol, make_class

    classroom = make_class(make_user("teacher", role="teacher"))
    assign_mini(classroom)
    for n in range(3):
        answer(enrol(classroom, f"pupil{n}", nickname=f"Owl{n}"), "claims")
    enrol(classroom, "student", nickname="Me")
    auth.login()
    return f"/classes/{classroom.id}/leaderboard"


def test_a_leaderboard_counted_afresh_takes_four_statements(
    client, leaderboard_url, count_statements
):
    response, seen = _request(count_statements, lambda: client.get(leaderboard_url))
    assert response.status_code == 200 and "Owl2" in response.text
    # The user; the class; members with their sums; practice days.
    assert len(seen) <= 4, seen


def test_a_cached_leaderboard_takes_at_most_three_statements(
    app, client, leaderboard_url, count_statements
):
    from quizapp.services import board_cache

    app.config["LEADERBOARD_CACHE_SECONDS"] = 5
    board_cache.clear()
    assert client.get(leaderboard_url).status_code == 200
    response, seen = _request(count_statements, lambda: client.get(leaderboard_url))
    assert response.status_code == 200 and "Owl2" in response.text
    assert len(seen) <= 3, seen
    board_cache.clear()


def test_a_leaderboard_cached_in_redis_serves_a_process_that_never_counted_it(
    app, client, leaderboard_url, count_statements, redis_url
):
    from quizapp.services import board_cache

    app.config.update(LEADERBOARD_CACHE_SECONDS=1, REDIS_URL=redis_url)
    assert client.get(leaderboard_url).status_code == 200
    board_cache.clear()  # this process forgets; Redis still has it
    response, seen = _request(count_statements, lambda: client.get(leaderboard_url))
    assert "Owl2" in response.text and len(seen) <= 3, seen
