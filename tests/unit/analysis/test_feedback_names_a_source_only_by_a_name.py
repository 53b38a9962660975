"""Feedback names the source a sentence credits only when what the finder took
for it reads as a name; a stretch of the clause ("bemoaned the delays ... and",
"D-Md.)", "In an interview on Friday Lowe") is never quoted as the source."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.names import clean, reads_as_name


def _explanation(text: str) -> str:
    return analyze(text).sentences[0].explanation


@pytest.mark.parametrize(
    "text, stretch",
    [
        (
            "Ann Lowe, the council's leader, bemoaned the delays in Harbor Street "
            "and said she thought the contractor was a very, very big problem.",
            "bemoaned the delays",
        ),
        (
            "In an interview on Friday Lowe said the contractor would probably "
            "miss the deadline.",
            "In an interview",
        ),
        ("Sen. Tom Ruiz (D-Md.) said the vote would likely slip to March.", "D-Md."),
    ],
)
def test_a_stretch_of_the_clause_is_never_named_as_the_source(text, stretch):
    explanation = _explanation(text)
    assert "it is sourced" in explanation
    assert stretch not in explanation


def test_a_source_that_reads_as_a_name_is_named_without_its_dateline():
    explanation = _explanation(
        "WASHINGTON -- Senator Ann Lowe said the bill was a disgrace."
    )
    assert "Senator Ann Lowe said it" in explanation
    assert "WASHINGTON" not in explanation


def test_a_pronoun_source_is_named_as_the_sentence_names_it():
    text = "Ann Lowe spoke on Monday. She said the contractor would probably miss it."
    assert "she said it" in analyze(text).sentences[1].explanation.lower()


@pytest.mark.parametrize(
    "span, name",
    [
        ("Chief Justice John G. Roberts Jr.", "Chief Justice John G. Roberts Jr."),
        ("Mayor Ann Lowe.", "Mayor Ann Lowe"),
        ("LONDON — Police,", "Police"),
        ("said Ellis", "Ellis"),
    ],
)
def test_a_source_span_is_cleaned_of_datelines_and_punctuation(span, name):
    assert clean(span) == name and reads_as_name(name)
