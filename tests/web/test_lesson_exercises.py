"""Cue marking, shuffled options, question pools and side-by-side citations,
through the learner's pages (tests/fixtures/packs/lesson)."""

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Attempt, Item
from quizapp.services.content import load_packs

from ..conftest import CONTENT
from .helpers import item_urls, latest_attempt, start

JSON = {"Accept": "application/json"}
LESSON = Path(__file__).parents[1] / "fixtures" / "packs" / "lesson"


@pytest.fixture()
def lesson(app):
    [report] = load_packs(LESSON)
    assert report.status == "created", report
    return report


def test_mark_cues_page_offers_a_checkbox_per_chunk_and_hides_the_cues(
    client, auth, lesson
):
    auth.login()
    url = start(client, "marking", "lesson")
    page = client.get(url).text
    assert 'name="chunks"' in page and "data-mark-cues" in page
    assert '<span class="w" data-i="0">Some</span>' in page
    assert "cue-hit" not in page and "cue-missed" not in page
    assert "uncertainty" not in page and "vague group" not in page
    data = client.get(url, headers={"Accept": "application/json"}).get_json()
    assert data["answered"] is False and "cues" not in str(data["item"])


def test_marking_chunks_without_javascript_grades_and_shows_both(client, auth, lesson):
    user = auth.login()
    url = start(client, "marking", "lesson")
    # "Some residents believe the" is chunk 0: one of the two cues.
    response = client.post(url, data={"chunks": "0"})
    assert response.status_code == 302
    page = client.get(url).text
    assert "You found 1 of 2 cues" in page
    assert '<mark class="cue-hit">Some' in page
    assert '<mark class="cue-missed">could' in page
    assert "signals uncertainty" in page
    answer = latest_attempt(user).answers[0]
    assert answer.score == 0.5 and answer.response == {"chunks": [0]}


def test_marking_words_as_the_script_sends_them(client, auth, lesson):
    auth.login()
    url = start(client, "marking", "lesson")
    response = client.post(
        url, data={"words": "0,1,2,5"}, headers={"Accept": "application/json"}
    )
    data = response.get_json()
    assert data["score"] == 1.0 and data["correct"] is True
    assert "cue-hit" in data["feedback_html"]


def test_options_are_shuffled_once_per_attempt_and_reviews_show_that_order(
    client, auth, lesson
):
    user = auth.login()
    start(client, "pool", "lesson")
    attempt = latest_attempt(user)
    plan = attempt.plan
    assert len(plan["items"]) == 2
    p3 = next(i for i in attempt.exercise.items if i.key == "p3")
    assert str(p3.id) not in plan["options"]  # shuffle: false keeps pack order
    url = client.get(f"/attempts/{attempt.id}").location
    item_id = int(url.rsplit("/", 1)[1])
    first = client.get(url).text
    shown = [part.split('"')[0] for part in first.split('id="opt-')[1:]]
    assert client.get(url).text == first  # stable on reload
    expected = plan["options"].get(str(item_id))
    if expected:
        assert shown == expected
    client.post(url, data={"choice": shown[0]})
    feedback = client.get(url).text
    texts = [o["text"] for o in attempt.answers[0].details["options"]]
    positions = sorted(texts, key=feedback.index)
    by_id = {o["id"]: o["text"] for o in attempt.answers[0].details["options"]}
    assert positions == [by_id[i] for i in shown]


def test_options_marked_last_stay_last(client, auth, lesson):
    user = auth.login()
    for _ in range(6):
        start(client, "pool", "lesson")
        attempt = latest_attempt(user)
        for order in attempt.plan["options"].values():
            if "d" in order and len(order) == 4:
                assert order[-1] == "d"  # "Nobody" in p1
            if len(order) == 3 and "c" in order:
                assert order[-1] == "c"  # "None of these" in p2
        attempt.finished_at = attempt.started_at  # let the next start draw again
        db.session.commit()


