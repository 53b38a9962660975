"""A recommendation judges whoever makes it (the labelling guide: "kind is
opinion when the words judge or recommend (whoever says them)"): a modal of
duty or need inside quoted or reported words makes the sentence the speaker's
opinion, unless it tells a past necessity, a guess, a condition, a question or a
rule with a date. A verb that reports someone attacking, praising, urging or
framing reports that person's opinion."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.deontic import recommendations

from .sentences import only


def modals(text: str) -> list[str]:
    return [text[s:e] for s, e in recommendations(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "“We need to stop blaming each other for the flooding,” the mayor said.",
        "“This country has to find a fairer way to pay for its roads,” she said.",
        "The governor said everyone should keep a week of water at home.",
        "The bishop said the floods demand that all of us help our neighbours.",
        "“It's time to rebuild the harbour wall,” the harbour master said.",
        "“There has to be a better way to run the ferry,” a passenger said.",
        "“I urge everyone to register before the deadline,” the clerk said.",
        "“Let's focus on the schools first,” the councillor said.",
        "“We need more lifeguards on the north beach,” the captain said.",
        "“People should read the plan before they vote on it,” Ms Varga said.",
        "“Nobody should lose their job over this,” the shop steward said.",
        "Ms Lee said voters should reject the plan in May.",
        "“The council should have listened to the people who live here,” "
        "said Jorge Alvarez.",
        "The inspector said the ferry company ought to have warned passengers.",
    ],
)
def test_a_reported_recommendation_is_the_speakers_opinion(text):
    sentence = only(text)
    assert sentence.kind == "opinion"
    assert sentence.label == "opinion"
    assert sentence.source is not None


def test_the_explanation_says_the_modal_recommends_and_names_the_speaker():
    sentence = only("“We need to stop blaming each other,” Mayor Ilse Varga said.")
    assert "'need to' recommends what should be done" in sentence.explanation
    assert "Ilse Varga said it" in sentence.explanation


def test_a_recommendation_continuing_a_quotation_is_the_speakers_opinion():
    text = ("“The storm cost us the pier,” Mayor Ilse Varga said. “And this town "
            "has to find new ways of paying for the sea wall.”")
    analysis = analyze(text)
    second = analysis.sentences[1]
    assert "find new ways" in second.text
    assert second.kind == "opinion"
    assert second.quoted_from is not None


@pytest.mark.parametrize(
    "text",
    [
        "“She didn't need to hear any more,” her brother said.",
        "Residents had to be evacuated, the fire chief said.",
        "“We had to leave everything behind,” the farmer said.",
        "“We needed to get out fast,” the driver said.",
        "“If we have to close the school, we will,” the principal said.",
        "“I have to say the crossing was calm,” the captain said.",
        "The firm has to file its accounts by March, the regulator said.",
        "“People must wear masks on the ferry from Monday,” the officer said.",
        "The report said people need to wait longer for surgery.",
        "The judge said the company must pay $3 million to the town.",
    ],
)
def test_a_past_necessity_a_condition_or_a_dated_rule_is_no_recommendation(text):
    assert only(text).kind != "opinion"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we must have missed the turn", []),
        ("the crew asked how we should pay for it", []),
        ("the crew asked what we should do", []),
        ("that is what we have to do", ["have to"]),
        ("we don't need to raise the fare", ["don't need to"]),
        ("our party must change", ["must"]),
        ("the council should have asked voters", ["should have"]),
        ("the clerk should not have been so rude", ["should not have"]),
        ("prices should fall next year", []),
        ("we’ve got to fix the roads", ["’ve got to"]),
        ("you've got to see the harbour", ["'ve got to"]),
        ("it is high time for the council to act", ["it is high time for the "
                                                    "council to"]),
    ],
)
def test_the_modal_recommends_only_with_a_present_duty_and_an_action(text, found):
    assert modals(text) == found


def test_a_modal_in_the_writers_voice_still_counts_as_the_writers_stance():
    sentence = only("We should rebuild the pier before winter.")
    assert sentence.kind == "opinion"
    assert "nobody is quoted" in sentence.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Moss attacked her rival as a fraud during the debate.",
        "The mayor railed against the ferry company at the meeting.",
        "Two residents implored the council to keep the library open.",
        "The coach lashed out at the referees after the match.",
        "The minister blasted the report on Monday.",
        "The union rebuked the board for the pay cuts.",
        "Critics dismissed the report as a whitewash.",
        "Her supporters called her ''a visionary'' for the plan.",
        "The head teacher commended the pupils for their calm.",
        "The widow pleaded with the court to show mercy.",
    ],
)
def test_a_verb_that_reports_a_judgement_reports_the_sources_opinion(text):
    sentence = only(text)
    assert sentence.kind == "opinion"
    plea = any(verb in text for verb in ("implored", "pleaded"))
    assert ("reports advice or a plea" if plea else "reports a judgement") in \
        sentence.explanation


@pytest.mark.parametrize(
    "text",
    [
        "He pleaded guilty to fraud in March.",
        "The council called for more information on the costs.",
        "The harbour master dismissed the crew at noon.",
        "The ferry was run by a man called Smith, the report said.",
        "The mayor described the flood in detail, the paper said.",
    ],
)
def test_a_plea_a_request_a_dismissal_or_a_name_reports_no_judgement(text):
    assert only(text).kind != "opinion"


@pytest.mark.parametrize("text", [
    "Helen Ashworth said the government should offer emergency grants.",
    "“The government needs to stop treating this as a seasonal problem,” she "
    "said.",
    "The union said the council should publish a clear timetable.",
    "“Ministers need to stop making announcements and start releasing the "
    "money,” he said.",
    "She said lawmakers should return to the capital.",
    "Senator Truesdale told reporters he had read the remarks and said Haskett "
    "should apologize.",
    "The chair said that Ms Ortiz should step aside.",
])
def test_what_a_party_should_do_is_the_speakers_advice(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind == "named"


def test_what_a_thing_should_do_is_an_expectation_not_advice():
    assert only("Prices should fall next year, the bank said.").label != "opinion"


@pytest.mark.parametrize("text", [
    "“The city treats this street like an afterthought. That has to change,” "
    "she said.",
    "“Something has to give,” the union said.",
])
def test_a_state_that_has_to_change_is_the_speakers_advice(text):
    from quizapp.analysis import analyze
    assert analyze(text).sentences[-1].label == "opinion"


def test_what_has_to_change_by_a_rule_is_no_advice():
    assert only("The rule says the locks have to change by 2027.").label != \
        "opinion"


def test_hindsight_judges_what_should_have_happened():
    sentence = only('"We should have been out of sight by half-time," said the '
                    "manager.")
    assert sentence.label == "opinion"
    assert "'should' judges what should have happened" in sentence.explanation


def test_i_should_say_is_an_aside_on_the_telling_not_advice():
    sentence = only("It is also, I should say at the outset, uneven.")
    assert not any(c["text"] == "should" for c in sentence.opinion_cues)
    advice = only("You should say sorry.")
    assert any(c["text"] == "should" for c in advice.opinion_cues)


@pytest.mark.parametrize("text", [
    '"When we tell you to go, please go," she said.',
    '"Stay indoors and keep windows shut," the agency said.',
])
def test_a_quoted_command_or_request_is_the_speakers_advice(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", ["For now, go for the pie.", "Instead, try the tart."])
def test_the_writers_advice_after_an_opening_phrase_is_an_opinion(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text, label", [
    ("Start with the scale of the problem.", "opinion"),
    ("Compare that with Finland.", "opinion"),
    ("Start times vary by school.", "unsourced"),
])
def test_the_writer_telling_the_reader_where_to_look_takes_a_stance(text, label):
    assert only(text).label == label


def test_a_first_person_encouragement_recommends():
    from .sentences import only
    sentence = only("The consultation closes on 14 June, and I would encourage "
                    "every resident who walks along Hollins Road to respond.")
    assert sentence.label == "opinion"
    assert only("The scheme was set up in 2019 to encourage residents to "
                "recycle.").label == "unsourced"


def test_a_duty_after_a_who_clause_on_its_own_subject_recommends():
    # "anyone who feels unwell should call": the "who" describes the subject,
    # it asks nothing ("arguing about who should pay" still names a duty in
    # question)
    from .sentences import only
    sentence = only("The smoke may contain irritants, and anyone who feels unwell "
                    "should call 111, she said.")
    assert (sentence.label, sentence.source_kind) == ("opinion", "named")
    assert only("Anyone who has done that arithmetic should be nervous.").label \
        == "opinion"
