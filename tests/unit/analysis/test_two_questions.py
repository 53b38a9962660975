"""A sentence answers two questions, what kind of statement it is and who stands
behind it; the learners' four labels combine them. Checked on a local news story
written for the tests (tests/fixtures/library_story.md)."""

from pathlib import Path

import pytest

from quizapp.analysis import analyze

STORY = Path(__file__).parents[2] / "fixtures" / "library_story.md"


@pytest.fixture(scope="module")
def story():
    return {s.text: s for s in analyze(STORY.read_text(encoding="utf-8")).sentences}


def find(story, start: str):
    return next(s for text, s in story.items() if text.startswith(start))


@pytest.mark.parametrize(
    ("start", "label", "kind", "source_kind"),
    [
        ("Council to close two libraries", "unsourced", "heading", "none"),
        ("The city council voted on Tuesday", "unsourced", "fact", "none"),
        ("Mayor Maria Chen said the council", "sourced", "fact", "named"),
        ("Maria Chen said the savings might", "speculation", "speculation", "named"),
        ("Two library staff members", "sourced", "fact", "anonymous"),
        ("Some analysts believe", "speculation", "speculation", "vague"),
        ("Experts say the loss", "speculation", "speculation", "vague"),
        ("According to the council's own figures", "sourced", "fact", "citation"),
        ("The changes are expected to take effect", "unsourced", "fact", "none"),
        ('"Closing a library is a short-sighted', "opinion", "opinion", "named"),
        ("Frankly, the council should have", "opinion", "opinion", "none"),
        ("Will the council change its mind?", "question", "question", "none"),
    ],
)
def test_each_sentence_of_the_story_gets_its_kind_and_its_source(
    story, start, label, kind, source_kind
):
    sentence = find(story, start)
    assert (sentence.label, sentence.kind, sentence.source_kind) == (
        label, kind, source_kind)


def test_a_named_persons_hedged_prediction_is_speculation_attributed_to_them(story):
    sentence = find(story, "Maria Chen said the savings might")
    assert sentence.source.source == "Maria Chen"
    assert "speculation, and it is sourced: Maria Chen said it" in (
        sentence.explanation)


def test_a_quoted_judgement_is_an_opinion_attributed_to_the_speaker(story):
    sentence = find(story, '"Closing a library')
    assert "an opinion, and it is sourced: Tom Barker said it" in (
        sentence.explanation)


def test_should_have_is_the_writers_stance_not_a_source_reporting(story):
    sentence = find(story, "Frankly, the council")
    assert sentence.attribution is None
    assert "writer's opinion" in sentence.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The new timetable is expected to begin on 4 May.",
        "The law is due to take effect next month.",
    ],
)
def test_a_scheduled_event_is_a_fact_not_a_guess(text):
    assert analyze(text).sentences[0].kind == "fact"


def test_a_forecast_without_a_schedule_stays_speculation():
    sentence = analyze("Prices are expected to rise sharply.").sentences[0]
    assert sentence.label == "speculation"


@pytest.mark.parametrize(
    "text",
    [
        "“I don't think either plan is a great idea,” said Ms Patel.",
        "Councillor Ahmed criticised the plan as rushed.",
        '"This is a wonderful day for the town," said the curator, Ana Ruiz.',
    ],
)
def test_reported_opinions_are_opinions_with_their_source(text):
    sentence = analyze(text).sentences[0]
    assert (sentence.kind, sentence.label) == ("opinion", "opinion")
    assert sentence.source_kind != "none"


def test_a_reported_event_stays_a_sourced_fact():
    sentence = analyze("Police said two people were arrested on Monday.").sentences[0]
    assert (sentence.kind, sentence.label, sentence.source_kind) == (
        "fact", "sourced", "named")


@pytest.mark.parametrize(
    "text",
    [
        '"This is really spectacular," said the mayor.',
        '"It is a disgrace," said the head teacher.',
        '"The service was shoddy and the staff inept," said Councillor Ahmed.',
    ],
)
def test_a_quoted_judgement_is_an_opinion_of_its_speaker(text):
    sentence = analyze(text).sentences[0]
    assert (sentence.kind, sentence.label) == ("opinion", "opinion")
    assert sentence.source_kind == "named"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor said the library would close.", "named"),
        ("The prime minister said the talks had failed.", "named"),
        ("The club's manager said the team was tired.", "named"),
        ("A senior minister said the talks had failed.", "anonymous"),
        ("The official said the road would reopen.", "anonymous"),
    ],
)
def test_an_office_with_one_holder_is_a_named_source(text, kind):
    assert analyze(text).sentences[0].source_kind == kind
