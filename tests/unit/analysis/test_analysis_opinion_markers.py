"""Rhetorical markers, imperatives, exclamations and scare quotes."""

from quizapp.analysis import analyze
from quizapp.analysis.opinion import find_opinion_cues


def _kinds(text):
    return [(c["text"], c["kind"]) for c in find_opinion_cues(text, 0, len(text))]


def test_two_rhetorical_markers_make_the_writer_judge():
    sentence = analyze("After all, nobody in town ever used the mall.").sentences[0]
    assert sentence.label == "opinion"
    assert "'After all'" in sentence.explanation


def test_one_rhetorical_marker_alone_is_not_an_opinion():
    assert analyze("The bridge was never finished.").sentences[0].label == "unsourced"


def test_an_imperative_addresses_the_reader():
    assert ("Consider", "stance") in _kinds("Consider what the council did next.")
    assert analyze("Consider what the council did next.").sentences[0].label == \
        "opinion"


def test_an_exclamation_is_the_writer_speaking():
    assert ("!", "stance") in _kinds("The bill passed without a single debate!")


def test_scare_quotes_keep_a_distance_from_a_word():
    assert ("‘reform’", "marker") in _kinds("They call this ‘reform’ again.")


def test_a_quoted_sentence_is_no_scare_quote():
    kinds = _kinds("He said “we will build a new school next year” at the meeting.")
    assert not [k for k in kinds if k[1] == "marker"]


def test_markers_inside_someone_elses_words_do_not_count():
    text = "“Nobody ever listens,” the mayor said."
    assert analyze(text).sentences[0].label == "sourced"
