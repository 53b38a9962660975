"""Audit AC (a school inspection, a central bank briefing, a memoir's review,
a supermarket planning row, an exoplanet, an election night): a sentence
about an open question is told as one, not as a softened claim."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of

from .sentences import only


@pytest.mark.parametrize("text", [
    "Whether small planets around these stars can hold on to any air at all has "
    "become one of the central questions in the field.",
])
def test_an_open_question_talked_about_is_not_softened(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert "softens" not in sentence.explanation
    assert "opens a question or a condition" in sentence.explanation


@pytest.mark.parametrize(("np", "kind"), [
    ("Astronomers", "vague"),
    ("Demonstrators", "vague"),
    ("Sanders", "named"),
    ("Some within the Social Democrats", "vague"),
    ("Publishing industry figures", "vague"),
    ("Government figures", "citation"),
    ("A spokesperson for the department", "named"),
    ("A spokesman for the company", "named"),
])
def test_sources_are_sorted_by_what_their_words_name(np, kind):
    assert kind_of(np) == kind


@pytest.mark.parametrize(
    "text", ["Fernhill disputes that.", "The company denied this."])
def test_a_stance_on_what_was_just_told_is_an_act(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.attribution.act


def test_a_denial_with_its_clause_is_still_reported():
    assert only("The company denied that it had broken the rules.").label == "sourced"


@pytest.mark.parametrize(("text", "source"), [
    ("Inspectors did, however, praise the teaching of English.", "Inspectors"),
    ("The minister did, however, say that talks would resume.", "The minister"),
])
def test_a_connective_between_the_auxiliary_and_its_verb_keeps_the_subject(
        text, source):
    assert only(text).attribution.source == source


@pytest.mark.parametrize("text", [
    "Hillcrest Academy, which has about 1,100 pupils, was previously judged to be "
    "good.",
    "The school was rated outstanding in 2019.",
    "Stellar activity can imprint signals on the spectrum.",
])
def test_a_grade_given_or_a_star_named_judges_nothing(text):
    assert only(text).opinion_cues == []


def test_stellar_as_praise_still_judges():
    assert only("Her performance was stellar.").label == "opinion"


def test_a_thing_found_in_a_document_is_no_speaker():
    sentence = only("That caution was less evident in a press release issued by the "
                    "university, which described the planet as \"the best candidate "
                    "yet\".")
    assert sentence.attribution.source != "That"


def test_a_decade_ends_its_sentence():
    analysis = analyze("The book traces her career in the 1990s. Much of it is "
                       "candid. He met J. Smith on Monday.")
    assert [s.text for s in analysis.sentences] == [
        "The book traces her career in the 1990s.", "Much of it is candid.",
        "He met J. Smith on Monday."]


@pytest.mark.parametrize("text", [
    "It is a pity, some readers may feel, that she did not let more of her life "
    "into the frame.",
    "Critics may argue that the plan is too costly.",
])
def test_people_the_writer_imagines_are_no_source(text):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", "none")


def test_a_named_speaker_who_may_speak_is_still_credited():
    assert only("The minister may say more on Friday.").source_kind == "named"


_BRIEFING = '''Catherine Alder, the governor, held rates at 4.5%.

A reporter put it to Ms Alder that the bank risked a recession.

"Are you prepared to accept a recession?"

"I don't think that's the choice in front of us," she replied.

"So when will mortgage holders see some relief?"

"I'm not going to give you a date."
'''


def test_after_a_reply_the_asker_and_the_one_who_replied_take_turns():
    last = analyze(_BRIEFING).sentences[-1]
    assert last.quoted_from is not None and last.quoted_from.source == "she"
    assert last.label == "sourced"

