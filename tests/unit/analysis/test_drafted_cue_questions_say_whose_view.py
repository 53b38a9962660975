"""Drafted "which words show ..." questions say whose view a sentence gives: a
judgement in the writer's own voice is the writer's opinion, a quoted one is
its speaker's, and the prompt never calls a quoted view the writer's; a later
sentence of a quotation is asked with its speaker's name before it."""

from quizapp.analysis import analyze
from quizapp.analysis.questions import cue_items

TEXT = """Ferry fares

The ferry company cut the winter timetable to two crossings a day.

Councillor Ada Pike called the cut "a disgraceful betrayal of island families."

Frankly, the company should have asked the islanders before cutting anything.
"""


def _item(start: str) -> dict:
    items = cue_items(analyze(TEXT), ("opinion",))
    return next(i for i in items if i["evidence"][0].startswith(start))


def test_a_quoted_judgement_is_asked_about_as_an_opinion_not_the_writers():
    item = _item("Councillor Ada Pike")
    assert item["prompt"].endswith("Which words show that this is an opinion "
                                   "rather than a report?")
    assert "writer" not in item["prompt"]
    wrong = [o["feedback"] for o in item["options"] if not o["correct"]]
    assert wrong and all("the speaker's certainty" in f for f in wrong)


def test_the_writers_own_judgement_is_asked_about_as_the_writers_opinion():
    item = _item("Frankly")
    assert item["prompt"].endswith("Which words show that this is the writer's "
                                   "opinion rather than a report?")
    wrong = [o["feedback"] for o in item["options"] if not o["correct"]]
    assert wrong and all("the writer's certainty" in f for f in wrong)


def test_a_later_sentence_of_a_quotation_is_asked_with_its_speaker():
    text = ("“The bridge was neglected for years,” said Councillor Ada Pike. "
            "“It is a disgrace that residents are paying the price.”")
    items = cue_items(analyze(text), ("opinion",))
    item = next(i for i in items if i["evidence"][0].startswith("“It is"))
    # quoted once: its own marks are the prompt's, not nested inside them
    assert item["prompt"].startswith("Councillor Ada Pike said: “It is a disgrace")
