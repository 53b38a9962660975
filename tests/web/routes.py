"""The app's routes and who may use each: shared by the permission matrix and
the garbage-input test."""

from __future__ import annotations

import re

from quizapp import create_app

ROLES = ["anonymous", "member", "outsider", "owner", "other_teacher", "admin"]
STUDENTS = {"member", "outsider"}

# Who is allowed, per endpoint (LOGGED_IN = every logged-in user).
LOGGED_IN = {"member", "outsider", "owner", "other_teacher", "admin"}
STAFF = {"owner", "other_teacher", "admin"}
OWNER = {"owner", "admin"}
ACCESS: dict[str, set[str] | None] = {
    # None: public pages, not part of the matrix.
    "static": None,
    "learn.home": None,
    "auth.login": None,
    "auth.register": None,
    "auth.reset_password": None,
    "auth.logout": LOGGED_IN,
    "auth.account": LOGGED_IN,
    "auth.change_password": LOGGED_IN,
    "auth.logout_everywhere": LOGGED_IN,
    "learn.library": LOGGED_IN,
    "learn.progress": LOGGED_IN,
    "learn.classes": LOGGED_IN,
    "learn.join_class": LOGGED_IN,
    "learn.settings": LOGGED_IN,
    # The owner's article: their class, the owner and admins may read it.
    "learn.article": {"member", "owner", "admin"},
    "learn.start": {"member", "owner", "admin"},
    # The member's own attempt: nobody else, not even an admin.
    "learn.attempt": {"member"},
    "learn.item": {"member"},
    "learn.result": {"member"},
    "learn.class_leaderboard": {"member"},
    "admin.users": {"admin"},
    "admin.change_role": {"admin"},
    "admin.deactivate": {"admin"},
    "admin.reactivate": {"admin"},
    "admin.end_sessions": {"admin"},
    "admin.reset_password": {"admin"},
    "admin.audit_log": {"admin"},
    "admin.privacy_settings": {"admin"},
    "auth.download_data": LOGGED_IN,
    "auth.delete_account": LOGGED_IN,
    "teach.index": STAFF,
    "teach.answers": STAFF,
    "teach.grade_history": STAFF,
    "teach.articles": STAFF,
    "teach.import_article": STAFF,
    "teach.resolve_import": STAFF,
    "teach.import_questions": STAFF,
    "teach.confirm_import_questions": STAFF,
    "teach.new_article": STAFF,
    "teach.classes": STAFF,
    "teach.create_class": STAFF,
    # One student's answers on an assignment: their class's teacher and admins.
    "teach.student_report": OWNER,
    # Live games: the owner hosts a game for their class; the member plays it.
    "live.games_index": STAFF,
    "live.new_game": OWNER,
    "live.host_page": OWNER,
    "live.host_panel": OWNER,
    "live.host_action": OWNER,
    "live.host_events": OWNER,
    "live.remove_player": OWNER,
    "live.results_page": OWNER,
    "live.results_csv": OWNER,
    "live.find_game": None,  # anyone with a PIN, guests included
    "live.player_page": {"member"},
    "live.join": {"member"},
    "live.answer": {"member"},
    "live.player_events": {"member"},
    # LTI: what an LMS calls (public, checked by signature), the admin's
    # platform registrations, and the LMS course page of the owner's class.
    "lti.jwks": None,
    "lti.login": None,
    "lti.launch": None,
    "lti.not_linked": None,
    # Only after a deep-linking launch by a teacher (none in the matrix).
    "lti.deep_link": set(),
    "lti.course": OWNER,
    "lti.sync_roster": OWNER,
    "lti.retry_scores": OWNER,
    "admin.lti_platforms": {"admin"},
    "admin.register_lti_platform": {"admin"},
    "admin.remove_lti_platform": {"admin"},
    "admin.lrs_settings_page": {"admin"},
    "admin.save_lrs_settings": {"admin"},
}
# Every other teach.* route is about the owner's class, draft or answers.

# URL values that differ from the world's defaults for one endpoint.
VALUES = {
    "teach.edit_question": {"key": "q1"},
    "teach.move_question": {"key": "q1"},
    "teach.set_pool": {"slug": "questions"},
    "teach.export_as": {"fmt": "qti"},
    "admin.remove_lti_platform": {"platform_id": 1},
}


def _routes():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    rules = []
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            rules.append((rule.endpoint, rule.rule, method))
    return sorted(rules)


ROUTES = _routes()


def allowed(endpoint: str) -> set[str] | None:
    if endpoint in ACCESS:
        return ACCESS[endpoint]
    assert endpoint.startswith("teach."), f"add {endpoint} to ACCESS"
    return OWNER


def url_for_rule(rule: str, values: dict) -> str:
    def fill(match):
        name = match.group(2)
        assert name in values, f"give the matrix a value for <{name}>"
        return str(values[name])

    return re.sub(r"<(?:(\w+):)?(\w+)>", fill, rule)


def switch_to(client, role: str) -> None:
    client.post("/auth/logout")
    if role != "anonymous":
        response = client.post(
            "/auth/login", data={"username": role, "password": "password123"}
        )
        assert response.status_code == 302


def is_denied(response) -> bool:
    if response.status_code == 302:
        return response.location.startswith("/auth/login")
    return response.status_code in (403, 404)
