"""Reviewing a drafted set quickly and safely: claims least sure first, relabel
in one step (plain form or JSON), accept suggestions above a confidence, flag
questions of relabelled claims, confirm before publishing unreviewed items,
undo deletions, and answer the preview without anything being recorded."""

from __future__ import annotations

import html
import re

import pytest

from quizapp.extensions import db
from quizapp.services import authoring

from ..conftest import count_rows
from .test_authoring import claim_data, newest_draft, paste
from .test_drafting_whole_articles import claim, claims, story_text


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-okafor", as_="teacher")


@pytest.fixture()
def draft(client, teacher):
    assert paste(client, "Libraries to close", story_text()).status_code == 302
    return newest_draft()


def review(client, draft) -> str:
    return client.get(f"/teach/drafts/{draft.id}").text


def queue_keys(page: str) -> list[str]:
    return re.findall(r'<li class="queue-row[^"]*" id="r-([\w-]+)"', page)


def test_the_review_queue_lists_every_claim_least_sure_first(client, draft):
    keys = queue_keys(review(client, draft))
    assert sorted(keys) == sorted(c["id"] for c in claims(draft))
    confidences = [next(c for c in claims(draft) if c["id"] == k)["machine"][
        "confidence"] for k in keys]
    assert confidences == sorted(confidences)


def test_excluded_sentences_show_why_they_are_not_claims(client, draft):
    page = review(client, draft)
    assert "Not drafted as claims" in page
    assert "A heading, headline or page label" in page


def test_relabelling_by_a_plain_form_marks_the_claim_reviewed(client, draft):
    item = claim(draft, "Libraries are the heart")
    response = client.post(
        f"/teach/drafts/{draft.id}/claims/{item['id']}/label",
        data={"label": "unsourced"},
    )
    assert response.status_code == 302
    assert response.location.endswith(f"#r-{item['id']}")
    db.session.refresh(draft)
    changed = claim(draft, "Libraries are the heart")
    assert changed["label"] == "unsourced" and changed["reviewed"] is True


