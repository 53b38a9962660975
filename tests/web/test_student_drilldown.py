"""From the class report a teacher opens one student's work on an assignment:
every item with what they chose or wrote, the score and the feedback shown."""

from quizapp.services import review

from ..conftest import make_user
from .classes_helpers import answer, assign_mini, enrol, make_class


def _url(classroom, assignment, student, **query):
    url = (
        f"/teach/classes/{classroom.id}/assignments/{assignment.id}"
        f"/students/{student.id}"
    )
    return url + "".join(f"?{k}={v}" for k, v in query.items())


def test_the_report_links_each_score_to_the_students_answers(
    client, auth, mini_pack
):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    student = enrol(classroom, "ann", nickname="Kestrel")
    page = client.get(f"/teach/classes/{classroom.id}/reports").text
    assert f'href="{_url(classroom, assignment, student)}"' in page


def test_a_teacher_sees_every_item_with_the_answer_score_and_feedback(
    client, auth, mini_pack
):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    student = enrol(classroom, "ann", nickname="Kestrel")
    answer(student, "claims", {"c2": {"label": "opinion"}})
    written = answer(student, "written", {"w1": {"text": "Kestrel thinks it floods."}})
    # The mini pack has no author in the class, so an admin overrides the grade.
    admin = make_user("head", role="admin")
    review.override_answer(admin, written.answers[0], 1, "Good start, Kestrel.")
    page = client.get(_url(classroom, assignment, student)).text
    assert "<h1>Kestrel: Harbour Plans Announced</h1>" in page
    assert "“The council approved a new harbour wall on Monday" in page
    assert "You chose <strong>Opinion</strong>; the answer is" in page  # c2, wrong
    assert "✗ Missed" in page and "✓ Right" in page
    assert "Kestrel thinks it floods." in page  # what they wrote
    assert "your comment: “Good start, Kestrel.”" in page
    assert "Not started yet." in page  # the questions set


def test_older_attempts_can_be_opened_and_only_the_students_own(
    client, auth, mini_pack
):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    student = enrol(classroom, "ann")
    first = answer(student, "claims", {"c1": {"label": "opinion"}})
    answer(student, "claims")  # a retake, all right
    newest = client.get(_url(classroom, assignment, student)).text
    assert "Attempt 2, started" in newest and "Attempt 1</a>" in newest
    older = client.get(_url(classroom, assignment, student, attempt=first.id)).text
    assert "Attempt 1, started" in older
    assert "You chose <strong>Opinion</strong>" in older
    other = enrol(classroom, "ben")
    theirs = answer(other, "claims")
    mixed = client.get(_url(classroom, assignment, student, attempt=theirs.id)).text
    assert "Attempt 2, started" in mixed  # someone else's attempt id is ignored


def test_only_members_of_the_teachers_own_class_can_be_opened(
    client, auth, mini_pack
):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    outsider = make_user("outsider")
    assert client.get(_url(classroom, assignment, outsider)).status_code == 404
    other = make_class(make_user("other", role="teacher"), "Other class")
    member = enrol(other, "cat")
    assert client.get(_url(classroom, assignment, member)).status_code == 404
    assert client.get(_url(other, assignment, member)).status_code == 404


def test_the_options_are_listed_in_the_order_the_student_saw_them(
    client, auth, mini_pack
):
    from quizapp.extensions import db
    from quizapp.services import attempts as attempts_svc

    from .classes_helpers import exercise

    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    student = enrol(classroom, "ann", nickname="Kestrel")
    attempt = attempts_svc.start_or_resume(student, exercise("questions"))
    q1 = next(i for i in attempt.exercise.items if i.key == "q1")
    seen = [o["id"] for o in q1.spec["options"]][::-1]  # shown reversed
    attempt.plan = {**(attempt.plan or {}), "options": {str(q1.id): seen}}
    db.session.commit()
    answer(student, "questions")
    page = client.get(_url(classroom, assignment, student)).text
    listed = page[page.index("The mayor") - 2000 :]
    order = sorted(["The mayor", "Some experts", "Nobody"], key=listed.index)
    assert order == ["Nobody", "Some experts", "The mayor"]
