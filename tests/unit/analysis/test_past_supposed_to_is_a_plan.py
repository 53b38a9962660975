""""Was supposed to" tells a plan or a duty that fell through: a cue for the
hedge questions, but no guess that makes the sentence speculation."""

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


def test_a_past_supposed_to_keeps_its_cue_but_the_sentence_is_a_fact():
    sentence = _first("The ferry was supposed to leave at noon from the old pier.")
    assert [h["text"] for h in sentence.hedges] == ["supposed to"]
    assert sentence.label == "unsourced"


def test_a_present_supposed_to_is_still_hearsay_and_a_guess():
    sentence = _first("The new drug is supposed to cure headaches.")
    assert sentence.label == "speculation"


def test_a_passive_reputation_keeps_its_cue_but_the_sentence_is_a_fact():
    sentence = _first("The harbour court was widely seen as slow and costly.")
    assert [h["text"] for h in sentence.hedges] == ["seen"]
    assert sentence.label == "unsourced"


def test_a_guess_that_someone_sees_something_as_likely_still_hedges():
    sentence = _first("The harbour could be seen as a safe haven.")
    assert sentence.label == "speculation"
