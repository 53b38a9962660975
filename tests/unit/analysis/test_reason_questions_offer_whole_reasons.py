"""Reason questions ask for the reasons the article gives for one result at a
time ("What reason does the article give for this: “...”?"): its causes are
right, the reasons the article gives for other things and its results wrong.
They are drafted only from causes and results a learner can judge on their
own: whole phrases, not stretches cut from a clause, a report or a speaker's
"I"; only when the article gives at least two causes; and the words crediting
a result are not part of it ("The department said", "according to ..."); a
result that points back to one told before ("the bigger effect") asks
nothing, and an event named again by a bare noun ("the closures") is the
result told just before."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.questions import _reads_as_reason, reason_items

CLOSURES = (
    "The council closed two libraries because of budget cuts. "
    "Falling visitor numbers also led to the closures. "
    "The closures prompted protests outside the town hall. "
    "Rising rents forced three shops on the high street to close."
)


def _options(item: dict) -> dict[str, str]:
    return {o["text"]: o["feedback"] for o in item["options"]}


def test_each_question_asks_for_the_reasons_of_one_result():
    first = reason_items(analyze(CLOSURES))[0]
    assert first["prompt"] == ("What reason does the article give for this: “The "
                               "council closed two libraries”? Select every reason "
                               "it gives.")
    # "the closures" the next sentence names are the same result, so its
    # cause is a right answer too
    assert {o["text"] for o in first["options"] if o["correct"]} == {
        "Budget cuts", "Falling visitor numbers"}
    options = _options(first)
    assert "something else" in options["Rising rents"]
    assert "a result, not a reason" in options["Protests outside the town hall"]
    assert first["evidence"] == ["The council closed two libraries because of "
                                 "budget cuts."]


def test_a_cause_that_is_also_a_result_is_never_offered_as_a_result():
    # the closures are a result of budget cuts and a cause of protests
    for item in reason_items(analyze(CLOSURES)):
        options = _options(item)
        assert "a result" not in options.get("The council closed two libraries", "")
        assert "The closures" not in options  # the same event, named again
        assert len({text.casefold() for text in options}) == len(options)


@pytest.mark.parametrize(("text", "result"), [
    ("Exports fell by 40 percent in the second quarter, according to the "
     "statistics office, because the main crossing has been closed since April.",
     "Exports fell by 40 percent in the second quarter"),
    ("The mayor said the town would be hit hard because the plant is its largest "
     "employer.", "the town would be hit hard"),
    # the credit and who the source is, closing the result
    ("Moves against the two broadcasters led to their removal from all but one "
     "of the stations, said Jeffrey Trimble, a senior official with the board "
     "that oversees them.", "their removal from all but one of the stations"),
])
def test_the_words_crediting_a_result_are_not_part_of_it(text, result):
    text += " Falling visitor numbers led to the closures of two libraries."
    prompts = [item["prompt"] for item in reason_items(analyze(text))]
    assert f"What reason does the article give for this: “{result}”? Select every " \
           "reason it gives." in prompts


@pytest.mark.parametrize("sentence", [
    "A hearing is due to take place in June.",
    "Pell was led to the cells by two officers.",
    "She had pushed for the change for years.",
    "Firefighters drove back to the fire line at dawn.",
    "A senior aide, speaking on condition of anonymity because the talks were "
    "private, said a deal was near.",
    # a passive with its "were" left out: "forced" takes its object first
    "Papers that break the line are pressured to change course and, in the "
    "worst cases, forced out of business.",
])
def test_a_schedule_a_passive_move_an_urging_a_journey_or_an_asides_reason_is_no_cause(
        sentence):
    (analysed,) = analyze(sentence).sentences
    assert analysed.causal == []


def test_a_cause_in_the_passive_is_the_agent():
    (sentence,) = analyze("The damage was caused by water leaking into the "
                          "joints.").sentences
    (link,) = sentence.causal
    assert (link["cause"], link["effect"]) == ("water leaking into the joints",
                                               "The damage")


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


def test_a_draft_with_two_reason_questions_is_a_valid_pack(tmp_path):
    from quizapp.analysis.draft import draft_pack
    from quizapp.packs.validate import read_pack

    files = draft_pack("Library closures\n\n" + CLOSURES, "closures")
    assert "why-02" in files["questions.yaml"]
    assert "&id" not in files["questions.yaml"]  # no item shares another's dict
    folder = tmp_path / "closures"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(content)
    read_pack(folder)  # raises PackError when the pack is refused


@pytest.mark.parametrize(("sentence", "links"), [
    ("Northway cancelled 6 percent of its trains last year, mostly because of "
     "staff shortages.",
     [("staff shortages", "Northway cancelled 6 percent of its trains last year")]),
    ("The plant closed not because of demand but because of costs.",
     [("costs", "The plant closed")]),
    ("The delay was not due to the weather.", []),
])
def test_a_hedged_or_denied_cause_is_cut_from_the_result(sentence, links):
    (analysed,) = analyze(sentence).sentences
    assert [(link["cause"], link["effect"]) for link in analysed.causal] == links


def test_a_result_that_points_back_asks_nothing():
    text = ("The researchers said the loss of sleep was partly due to the blue light "
            "from screens. But they said the bigger effect was probably because "
            "pupils simply stayed awake longer. Falling visitor numbers led to the "
            "closures of two libraries.")
    prompts = " ".join(item["prompt"] for item in reason_items(analyze(text)))
    assert "the bigger effect" not in prompts.lower()


def test_two_causes_joined_by_and_are_two_reasons_to_select():
    text = ("The factory lost money because energy prices had doubled and orders "
            "from car makers had fallen sharply. Rising rents forced three shops "
            "to close. The closures prompted protests outside the town hall.")
    first = reason_items(analyze(text))[0]
    assert {o["text"] for o in first["options"] if o["correct"]} == {
        "Energy prices had doubled", "Orders from car makers had fallen sharply"}


def test_the_same_cause_told_again_is_no_second_reason():
    text = ("The factory closed because energy prices had doubled. Two smaller "
            "plants shut last year due to the same rise in energy costs. Rising "
            "rents forced three shops to close. The closures prompted protests.")
    for item in reason_items(analyze(text)):
        assert not any("same rise" in o["text"] for o in item["options"])


def test_a_cause_is_offered_without_the_words_that_credit_it():
    text = ("Waiting lists grew because of a winter surge in flu admissions. The "
            "trust added that staff shortages in its theatre teams had also led "
            "to lists being cut back. Beds were full because there was simply "
            "nowhere to put people afterwards.")
    texts = {o["text"] for item in reason_items(analyze(text)) for o in item["options"]}
    assert "Staff shortages in its theatre teams" in texts
    assert not any(t.startswith("The trust added") for t in texts)


def test_the_articles_own_question_is_answered_only_by_the_reasons_after_it():
    # "Why the change?" in a long report is not answered by every cause it
    # gives: only by those in the sentences after it, up to the next question
    text = (
        "The council closed two libraries because of budget cuts. "
        "Falling visitor numbers also led to the closures. "
        "Why the new timetable? "
        "Rising fuel costs forced the operator to cut sailings. "
        "A shortage of crew also led to the cuts. "
        "The cuts prompted protests at the harbour."
    )
    (asked,) = [item for item in reason_items(analyze(text))
                if item["prompt"].startswith("Why the new timetable?")]
    right = {o["text"] for o in asked["options"] if o["correct"]}
    assert {"Rising fuel costs", "A shortage of crew"} <= right
    assert not right & {"Budget cuts", "Falling visitor numbers"}
