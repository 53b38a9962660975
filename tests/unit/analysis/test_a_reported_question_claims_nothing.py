"""A question reported ("Bell asked whether the mayor would commit ...",
"Raman asked Castellano how he squared ...") claims nothing: the writer
reports that it was put, an unsourced fact, and no judgement is read into the
question's words ("had gone too far"). A participle opening the sentence ("Asked whether
she would run again, Harmon said ...") still leaves the answer sourced."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Toward the end of the interview, Bell asked whether the mayor would commit "
    "to freezing fares.",
    "Raman asked Castellano how he squared the layoffs with a $4.1 million bonus.",
    "Varma asked whether the bank had gone too far, pointing to a rise in "
    "unemployment.",
    "The host asked the minister about the delays at the border.",
    "Dr Ana Reyes asked her whether the flood barrier was finished.",
    # a document's question too: it insinuates, in words that claim nothing
    "The audit asks what the firm might be hiding from shareholders.",
])
def test_a_reported_question_is_the_writers_report(text):
    sentence = only(text)
    assert sentence.label == "unsourced" and sentence.source_kind == "none"


def test_the_answer_after_an_opening_question_is_sourced():
    sentence = only("Asked whether she would run again, Harmon said she had not "
                    "decided.")
    assert sentence.label == "sourced" and sentence.attribution.source == "Harmon"
