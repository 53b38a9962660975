"""Idioms of blame ("dragged its feet", "buried their heads in the sand",
"left to pick up the bill") assert a fault whoever says them, and verdicts
such as "a missed opportunity" or "baffling" judge what they are said of: the
sentence is an opinion, the writer's or the quoted speaker's."""

import pytest

from .sentences import last


@pytest.mark.parametrize("text", [
    "The government has dragged its feet on flood defences.",
    "Ministers have buried their heads in the sand.",
    "Once again, taxpayers are left to pick up the bill.",
    "For years, managers turned a blind eye to the abuse.",
    "This was a missed opportunity.",
    "The league's decision is baffling.",
    "The numbers simply do not add up.",
])
def test_the_writers_idiom_or_verdict_is_an_opinion(text):
    sentence = last(text)
    assert sentence.label == "opinion", sentence.explanation
    assert sentence.source_kind == "none"


def test_a_quoted_idiom_is_the_speakers_opinion():
    sentence = last("“The council has dragged its feet for years,” she said.")
    assert (sentence.label, sentence.source_kind) == ("opinion", "named")


@pytest.mark.parametrize("text", [
    "Doctors were baffled by the symptoms.",
    "The two columns did not add up to 100.",
])
def test_a_feeling_reported_or_a_sum_is_no_verdict(text):
    assert last(text).kind == "fact"


@pytest.mark.parametrize(("text", "source_kind"), [
    ("The council's efforts pale by comparison.", "none"),
    ("The new stadium pales in comparison with the old one.", "none"),
    ("“They are gaming the system,” she said.", "named"),
    ("The plan remains vague on the details.", "none"),
    ("The proposal is vague about who would be eligible, experts say.", "vague"),
])
def test_ranking_as_less_gaming_the_system_and_a_vague_plan_judge(text,
                                                                    source_kind):
    sentence = last(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", source_kind)


@pytest.mark.parametrize("text", [
    "The Mexican president has already tripped over himself trying to deal "
    "with the candidate on Monday.",
    "The council shot itself in the foot when it closed the depot in 2019.",
    "They have a point: the reform may make the parliament less representative.",
])
def test_a_verb_phrase_idiom_of_verdict_is_asserted_wherever_it_stands(text):
    sentence = last(text)
    assert sentence.label == "opinion", sentence.explanation
    assert any(c["predicative"] for c in sentence.opinion_cues)


def test_a_judging_word_after_stayed_is_asserted():
    # "stay" links a thing to what it is, like "remain"
    sentence = last("The campaign has stayed vague on the details, an analyst said.")
    assert sentence.label == "opinion"
    assert any(c["text"] == "vague" and c["predicative"]
               for c in sentence.opinion_cues)


@pytest.mark.parametrize(("text", "label"), [
    ("I have lived here for 31 years, and I have never seen public transport as "
     "neglected as it is today.", "opinion"),
    ("The park has been neglected for years.", "opinion"),
    ("Neglected tropical diseases affect a billion people.", "unsourced"),
])
def test_neglected_faults_those_who_should_care_unless_it_names_a_class(text,
                                                                        label):
    assert last(text).label == label


@pytest.mark.parametrize(("text", "source_kind"), [
    ("The four-day week is a gamble with children's education that the board "
     "has no right to take.", "none"),
    ("“They had no right to do that,” she said.", "named"),
])
def test_a_right_denied_judges(text, source_kind):
    sentence = last(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", source_kind)


def test_a_connective_between_the_verb_and_its_judging_word_keeps_it_asserted():
    sentence = last("He added that the findings were nonetheless encouraging and "
                    "worth testing in a randomised trial.")
    assert (sentence.label, sentence.source_kind) == ("opinion", "named")


@pytest.mark.parametrize(("text", "source_kind"), [
    ("For them, the number 14 is not a convenience; it is the way they get to "
     "work.", "none"),
    ("That argument gets things backwards.", "none"),
    ("Some farmers' groups say scientists blame them unfairly.", "vague"),
])
def test_a_name_denied_an_argument_inverted_or_a_judging_adverb_closing_a_clause(
        text, source_kind):
    sentence = last(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", source_kind)


@pytest.mark.parametrize("text", [
    "Her celebration, a sprint to the corner flag, said everything about what "
    "the win meant.",
    "The decision says a lot about the council's priorities.",
    "That silence speaks volumes.",
])
def test_what_a_thing_shows_of_its_maker_is_a_verdict(text):
    sentence = last(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", "none")


def test_fundamentally_sound_is_a_verdict_structurally_sound_a_finding():
    sentence = last("The chief executive told analysts that the business remained "
                    "\"fundamentally sound\".")
    assert (sentence.label, sentence.source_kind) == ("opinion", "named")
    assert last("The bridge was found to be structurally sound.").label != "opinion"
