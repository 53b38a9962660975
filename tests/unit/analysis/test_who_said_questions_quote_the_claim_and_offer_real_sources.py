""""Who says so?" asks about the claim without the words that credit it, so the
prompt does not print its answer ("“We will appeal,” the club said." asks about
“We will appeal”; "X called the vote a historic step." asks "Who called the
vote a historic step?") nor the writer's concession after the claim ("...,
though the agency has not released figures"), and offers only sources a learner
can pick out of the sentence: never a stand-in ("Others", "Research", "the
company" once a company is named), a name pointing back ("a study she
co-wrote") or a clause the finder took for a source; a possessive role ("Its
chair") answers its own sentence but is no wrong answer to another. One body or
person is one option ("Harlow" and "Harlow Foods", "Lawson" and "Senator Greg
Lawson of Texas"); a source in a side clause, and a claim pointing back
("Haddad thinks so."), ask nothing; each question offers the next of the
article's other sources, not the first three every time, and one cited in the
sentence before or after (often the same body's spokesperson) only when the
article has too few others."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.questions import (
    _before_concession,
    article_sources,
    who_said_items,
)

OTHERS = (
    " Mayor Rob Teague said the vote had been close."
    " Union leader Maria Lind said members would strike in May."
)


def _items(text: str) -> list[dict]:
    return who_said_items(analyze(text))


def _answer(item: dict) -> str:
    return next(o["text"] for o in item["options"] if o["correct"])


def _asked(text: str) -> dict[str, dict]:
    return {_answer(item): item for item in _items(text)}


@pytest.mark.parametrize(("text", "source", "claim"), [
    ("“We will appeal against the ruling,” the Crown Prosecution Service said.",
     "The Crown Prosecution Service", "We will appeal against the ruling"),
    ("Analysts at Berenberg said on Monday that the cuts were long overdue.",
     "Analysts at Berenberg", "the cuts were long overdue"),
    ("Exports fell by 40 percent in the second quarter, according to the "
     "national statistics office.", "The national statistics office",
     "Exports fell by 40 percent in the second quarter"),
    ("Experts say that trend could lead to more cases of heart disease.",
     "Experts", "that trend could lead to more cases of heart disease"),
    # whom they told is no part of the claim; "he wanted to" is no order
    ("A waiter told me they sell out most nights by half past eight.",
     "A waiter", "they sell out most nights by half past eight"),
    ("Reilly, 39, told a local radio station before opening that he wanted to "
     "cook simple food.", "Reilly", "he wanted to cook simple food"),
    ("Professor Gareth Lowndes told staff in an email that the cuts were "
     "unavoidable.", "Professor Gareth Lowndes", "the cuts were unavoidable"),
    ("Mira Castellan, the party chair, told Radio Nord that the polls were a "
     "snapshot.", "Mira Castellan", "the polls were a snapshot"),
    # "that" opens the claim, whatever word comes next
    ("Councillor Ann Price said that families still want their own "
     "neighbourhood schools.", "Councillor Ann Price",
     "families still want their own neighbourhood schools"),
    ("Health guidelines suggest that teenagers drink six to eight glasses of "
     "fluid a day.", "Health guidelines",
     "teenagers drink six to eight glasses of fluid a day"),
])
def test_the_prompt_quotes_the_claim_without_its_source(text, source, claim):
    item = _asked(text + OTHERS)[source]
    assert item["prompt"] == f"Who says so? “{claim}”"
    assert item["evidence"] == [text]  # the feedback still shows the sentence


def test_a_possessive_role_answers_its_own_sentence_but_is_no_wrong_answer():
    text = ("“This is the result of years of neglect,” said its chair." + OTHERS)
    asked = _asked(text)
    assert "Its chair" in asked
    for answer, item in asked.items():
        if answer != "Its chair":
            assert "Its chair" not in {o["text"] for o in item["options"]}


def test_a_role_with_its_name_after_it_is_answered_by_the_name():
    text = ("“This is the result of years of neglect,” said its chair, Margaret "
            "Hollis." + OTHERS)
    asked = _asked(text)
    assert "Margaret Hollis" in asked
    assert all("Its chair" not in {o["text"] for o in item["options"]}
               for item in asked.values())


@pytest.mark.parametrize("text", [
    "Others argue that the rental assistance will help families at once.",
    "Research suggests that the effect is larger in older adults.",
    "Figures show that the effect is larger in older adults.",
    "According to a study she co-wrote last year, the sky is ten percent brighter.",
    "The closure follows a routine inspection in January that found serious "
    "corrosion in the steel supports.",
])
def test_a_source_no_learner_could_pick_is_never_an_option(text):
    options = {o["text"] for item in _items(text + OTHERS) for o in item["options"]}
    assert options and not options & {"Others", "Research", "Figures",
                                      "A study she co-wrote last year",
                                      "The closure follows a routine inspection"}


def test_the_company_is_no_option_once_a_company_is_named():
    text = ("Harlow Foods said it would cut about 400 jobs in Dunmore. "
            "The company said higher costs had cut its profits by a third."
            + OTHERS)
    assert "The company" not in article_sources(analyze(text))
    for item in _items(text):
        assert "The company" not in {o["text"] for o in item["options"]}


@pytest.mark.parametrize(("short", "full"), [
    ("Harlow", "Harlow Foods"),
    ("Lawson", "Senator Greg Lawson of Texas"),
])
def test_a_short_name_of_a_body_or_a_person_is_one_source(short, full):
    text = (f"{full} said the plan would cost jobs in the region. "
            f"{short} said the talks would resume on Monday." + OTHERS)
    sources = article_sources(analyze(text))
    assert full in sources and short not in sources


def test_a_source_in_a_side_clause_and_a_claim_pointing_back_ask_nothing():
    text = ("The standoff began in March after Valdoria built a road that "
            "Kestania says crosses into its territory. Haddad thinks so." + OTHERS)
    answers = set(_asked(text))
    assert "Kestania" not in answers and "Haddad" not in answers
    assert answers == {"Mayor Rob Teague", "Union leader Maria Lind"}


def test_a_short_quotation_is_still_a_claim():
    assert "Ryan" in _asked("“It's heartbreaking,” Ryan said." + OTHERS)


def test_each_question_offers_the_next_of_the_other_sources():
    names = ["Mayor Rob Teague", "Union leader Maria Lind", "Police Chief Tom Ruiz",
             "Councillor Dana Whitlow", "Professor Helen Osei"]
    text = " ".join(f"{name} said the {thing} would open again in {month}."
                    for name, thing, month in zip(
                        names, ["bridge", "market", "library", "pool", "museum"],
                        ["May", "June", "July", "August", "September"], strict=True))
    offered = {o["text"] for item in _items(text) for o in item["options"]
               if not o["correct"]}
    assert set(names) <= offered  # the last sources are offered too


def test_a_source_cited_in_the_next_sentence_is_no_wrong_answer():
    text = ("The GMB union said it was devastated by the news of 400 job cuts. "
            "“These are skilled people,” said regional organiser Kevin Doyle."
            + OTHERS + " Analysts at Berenberg said the cuts were long overdue.")
    item = _asked(text)["The GMB union"]
    assert "Regional organiser Kevin Doyle" not in {o["text"] for o in item["options"]}


@pytest.mark.parametrize(("text", "source", "prompt"), [
    ("Majority Leader Tom Ortega called the vote a historic step for renters.",
     "Majority Leader Tom Ortega",
     "Who called the vote a historic step for renters?"),
    ("Republicans attacked the measure as wasteful and costly.", "Republicans",
     "Who attacked the measure as wasteful and costly?"),
    ("“This is a brilliant school,” said Louise Carter, whose two sons attend "
     "Brookfield.", "Louise Carter", "Who says so? “This is a brilliant school”"),
])
def test_a_verb_without_a_clause_asks_who_did_it(text, source, prompt):
    assert _asked(text + OTHERS)[source]["prompt"] == prompt


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Experts say that staying active is one of the simplest things to do.",
     "staying active is one of the simplest things to do"),
    ("A study by the Lindale Institute found that exam results improved slightly "
     "in schools that banned phones.",
     "exam results improved slightly in schools that banned phones"),
])
def test_that_before_a_clause_is_no_part_of_the_claim(sentence, claim):
    prompts = [i["prompt"] for i in who_said_items(analyze(sentence + OTHERS))]
    assert f"Who says so? “{claim}”" in prompts


def test_the_writers_comment_after_a_quoted_label_is_never_asked_as_the_act():
    items = _items("My companion called it “a sauce that has forgotten what it was "
                   "for”, which is harsh, but not wrong." + OTHERS)
    assert not any("harsh" in item["prompt"] for item in items)


def test_a_body_its_source_speaks_for_is_no_wrong_answer():
    text = ("Elena Vostrik, who leads Aranth's delegation, said the talks had been "
            "frank. Aranth's delegation rejected the plan on Friday, saying it "
            "would harm farmers." + OTHERS)
    asked = _asked(text)
    assert "Aranth's delegation" not in {
        o["text"] for o in asked["Elena Vostrik"]["options"]}


def test_a_body_whose_role_is_set_before_the_name_is_no_wrong_answer():
    # "Brightline's chief executive, Laura Fenn, said": she speaks for it
    text = ("Brightline's chief executive, Laura Fenn, said the company had "
            "stopped buying parts from the supplier in March. “Safety is our first "
            "priority,” she said. Brightline said the fault affected a small "
            "number of units." + OTHERS)
    asked = _asked(text)
    assert "Brightline" not in {o["text"] for o in asked["Laura Fenn"]["options"]}
    assert "Laura Fenn" not in {o["text"] for o in asked["Brightline"]["options"]}


def test_a_source_called_back_by_its_noun_is_offered_once():
    text = ("A person familiar with the matter said the breach was found in "
            "October. The person said managers had ignored it." + OTHERS)
    for item in _items(text):
        offered = {o["text"] for o in item["options"]}
        assert not {"A person familiar with the matter", "The person"} <= offered


def test_a_source_called_back_by_its_bare_role_is_no_answer_or_option():
    text = ("A person familiar with the matter said the breach was found in "
            "October. That, the person said, could push more stock onto the "
            "market." + OTHERS)
    for item in _items(text):
        assert "The person" not in {o["text"] for o in item["options"]}


@pytest.mark.parametrize(("text", "source", "prompt"), [
    ("Analysts believe a further overrun could run to tens of millions of euros, "
     "though the agency has not released revised figures.", "Analysts",
     "Who says so? “a further overrun could run to tens of millions of euros”"),
    ("Ambulance crews have complained that detours add precious minutes to "
     "journeys, though the health authority has not published figures.",
     "Ambulance crews",
     "Who has complained that detours add precious minutes to journeys?"),
])
def test_the_writers_concession_after_the_claim_is_no_part_of_the_prompt(
        text, source, prompt):
    assert _asked(text + OTHERS)[source]["prompt"] == prompt


def test_a_concession_inside_the_speakers_quoted_words_stays_theirs():
    claim = ('Calloway had been "the last of a certain kind of player, maybe, '
             'though I could be wrong"')
    assert _before_concession(claim) == claim
    assert _before_concession("costs could double, though the agency has not "
                              "said so") == "costs could double"


def test_the_claim_leaves_out_a_bare_day_and_a_second_report():
    text = ("Airline row\n\n"
            "The Federal Air Travel Commission said Wednesday it had received "
            "more than 4,300 complaints about the airline since July.\n\n"
            "Dr Marcus Kline said the body size estimates were likely to be "
            "revised, and said such figures tend to be inflated.\n\n"
            "Rachel Boateng, of the consumer group FairFly, said the airline "
            "owed passengers an apology.\n")
    prompts = [item["prompt"] for item in who_said_items(analyze(text))]
    assert any(p.startswith("Who says so? “it had received more than 4,300")
               for p in prompts), prompts
    assert not any("Wednesday" in p or "and said" in p for p in prompts), prompts


def test_a_who_did_prompt_reads_only_with_a_finite_verb():
    text = ("The coach, Ana Sorensen, named her squad on Friday. "
            "Pundit Lee Adeyemi, arguing that the Royals \"could still nick it\" "
            "if Hughes plays, was the lone optimist. "
            "Mark Pettifer called the vote \"a historic step for the region\". "
            "Critics said the plan was rushed.")
    prompts = [item["prompt"] for item in who_said_items(analyze(text))]
    assert not any(p.startswith(("Who arguing", "Who see")) for p in prompts)


def test_a_share_of_those_asked_is_never_an_option():
    text = ("In a council survey of 2,400 residents, 31% said they had used the "
            "scheme. Anjali Desai, the council's transport lead, said the results "
            "were encouraging. Rydo said it would bring in ID checks. "
            "Tom Reilly, a rider, said the bikes were reliable.")
    options = [o["text"] for item in who_said_items(analyze(text))
               for o in item["options"]]
    assert "31%" not in options


def test_a_clause_is_no_name_to_offer():
    from quizapp.analysis.names import reads_as_name
    assert not reads_as_name("The trust has so far")
    assert reads_as_name("Will Smith")
    assert reads_as_name("The Harbour Trust")
