"""A reply word after a name addressed is a courtesy ("Anna, yes."); after a
clause it ends a claim ("She was tired, sure.")."""

import pytest

from quizapp.analysis import analyze


@pytest.mark.parametrize(
    "text",
    [
        "She was tired, sure.",
        "He was late again, yes.",
        "It rained all week, indeed.",
        "The ferry was full, of course.",
    ],
)
def test_a_clause_then_a_reply_word_is_a_claim(text):
    assert analyze(text).sentences[0].kind != "courtesy"


@pytest.mark.parametrize(
    "text",
    ["Anna, yes.", "Mr. President, thank you.", "Dr. Ana Reyes, exactly.",
     "Tom, sure."],
)
def test_a_name_then_a_reply_word_is_a_courtesy(text):
    assert analyze(text).sentences[0].kind == "courtesy"
