"""A statement that ends on a question it quotes ("The spot opens with footage
of a classroom and a narrator asking, “What kind of leader ...?”") is a
statement, not a question; a sentence that is the quoted question ("He said,
“Why not?”") still asks. Words quoted from someone the sentence does not name
are explained as such, not as a source phrase made of a quotation mark."""

from .sentences import only


def test_a_statement_ending_on_a_quoted_question_is_sorted():
    sentence = only("The 30-second spot opens with grainy footage of an empty "
                    "classroom and a narrator asking, “What kind of leader takes "
                    "money out of a teacher's pocket?”")
    assert sentence.label != "question"


def test_a_quoted_question_alone_still_asks():
    assert only("He said, “Why not?”").label == "question"


def test_words_quoted_from_nobody_named_are_explained_as_such():
    sentence = only("The sign on the door read “Closed until further notice for "
                    "urgent repairs” on Monday.")
    assert sentence.source_kind == "anonymous"
    assert sentence.explanation.startswith("The sentence quotes words from someone "
                                           "it does not name")
