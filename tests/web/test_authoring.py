"""Teachers author exercise sets: paste, review, publish, version, export, import."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from quizapp.extensions import db
from quizapp.models import Answer, Article, Attempt, Classroom, Draft, Membership

from ..conftest import CONTENT, MINI_PACK, count_rows, make_user
from .helpers import latest_attempt, start

IRAN = CONTENT / "iran-scaling-back-syria" / "article.md"


def article_text() -> str:
    """The founding article's Markdown, without its front matter."""
    return IRAN.read_text(encoding="utf-8").split("---", 2)[2]


def pack_zip(folder: Path = MINI_PACK, edit=None) -> bytes:
    """A zip of a pack folder as `<name>/<file>`, optionally edited first."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.iterdir()):
            text = path.read_text(encoding="utf-8")
            if edit:
                text = edit(path.name, text)
            archive.writestr(f"{folder.name}/{path.name}", text)
    return buffer.getvalue()


def upload(client, data: bytes, name: str = "mini.zip"):
    return client.post(
        "/teach/articles/import",
        data={"pack": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def newest_draft() -> Draft:
    return db.session.scalar(select(Draft).order_by(Draft.id.desc()))


def paste(client, title: str = "Iran scales back", text: str | None = None):
    return client.post(
        "/teach/articles/new",
        data={
            "text": text if text is not None else article_text(),
            "title": title,
            "outlet": "The Daily",
            "author": "A. Writer",
            "published": "2024-12-07",
            "url": "https://example.org/iran",
            "reading_level": "intermediate",
        },
    )


def switch_to(auth, username: str, as_: str = "student"):
    """Log out whoever is logged in and log in `username` (created if new)."""
    auth.logout()
    return auth.login(username, as_=as_)


def finish(client, attempt) -> None:
    """Answer every open item of `attempt` with "opinion"."""
    while "/result" not in (next_url := client.get(f"/attempts/{attempt.id}").location):
        client.post(next_url, data={"label": "opinion"})


def join_class(teacher, student) -> None:
    classroom = Classroom(teacher_id=teacher.id, name="7B", join_code="ABC234")
    db.session.add(classroom)
    db.session.flush()
    db.session.add(Membership(classroom_id=classroom.id, user_id=student.id))
    db.session.commit()


def claim_data(**fields) -> dict:
    data = {
        "label": "sourced",
        "sort": "y",
        "source_kind": "named",
        "source_name": "the mayor",
        "cues": ["the mayor said"],
        "extra_cues": "",
        "explanation": "The mayor is named.",
    }
    data.update(fields)
    return {k: v for k, v in data.items() if v is not None}


def question_data(**fields) -> dict:
    data = {
        "type": "multiple_choice",
        "prompt": "Who approved the wall?",
        "options-0-text": "The council",
        "options-0-correct": "y",
        "options-0-feedback": "Yes: the first sentence says so.",
        "options-1-text": "The experts",
        "options-1-feedback": "They only believe it could help.",
        "evidence": "The council approved a new harbour wall on Monday",
        "explanation": "Read the first sentence.",
    }
    data.update(fields)
    return data


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-reed", as_="teacher")


@pytest.fixture()
def mini_draft(client, teacher) -> Draft:
    """The mini pack imported as the logged-in teacher's draft."""
    response = upload(client, pack_zip())
    assert response.status_code == 302, response.text
    return newest_draft()


# Pasting, reviewing, publishing -------------------------------------------------


def test_teacher_pastes_an_article_and_gets_a_draft_with_every_sentence_labelled(
    client, teacher
):
    response = paste(client)
    draft = newest_draft()
    assert response.location == f"/teach/drafts/{draft.id}"
    assert draft.owner_id == teacher.id and draft.slug == "iran-scales-back"
    assert draft.data["meta"]["outlet"] == "The Daily"
    assert draft.data["meta"]["published"] == "2024-12-07"
    page = client.get(response.location).text
    sentences = re.findall(r'<a class="sentence (?:suggested )?label-(\w+)', page)
    assert len(sentences) >= 25
    assert {"sourced", "speculation", "opinion", "unsourced"} <= set(sentences)
    assert '<span class="tag">sourced, to review</span>' in page  # not colour alone
    assert "Multiple sources have confirmed" in page


