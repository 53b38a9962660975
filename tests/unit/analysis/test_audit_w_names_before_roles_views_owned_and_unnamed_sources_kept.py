"""Audit W (a wildfire, a restaurant review, a council cyberattack, a housing
report, an inquest, a tennis final): a name before its role and a relative
clause speaks; an aside between commas does not stop "added ... that" from
reporting; one unnamed person by a role ("the waitress") is anonymous and a
trade ("Estate agents") a loose group; "X's verdict was that ..." credits X
with its content; "The source" after "a source familiar with ..." stays that
unnamed source, and a person's "its" belongs to the body in the clause they
report."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.referents import referents
from quizapp.analysis.sources import kind_of

from .sentences import only


def test_a_name_before_its_role_and_a_relative_clause_is_the_source():
    sentence = only("Martin Oyelaran, a director at Foxley & Crane, which has eleven "
                    "branches across the Midlands, said viewings were up.")
    assert sentence.attribution.source == "Martin Oyelaran"
    assert sentence.source_kind == "named"


def test_an_aside_between_commas_before_that_still_reports():
    sentence = only("She added, however, that house prices remained high "
                    "relative to earnings.")
    assert sentence.label == "sourced"
    assert not sentence.attribution.act


@pytest.mark.parametrize(("np", "kind"), [
    ("the waitress", "anonymous"),
    ("the barman", "anonymous"),
    ("the business", "vague"),
    ("Estate agents", "vague"),
    ("Mortgage brokers", "vague"),
    ("FBI agents", "anonymous"),
])
def test_one_unnamed_person_by_a_role_and_a_trade_as_a_loose_group(np, kind):
    assert kind_of(np) == kind


@pytest.mark.parametrize(("text", "label"), [
    ("Garside's verdict was that the result could mark a shift.", "speculation"),
    ("The council's position is that the road is safe.", "sourced"),
])
def test_whose_view_it_is_credits_its_content(text, label):
    sentence = only(text)
    assert sentence.label == label
    assert sentence.attribution.source in ("Garside", "The council")
    assert not sentence.attribution.act


def test_todays_verdict_is_no_ones():
    assert only("Today's verdict is that nobody wins.").attribution is None


def test_the_source_after_an_unnamed_source_is_that_source_not_the_last_name():
    text = ("Council hit\n\n"
            "Chief executive Helen Marsh said services would return soon.\n\n"
            "However, a source familiar with the response said files had been "
            "encrypted.\n\n"
            "The source, who asked not to be named, said officers were using "
            "personal phones.\n")
    analysis = analyze(text)
    last = analysis.sentences[-1]
    assert last.source_kind == "anonymous"
    assert last.index not in referents(analysis)


def test_a_persons_its_in_the_clause_they_report_is_the_bodys():
    text = ("Council hit\n\n"
            "One woman said she had waited an hour on the phone.\n\n"
            "Cllr Gareth Lowe said the council had been warned that its IT "
            "systems needed investment. “This was not a bolt from the blue,” "
            "he said.\n")
    analysis = analyze(text)
    assert referents(analysis)[analysis.sentences[-1].index] == "Cllr Gareth Lowe"


def test_a_document_with_a_participle_phrase_shows_its_finding():
    sentence = only("Records presented to the inquest showed that four cyclists "
                    "had been injured at the junction.")
    assert sentence.label == "sourced"
    assert sentence.attribution.cue == "showed"
    assert sentence.attribution.source == "Records presented to the inquest"


@pytest.mark.parametrize(("text", "label"), [
    ("Leanne Crossley, who was waiting at the crossing, described the moment of "
     "impact.", "unsourced"),
    ("He described how the water rose.", "sourced"),
])
def test_a_scene_described_without_its_words_is_an_act(text, label):
    assert only(text).label == label


@pytest.mark.parametrize("text", [
    "The statement did not say whether any personal data had been accessed, "
    "nor whether the council had received a ransom demand.",
    "The council said it would carefully consider the report.",
    "The court heard that police had found no evidence the driver had been "
    "speeding.",
])
def test_what_was_left_unsaid_weighed_or_not_found_is_no_guess(text):
    assert only(text).hedges == []


def test_a_guess_refused_as_out_of_place_is_none():
    sentence = only('A spokesman declined to comment, saying it would be '
                    '"inappropriate to speculate while an investigation is '
                    'ongoing".')
    assert not [h for h in sentence.hedges if h["text"] == "speculate"]


def test_a_report_inside_a_running_quotation_is_the_speakers_words():
    text = ('Final\n\n"I honestly don\'t know what happened," Varga said. "In the '
            'first set I was thinking too much. My coach told me at the change of '
            'ends just to play the ball."\n')
    coach = next(s for s in analyze(text).sentences if s.text.startswith("My coach"))
    assert coach.source.source == "Varga"
    assert coach.label == "sourced"


def test_a_nationality_calls_back_the_person_named_before():
    text = ("Final\n\n"
            "Nikola Varga beat the defending champion Freja Lindqvist 6-3.\n\n"
            "Lindqvist was gracious in defeat.\n\n"
            "The 27-year-old Swede said she had let her level drop.\n")
    analysis = analyze(text)
    assert referents(analysis)[analysis.sentences[-1].index] == "Freja Lindqvist"


def test_a_ledes_one_person_by_a_role_is_named_further_down():
    text = ("Junction warning\n\n"
            "A coroner has warned that more cyclists could die at a junction "
            "unless it is redesigned.\n\n"
            "The area coroner, Margaret Heywood, said the layout was dangerous.\n\n"
            "A spokesman said the council would respond.\n")
    analysis = analyze(text)
    lede, _, spokesman = analysis.sentences[1:]
    assert lede.source_kind == "named"
    assert referents(analysis)[lede.index] == "Margaret Heywood"
    assert spokesman.source_kind == "anonymous"  # not the lede: still unnamed
