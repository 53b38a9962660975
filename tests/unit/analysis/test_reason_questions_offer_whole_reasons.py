""""Which reasons does the article give?" is drafted only from causes and
results a learner can judge on their own: whole phrases, not stretches cut
from a clause, a report or a speaker's "I"; and only when the article gives at
least two causes and two results to tell them from."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.questions import _reads_as_reason, reason_items

CLOSURES = (
    "The council closed two libraries because of budget cuts. "
    "Falling visitor numbers also led to the closures. "
    "The closures prompted protests outside the town hall. "
    "Rising rents forced three shops on the high street to close."
)


def _options(text: str) -> dict[str, bool]:
    (item,) = reason_items(analyze(text))
    return {o["text"]: o["correct"] for o in item["options"]}


def test_the_articles_causes_are_right_and_its_results_wrong():
    options = _options(CLOSURES)
    assert options["Budget cuts"] and options["Falling visitor numbers"]
    assert options["Rising rents"]
    assert not options["Protests outside the town hall"]


def test_a_cause_that_is_also_a_result_is_never_a_wrong_option():
    # "the closures" are a result of falling numbers and a cause of protests
    options = _options(CLOSURES)
    assert options.get("The closures") is not False
    assert len({text.casefold() for text in options}) == len(options)


def test_causes_only_speakers_give_make_no_question():
    text = (
        "We closed the branch because we had no choice, said the mayor. "
        "I think the cuts caused the closures, said one resident. "
        "The closures prompted protests outside the town hall."
    )
    assert reason_items(analyze(text)) == []


def test_one_cause_makes_no_question():
    text = (
        "The council closed two libraries because of budget cuts. "
        "The libraries had opened in 1964 and 1971."
    )
    assert reason_items(analyze(text)) == []


@pytest.mark.parametrize(
    "stretch",
    [
        "I just know that the mayor",
        "The governor said the unions and the press",
        "A set of building rules that",
        "Through by the council",
        "“appropriate assistance",
        "Why did they",
        "Cuts",
    ],
)
def test_stretches_cut_from_a_clause_are_not_reasons(stretch):
    assert not _reads_as_reason(stretch)


@pytest.mark.parametrize(
    "reason",
    ["Budget cuts", "Falling visitor numbers", "Opposition by the insurance lobby",
     "The growing instability within Syria, coupled with economic pressure"],
)
def test_whole_phrases_are_reasons(reason):
    assert _reads_as_reason(reason)