def test_an_uploaded_html_file_becomes_a_draft(client, teacher):
    html = (
        "<html><body><h1>Harbour news</h1><p>The council approved a new wall on "
        "Monday, the mayor said. Some experts believe it could reduce flooding."
        "</p></body></html>"
    )
    response = client.post(
        "/teach/articles/new",
        data={
            "upload": (io.BytesIO(html.encode()), "harbour.html"),
            "title": "Harbour news",
            "reading_level": "introductory",
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.text
    assert "Some experts believe" in newest_draft().data["body"]
    assert "<p>" not in newest_draft().data["body"]


def test_new_article_form_explains_what_is_missing(client, teacher):
    response = client.post("/teach/articles/new", data={"text": "", "title": ""})
    assert response.status_code == 422
    assert "Paste the text or upload a file." in response.text
    assert "Give the article a title" not in response.text  # the headline may do
    assert count_rows("drafts") == 0


def test_saving_a_drafted_claim_changes_it_and_marks_it_reviewed(client, teacher):
    paste(client)
    draft = newest_draft()
    claim = next(
        i for i in draft.data["exercises"][0]["items"] if i["label"] == "sourced"
    )
    assert claim["machine"]["confidence"] > 0 and not claim.get("reviewed")
    page = client.get(f"/teach/drafts/{draft.id}?claim={claim['id']}").text
    assert "confidence" in page and "Not reviewed yet" in page
    response = client.post(
        f"/teach/drafts/{draft.id}/claims/{claim['id']}",
        data=claim_data(
            label="speculation",
            source_kind="",
            cues=[],
            extra_cues="Iran, Syria",
            explanation="A teacher's explanation.",
        ),
    )
    assert response.status_code == 302
    db.session.refresh(draft)
    saved = next(
        i for i in draft.data["exercises"][0]["items"] if i["id"] == claim["id"]
    )
    assert saved["label"] == "speculation" and "source" not in saved
    assert saved["cues"] == ["Iran", "Syria"]
    assert saved["explanation"] == "A teacher's explanation."
    assert saved["reviewed"] is True and saved["machine"] == claim["machine"]


def test_a_cue_that_is_not_in_the_sentence_is_refused_and_nothing_changes(
    client, mini_draft
):
    before = json.dumps(mini_draft.data, sort_keys=True)
    response = client.post(
        f"/teach/drafts/{mini_draft.id}/claims/c1",
        data=claim_data(extra_cues="the mayor said, the king decreed"),
    )
    assert response.status_code == 422
    assert "Not in the sentence: &#39;the king decreed&#39;" in response.text
    db.session.refresh(mini_draft)
    assert json.dumps(mini_draft.data, sort_keys=True) == before


def test_a_sourced_claim_needs_a_source_kind(client, mini_draft):
    response = client.post(
        f"/teach/drafts/{mini_draft.id}/claims/c1", data=claim_data(source_kind="")
    )
    assert response.status_code == 422
    assert "A sourced claim needs a source kind." in response.text


def test_a_sentence_that_is_not_a_claim_can_be_added_as_one(client, mini_draft):
    page = client.get(f"/teach/drafts/{mini_draft.id}").text
    # "Building starts in spring..." is not a claim of the mini pack.
    index = re.search(
        r'id="n-(\d+)" href="[^"]+">\*?\*?(?:Ms\. Reed: )?Building starts', page
    )
    assert index, "the sentence is offered as a suggestion"
    response = client.post(
        f"/teach/drafts/{mini_draft.id}/sentences/{index.group(1)}",
        data=claim_data(
            label="sourced",
            source_kind="citation",
            source_name="link 1",
            cues=[],
            extra_cues="according to the council's report",
            explanation="The report is linked.",
        ),
    )
    assert response.status_code == 302
    db.session.refresh(mini_draft)
    claims = mini_draft.data["exercises"][0]["items"]
    added = [c for c in claims if c["id"] == "claim-01"]
    assert added and added[0]["quote"].endswith("according to the council's report 1.")
    assert [c["id"] for c in claims][-1] == "claim-01"  # in article order


def test_claims_and_questions_can_be_removed(client, mini_draft):
    client.post(f"/teach/drafts/{mini_draft.id}/items/c3/delete")
    client.post(f"/teach/drafts/{mini_draft.id}/items/q2/delete")
    db.session.refresh(mini_draft)
    ids = [i["id"] for e in mini_draft.data["exercises"] for i in e["items"]]
    assert "c3" not in ids and "q2" not in ids and "q1" in ids


def test_teacher_adds_edits_and_reorders_questions_of_every_type(client, mini_draft):
    url = f"/teach/drafts/{mini_draft.id}/questions"
    assert client.post(f"{url}/new", data=question_data()).status_code == 302
    citation = question_data(
        type="citation_check",
        prompt="Does the link support the claim?",
        citation_url="https://example.org/harbour-report",
        citation_claim="Building starts in spring",
    )
    assert client.post(f"{url}/new", data=citation).status_code == 302
    who = question_data(type="who_said", prompt="Who says the wall was approved?")
    assert client.post(f"{url}/q1", data=who).status_code == 302
    select_ = question_data(type="multiple_select", **{"options-1-correct": "y"})
    assert client.post(f"{url}/q2", data=select_).status_code == 302
    client.post(f"{url}/q-01/move", data={"direction": "up"})
    db.session.refresh(mini_draft)
    questions = mini_draft.data["exercises"][1]["items"]
    assert [q["id"] for q in questions] == ["q1", "q2", "q-01", "q3", "q-02"]
    new = questions[2]
    assert new["options"][0] == {
        "text": "The council",
        "correct": True,
        "feedback": "Yes: the first sentence says so.",
    }
    assert new["evidence"] == ["The council approved a new harbour wall on Monday"]
    assert questions[-1]["citation"]["url"] == "https://example.org/harbour-report"
    assert questions[0]["type"] == "who_said" and questions[0]["reviewed"] is True
    assert [o.get("correct", False) for o in questions[1]["options"]] == [True, True]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"options-0-correct": ""}, "Mark at least one option as correct."),
        ({"options-1-text": ""}, "Give at least two options."),
        ({"options-1-correct": "y"}, "exactly one correct option"),
        ({"evidence": "The wall is made of cheese"}, "Not found in the article"),
        ({"type": "citation_check"}, "A citation check needs the cited link."),
        (
            {"type": "citation_check", "citation_url": "javascript:alert(1)"},
            "starting with http:// or https://",
        ),
    ],
)
def test_a_bad_question_is_explained_and_not_saved(client, mini_draft, fields, message):
    data = question_data(**fields)
    response = client.post(f"/teach/drafts/{mini_draft.id}/questions/new", data=data)
    assert response.status_code == 422
    assert message in response.text
    db.session.refresh(mini_draft)
    assert len(mini_draft.data["exercises"][1]["items"]) == 3


