"""Teachers import GIFT, Moodle XML and QTI files (preview first, nothing saved
until they confirm) and export any set in those formats; students then answer
the imported short-answer, number and matching questions without JavaScript."""

from __future__ import annotations

import base64
import io
import re

import pytest
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.interop import gift, moodle_xml, qti
from quizapp.models import Article, Draft
from quizapp.services import authoring
from quizapp.services import question_transfer as transfer

from ..conftest import FIXTURES
from ..unit.interop.shared import SHARED, needs_shared
from .helpers import start

OWN = FIXTURES / "interop"
PREVIEW = "/teach/questions/import"
CONFIRM = "/teach/questions/import/confirm"


def upload(client, data: bytes, name: str, **fields):
    return client.post(
        PREVIEW,
        data={"upload": (io.BytesIO(data), name), **fields},
        content_type="multipart/form-data",
    )


def confirm_fields(html: str) -> dict:
    fields = dict(re.findall(r'name="(\w+)" type="hidden" value="([^"]*)"', html))
    fields |= dict(
        re.findall(r'id="(\w+)" name="\w+" type="hidden" value="([^"]*)"', html)
    )
    return {k: v for k, v in fields.items() if k in ("filename", "payload")}


def drafts() -> int:
    return db.session.scalar(select(func.count()).select_from(Draft))


def test_a_gift_upload_is_previewed_with_warnings_and_nothing_is_saved(client, auth):
    auth.login("teacher", as_="teacher")
    data = (OWN / "all_types.gift").read_bytes()
    page = upload(client, data, "bank.gift")
    assert page.status_code == 200
    text = page.text
    assert "A GIFT file: <strong>8</strong> of 10 records can be imported" in text
    assert "Short answer" in text and "Matching" in text and "Number" in text
    assert "add the rubric&#39;s key points before publishing" in text
    assert "a description, not a question" in text
    assert drafts() == 0


def test_confirming_a_preview_creates_a_draft_with_the_imported_questions(client, auth):
    teacher = auth.login("teacher", as_="teacher")
    data = (OWN / "all_types.gift").read_bytes()
    page = upload(client, data, "bank.gift")
    fields = confirm_fields(page.text)
    assert base64.b64decode(fields["payload"]) == data
    response = client.post(CONFIRM, data={**fields, "into": "", "title": "Sources"})
    assert response.status_code == 302
    draft = db.session.scalar(select(Draft))
    assert draft.owner_id == teacher.id
    assert draft.data["meta"]["title"] == "Sources"
    [exercise] = draft.data["exercises"]
    types = [i["type"] for i in exercise["items"]]
    assert types == [
        "multiple_choice",
        "multiple_select",
        "multiple_choice",
        "short_answer",
        "numeric",
        "numeric",
        "matching",
        "free_text",
    ]
    assert exercise["items"][3]["id"] == "sa-1"  # the GIFT [id:...]
    review = client.get(response.location).text
    assert "press release" in review and "Reuters → news agency" in review
    assert "To review" in review


def test_questions_can_be_added_to_an_existing_set_without_clashing_ids(client, auth):
    teacher = auth.login("teacher", as_="teacher")
    first = upload(client, b"::Q::Is it?{T}\n\n::R::Or?{F}", "a.gift")
    client.post(CONFIRM, data={**confirm_fields(first.text), "into": "", "title": "A"})
    draft = db.session.scalar(select(Draft))
    second = upload(client, b"::Q::Again?{T}", "b.gift", into=str(draft.id))
    assert "into <strong>A</strong>" in second.text
    fields = {**confirm_fields(second.text), "into": str(draft.id), "title": ""}
    assert client.post(CONFIRM, data=fields).status_code == 302
    db.session.refresh(draft)
    ids = [i["id"] for e in draft.data["exercises"] for i in e["items"]]
    assert ids == ["q", "r", "q-2"]
    assert [e["slug"] for e in draft.data["exercises"]] == ["imported", "imported-2"]
    assert draft.owner_id == teacher.id


def test_another_teachers_set_is_a_404_when_importing(client, auth):
    auth.login("owner", as_="teacher")
    other = authoring._save_new(
        auth.login("intruder", as_="teacher"),
        {"meta": {"title": "Mine"}, "body": "x", "exercises": []},
        "mine",
    )
    auth.login("owner", as_="teacher")
    page = upload(client, b"::Q::Is it?{T}", "a.gift", into=str(other.id))
    assert page.status_code == 404
    fields = {"filename": "a.gift", "payload": base64.b64encode(b"::Q::x{T}").decode()}
    assert (
        client.post(CONFIRM, data={**fields, "into": str(other.id)}).status_code == 404
    )


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            "Café? {=oui ~non}".encode("cp1252"),
            "q.gift",
            "GIFT format files must use UTF-8",
        ),
        (b"<!DOCTYPE quiz [<!ENTITY a 'b'>]><quiz/>", "q.xml", "DOCTYPE or entities"),
        (b"PK\x03\x04 broken", "q.zip", "not a zip file"),
        (b"", "q.gift", "The file is empty"),
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(
    client, auth, data, name, message
):
    auth.login("teacher", as_="teacher")
    page = upload(client, data, name)
    assert page.status_code == 422
    assert message in page.text


def test_files_over_a_megabyte_are_refused_before_parsing():
    with pytest.raises(transfer.TransferError, match="larger than 1 MB"):
        transfer.read_questions("q.gift", b"x" * (transfer.MAX_UPLOAD_BYTES + 1))


