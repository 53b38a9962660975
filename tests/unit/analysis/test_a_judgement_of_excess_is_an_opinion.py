"""'Too many', 'too few', 'too much' and 'too' before an adjective weigh what
is there against what should be: an opinion, the speaker's when quoted or
reported, else the writer's. 'Too' meaning 'also', a limit ('can't sing too
loudly'), an understatement ('not too far') and 'too early to tell' judge
nothing."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "Too many buses still run late on the coastal route.",
        "When parents phone the school, too many of their calls go unanswered.",
        "Too few nurses work the night shift at the county hospital.",
        "The council spends too much on consultants.",
        "The new parking fines are far too high.",
        "The ferry timetable is too complicated for visitors.",
    ],
)
def test_a_judgement_of_excess_in_the_writers_voice_is_the_writers_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Some teachers said the new rules were too vague to follow.",
        "The parking fines are too high, the traders’ union said.",
    ],
)
def test_a_reported_judgement_of_excess_is_the_speakers_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize(
    "text",
    [
        "The bakers’ union joined the march, too.",
        "The mayor, too, was at the harbour on Monday.",
        "So too did the ferry company, which cut two routes in May.",
        "The choir was told it couldn't sing too loudly after ten.",
        "The station is not too far from the ferry port.",
        "The plumber said it was too early to tell when the pipes would be fixed.",
    ],
)
def test_too_as_also_a_limit_or_an_open_question_judges_nothing(text):
    sentence = _first(text)
    assert not any("too" in c["text"].lower() for c in sentence.opinion_cues)
