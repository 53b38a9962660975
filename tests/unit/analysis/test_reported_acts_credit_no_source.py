"""A reporting word credits a source for the sentence's claim only when it
brings in reported content; a speech or stance verb with a plain object, or a
communication noun that brings in nothing, reports what someone did (acts.py).
Also: connectives built on "said", an age after a name, a standing in a poll,
and "credited X with" (an act)."""

import pytest

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import only


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor cited the crime figure at the town meeting.",
        "Senator Ruth Avery officially endorsed the harbour plan in March.",
        "Hundreds of parents continued to call for a new crossing outside the school.",
        "The novelist Mara Quinn wrote a memoir of her years at sea.",
        "Councillor Dev Shah was able to tout his record on potholes.",
        "The governor also wants to widen the coastal road next year.",
        "The ferry company proposes charging cyclists a smaller fare.",
        "When tenants ask for repairs, the landlord takes weeks to send a plumber.",
        "The mayor’s comments came as the council met to set the budget.",
        "The image was cemented by his infamous comment about the harbour.",
    ],
)
def test_a_reported_act_is_the_writers_own_claim(text):
    sentence = _first(text)
    assert sentence.source is None
    assert sentence.source_kind == "none"
    assert sentence.label != "sourced"


def test_a_reported_act_keeps_its_attribution_relation_for_who_did_it():
    found = _first("Senator Ruth Avery endorsed the harbour plan in March.").attribution
    assert found is not None and found.act
    assert found.source == "Senator Ruth Avery" and found.cue == "endorsed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Senator Ruth Avery wrote that the harbour plan was too costly.",
         "Senator Ruth Avery"),
        ('"The road is unsafe," Councillor Dev Shah wrote in his newsletter.',
         "Councillor Dev Shah"),
        ("The governor wrote to residents that the coastal road would be widened.",
         "The governor"),
        ("The mayor cited figures showing that crime fell by a third.", "The mayor"),
        ('The mayor endorsed the plan: "It will save the harbour."', "The mayor"),
        ("Mayor Ruth Avery’s claim that crime fell by a third was repeated.",
         "Mayor Ruth Avery"),
    ],
)
def test_the_same_words_with_reported_content_credit_the_source(text, source):
    sentence = _first(text)
    assert sentence.source is not None
    assert sentence.source.source == source
    assert sentence.label in ("sourced", "opinion", "speculation")


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the bridge reopened on Monday.",
        "That said, the ferry still runs twice a day.",
        "It is worth noting that the ferry runs twice a day.",
        "Needless to say, the ferry was late again.",
    ],
)
def test_a_connective_built_on_a_speech_verb_is_no_source(text):
    sentence = _first(text)
    assert sentence.source is None
    assert sentence.label != "sourced"


def test_a_named_speaker_with_an_age_before_said_as_is_the_source():
    sentence = _first('"We are tired of waiting," Lena Ortiz, 31, said as she and '
                      "other tenants marched to the council.")
    assert sentence.source is not None
    assert sentence.source.source == "Lena Ortiz"
    assert sentence.source_kind == "named"


def test_a_standing_in_a_poll_is_credited_to_the_poll():
    sentence = _first("The mayor did well in a poll conducted by the Ardleigh "
                      "Gazette last week.")
    assert sentence.source is not None and "poll" in sentence.source.source
    assert sentence.label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "Voters went to the polls on Tuesday.",
        "The polls close at eight in the evening.",
        "Queues formed in the polling stations before dawn.",
    ],
)
def test_going_to_the_polls_credits_no_poll(text):
    assert _first(text).source is None


def test_credited_with_is_an_act_of_who_gives_the_credit():
    sentence = _first("The council has credited Dr Ana Reyes with designing the "
                      "new flood barrier.")
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.attribution.source == "The council"
    assert sentence.source is None
    assert sentence.label == "unsourced"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor said the bridge was closed for repairs.", "The governor"),
        ("A major donor said the gift came with no conditions.", "A major donor"),
    ],
)
def test_a_source_whose_name_ends_in_nor_is_not_negated(text, source):
    sentence = _first(text)
    assert sentence.source is not None and sentence.source.source == source
    assert sentence.label == "sourced"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The old pier was viewed as unsafe for years.", "viewed"),
        ("The ferry manager was charged with fraud on Monday.", "charged"),
        ("The new bridge has been mentioned as a model for other towns.",
         "mentioned"),
    ],
)
def test_an_agentless_passive_report_is_an_act_of_someone_unnamed(text, cue):
    sentence = _first(text)
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.attribution.cue == cue
    assert sentence.source is None and sentence.label != "sourced"


@pytest.mark.parametrize(
    "text",
    ["The tide was like a wall.", "The mayor was present at the opening."],
)
def test_a_copula_before_a_bare_form_is_no_passive_report(text):
    assert _first(text).attribution is None


def test_a_reported_act_leaves_the_writers_stance_words_in_view():
    sentence = _first("Councillor Ames endorsed the plan, and we should too.")
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.label == "opinion"


@pytest.mark.parametrize("text", [
    "The Whitlock campaign dismissed the survey.",
    "Vantassel testified in her own defense for most of a day.",
    "Vance countered by pointing to Tolliver's own use of imported steel.",
    "They compared neighborhoods with similar incomes, ages and housing.",
])
def test_a_view_shown_without_its_words_is_an_act(text):
    assert only(text).label == "unsourced"


@pytest.mark.parametrize("text", [
    "The campaign dismissed the survey as “junk”.",
    "She testified that she had never seen the letter.",
    "He countered that the plan was already funded.",
])
def test_the_same_verbs_with_their_words_still_report(text):
    assert only(text).source_kind != "none"