def test_a_tampered_confirmation_is_refused_not_a_500(client, auth):
    auth.login("teacher", as_="teacher")
    bad = {"filename": "a.gift", "payload": "!!!not base64!!!", "into": ""}
    assert client.post(CONFIRM, data=bad).status_code == 422
    assert drafts() == 0


def own_set(client, auth) -> Draft:
    auth.login("teacher", as_="teacher")
    page = upload(client, (OWN / "all_types.gift").read_bytes(), "bank.gift")
    client.post(CONFIRM, data={**confirm_fields(page.text), "into": "", "title": "S"})
    return db.session.scalar(select(Draft))


@pytest.mark.parametrize(
    ("fmt", "suffix", "read"),
    [
        ("gift", ".gift.txt", lambda b: gift.parse(b)),
        ("moodle-xml", ".moodle.xml", lambda b: moodle_xml.parse(b)),
        ("qti", ".qti.zip", lambda b: qti.parse_package(b)),
    ],
)
def test_any_set_exports_in_each_format_and_reads_back(client, auth, fmt, suffix, read):
    draft = own_set(client, auth)
    response = client.get(f"/teach/drafts/{draft.id}/export/{fmt}")
    assert response.status_code == 200
    assert suffix in response.headers["Content-Disposition"]
    questions = read(response.data)
    assert len([q for q in questions if q["type"] != "category"]) == 8


def test_an_unknown_export_format_is_a_404(client, auth):
    draft = own_set(client, auth)
    assert client.get(f"/teach/drafts/{draft.id}/export/docx").status_code == 404


@needs_shared
def test_a_teacher_imports_a_moodle_question_bank(client, auth):
    auth.login("teacher", as_="teacher")
    data = SHARED / "moodlexml/moodle/fixtures/nested_categories_with_questions.xml"
    page = upload(client, data.read_bytes(), "bank.xml")
    assert page.status_code == 200 and "A Moodle XML file" in page.text
    response = client.post(
        CONFIRM, data={**confirm_fields(page.text), "into": "", "title": ""}
    )
    assert response.status_code == 302
    draft = db.session.scalar(select(Draft))
    assert draft.data["exercises"][0]["items"]


def test_students_answer_imported_questions_without_javascript(client, auth):
    draft = own_set(client, auth)
    # Only the questions that need no rubric: publishable straight away.
    exercise = draft.data["exercises"][0]
    exercise["items"] = [
        i
        for i in exercise["items"]
        if i["type"] in ("short_answer", "numeric", "matching")
    ]
    authoring._save(draft, draft.data)
    # An imported bank is no article: publishing asks nothing about an
    # outlet or author it could not name.
    assert client.post(f"/teach/drafts/{draft.id}/publish", data={}).status_code == 302
    article = db.session.scalar(select(Article).where(Article.slug == draft.slug))
    assert article.is_published
    # The owner previews as a learner would (a class member sees the same).
    item_url = start(client, "imported", article_slug=article.slug)
    page = client.get(item_url).text
    assert 'name="text"' in page and "A word or a short phrase." in page
    client.post(item_url, data={"text": "Press Release"})
    assert "1 / 1" in client.get(item_url).text
    next_url = re.search(r'id="next-link" href="([^"]+)"', client.get(item_url).text)[1]
    page = client.get(next_url).text
    assert 'name="number"' in page and 'inputmode="decimal"' in page
    client.post(next_url, data={"number": "1990"})
    assert "1 / 1" in client.get(next_url).text
    next_url = re.search(r'id="next-link" href="([^"]+)"', client.get(next_url).text)[1]
    page = client.get(next_url).text
    if 'name="number"' in page:  # the {#1..5} question
        client.post(next_url, data={"number": "2,5"})
        next_url = re.search(
            r'id="next-link" href="([^"]+)"', client.get(next_url).text
        )[1]
        page = client.get(next_url).text
    assert "<select" in page and "Choose…" in page
    assert page.index(">blog<") < page.index(">news agency<")  # alphabetical
    answer = {"match-p1": "news agency", "match-p2": "blog"}
    client.post(next_url, data=answer)
    feedback = client.get(next_url).text
    assert "Partly right: 1 of 2 pairs match." in feedback
    assert "answer: newspaper" in feedback


def test_imported_questions_are_edited_as_lines(client, auth):
    draft = own_set(client, auth)
    url = f"/teach/drafts/{draft.id}/questions/sa-1"
    page = client.get(url).text
    assert (
        "press release | 100" in page and "*release* | 50 | Close: which kind?" in page
    )
    response = client.post(
        url,
        data={
            "prompt": "What is it called?",
            "answers": "press release | 100\nnews release | 50 | Close.",
            "case_sensitive": "y",
            "explanation": "A press release.",
        },
    )
    assert response.status_code == 302
    db.session.refresh(draft)
    item = next(i for i in draft.data["exercises"][0]["items"] if i["id"] == "sa-1")
    assert item["answers"][1] == {
        "text": "news release",
        "fraction": 0.5,
        "feedback": "Close.",
    }
    assert item["case_sensitive"] is True and item["reviewed"] is True
    bad = client.post(url, data={"prompt": "x", "answers": "a | lots"})
    assert bad.status_code == 422 and "credit must be a percentage" in bad.text
