"""Pasting an article gives a complete draft: every sentence worth sorting is a
claim with the machine's label, and a teacher only confirms or fixes labels."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from quizapp.extensions import db
from quizapp.packs import check_pack_data

from ..conftest import count_rows
from .test_authoring import newest_draft, paste

STORY = Path(__file__).parents[1] / "fixtures" / "library_story.md"


def story_text() -> str:
    return STORY.read_text(encoding="utf-8")


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-okafor", as_="teacher")


@pytest.fixture()
def story_draft(client, teacher):
    response = paste(client, "Libraries to close", story_text())
    assert response.status_code == 302, response.text
    return newest_draft()


def claims(draft) -> list[dict]:
    return [i for e in draft.data["exercises"] if e["kind"] == "claims"
            for i in e["items"]]


def claim(draft, start: str) -> dict:
    return next(c for c in claims(draft) if c["quote"].startswith(start))


def test_pasting_the_library_story_drafts_every_sentence_as_a_claim(story_draft):
    items = claims(story_draft)
    body_sentences = [line for line in story_text().splitlines()
                      if line and not line.startswith("#")]
    assert len(items) == len(body_sentences) == 18
    assert all(i["machine"]["confidence"] for i in items)
    assert all(i["explanation"] for i in items)
    assert not any(i["quote"].startswith("Council to close") for i in items)


@pytest.mark.parametrize(
    ("start", "label", "source"),
    [
        ("Mayor Maria Chen said the council", "sourced", "named"),
        ("Maria Chen said the savings might", "speculation", "named"),
        ("Two library staff members", "sourced", "anonymous"),
        ("Some analysts believe", "speculation", "vague"),
        ("Experts say", "speculation", "vague"),
        ('"Closing a library', "opinion", "named"),
        ("Frankly, the council should have", "opinion", None),
        ("The changes are expected to take effect", "unsourced", None),
        ("Will the council change its mind?", "question", None),
    ],
)
def test_the_drafted_labels_are_the_ones_a_careful_reader_gives(
    story_draft, start, label, source
):
    item = claim(story_draft, start)
    assert item["label"] == label
    assert (item.get("source") or {}).get("kind") == source


def test_every_drafted_item_passes_the_checks_of_a_hand_written_one(story_draft):
    _, problems = check_pack_data(story_draft.data, story_draft.slug)
    assert problems == []


def test_the_drafted_why_question_never_offers_an_attribution_as_a_cause(
    story_draft,
):
    for exercise in story_draft.data["exercises"]:
        for item in exercise["items"]:
            for option in item.get("options") or []:
                assert not re.search(r"\bsaid\b|\bauthorised\b", option["text"])


def test_who_said_it_options_are_the_articles_real_sources(story_draft):
    body = story_draft.data["body"]
    for exercise in story_draft.data["exercises"]:
        for item in exercise["items"]:
            if item.get("type") != "who_said":
                continue
            for option in item["options"]:
                if not option["text"].startswith("Nobody"):
                    assert option["text"].lower() in body.lower()
                    assert "should" not in option["text"]


@pytest.mark.parametrize("text", ["Hello world.", "Hi!", "Thank you."])
def test_a_text_too_short_to_draft_gets_a_message_a_teacher_understands(
    client, teacher, text
):
    response = paste(client, "Too short", text)
    assert response.status_code == 422
    assert "too short to draft" in response.text
    assert "claims.yaml" not in response.text
    assert "non-empty list" not in response.text
    assert count_rows("drafts") == 0


def test_a_stale_add_this_sentence_form_edits_the_existing_claim(
    client, story_draft
):
    before = claims(story_draft)
    item = claim(story_draft, "Libraries are the heart")
    page = client.get(f"/teach/drafts/{story_draft.id}").text
    assert "Libraries are the heart" in page
    from quizapp.teach.authoring_display import suggestions

    index = next(s.index for s in suggestions(story_draft.data["body"])
                 if s.quote == item["quote"])
    response = client.post(
        f"/teach/drafts/{story_draft.id}/sentences/{index}",
        data={"label": "unsourced", "explanation": "A slogan, stated as fact.",
              "source_kind": "", "source_name": "",
              "sort": "y"},
    )
    assert response.status_code == 302
    db.session.refresh(story_draft)
    after = claims(story_draft)
    assert len(after) == len(before)
    same = [c for c in after if c["quote"] == item["quote"]]
    assert len(same) == 1 and same[0]["label"] == "unsourced"
    assert same[0]["reviewed"] is True
    page = client.get(response.location).text
    assert f"This sentence was already claim {item['id']}: updated it" in page
    assert "Added to the sorting exercise" not in page


def test_a_pack_with_two_claims_for_one_sentence_is_refused(story_draft):
    data = story_draft.data
    first = claims(story_draft)[0]
    data["exercises"][0]["items"].append({**first, "id": "dup", "label": "opinion"})
    _, problems = check_pack_data(data, story_draft.slug)
    assert any("the same sentence is already claim" in str(p) for p in problems)


def test_an_uploaded_web_page_drafts_only_its_article(client, teacher):
    page = (Path(__file__).parents[1] / "fixtures" / "pages" / "library_news.html")
    response = client.post(
        "/teach/articles/new",
        data={
            "upload": (io.BytesIO(page.read_bytes()), "library.html"),
            "title": "Libraries to close",
            "reading_level": "intermediate",
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.text
    draft = newest_draft()
    body = draft.data["body"]
    for junk in ("Home", "Sport", "Cookies", "Subscribe", "Share on", "Priya Shah",
                 "Most read", "Council to close two libraries"):
        assert junk not in body
    assert len(claims(draft)) == 18


def _question_form_data(item: dict) -> dict:
    if item["type"] == "mark_cues":  # drafted cue marking has its own editor
        cues = item["cues"]
        return {
            "quote": item["quote"],
            "source_cues": "\n".join(c["text"] for c in cues if c["kind"] == "source"),
            "uncertainty_cues": "\n".join(
                c["text"] for c in cues if c["kind"] != "source"
            ),
            "explanation": item.get("explanation", ""),
        }
    data = {
        "type": item["type"],
        "prompt": item["prompt"],
        "evidence": "\n".join(item.get("evidence") or []),
        "explanation": item.get("explanation", ""),
        "citation_url": (item.get("citation") or {}).get("url", ""),
        "citation_claim": (item.get("citation") or {}).get("claim", ""),
    }
    for n, option in enumerate(item.get("options") or []):
        data[f"options-{n}-text"] = option["text"]
        data[f"options-{n}-feedback"] = option.get("feedback", "")
        if option.get("correct"):
            data[f"options-{n}-correct"] = "y"
    return data


@pytest.mark.parametrize("source", ["story", "founding"])
def test_every_drafted_question_passes_the_hand_written_question_form(
    client, teacher, source
):
    if source == "story":
        paste(client, "Libraries to close", story_text())
    else:
        paste(client)
    draft = newest_draft()
    questions = [i for e in draft.data["exercises"] if e["kind"] == "questions"
                 for i in e["items"]]
    assert questions
    for item in questions:
        response = client.post(
            f"/teach/drafts/{draft.id}/questions/{item['id']}",
            data=_question_form_data(item),
        )
        assert response.status_code == 302, (item["id"], response.text[-3000:])


def test_pasted_text_copied_from_a_web_page_drafts_no_menu_byline_or_footer(
    client, teacher
):
    pages = Path(__file__).parents[1] / "fixtures" / "pages"
    copied = (pages / "library_news_copied.txt").read_text("utf-8")
    assert paste(client, "Libraries to close", copied).status_code == 302
    quotes = [c["quote"] for c in claims(newest_draft())]
    for junk in ("Home", "Sport", "Accept all cookies", "Share on", "Priya Shah",
                 "Most read", "Bus fares", "Subscribe", "Council to close two"):
        assert not any(junk in q for q in quotes), junk
    for line in story_text().splitlines()[1:]:
        assert not line or line in quotes


def test_pasted_text_copied_from_a_web_page_keeps_only_the_article_to_read(
    client, teacher
):
    # the claims leave the page's furniture out (above); the article the
    # students read leaves it out too: it starts at the first paragraph and
    # ends at the last
    pages = Path(__file__).parents[1] / "fixtures" / "pages"
    copied = (pages / "library_news_copied.txt").read_text("utf-8")
    assert paste(client, "Libraries to close", copied).status_code == 302
    body = newest_draft().data["body"]
    for junk in ("cookies", "Home", "Share on", "Priya Shah", "Most read",
                 "Bus fares", "Subscribe", "© 2026"):
        assert junk not in body, junk
    assert body.lstrip().startswith("The city council voted on Tuesday")
    assert body.rstrip().endswith("A final vote on the budget is due next month.")
