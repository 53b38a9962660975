"""A sentence's kind follows its main claim: a hedge in a relative clause, an
embedded question or an adverbial clause qualifies that clause only, while a
hedge of the main clause still makes the sentence speculation. Every cue stays
in `Sentence.hedges` (the speculation measure and the cue questions count them)."""

import pytest

from .sentences import only


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # relative clauses
        ("The ferry company hires drivers who could work night shifts, a "
         "spokeswoman said.", "sourced"),
        ("The town has few wealthy donors that the council could approach.",
         "unsourced"),
        ("The clinic closed in May, a decision that may anger patients.",
         "unsourced"),
        ("The union invested $2 million in the mill, which was supposed to "
         "keep running until 2030.", "unsourced"),
        # embedded questions
        ("The audit asks what the firm might be hiding from shareholders.",
         "unsourced"),
        ("Residents knew what to expect from the new landlord, the tenants' "
         "union said.", "sourced"),
        ("Farmers said nobody had explained how the board could change the rules.",
         "sourced"),
        # adverbial clauses
        ("The guards locked the gate before the crowd might reach it.",
         "unsourced"),
        ("The bank released the money so the builders might start work.",
         "unsourced"),
        ("The river rises about as high as it could go.", "unsourced"),
        ("As odd as it may seem, the mill made a profit, its owner said.",
         "sourced"),
        ("The bridge closed at noon, as expected.", "unsourced"),
        ("The festival raised $4,000, even if attendance was lower, the "
         "organisers said.", "sourced"),
    ],
)
def test_a_hedge_inside_a_side_clause_leaves_the_main_claim_a_fact(text, label):
    sentence = only(text)
    assert sentence.label == label
    assert sentence.kind == "fact"
    assert sentence.hedges, "the cue is still found"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company could hire more drivers next year.",
        "Officials who studied the plan said the bridge could close in winter.",
        "What happens next could decide the election.",
        "Prices fell sharply, so the shop may close.",
        "If the rain continues, the river could flood the town.",
        "The mayor, who took office in May, may resign.",
        "Analysts expect that the mine could reopen.",
    ],
)
def test_a_hedge_of_the_main_clause_still_makes_speculation(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company moved to Dover, where analysts say rents are low.",
        "The port reopened in June, after the minister said it was safe.",
        "The bakery sold its last loaf, which its owner says was baked at dawn.",
        "The band kept touring even though reviewers said the album had flopped.",
    ],
)
def test_a_source_inside_a_side_clause_does_not_source_the_main_claim(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.attribution is not None, "the side clause's source is found"
    assert sentence.source is None


@pytest.mark.parametrize(
    "text",
    [
        "As the mayor pointed out, the bridge has been closed for a year.",
        "After weeks of delays, the bridge reopened, a city engineer said.",
        "When the vote came, the mayor said, the council was split.",
        "Officials said the port reopened after the storm had passed.",
    ],
)
def test_a_source_of_the_main_clause_still_sources_it(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source is not None


def test_the_feedback_says_the_side_clauses_source_does_not_cover_the_main_claim():
    sentence = only("The ferry company moved to Dover, where analysts say rents "
                    "are low.")
    assert "analysts say" in sentence.explanation
    assert "side clause" in sentence.explanation
