"""What a whole people wants, knows or is tired of, said for them by a
speaker ("Voters here don't care who the establishment likes", "Everybody
knows the parties find ways round it", "Parents can read a score sheet"), is
a sweeping claim on others' minds: the speaker's opinion. What people do
("People are leaving the city"), when they vote, and what a particular group
asks for ("Residents want the road reopened") are reports. A view vouched for
as the plain truth ("the truth is that ...", "the fact is that ...") is the
speaker's view too."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "“Voters here don't care who the establishment likes,” Whitlock said.",
    "“People here want someone who has actually run something,” she said.",
    "“Everybody knows the national parties find ways round it,” said Alastair Benn.",
    "“Parents can read a score sheet,” the senator said.",
    "“But people are not interested in a sideshow,” Mistry said.",
])
def test_a_claim_on_a_whole_peoples_mind_is_the_speakers_opinion(text):
    sentence = only(text)
    assert sentence.label == "opinion" and sentence.source_kind == "named"


@pytest.mark.parametrize("text", [
    "“Voters go to the polls on Tuesday,” she said.",
    "“People are leaving the city,” he said.",
    "“Residents want the road reopened by May,” the council said in a statement "
    "that listed 40 complaints.",
])
def test_what_people_do_or_ask_for_is_reported(text):
    assert only(text).label == "sourced"


def test_a_later_sentence_of_the_quotation_is_read_the_same_way():
    from quizapp.analysis import analyze

    text = ("“We are out knocking on doors every day,” Mistry said. “People here "
            "want someone who has actually run something.”")
    sentence = analyze(text).sentences[-1]
    assert sentence.label == "opinion" and "Mistry" in sentence.explanation


@pytest.mark.parametrize("text", [
    "“But the truth is that Donald Trump has a unique way of communicating,” she "
    "said.",
    # the source "he" is not struck out of "the" and "she" (it was, and the
    # framing went unseen)
    "“And the fact is that she has no idea what happened,” he said.",
])
def test_a_view_vouched_for_as_the_plain_truth_is_an_opinion(text):
    assert only(text).label == "opinion"


def test_the_fact_is_in_the_writers_voice_still_reports_a_fact():
    assert only("The fact is that the bridge closed in May.").label == "unsourced"
