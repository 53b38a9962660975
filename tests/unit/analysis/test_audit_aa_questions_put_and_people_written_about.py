"""Audit AA (an obituary, a drug trial, a committee hearing, bus cuts, a
museum's restitution, a basketball preview): a quoted question with its tag
is one sentence that asks."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.referents import referents
from quizapp.analysis.sources import kind_of

from .sentences import only


@pytest.mark.parametrize("text", [
    '"Did you accept the bonus?" Mr Garside asked.',
    '"Why now?" Ms Okafor asked, turning to the board.',
    '"Did you accept it?" asked Mr Garside.',
    '"Who would do that?" he said.',
])
def test_a_quoted_question_and_its_tag_is_one_question(text):
    sentence = only(text)
    assert sentence.label == "question"


def test_the_tag_stays_with_its_question_before_the_reply():
    analysis = analyze('"Did you accept the bonus?" Mr Garside asked. '
                       '"I did," he said.')
    assert [s.text for s in analysis.sentences] == [
        '"Did you accept the bonus?" Mr Garside asked.', '"I did," he said.']


def test_a_question_quoted_in_a_longer_telling_is_no_question():
    sentence = only('"You winning?" she said, but Kevin was drifting off again.')
    assert sentence.label != "question"


def test_a_question_and_a_new_sentence_after_it_stay_apart():
    analysis = analyze('"Is it over?" The crowd fell silent.')
    assert len(analysis.sentences) == 2


def test_a_loose_group_in_capitals_keeps_its_capitals_in_feedback():
    sentence = only('MPs accused the company of an "industrial-scale failure".')
    assert "MPs said it" in sentence.explanation


@pytest.mark.parametrize("text", [
    'Marsh arrived with, as he liked to tell interviewers, "a borrowed suit".',
    'Marsh arrived with, as he used to say, "a borrowed suit".',
])
def test_what_someone_was_given_to_saying_credits_them(text):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("sourced", "named")
    assert sentence.attribution.source == "he"


def test_a_habit_of_doing_reports_nothing():
    assert only("The firm used to report its results in May.").source_kind == "none"


@pytest.mark.parametrize("text", [
    '"Dad never thought of himself as famous," she said.',
    "She does not think of herself as a politician.",
])
def test_how_someone_sees_themselves_is_no_guess(text):
    sentence = only(text)
    assert sentence.hedges == []


def test_thinking_of_a_thing_as_something_still_guesses():
    assert only("Zero-sum can be thought of more generally as a constant sum."
                ).hedges != []


@pytest.mark.parametrize(("np", "kind"), [
    ("the results of a large clinical trial", "citation"),
    ("the latest figures from the survey", "citation"),
    ("Thousands of passengers in rural Shropshire", "vague"),
    ("almost nobody outside their own city", "vague"),
])
def test_what_a_document_found_and_great_or_tiny_crowds_are_sourced_by_kind(np, kind):
    assert kind_of(np) == kind


@pytest.mark.parametrize("text", [
    'Mr Pettifer conceded this was "not acceptable" and said every monitor '
    'would be repaired.',
    '"It is a step forward, but not a revolutionary one," she said.',
])
def test_verdicts_conceded_or_weighed_are_opinions(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "Thousands of passengers will lose or see reductions in their bus services "
    "from next month.",
    "Residents will see higher bills next year.",
])
def test_what_people_will_see_happen_to_them_credits_nobody(text):
    assert only(text).source_kind == "none"


def test_seeing_a_thing_as_something_still_credits_who_sees_it():
    sentence = only("Economists could see that the boom would end.")
    assert sentence.attribution.source == "Economists"


def test_how_a_thing_appears_stays_a_guess_however_detailed_the_sentence():
    sentence = only("His remark appeared to be a pointed reference to an arrangement "
                    "under which Britain's two largest national museums lent several "
                    "dozen Asante gold objects to Kumasi in 2024 on a renewable "
                    "loan.")
    assert sentence.label == "speculation"


_HEARING = '''Mr Pettifer said he was "genuinely sorry" to customers.

The sharpest exchanges concerned executive pay.

"Did you accept the bonus?" Mr Garside asked.

"The remuneration committee makes those decisions independently of me."

"That wasn't the question. Did you accept it?"

"I did accept it, yes."

After a pause, Mr Pettifer said the amount "has not yet been finalised".
'''


def test_untagged_quotations_after_a_question_take_turns():
    speakers = {s.text: s.quoted_from.source for s in analyze(_HEARING).sentences
                if s.quoted_from is not None}
    assert speakers == {
        '"The remuneration committee makes those decisions independently of me."':
            "Mr Pettifer",
        '"That wasn\'t the question.': "Mr Garside",
        'Did you accept it?"': "Mr Garside",
        '"I did accept it, yes."': "Mr Pettifer",
    }


def test_without_a_question_an_untagged_quotation_continues_its_speaker():
    text = ('"We will appeal," Mr Garside said.\n\n'
            '"The ruling is wrong in law."\n')
    last = analyze(text).sentences[-1]
    assert last.quoted_from.source == "Mr Garside"


def test_a_belief_in_a_side_clause_belongs_to_it_and_credits_nobody():
    sentence = only("Velanitrant blocks a receptor for PACAP, a signalling molecule "
                    "that is thought to help trigger the pain.")
    assert sentence.label == "unsourced"
    assert "belongs only to the side clause" in sentence.explanation
    assert "credits" not in sentence.explanation


def test_a_relative_speaker_in_a_side_clause_reads_as_who_said():
    sentence = only("Among those who took part was Lucy Arkwright, a teacher from "
                    "Stockport, who said she had been having migraines for years.")
    assert sentence.explanation.startswith("'who said' credits only the side clause")


def test_an_act_set_as_a_condition_is_told_as_one():
    sentence = only("The Pemberton is an independent trust and can return objects "
                    "if its trustees agree.")
    assert sentence.label == "unsourced"
    assert "is a condition the sentence sets" in sentence.explanation


@pytest.mark.parametrize(("text", "word"), [
    ("Put simply, the problem is not effort.", "simply"),
    ("Simply put, the team is tired.", "simply"),
    ("Her great-grandmother was born in Leeds.", "great"),
])
def test_how_the_writer_puts_it_or_a_family_tree_judges_nothing(text, word):
    assert word not in [c["text"].lower() for c in only(text).opinion_cues]


def test_simply_before_a_verb_still_weighs():
    assert [c["text"] for c in only("She simply refused to play.").opinion_cues] \
        == ["simply"]


def test_both_one_and_the_other_are_the_unnamed_sources_just_told_of():
    analysis = analyze("Two people close to the squad spoke to this newspaper. "
                       "Both said the players were tired. "
                       "One described the mood as grim. "
                       'The other insisted the squad remained "behind the coach".')
    assert [s.source_kind for s in analysis.sentences[1:]] == ["anonymous"] * 3
    assert referents(analysis) == {}


@pytest.mark.parametrize("text", [
    "The charity Migraine Action UK welcomed the findings but cautioned that new "
    "treatments mean little if patients cannot obtain them.",
    "That game changed everything, she said.",
])
def test_a_verdict_the_verb_asserts_is_the_sources_opinion(text):
    assert only(text).label == "opinion"


def test_an_act_then_a_caution_credits_who_cautioned():
    sentence = only("The charity Migraine Action UK welcomed the findings but "
                    "cautioned that prices would rise.")
    assert (sentence.attribution.cue, sentence.attribution.act) == (
        "cautioned", False)


_DOORSTEP = '''"I welcome the opportunity to set out the facts," Richard Hale said.

Leaving his London home on Monday morning, he was pressed by reporters.

"Minister, will you resign?"

"No."

"Did you tell officials you were being paid?"

"Everything was declared."
'''


def test_askers_told_in_the_passive_and_the_one_pressed_take_turns():
    speakers = {s.text: s.quoted_from.source for s in analyze(_DOORSTEP).sentences
                if s.quoted_from is not None}
    assert speakers == {'"Minister, will you resign?"': "reporters",
                        '"No."': "Richard Hale",
                        '"Did you tell officials you were being paid?"': "reporters",
                        '"Everything was declared."': "Richard Hale"}