def test_preview_shows_the_student_view_without_saving_answers(client, mini_draft):
    page = client.get(f"/teach/drafts/{mini_draft.id}/preview").text
    assert "Harbour Plans Announced" in page and '<h2 id="b-2">Reactions</h2>' in page
    item = client.get(f"/teach/drafts/{mini_draft.id}/preview/c1").text
    assert '<mark class="claim" id="claim">The council approved' in item
    assert "Check my answer" in item and "Show the answer key" in item
    assert "Nothing is recorded" in item
    question = client.get(f"/teach/drafts/{mini_draft.id}/preview/q3").text
    hidden = client.get(f"/teach/drafts/{mini_draft.id}/preview/c4")
    assert hidden.status_code == 404  # not offered for sorting, as for students
    assert "https://example.org/harbour-report" in question
    assert client.get(f"/teach/drafts/{mini_draft.id}/preview/nope").status_code == 404
    assert count_rows("attempts") == 0 and count_rows("answers") == 0


def test_publishing_makes_the_set_visible_to_the_teachers_class(
    client, auth, teacher, mini_draft
):
    response = client.post(f"/teach/drafts/{mini_draft.id}/publish")
    assert response.status_code == 302
    article = db.session.scalar(select(Article).where(Article.slug == "mini"))
    assert (article.owner_id, article.version, article.is_published) == (
        teacher.id,
        1,
        True,
    )
    assert "Published, version 1" in client.get("/teach/articles").text
    join_class(teacher, make_user("sam"))
    switch_to(auth, "sam")
    assert "Harbour Plans Announced" in client.get("/articles/mini").text


