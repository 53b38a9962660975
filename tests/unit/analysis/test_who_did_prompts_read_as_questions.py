"""A "Who ...?" prompt keeps the auxiliary its verb needs ("Who has shown
Clinton's lead eroding?", not "Who shown ..."), no prompt ends on a sentence
cut off by a dash, "Not everyone" or "Few people" is no option, and "member
states" is a noun, no one stating anything; "the mayor" calls back "Mayor Bill
de Blasio" whole."""

from __future__ import annotations

import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack

STORY = """Polls tighten

A new national poll found Trump consolidating Republican support, the
Washington Post reported.

Recent polls in Pennsylvania and Virginia have similarly shown Clinton's lead
eroding.

Not everyone agrees on what the numbers mean.

Clinton's campaign said the race had always been expected to tighten.

Few people expected the debate to change many minds, analysts at Gallup said.
"""


def who_items() -> list[dict]:
    items = yaml.safe_load(draft_pack(STORY, "polls")["questions.yaml"])["items"]
    return [i for i in items if i["type"] == "who_said"]


def test_a_prompt_keeps_the_auxiliary_of_its_verb():
    prompts = [i["prompt"] for i in who_items()]
    assert "Who has shown Clinton's lead eroding?" in prompts
    assert not any(p.startswith("Who shown") for p in prompts)


def test_not_everyone_and_few_people_are_no_options():
    options = {o["text"] for i in who_items() for o in i["options"]}
    assert not {"Not everyone", "Few people"} & options


def test_member_states_state_nothing():
    sentence = analyze("As with so much at the United Nations, the interests of "
                       "member states trump everything else.").sentences[0]
    assert sentence.attribution is None or sentence.attribution.cue != "states"


def test_an_auxiliary_in_an_aside_is_not_the_verbs():
    story = ("Talks collapse\n\n"
             "The Europeans, who had been cut out of the talks, derided the deal "
             "as toothless and unenforceable.\n\n"
             "The White House said the talks would resume in March.\n\n"
             "Senator Ruth Obi said the deal was never going to survive.\n")
    items = yaml.safe_load(draft_pack(story, "talks")["questions.yaml"])["items"]
    prompts = [i["prompt"] for i in items if i["type"] == "who_said"]
    assert not any(p.startswith("Who had derided") for p in prompts)


def test_a_role_calls_back_a_name_with_a_particle_whole():
    from quizapp.analysis.roles import role_holder

    text = ("Twenty-nine people were injured by an explosion that Mayor Bill de "
            "Blasio described as an intentional act. The mayor also said there "
            "were no threats.")
    assert role_holder(text, text.index("The mayor"), "The mayor") == \
        "Bill de Blasio"


def test_a_group_after_an_amount_is_the_source_not_the_amount():
    sentence = analyze("That's a small fraction of the minimum $20 million experts "
                       "say it costs to run statewide.").sentences[0]
    assert sentence.attribution.source == "experts"


def test_a_share_in_words_is_no_source_to_pick():
    from quizapp.analysis.sources import is_share

    assert is_share("Twelve percent") and is_share("Twenty-two per cent of voters")


def test_the_writers_comment_after_the_claim_is_no_part_of_the_prompt():
    story = ("Buses cut\n\n"
             "The city's transport authority blames driver shortages and rising "
             "fuel costs, and there is some truth in that.\n\n"
             "Critics of public ownership said it would be too expensive.\n\n"
             "A study by the University of Eastmere found fares had doubled.\n\n"
             "Mayor Ana Ruiz said the service would recover by spring.\n")
    items = yaml.safe_load(draft_pack(story, "buses")["questions.yaml"])["items"]
    prompts = [i["prompt"] for i in items if i["type"] == "who_said"]
    assert "Who blames driver shortages and rising fuel costs?" in prompts


def test_the_interviewer_is_no_option():
    story = ("Counting bees\n\n"
             "Dr Rosa Lane has spent 15 years counting wild bees.\n\n"
             "Interviewer: What did your latest survey find?\n\n"
             "Dr Lane: The lowest numbers since the project began.\n\n"
             "The environment department said it will review the payment rates.\n\n"
             "A spokesman for the farmers' union said members were worried.\n")
    items = yaml.safe_load(draft_pack(story, "bees")["questions.yaml"])["items"]
    options = {o["text"] for i in items if i["type"] == "who_said"
               for o in i["options"]}
    assert "Interviewer" not in options


def test_a_relation_of_the_answer_is_no_wrong_answer():
    from quizapp.analysis.questions import _kin

    assert _kin("Keith Lamont Scott's wife", "Rakeyia Scott")
    assert _kin("Scott's family", "Keith Lamont Scott's wife")
    assert not _kin("Charlotte Mayor Jennifer Roberts", "Rakeyia Scott")


def test_a_cue_item_offers_one_option_per_stretch_of_words():
    story = ("Bank fined\n\n"
             "Though she called Wells Fargo’s behavior ‘outrageous’ and called for "
             "compensation for customers, she said executives should be held "
             "responsible.\n\n"
             "The bank said it had fired 5,300 employees.\n\n"
             "The Wall Street Journal reported the fine was the largest yet.\n")
    items = yaml.safe_load(draft_pack(story, "bank")["questions.yaml"])["items"]
    selects = [i for i in items if i["type"] == "multiple_select"]
    assert selects
    for item in selects:
        texts = [o["text"] for o in item["options"]]
        for one in texts:
            assert not any(one != other and one in other for other in texts), texts
