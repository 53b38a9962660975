"""Teacher reports: class overview, item analysis and grades as CSV."""

from __future__ import annotations

import csv
import io

import pytest

from quizapp.extensions import db
from quizapp.services import reports
from quizapp.services.attempts import attempt_items, start_or_resume, submit_answer

from ..conftest import make_user
from .classes_helpers import (
    RIGHT,
    answer,
    assign_mini,
    enrol,
    finish_set,
    make_class,
)
from .helpers import exercise

#: First attempts of five students at the claims and questions exercises.
CLAIMS = [
    {"c2": {"label": "sourced"}},
    {"c2": {"label": "sourced"}},
    {"c2": {"label": "sourced"}, "c3": {"label": "unsourced"}},
    {},
    {"c2": {"label": "opinion"}},
]
QUESTIONS = [
    {"q1": {"choice": "b"}},
    {"q1": {"choice": "b"}, "q2": {"choices": ["a", "c"]}},
    {"q1": {"choice": "c"}},
    {},
    {},
]


@pytest.fixture()
def taught(mini_pack):
    """A class of five who answered claims and questions as above; the first also
    wrote the free-text answer, then retook the claims and got them all right."""
    teacher = make_user("teacher", role="teacher")
    classroom = make_class(teacher, "Media 9B")
    assignment = assign_mini(classroom)
    students = [enrol(classroom, f"kid{n}", nickname=f"Kid {n}") for n in range(5)]
    for student, claims, questions in zip(students, CLAIMS, QUESTIONS, strict=True):
        answer(student, "claims", claims)
        answer(student, "questions", questions)
    answer(students[0], "written")
    answer(students[0], "claims")
    return classroom, assignment, students


def test_item_analysis_gives_share_correct_and_most_chosen_wrong_answer(taught):
    classroom, assignment, _ = taught
    analysis = reports.item_analysis(classroom, assignment)
    claims = {row.key: row for row in analysis.claims}
    assert claims["c1"].share_correct == 1.0 and claims["c1"].top_wrong is None
    assert claims["c2"].answered == 5  # the retake does not count
    assert claims["c2"].share_correct == pytest.approx(0.2)
    assert claims["c2"].top_wrong == ("Sourced fact", 3)
    assert claims["c3"].top_wrong == ("Unsourced claim", 1)
    questions = {row.key: row for row in analysis.questions}
    assert questions["q1"].share_correct == pytest.approx(0.4)
    assert questions["q1"].top_wrong == ("Some experts", 2)
    assert questions["q2"].top_wrong == (
        "The wall was approved + The wall is finished",
        1,
    )
    assert questions["w1"].answered == 1


def test_item_analysis_names_the_claim_kinds_the_class_mislabels_most(taught):
    classroom, assignment, _ = taught
    misses = reports.item_analysis(classroom, assignment).cue_misses
    assert [m.kind for m in misses] == [
        "speculation, vague attribution",
        "opinion",
        "sourced fact, named source",
    ]
    assert misses[0].sentence == (
        "“speculation, vague attribution” sentences were labelled Sourced fact "
        "60% of the time (5 answers)."
    )
    assert misses[2].miss_share == 0.0


def test_a_claim_kind_mislabelled_in_its_only_answer_says_one_answer():
    miss = reports.CueMiss("opinion", answered=1, correct=0)
    miss.chosen["Unsourced claim"] += 1
    assert miss.sentence == (
        "“opinion” sentences were labelled Unsourced claim 100% of the time "
        "(1 answer)."
    )


def test_item_analysis_page_shows_the_figures(client, auth, taught):
    classroom, assignment, _ = taught
    auth.login("teacher")
    url = f"/teach/classes/{classroom.id}/assignments/{assignment.id}/items"
    page = client.get(url).text
    assert "labelled Sourced fact 60% of the time (5 answers)" in page
    assert "Some experts (2×)" in page
    assert "Some experts believe the wall could reduce flooding." in page


def test_overview_shows_each_student_per_assignment_and_per_skill(client, auth, taught):
    classroom, assignment, students = taught
    finish_set(students[3])
    overview = reports.class_overview(classroom)
    cell = overview.cells[(students[3].id, assignment.id)]
    assert (cell.status, cell.finished, cell.total, cell.share) == ("done", 3, 3, 1.0)
    cell = overview.cells[(students[1].id, assignment.id)]
    assert (cell.status, cell.finished) == ("due", 2)
    # 2 of 3 claims, 1 of 3 questions, the written answer (1 point) not started
    assert cell.share == pytest.approx(3 / 7)
    assert overview.skills[students[3].id]["speculation"] == 1.0
    assert overview.skills[students[0].id]["speculation"] == 0.5  # wrong, then right
    assert overview.class_skills["opinion"] == pytest.approx(6 / 7)
    assert overview.done_share[assignment.id] == pytest.approx(0.4)

    auth.login("teacher")
    page = client.get(f"/teach/classes/{classroom.id}/reports").text
    assert '<svg viewBox="0 0 640' in page and 'role="img"' in page
    assert "Spotting speculation (accuracy)" in page
    assert "Harbour Plans Announced (finished): 40%" in page
    assert "Kid 3" in page and "kid3" not in page


