"""'Some analysts argue the levy could push rents higher': an argument beside
a guess is an opinion, even from a vague source. 'There are economists who
argue that ...': the relative clause only brings the source in; what they
argue is the sentence's claim, not a side clause's. A person who suggests
something puts a case like one who argues; evidence that suggests is read as
an inference; documents and groups that suggest pass a claim on."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


def test_an_argument_beside_a_guess_is_an_opinion():
    sentence = _first("Some analysts argue the levy could push rents higher.")
    assert (sentence.label, sentence.source_kind) == ("opinion", "vague")


def test_a_report_beside_a_guess_from_a_vague_source_stays_speculation():
    assert _first("Analysts said the levy could push rents higher.").label == \
        "speculation"


def test_there_are_people_who_say_credits_them():
    sentence = _first("There are residents who say the bridge is unsafe.")
    assert sentence.source_kind != "none"
    assert not sentence.side_source


def test_a_source_in_a_real_side_clause_credits_only_it():
    sentence = _first("The mill, where workers say pay is low, closed in May.")
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none")


@pytest.mark.parametrize(("text", "label"), [
    ("Jorge Castaneda suggests that Mexico's best argument is its stability.",
     "opinion"),
    ("She suggested that the council wait until May.", "opinion"),
    ("Still, the truck story suggests the government understands it needs a "
     "plan.", "speculation"),
    ("Reports suggest the ferry company is withdrawing from the route.",
     "sourced"),
    ("Health guidelines suggest that teenagers drink six glasses of water a "
     "day.", "sourced"),
])
def test_suggesting_is_a_persons_case_evidences_inference_or_a_documents_claim(
        text, label):
    assert _first(text).label == label
