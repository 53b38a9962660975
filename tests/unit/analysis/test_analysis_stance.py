"""Reporting or arguing: checkable specifics weighed against the writer's stance."""

import re

import pytest

from quizapp.analysis import analyze, stance
from quizapp.analysis.lexicon import one_of
from quizapp.analysis.stance import weigh


def _label(text):
    return analyze(text).sentences[0].label


@pytest.mark.parametrize(
    "text",
    [
        "The police arrested two men in Leeds on Monday.",
        "The council approved the new budget last week.",
        "Prices rose 3% in March, the fastest rise in a decade.",
        "The mayor of Hull opened a library in the old market hall.",
    ],
)
def test_a_sentence_full_of_checkable_specifics_stays_an_unsourced_report(text):
    assert _label(text) == "unsourced"


@pytest.mark.parametrize(
    "text",
    [
        "Good schooling is about more than exam results.",
        "But patience has its limits.",
        "This is why the plan is a mistake.",
        "Yet the real question is what comes after the vote.",
    ],
)
def test_a_general_claim_with_no_specifics_reads_as_the_writers_view(text):
    assert _label(text) == "opinion"


def test_a_number_or_a_date_counts_as_evidence_of_reporting():
    weighing = weigh("The bridge is 300 metres long.", [])
    assert weighing.reporting_clues["specific"] == "300"
    assert not weighing.argues


def test_a_capitalised_word_inside_the_sentence_is_a_name_not_its_first_word():
    weighing = weigh("Farmers in Kent say the same.", [])
    assert weighing.reporting_clues["name"] == "Kent"
    assert "name" not in weigh("Farmers say the same.", []).reporting_clues


def test_an_event_told_in_the_past_counts_as_reporting():
    assert weigh("The factory closed after the flood.", []).reporting_clues[
        "past"] == "closed"
    assert "past" not in weigh("Indeed the need is great.", []).reporting_clues


def test_a_contrast_opening_the_sentence_counts_for_the_writers_stance():
    assert weigh("Still, the idea is sound.", []).stance_clues["contrast"] == "Still"
    assert "contrast" not in weigh("The idea is still sound.", []).stance_clues


def test_a_sweeping_generalisation_counts_for_the_writers_stance():
    weighing = weigh("Every reform ends the same way.", [])
    assert weighing.stance_clues["sweeping"] == "Every"
    assert weighing.argues


@pytest.mark.parametrize("sentence", [
    "A supervisor checks every vehicle before it leaves the gate.",
    "Her office is small and cluttered, with stacks of paper on every chair.",
    "Workers can opt out, but they are re-enrolled every few years.",
    "Variables of age, income and distance from the homeland all play a role.",
    "Not all scientists agree on the projections.",
    "All the coal was sold within a week.",
])
def test_all_or_every_past_the_subject_counts_things_one_by_one(sentence):
    # "every" and "all" in the predicate count what an act reaches; only the
    # subject the sentence opens on sweeps ("But every reform ...")
    assert "sweeping" not in weigh(sentence, []).stance_clues
    assert weigh("But every reform ends the same way.", []).stance_clues[
        "sweeping"] == "every"


def test_a_rhetorical_marker_is_not_counted_twice_as_a_generalisation():
    sentence = analyze("The road was never repaired.").sentences[0]
    assert sentence.label == "unsourced"


def test_names_and_places_outweigh_one_loaded_word():
    text = "Rebels in Idlib have made steady gains against the embattled army."
    assert _label(text) == "unsourced"


def test_the_explanation_names_the_cues_then_says_there_is_nothing_to_check():
    sentence = analyze("But they treat nurses in a shameful way.").sentences[0]
    assert sentence.label == "opinion"
    assert sentence.explanation.startswith(
        "'shameful' judges and 'But' answers another view; it gives no names, "
        "numbers or dates to check, and nobody is quoted")


def test_quoted_or_attributed_sentences_are_not_weighed():
    assert _label("The minister said the plan is about fairness.") == "sourced"
    assert _label("Is this really about fairness?") == "question"


@pytest.mark.parametrize("name", ["_SPECIFIC", "_PRESENT", "_SWEEPING"])
def test_each_pattern_lookahead_lists_the_first_letter_of_every_word(name):
    # `\b(?=[...])` only skips places where no word of the pattern can start; a
    # word whose first letter is missing from it would silently never match.
    pattern = getattr(stance, name).pattern
    letters = re.search(r"\(\?=\[([a-z]+)\]\)", pattern).group(1)
    words = pattern[pattern.index(letters) + len(letters):]
    listed = stance._COUNTED if name == "_SPECIFIC" else ""
    # words written out, and the list matched as a trie, by its words
    words = words.replace(one_of(listed), "") if listed else words
    firsts = {c.lower() for c in re.findall(r"[|(:]([A-Za-z])", words)}
    firsts |= {word[0].lower() for word in listed.split()}
    assert firsts and firsts <= set(letters)


def test_the_lookaheads_change_no_match():
    assert stance._SPECIFIC.search("in ſeptember, 12 of them").group() == "ſeptember"
    assert stance._SPECIFIC.search("Nine people, last\nweek").group() == "Nine"
    assert stance._PRESENT.search("What’s more, it is late").group() == "What’s"
    assert stance._SWEEPING.search("Nothing, no  one, always").group() == "Nothing"
    assert stance._PAST.search("The trend reversed").group() == "reversed"
    assert stance._PAST.search("The need is great") is None


@pytest.mark.parametrize("text", ["Its cause is under investigation.",
                                  "The bridge is under repair."])
def test_a_process_under_way_is_going_on_not_a_general_statement(text):
    assert analyze(text).sentences[0].label == "unsourced"


def test_feedback_quotes_a_whole_number_as_the_detail_to_check():
    sentence = analyze("But the cooking, at its best, is considerably better than "
                       "anything else within 20 miles.").sentences[0]
    assert "(only '20')" in sentence.explanation


def test_feedback_on_a_description_names_no_tense_as_the_reason():
    # "present tense" read as a rule of thumb a student would misapply
    sentence = analyze("Libraries are the heart of a town.").sentences[0]
    assert sentence.label == "opinion"
    assert "tells what something is like, not an event" in sentence.explanation
    assert "tense" not in sentence.explanation


@pytest.mark.parametrize("text", ["Analysts are broadly positive.",
                                  "Students, too, are angry.",
                                  "Others are less confident."])
def test_the_mood_a_group_is_in_is_told_not_argued(text):
    assert analyze(text).sentences[0].label == "unsourced"


def test_a_passive_told_in_the_past_is_an_event_to_check():
    from quizapp.analysis.stance import weigh
    weighing = weigh("Nothing was done.", [])
    assert "past" in weighing.reporting_clues
    assert not weighing.argues
