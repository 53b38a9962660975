"""A report word that tells something else, in a sentence that quotes nobody,
credits no source: a movement ("a small display projected onto the right
lens"), an appearing ("a small white light shows when the cameras are
active"), or a singular noun closing its phrase ("the firm behind the
Riverside Commons project."). A name's verb at the end still reports ("...,
The Wall Street Journal reports.")."""

from quizapp.analysis import analyze


def _only(text: str):
    (sentence,) = analyze(text).sentences
    return sentence


def test_a_thing_projected_onto_something_is_no_forecast():
    sentence = _only("The glasses weigh 48 grams and feature a small display "
                     "projected onto the right lens.")
    assert sentence.attribution is None
    assert sentence.label == "unsourced"


def test_a_light_that_shows_when_something_happens_is_no_record():
    sentence = _only("A small white light shows when the cameras are active.")
    assert sentence.attribution is None


def test_a_project_closing_its_phrase_is_a_noun_not_a_forecast():
    sentence = _only("She promised to reopen negotiations with Carver "
                     "Development, the firm behind the long-delayed Riverside "
                     "Commons project.")
    assert sentence.label != "speculation"
    assert "Carver" not in (sentence.attribution.source if sentence.attribution
                            else "")


def test_a_names_report_verb_closing_the_sentence_still_reports():
    sentence = _only("Bonuses were $500 to $2,000 every three months, The Wall "
                     "Street Journal reports.")
    assert sentence.label == "sourced"
    assert sentence.attribution.source == "The Wall Street Journal"


def test_a_quoted_sentence_keeps_its_report_words():
    sentence = _only('"The numbers are projected onto a screen," the report '
                     'says.')
    assert sentence.label == "sourced"


def test_figures_that_tell_a_story_are_the_writers_reading():
    sentence = _only("The statistics told the story of two very different halves.")
    assert sentence.attribution is None
    assert sentence.label == "unsourced"
    told = _only("She told reporters the story was false.")
    assert told.label == "sourced"


def test_a_plural_report_word_before_a_relative_clause_is_a_noun():
    # "records, who asked not to be named": the person's clause, so the
    # sentence's "said" credits the unnamed person
    from .sentences import only
    sentence = only("A person with knowledge of the maintenance records, who asked "
                    "not to be named, said the main had been flagged as high risk.")
    assert sentence.label == "sourced"
    assert sentence.source_kind == "anonymous"


def test_and_it_shows_closing_a_clause_shows_nothing():
    # the idiom "it is plain to see": no source, no words shown
    from .sentences import only
    assert only("Its members drive to their meetings, and it shows.").source_kind \
        == "none"
    assert only("The report shows that rents rose.").source_kind == "citation"


def test_what_a_thing_says_a_lot_about_is_shown_not_said():
    from .sentences import only
    for text in ("Her celebration, a sprint to the corner flag, said everything "
                 "about what the win meant.",
                 "The decision says a lot about the council's priorities."):
        assert only(text).source_kind == "none", text
    assert only("He said little about the plan, the paper reported.").source_kind \
        != "none"
