"""A subject parted from its reporting verb by a phrase between commas
("Mayor Lowe, at Monday's meeting, cited ...", "The Harbour Trust, which
runs the ferries, wants ...") is the source; not when the subject's own verb
came before the comma ("They must repair X, Y and, above all, defend ..."),
nor for "compared with"."""

import pytest

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import only


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Mayor Ann Lowe, at Monday's meeting, cited the rising cost of repairs.",
         "Mayor Ann Lowe", "cited"),
        ("The Harbour Trust, which runs the ferries, wants a new pier by May.",
         "The Harbour Trust", "wants"),
        ("Tom Reed (Green Party), shouted to the crowd.", "Tom Reed", "shouted"),
    ],
)
def test_the_opening_name_is_the_source_of_a_verb_after_commas(text, source, cue):
    found = _first(text).attribution
    assert found is not None
    assert (found.source, found.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Ferry workers, for example, earned $30,000, compared with $35,000 at the "
        "port.",
        "They must repair the pier, the sea wall and, above all, defend the "
        "harbour.",
    ],
)
def test_no_source_when_the_subjects_verb_came_before_the_comma(text):
    assert _first(text).attribution is None


def test_a_described_subject_with_a_who_clause_speaks_not_the_clause_after():
    sentence = only("A senior official in the Department of Housing, who did not "
                    "wish to be named, said the scheme was being watched closely "
                    "and could be extended.")
    assert sentence.attribution.source == "A senior official in the Department "\
        "of Housing"
    assert sentence.label == "speculation"


def test_a_phrase_after_the_verb_with_its_own_verb_is_no_inverted_speaker():
    sentence = only("Residents, worried by the noise, said the road was closed.")
    assert "road" not in (sentence.attribution.source if sentence.attribution
                          else "")


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("A community group, Westford Watch, claims the figures are wrong.",
         "Westford Watch", "claims"),
        ("The regulator, Ofcab, states that fees rose by 4%.", "Ofcab", "states"),
    ],
)
def test_a_name_in_apposition_makes_a_verb_that_is_also_a_noun_a_verb(
        text, source, cue):
    found = _first(text).attribution
    assert (found.source, found.cue) == (source, cue)


def test_a_place_before_a_comma_leaves_a_plural_noun_a_noun():
    found = _first("In the north, reports say the river rose.").attribution
    assert found.source == "reports"


def test_a_second_who_clause_leaves_the_noun_before_the_first_as_the_source():
    sentence = only('One tree-ring expert who has seen the samples, and who asked '
                    'not to be named because the results are not yet reviewed, '
                    'said the stakes and the planks "do not come from the same '
                    'trees".')
    assert sentence.attribution.source == "One tree-ring expert"
    assert sentence.source_kind == "anonymous"
