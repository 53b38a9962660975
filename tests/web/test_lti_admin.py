"""Admins register LMS platforms (issuer, client id, URLs, deployments) and
find the URLs and key set to paste into the LMS; nobody else may."""

from __future__ import annotations

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import AuditEvent, LtiPlatform

from ..conftest import csrf_token_from
from .helpers import admin_client_with_csrf

FORM = {
    "name": "School Moodle",
    "issuer": "https://moodle.school.example",
    "client_id": "aBc123",
    "auth_login_url": "https://moodle.school.example/mod/lti/auth.php",
    "auth_token_url": "https://moodle.school.example/mod/lti/token.php",
    "key_set_url": "https://moodle.school.example/mod/lti/certs.php",
    "deployment_ids": "1\n2\n1\n",
}


def test_the_config_page_shows_the_urls_an_lms_needs_and_no_private_key(
    client, auth
):
    auth.login("boss", as_="admin")
    page = client.get("/admin/lti").text
    for url in ("/lti/login", "/lti/launch", "/lti/jwks"):
        assert f"http://localhost{url}" in page
    assert "Deep linking" in page
    assert "PRIVATE KEY" not in page and '"d":' not in page


def test_an_admin_registers_a_platform_with_its_deployments(client, auth):
    auth.login("boss", as_="admin")
    response = client.post("/admin/lti", data=FORM)
    assert response.status_code == 302
    platform = db.session.scalar(select(LtiPlatform))
    assert (platform.issuer, platform.client_id) == (FORM["issuer"], "aBc123")
    assert [d.deployment_id for d in platform.deployments] == ["1", "2"]
    assert "School Moodle" in client.get("/admin/lti").text
    assert db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "lti.register")
    )


def test_the_same_issuer_and_client_id_cannot_be_registered_twice(client, auth):
    auth.login("boss", as_="admin")
    client.post("/admin/lti", data=FORM)
    again = client.post("/admin/lti", data=FORM)
    assert again.status_code == 409
    assert "already registered" in again.text


def test_bad_urls_and_missing_deployments_are_explained(client, auth):
    auth.login("boss", as_="admin")
    response = client.post(
        "/admin/lti",
        data={**FORM, "auth_login_url": "http://moodle.school.example/x",
              "key_set_url": "ftp://x", "deployment_ids": " \n "},
    )
    assert response.status_code == 400
    assert "Use https://" in response.text
    assert "Give at least one deployment ID." in response.text
    assert db.session.scalar(select(LtiPlatform)) is None


def test_an_admin_removes_a_platform(client, auth):
    auth.login("boss", as_="admin")
    client.post("/admin/lti", data=FORM)
    platform = db.session.scalar(select(LtiPlatform))
    assert client.post(f"/admin/lti/{platform.id}/remove").status_code == 302
    db.session.expire_all()
    assert db.session.scalar(select(LtiPlatform)) is None


def test_removing_a_platform_removes_what_its_launches_linked(client, auth):
    from quizapp.models import (
        LtiContext,
        LtiGradePassback,
        LtiLineItem,
        LtiResourceLink,
        LtiUserLink,
    )

    from ..conftest import count_rows, make_user

    auth.login("boss", as_="admin")
    client.post("/admin/lti", data=FORM)
    platform = db.session.scalar(select(LtiPlatform))
    student = make_user("pupil")
    context = LtiContext(platform_id=platform.id, context_id="course-1")
    link = LtiResourceLink(platform_id=platform.id, resource_link_id="rl-1",
                           context=context)
    item = LtiLineItem(resource_link=link, url="https://lms.example/li/1")
    db.session.add_all([
        context, link, item,
        LtiUserLink(platform_id=platform.id, subject="s-1", user_id=student.id),
    ])
    db.session.flush()
    db.session.add(LtiGradePassback(
        line_item_id=item.id, user_id=student.id, subject="s-1", score_given=1.0,
        score_maximum=2.0, scored_at="2026-12-02T07:00:00Z"))
    db.session.commit()
    assert client.post(f"/admin/lti/{platform.id}/remove").status_code == 302
    for table in ["lti_platforms", "lti_deployments", "lti_user_links",
                  "lti_contexts", "lti_resource_links", "lti_line_items",
                  "lti_grade_passbacks"]:
        assert count_rows(table) == 0, table
    assert count_rows("users") == 2  # the accounts stay


def test_teachers_cannot_register_platforms(client, auth):
    auth.login("teach", as_="teacher")
    assert client.get("/admin/lti").status_code == 403
    assert client.post("/admin/lti", data=FORM).status_code == 403
    assert db.session.scalar(select(LtiPlatform)) is None


def test_registering_needs_the_csrf_token(app):
    with admin_client_with_csrf(app) as client:
        assert client.post("/admin/lti", data=FORM).status_code == 400
        token = csrf_token_from(client.get("/admin/lti").text)
        ok = client.post("/admin/lti", data={**FORM, "csrf_token": token})
        assert ok.status_code == 302
