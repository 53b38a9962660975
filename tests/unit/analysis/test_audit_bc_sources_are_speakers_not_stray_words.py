"""Audits BC and BD (a parliamentary sketch, a fact-check, a fishing quota,
a travel warning, a data breach, a book prize): the words taken for a source
are the speaker, never an adverb of the verb, a time, a place closing an
aside, a phrase describing the subject, a passive describing a group, or a
fact-check's verdict label."""

import pytest

from quizapp.analysis import analyze


def _only(text):
    return analyze("Headline\n\n" + text).sentences[1]


@pytest.mark.parametrize("text", [
    "There is a look on his face when a question has been tabled, asked again "
    "in Westminster Hall and then raised once more by someone who has not "
    "been satisfied.",
    "Companies found to have failed to safeguard patient data can face fines "
    "running into millions of dollars.",
    "Some individual households did see very large increases, mostly because "
    "of a change in billing.",
])
def test_an_adverb_a_passive_or_an_emphatic_see_is_no_source(text):
    sentence = _only(text)
    assert sentence.source is None
    assert sentence.label == "unsourced"


@pytest.mark.parametrize("text, source", [
    ("The foreign ministry on Wednesday advised against all but essential "
     "travel to the capital.", "The foreign ministry"),
    ("The mayor yesterday said the plan was dead.", "The mayor"),
    ("Wells Fargo just this month announced it would end the incentives.",
     "Wells Fargo"),
    ("World leaders and diplomats almost universally expressed outrage over "
     "the test.", "diplomats"),
])
def test_a_time_or_an_adverb_after_the_source_is_no_part_of_it(text, source):
    assert _only(text).source.source == source


def test_the_mayor_without_the_day_is_named():
    assert _only("The mayor yesterday said the plan was dead.").source_kind == "named"


def test_a_time_after_a_participle_stays_with_the_phrase():
    sentence = _only("A report released last year found that the agency "
                     "had lost track of its spending.")
    assert sentence.source.source == "A report released last year"


def test_a_phrase_describing_the_opening_noun_leaves_the_noun_the_source():
    sentence = _only("A post shared more than 40,000 times across social media "
                     "this week claims that households have seen their bills "
                     "triple.")
    assert sentence.source.source == "A post"
    assert sentence.source_kind == "citation"


def test_a_newspaper_called_the_post_is_still_named():
    assert _only("The New York Post reports that she fell.").source_kind == "named"


def test_the_speaker_of_a_relative_clause_without_that_is_its_subject():
    sentence = _only("Fishermen have reacted with fury to a decision to cut "
                     "the quota by 34 per cent, a move industry leaders say "
                     "could force dozens of boats out of business.")
    assert sentence.source.source == "industry leaders"
    assert sentence.source_kind == "vague"


def test_a_place_closing_an_aside_is_no_speaker_even_with_a_second_aside():
    sentence = _only("BrightSmile, which is headquartered in Scottsdale, Ariz., "
                     "and is backed by the private equity firm Crestline "
                     "Capital, said it would offer patients free credit "
                     "monitoring.")
    assert sentence.source.source == "BrightSmile"


def test_a_fact_checks_verdict_label_is_the_writers_opinion():
    sentence = analyze("Bills claim checked\n\nA post claims bills tripled. "
                       "Verdict: Misleading.").sentences[-1]
    assert sentence.label == "opinion"
    assert sentence.source is None


def test_a_clause_opening_on_whether_names_no_speaker_of_its_quotation():
    sentence = _only('Whether that counts as "laughing all the way to the bank" '
                     "is a matter of opinion rather than fact.")
    assert sentence.source is None or "Whether" not in sentence.source.source


@pytest.mark.parametrize("text", [
    "A Vantage Aerospace spokesman said the company was reviewing the data.",
    "A spokesman for Harrowfield Homes said work would start next year.",
])
def test_a_named_bodys_spokesperson_speaks_for_the_body_by_name(text):
    assert _only(text).source_kind == "named"


def test_a_story_told_in_recipes_has_no_speaker():
    sentence = _only("The story, told in flashbacks, follows a nurse.")
    assert sentence.source is None


def test_inverted_said_before_things_counted_is_no_source():
    sentence = _only("Officials at the Treasury, who asked not to be named, said "
                     "all options remained on the table.")
    assert "options" not in sentence.source.source
    assert sentence.source_kind == "anonymous"


@pytest.mark.parametrize("text, source", [
    ("Graduate prospects now carry a double weighting, a change that Helen "
     "Marchbank, the guide's editor, said reflected what students care about.",
     "Helen Marchbank"),
    ("Scores fell by almost nine points, a decline staff partly blame on the "
     "new timetable.", "staff"),
])
def test_who_speaks_in_a_relative_clause_on_an_apposed_noun(text, source):
    sentence = _only(text)
    assert sentence.attribution.source == source
    assert sentence.side_source and sentence.source is None
    assert sentence.label == "unsourced"  # the main clause is the writer's


def test_a_group_told_by_where_it_is_stays_a_loose_group():
    sentence = _only("Several other owners along Harmon Street said they were "
                     "considering reduced hours.")
    assert sentence.source_kind == "vague"
