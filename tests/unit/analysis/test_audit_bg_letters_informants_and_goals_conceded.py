"""Audits BG and BH (a consumer column, a football column, a rail strike): a
letter's salutation is a courtesy, not a claim; "I am told" credits the
writer's unnamed informant, never "I am"; goals conceded are no admission;
"Should Homewise still refuse, ..." opens a condition, no advice."""

import pytest

from quizapp.analysis import analyze


def _only(text):
    return analyze("Headline\n\n" + text).sentences[1]


@pytest.mark.parametrize("text", ["Dear P.R.,", "Dear Sir or Madam,"])
def test_a_letters_salutation_is_a_courtesy(text):
    assert _only(text).kind == "courtesy"


def test_a_salutation_opening_a_claim_leaves_the_claim():
    assert _only("Dear readers, the council has cut the budget again.").kind \
        != "courtesy"


@pytest.mark.parametrize("text", [
    "I am told the players no longer believe in his methods.",
    "We were told the road would reopen on Friday.",
])
def test_the_writer_told_credits_an_unnamed_informant(text):
    sentence = _only(text)
    assert sentence.source_kind == "anonymous"
    assert "I am" not in sentence.source.source
    assert "quotes words" not in sentence.explanation


def test_goals_conceded_are_no_admission():
    sentence = _only("Harbridge have conceded 41 goals this season.")
    assert sentence.source is None


def test_an_admission_is_still_reported():
    sentence = _only("The minister conceded that the plan had failed.")
    assert sentence.source.source == "The minister"


def test_should_opening_a_condition_gives_no_advice():
    sentence = _only("Should the council fail to act, residents will suffer.")
    assert "should" not in [c["text"].lower() for c in sentence.opinion_cues]


def test_a_paper_with_an_aside_on_where_it_was_published_still_reports():
    sentence = _only("Deaths fell by a third, the paper, published in the Journal "
                     "of Cardiovascular Epidemiology, reports.")
    assert sentence.source.source == "the paper"
    assert sentence.source_kind == "citation"


def test_a_memo_quoted_as_it_began_is_the_source():
    sentence = _only('"Today is a hard day for all of us," the memo began.')
    assert sentence.source.source == "the memo"
    assert sentence.source_kind == "citation"


@pytest.mark.parametrize("text", ["The meeting began.", "Talks begin on Monday."])
def test_what_begins_reports_nothing(text):
    assert _only(text).source is None


def test_one_unnamed_person_and_what_he_was_doing_is_anonymous_and_knows():
    sentence = _only("A man leaving with a takeaway, who gave his name only as "
                     "Dean, said he had not known about the rating until he "
                     "noticed the sticker.")
    assert sentence.source_kind == "anonymous"
    assert sentence.hedges == []
    assert sentence.label == "sourced"


def test_what_nobody_knows_is_still_a_doubt():
    assert _only("It is not known whether the fire was started deliberately.") \
        .label == "speculation"


@pytest.mark.parametrize("text", [
    "CCTV footage showed the car speeding away.",
    "Video of the incident shows him with his hands in the air.",
])
def test_footage_is_a_record_to_look_at(text):
    assert _only(text).source_kind == "citation"
