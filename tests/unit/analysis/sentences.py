"""Shared by the analyzer's tests: the one sentence a short text analyses to."""

from quizapp.analysis import analyze


def only(text: str):
    """The analysed sentence of `text`, which must hold exactly one."""
    (sentence,) = analyze(text).sentences
    return sentence
