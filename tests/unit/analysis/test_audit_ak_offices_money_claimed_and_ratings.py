"""Audit AK (a delayed moon lander, rising rents, a tennis comeback, a screen
time study, a minister's resignation, a restaurant review): an office
holder's office speaks as the office does, money claimed is no claim made,
and a rating line is the writer's verdict, never a source to name."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.questions import who_said_items
from quizapp.analysis.sources import kind_of

from .sentences import only


@pytest.mark.parametrize("np", [
    "the prime minister’s office",
    "A spokesperson for the prime minister’s office",
])
def test_an_office_holders_office_is_named(np):
    assert kind_of(np) == "named"


def test_money_claimed_is_no_claim_made():
    sentence = only("Helen Dunmore resigned on Friday, nine days after it emerged that "
                    "she had claimed more than £23,000 in accommodation expenses.")
    assert sentence.label == "unsourced"
    assert sentence.source is None
    assert only("She claimed that the rules had changed.").label == "sourced"


REVIEW = """Tallow, Harrow Street

The lamb was fine, said my companion. The leeks were superb. "We want people \
to come back every week," the chef, Anna Corrigan, said. Critics have called \
the room too loud.

Rating: three stars out of five"""


def test_a_rating_line_is_the_writers_verdict():
    (rating,) = [s for s in analyze(REVIEW).sentences if s.text.startswith("Rating")]
    assert rating.label == "opinion"


def test_a_rating_line_is_never_a_source_to_name():
    for item in who_said_items(analyze(REVIEW)):
        assert "Rating" not in {o["text"] for o in item["options"]}
        assert "three stars" not in item["prompt"]


def test_she_stands_for_the_subject_not_the_person_named_after_it():
    from quizapp.analysis.referents import referents
    text = ("Katarina Vell, 34, returned to the tour in March. \"I missed it,\" she "
            "said.\n\nVell, who received a wildcard, plays the fifth seed, Hana "
            "Bruckner, on Wednesday. She is likely to need another wildcard.\n\n"
            "'Getting to the end of the year without the foot hurting,' she said.")
    analysis = analyze(text)
    found = referents(analysis)
    assert found[analysis.sentences[-1].index] == "Katarina Vell"


def test_a_press_release_is_a_document_and_no_role_calling_back_a_person():
    from quizapp.analysis.draft import draft_pack
    assert kind_of("The journal's press release") == "citation"
    text = ("Screens and sleep\n\nDr. Ingrid Halvorsen, the lead author, said the link "
            "was clear. The journal's press release described the findings as \"the "
            "strongest evidence to date\" that screen use shortens sleep.")
    claims = draft_pack(text, "sleep")["claims.yaml"]
    block = claims.split("press release described")[1].split("- id:")[0]
    assert "kind: citation" in block and "Halvorsen" not in block


def test_a_survey_period_is_no_survey_a_sentence_is_set_in():
    sentence = only("Participants wore trackers for one week in each of four survey "
                    "periods and completed questionnaires.")
    assert sentence.source is None


@pytest.mark.parametrize(("np", "kind"), [
    ("its administrator", "named"),
    ("its chief executive", "named"),
    ("their director", "named"),
    ("a spokesman", "anonymous"),
    ("her husband", "anonymous"),
])
def test_a_bodys_office_holder_by_title_is_named(np, kind):
    assert kind_of(np) == kind


@pytest.mark.parametrize("np", [
    "Sources familiar with the investigation",
    "Sources close to the inquiry",
    "Officials briefed on the report",
])
def test_sources_in_the_know_are_people_not_the_document_they_know(np):
    assert kind_of(np) == "anonymous"


def test_what_could_not_be_done_is_told_not_guessed():
    sentence = only("A union representative said some case files could not be "
                    "accessed at all.")
    assert sentence.label == "sourced"
    assert only("A link could not be ruled out.").label == "speculation"


def test_the_cause_a_time_clause_opens_is_its_own_noun_phrase():
    sentence = only("Dunmore City Council's online services remained offline on "
                    "Monday, five days after a cyber attack forced the authority to "
                    "shut down most of its computer systems.")
    (link,) = sentence.causal
    assert link["cause"] == "a cyber attack"


def test_one_cause_by_another_name_is_no_wrong_answer():
    from quizapp.analysis.questions import reason_items
    text = ("Services stayed offline after a cyber attack forced the council to shut "
            "down its systems. The attack was discovered by staff on Wednesday. "
            "Payments were delayed because of the outage. Residents complained "
            "because of the queues.")
    for item in reason_items(analyze(text)):
        right = {o["text"].casefold() for o in item["options"] if o["correct"]}
        wrong = [o["text"] for o in item["options"] if not o["correct"]]
        assert not ({"a cyber attack"} <= right and "The attack" in wrong)


@pytest.mark.parametrize("line", [
    "Rating: ★★★★☆ (four stars out of five)",
    "Verdict: ★★★",
])
def test_a_drawn_star_rating_is_the_writers_verdict(line):
    (rating,) = [s for s in analyze(f"The lamb was fine.\n\n{line}\n").sentences
                 if s.text.startswith(line[:3])]
    assert rating.label == "opinion"


@pytest.mark.parametrize("text", [
    "The birds were seen near Mere Drain on Tuesday.",
    "She works at Perfect Pizza in Leeds.",
])
def test_a_judging_word_opening_a_name_judges_nothing(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert not sentence.opinion_cues
    assert "colour" not in sentence.explanation


def test_the_same_word_in_lower_case_still_judges():
    assert only("It was a mere formality.").label == "opinion"


def test_a_feeling_given_as_the_reason_for_an_act_is_no_view():
    sentence = only("Mr Lyle said he had kept the sighting to himself for two days "
                    "because he was worried people would come looking for the birds.")
    assert sentence.label == "sourced"
    assert only("The mayor said she was very disappointed by the decision."
                ).label == "opinion"
