"""Words a blind comparison of drafts found misread: "would not be drawn" is a
refusal told, no guess; "put the bays back" is a particle, not "back" a plan;
"a ceremony expected next spring" describes a noun, nobody expects; "its
trustees" are the body that governs, named; a duty with its deadline ("must
be paid within seven days") is a rule told; a connective opening the sentence
("Yet", "But") is no part of the source after it."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


def test_a_refusal_with_would_is_told_not_guessed():
    sentence = only("Professor Fenn would not be drawn.")
    assert (sentence.label, sentence.hedges) == ("unsourced", [])


@pytest.mark.parametrize("text", [
    "Here is mine: put the blue-badge bays back and leave the lane alone.",
    "Ownership will pass to the commission at a ceremony expected next spring.",
])
def test_a_particle_or_a_nouns_description_credits_nobody(text):
    assert analyze(text).sentences[-1].attribution is None


@pytest.mark.parametrize("np", ["its trustees", "the museum's board",
                                "its board of directors"])
def test_the_body_that_governs_is_named(np):
    assert kind_of(np) == "named"


@pytest.mark.parametrize(("text", "label"), [
    ("Refunds for cancelled flights must be paid within seven days.", "unsourced"),
    ("Tax returns must be filed by 31 January.", "unsourced"),
    ("Something must be done before it is too late.", "opinion"),
])
def test_a_duty_with_its_deadline_is_a_rule_told(text, label):
    assert only(text).label == label


@pytest.mark.parametrize(("text", "source"), [
    ("Yet the council's own monitoring report, published in March, found that "
     "pedestrian counts rose.", "the council's own monitoring report"),
    ("But Smith said the road was open.", "Smith"),
])
def test_a_connective_opening_the_sentence_is_no_part_of_the_source(text, source):
    assert only(text).attribution.source == source


def test_a_participle_after_a_documents_noun_describes_it_and_the_later_verb_reports():
    sentence = only("A separate poll published on Sunday by Kestrel Insights found "
                    "that the two main parties were tied.")
    assert (sentence.attribution.source, sentence.attribution.cue) == (
        "A separate poll published on Sunday by Kestrel Insights", "found")


def test_a_source_with_an_aside_that_it_speaks_anonymously_is_anonymous():
    sentence = only("An engineer who works on Corrmont's systems, speaking "
                    "anonymously, claimed the update had been pushed to live "
                    "systems.")
    assert (sentence.attribution.source, sentence.source_kind) == ("An engineer",
                                                                    "anonymous")


def test_it_before_a_colon_and_a_quotation_reports():
    sentence = analyze('Corrmont said the outage was caused by a fault. It added: '
                       '"We are very sorry."').sentences[-1]
    assert sentence.attribution.source == "It"


@pytest.mark.parametrize("text", [
    "Supermarket chain Brightwell's has recalled three varieties of chicken wrap.",
    "It was almost 3am when the returning officer spoke, and half the hall "
    "already knew.",
])
def test_goods_recalled_and_a_knowing_with_nothing_told_credit_nobody(text):
    assert only(text).attribution is None


@pytest.mark.parametrize(("np", "kind"), [("Insurers", "vague"), ("Lenders", "vague"),
                                          ("The body", "named")])
def test_bare_plural_bodies_are_loose_and_the_body_is_one(np, kind):
    assert kind_of(np) == kind


def test_do_not_opening_a_quotation_commands():
    assert only("“Do not eat these products.”").label == "opinion"


def test_the_writers_i_with_a_modal_is_no_source():
    sentence = only("I can say with confidence that this year's programme is the "
                    "biggest yet.")
    assert sentence.attribution is None


@pytest.mark.parametrize(("text", "hedged"), [
    ("“I still don't quite believe it,” she said.", False),
    ("I don't believe it will happen.", True),
])
def test_not_believing_it_is_amazement_not_a_guess(text, hedged):
    assert bool(only(text).hedges) == hedged