def test_a_draft_with_problems_is_refused_with_the_problems_listed(client, mini_draft):
    data = json.loads(json.dumps(mini_draft.data))
    data["exercises"][0]["items"][1]["quote"] = "A sentence nobody wrote."
    mini_draft.data = data
    flag_modified(mini_draft, "data")
    db.session.commit()
    response = client.post(f"/teach/drafts/{mini_draft.id}/publish")
    assert response.status_code == 422
    assert "Not published." in response.text
    assert "claims.yaml: item c2: quote not found in the article" in response.text
    assert count_rows("articles") == 0


def test_editing_a_published_set_makes_a_new_version_and_old_scores_stay(
    client, auth, teacher, mini_draft
):
    client.post(f"/teach/drafts/{mini_draft.id}/publish")
    student = make_user("sam")
    join_class(teacher, student)
    switch_to(auth, "sam")
    url = start(client, "claims")
    client.post(url, data={"label": "sourced"})  # c1: right on version 1
    first = latest_attempt(student)
    assert (first.score, first.article_version) == (1.0, 1)

    switch_to(auth, "ms-reed", as_="teacher")
    client.post(
        f"/teach/drafts/{mini_draft.id}/claims/c1",
        data=claim_data(label="unsourced", source_kind="", cues=[]),
    )
    assert "Unpublished changes" in client.get("/teach/articles").text
    client.post(f"/teach/drafts/{mini_draft.id}/publish")
    article = db.session.scalar(select(Article).where(Article.slug == "mini"))
    assert article.version == 2
    db.session.expire_all()
    answer = db.session.scalar(select(Answer).where(Answer.attempt_id == first.id))
    assert (answer.score, answer.graded_spec["label"]) == (1.0, "sourced")
    assert db.session.get(Attempt, first.id).score == 1.0

    switch_to(auth, "sam")
    assert "Right: this is a sourced fact" in client.get(url).text
    finish(client, first)
    second_url = start(client, "claims")
    assert latest_attempt(student).article_version == 2
    client.post(second_url, data={"label": "sourced"})
    assert "Not quite: this is an unsourced claim." in client.get(second_url).text
    # Publishing again without changes is not a new version.
    switch_to(auth, "ms-reed", as_="teacher")
    client.post(f"/teach/drafts/{mini_draft.id}/publish")
    db.session.refresh(article)
    assert article.version == 2


def test_a_published_set_without_changes_offers_no_publish_button(
    client, mini_draft
):
    url = f"/teach/drafts/{mini_draft.id}"
    assert ">Publish</button>" in client.get(url).text
    client.post(f"{url}/publish")
    page = client.get(url).text
    assert "Publish a new version</button>" not in page
    assert "Version 1 is live, with every change" in page
    client.post(
        f"{url}/claims/c1",
        data=claim_data(label="unsourced", source_kind="", cues=[]),
    )
    assert "Publish a new version</button>" in client.get(url).text


# Export and import --------------------------------------------------------------


def test_export_then_import_round_trips_a_draft_losing_nothing(client, teacher):
    paste(client)
    draft = newest_draft()
    claim = draft.data["exercises"][0]["items"][0]
    client.post(
        f"/teach/drafts/{draft.id}/claims/{claim['id']}",
        data=claim_data(
            label="opinion",
            source_kind="",
            cues=[],
            extra_cues="embattled",
            explanation="Loaded word: 'embattled'.",
        ),
    )
    db.session.refresh(draft)
    exported = client.get(f"/teach/drafts/{draft.id}/export")
    assert exported.status_code == 200
    assert exported.mimetype == "application/zip"
    assert "iran-scales-back.zip" in exported.headers["Content-Disposition"]
    names = zipfile.ZipFile(io.BytesIO(exported.data)).namelist()
    assert "iran-scales-back/article.md" in names
    asked = upload(client, exported.data)  # the teacher's own slug: update or copy?
    assert asked.status_code == 200 and "You already have" in asked.text
    encoded = base64.b64encode(exported.data).decode()
    copied = client.post(
        "/teach/articles/import/resolve",
        data={"pack": encoded, "action": "copy", "slug": "iran-scales-back-2"},
    )
    assert copied.status_code == 302
    imported = newest_draft()
    assert imported.id != draft.id and imported.slug == "iran-scales-back-2"
    assert imported.data == draft.data
    again = client.get(f"/teach/drafts/{imported.id}/export").data
    assert zipfile.ZipFile(io.BytesIO(again)).read(
        "iran-scales-back-2/claims.yaml"
    ) == zipfile.ZipFile(io.BytesIO(exported.data)).read("iran-scales-back/claims.yaml")


