"""A judging word read in its plain sense judges nothing: "poor" short of
money ("poor families", "the poorest countries", "the poor and the sick"),
"historic" of the past ("the historic market hall", "historic emissions").
A modal inside an idea, a principle or a rule that the sentence tells ("the
idea that companies should serve ...") is that idea's content, not advice.
The judging senses stay opinions."""

import pytest

from .sentences import last


@pytest.mark.parametrize("text", [
    "The charity gives food parcels to poor families every week.",
    "The poorest countries pay the highest interest on their debts.",
    "Schools in poor, rural and urban districts struggle to hire staff.",
    "The new tax fell hardest on the poor.",
    "The council restored the historic market hall in 2019.",
    "Rich countries pledged money for their historic carbon emissions.",
    "The doctrine holds that states must protect their citizens.",
    "The rule that drivers must stop at the line dates from 1930.",
])
def test_a_plain_sense_or_an_idea_told_is_no_opinion(text):
    sentence = last(text)
    assert sentence.kind == "fact", sentence.explanation


@pytest.mark.parametrize("text", [
    "It was a poor decision by the council.",
    "The bus service has been poor for years.",
    "It was a historic win for the club.",
    "Councils should publish the figures.",
])
def test_the_judging_sense_stays_an_opinion(text):
    assert last(text).kind == "opinion"
