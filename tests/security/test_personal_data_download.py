"""The personal-data download holds every row stored about its owner (LMS
links and grades, live games, best scores and practice days included) and
nothing about anyone else, and never a secret.

ASVS 8.3.2 (users export their data on demand), 8.2.2 (a student's data only
to them), 8.3.4 (sensitive data, e.g. tokens and keys, is not exposed).
"""

import csv
import io
import json
import zipfile

from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import (
    Article,
    AuditEvent,
    LtiContext,
    LtiGradePassback,
    LtiLineItem,
    LtiPlatform,
    LtiResourceLink,
    LtiUserLink,
    User,
)
from quizapp.models._base import utcnow
from quizapp.services import audit, live_answers, live_games, live_play, lti, lti_tool

from ..web.live_helpers import claims_exercise_id, right_answer
from .conftest import log_in

#: Each table with a user_id column, and the download's section that lists it.
SECTIONS = {
    "attempts": "attempts",
    "memberships": "classes",
    "best_scores": "best_scores",
    "practice_days": "practice_days",
    "live_players": "live_games",
    "lti_user_links": "lms_accounts",
    "lti_grade_passbacks": "lms_grades",
}
UNAVAILABLE = "HTTPError: 503 Gradebook Unavailable"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0b29sIn0.c2lnbmF0dXJl"


def _download(client, username: str) -> tuple[dict, zipfile.ZipFile]:
    client.post("/auth/logout")
    log_in(client, username)
    response = client.get("/auth/account/data.zip")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    return json.loads(archive.read("data.json")), archive


def _csv_rows(archive: zipfile.ZipFile, name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(archive.read(name).decode())))


def _everything(archive: zipfile.ZipFile) -> str:
    return "\n".join(archive.read(name).decode() for name in archive.namelist())


