"""A short label set over its paragraph with no blank line between ("About
BrightDesk", "Media contact") is a heading, not the start of the first
sentence; the lines of a hard-wrapped paragraph stay one sentence."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze

INTRO = "Councillors met on Monday evening to vote on the budget for next year.\n\n"


def sentences(text: str) -> list[tuple[str, bool]]:
    return [(s.text, s.is_heading) for s in analyze(INTRO + text).sentences[1:]]


@pytest.mark.parametrize("label", ["About BrightDesk", "Media contact",
                                   "Notes to Editors"])
def test_a_label_line_over_prose_is_a_heading_of_its_own(label):
    found = sentences(f"{label}\nBrightDesk makes software for schools and "
                      "libraries. It was founded in 2015.")
    assert found[0] == (label, True)
    assert found[1] == ("BrightDesk makes software for schools and libraries.",
                        False)


@pytest.mark.parametrize("text", [
    "The council voted on Tuesday to close two\nlibraries in the north of the "
    "town, the mayor said.",
    "The vote was close, according to\nMaria Chen, who chairs the finance "
    "committee of the council.",
])
def test_the_lines_of_a_hard_wrapped_paragraph_stay_one_sentence(text):
    assert sentences(text) == [(text, False)]


def test_short_lines_under_a_short_line_are_a_list_not_a_label():
    text = "Stop lying\nShow humility\nFill in the gaps in his policy proposals."
    assert [heading for _, heading in sentences(text)] == [False]
