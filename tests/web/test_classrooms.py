"""Teachers create classes and assign sets; students join with a code."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Assignment, Membership
from quizapp.models._base import utcnow
from quizapp.services import assignments as assignments_svc
from quizapp.services import classrooms

from ..conftest import count_rows, make_user
from .classes_helpers import (
    assign_mini,
    enrol,
    finish_set,
    make_class,
    mini_article,
    set_finished_at,
)


def members(classroom) -> list[int]:
    return list(
        db.session.scalars(
            select(Membership.user_id).where(Membership.classroom_id == classroom.id)
        )
    )


# ------------------------------------------------------------ classes


def test_teacher_creates_a_class_with_a_short_unambiguous_code(client, auth):
    auth.login("teacher", as_="teacher")
    response = client.post("/teach/classes", data={"name": "  Media   9B "})
    assert response.status_code == 302
    page = client.get(response.location).text
    assert "<h1>Media 9B</h1>" in page
    code = re.search(r'<code class="join-code"[^>]*>([A-Z0-9]+)</code>', page)[1]
    assert len(code) == 6 and not set(code) & set("0O1IL")
    assert "Media 9B" in client.get("/teach/classes").text


def test_join_codes_never_use_look_alike_characters():
    codes = {classrooms.new_join_code() for _ in range(500)}
    assert len(codes) == 500
    assert not set("".join(codes)) & set("0O1IL")


def test_a_class_needs_a_name(client, auth):
    auth.login("teacher", as_="teacher")
    response = client.post("/teach/classes", data={"name": "   "})
    assert response.status_code == 422
    assert "Give the class a name." in response.text
    assert count_rows("classrooms") == 0


def test_regenerating_the_code_retires_the_old_one(client, auth):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    old = classroom.join_code
    client.post(f"/teach/classes/{classroom.id}/code")
    db.session.refresh(classroom)
    assert classroom.join_code != old
    student = make_user("sam")
    with pytest.raises(classrooms.ClassroomError, match="No class has that code"):
        classrooms.join_classroom(student, old, "Sam the Owl")


# ------------------------------------------------------------- joining


def test_student_joins_with_a_code_typed_loosely_and_picks_a_nickname(client, auth):
    classroom = make_class(make_user("teacher", role="teacher"))
    student = auth.login("sam")
    code = classroom.join_code.lower()
    response = client.post(
        "/classes/join", data={"code": f" {code[:3]}-{code[3:]} ", "nickname": "Owl"}
    )
    assert response.status_code == 302
    assert members(classroom) == [student.id]
    assert student.nickname == "Owl"
    page = client.get(response.location).text
    assert "Media 9B" in page and "Welcome to Media 9B!" in page


def test_joining_without_a_nickname_asks_for_one(client, auth):
    classroom = make_class(make_user("teacher", role="teacher"))
    auth.login("sam")
    response = client.post("/classes/join", data={"code": classroom.join_code})
    assert response.status_code == 422
    assert "Choose a nickname" in response.text
    assert members(classroom) == []


def test_unknown_and_closed_codes_are_refused_with_clear_messages(client, auth):
    classroom = make_class(make_user("teacher", role="teacher"))
    auth.login("sam")
    response = client.post("/classes/join", data={"code": "ZZZZZZ", "nickname": "Owl"})
    assert response.status_code == 422
    assert "No class has that code" in response.text
    classrooms.set_joining(classroom, False)
    response = client.post(
        "/classes/join", data={"code": classroom.join_code, "nickname": "Owl"}
    )
    assert response.status_code == 422
    assert "closed to new students" in response.text
    assert members(classroom) == []


def test_a_teacher_can_close_and_reopen_joining(client, auth):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    client.post(f"/teach/classes/{classroom.id}/close")
    assert classroom.is_open is False
    assert "Reopen joining" in client.get(f"/teach/classes/{classroom.id}").text
    client.post(f"/teach/classes/{classroom.id}/open")
    assert classroom.is_open is True


def test_joining_twice_says_you_are_already_a_member(client, auth):
    classroom = make_class(make_user("teacher", role="teacher"))
    auth.login("sam")
    data = {"code": classroom.join_code, "nickname": "Owl"}
    client.post("/classes/join", data=data)
    response = client.post("/classes/join", data=data)
    assert response.status_code == 422
    assert "You are already in Media 9B." in response.text
    assert count_rows("memberships") == 1


@pytest.mark.parametrize(
    ("nickname", "message"),
    [
        ("sam", "not your username"),
        ("SAM", "not your username"),
        ("Student 7", "reserved"),
        ("x", "2 to 24"),
        ("<b>", "2 to 24"),
        ("Fox", "A classmate already uses that nickname"),
        ("fOX", "A classmate already uses that nickname"),
    ],
)
def test_nicknames_are_never_the_username_nor_a_classmates(
    client, auth, nickname, message
):
    classroom = make_class(make_user("teacher", role="teacher"))
    enrol(classroom, nickname="Fox")
    auth.login("sam")
    response = client.post(
        "/classes/join", data={"code": classroom.join_code, "nickname": nickname}
    )
    assert response.status_code == 422
    assert message in response.text
    assert len(members(classroom)) == 1


def test_a_student_changes_their_nickname_in_settings(client, auth):
    classroom = make_class(make_user("teacher", role="teacher"))
    enrol(classroom, nickname="Fox")
    student = auth.login("sam")
    client.post("/classes/join", data={"code": classroom.join_code, "nickname": "Owl"})
    assert client.post("/settings", data={"nickname": "Night Owl"}).status_code == 302
    assert student.nickname == "Night Owl"
    response = client.post("/settings", data={"nickname": "fox"})
    assert response.status_code == 422 and "already uses" in response.text
    assert student.nickname == "Night Owl"


def test_teachers_cannot_join_a_class(client, auth):
    classroom = make_class(make_user("teacher", role="teacher"))
    auth.login("other", as_="teacher")
    response = client.post(
        "/classes/join", data={"code": classroom.join_code, "nickname": "Owl"}
    )
    assert response.status_code == 422
    assert "Only student accounts join classes." in response.text


def test_teacher_removes_a_student_who_then_loses_the_leaderboard(client, auth):
    teacher = make_user("teacher", role="teacher")
    classroom = make_class(teacher)
    student = enrol(classroom, "sam")
    auth.login("sam")
    assert client.get(f"/classes/{classroom.id}/leaderboard").status_code == 200
    auth.logout()
    auth.login("teacher")
    response = client.post(
        f"/teach/classes/{classroom.id}/students/{student.id}/remove"
    )
    assert response.status_code == 302
    assert members(classroom) == []
    missing = client.post(f"/teach/classes/{classroom.id}/students/{student.id}/remove")
    assert missing.status_code == 404
    auth.logout()
    auth.login("sam")
    assert client.get(f"/classes/{classroom.id}/leaderboard").status_code == 404


# --------------------------------------------------------- assignments


def teacher_article(owner, slug="own", published=True) -> Article:
    article = Article(
        slug=slug,
        title=f"Article {slug}",
        body_md="Text.",
        owner_id=owner.id,
        is_published=published,
    )
    db.session.add(article)
    db.session.commit()
    return article


def test_teacher_assigns_shared_and_own_sets_but_never_another_teachers(
    client, auth, mini_pack
):
    teacher = auth.login("teacher", as_="teacher")
    other = make_user("other", role="teacher")
    classroom = make_class(teacher)
    own = teacher_article(teacher, "own")
    theirs = teacher_article(other, "theirs")
    teacher_article(teacher, "draft", published=False)
    page = client.get(f"/teach/classes/{classroom.id}").text
    assert "Harbour Plans Announced" in page and "Article own" in page
    assert "Article theirs" not in page and "Article draft" not in page
    url = f"/teach/classes/{classroom.id}/assignments"
    response = client.post(url, data={"article_id": theirs.id})
    assert response.status_code == 422
    assert count_rows("assignments") == 0
    due = "2030-05-01T09:30"
    client.post(url, data={"article_id": mini_article().id, "due_at": due})
    client.post(url, data={"article_id": own.id})
    assignments = db.session.scalars(select(Assignment)).all()
    assert {a.article.slug: a.due_at for a in assignments} == {
        "mini": datetime(2030, 5, 1, 9, 30),
        "own": None,
    }


def test_due_dates_can_be_changed_and_cleared_and_bad_ones_are_refused(
    client, auth, mini_pack
):
    teacher = auth.login("teacher", as_="teacher")
    classroom = make_class(teacher)
    assignment = assign_mini(classroom)
    url = f"/teach/classes/{classroom.id}/assignments/{assignment.id}/due"
    prefix = f"a{assignment.id}-due_at"
    client.post(url, data={prefix: "2030-01-02T08:00"})
    assert assignment.due_at == datetime(2030, 1, 2, 8, 0)
    response = client.post(url, data={prefix: "next tuesday"})
    assert response.status_code == 422
    assert "Not a valid datetime value." in response.text
    client.post(url, data={prefix: ""})
    assert assignment.due_at is None
    client.post(f"/teach/classes/{classroom.id}/assignments/{assignment.id}/remove")
    assert count_rows("assignments") == 0


def test_students_see_their_assignments_as_due_done_or_late(client, auth, mini_pack):
    classroom = make_class(make_user("teacher", role="teacher"))
    now = utcnow()
    assignment = assign_mini(classroom, due_at=now + timedelta(days=2))
    early, tardy, idle = (enrol(classroom, name) for name in ("ann", "ben", "cat"))
    set_finished_at(finish_set(early), now - timedelta(hours=1))
    set_finished_at(finish_set(tardy), now + timedelta(days=3))
    later = now + timedelta(days=4)

    def status(student):
        [row] = assignments_svc.student_assignments(student, now=later)
        return row.status, row.label, row.finished, row.total

    assert status(early) == ("done", "done", 3, 3)
    assert status(tardy) == ("late", "done late", 3, 3)
    assert status(idle) == ("late", "late", 0, 3)
    assert assignments_svc.student_assignments(idle)[0].status == "due"
    assignment.due_at = None
    db.session.commit()
    assert status(tardy)[0] == "done"

    auth.login("cat")
    page = client.get("/articles").text
    assert "My assignments" in page and "Harbour Plans Announced" in page
    assert "to do" in page and "0 of 3 exercises finished" in page


def test_a_partly_finished_set_is_not_done(mini_pack):
    from .classes_helpers import answer

    classroom = make_class(make_user("teacher", role="teacher"))
    assign_mini(classroom)
    student = enrol(classroom)
    answer(student, "claims")
    [row] = assignments_svc.student_assignments(student)
    assert (row.status, row.finished, row.total) == ("due", 1, 3)


def test_students_read_teacher_articles_only_of_their_own_teachers(
    client, auth, mini_pack
):
    teacher = make_user("teacher", role="teacher")
    other = make_user("other", role="teacher")
    classroom = make_class(teacher)
    teacher_article(teacher, "ours")
    teacher_article(other, "theirs")
    enrol(classroom, "sam")
    auth.login("sam")
    library = client.get("/articles").text
    assert "Harbour Plans Announced" in library and "Article ours" in library
    assert "Article theirs" not in library
    assert client.get("/articles/ours").status_code == 200
    assert client.get("/articles/theirs").status_code == 404


# --------------------------------------------------------- permissions


def class_urls(classroom, assignment, student) -> list[tuple[str, str]]:
    base = f"/teach/classes/{classroom.id}"
    a = f"{base}/assignments/{assignment.id}"
    return [
        ("GET", base),
        ("GET", f"{base}/leaderboard"),
        ("GET", f"{base}/leaderboard?period=week"),
        ("GET", f"{base}/reports"),
        ("GET", f"{a}/items"),
        ("GET", f"{a}/grades.csv"),
        ("POST", f"{base}/rename"),
        ("POST", f"{base}/code"),
        ("POST", f"{base}/close"),
        ("POST", f"{base}/open"),
        ("POST", f"{base}/leaderboard-settings"),
        ("POST", f"{base}/students/{student.id}/remove"),
        ("POST", f"{base}/assignments"),
        ("POST", f"{a}/due"),
        ("POST", f"{a}/remove"),
    ]


def test_teacher_b_gets_404_on_every_url_of_teacher_a_classes(client, auth, mini_pack):
    owner = make_user("owner", role="teacher")
    classroom = make_class(owner, "Owner's class")
    assignment = assign_mini(classroom)
    student = enrol(classroom)
    code = classroom.join_code
    auth.login("intruder", as_="teacher")
    for method, url in class_urls(classroom, assignment, student):
        response = client.open(url, method=method, data={"name": "Hijacked"})
        assert response.status_code == 404, (method, url)
    assert "Owner&#39;s class" not in client.get("/teach/classes").text
    db.session.refresh(classroom)
    assert classroom.name == "Owner's class" and classroom.join_code == code
    assert members(classroom) == [student.id] and count_rows("assignments") == 1


def test_another_classes_assignment_id_is_a_404(client, auth, mini_pack):
    teacher = auth.login("teacher", as_="teacher")
    mine, other = make_class(teacher), make_class(make_user("b", role="teacher"))
    theirs = assign_mini(other)
    assert (
        client.get(
            f"/teach/classes/{mine.id}/assignments/{theirs.id}/items"
        ).status_code
        == 404
    )


def test_admins_see_every_class(client, auth, mini_pack):
    classroom = make_class(make_user("owner", role="teacher"), "Owner class")
    assignment = assign_mini(classroom)
    auth.login("root", as_="admin")
    assert "Owner class" in client.get("/teach/classes").text
    for url in ("", "/leaderboard", "/reports", f"/assignments/{assignment.id}/items"):
        assert client.get(f"/teach/classes/{classroom.id}{url}").status_code == 200


def test_students_get_403_on_every_teacher_class_page(client, auth, mini_pack):
    classroom = make_class(make_user("owner", role="teacher"))
    assignment = assign_mini(classroom)
    student = enrol(classroom, "sam")
    auth.login("sam")
    urls = [("GET", "/teach/classes"), ("POST", "/teach/classes")]
    for method, url in urls + class_urls(classroom, assignment, student):
        assert client.open(url, method=method).status_code == 403, (method, url)


def test_a_student_cannot_see_another_classes_leaderboard(client, auth):
    teacher = make_user("teacher", role="teacher")
    mine, other = make_class(teacher, "Mine"), make_class(teacher, "Other")
    enrol(mine, "sam")
    enrol(other, nickname="Stranger")
    auth.login("sam")
    assert client.get(f"/classes/{mine.id}/leaderboard").status_code == 200
    response = client.get(f"/classes/{other.id}/leaderboard")
    assert response.status_code == 404 and "Stranger" not in response.text


def test_anonymous_visitors_are_sent_to_login_from_class_pages(client):
    for url in ["/classes", "/classes/join", "/classes/1/leaderboard", "/settings"]:
        response = client.get(url)
        assert response.status_code == 302 and "/auth/login" in response.location


def test_class_names_never_run_as_html(client, auth, mini_pack):
    teacher = auth.login("teacher", as_="teacher")
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    client.post("/teach/classes", data={"name": evil})
    classroom = db.session.scalar(select(classrooms.Classroom))
    assign_mini(classroom)
    enrol(classroom, "sam")
    pages = [client.get(f"/teach/classes{u}").text for u in ("", f"/{classroom.id}")]
    pages += [client.get(f"/teach/classes/{classroom.id}/reports").text]
    auth.logout()
    auth.login("sam")
    pages += [client.get(u).text for u in ("/classes", "/articles")]
    pages += [client.get(f"/classes/{classroom.id}/leaderboard").text]
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert teacher.id == classroom.teacher_id