def test_hoping_to_do_something_is_an_aim_not_a_belief():
    assert only("Republican strategists hope to court disaffected voters, "
                "particularly younger men in Rust Belt states, with the message "
                "on trade.").label == "unsourced"
    assert only("Officials hope the bridge will reopen by May.").label == \
        "speculation"


@pytest.mark.parametrize("text", [
    "He pointed to £1.2bn of extra funding announced in the autumn.",
    "Business groups have called on the government to bring forward spending.",
    "Severnvale Water admitted 17 offences relating to spills.",
])
def test_pointing_to_calling_on_and_admitting_offences_are_acts(text):
    assert only(text).label == "unsourced"


def test_admitting_what_happened_still_reports():
    assert only("She admitted that the figures had been changed.").source_kind \
        == "named"


@pytest.mark.parametrize("text", [
    "The fire was first reported at about 1:40pm on Saturday.",
    "Its next trading update is expected in mid-January.",
    "Further walkouts have not been ruled out.",
])
def test_an_act_by_nobody_named_says_so_in_its_feedback(text):
    sentence = _first(text)
    assert sentence.label == "unsourced"
    assert sentence.explanation.startswith("Nobody is named behind")
    assert "what someone did" not in sentence.explanation


def test_what_a_group_calls_a_thing_credits_only_the_term():
    sentence = _first("The chain has gained from what economists call trading down, "
                      "in which households switch to cheaper shops.")
    assert sentence.label == "unsourced"
    assert "only tells what the idea is called" in sentence.explanation


def test_denying_someone_a_thing_keeps_it_from_them_and_reports_nothing():
    sentence = _first("Daniel Okafor's stoppage-time header denied Caldmoor Rovers a "
                      "first home win in five matches on Saturday.")
    assert sentence.label == "unsourced" and sentence.source is None
    assert _first("Smith denied the allegations.").label == "sourced"


def test_a_post_office_is_no_post_and_reports_nothing():
    sentence = _first("The Copper Hen opened in January in the former Ashcombe post "
                      "office, a red-brick building on Market Street.")
    assert sentence.label == "unsourced" and sentence.attribution is None


def test_names_joined_by_and_speak_together():
    found = _first("Downstream, Beleria and Qasmir say the filling of the reservoir "
                   "has cut flows.").attribution
    assert found.source == "Beleria and Qasmir"


def test_a_meeting_interrupted_by_protesters_is_done_to_it_not_said():
    sentence = _first("Councillors approved a budget on Wednesday night, after a "
                      "meeting that was repeatedly interrupted by protesters.")
    assert sentence.label == "unsourced" and sentence.source is None
    assert "side clause" not in sentence.explanation


@pytest.mark.parametrize("text, source", [
    ("Crime rates have fallen, police said.", "police"),
    ("Burglary rates in Westshire have fallen this year, she noted.", "she"),
])
def test_a_plural_noun_before_its_verb_is_no_reporting_verb(text, source):
    assert _first(text).attribution.source == source


def test_a_verb_that_rates_still_reports():
    assert _first("The critic rates the film highly.").attribution.cue == "rates"


@pytest.mark.parametrize("text, told", [
    ("The figures have not been published.", "'published' tells what happened"),
    ("Delgado will be sworn in on Jan. 2.", "'sworn' tells what is to happen"),
])
def test_an_event_in_the_passive_tells_what_happened_not_who_is_unnamed(text, told):
    sentence = _first(text)
    assert sentence.label == "unsourced"
    assert sentence.explanation.startswith(told)
    assert "Nobody is named" not in sentence.explanation


def test_a_witness_called_by_someone_is_summoned_not_named():
    sentence = _first("Helen Marsh was the first witness called by the Crown.")
    assert sentence.label == "unsourced"
    assert "what the idea is called" not in sentence.explanation


@pytest.mark.parametrize("text", [
    "Judge Rosalind Hart warned jurors not to research the case online.",
    "Police warned residents to lock their doors.",
    "Whitcomb conceded at about 11 p.m. in a short speech to supporters.",
    "The senator conceded defeat on Wednesday.",
])
def test_an_instruction_given_or_a_contest_given_up_is_an_act(text):
    assert only(text).label == "unsourced"


@pytest.mark.parametrize("text", [
    "Experts warned that prices would rise.",
    "He conceded that the plan had failed.",
])
def test_a_warning_or_a_concession_with_its_content_still_reports(text):
    assert only(text).source_kind != "none"


@pytest.mark.parametrize(("text", "source"), [
    ("Witnesses described hearing three loud bangs.", "anonymous"),
    ("Residents recalled seeing smoke pour from the roof.", "vague"),
    ("Maya Osei remembered being told to wait outside.", "named"),
])
def test_an_experience_told_after_describe_or_recall_credits_the_teller(text,
                                                                       source):
    sentence = _first(text)
    assert (sentence.label, sentence.source_kind) == ("sourced", source)


@pytest.mark.parametrize("text", [
    "The firm recalled 40,000 kettles in 2019.",
    "Maya Osei described the new building at length.",
])
def test_a_thing_recalled_or_described_is_still_an_act(text):
    assert _first(text).source_kind == "none"


@pytest.mark.parametrize(("text", "source"), [
    ("In the words of one teacher, the school is running on goodwill.",
     "anonymous"),
    ("In the words of the inspection report, the roof needs urgent repair.",
     "citation"),
])
def test_in_the_words_of_credits_as_according_to_does(text, source):
    assert _first(text).source_kind == source
