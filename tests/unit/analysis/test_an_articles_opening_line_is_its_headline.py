"""Audits BO-BT: an article pasted with its headline on the first line keeps
it out of the claims however long it is and in whatever case (it becomes the
pack's title), while an opening line that ends as a sentence does is a claim."""

import pytest

from quizapp.analysis import analyze, draft_pack

BODY = "\n\nThe club said on Tuesday that no offer had been received."


@pytest.mark.parametrize("headline", [
    "Westbury plot £40m bid for Valmont striker Asante - but French club insist he "
    "is not for sale",
    'Bank of England trims rates to 3.75% but warns further cuts are "far from '
    'assured"',
])
def test_a_long_sentence_case_headline_is_the_title_not_a_claim(headline):
    files = draft_pack(headline + BODY, "bid")
    assert headline[:20] not in files["claims.yaml"]
    assert f"title: {headline[:20]}" in files["article.md"]


def test_a_long_headline_is_read_as_a_heading():
    text = ("Westbury plot £40m bid for Valmont striker Asante - but French club "
            "insist he is not for sale" + BODY)
    assert analyze(text).sentences[0].kind == "heading"


def test_an_opening_sentence_is_still_a_claim():
    text = "The club made a bid for the striker on Monday." + BODY
    assert analyze(text).sentences[0].kind == "fact"
