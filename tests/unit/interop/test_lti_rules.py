"""The pure LTI rules: roles -> quizapp roles, required claims, refusals in
plain words, the gradebook score and the retry backoff."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from quizapp.interop import lti as rules

LIS = "http://purl.imsglobal.org/vocab/lis/v2/"


@pytest.mark.parametrize(
    ("roles", "role"),
    [
        ([LIS + "membership#Learner"], "student"),
        ([LIS + "membership#Instructor"], "teacher"),
        ([LIS + "membership#ContentDeveloper"], "teacher"),
        ([LIS + "membership/Instructor#TeachingAssistant"], "teacher"),
        ([LIS + "institution/person#Student"], "student"),
        ([LIS + "institution/person#Faculty"], "teacher"),
        (["Instructor"], "teacher"),  # the short form some platforms send
        ([LIS + "membership#Mentor"], "student"),
        ([], "student"),
    ],
)
def test_lms_roles_map_to_quizapp_roles(roles, role):
    assert rules.quizapp_role({rules.ROLES: roles}) == role


def test_a_launch_names_every_missing_claim():
    claims = {rules.MESSAGE_TYPE: "LtiResourceLinkRequest", rules.RESOURCE_LINK: {}}
    assert rules.missing_claims(claims) == ["sub", "roles", "resource_link.id"]
    with pytest.raises(rules.ClaimsError, match="missing: sub, roles"):
        rules.require_claims(claims)
    assert rules.missing_claims({"sub": "1", rules.ROLES: []}) == []


def test_a_course_and_a_linked_set_are_read_from_the_claims():
    claims = {rules.CONTEXT: {"id": 9, "label": "M8"},
              rules.CUSTOM: {"quizapp_set": "floods"}}
    assert rules.context_of(claims) == {"id": "9", "title": "M8"}
    assert rules.context_of({}) is None
    assert rules.article_slug(claims) == "floods"
    assert rules.display_name({"given_name": "Ada", "family_name": "L"}) == "Ada L"


@pytest.mark.parametrize(
    ("message", "status", "words"),
    [
        ("Invalid Nonce", 401, "replayed"),
        ("Can't decode id_token: Signature has expired", 401, "expired"),
        ("Unable to find deployment", 403, "deployment"),
        ("Registration not found.", 403, "not registered"),
        ("Something new", 400, "refused: Something new"),
    ],
)
def test_refusals_are_put_in_plain_words(message, status, words):
    got_status, text = rules.refusal(message)
    assert got_status == status and words in text and text.endswith(".")


def test_the_score_is_clamped_and_marked_complete():
    body = rules.score_body(12.5, 10, "u1", "2026-12-02T00:00:00.000Z")
    assert body == {
        "scoreGiven": 10,
        "scoreMaximum": 10,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "timestamp": "2026-12-02T00:00:00.000Z",
        "userId": "u1",
    }


def test_retries_back_off_and_cap():
    now = datetime(2026, 12, 2)
    delays = [(rules.next_try(n, now) - now).total_seconds() for n in range(1, 9)]
    assert delays == sorted(delays)
    assert delays[0] == 30 and delays[-1] == rules.RETRY_DELAYS[-1]
    assert rules.next_try(0, now) == now + timedelta(seconds=30)
