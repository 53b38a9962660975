"""A live blog's entries open on the time they were posted ("10:55 A police
spokesperson told us ..."): the time is a label of the entry, kept in the
article students read, and no part of the first sentence or its source ("55
A police spokesperson" was a source). One number opening one paragraph is
text as ever."""

import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack

BLOG = (
    "Storm live: bridge closed\n\n"
    "10:55 A police spokesperson told us nobody was seriously hurt.\n\n"
    "11:37 One witness told us the water was coming into houses.\n\n"
    "12:05 The Environment Agency says river levels are still rising.\n"
)


def test_an_entrys_time_is_no_part_of_its_source():
    sources = [s.attribution.source for s in analyze(BLOG).sentences[1:]]
    assert sources == ["A police spokesperson", "One witness",
                       "The Environment Agency"]


def test_the_drafted_article_keeps_the_times_and_its_claims_do_not():
    files = draft_pack(BLOG, "storm")
    assert "\n\n11:37 One witness told us" in files["article.md"]
    quotes = [c["quote"] for c in yaml.safe_load(files["claims.yaml"])["items"]]
    assert "One witness told us the water was coming into houses." in quotes


def test_one_number_opening_one_paragraph_is_text():
    text = "Budget\n\n12.50 was the price of a ticket, the operator said.\n"
    assert analyze(text).sentences[-1].text.startswith("12.50")


def test_a_live_pages_own_notes_are_no_opinions():
    text = ("Storm live\n\nAll times are local. Police closed the bridge at noon. "
            "We have not been able to confirm this. We have corrected the 10:42 "
            "entry. We could not independently verify the footage. That is all "
            "from us for now.\n")
    kinds = [(s.text, s.kind) for s in analyze(text).sentences[1:]]
    assert kinds == [
        ("All times are local.", "boilerplate"),
        ("Police closed the bridge at noon.", "fact"),
        ("We have not been able to confirm this.", "fact"),
        ("We have corrected the 10:42 entry.", "fact"),
        ("We could not independently verify the footage.", "fact"),
        ("That is all from us for now.", "boilerplate"),
    ]


def test_the_writers_we_still_argues():
    text = "Storm live\n\nWe have not done enough to protect the town.\n"
    assert analyze(text).sentences[-1].label == "opinion"
