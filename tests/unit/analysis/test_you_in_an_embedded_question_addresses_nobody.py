""""you" in an embedded question ("an app that tracks how much water you
drink", "a list of what you ate") stands for anyone: the writer describes a
thing and addresses nobody, so it is no stance cue. "you" that speaks to the
reader still is."""

from quizapp.analysis import analyze
from quizapp.analysis.opinion import find_opinion_cues


def _cues(text):
    return [c["text"] for c in find_opinion_cues(text, 0, len(text))]


def test_a_generic_you_in_an_embedded_question_is_no_cue():
    assert _cues("It connects to an app that tracks how much water you drink.") == []
    assert _cues("The diary records what you ate and when.") == []
    (sentence,) = analyze("It costs £49 and connects to an app that tracks how "
                          "many steps you take each day.").sentences
    assert sentence.label == "unsourced"


def test_you_addressing_the_reader_still_judges():
    assert "you" in _cues("If you cut bus routes, you hurt the poorest workers.")
    (sentence,) = analyze("If you cut bus routes, you hurt the poorest "
                          "workers.").sentences
    assert sentence.label == "opinion"
