"""Issue 8, defect 2: concurrent overrides never corrupt scores.

Twenty threads, each with its own session (and, on PostgreSQL, its own
connection), load an answer and then override it at the same moment, the way a
double-clicked form or two teachers' tabs would. Whatever the interleaving,
each attempt's score is the sum of its answers and `best_scores` holds the best
attempt. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from quizapp.config import engine_options
from quizapp.extensions import db
from quizapp.models import Answer, Article, Attempt, AuditEvent, BestScore, User
from quizapp.services import attempts as attempts_svc
from quizapp.services import review

from ..conftest import in_threads, make_app, make_user
from ..web.helpers import exercise

THREADS = 20


@pytest.fixture()
def roomy_app(app):
    """The test app's database, with a connection for every thread."""
    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    options = {**engine_options(uri), "pool_size": THREADS + 2, "max_overflow": 0}
    roomy = make_app(uri, SQLALCHEMY_ENGINE_OPTIONS=options)
    yield roomy
    with roomy.app_context():
        db.engine.dispose()


def _two_finished_attempts(teacher: User) -> list[int]:
    """The student's two attempts at the mini questions (3 items each)."""
    student = make_user("dave")
    questions = exercise("questions")
    answers = [
        {"choice": "a"},
        {"choices": ["a", "c"]},
        {"choice": "b"},
    ]
    attempt_ids = []
    for _ in range(2):
        attempt = attempts_svc.start_or_resume(student, questions)
        items = attempts_svc.attempt_items(questions)
        for item, data in zip(items, answers, strict=True):
            attempts_svc.submit_answer(attempt, item, data)
        attempt_ids.append(attempt.id)
    article = db.session.scalar(select(Article).where(Article.slug == "mini"))
    article.owner_id = teacher.id  # the teacher's own set: theirs to grade
    db.session.commit()
    return attempt_ids


def _override_job(teacher_id: int, answer_id: int, score: float | None):
    def job(barrier):
        teacher = db.session.get(User, teacher_id)
        answer = db.session.get(Answer, answer_id)
        db.session.refresh(answer.attempt)  # read before the others write
        barrier.wait()
        review.override_answer(teacher, answer, score, "Checked again.")

    return job


def _assert_scores_agree(attempt_ids: list[int]) -> None:
    db.session.expire_all()
    attempts = [db.session.get(Attempt, i) for i in attempt_ids]
    for attempt in attempts:
        assert attempt.score == pytest.approx(
            sum(a.final_score for a in attempt.answers)
        )
        assert attempt.max_score == sum(a.max_score for a in attempt.answers)
        assert 0 <= attempt.score <= attempt.max_score
    [best] = db.session.scalars(select(BestScore)).all()
    top = max(a.score for a in attempts)
    assert best.score == pytest.approx(top)
    assert best.max_score == db.session.get(Attempt, best.attempt_id).max_score
    assert db.session.get(Attempt, best.attempt_id).score == pytest.approx(top)


def test_twenty_concurrent_overrides_keep_attempt_totals_and_best_scores(
    app, roomy_app, mini_pack
):
    teacher = make_user("tom", role="teacher")
    attempt_ids = _two_finished_attempts(teacher)
    answers = db.session.scalars(
        select(Answer).where(Answer.attempt_id.in_(attempt_ids))
    ).all()
    rng = random.Random(8)
    jobs = []
    for number in range(THREADS):
        answer = answers[number % len(answers)]
        score = rng.choice([None, 0.0, answer.max_score / 2, answer.max_score])
        jobs.append(_override_job(teacher.id, answer.id, score))
    in_threads(roomy_app, jobs)
    _assert_scores_agree(attempt_ids)


def test_a_double_clicked_override_counts_once(app, roomy_app, mini_pack):
    teacher = make_user("tom", role="teacher")
    attempt_ids = _two_finished_attempts(teacher)
    wrong = db.session.scalar(
        select(Answer).where(Answer.attempt_id == attempt_ids[0], Answer.score == 0)
    )
    wrong_id, max_score = wrong.id, wrong.max_score
    jobs = [_override_job(teacher.id, wrong_id, max_score) for _ in range(THREADS)]
    in_threads(roomy_app, jobs)
    _assert_scores_agree(attempt_ids)
    db.session.expire_all()
    attempt = db.session.get(Attempt, attempt_ids[0])
    assert attempt.score == sum(a.score for a in attempt.answers) + max_score


def test_concurrent_overrides_log_the_grade_each_one_replaced(
    app, roomy_app, mini_pack
):
    """Each override's audit event says it changed the grade from the one the
    previous override set: `from` is read once the transaction holds the lock,
    not before it waited for the others."""
    teacher = make_user("tom", role="teacher")
    attempt_ids = _two_finished_attempts(teacher)
    answer = db.session.scalar(
        select(Answer).where(Answer.attempt_id == attempt_ids[0]).limit(1)
    )
    answer_id, first, top = answer.id, answer.final_score, answer.max_score
    scores = [top * n / THREADS for n in range(1, THREADS + 1)]
    in_threads(roomy_app, [_override_job(teacher.id, answer_id, s) for s in scores])
    events = db.session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "grade.override")
        .order_by(AuditEvent.id)
    ).all()
    assert len(events) == THREADS
    replaced = [first] + [e.details["to"] for e in events[:-1]]
    assert [e.details["from"] for e in events] == pytest.approx(replaced)
