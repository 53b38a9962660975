"""A letter's greeting ("Dear Editor,") says whom the letter is written to:
it names nobody in the story, so a later "She told me" is not credited to the
editor, and no "Who says so?" question offers "Dear Editor"."""

from quizapp.analysis import analyze
from quizapp.analysis.questions import who_said_items
from quizapp.analysis.referents import referents

LETTER = (
    "Letters: Our town deserves better buses\n\n"
    "Dear Editor,\n\n"
    "My neighbour, a nurse at the hospital, now leaves home at 5:10 a.m. "
    "She told me she is thinking about quitting.\n\n"
    "\"We had to make difficult choices,\" spokesperson Mark Ellison said. "
    "A council report found that ridership had risen by 8 percent.\n\n"
    "Sincerely,\nMargaret Okafor"
)


def test_a_pronoun_after_a_greeting_is_not_the_addressee():
    analysis = analyze(LETTER)
    assert "Dear Editor" not in referents(analysis).values()


def test_no_who_said_question_offers_the_greeting():
    options = [o["text"] for item in who_said_items(analyze(LETTER))
               for o in item["options"]]
    assert options  # Ellison's quotation is asked about
    assert not any("Editor" in text for text in options)
