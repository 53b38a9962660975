"""A teacher's personal-data download holds their own work (articles,
exercises, drafts, classes, assignments, live games hosted, grades changed,
LMS platforms registered, actions on others), never another teacher's, never
a secret (join codes, game PINs, LMS client ids, password hashes) and never a
student's name; a student's download keeps its sections.

ASVS 8.3.2 (users export their data on demand), 8.2.2 (data only to its
owner), 8.3.4 (sensitive data, e.g. tokens and keys, is not exposed).
"""

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Draft, User
from quizapp.services import (
    accounts,
    classrooms,
    live_answers,
    live_games,
    live_play,
    lti,
    review,
)

from ..web.live_helpers import claims_exercise_id, right_answer
from .test_personal_data_download import _csv_rows, _download, _everything

#: A student's sections, in order: a teacher's work never adds to them.
STUDENT_SECTIONS = [
    "profile",
    "classes",
    "attempts",
    "answers",
    "best_scores",
    "practice_days",
    "live_games",
    "live_answers",
    "lms_accounts",
    "lms_grades",
    "account_events",
]
WORK_SECTIONS = [
    "articles",
    "exercises",
    "drafts",
    "classes_taught",
    "assignments_set",
    "live_games_hosted",
    "grades_changed",
    "lms_platforms_registered",
    "actions",
]
#: Each column naming a user by another name than user_id, and its section.
REFERENCES = {
    ("articles", "owner_id"): "articles",
    ("drafts", "owner_id"): "drafts",
    ("classrooms", "teacher_id"): "classes_taught",
    ("live_games", "host_id"): "live_games_hosted",
    ("answers", "overridden_by_id"): "grades_changed",
}


def _draft(teacher: User, slug: str, title: str, article_id=None) -> Draft:
    draft = Draft(
        owner_id=teacher.id,
        slug=slug,
        article_id=article_id,
        data={"meta": {"title": title}, "body": "Text.", "exercises": []},
        deleted_items=[{"exercise": "claims", "position": 0, "item": {"id": "c9"}}],
    )
    db.session.add(draft)
    db.session.commit()
    return draft


def _teacher_at_work(school) -> dict:
    """The owner drafted, taught, hosted a game the member played, and changed
    the member's grade."""
    owner, member = school["owner"], school["member"]
    article = db.session.scalar(select(Article))
    _draft(owner, "harbour-draft", "Harbour Plans Announced", article.id)
    game = live_games.host_game(
        owner,
        article,
        classroom=school["classroom"],
        exercise_ids=[claims_exercise_id(article)],
        blocked_words=["bananas"],
    )
    player = live_play.join_game(game, user=member)
    live_games.move(game, "start")
    live_answers.submit_live_answer(game, player, right_answer(game))
    answer = school["answer"]
    review.override_answer(owner, answer, answer.max_score / 2, "A fair start.")
    return {"article": article, "game": game, "answer": answer}


def _rival_at_work() -> User:
    rival = db.session.scalar(select(User).filter_by(username="other_teacher"))
    classrooms.create_classroom(rival, "Rival 8C")
    _draft(rival, "rival-draft", "Rival Draft Title")
    return rival


def test_a_teachers_download_holds_each_kind_of_their_work(client, school):
    work = _teacher_at_work(school)
    article, game, answer = work["article"], work["game"], work["answer"]

    data, archive = _download(client, "owner")
    assert list(data) == [*STUDENT_SECTIONS[:-1], *WORK_SECTIONS, "account_events"]
    [owned] = data["articles"]
    assert owned["article"] == article.slug and owned["title"] == article.title
    assert owned["version"] == article.version and owned["published"] is True
    assert owned["created_at"] and owned["updated_at"]
    active = [e for e in data["exercises"] if e["active"]]
    assert owned["exercises"] == len(active) > 0
    assert owned["items"] == sum(e["items"] for e in active) > 0
    assert {e["article"] for e in data["exercises"]} == {article.slug}
    [draft] = data["drafts"]
    assert draft["draft"] == "harbour-draft" and draft["published_as"] == article.slug
    assert '"title": "Harbour Plans Announced"' in draft["exercise_set"]
    assert '"c9"' in draft["deleted_items"]
    [taught] = data["classes_taught"]
    assert taught["class"] == "7B" and taught["students"] == 1
    assert taught["open_for_joining"] is True and taught["leaderboard"] == "visible"
    [assigned] = data["assignments_set"]
    assert assigned == {
        "class": "7B",
        "article": article.title,
        "due_at": "",
        "assigned_at": assigned["assigned_at"],
    }
    [hosted] = data["live_games_hosted"]
    assert hosted["game"] == game.id and hosted["class"] == "7B"
    assert hosted["article"] == article.title and hosted["exercises"]
    assert hosted["players"] == 1 and hosted["questions"] == len(game.questions)
    assert hosted["blocked_words"] == "bananas" and hosted["created_at"]
    [changed] = data["grades_changed"]
    assert (changed["answer"], changed["attempt"]) == (answer.id, answer.attempt_id)
    assert changed["teacher_grade"] == answer.max_score / 2
    assert changed["comment"] == "A fair start." and changed["changed_at"]
    assert "Grade overridden" in [a["event"] for a in data["actions"]]
    assert data["lms_platforms_registered"] == []
    assert _csv_rows(archive, "classes_taught.csv")[0]["class"] == "7B"
    assert _csv_rows(archive, "grades_changed.csv")[0]["comment"] == "A fair start."
    for section in WORK_SECTIONS:
        assert f"{section}.csv" in archive.namelist(), section
    page = client.get("/auth/account").text
    assert "the classes you teach (never their join" in " ".join(page.split())


