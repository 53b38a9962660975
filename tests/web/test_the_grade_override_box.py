"""The grade-override box on a written answer's page shows the grade as a
teacher writes it: "0", not "0.0"; "2", not "2.0"; "1.5" as it is."""

import re

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Answer

from ..conftest import make_user
from .test_review_written_answers import answer_written, class_with, written_by


def override_box(page: str) -> str:
    box = re.search(r'<input[^>]*name="override-score"[^>]*>', page).group(0)
    return re.search(r'value="([^"]*)"', box).group(1)


@pytest.mark.parametrize(
    ("override", "shown"), [(None, "0"), (2.0, "2"), (1.5, "1.5"), (0.25, "0.25")]
)
def test_the_override_box_shows_the_grade_without_a_trailing_zero(
    client, auth, mini_pack, override, shown
):
    teacher = make_user("ms-reed", role="teacher")
    student, _ = answer_written(client, auth, "The wall is about tourism.")
    class_with(teacher, student)
    written_by(teacher)
    answer = db.session.scalar(select(Answer))
    assert answer.score == 0
    answer.override_score = override
    db.session.commit()
    auth.login("ms-reed")
    page = client.get(f"/teach/answers/{answer.id}")
    assert page.status_code == 200
    assert override_box(page.text) == shown


def test_a_grade_typed_with_an_error_is_shown_back_as_typed(client, auth, mini_pack):
    teacher = make_user("ms-reed", role="teacher")
    student, _ = answer_written(client, auth)
    class_with(teacher, student)
    written_by(teacher)
    answer = db.session.scalar(select(Answer))
    auth.login("ms-reed")
    page = client.post(f"/teach/answers/{answer.id}",
                       data={"override-score": "2.50", "override-comment": "x" * 1001})
    assert page.status_code == 400
    assert override_box(page.text) == "2.50"
