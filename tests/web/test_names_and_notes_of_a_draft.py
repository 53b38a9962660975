"""Small things a teacher reads: a draft's name (its slug) keeps accented
letters as plain ones and spells other scripts in plain letters, and a
sentence the draft left out (a greeting) says why rather than suggesting a
label."""

from __future__ import annotations

import re

import pytest

from .test_authoring import newest_draft

ARTICLE = (
    "The council approved a new sea wall on Monday, the mayor said.\n\n"
    "Some experts believe the wall could reduce flooding in the old town."
)
LETTER = (
    "Dear Editor,\n\n"
    "The council approved a new sea wall on Monday without asking residents.\n\n"
    "Some experts believe the wall could push floods towards the marshes.\n\n"
    "The plan is a scandal."
)


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-okafor", as_="teacher")


def new(client, title: str, text: str = ARTICLE) -> str:
    response = client.post("/teach/articles/new", data={"title": title, "text": text})
    assert response.status_code == 302, response.text
    return newest_draft().slug


def test_a_slug_keeps_accented_letters_as_plain_ones(client, teacher):
    assert new(client, "Zürich café tax 💶") == "zurich-cafe-tax"
    assert new(client, "Zürich Café Tax") == "zurich-cafe-tax-2"
    assert new(client, "Straße öffnet") == "strasse-offnet"


def test_a_slug_spells_other_scripts_in_plain_letters(client, teacher):
    assert new(client, "Αθήνα: νέο μετρό") == "athena-neo-metro"
    assert new(client, "Москва закрывает мост") == "moskva-zakryvaet-most"


def test_a_long_titles_slug_ends_on_a_whole_word(client, teacher):
    slug = new(client, "BrightDesk launches PlanPal, a homework planner for "
                       "schools and busy families")
    assert slug == "brightdesk-launches-planpal-a-homework-planner-for-schools"


def test_a_long_titles_slug_is_its_first_words_skipping_none_in_the_middle(
    client, teacher
):
    slug = new(client, "Our view: The library cuts are a false economy, and the "
                       "council knows it")
    assert slug == "our-view-the-library-cuts-are-a-false-economy-and-the"
    slug = new(client, "Storm Idris: Northvale rail line to close on Saturday as "
                       "heavy rain forecast")
    assert slug == "storm-idris-northvale-rail-line-to-close-on-saturday-as"


def test_a_title_of_one_long_word_is_cut_to_the_slug_length(client, teacher):
    assert new(client, "Donaudampfschifffahrtsgesellschaftskapitaen" * 2) == (
        "donaudampfschifffahrtsgesellschaftskapitaen" * 2)[:60]


def test_a_title_with_no_letters_to_keep_is_named_article(client, teacher):
    assert new(client, "💶💶💶") == "article"
    assert new(client, "💶") == "article-2"


def test_a_greeting_left_out_says_why_instead_of_suggesting_a_label(
    client, teacher
):
    new(client, "Letter: the sea wall", LETTER)
    draft = newest_draft()
    page = client.get(f"/teach/drafts/{draft.id}").text
    link = re.search(r'href="[^"]*\?sentence=(\d+)#edit"[^>]*>Dear Editor,', page)
    assert link, "the greeting is a sentence the teacher can open"
    assert "Dear Editor, <span class=\"tag\">not a claim, left out</span>" in page
    panel = client.get(f"/teach/drafts/{draft.id}?sentence={link.group(1)}").text
    assert "quizapp left this sentence out of the exercise" in panel
    assert "A greeting, a courtesy or a bare reply" in panel
    assert "quizapp suggests" not in panel
