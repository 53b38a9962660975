"""Double submits, concurrent requests and pack edits never lose or double-count."""

import threading

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Answer, Attempt, Exercise, Item, User
from quizapp.services import attempts as attempts_svc
from quizapp.services.content import load_packs

from ..conftest import MINI_PACK, count_rows, in_threads
from .helpers import exercise, latest_attempt, start


def test_double_submit_stores_one_answer_and_keeps_the_first(client, auth, mini_pack):
    user = auth.login()
    url = start(client, "claims")
    first = client.post(url, data={"label": "sourced"})
    second = client.post(url, data={"label": "opinion"})
    assert first.status_code == second.status_code == 302
    attempt = latest_attempt(user)
    assert count_rows("answers") == 1
    assert (attempt.score, attempt.max_score) == (1.0, 1.0)
    assert attempt.answers[0].response == {"label": "sourced"}


def test_resubmitted_json_answer_returns_the_stored_result(client, auth, mini_pack):
    auth.login()
    url = start(client, "claims")
    headers = {"Accept": "application/json"}
    one = client.post(url, data={"label": "sourced"}, headers=headers).json
    two = client.post(url, data={"label": "opinion"}, headers=headers).json
    assert one["correct"] and two["correct"] and two["response"] == {"label": "sourced"}


def _at_once(work):
    def job(barrier):
        barrier.wait()
        work()

    return job


def test_concurrent_submissions_of_one_answer_count_once(app, mini_pack):
    from ..conftest import make_user

    user_id = make_user().id
    ex_id = exercise("claims").id

    def work():
        user = db.session.get(User, user_id)
        ex = db.session.get(Exercise, ex_id)
        attempt = attempts_svc.start_or_resume(user, ex)
        item = attempts_svc.attempt_items(ex)[0]
        attempts_svc.submit_answer(attempt, item, {"label": "sourced"})

    in_threads(app, [_at_once(work)] * 6)
    db.session.expire_all()
    assert count_rows("attempts") == 1
    assert count_rows("answers") == 1
    attempt = db.session.scalar(select(Attempt))
    assert (attempt.score, attempt.max_score) == (1.0, 1.0)


def test_concurrent_answers_to_different_items_all_count(app, mini_pack):
    from ..conftest import make_user

    user = make_user()
    ex = exercise("claims")
    attempt = attempts_svc.start_or_resume(user, ex)
    item_ids = iter([i.id for i in attempts_svc.attempt_items(ex)])
    lock = threading.Lock()
    attempt_id = attempt.id

    def work():
        with lock:
            item_id = next(item_ids)
        attempts_svc.submit_answer(
            db.session.get(Attempt, attempt_id),
            db.session.get(Item, item_id),
            {"label": "opinion"},
        )

    in_threads(app, [_at_once(work)] * 3)
    db.session.expire_all()
    attempt = db.session.get(Attempt, attempt_id)
    assert count_rows("answers") == 3
    assert (attempt.score, attempt.max_score) == (1.0, 3.0)
    assert attempt.is_finished


def test_editing_the_pack_keeps_what_old_answers_were_graded_against(
    client, auth, mini_pack, tmp_path
):
    import shutil

    user = auth.login()
    url = start(client, "claims")
    client.post(url, data={"label": "sourced"})
    edited = tmp_path / "mini"
    shutil.copytree(MINI_PACK, edited)
    claims = edited / "claims.yaml"
    claims.write_text(
        claims.read_text()
        .replace(
            "label: sourced\n    source: {kind: named, name: the mayor}",
            "label: unsourced",
        )
        .replace("The mayor is named as the source.", "Changed explanation."),
    )
    [report] = load_packs(edited)
    assert report.status == "updated"
    answer = db.session.scalar(select(Answer))
    db.session.refresh(answer)
    assert answer.score == 1.0 and answer.graded_spec["label"] == "sourced"
    page = client.get(url).text
    assert "Right: this is a sourced fact" in page
    assert "The mayor is named as the source." in page
    assert latest_attempt(user).score == 1.0


def test_items_dropped_from_a_pack_stay_visible_in_old_results(
    client, auth, mini_pack, tmp_path
):
    import shutil

    user = auth.login()
    url = start(client, "questions")
    client.post(url, data={"choice": "a"})
    edited = tmp_path / "mini"
    shutil.copytree(MINI_PACK, edited)
    questions = edited / "questions.yaml"
    text = questions.read_text()
    questions.write_text(text[: text.index("  - id: q2")])
    load_packs(edited)
    item = db.session.scalar(select(Item).where(Item.key == "q1"))
    q2 = db.session.scalar(select(Item).where(Item.key == "q2"))
    assert item.is_active and not q2.is_active
    attempt = latest_attempt(user)
    response = client.get(f"/attempts/{attempt.id}")  # nothing left: it finishes
    assert response.location == f"/attempts/{attempt.id}/result"
    db.session.refresh(attempt)
    assert attempt.is_finished and attempt.score == 1.0
    page = client.get(response.location).text
    assert "Who says the council approved the wall?" in page
