"""Raw HTML a teacher pastes inside Markdown ("excellent news for local
teenagers. <script>alert(3)</script>") is markup, not words: the sentence
stays a sentence to sort (not a heading), a script goes whole from the
drafted body, and an autolink ("<https://...>") stays a link."""

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack

ARTICLE = """# Skate park to open in June

The council approved a new **skate park** on Monday, officials said.

Work will begin in March, according to the [council](https://example.org).
See <https://example.org/plan>.

The decision is <em>excellent</em> news for local teenagers. <script>alert(3)</script>
"""


def test_a_sentence_with_raw_tags_is_no_heading():
    last = analyze(ARTICLE).sentences[-1]
    assert not last.is_heading
    assert last.label == "opinion"


def test_the_drafted_body_drops_scripts_and_tags_but_keeps_autolinks():
    body = draft_pack(ARTICLE, "skate-park")["article.md"].split("---", 2)[2]
    assert "The decision is excellent news for local teenagers." in body
    assert "script" not in body and "alert" not in body and "<em>" not in body
    assert "<https://example.org/plan>" in body
