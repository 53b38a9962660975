"""Round O of the teacher audits: spelled-out numbers and "the second" are
details to check; the newsroom's "We looked at the numbers" is its own act;
"the time we need to" is no advice; "maybe twenty minutes" is a round figure,
not a guess; sources who speak on condition of anonymity, and "One" or
"Another" of them, are anonymous, and a feeling in a continued quotation
never says "no source is named"."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "It is the second delay in eighteen months.",
    "We looked at the numbers.",
    "Perhaps 3,000 people attended.",
    "The removal of perhaps tens of thousands of voters began in May.",
])
def test_a_checkable_statement_is_an_unsourced_fact(text):
    assert only(text).label == "unsourced"


@pytest.mark.parametrize("text", [
    "It was perhaps one of the longest finals ever.",
    "Maybe she will come.",
])
def test_maybe_or_perhaps_before_anything_but_a_round_figure_still_guesses(text):
    assert only(text).label == "speculation"


def test_a_second_thing_is_another_not_a_count():
    assert only("On a cleaner's wages, a nightly taxi fare is not simple at all; "
                "it is a second rent.").label == "opinion"


def test_a_thing_we_need_in_a_relative_clause_urges_nothing():
    sentence = only('"We identified an anomaly during final testing, and we are '
                    'taking the time we need to understand it," she said.')
    assert sentence.label == "sourced"


def test_we_need_to_act_still_urges():
    assert only("We need to act now.").label == "opinion"


def test_sources_speaking_anonymously_and_one_of_them_are_anonymous():
    first, second = analyze(
        "The fault was found in September, according to two engineers working "
        "on the project, speaking on condition of anonymity. One said that a "
        "valve had failed to close.").sentences
    assert (first.source_kind, second.source_kind) == ("anonymous", "anonymous")


def test_a_feeling_in_a_continued_quotation_names_its_speaker_without_contradiction():
    second = analyze('"The offer is poor," said Ann Lee.\n\n'
                     '"I don\'t blame the nurses, they\'re run off their feet."'
                     ).sentences[1]
    assert "no source is named" not in second.explanation
    assert "continues the quotation of Ann Lee" in second.explanation


@pytest.mark.parametrize("np", [
    "One office worker", "One senior manager at a large teaching hospital in "
    "Halberg", "An official at the Treasury"])
def test_one_person_by_role_is_anonymous_wherever_they_work(np):
    assert kind_of(np) == "anonymous"


@pytest.mark.parametrize("np", ["A spokesperson for the Interior Ministry",
                                "A Labour councillor"])
def test_a_bodys_spokesperson_or_a_party_member_is_named(np):
    assert kind_of(np) == "named"