def test_an_admins_download_lists_the_lms_platforms_they_registered_without_keys(
    client, school
):
    admin = db.session.scalar(select(User).filter_by(username="admin"))
    platform = lti.register_platform(
        admin,
        ["deploy-secretive-1"],
        name="County Moodle",
        issuer="https://moodle.county.example",
        client_id="client-secretive-7",
        auth_login_url="https://moodle.county.example/auth",
        auth_token_url="https://moodle.county.example/token",
        key_set_url="https://moodle.county.example/certs",
        auth_audience=None,
    )
    data, archive = _download(client, "admin")
    [registered] = data["lms_platforms_registered"]
    assert registered["platform"] == "County Moodle"
    assert registered["issuer"] == "https://moodle.county.example"
    assert registered["still_registered"] is True and registered["registered_at"]
    assert "LMS platform registered" in [a["event"] for a in data["actions"]]
    everything = _everything(archive)
    assert "secretive" not in everything and "PRIVATE KEY" not in everything

    lti.remove_platform(admin, platform)
    data, _archive = _download(client, "admin")
    assert [p["still_registered"] for p in data["lms_platforms_registered"]] == [
        False
    ]


def test_a_teachers_download_never_holds_another_teachers_work(client, school):
    _teacher_at_work(school)
    _rival_at_work()

    data, archive = _download(client, "owner")
    everything = _everything(archive)
    assert "Rival 8C" not in everything and "rival-draft" not in everything
    assert "Rival Draft Title" not in everything
    assert [c["class"] for c in data["classes_taught"]] == ["7B"]

    data, archive = _download(client, "other_teacher")
    assert [c["class"] for c in data["classes_taught"]] == ["Rival 8C"]
    assert [d["draft"] for d in data["drafts"]] == ["rival-draft"]
    for section in ("articles", "exercises", "assignments_set", "live_games_hosted"):
        assert data[section] == [], section
    assert data["grades_changed"] == [] and data["actions"] == []
    everything = _everything(archive)
    assert "7B" not in everything and "harbour-draft" not in everything
    assert "A fair start." not in everything and "bananas" not in everything


def test_a_teachers_download_never_holds_a_secret_or_a_students_name(
    client, school
):
    work = _teacher_at_work(school)
    owner = school["owner"]
    data, archive = _download(client, "owner")
    everything = _everything(archive)
    assert school["classroom"].join_code not in everything
    assert owner.password_hash not in everything
    assert owner.session_token not in everything
    values = {
        str(value) for rows in data.values() for row in rows for value in row.values()
    }
    assert work["game"].pin not in values
    assert "member" not in values and "Kestrel" not in everything
    keys = {
        key
        for section, rows in data.items()
        if section != "profile"
        for row in rows
        for key in row
    }
    assert not keys & {"join_code", "pin", "client_id", "password_hash", "username"}
    assert "username" in data["profile"][0]  # the owner's own, in their profile


def test_a_students_download_keeps_its_sections_when_teachers_worked_on_it(
    client, school
):
    _teacher_at_work(school)
    _rival_at_work()
    data, archive = _download(client, "member")
    assert "classes you teach" not in client.get("/auth/account").text
    assert list(data) == STUDENT_SECTIONS
    assert sorted(archive.namelist()) == sorted(
        ["data.json", *(f"{section}.csv" for section in STUDENT_SECTIONS)]
    )
    [graded] = [a for a in data["answers"] if a["teacher_comment"]]
    assert graded["teacher_comment"] == "A fair start."


def test_a_former_teacher_made_a_student_still_gets_their_work(client, school):
    _teacher_at_work(school)
    accounts.set_role("owner", "student")
    data, _archive = _download(client, "owner")
    assert [c["class"] for c in data["classes_taught"]] == ["7B"]
    assert data["articles"] and data["grades_changed"]


def test_every_column_naming_a_teacher_is_in_the_download(client, school):
    references = {
        (table.name, column.name)
        for table in db.metadata.sorted_tables
        for column in table.columns
        if column.name != "user_id"
        and any(fk.column.table.name == "users" for fk in column.foreign_keys)
    }
    assert references == set(REFERENCES), "add the column to teaching_data and here"
    data, _archive = _download(client, "other_teacher")
    assert set(REFERENCES.values()) <= set(data)


def test_a_teachers_download_sends_as_many_statements_for_much_work_as_for_little(
    client, school, count_statements
):
    _teacher_at_work(school)
    _download(client, "owner")  # logs in; the downloads counted below do not
    db.session.expire_all()
    with count_statements() as little:
        client.get("/auth/account/data.zip")
    owner, article = school["owner"], db.session.scalar(select(Article))
    for name in ("8A", "8B", "8C"):
        classroom = classrooms.create_classroom(owner, name)
        live_games.host_game(
            owner,
            article,
            classroom=classroom,
            exercise_ids=[claims_exercise_id(article)],
        )
    _draft(owner, "second-draft", "Second Draft")
    db.session.expire_all()
    with count_statements() as much:
        response = client.get("/auth/account/data.zip")
    assert response.status_code == 200
    assert len(much) == len(little)