def test_importing_a_broken_pack_names_file_line_and_item(client, teacher):
    def break_it(name, text):
        return (
            text.replace("label: opinion", "label: rumour")
            if name == ("claims.yaml")
            else text
        )

    response = upload(client, pack_zip(edit=break_it))
    assert response.status_code == 422
    assert "mini/claims.yaml:17: item c3: unknown label &#39;rumour&#39;" in (
        response.text
    )
    assert upload(client, b"not a zip").status_code == 422
    assert count_rows("drafts") == 0


# Ownership ----------------------------------------------------------------------

DRAFT_URLS = [
    ("get", "/teach/drafts/{id}"),
    ("get", "/teach/drafts/{id}?claim=c1"),
    ("get", "/teach/drafts/{id}/details"),
    ("post", "/teach/drafts/{id}/details"),
    ("post", "/teach/drafts/{id}/claims/c1"),
    ("post", "/teach/drafts/{id}/sentences/0"),
    ("post", "/teach/drafts/{id}/items/c1/delete"),
    ("get", "/teach/drafts/{id}/questions/new"),
    ("post", "/teach/drafts/{id}/questions/new"),
    ("get", "/teach/drafts/{id}/questions/q1"),
    ("post", "/teach/drafts/{id}/questions/q1"),
    ("post", "/teach/drafts/{id}/questions/q1/move"),
    ("get", "/teach/drafts/{id}/preview"),
    ("get", "/teach/drafts/{id}/preview/c1"),
    ("post", "/teach/drafts/{id}/publish"),
    ("get", "/teach/drafts/{id}/export"),
]


def test_another_teacher_gets_404_on_every_url_of_a_draft(client, auth, mini_draft):
    before = json.dumps(mini_draft.data, sort_keys=True)
    switch_to(auth, "mr-grey", as_="teacher")
    for method, url in DRAFT_URLS:
        response = getattr(client, method)(url.format(id=mini_draft.id), data={})
        assert response.status_code == 404, (method, url)
    assert "Harbour Plans" not in client.get("/teach/articles").text
    db.session.refresh(mini_draft)
    assert json.dumps(mini_draft.data, sort_keys=True) == before
    assert count_rows("articles") == 0


def test_students_get_403_and_visitors_are_sent_to_login(client, auth, mini_draft):
    urls = [*DRAFT_URLS, ("get", "/teach/articles"), ("get", "/teach/articles/new")]
    urls = [(m, u.format(id=mini_draft.id)) for m, u in urls]
    urls.append(("post", "/teach/articles/import"))
    switch_to(auth, "sam")
    for method, url in urls:
        assert getattr(client, method)(url).status_code == 403, url
    auth.logout()
    for method, url in urls:
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/auth/login" in response.location


def test_an_admin_may_open_every_draft(client, auth, mini_draft):
    switch_to(auth, "root", as_="admin")
    assert client.get(f"/teach/drafts/{mini_draft.id}").status_code == 200
    assert "ms-reed" in client.get("/teach/articles").text


# Sanitizer ----------------------------------------------------------------------

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def assert_inert(html: str) -> None:
    assert "<script>alert" not in html
    assert not re.search(r"<img[^>]*onerror", html, re.IGNORECASE)
    assert not re.search(r"""href=["']?\s*javascript:""", html, re.IGNORECASE)


