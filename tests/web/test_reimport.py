"""Re-importing a pack whose slug is one of the teacher's own articles is never
a silent duplicate: the teacher updates it (a new version; attempts keep
theirs) or imports a copy under a new name."""

import base64

from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Article, Draft
from quizapp.services import attempts as attempts_svc

from ..conftest import make_user
from .test_authoring import newest_draft, pack_zip, upload
from .test_review_written_answers import class_with

RESOLVE = "/teach/articles/import/resolve"


def _retitle(name: str, text: str) -> str:
    return text.replace("Harbour Plans Announced", "Harbour Plans Revised")


def _published_mini(client):
    """The teacher's mini pack, imported and published; returns the draft."""
    assert upload(client, pack_zip()).status_code == 302
    draft = newest_draft()
    client.post(f"/teach/drafts/{draft.id}/publish")
    assert draft.article.version == 1
    return draft


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_reimporting_ones_own_pack_asks_instead_of_duplicating(client, auth):
    auth.login("ms-reed", as_="teacher")
    _published_mini(client)
    response = upload(client, pack_zip(edit=_retitle))
    assert response.status_code == 200
    assert "You already have “mini”" in response.text
    assert "Nothing has been imported yet" in response.text
    assert 'value="mini-2"' in response.text  # the suggested name of a copy
    assert _count(Draft) == 1 and _count(Article) == 1


def test_updating_publishes_a_new_version_and_attempts_keep_theirs(client, auth):
    teacher = auth.login("ms-reed", as_="teacher")
    draft = _published_mini(client)
    student = make_user("pupil")
    class_with(teacher, student)  # a teacher's article is for their classes
    claims = next(e for e in draft.article.exercises if e.slug == "claims")
    attempt = attempts_svc.start_or_resume(student, claims)
    item = attempts_svc.attempt_items(claims)[0]
    answer = attempts_svc.submit_answer(attempt, item, {"label": "sourced"}).answer
    graded = dict(answer.graded_spec)
    encoded = base64.b64encode(pack_zip(edit=_retitle)).decode()
    response = client.post(RESOLVE, data={"pack": encoded, "action": "update"})
    assert response.status_code == 302
    db.session.refresh(draft)
    assert draft.article.title == "Harbour Plans Revised"
    assert draft.article.version == 2
    assert _count(Draft) == 1 and _count(Article) == 1
    db.session.refresh(attempt)
    assert attempt.article_version == 1 and answer.graded_spec == graded


def test_a_copy_gets_the_new_name_and_a_taken_name_is_refused(client, auth):
    auth.login("ms-reed", as_="teacher")
    _published_mini(client)
    encoded = base64.b64encode(pack_zip(edit=_retitle)).decode()
    copy_as = {"pack": encoded, "action": "copy"}
    taken = client.post(RESOLVE, data={**copy_as, "slug": "mini"})
    assert taken.status_code == 422 and "is already taken" in taken.text
    empty = client.post(RESOLVE, data={**copy_as, "slug": ""})
    assert empty.status_code == 422 and "Give the copy a name." in empty.text
    copied = client.post(
        RESOLVE, data={"pack": encoded, "action": "copy", "slug": "harbour-revised"}
    )
    assert copied.status_code == 302
    copy = newest_draft()
    assert copy.slug == "harbour-revised"
    assert copy.data["meta"]["title"] == "Harbour Plans Revised"
    assert _count(Draft) == 2


def test_another_teachers_pack_with_the_same_name_is_imported_as_a_copy(
    client, auth
):
    auth.login("other", as_="teacher")
    assert upload(client, pack_zip()).status_code == 302
    auth.logout()
    auth.login("ms-reed", as_="teacher")
    assert upload(client, pack_zip()).status_code == 302
    assert newest_draft().slug == "mini-2"


def test_a_tampered_or_broken_pack_in_the_choice_is_refused_without_a_500(
    client, auth
):
    auth.login("ms-reed", as_="teacher")
    _published_mini(client)
    garbled = client.post(RESOLVE, data={"pack": "%%%", "action": "update"})
    assert garbled.status_code == 400
    junk = base64.b64encode(b"not a zip").decode()
    response = client.post(RESOLVE, data={"pack": junk, "action": "update"})
    assert response.status_code == 422 and "not a zip file" in response.text
