"""Audit CD: a quotation with no speaker of its own, straight after a sentence
on what a named person did, is theirs ("Ferreira, appointed in the summer on
a three-year deal, brushed the question aside. “If people want to talk about
my job, that is their hobby.”"), however long the aside after their name;
it was credited to "a club source" quoted a paragraph before."""

from quizapp.analysis import analyze
from quizapp.analysis.attribution import opening_subject

TEXT = ("Captain Ryan Stokes limped off, and a club source said he could be out "
        "for a month.\n\n"
        "Fans chanted for the manager's removal. Ferreira, appointed in the "
        "summer on a three-year deal, brushed the question aside. \"If people "
        "want to talk about my job, that is their hobby. Mine is fixing this "
        "team.\"\n")


def test_the_quotation_after_what_he_did_is_his():
    quoted = [s for s in analyze(TEXT).sentences if s.quoted_from is not None]
    assert quoted and all(s.quoted_from.source == "Ferreira" for s in quoted)


def test_a_name_before_a_participles_aside_is_the_subject():
    text = "Mr. Vane, reached by phone, declined to discuss his departure."
    start, end = opening_subject(text, 0, len(text))
    assert text[start:end] == "Mr. Vane"