def test_relabelling_by_keyboard_answers_json_without_a_page_load(client, draft):
    item = claim(draft, "Experts say")
    response = client.post(
        f"/teach/drafts/{draft.id}/claims/{item['id']}/label",
        data={"label": "opinion"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200
    assert response.json["label"] == "opinion"
    assert response.json["unreviewed"] >= 1


def test_a_sourced_label_without_a_source_asks_for_the_full_form(client, draft):
    item = claim(draft, "The city council voted")
    response = client.post(
        f"/teach/drafts/{draft.id}/claims/{item['id']}/label",
        data={"label": "sourced"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 422
    assert "needs a source" in response.json["message"]


def test_relabelling_a_claim_flags_the_questions_drafted_from_it(client, draft):
    questions = [i for e in draft.data["exercises"] if e["kind"] == "questions"
                 for i in e["items"]]
    linked = next(q for q in questions if q["machine"].get("claims"))
    key = linked["machine"]["claims"][0]
    current = next(c for c in claims(draft) if c["id"] == key)["label"]
    new = "opinion" if current != "opinion" else "speculation"
    client.post(f"/teach/drafts/{draft.id}/claims/{key}/label", data={"label": new})
    db.session.refresh(draft)
    flagged = next(i for e in draft.data["exercises"] for i in e["items"]
                   if i["id"] == linked["id"])
    assert f"Claim {key} is now labelled {new}" in flagged["machine"]["flag"]
    assert "Check this question" in review(client, draft)


def question(draft, key: str) -> dict:
    return next(i for e in draft.data["exercises"] if e["kind"] == "questions"
                for i in e["items"] if i["id"] == key)


def test_deleting_a_claim_flags_the_questions_drafted_from_it(client, draft):
    questions = [i for e in draft.data["exercises"] if e["kind"] == "questions"
                 for i in e["items"]]
    linked = next(q for q in questions if q["machine"].get("claims"))
    key = linked["machine"]["claims"][0]
    data = draft.data
    question(draft, linked["id"])["reviewed"] = True  # checked before the delete
    authoring._save(draft, data)
    client.post(f"/teach/drafts/{draft.id}/items/{key}/delete")
    db.session.refresh(draft)
    flagged = question(draft, linked["id"])
    assert f"Claim {key} was deleted" in flagged["machine"]["flag"]
    assert flagged["reviewed"] is False
    page = review(client, draft)
    assert "Check this question" in page and f"Claim {key} was deleted" in page


def test_undoing_a_claims_deletion_takes_back_the_flag_it_set(client, draft):
    questions = [i for e in draft.data["exercises"] if e["kind"] == "questions"
                 for i in e["items"]]
    linked = next(q for q in questions if q["machine"].get("claims"))
    key = linked["machine"]["claims"][0]
    client.post(f"/teach/drafts/{draft.id}/items/{key}/delete")
    client.post(f"/teach/drafts/{draft.id}/items/{key}/restore")
    db.session.refresh(draft)
    restored = question(draft, linked["id"])
    assert restored == linked  # as it was: unreviewed, with no flag


def test_undoing_a_deletion_keeps_a_flag_set_since(client, draft):
    questions = [i for e in draft.data["exercises"] if e["kind"] == "questions"
                 for i in e["items"]]
    linked = next(q for q in questions if q["machine"].get("claims"))
    key = linked["machine"]["claims"][0]
    client.post(f"/teach/drafts/{draft.id}/items/{key}/delete")
    data = draft.data
    question(draft, linked["id"])["machine"]["flag"] = "A later note."
    authoring._save(draft, data)
    client.post(f"/teach/drafts/{draft.id}/items/{key}/restore")
    db.session.refresh(draft)
    assert question(draft, linked["id"])["machine"]["flag"] == "A later note."


def test_accepting_suggestions_above_a_threshold_reviews_only_those(client, draft):
    response = client.post(f"/teach/drafts/{draft.id}/accept",
                           data={"threshold": "80"})
    assert response.status_code == 302
    db.session.refresh(draft)
    for item in claims(draft):
        assert bool(item.get("reviewed")) == (item["machine"]["confidence"] >= 0.8)


def test_each_threshold_says_how_many_claims_it_would_accept(client, draft):
    page = review(client, draft)
    for percent in (90, 80, 70, 60):
        n = sum(c["machine"]["confidence"] >= percent / 100 for c in claims(draft))
        option = re.search(rf'<option[^>]*value="{percent}"[^>]*>([^<]*)</option>',
                           page)
        assert option.group(1) == f"{percent}% ({n} claim{'s' if n != 1 else ''})"
    client.post(f"/teach/drafts/{draft.id}/accept", data={"threshold": "60"})
    assert all(re.search(rf'value="{p}"[^>]*>{p}% \(0 claims\)', review(client, draft))
               for p in (90, 80, 70, 60))


def test_publishing_with_items_to_review_asks_first_and_lists_them(client, draft):
    response = client.post(f"/teach/drafts/{draft.id}/publish")
    assert response.status_code == 200
    assert "still to review" in response.text and "Publish anyway" in response.text
    assert "Some analysts believe" in response.text
    assert count_rows("articles") == 0
    response = client.post(f"/teach/drafts/{draft.id}/publish",
                           data={"confirm": "yes"})
    assert response.status_code == 302
    assert count_rows("articles") == 1


def test_the_publish_confirmation_names_every_item_by_its_text(client, draft):
    page = client.post(f"/teach/drafts/{draft.id}/publish").text
    notice = page.split('id="confirm-publish"')[1]
    listed = re.findall(r">([\w-]+)</a>: ([^<]*)", notice)
    marks = [i for e in draft.data["exercises"] for i in e["items"]
             if i.get("type") == "mark_cues"]
    assert marks, "the story drafts cue-marking items"
    assert all(text.strip() and text.strip() != "None" for _, text in listed)
    shown = {key: html.unescape(text) for key, text in listed}
    for item in marks:
        assert shown[item["id"]].strip().startswith(item["quote"][:40])


def test_a_deleted_question_or_claim_can_be_restored(client, draft):
    item = claim(draft, "Experts say")
    position = [c["id"] for c in claims(draft)].index(item["id"])
    response = client.post(f"/teach/drafts/{draft.id}/items/{item['id']}/delete")
    assert response.status_code == 302
    page = client.get(response.location).text
    assert "Undo" in page
    db.session.refresh(draft)
    assert item["id"] not in [c["id"] for c in claims(draft)]
    client.post(f"/teach/drafts/{draft.id}/items/{item['id']}/restore")
    db.session.refresh(draft)
    assert [c["id"] for c in claims(draft)].index(item["id"]) == position


def test_the_preview_is_answered_like_a_student_with_nothing_recorded(client, draft):
    item = claim(draft, '"Closing a library')
    response = client.post(f"/teach/drafts/{draft.id}/preview/{item['id']}",
                           data={"label": "opinion"})
    assert response.status_code == 200
    assert "Right: this is an opinion, and it is sourced: Tom Barker said it" in (
        response.text)
    assert count_rows("attempts") == 0 and count_rows("answers") == 0
    wrong = client.post(f"/teach/drafts/{draft.id}/preview/{item['id']}",
                        data={"label": "sourced"})
    assert "Not quite" in wrong.text
    empty = client.post(f"/teach/drafts/{draft.id}/preview/{item['id']}", data={})
    assert empty.status_code == 422


def test_sixty_sentences_are_all_drafted_and_in_the_review_queue(client, teacher):
    sentences = []
    for n in range(1, 21):
        sentences += [
            f"The council approved plan {n} on Monday, the mayor said.",
            f"Some analysts believe plan {n} could fail within a year.",
            f"Plan {n} is a disgraceful waste of public money.",
        ]
    assert paste(client, "Sixty", "\n\n".join(sentences)).status_code == 302
    draft = newest_draft()
    assert len(claims(draft)) == 60
    assert len(queue_keys(review(client, draft))) == 60


def test_a_source_without_a_name_reads_as_such_in_the_queue(client, draft):
    named = claim(draft, "Libraries are the heart")
    vague = claim(draft, "Experts say")
    for item, kind in ((named, "named"), (vague, "vague")):
        saved = client.post(
            f"/teach/drafts/{draft.id}/claims/{item['id']}",
            data=claim_data(source_kind=kind, source_name="", cues=None),
        )
        assert saved.status_code == 302
    page = review(client, draft)
    # It read "source: named (named)" and "source: vague (vague)".
    assert "named (named)" not in page and "vague (vague)" not in page
    assert "source: <strong>named, but no name given</strong>" in page
    assert "source: vague, not named" in page


def _questions(draft) -> list[dict]:
    return [i for e in draft.data["exercises"] if e["kind"] == "questions"
            for i in e["items"]]


def test_every_recent_deletion_is_listed_and_any_of_them_can_be_restored(
    client, draft
):
    assert "Recently deleted" not in review(client, draft)
    item = claim(draft, "Experts say")
    first_question = _questions(draft)[0]
    client.post(f"/teach/drafts/{draft.id}/items/{item['id']}/delete")
    client.post(f"/teach/drafts/{draft.id}/items/{first_question['id']}/delete")
    page = review(client, draft)
    listed = re.findall(r'<li id="d-([\w-]+)">', page.split('id="deleted-heading"')[1])
    assert listed == [first_question["id"], item["id"]]  # the latest first
    assert f"Restore<span class=\"visually-hidden\"> claim {item['id']}" in page
    response = client.post(f"/teach/drafts/{draft.id}/items/{item['id']}/restore")
    assert response.status_code == 302
    assert response.location.endswith(f"#s-{item['id']}")
    db.session.refresh(draft)
    assert item["id"] in [c["id"] for c in claims(draft)]
    assert first_question["id"] not in [q["id"] for q in _questions(draft)]
    page = review(client, draft)
    listed = re.findall(r'<li id="d-([\w-]+)">', page.split('id="deleted-heading"')[1])
    assert listed == [first_question["id"]]
    response = client.post(
        f"/teach/drafts/{draft.id}/items/{first_question['id']}/restore")
    assert response.location.endswith(f"#q-{first_question['id']}")
    assert "Recently deleted" not in review(client, draft)


def test_a_claim_whose_sentence_was_made_a_claim_again_is_not_restored(
    client, draft
):
    from quizapp.teach.authoring_display import suggestions

    item = claim(draft, "Libraries are the heart")
    client.post(f"/teach/drafts/{draft.id}/items/{item['id']}/delete")
    db.session.refresh(draft)
    index = next(s.index for s in suggestions(draft.data["body"])
                 if s.quote == item["quote"])
    client.post(f"/teach/drafts/{draft.id}/sentences/{index}",
                data={"label": "opinion", "explanation": "A slogan.",
                      "source_kind": "", "source_name": "", "sort": "y"})
    db.session.refresh(draft)
    again = claim(draft, "Libraries are the heart")
    assert again["id"] != item["id"]  # a deleted item's id is not given again
    response = client.post(f"/teach/drafts/{draft.id}/items/{item['id']}/restore",
                           follow_redirects=True)
    assert (f"Claim {item['id']} cannot be restored: its sentence is claim "
            f"{again['id']} now") in html.unescape(response.text)
    db.session.refresh(draft)
    assert [c["id"] for c in claims(draft) if c["quote"] == item["quote"]] == [
        again["id"]]
