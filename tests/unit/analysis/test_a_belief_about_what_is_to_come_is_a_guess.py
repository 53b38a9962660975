"""The labelling guide: "I think it will" is speculation, whoever says it; a
belief about what is (or a judgement beside the guess) is an opinion. And a
verdict noun with a plain sense beside it ("disaster relief", "a natural
disaster") judges only when asserted ("It's a disaster")."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "“I think we will win this seat,” Whitfield said.",
    "I believe the new parking rules will drive shoppers to the mall.",
])
def test_a_belief_about_what_is_to_come_is_speculation(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    "“I think she is wrong,” he said.",
    "“I think the referee will be very fair,” the coach said.",
    "I think the council is wrong.",
])
def test_a_belief_about_what_is_or_a_judgement_beside_the_guess_is_an_opinion(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize(("text", "label"), [
    ("“It's a disaster,” one shop owner said of the road closure.", "opinion"),
    ("He said the decision was a mistake.", "opinion"),
    ("“This is a joke,” she said.", "opinion"),
    ("“It was a complete disaster from start to finish,” one parent said.",
     "opinion"),
    ("Critics say the tax break is a handout to wealthy developers.", "opinion"),
    ("The teacher gave each pupil a handout.", "unsourced"),
    ("Disaster relief arrived on Monday.", "unsourced"),
    ("The circus came to town on Friday.", "unsourced"),
    ("The clerk made a mistake on the form.", "unsourced"),
    ("The defendant received a fair trial in 2019.", "unsourced"),
])
def test_a_verdict_noun_judges_only_when_asserted(text, label):
    assert only(text).label == label


@pytest.mark.parametrize("text", [
    "Ashby said she hoped another hardware retailer would take over the space.",
    "He said they feared the river would rise again by Friday.",
    "Budget analysts for the city have projected that sales tax collections "
    "will grow about 2 percent next year.",
])
def test_a_belief_or_a_projection_of_what_is_to_come_told_of_a_source_guesses(text):
    sentence = only(text)
    assert sentence.label == "speculation"
    assert sentence.source_kind != "none"



@pytest.mark.parametrize("text", [
    "“We think the jury was asked to fill in a lot of gaps, and we think an "
    "appeals court will see that,” he said.",
    "“I think the campaign is built for cable news, and I think that’s going to "
    "be a problem in November,” she said.",
])
def test_a_view_before_a_guess_in_its_own_clause_makes_an_opinion(text):
    assert only(text).label == "opinion"


def test_a_fear_in_the_speakers_description_is_not_what_they_said():
    sentence = only("Two former staffers, who spoke on the condition of anonymity "
                    "because they feared retaliation, said they had never heard of "
                    "the firm and could not recall its owner attending any events.")
    assert sentence.label == "sourced"


def test_they_believe_of_what_can_be_done_after_a_report_guesses():
    assert only("Aides have said for months that they believe those voters can "
                "be coaxed back to the polls.").label == "speculation"


@pytest.mark.parametrize("text", [
    "But I suspect it is the record people will still be returning to in ten years.",
    "And I fear the worst is yet to come.",
])
def test_i_after_a_capitalised_connective_still_hedges(text):
    # "I" is capitalised wherever it stands: "But I suspect" is no title
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", ["That would be remarkable enough.",
                                  "The result would be disastrous indeed."])
def test_a_judgement_with_enough_or_indeed_after_it_is_still_asserted(text):
    # "remarkable enough" asserts the judgement; no noun follows it
    assert only(text).label == "opinion"


def test_a_guess_told_only_in_a_side_clause_is_its_sources():
    sentence = only("Her record label has not confirmed a release date, though an "
                    "insider said it could be announced as early as next month.")
    assert sentence.label == "speculation"
    assert sentence.source is not None and sentence.source.source == "an insider"
    assert sentence.explanation.endswith("it is sourced: an insider said it.")


@pytest.mark.parametrize("text", [
    "Dana Shore said the actor had been filming in Vancouver and that any "
    "suggestion of a split was \"completely untrue\".",
    "There is no suggestion that the club broke any rules.",
])
def test_a_claim_word_after_any_or_no_waves_the_claim_away(text):
    assert only(text).label != "speculation"


def test_not_ruling_out_a_thing_keeps_it_possible():
    assert only('"But I would not rule out economic retaliation," he '
                'said.').label == "speculation"


def test_suggestions_rejected_are_no_guess():
    assert only("Benning rejected suggestions that the force had been slow to "
                "act.").label != "speculation"


@pytest.mark.parametrize("text", [
    "I am confident the vote will pass.",
    "I'm sure we will win this seat.",
    "I am certain the bridge will reopen in May.",
    "“It’s finished,” she said of the election, in which she was sure Trump "
    "would triumph.",
])
def test_being_sure_of_what_will_be_is_a_guess(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize(("text", "label"), [
    ("Twelve percent of voters said they were not sure.", "sourced"),
    ("We are convinced this is the only country where one can start from zero.",
     "opinion"),
    ("We will fight on.", "opinion"),
])
def test_a_doubt_told_or_a_belief_about_what_is_is_no_guess(text, label):
    assert only(text).label == label
