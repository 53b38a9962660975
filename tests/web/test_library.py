"""The library shows each article's genre, level and skills, and a fictional
practice article says so on its page."""

from quizapp.extensions import db
from quizapp.services.content import load_packs

from ..conftest import CONTENT


def test_make_run_loads_every_pack_in_content(app):
    reports = load_packs(CONTENT)
    assert len(reports) >= 5
    assert {r.status for r in reports} == {"created"}, [str(r) for r in reports]


def test_the_library_shows_genre_level_and_skills_per_article(client, auth):
    load_packs(CONTENT)
    auth.login()
    page = client.get("/articles").text
    assert "<dt>Genre</dt><dd>science story</dd>" in page
    assert "<dt>Genre</dt><dd>opinion column</dd>" in page
    assert "<dt>Level</dt><dd>intermediate</dd>" in page
    assert "<li>noticing what a study did not test</li>" in page
    assert page.count("<dd>Fictional practice article</dd>") >= 2


def test_a_fictional_article_says_so_above_its_text(client, auth):
    load_packs(CONTENT)
    auth.login()
    page = client.get("/articles/night-buses-opinion").text
    note = page.index("Fictional practice article.")
    assert note < page.index("Ardleigh City Council wants to save money")
    real = client.get("/articles/iran-scaling-back-syria").text
    assert "Fictional practice article." not in real


def test_a_teacher_gives_her_article_a_genre_and_skills_for_the_library(
    client, auth
):
    from quizapp.models import Draft

    from .test_authoring import newest_draft, pack_zip, upload

    auth.login("ms-reed", as_="teacher")
    upload(client, pack_zip())
    draft = newest_draft()
    url = f"/teach/drafts/{draft.id}/details"
    form = {"title": "Harbour Plans Announced", "reading_level": "introductory"}
    skills = "spotting vague sources\nchecking a citation"
    response = client.post(url, data={**form, "genre": "local news", "skills": skills})
    assert response.status_code == 302
    meta = db.session.get(Draft, draft.id).data["meta"]
    assert meta["genre"] == "local news"
    assert meta["skills"] == ["spotting vague sources", "checking a citation"]
    assert "checking a citation" in client.get(url).text
    too_many = "\n".join(f"skill {n}" for n in range(9))
    assert client.post(url, data={**form, "skills": too_many}).status_code == 422
    client.post(f"/teach/drafts/{draft.id}/publish")
    page = client.get("/articles").text
    assert "<dt>Genre</dt><dd>local news</dd>" in page
    assert "<li>spotting vague sources</li>" in page
