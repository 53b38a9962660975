"""Signs, indications and evidence that "suggest" something hold no view of
their own: the writer reads them, a guess in the writer's voice ("Early signs
suggest the scheme is working"), while a study or a report that suggests
passes a claim on. A common word that opens a sentence ("Early", "Initial") is
no name, however it is capitalised."""

import pytest

from quizapp.analysis.sources import is_person_like, kind_of

from .sentences import only


@pytest.mark.parametrize("text", [
    "Early signs suggest the scheme is working.",
    "The signs suggest the scheme is working.",
    "Early indications suggest demand is falling.",
])
def test_signs_that_suggest_are_the_writers_guess(text):
    sentence = only(text)
    assert sentence.label == "speculation"
    assert sentence.source_kind == "none"
    assert "'suggest'" in sentence.explanation


def test_evidence_that_suggests_is_a_guess_not_a_report():
    assert only("The evidence suggests the scheme is working.").label == \
        "speculation"


def test_a_study_that_suggests_still_passes_a_claim_on():
    assert only("A study suggests that late coffee shortens sleep.").label == \
        "sourced"


@pytest.mark.parametrize("phrase", ["Early signs", "Early indications",
                                    "Initial estimates", "Latest figures"])
def test_a_capitalised_opening_word_is_no_name(phrase):
    assert kind_of(phrase) != "named"


@pytest.mark.parametrize("phrase", ["Early signs", "the evidence", "Signs"])
def test_signs_hold_no_view(phrase):
    assert not is_person_like(phrase)


def test_replays_that_suggest_are_read_as_signs_are():
    assert only("Replays suggested Penhaligon had been clipped.").label == \
        "speculation"


@pytest.mark.parametrize("phrase", ["the landlord", "his onetime deputy",
                                    "the tenant"])
def test_one_person_by_what_they_are_to_someone_is_anonymous(phrase):
    assert kind_of(phrase) == "anonymous"


@pytest.mark.parametrize("text", [
    "Behind the diplomatic language, the gap appears wide.",
    "She appeared calm, but her hands shook.",
])
def test_how_a_thing_appears_is_the_writers_reading(text):
    assert [h["text"] for h in only(text).hedges] in (["appears"], ["appeared"])


@pytest.mark.parametrize("text", ["He appeared in court on Monday.",
                                  "The name appears twice."])
def test_appearing_somewhere_guesses_nothing(text):
    assert only(text).hedges == []
