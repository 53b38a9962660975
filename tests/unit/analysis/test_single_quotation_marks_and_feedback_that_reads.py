"""Quotations in single marks, as British papers print them, frame the
speaker's words like double ones: "'It has cost us a place,' she added." is
her claim, not an act of adding, "I thought" inside the quotation is no
attribution of its own, and a quotation in straight single marks that goes on
over several sentences keeps its speaker. Feedback reads as a sentence: a
pronoun source ("He said") is not shown as a name, a document is named as the
document ("the linked source" only for a numbered link), and the verb agrees
with a plural source ("Republicans hold it")."""

import pytest

from quizapp.analysis.wording import agree

from .sentences import only


@pytest.mark.parametrize(("text", "label"), [
    ("'It has cost us a place in the final,' she added.", "sourced"),
    ("'The referee got it badly wrong,' the manager added.", "opinion"),
    ("‘We will appeal against the decision,’ the union added.", "sourced"),
])
def test_a_single_quoted_claim_is_the_speakers(text, label):
    sentence = only(text)
    assert sentence.source_kind == "named" and sentence.label == label


def test_an_apostrophe_is_no_quotation():
    sentence = only("The firm added 300 jobs at Harlow's plant in Dunmore.")
    assert sentence.label == "unsourced"


def test_a_belief_inside_single_quotes_is_no_attribution_of_its_own():
    sentence = only("'But over ninety minutes I thought we deserved it,' she said.")
    assert (sentence.attribution.source, sentence.attribution.cue) == ("she", "said")
    assert "she said it" in sentence.explanation


def test_a_pronoun_source_is_not_shown_as_a_name():
    text = "He said Pell had started taking the money to hide his losses."
    explanation = only(text).explanation
    assert "(He)" not in explanation and "names around it" in explanation


def test_a_document_is_named_as_the_document():
    text = ("The effect is larger in older adults, according to a study in the "
            "journal Neurology, which suggests it may last for years.")
    assert "linked source" not in only(text).explanation


@pytest.mark.parametrize(("who", "group", "verb"), [
    ("Republicans", True, "hold"),
    ("the company's lawyers", False, "hold"),
    ("Analysts at the bank", True, "hold"),
    ("the council", False, "holds"),
    ("Reuters", False, "holds"),
    ("Dr Adams", False, "holds"),
    ("she", False, "holds"),
    ("they", False, "hold"),
])
def test_the_verb_agrees_with_the_source(who, group, verb):
    assert agree(who, "holds", "hold", group=group) == verb


def test_a_plural_source_holds_its_judgement_in_the_plural():
    explanation = only("Republicans attacked the measure as wasteful.").explanation
    assert "Republicans hold it" in explanation


def test_a_document_only_the_paper_has_seen_cannot_be_looked_up():
    explanation = only("Fares will rise by 9 percent, according to an internal budget "
                       "document seen by this newspaper.").explanation
    assert "look up" not in explanation and "trust the paper" in explanation


def test_a_quotation_in_straight_single_marks_keeps_its_speaker_when_it_goes_on():
    from quizapp.analysis import analyze

    text = ("Kerry Walsh said black mould had spread across two walls. 'My youngest "
            "has been on an inhaler since the summer,' she said. 'I've rung them "
            "eleven times. Nobody comes.'")
    *_, rung, nobody = analyze(text).sentences
    assert rung.source_kind == nobody.source_kind == "named"
    assert nobody.label == "opinion"


def test_apostrophes_open_no_quotation():
    from quizapp.analysis import analyze

    text = ("'We will appeal,' the club said. The students' union said it was "
            "appalled. Rock 'n' roll returned in the '90s.")
    assert [s.source_kind for s in analyze(text).sentences] == ["named", "named",
                                                               "none"]
