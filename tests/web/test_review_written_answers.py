"""Teachers override written answers and regrade them after a rubric change."""

import shutil

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Answer, Article, BestScore, Classroom, Membership
from quizapp.services.content import load_packs

from ..conftest import MINI_PACK, make_user
from .helpers import latest_attempt, start


def class_with(teacher, *students):
    classroom = Classroom(teacher_id=teacher.id, name="7B", join_code="ABCDEF")
    db.session.add(classroom)
    db.session.flush()
    for student in students:
        db.session.add(Membership(classroom_id=classroom.id, user_id=student.id))
    db.session.commit()
    return classroom


def written_by(teacher):
    """Make the teacher the author of the mini article: they grade its answers."""
    db.session.scalar(
        select(Article).where(Article.slug == "mini")
    ).owner_id = teacher.id
    db.session.commit()


def answer_written(client, auth, text="It could mean fewer floods."):
    student = auth.login("pupil")
    url = start(client, "written")
    client.post(url, data={"text": text})
    auth.logout()
    return student, url


def test_teacher_overrides_a_grade_and_the_student_sees_it_with_the_comment(
    client, auth, mini_pack
):
    teacher = make_user("ms-reed", role="teacher")
    student, url = answer_written(client, auth, "The wall is about tourism.")
    class_with(teacher, student)
    written_by(teacher)
    answer = db.session.scalar(select(Answer))
    assert answer.score == 0
    auth.login("ms-reed")
    listing = client.get("/teach/answers").text
    assert "The wall is about tourism." in listing
    response = client.post(
        f"/teach/answers/{answer.id}",
        data={"override-score": "1", "override-comment": "Fair point about visitors."},
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert answer.final_score == 1 and answer.score == 0
    assert latest_attempt(student).score == 1
    best = db.session.scalar(select(BestScore).where(BestScore.user_id == student.id))
    assert best.score == 1
    auth.logout()
    auth.login("pupil")
    page = client.get(url).text
    # The teacher's grade and comment come first; the automatic feedback after
    # them, marked as replaced.
    teacher_grade = page.index("Your teacher graded this answer 1 of 1.")
    comment = page.index("Fair point about visitors.")
    superseded = page.index("replaced by your teacher’s grade")
    automatic = page.index("The automatic grader gave 0 of 1")
    key_points = page.index("<h3>Key points</h3>")
    assert teacher_grade < comment < superseded < automatic < key_points
    assert "Your teacher’s grade" in page.split('id="feedback-heading"')[1][:300]
    result = client.get(url.split("/items/")[0] + "/result").text
    assert result.index("Your teacher’s grade: 1/1") < result.index(
        "Automatic feedback (replaced by your teacher’s grade): 0/1"
    )


def _answer_ms_reed_grades(client, auth) -> Answer:
    """A student's written answer in Ms Reed's class, with Ms Reed logged in."""
    teacher = make_user("ms-reed", role="teacher")
    student, _ = answer_written(client, auth)
    class_with(teacher, student)
    written_by(teacher)
    auth.login("ms-reed")
    return db.session.scalar(select(Answer))


def test_override_outside_the_question_range_is_refused(client, auth, mini_pack):
    answer = _answer_ms_reed_grades(client, auth)
    response = client.post(f"/teach/answers/{answer.id}", data={"override-score": "7"})
    assert response.status_code == 400
    assert "between 0 and 1" in response.text


def test_an_override_takes_a_decimal_comma_and_text_gets_one_message(
    client, auth, mini_pack
):
    answer = _answer_ms_reed_grades(client, auth)
    refused = client.post(f"/teach/answers/{answer.id}", data={"override-score": "abc"})
    assert refused.status_code == 400
    assert "Not a valid decimal value" in refused.text
    assert "must be at least" not in refused.text
    saved = client.post(f"/teach/answers/{answer.id}", data={"override-score": "0,5"})
    assert saved.status_code == 302
    db.session.refresh(answer)
    assert answer.override_score == 0.5


def test_teachers_reach_only_their_own_students_answers(client, auth, mini_pack):
    teacher = make_user("ms-reed", role="teacher")
    make_user("mr-other", role="teacher")
    student, _ = answer_written(client, auth)
    class_with(teacher, student)
    answer = db.session.scalar(select(Answer))
    auth.login("mr-other")
    assert "fewer floods" not in client.get("/teach/answers").text
    assert client.get(f"/teach/answers/{answer.id}").status_code == 404
    assert client.get(f"/teach/items/{answer.item_id}/regrade").status_code == 404
    auth.logout()
    auth.login("pupil")
    assert client.get(f"/teach/answers/{answer.id}").status_code == 403


def test_rubric_change_previews_then_applies_regrades_and_keeps_overrides(
    client, auth, mini_pack, tmp_path
):
    """Shared packs (content/) are an admin's to regrade: they load them."""
    teacher = make_user("ms-reed", role="admin")
    student, _ = answer_written(client, auth, "Tourists will love the new wall.")
    other = make_user("pupil2")
    class_with(teacher, student, other)
    client.post("/auth/login", data={"username": "pupil2", "password": "password123"})
    client.post(start(client, "written"), data={"text": "Tourists will love it."})
    auth.logout()
    first, second = db.session.scalars(select(Answer).order_by(Answer.id)).all()
    auth.login("ms-reed")
    client.post(f"/teach/answers/{second.id}", data={"override-score": "0.5"})

    edited = tmp_path / "mini"
    shutil.copytree(MINI_PACK, edited)
    written = edited / "written.yaml"
    written.write_text(
        written.read_text().replace(
            '"protects the town from floods"]',
            '"protects the town from floods", "tourists will love the wall"]',
        )
    )
    assert load_packs(edited)[0].status == "updated"
    listing = client.get("/teach/answers").text
    assert "See which grades would change" in listing
    preview = client.get(f"/teach/items/{first.item_id}/regrade").text
    assert "Tourists will love the new wall." in preview
    assert "your grade 0.5 is kept" in preview
    assert first.score == 0
    response = client.post(f"/teach/items/{first.item_id}/regrade")
    assert response.status_code == 302
    db.session.expire_all()
    assert first.score == 1 and first.final_score == 1
    assert second.score == 1 and second.final_score == 0.5
    assert latest_attempt(student).score == 1
    assert "Regraded 2 answers." in client.get("/teach/answers").text
    assert "has changed since" not in client.get("/teach/answers").text


def test_restoring_the_automatic_grade_undoes_the_override(client, auth, mini_pack):
    teacher = make_user("ms-reed", role="teacher")
    student, _ = answer_written(client, auth, "The wall is about tourism.")
    class_with(teacher, student)
    written_by(teacher)
    answer = db.session.scalar(select(Answer))
    auth.login("ms-reed")
    client.post(f"/teach/answers/{answer.id}", data={"override-score": "1"})
    client.post(f"/teach/answers/{answer.id}", data={"restore-submit": "y"})
    db.session.expire_all()
    assert answer.override_score is None and answer.final_score == 0
    assert latest_attempt(student).score == 0


def test_after_a_regrade_no_answer_is_left_on_the_old_rubric_and_counts_agree(
    client, auth, mini_pack, tmp_path
):
    teacher = make_user("ms-reed", role="admin")  # shared packs: an admin regrades
    student, _ = answer_written(client, auth, "Tourists will love the new wall.")
    class_with(teacher, student)
    auth.login("ms-reed")
    edited = tmp_path / "mini"
    shutil.copytree(MINI_PACK, edited)
    written = edited / "written.yaml"
    written.write_text(
        written.read_text().replace(
            '"protects the town from floods"]',
            '"protects the town from floods", "keeps the sea out"]',
        )
    )
    assert load_packs(edited)[0].status == "updated"
    listing = client.get("/teach/answers").text
    assert "has changed since 1 answer was graded." in listing
    item_id = db.session.scalar(select(Answer)).item_id
    response = client.post(f"/teach/items/{item_id}/regrade")
    assert response.status_code == 302
    listing = client.get("/teach/answers").text
    assert "No grade changed; the answers now follow the new rubric." in listing
    assert "has changed since" not in listing
    assert "See which grades would change" not in listing