def test_script_onerror_and_javascript_links_never_reach_a_page(client, auth, teacher):
    text = (
        f"The council approved a wall, the mayor said. {EVIL}\n\n"
        "Some experts believe it could help [read this](javascript:alert%283%29).\n"
    )
    assert paste(client, title=f"Harbour {EVIL}", text=text).status_code == 302
    draft = newest_draft()
    claim, *others = [i for e in draft.data["exercises"] for i in e["items"]]
    for other in others:  # the analyzer reads the unsafe link differently
        client.post(f"/teach/drafts/{draft.id}/items/{other['id']}/delete")
    client.post(
        f"/teach/drafts/{draft.id}/claims/{claim['id']}",
        data=claim_data(
            label="unsourced", source_kind="", cues=[], explanation=f"Why {EVIL}"
        ),
    )
    evil_question = question_data(
        prompt=f"Prompt {EVIL}",
        evidence="",
        explanation=f"Explained {EVIL}",
        **{"options-0-text": f"Option {EVIL}", "options-0-feedback": EVIL},
    )
    client.post(f"/teach/drafts/{draft.id}/questions/new", data=evil_question)
    db.session.refresh(draft)
    question = draft.data["exercises"][-1]["items"][-1]
    assert question["prompt"].startswith("Prompt <script>")  # stored as typed
    published = client.post(f"/teach/drafts/{draft.id}/publish")
    assert published.status_code == 302, re.findall("<li>(.*?)</li>", published.text)
    teacher_pages = [
        "/teach/articles",
        f"/teach/drafts/{draft.id}",
        f"/teach/drafts/{draft.id}?claim={claim['id']}",
        f"/teach/drafts/{draft.id}/questions/{question['id']}",
        f"/teach/drafts/{draft.id}/preview",
        f"/teach/drafts/{draft.id}/preview/{claim['id']}",
        f"/teach/drafts/{draft.id}/preview/{question['id']}",
        f"/teach/drafts/{draft.id}/details",
    ]
    for url in teacher_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.text)
    join_class(teacher, make_user("sam"))
    switch_to(auth, "sam")
    slug = draft.slug
    assert_inert(client.get("/articles").text)
    assert_inert(client.get(f"/articles/{slug}").text)
    url = start(client, "questions", slug)
    assert_inert(client.get(url).text)
    client.post(url, data={"choice": "a"})
    page = client.get(url).text
    assert "Option &lt;script&gt;" in page
    assert_inert(page)


# The command line ---------------------------------------------------------------


def test_flask_content_draft_writes_a_pack_that_content_load_accepts(runner, tmp_path):
    result = runner.invoke(
        args=[
            "content",
            "draft",
            str(IRAN),
            "--slug",
            "iran-draft",
            "--out",
            str(tmp_path),
        ]
    )
    assert result.exit_code == 0, result.output
    folder = tmp_path / "iran-draft"
    assert sorted(p.name for p in folder.iterdir()) == [
        "article.md",
        "claims.yaml",
        "questions.yaml",
    ]
    assert "title: Iran Scaling Back Support" in (folder / "article.md").read_text()
    loaded = runner.invoke(args=["content", "load", str(folder)])
    assert loaded.exit_code == 0 and "iran-draft: created" in loaded.output
    article = db.session.scalar(select(Article).where(Article.slug == "iran-draft"))
    assert len(article.exercises[0].active_items) >= 8
    again = runner.invoke(
        args=[
            "content",
            "draft",
            str(IRAN),
            "--slug",
            "iran-draft",
            "--out",
            str(tmp_path),
        ]
    )
    assert again.exit_code == 1 and "already exists" in again.output


def test_flask_analyze_prints_a_report_or_json(runner):
    report = runner.invoke(args=["analyze", str(IRAN)])
    assert report.exit_code == 0 and "Article analysis" in report.output
    assert "\033[" not in report.output
    data = json.loads(runner.invoke(args=["analyze", "--json", str(IRAN)]).output)
    labels = {s["label"] for s in data["sentences"]}
    assert {"sourced", "speculation", "opinion", "unsourced"} <= labels
    wrong = runner.invoke(args=["analyze", str(MINI_PACK / "claims.yaml")])
    assert wrong.exit_code == 2 and ".md, .txt or .html" in wrong.output


def test_an_imported_pack_with_unsafe_markup_is_shown_inert(client, auth, teacher):
    def poison(name, text):
        if name == "article.md":
            text = text.replace("title: Harbour Plans Announced", f"title: '{EVIL}'")
            return text + f"\n{EVIL} [click](javascript:alert(4)) [2](javascript:x)\n"
        return text.replace('"The mayor is named as the source."', f"'{EVIL}'")

    assert upload(client, pack_zip(edit=poison)).status_code == 302
    draft = newest_draft()
    assert draft.data["meta"]["title"] == EVIL
    assert client.post(f"/teach/drafts/{draft.id}/publish").status_code == 302
    for url in ["/teach/articles", f"/teach/drafts/{draft.id}?claim=c1"]:
        assert_inert(client.get(url).text)
    assert_inert(client.get(f"/teach/drafts/{draft.id}/preview").text)
    join_class(teacher, make_user("sam"))
    switch_to(auth, "sam")
    page = client.get("/articles/mini").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert_inert(page)
    url = start(client, "claims")
    client.post(url, data={"label": "sourced"})
    assert_inert(client.get(url).text)
