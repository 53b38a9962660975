"""On a letters page each letter opens on "Sir," (or "Dear Editor,") and ends
on its signature line, "Eileen Prothero, Tolbury": every sentence of the
letter is its writer's, as an interview turn is its speaker's. The editor's
own lines around the letters stay the writer's voice; a signature with no
letter opening before it credits nobody."""

from quizapp.analysis import analyze
from quizapp.analysis.text import parse

PAGE = ("Letters: Readers divided over the Bridge Street plan\n\n"
        "Last week's report prompted more letters than any other issue.\n\n"
        "Sir, I read with disbelief that the council intends to close Bridge "
        "Street. My husband has limited mobility.\n\n"
        "Sooner or later somebody will be hurt, I would point out.\n\n"
        "Eileen Prothero, Tolbury\n\n"
        "Dear Editor, As a trader for 17 years, I would point out that nobody "
        "asked us.\n\n"
        "Graham Ellery, Upper Wendle\n\n"
        "The consultation closes on 14 November.\n")


def _by_text(text):
    return {s.text: s for s in analyze(text).sentences}


def test_each_paragraph_of_a_signed_letter_has_its_writer_as_speaker():
    speakers = [p.speaker for p in parse(PAGE).paragraphs if p.kind == "letter"]
    assert speakers == ["Eileen Prothero", "Eileen Prothero", "Graham Ellery"]


def test_a_letters_sentences_are_credited_to_its_writer():
    found = _by_text(PAGE)
    fact = found["My husband has limited mobility."]
    assert (fact.label, fact.source_kind, fact.attribution.source) == (
        "sourced", "self", "Eileen Prothero")
    assert fact.explanation.startswith("Eileen Prothero says this in their own "
                                       "words")
    pointed = found["Dear Editor, As a trader for 17 years, I would point out "
                    "that nobody asked us."]
    assert pointed.attribution.source == "Graham Ellery"


def test_a_prediction_in_a_letter_is_its_writers_speculation():
    guess = _by_text(PAGE)["Sooner or later somebody will be hurt, I would point "
                           "out."]
    assert guess.label == "speculation"


def test_the_editors_lines_around_the_letters_stay_the_writers():
    found = _by_text(PAGE)
    assert found["The consultation closes on 14 November."].source_kind == "none"
    assert found["Last week's report prompted more letters than any other "
                 "issue."].source_kind == "none"


def test_a_name_and_place_line_without_a_letter_before_it_credits_nobody():
    text = ("The council met on Monday to discuss the plan.\n\n"
            "Eileen Prothero, Tolbury\n")
    assert not any(p.speaker for p in parse(text).paragraphs)


def test_a_letter_writers_judgement_is_read_as_an_articles_own_words_are():
    page = ("Letters: The library\n\n"
            "Sir, As a volunteer at the library for nineteen years, I was sad to "
            "read of its closure. The library is not just a room full of books. "
            "It opened in 1952.\n\n"
            "Ruth Ambrose, Pellingham\n")
    found = _by_text(page)
    judged = found["The library is not just a room full of books."]
    assert (judged.label, judged.source_kind) == ("opinion", "self")
    assert judged.explanation.endswith("Ruth Ambrose says it in their own words.")
    told = found["It opened in 1952."]
    assert (told.label, told.source_kind) == ("sourced", "self")


def test_an_interview_answer_keeps_its_plain_words_a_report():
    text = ("**Host:** What is driving the move?\n\n"
            "**Dr Khalil:** There are several factors at play. The city lost two "
            "factories in a year.\n")
    answer = _by_text(text)["There are several factors at play."]
    assert (answer.label, answer.source_kind) == ("sourced", "self")