def test_a_pool_draws_its_number_of_questions_and_retakes_draw_again(
    client, auth, lesson
):
    user = auth.login()
    draws = set()
    for _ in range(12):
        start(client, "pool", "lesson")
        attempt = latest_attempt(user)
        assert len(attempt.plan["items"]) == 2
        draws.add(tuple(attempt.plan["items"]))
        attempt.finished_at = attempt.started_at
        db.session.commit()
    assert len(draws) > 1
    assert db.session.scalar(select(db.func.count(Attempt.id))) == 12


def test_a_pooled_attempt_has_only_its_drawn_items(client, auth, lesson):
    user = auth.login()
    url = start(client, "pool", "lesson")
    attempt = latest_attempt(user)
    page = client.get(url).text
    assert "1 of 2" in page
    assert len(item_urls(page)) == 1  # only the current step is linked
    drawn = set(attempt.plan["items"])
    other = next(i.id for i in attempt.exercise.items if i.id not in drawn)
    assert client.get(f"/attempts/{attempt.id}/items/{other}").status_code == 404
    response = client.post(
        f"/attempts/{attempt.id}/items/{other}", data={"choice": "a"}
    )
    assert response.status_code == 404


def test_citation_check_shows_the_source_beside_the_claim_and_marks_evidence_after(
    client, auth, lesson
):
    user = auth.login()
    for _ in range(30):  # until p4 is drawn
        start(client, "pool", "lesson")
        attempt = latest_attempt(user)
        p4 = next(i for i in attempt.exercise.items if i.key == "p4")
        if p4.id in attempt.plan["items"]:
            break
        attempt.finished_at = attempt.started_at
        db.session.commit()
    url = f"/attempts/{attempt.id}/items/{p4.id}"
    page = client.get(url).text
    assert "What the source says: the council report" in page
    assert "Summary of the cited source (not its own words)" in page
    assert "expects fares to stay the same next year" in page
    assert '<mark class="evidence">' not in page
    client.post(url, data={"choice": "b"})
    page = client.get(url).text
    assert (
        '<mark class="evidence">expects fares to stay the same next year</mark>' in page
    )


def test_no_key_of_the_founding_cue_and_citation_items_reaches_a_page_unanswered(
    client, auth, app
):
    """Cue spans, cue kinds, correct options, option feedback, explanations and
    the source's evidence marks: none is in the HTML or JSON before answering."""
    [report] = load_packs(CONTENT / "iran-scaling-back-syria")
    assert report.status == "created"
    auth.login()
    for slug in ("cues", "questions"):
        url = start(client, slug, "iran-scaling-back-syria")
        while "/items/" in url:
            item = db.session.get(Item, int(url.rsplit("/", 1)[1]))
            html = client.get(url).text
            data = json.dumps(client.get(url, headers=JSON).get_json())
            secrets = [item.spec.get("explanation", "")]
            secrets += [o.get("feedback", "") for o in item.spec.get("options", [])]
            for secret in filter(None, secrets):
                assert secret not in html and secret not in data, (item.key, secret)
            assert '"correct"' not in data and '"cues"' not in data
            assert 'class="cue' not in html and "uncertainty" not in data
            assert '<mark class="evidence">' not in html
            if item.type == "mark_cues":
                client.post(url, data={"chunks": "0"})
            else:
                option = item.spec["options"][0]["id"]
                key = "choices" if item.type == "multiple_select" else "choice"
                client.post(url, data={key: option})
            url = client.get(url).text.split('id="next-link" href="')[1].split('"')[0]


def test_the_results_page_shows_the_sentence_of_each_cue_marking_item(
    client, auth, lesson
):
    user = auth.login()
    url = start(client, "marking", "lesson")
    client.post(url, data={"chunks": "0"})
    page = client.get(f"/attempts/{latest_attempt(user).id}/result").text
    # Two items with the same default prompt: the sentence tells them apart.
    assert "“Some residents believe the cuts could hurt local shops.”" in page
    assert (
        "Mark who confirms it. “The ferry company will cut its winter timetable, "
        "a spokesperson confirmed on Friday.”" in page
    )
