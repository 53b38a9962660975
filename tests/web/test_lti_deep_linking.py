"""Deep linking: a teacher picks one of their published exercise sets inside
the LMS and it goes back, signed with the tool's key, as an LTI resource link
(with a gradebook line item when it is scored)."""

from __future__ import annotations

import json
import re
from html import unescape

import jwt
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.interop import lti as rules
from quizapp.models import Article, User
from quizapp.services import lti_tool

from ..lti_platform import INSTRUCTOR, LEARNER

RETURN = "https://lms.example.edu/courses/9/deep_linking_response"


def _deep_link_claims(lms, sub="teacher-1", roles=(INSTRUCTOR,)):
    claims = lms.claims(sub=sub, roles=roles)
    del claims[rules.RESOURCE_LINK]
    claims[rules.MESSAGE_TYPE] = "LtiDeepLinkingRequest"
    claims[rules.DEEP_LINKING] = {
        "deep_link_return_url": RETURN,
        "accept_types": ["ltiResourceLink"],
        "accept_presentation_document_targets": ["iframe", "window"],
        "data": "opaque-42",
    }
    return claims


def _own_the_pack(sub="teacher-1"):
    teacher = db.session.scalar(select(User).where(User.role == "teacher"))
    article = db.session.scalar(select(Article))
    article.owner_id = teacher.id
    db.session.commit()
    return article


def test_a_teacher_picks_a_set_and_it_returns_as_a_resource_link(
    client, lms, mini_pack
):
    response = lms.launch(client, claims=_deep_link_claims(lms))
    assert response.location == "/lti/deep-link"
    article = _own_the_pack()
    page = client.get("/lti/deep-link")
    assert page.status_code == 200 and article.title in page.text
    returned = client.post("/lti/deep-link", data={"article": article.slug})
    assert returned.status_code == 200
    assert f'action="{RETURN}"' in returned.text
    assert "form-action 'self' https://lms.example.edu" in returned.headers[
        "Content-Security-Policy"
    ]
    token = unescape(re.search(r'name="JWT" value="([^"]+)"', returned.text)[1])
    [jwk] = lti_tool.tool_jwks()["keys"]
    assert jwt.get_unverified_header(token)["kid"] == jwk["kid"]
    public = jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(jwk))
    message = jwt.decode(token, public, algorithms=["RS256"], audience=lms.issuer)
    assert message["iss"] == lms.client_id
    assert message[rules.MESSAGE_TYPE] == "LtiDeepLinkingResponse"
    assert message[rules.DEPLOYMENT_ID] == "deployment-1"
    assert message["https://purl.imsglobal.org/spec/lti-dl/claim/data"] == "opaque-42"
    [item] = message["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]
    assert item["type"] == "ltiResourceLink"
    assert item["url"] == "http://localhost/lti/launch"
    assert item["custom"] == {"quizapp_set": "mini"}
    assert item["lineItem"]["scoreMaximum"] > 0
    assert item["lineItem"]["resourceId"] == "mini"
    # The link is used once.
    assert client.get("/lti/deep-link").status_code == 404


def test_the_picker_offers_only_published_sets_the_teacher_may_use(
    client, lms, mini_pack
):
    lms.launch(client, claims=_deep_link_claims(lms))
    article = db.session.scalar(select(Article))
    article.owner_id = db.session.scalar(
        select(User.id).where(User.role == "student")
    ) or _someone_else()
    db.session.commit()
    assert article.title not in client.get("/lti/deep-link").text
    response = client.post("/lti/deep-link", data={"article": article.slug})
    assert response.status_code == 200 and "JWT" not in response.text


def _someone_else() -> int:
    other = User(username="other-teacher", role="teacher", password_hash="x")
    db.session.add(other)
    db.session.commit()
    return other.id


def test_a_learner_cannot_deep_link(client, lms, mini_pack):
    claims = _deep_link_claims(lms, sub="learner-1", roles=(LEARNER,))
    response = lms.launch(client, claims=claims)
    assert response.status_code == 403
    assert client.get("/lti/deep-link").status_code == 403


def test_the_picker_needs_a_deep_linking_launch(client, auth):
    auth.login("teach", as_="teacher")
    assert client.get("/lti/deep-link").status_code == 404
