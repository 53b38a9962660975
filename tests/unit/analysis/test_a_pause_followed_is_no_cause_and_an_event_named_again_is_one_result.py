"""'Following a short break, the board resumed' tells what came after a
pause, no cause ('Following complaints, the council reviewed the plan' still
gives one); and a result named again by a bare noun ('The suspension was
prompted by ... Rising fuel prices also contributed to the decision') is the
same result, so a reason question never marks one of its causes wrong as
'the reason for something else'."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.questions import reason_items


def _causes(text):
    return [link["cause"] for s in analyze(text).sentences for link in s.causal]


@pytest.mark.parametrize("text", [
    "Following a short break, the county board resumed its meeting.",
    "Following the lunch break, the jury returned to the courtroom.",
    "Following two weeks, the parcel finally arrived.",
])
def test_a_pause_or_a_stretch_of_time_is_no_cause(text):
    assert _causes(text) == []


def test_an_event_after_following_is_still_a_cause():
    assert _causes("Following complaints from residents, the council reviewed "
                   "the plan.") == ["complaints from residents"]


ARTICLE = (
    "Ferry service suspended for winter\n\n"
    "The suspension was prompted by a shortage of qualified crew, according to "
    "the office. Rising fuel prices also contributed to the decision, director "
    "Nora Blake said.\n\n"
    "The bridge closed last year because of cracks in its deck. The bus depot "
    "moved to Harlow as a result of rising rents.\n\n"
    "Residents were angry about the cost of the new route."
)


def test_causes_of_one_event_named_twice_are_all_right_answers():
    items = reason_items(analyze(ARTICLE))
    asked = [i for i in items if "suspension" in i["prompt"].lower()]
    assert asked
    options = {o["text"]: o["correct"] for o in asked[0]["options"]}
    assert options["A shortage of qualified crew"] is True
    assert options["Rising fuel prices"] is True
    assert not any("decision" in prompt["prompt"] for prompt in items)
