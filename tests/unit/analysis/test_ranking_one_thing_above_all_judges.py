""""There is nothing more important than the ferry", "nobody is better placed
than the mayor": one thing ranked above everything is a judgement, whoever
makes it. "Nothing more to say" and "nothing more than a shed" are not
rankings."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("There is nothing more important to this town than its ferry.", "opinion"),
        ("“Nothing is worse than waiting for a ferry in the rain,” said Ana Reyes.",
         "opinion"),
        ("Nobody is better placed than the harbour master to run the port.",
         "opinion"),
    ],
)
def test_ranking_one_thing_above_all_is_an_opinion(text, label):
    sentence = _first(text)
    assert sentence.label == label
    assert any(c["kind"] == "strong" and c["predicative"]
               for c in sentence.opinion_cues)


@pytest.mark.parametrize(
    "text",
    [
        "There was nothing more to say, and the meeting ended at nine.",
        "The inspectors found nothing more in the harbour office than old ledgers.",
    ],
)
def test_nothing_more_without_a_ranking_word_ranks_nothing(text):
    assert not any(c["kind"] == "strong" for c in _first(text).opinion_cues)