def _lms_course(article: Article) -> LtiLineItem:
    """A registered Moodle with a course whose activity opens `article`."""
    lti_tool.tool_key()  # the tool's key pair exists, as after any launch
    platform = LtiPlatform(
        name="County Moodle",
        issuer="https://moodle.county.example",
        client_id="client-secretive-7",
        auth_login_url="https://moodle.county.example/mod/lti/auth.php",
        auth_token_url="https://moodle.county.example/mod/lti/token.php",
        key_set_url="https://moodle.county.example/mod/lti/certs.php",
    )
    context = LtiContext(platform=platform, context_id="c-9", title="Media 9 (LMS)")
    link = LtiResourceLink(
        platform=platform,
        context=context,
        resource_link_id="rl-1",
        article_id=article.id,
        title="Floods homework",
    )
    line_item = LtiLineItem(
        resource_link=link,
        url="https://moodle.county.example/mod/lti/services.php/2/lineitems/5",
        scopes=["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
    )
    db.session.add(line_item)
    db.session.commit()
    return line_item


def _link(user: User, line_item: LtiLineItem, subject: str, **passback):
    platform_id = line_item.resource_link.platform_id
    db.session.add(LtiUserLink(platform_id=platform_id, subject=subject, user=user))
    db.session.add(
        LtiGradePassback(
            line_item=line_item,
            user_id=user.id,
            subject=subject,
            score_maximum=4.0,
            scored_at="2026-12-01T09:00:00.000Z",
            **passback,
        )
    )
    db.session.commit()


def test_the_download_lists_the_lms_account_and_grades_of_its_owner_only(
    client, school
):
    article = db.session.scalar(select(Article))
    line_item = _lms_course(article)
    member = school["member"]
    outsider = db.session.scalar(select(User).filter_by(username="outsider"))
    _link(
        member,
        line_item,
        "moodle-42",
        score_given=3.0,
        status="sent",
        tries=1,
        sent_at=utcnow(),
    )
    _link(
        outsider,
        line_item,
        "moodle-77",
        score_given=1.0,
        status="pending",
        tries=2,
        last_error=UNAVAILABLE,
    )

    data, archive = _download(client, "member")
    [account] = data["lms_accounts"]
    assert account["platform"] == "County Moodle"
    assert account["issuer"] == "https://moodle.county.example"
    assert account["lms_user_id"] == "moodle-42" and account["linked_at"]
    [grade] = data["lms_grades"]
    assert grade["course"] == "Media 9 (LMS)"
    assert grade["activity"] == "Floods homework"
    assert grade["exercise_set"] == article.title
    assert grade["line_item"] == line_item.url
    assert (grade["score"], grade["max_score"]) == (3.0, 4.0)
    assert grade["state"] == "sent" and grade["sent_at"] and grade["error"] == ""
    assert _csv_rows(archive, "lms_accounts.csv")[0]["lms_user_id"] == "moodle-42"
    assert _csv_rows(archive, "lms_grades.csv")[0]["state"] == "sent"
    everything = _everything(archive)
    assert "moodle-77" not in everything and "Gradebook Unavailable" not in everything
    assert "client-secretive-7" not in everything
    assert "PRIVATE KEY" not in everything

    data, archive = _download(client, "outsider")
    assert [a["lms_user_id"] for a in data["lms_accounts"]] == ["moodle-77"]
    [grade] = data["lms_grades"]
    assert grade["state"] == "pending" and grade["tries"] == 2
    assert grade["error"] == UNAVAILABLE and grade["sent_at"] == ""
    assert "moodle-42" not in _everything(archive)


def test_lms_rows_are_listed_as_long_as_they_are_stored(client, school):
    line_item = _lms_course(db.session.scalar(select(Article)))
    member = school["member"]
    _link(member, line_item, "moodle-42", score_given=3.0)
    admin = db.session.scalar(select(User).filter_by(username="admin"))
    lti.remove_platform(admin, line_item.resource_link.platform)
    db.session.expire_all()
    data, _archive = _download(client, "member")
    for model, section in (
        (LtiUserLink, "lms_accounts"),
        (LtiGradePassback, "lms_grades"),
    ):
        stored = db.session.scalar(
            select(func.count()).select_from(model).where(model.user_id == member.id)
        )  # PostgreSQL cascades the removal; SQLite keeps the rows
        assert len(data[section]) == stored, section


def test_an_lms_error_in_the_download_never_shows_a_token(client, school):
    line_item = _lms_course(db.session.scalar(select(Article)))
    error = f"LtiServiceException: 401 for Authorization: Bearer {TOKEN}"
    _link(school["member"], line_item, "moodle-42", score_given=3.0, last_error=error)
    data, archive = _download(client, "member")
    [grade] = data["lms_grades"]
    assert (
        grade["error"] == "LtiServiceException: 401 for Authorization: Bearer [removed]"
    )
    assert TOKEN not in _everything(archive)


def test_the_download_lists_live_games_best_scores_and_practice_days_of_its_owner_only(
    client, school
):
    member, article = school["member"], db.session.scalar(select(Article))
    game = live_games.host_game(
        school["owner"],
        article,
        classroom=school["classroom"],
        exercise_ids=[claims_exercise_id(article)],
    )
    player = live_play.join_game(game, user=member)
    live_games.move(game, "start")
    live_answers.submit_live_answer(game, player, right_answer(game))

    data, archive = _download(client, "member")
    [played] = data["live_games"]
    assert played["game"] == game.id and played["class"] == "7B"
    assert played["nickname"] == "Kestrel" and played["correct"] == 1
    [answered] = data["live_answers"]
    assert answered["game"] == game.id and answered["question"] == 1
    assert answered["points"] > 0 and answered["fraction_right"] == 1.0
    assert data["best_scores"]  # the written answer's and the live game's
    for best in data["best_scores"]:
        assert best["article"] == article.title and best["max_score"] > 0
    assert len(data["practice_days"]) == 1
    assert _csv_rows(archive, "live_games.csv")[0]["nickname"] == "Kestrel"
    assert _csv_rows(archive, "practice_days.csv") == data["practice_days"]

    data, archive = _download(client, "outsider")
    for section in ("live_games", "live_answers", "best_scores", "practice_days"):
        assert data[section] == [], section
    assert "Kestrel" not in _everything(archive)


def test_every_table_keyed_by_a_user_is_in_the_download(client, school):
    keyed = {t.name for t in db.metadata.sorted_tables if "user_id" in t.columns}
    assert keyed == set(SECTIONS), "add the new table to personal_data and here"
    data, archive = _download(client, "member")
    for section in SECTIONS.values():
        assert section in data and f"{section}.csv" in archive.namelist()


def test_an_account_event_shows_the_address_of_its_owner_only(client, school):
    member = db.session.scalar(select(User).filter_by(username="member"))
    admin = db.session.scalar(select(User).filter_by(username="admin"))
    audit.record("login.success", actor=member, subject=member)
    audit.record("role.change", actor=admin, subject=member)  # the admin's address
    audit.record("login.failure", subject=member)  # nobody signed in
    for event in db.session.scalars(select(AuditEvent)):
        event.client_address = f"10.0.0.{event.actor_id or 99}"
    db.session.commit()
    data, archive = _download(client, "member")
    shown = {(e["event"], e["from"]) for e in data["account_events"]}
    actions = audit.ACTIONS
    assert (actions["login.success"], f"10.0.0.{member.id}") in shown
    assert (actions["login.failure"], "10.0.0.99") in shown
    assert (actions["role.change"], "") in shown
    assert f"10.0.0.{admin.id}" not in _everything(archive)
