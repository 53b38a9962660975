"""Documents and hearings that find, rules told rather than urged, legal
grounds that guess nothing, and titles in quotation marks that quote nobody."""

import pytest

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Figures published on Thursday by the trust show that 6,210 patients have "
    "waited more than a year.",
    "The accounts showed the wage bill had risen to 104 per cent of turnover.",
    "A post-mortem examination found that she died from a single stab wound.",
    "Tests showed the water was safe to drink.",
    "The inquest was told how the boat capsized.",
])
def test_a_document_or_a_hearing_that_finds_is_a_citation(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source_kind == "citation"


def test_what_a_court_heard_is_credited_to_the_court():
    sentence = only("The court heard that a site inspector had flagged loose "
                    "couplings in emails.")
    assert sentence.label == "sourced"
    assert sentence.attribution.source == "The court"


@pytest.mark.parametrize(("text", "court"), [
    ("Graham Pellow used more than £400,000 of donations to pay for holidays, "
     "a jury at Carnford Crown Court heard.", "a jury at Carnford Crown Court"),
    ("The defendant spent the money on cars, the court heard.", "the court"),
    ("A care home director took £310,000 from residents, a jury at Hallingford "
     "Crown Court heard on Wednesday.", "a jury at Hallingford Crown Court"),
])
def test_what_a_court_heard_told_before_it_is_credited_to_the_court(text, court):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.attribution.source == court


def test_what_someone_else_heard_credits_no_one():
    assert only("He sat down, the judge heard.").label == "unsourced"


@pytest.mark.parametrize("text", [
    "Under the restrictions, farmers must cut the water they take by 30 per cent.",
    "Under the new law, landlords must give tenants 90 days' notice.",
    "A 41-year-old man arrested on Sunday on suspicion of murder has been "
    "released on bail.",
])
def test_a_rule_told_or_a_legal_ground_is_a_report(text):
    assert only(text).label == "unsourced"


def test_a_duty_the_writer_lays_down_is_still_an_opinion():
    assert only("Farmers must cut their water use now.").label == "opinion"


@pytest.mark.parametrize("text", [
    "Her family described her as “a kind and gentle soul who lived for her "
    "children”.",
    "The head said the results were “a testament to the hard work of our "
    "students”.",
])
def test_a_tribute_pinned_in_the_speakers_words_is_their_opinion(text):
    assert only(text).label == "opinion"


def test_titles_in_straight_quotes_quote_nobody():
    text = ('The band played well.\n\n"Paper Towns", the lead single, sounded '
            'thin beside older songs such as "Kestrel" and "The Long Field".')
    assert analyze(text).sentences[-1].attribution is None


@pytest.mark.parametrize("text", [
    '"Iron and Salt: The Kellport Yards 1880–1985" brings together more than '
    '400 objects.',
    "The birds were watched from a hide half a kilometre away to avoid "
    "disturbing them.",
])
def test_a_title_or_a_gerund_is_plain_report(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.attribution is None


@pytest.mark.parametrize("text", [
    "“I never thought I would see that again,” he said.",
    "“Five months is a long time to leave a fire risk sitting in a drawer,” "
    "she said.",
])
def test_a_past_surprise_or_a_risk_named_is_no_guess(text):
    assert only(text).label != "speculation"


def test_a_verdict_is_an_act_and_what_a_jury_found_is_its_finding():
    verdict = only("A federal jury on Friday found the former chief executive of "
                   "a credit union guilty of embezzling $6.8 million.")
    assert verdict.label == "unsourced"
    finding = only("The jury found that he had lied to investigators in 2019.")
    assert finding.label == "sourced"
    assert finding.source_kind == "named"


@pytest.mark.parametrize(("text", "source"), [
    ("Outside the courthouse, former member Donna Reilly, 72, said the verdict "
     "came as a relief.", "former member Donna Reilly"),
    ("In Halden, Maria Lopez, 45, said the bakery closed in May.", "Maria Lopez"),
])
def test_a_phrase_of_place_before_the_speaker_is_no_source(text, source):
    assert only(text).attribution.source == source


@pytest.mark.parametrize("text", [
    "His wife reported him missing that night when he did not return home.",
    "The mayor closed the park on Friday, citing safety concerns.",
])
def test_reporting_someone_missing_or_citing_a_reason_is_an_act(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source_kind == "none"


@pytest.mark.parametrize(("text", "source"), [
    ("The minister resigned on Friday, saying he had lost the confidence of his "
     "party.", "The minister"),
    ("The company cut 300 jobs, saying demand had collapsed.", "The company"),
])
def test_a_participle_of_saying_credits_the_sentences_subject(text, source):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.attribution.source == source


@pytest.mark.parametrize("text", [
    "A survey of fund managers found that 42 percent expected a recession "
    "within 12 months.",
    "A 2021 study estimated that every dollar spent on libraries returns about "
    "$4 in value.",
])
def test_a_counted_belief_or_a_documents_reckoning_is_its_finding(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source_kind == "citation"


def test_a_documents_estimate_of_what_is_to_come_is_a_guess():
    assert only("The report estimated that 300 jobs will be lost.").label == \
        "speculation"


@pytest.mark.parametrize("text", [
    "Fulton said the money would be better spent on rumble strips.",
    "Some analysts said the sell-off was overdone.",
])
def test_a_verdict_on_worth_or_excess_is_the_speakers_opinion(text):
    assert only(text).label == "opinion"


def test_a_quotation_credits_the_antecedent_of_a_who_clause():
    text = ("“It's like working in the 1980s,” one nurse, who asked not to be "
            "named, said.")
    sentence = only(text)
    assert sentence.attribution.source == "one nurse"
    assert sentence.source_kind == "anonymous"


@pytest.mark.parametrize(("text", "label"), [
    ("“With assets on this scale, it is almost certain to end up in a long "
     "fight,” Fisk said.", "speculation"),
    ("Local MP Joanna Tierney said the attack was “deeply worrying”.",
     "opinion"),
])
def test_near_certainty_guesses_and_worry_judges(text, label):
    assert only(text).label == label


def test_a_bodys_count_is_a_reckoning_a_loose_groups_a_guess():
    assert only("The charity Libraries Matter estimates that more than 180 "
                "branches have closed since 2019.").label == "sourced"
    assert only("Analysts estimate that 180 branches have closed.").label == \
        "speculation"


@pytest.mark.parametrize("text", [
    "The judge reminded jurors that they must decide the case only on the "
    "evidence they heard in court and must not research it online.",
    "Police told residents that they had to leave their homes by noon.",
])
def test_a_direction_given_to_someone_is_told_not_advised(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert not any(c.get("deontic") for c in sentence.opinion_cues)


@pytest.mark.parametrize("text", [
    "The minister told reporters that we must act now.",
    "She said they should resign.",
])
def test_a_speakers_own_should_or_must_still_judges(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize(("text", "court"), [
    ("On Tuesday afternoon, Judge Rebecca Harlow refused an application from "
     "the defence to exclude evidence from a second bank account, ruling that it "
     "was \"plainly relevant\" to the questions the jury would have to decide.",
     "Judge Rebecca Harlow"),
    ("The high court dismissed the government's attempt to keep the documents "
     "secret, ruling that the public interest in disclosure outweighed concerns "
     "about national security.", "The high court"),
])
def test_what_a_court_rules_is_its_sourced_finding(text, court):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.attribution.source == court


def test_a_modal_in_a_clause_on_a_noun_guesses_nothing_of_the_sentences():
    # "the questions [that] the jury would have to decide"
    assert only("The money was spent on the projects the council would later "
                "abandon.").label == "unsourced"


def test_a_symphony_concluding_with_a_scene_reports_nothing():
    assert only("For Gretchen's story, Schumann employs operatic music, "
                "beginning with a love duet and concluding with a church "
                "scene.").label == "unsourced"
