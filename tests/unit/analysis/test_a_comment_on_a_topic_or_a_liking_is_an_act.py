"""A speech or stance verb whose object is a topic, a thing or an aim, with no
words of the source's brought in, tells what someone did ("commented on the
closure", "questioned the need for a stadium", "loves the city", "prefer to
walk", "sent a letter to the council urging a vote"): it credits nobody, and
the sentence is the writer's report. With a clause, a question word or a
report after it ("commented that ...", "questioned whether ...", "sent a
letter saying ...") the source is credited."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "The mayor commented on the closure.",
    "She questioned the need for a new stadium.",
    "He loves the city where he grew up.",
    "Voters like the plan.",
    "Most parents prefer to walk their children to school.",
    "Residents sent a letter to the council urging a vote.",
    "He defended the decision to close the depot.",
    "She welcomed the decision to reopen the depot.",
    "The mayor thanked the drivers for their work.",
    "The company apologized for the delays.",
    "The company intends to sell its bottling unit by the end of the year.",
    "She learned to fly at 16.",
    "Judge Harold Quist denied a defense motion to exclude the bank records.",
    "Three men were arrested on Saturday and charged with burglary.",
    "Dunmore pleaded not guilty on Monday.",
    "The company will report second-quarter results on July 24.",
    "The central bank will announce its decision at 2 p.m. on Wednesday.",
    "Revenko, 58, showed no visible reaction as the verdict was read.",
    "Others at the meeting applauded after each vote was counted.",
])
def test_an_act_toward_a_thing_credits_nobody(text):
    sentence = only(text)
    assert sentence.attribution.act
    assert sentence.source is None and sentence.label == "unsourced"


@pytest.mark.parametrize("text", [
    "The mayor commented that the road was unsafe.",
    "She questioned whether the plan had worked.",
    "Residents sent a letter to the council saying the road was unsafe.",
])
def test_words_brought_in_are_credited(text):
    sentence = only(text)
    assert not sentence.attribution.act and sentence.source is not None


@pytest.mark.parametrize("text", [
    "She welcomed the ruling as a victory for tenants.",
    "He defended the cuts as necessary.",
])
def test_framing_a_thing_as_something_is_the_sources_judgement(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.source is not None
