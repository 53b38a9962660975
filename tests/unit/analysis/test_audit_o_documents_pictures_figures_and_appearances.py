"""Round O of the teacher audits: a document described by its date still
finds ("The document, dated 3 October, found"); an account summed up by its
judging word is an opinion ("paint a grim picture"); a ministry that "put the
figure at" gives its count; "cannot be excluded" guesses; "appears, for now,
to" and "appears more divided" hedge; a gerund opening the sentence, the name
inside "the figure Mr Perrault cited" and the raising verb in "Few insiders
seem to think" are no source; "Hospital managers" are unnamed people."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


def test_a_document_described_by_its_date_is_the_citation():
    sentence = only("The document, dated 3 October, found that the supplier had "
                    "changed a seal material in 2022.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")


def test_a_predicate_with_its_amount_is_still_no_apposition():
    sentence = only("Ferry workers, for example, earned $30,000, the union said.")
    assert sentence.attribution.source == "the union"


@pytest.mark.parametrize(("text", "kind"), [
    ("Hospital managers privately paint a grim picture.", "anonymous"),
    ("An internal review, seen by this newspaper, paints a more troubling "
     "picture.", "citation"),
])
def test_an_account_summed_up_by_a_judging_word_is_an_opinion(text, kind):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", kind)


def test_a_body_that_puts_the_figure_at_gives_its_count():
    sentence = only("The ministry put the figure closer to 8,500.")
    assert (sentence.label, sentence.attribution.source) == ("sourced",
                                                             "The ministry")


def test_what_cannot_be_excluded_is_a_guess():
    sentence = analyze('The review was leaked. It also warned that a redesign '
                       '"cannot be excluded."').sentences[1]
    assert sentence.label == "speculation"


@pytest.mark.parametrize(("text", "label"), [
    ("Public sympathy appears, for now, to lie with the strikers.", "speculation"),
    ("The committee appears more divided than its statements suggest.",
     "speculation"),
    ("He appeared more than once on television.", "unsourced"),
    ("The lenses make the face appear more rounded.", "unsourced"),
])
def test_appearing_hedges_a_degree_or_a_verb_not_a_count_or_a_look(text, label):
    assert only(text).label == label


@pytest.mark.parametrize("text", [
    "Holding rates too long may push the economy into recession.",
    "That is a fall of about 13 per cent, roughly half the figure Mr Perrault "
    "cited.",
])
def test_a_gerund_or_a_name_inside_a_things_clause_is_no_source(text):
    assert only(text).attribution is None


def test_a_raising_verb_is_no_part_of_the_source():
    assert only("Few insiders seem to think so.").attribution.source == \
        "Few insiders"


@pytest.mark.parametrize(("np", "kind"), [
    ("Hospital managers", "anonymous"),
    ("Ambulance crews", "vague"),
    ("Goldman Sachs", "named"),
    ("Bloomberg calculations", "named"),
])
def test_people_of_a_kind_opening_a_sentence_are_no_name(np, kind):
    assert kind_of(np) == kind
