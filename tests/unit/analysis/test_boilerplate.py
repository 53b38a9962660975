"""Page furniture pasted with an article is not drafted as claims to sort."""

import pytest
import yaml

from quizapp.analysis import analyze
from quizapp.analysis.boilerplate import is_boilerplate
from quizapp.analysis.draft import draft_pack

PASTED = (
    "Harbour Town opened its new ferry terminal on Saturday after two years of "
    "building work. The terminal cost £12 million, the port authority said.\n\n"
    "We use cookies to improve your experience. Accept all.\n\n"
    "Passengers queued from dawn to see the glass roof, and the first sailing "
    "left on time.\n\n"
    "Sign up for our free newsletter. Follow us on Instagram.\n\n"
    "© 2026 Harbour Town Herald. All rights reserved."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "We use cookies to improve your experience.",
        "Accept all.",
        "Read more.",
        "Sign up now.",
        "By continuing to browse this site you agree to our use of cookies.",
        "Subscribe to our weekly newsletter.",
        "Manage cookie settings.",
        "Click here to share this article with a friend.",
        "© 2026 Harbour Town Herald. All rights reserved.",
        # where to find out more, closing a press release
        "For more information, visit brightdesk.example.com or contact "
        "press@brightdesk.example.com.",
        "Media enquiries: press@example.com.",
    ],
)
def test_banner_button_and_sign_up_lines_are_page_furniture(sentence):
    assert is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator fined the shop over a cookie banner that hid the reject "
        "button.",
        "Readers can subscribe for £5 a month, the paper said.",
        "All ten ferries sailed on time.",
        "The mayor read the statement aloud.",
        "For more information on the risks, the agency said parents should "
        "consult a doctor.",
    ],
)
def test_sentences_about_cookies_or_reading_are_still_claims(sentence):
    assert not is_boilerplate(sentence)


def test_a_pasted_banner_is_labelled_boilerplate_with_a_reason():
    kinds = {" ".join(s.text.split()): s.kind for s in analyze(PASTED).sentences}
    assert kinds["We use cookies to improve your experience."] == "boilerplate"
    assert kinds["Accept all."] == "boilerplate"
    assert kinds["The terminal cost £12 million, the port authority said."] == "fact"


def test_the_draft_sorts_the_article_and_leaves_the_banner_out():
    files = draft_pack(PASTED, "ferry")
    quotes = [i["quote"] for i in yaml.safe_load(files["claims.yaml"])["items"]]
    assert any(q.startswith("Harbour Town opened") for q in quotes)
    assert any(q.startswith("Passengers queued") for q in quotes)
    for furniture in ("cookies", "Accept all", "newsletter", "Instagram", "©",
                      "rights reserved"):
        assert not any(furniture in q for q in quotes), furniture


@pytest.mark.parametrize(("text", "furniture"), [
    ("The views below are her own.", True),
    ("The views expressed in this article are those of the author.", True),
    ("Opinions expressed are his own.", True),
    ("The views expressed by the mayor are his own.", False),
    ("Her views on tax are her own business.", False),
])
def test_the_publishers_disclaimer_of_views_is_page_furniture(text, furniture):
    assert is_boilerplate(text) is furniture