def rows_of(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_grades_download_as_csv_one_row_per_student(client, auth, taught):
    classroom, assignment, students = taught
    finish_set(students[3])
    auth.login("teacher")
    url = f"/teach/classes/{classroom.id}/assignments/{assignment.id}/grades.csv"
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        'filename="media-9b-mini-grades.csv"' in response.headers["Content-Disposition"]
    )
    rows = rows_of(response.data)
    assert rows[0] == [
        "Student",
        "Username",
        "Fact or speculation? (points)",
        "Check your understanding (points)",
        "In your own words (points)",
        "Points",
        "Max points",
        "Percent",
        "Status",
        "Completed at (UTC)",
    ]
    assert len(rows) == 1 + len(students)
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Kid 3"][1:9] == [
        "kid3",
        "3.0",
        "3.0",
        "1.0",
        "7.0",
        "7.0",
        "100.0",
        "done",
    ]
    assert by_name["Kid 1"][2:8] == ["2.0", "1.0", "not started", "3.0", "7.0", "42.9"]
    assert by_name["Kid 1"][8:] == ["due: unfinished (2 of 3 exercises done)", ""]


def test_grades_percent_counts_skipped_exercises_against_full_marks(
    client, auth, taught
):
    """A student who skips an exercise scores lower, not higher, than one who
    does it badly: percent is over everything assigned."""
    classroom, assignment, students = taught
    skipper, worker = students[3], students[4]
    answer(worker, "written", {"w1": {"text": "Something about the harbour."}})
    attempt = start_or_resume(skipper, exercise("written"))
    assert attempt.finished_at is None
    _, data = reports.grades_csv(classroom, assignment)
    by_name = {row[0]: row for row in rows_of(data)[1:]}
    # Kid 3: all claims and questions right, written not started: 6 of 7.
    assert by_name["Kid 3"][4:8] == ["not started", "6.0", "7.0", "85.7"]
    assert by_name["Kid 3"][8].endswith("unfinished (2 of 3 exercises done)")
    # Kid 4: same claims and questions minus one, written answered with no credit.
    assert by_name["Kid 4"][4] == "0.0"
    assert by_name["Kid 4"][6] == "7.0"
    assert float(by_name["Kid 4"][7]) < float(by_name["Kid 3"][7])


def test_a_started_but_unfinished_exercise_shows_its_points_so_far(
    client, auth, taught
):
    classroom, assignment, _ = taught
    late = enrol(classroom, "latecomer", nickname="Late Comer")
    attempt = start_or_resume(late, exercise("claims"))
    first = attempt_items(attempt.exercise)[0]
    submit_answer(attempt, first, RIGHT[first.key])
    _, data = reports.grades_csv(classroom, assignment)
    row = {row[0]: row for row in rows_of(data)[1:]}["Late Comer"]
    assert row[2:5] == ["unfinished (1.0 so far)", "not started", "not started"]
    assert row[5:8] == ["1.0", "7.0", "14.3"]
    assert row[8] == "due: unfinished (0 of 3 exercises done)"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, auth, taught):
    classroom, assignment, _ = taught
    exercise("claims").title = 'Quotes "here", commas'
    exercise("questions").title = '=HYPERLINK("http://evil.example","Click")'
    enrol(classroom, "@SUM(1+1)", nickname="Plus One")
    db.session.commit()
    _, data = reports.grades_csv(classroom, assignment)
    rows = rows_of(data)
    assert rows[0][2] == 'Quotes "here", commas (points)'
    assert rows[0][3] == '\'=HYPERLINK("http://evil.example","Click") (points)'
    assert ["Plus One", "'@SUM(1+1)"] in [row[:2] for row in rows]
    assert b'"Quotes ""here"", commas (points)"' in data


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\t=1", "'\t=1"),
        ("Owl", "Owl"),
        (-1.5, -1.5),
    ],
)
def test_formula_guard_prefixes_dangerous_text_only(value, safe):
    assert reports.safe_cell(value) == safe


def test_reports_work_for_an_empty_class(client, auth, mini_pack):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    base = f"/teach/classes/{classroom.id}"
    assert "No students yet." in client.get(f"{base}/reports").text
    page = client.get(f"{base}/assignments/{assignment.id}/items").text
    assert "No claim answers yet." in page
    rows = rows_of(client.get(f"{base}/assignments/{assignment.id}/grades.csv").data)
    assert len(rows) == 1


def test_item_analysis_of_a_class_of_one_says_one_student(client, auth, mini_pack):
    teacher = make_user("teacher", role="teacher")
    classroom = make_class(teacher, "Media 9C")
    assignment = assign_mini(classroom)
    student = enrol(classroom, "solo", nickname="Sam S")
    answer(student, "claims", {"c2": {"label": "opinion"}})
    auth.login("teacher")
    url = f"/teach/classes/{classroom.id}/assignments/{assignment.id}/items"
    page = client.get(url).text
    assert "1 student in the class." in page
    assert "1 students" not in page
