"""Shared by the analyzer's tests: the sentence a short text analyses to."""

from quizapp.analysis import analyze


def only(text: str):
    """The analysed sentence of `text`, which must hold exactly one."""
    (sentence,) = analyze(text).sentences
    return sentence


def last(text: str):
    """The last analysed sentence of `text` set under a headline, as an
    article's sentence is (a short line alone would read as a heading)."""
    return analyze("Headline\n\n" + text).sentences[-1]
