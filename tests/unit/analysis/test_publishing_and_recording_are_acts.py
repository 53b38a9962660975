"""Putting words or images on record ("published the letters", "the film
documents how ...", "recorded video of the meeting") is an act of the one who
did it, or, with a clause, a report; "the documents" and "a record" are
nouns."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Harbour Gazette published the mayor's letters on Sunday.",
         "The Harbour Gazette"),
        ("A fisherman recorded video of the meeting on his phone.", "A fisherman"),
    ],
)
def test_publishing_or_recording_is_an_act(text, source):
    sentence = _first(text)
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.attribution.source == source
    assert sentence.source is None


def test_a_work_that_documents_how_reports():
    found = _first("Ana Reyes documented how the pier was left to rot.").attribution
    assert found is not None and not found.act
    assert found.source == "Ana Reyes"


@pytest.mark.parametrize(
    "text",
    [
        "The documents were stored in the harbour office.",
        "The ferry carried a record number of cyclists.",
    ],
)
def test_documents_and_records_as_nouns_are_no_cue(text):
    assert _first(text).attribution is None
