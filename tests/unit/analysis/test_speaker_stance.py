"""A reported speaker's words can judge in the first person, pin a label on
someone, or commit the speaker to an act; each is told apart from a plain
report and from a forecast."""

import pytest

from .sentences import only


@pytest.mark.parametrize(
    "text",
    [
        '"I am so proud of this team," the coach told reporters.',
        '"It really amazed me how fast the crew worked," the owner said.',
        '"I sort of felt like a stranger in my own town," Ms. Hale said.',
        '"We were deeply disappointed by the ruling," the union said.',
        '"We are pleased with the court\'s decision," the lawyer said.',
        '"I\'m very, very troubled by that," the governor said.',
        '"We can\'t believe they closed the library," a parent said.',
        "The coach told reporters that she was not at all satisfied with the draw.",
        'He told a crowd in Leeds that he was "alarmed" by the closures.',
    ],
)
def test_a_speakers_first_person_feeling_is_an_opinion_attributed_to_them(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize(
    "text",
    [
        '"I was in the office when the alarm went off," the clerk said.',
        '"We are opening two more branches in May," the bank said.',
    ],
)
def test_a_speakers_first_person_report_stays_a_sourced_fact(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "Her rival called her a coward at the debate.",
        "The mayor called the budget a disgrace on Monday.",
        'The senator called the plan "a gift to polluters."',
        "The economist called the rate rise a mistake.",
    ],
)
def test_calling_someone_something_reports_a_judgement(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "The report called for a new bridge across the river, officials said.",
        "Neighbours called the police at midnight, the sheriff said.",
    ],
)
def test_calling_for_something_or_calling_someone_up_is_no_judgement(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called a meeting for Tuesday.",
        "Her father called the police after the fight.",
        "The governor called a press conference to announce the closures.",
        "Her father called the police a day later.",
    ],
)
def test_a_call_made_or_a_meeting_called_is_an_act_that_credits_nobody(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source_kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        '"I will vote for the new budget," the councillor said.',
        '"I will tell the committee everything," Mr. Ray said.',
        '"If the ruling stands, we will appeal," the company said.',
        '"The branch will not open tomorrow," the bank said.',
    ],
)
def test_a_speakers_own_promise_or_a_dated_plan_is_a_sourced_statement(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        '"I will win this seat back," the candidate said.',
        '"We will achieve justice for this family," the chief said.',
        '"The plant will close within a year," the union said.',
        '"I will make you this promise: the plant will reopen," the owner said.',
    ],
)
def test_a_forecast_in_a_quotation_is_still_speculation_even_after_a_promise(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize(
    "text",
    [
        "The bakers' union said it expected sales to recover by the spring.",
        "Ms. Patel said she expected to sell the farm for at least $2 million.",
    ],
)
def test_a_source_that_expects_something_speculates(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares rose less than expected last year, the port said.",
        "Ticket sales were higher than expected, the theatre said.",
    ],
)
def test_a_comparison_with_expected_stays_sourced(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "I am deeply troubled by what happened at the depot last week.",
        "We were delighted with the turnout at the fair.",
        "I cannot fathom how the council has escaped a single inquiry.",
    ],
)
def test_a_writers_first_person_feeling_is_the_writers_opinion(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        '"I want to assure every family that the school opens on time," she said.',
        "The clerk said she was in the office when the alarm went off.",
    ],
)
def test_an_aim_or_a_whereabouts_in_the_first_person_is_no_feeling(text):
    assert only(text).label != "opinion"


@pytest.mark.parametrize(
    "text",
    [
        '"Frankly, the contractor has let everyone down," the minister said.',
        '"Honestly," said Ruiz, "it is a miracle nobody died."',
    ],
)
def test_a_speaker_vouching_for_their_candour_gives_their_view(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('"This is not a protest, it\'s a movement," the organiser said.',
         "opinion"),
        ('"It is not about money but about respect," the union leader said.',
         "opinion"),
        ('"It\'s a survey, not an experiment," the statistician said.', "sourced"),
        ('"The meeting is on Tuesday, not Wednesday," the clerk said.', "sourced"),
    ],
)
def test_a_name_denied_and_another_put_in_its_place_frames_a_view(text, label):
    assert only(text).label == label
