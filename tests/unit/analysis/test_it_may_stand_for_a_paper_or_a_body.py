""""It" may stand for a paper, a report or a body that speaks: "after it
backed the plan", "It showed that ..."; but a thing that "shows" or "finds"
without a that-clause reports nothing, and "it" holds no belief."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It also points out that the harbour fees are the lowest in the region.",
         "points out"),
        ("It showed that the council can act quickly when it wants to.", "showed"),
        ("Readers of the Gazette were angry after it backed the plan.",
         "backed"),
    ],
)
def test_it_as_a_speaking_body_is_a_source(text, cue):
    found = _first(text).attribution
    assert found is not None and found.cue == cue
    assert found.source.lower() == "it"


@pytest.mark.parametrize(
    "text",
    [
        "It showed no sign of slowing down after the storm.",
        "It thinks nothing, it is only a machine.",
    ],
)
def test_it_without_a_report_is_no_source(text):
    assert _first(text).attribution is None
