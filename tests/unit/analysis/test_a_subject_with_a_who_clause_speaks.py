"""A source described by a "who" clause speaks through the main verb after
it: "A spokesman who declined to be named said ...", "Two officials who spoke
on condition of anonymity said ...", "The woman who found the dog told
police ...". The clause is part of the source's name, its verb is not the
report, and "declined to be named" is the anonymity formula, not a refusal to
speak. A plain refusal ("A spokesman declined to comment.") still credits
nobody."""

import pytest

from .sentences import only


@pytest.mark.parametrize(("text", "source"), [
    ("A spokesman who declined to be named said the talks had failed.",
     "A spokesman who declined to be named"),
    ("Two officials who spoke on condition of anonymity said the deal was "
     "close.", "Two officials who spoke on condition of anonymity"),
    ("The woman who found the dog told police it was injured.",
     "The woman who found the dog"),
    ("Residents who live near the plant say the smell comes from the drains.",
     "Residents who live near the plant"),
    ("A neighbor who lives nearby said she heard a loud bang.",
     "A neighbor who lives nearby"),
    ("The woman who called said she saw smoke.", "The woman who called"),
])
def test_the_who_clause_belongs_to_the_source(text, source):
    sentence = only(text)
    assert sentence.attribution.source == source
    # residents as a whole are a loose group; one of them is one person
    kind = "vague" if source.startswith("Residents") else "anonymous"
    assert (sentence.label, sentence.source_kind) == ("sourced", kind)


def test_a_plain_refusal_to_speak_credits_nobody():
    sentence = only("A spokesman declined to comment.")
    assert sentence.source is None and sentence.label == "unsourced"


@pytest.mark.parametrize("text", [
    "He backed Ana Ruiz, who officials say is the favourite.",
    "The mayor, who local officials say is tired, left early.",
    "Vance, who polls show is leading, spoke on Monday.",
    "Obama met McConnell, who in 2010 said the goal was to beat him.",
    # the guide's own example: the side clause's judgement is the critics'
    "The bill, which critics say is flawed, passed the Senate on Monday.",
    "Dunmore, who prosecutors say ran the scheme, pleaded not guilty.",
    # a clause after "in which" runs to the end: the complaint is the MPs'
    "A bill passed on Tuesday, after a five-hour debate in which MPs from all "
    "sides complained that it goes too far.",
])
def test_a_source_inside_a_who_clause_still_credits_only_that_clause(text):
    sentence = only(text)
    assert sentence.side_source and sentence.label == "unsourced"


def test_a_judgement_in_the_writers_own_side_clause_is_still_the_writers():
    assert only("The bill, which is badly flawed, passed on Monday.").label == \
        "opinion"
