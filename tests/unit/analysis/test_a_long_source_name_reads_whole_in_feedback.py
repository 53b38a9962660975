"""A body whose name lists its remits is one source ("the Department for
Environment, Food and Rural Affairs"), and a source too long to read as a
name is called, in feedback, by the thing named before who made it."""

from quizapp.analysis.core import analyze


def test_a_body_named_by_a_list_keeps_its_whole_name():
    found = analyze("The Department for Environment, Food and Rural Affairs said "
                    "the ban would start in May.").sentences[0].attribution
    assert found.source == "The Department for Environment, Food and Rural Affairs"


def test_feedback_names_a_long_source_by_the_thing_before_who_made_it():
    sentence = analyze("An open letter signed by 84 academics from universities in "
                       "Corvale and abroad urged ministers to act.").sentences[0]
    assert "an open letter holds it" in sentence.explanation


def test_a_modal_before_the_verb_is_no_part_of_the_source():
    found = analyze("The mayor must admit the plan works.").sentences[0].attribution
    assert found.source == "The mayor"


def test_a_long_source_is_quoted_by_its_head_and_verb():
    sentence = analyze("The study, which followed 214 patients treated at Calderbrook "
                       "General Hospital and four partner sites between March 2021 "
                       "and September 2023, found that the device "
                       "helped.").sentences[0]
    assert sentence.explanation.startswith("'The study ... found' names the document")
