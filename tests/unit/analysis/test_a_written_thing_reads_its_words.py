"""A letter, a statement or a sign "reads" the words it holds ("“...,” the
letter reads", "The sign read: “Closed”"): a source to look up, a citation
unless it names who wrote it. Only a written thing reads so: a person reading
the news reports nothing."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [("“Our support is not abstract, but based on experience,” the letter "
      "reads.", "the letter"),
     ("The sign read: “Closed until further notice.”", "The sign"),
     ("“Forty years of service,” read one placard.", "one placard"),
     ("The note read, “Back at five.”", "The note")],
)
def test_a_written_thing_that_reads_is_a_citation(text, source):
    sentence = _first(text)
    assert sentence.source_kind == "citation"
    assert sentence.attribution.source == source
    assert sentence.attribution.cue in ("read", "reads")
    assert "names the document" in sentence.explanation


@pytest.mark.parametrize(
    "text",
    ["The students read the report on Tuesday.",
     "She reads the news every morning before work."],
)
def test_a_person_reading_credits_no_source(text):
    assert _first(text).source_kind == "none"

