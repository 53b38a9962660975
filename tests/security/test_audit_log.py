"""The audit log: who did what to whom, when and from where; admins browse
and filter it, teachers see their own classes' grade events.

ASVS 16.2.1 (each entry says when, where, who, what), 16.3.1 (every
authentication event), 16.3.2 (failed authorization: lockouts), 16.4.2 (the
log only for admins).
"""

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import AuditEvent

from .conftest import log_in


def _events(action: str) -> list[AuditEvent]:
    return list(
        db.session.scalars(select(AuditEvent).where(AuditEvent.action == action))
    )


def test_logins_and_failures_are_logged_with_time_address_and_user(client, school):
    client.post("/auth/login", data={"username": "member", "password": "nope nope"})
    log_in(client, "member")
    [failure] = _events("login.failure")
    assert failure.subject_label == "member"
    assert failure.details == {"reason": "wrong password"}
    assert failure.client_address == "127.0.0.1" and failure.created_at
    success = _events("login.success")[-1]
    assert success.actor_label == success.subject_label == "member"


def test_admins_browse_and_filter_the_log_and_nobody_else_does(client, school):
    client.post("/auth/login", data={"username": "member", "password": "nope nope"})
    log_in(client, "owner")
    assert client.get("/admin/audit").status_code == 403
    client.post("/auth/logout")
    log_in(client, "admin")
    page = client.get("/admin/audit?action=login.failure")
    assert page.status_code == 200
    assert "<td>Failed login</td>" in page.text and "member" in page.text
    assert "Logged in</td>" not in page.text
    by_user = client.get("/admin/audit?user=owner")
    assert "owner" in by_user.text and ">member<" not in by_user.text
    assert client.get("/admin/audit?since=nonsense").status_code == 200


def test_overrides_keep_their_history_after_the_grade_is_restored(client, school):
    answer = school["answer"]
    log_in(client, "owner")
    client.post(
        f"/teach/answers/{answer.id}",
        data={"override-score": "1", "override-comment": "Good point."},
    )
    client.post(f"/teach/answers/{answer.id}", data={"restore-submit": "y"})
    override, restore = _events("grade.override"), _events("grade.restore")
    assert len(override) == 1 and len(restore) == 1
    assert override[0].actor_label == "owner"
    assert override[0].subject_label == "member"
    assert override[0].details["comment"] == "Good point."
    page = client.get(f"/teach/answers/{answer.id}")
    assert "owner" in page.text and "set the grade to 1" in page.text
    assert "restored the automatic grade" in page.text
    history = client.get("/teach/grade-history")
    assert history.status_code == 200 and "<td>Grade overridden</td>" in history.text
    client.post("/auth/logout")
    log_in(client, "other_teacher")
    assert "<td>Grade overridden</td>" not in client.get("/teach/grade-history").text


def test_role_changes_deactivation_and_resets_are_logged(client, school):
    member = school["member"]
    log_in(client, "admin")
    client.post(f"/admin/users/{member.id}/role", data={"role": "teacher"})
    client.post(f"/admin/users/{member.id}/deactivate")
    client.post(f"/admin/users/{member.id}/reactivate")
    client.post(f"/admin/users/{member.id}/reset-password")
    [role] = _events("role.change")
    assert role.details == {"from": "student", "to": "teacher"}
    assert role.actor_label == "admin" and role.subject_label == "member"
    for action in ["account.deactivate", "account.reactivate", "password.reset_issued"]:
        assert len(_events(action)) == 1, action


def test_logout_everywhere_and_password_change_are_logged(client, school):
    log_in(client, "member")
    client.post("/auth/account/logout-everywhere")
    client.post(
        "/auth/account/password",
        data={
            "current": "password123",
            "password": "violet harbour kettle",
            "confirm": "violet harbour kettle",
        },
    )
    assert len(_events("logout.everywhere")) == 1
    assert len(_events("password.change")) == 1


def test_a_regrade_after_a_rubric_change_is_logged_per_answer(client, school, tmp_path):
    import shutil

    from quizapp.services.content import load_packs

    from ..conftest import MINI_PACK

    answer = school["answer"]
    # A shared pack, as `flask content load` loads it: an admin's to regrade.
    answer.item.exercise.article.owner_id = None
    db.session.commit()
    edited = tmp_path / "mini"
    shutil.copytree(MINI_PACK, edited)
    written = edited / "written.yaml"
    written.write_text(
        written.read_text().replace(
            "points: 1\n        required: true",
            "points: 2\n        required: true",
        )
    )
    assert load_packs(edited)[0].status == "updated"
    log_in(client, "admin")
    response = client.post(f"/teach/items/{answer.item_id}/regrade")
    assert response.status_code == 302
    [event] = _events("grade.regrade")
    assert event.actor_label == "admin" and event.subject_label == "member"
    assert (event.object_type, event.object_id) == ("answer", answer.id)
    assert event.details["to"] > event.details["from"]


def test_names_of_unknown_accounts_are_not_logged(client, school):
    """A password typed into the username field must not land in the log."""
    client.post("/auth/login", data={"username": "hunter2hunter2", "password": "x" * 9})
    [failure] = _events("login.failure")
    assert failure.subject_label is None and failure.subject_id is None
    assert failure.details == {"reason": "unknown username"}


def test_refused_requests_are_logged(client, school, caplog):
    """ASVS 16.3.2: failed authorization attempts are logged."""
    log_in(client, "outsider")
    with caplog.at_level("WARNING"):
        assert client.get("/admin/audit").status_code == 403
    assert any("Forbidden: GET /admin/audit" in r.message for r in caplog.records)
