"""The library shows each article's genre, level and skills, and a fictional
practice article says so on its page."""

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
