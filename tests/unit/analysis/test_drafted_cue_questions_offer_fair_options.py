"""Drafted "which words show ..." questions key the words that show a view and
offer, as wrong options, only words of the claim that carry its content: never
a name or the words that credit it ("Majority", "Leader", "said"), never a word
the lexicons list as one that may judge or hedge ("frankly" in a quotation), a
linking word ("because"), a modal, a word of need or willingness ("needs", "not
prepared to") or an adverb in -ly ("inevitably flatters"), and, while the claim
has others, no word next to a keyed word ("the worst possible time") or in a
short quoted phrase ("'chasing a trend'"), which may judge with it. A
first-person belief ("I thought") is keyed beside the judging word; a sweeping
"everyone" is not keyed. The newsroom's own "we" ("We spoke to her", "After our
interview", "she told us") reports the reporters' work and judges nothing, and
neither does a judgement asked about in a "whether" clause ("an investigation
into whether Veritas had made it too hard to switch")."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.draft import cue_phrases
from quizapp.analysis.questions import _cited, cue_items

from .sentences import only


def _options(text: str) -> tuple[set[str], set[str]]:
    (item,) = cue_items(analyze(text), ("opinion",))
    right = {o["text"] for o in item["options"] if o["correct"]}
    wrong = {o["text"] for o in item["options"] if not o["correct"]}
    return right, wrong


def test_names_and_the_words_that_credit_the_claim_are_no_wrong_options():
    right, wrong = _options("Majority Leader Tom Ortega called the vote a "
                            "historic step for families struggling with rent.")
    assert right == {"historic"}
    assert len(wrong) >= 2 and not wrong & {"Majority", "Leader", "Ortega", "called"}


def test_a_lexicon_word_and_a_linking_word_are_no_wrong_options():
    right, wrong = _options("“It is frankly a disgrace that residents are paying "
                            "the price because the council waited,” she said.")
    assert right == {"disgrace"}
    assert len(wrong) >= 2 and not wrong & {"frankly", "because"}


def test_a_word_joined_to_the_cue_by_and_or_but_is_no_wrong_option():
    _, wrong = _options("“The delay has been frustrating but necessary for the "
                        "new battery,” the chief executive of the firm said.")
    assert "necessary" not in wrong


def test_a_word_listed_with_the_cue_is_no_wrong_option():
    _, wrong = _options("Leila Marchetti, for the defence, argued that her client "
                        "had been sloppy, tired and overworked when the payments "
                        "were made to the company account in the spring.")
    assert not wrong & {"tired", "overworked"}


def test_a_speakers_picked_out_phrase_offers_none_of_its_words():
    _, wrong = _options("Lena Howarth, regional organiser for the union, called "
                        "the closure “a betrayal of a loyal workforce” at the "
                        "meeting on the factory floor yesterday.")
    assert not wrong & {"loyal", "workforce"}


def test_a_first_person_belief_is_keyed_beside_the_judging_word():
    right, _ = _options("“But over ninety minutes I thought we deserved it,” the "
                        "manager said.")
    assert right == {"thought", "deserved"}


def test_a_sweeping_word_is_not_keyed():
    right, wrong = _options("“We would urge everyone over 40 to get out and walk "
                            "every single day,” the charity's director said.")
    assert "everyone" not in right | wrong
    assert "urge" in right


@pytest.mark.parametrize("text", [
    "We spoke to her about why it matters and what can be done.",
    "After our interview, Haddad took me up to the observatory's dome.",
    "We contacted the ministry on Tuesday.",
])
def test_the_newsrooms_own_we_reports(text):
    sentence = only(text)
    assert sentence.label == "unsourced" and not sentence.opinion_cues


@pytest.mark.parametrize("text", ["We must act now.", "Our city deserves better."])
def test_the_writers_we_still_takes_a_side(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize(("text", "near"), [
    ("“The walkout had come at the worst possible time for shops and "
     "restaurants in the town centre,” the chamber said.", "possible"),
    ("Marcus Bell, who manages a technology fund, called the spending plan "
     "'reckless' and said the company was 'chasing a trend'.", "chasing"),
])
def test_a_word_next_to_the_judging_word_is_no_wrong_option(text, near):
    _, wrong = _options(text)
    assert near not in wrong and len(wrong) >= 2


def test_a_judgement_asked_about_in_a_whether_clause_is_asserted_by_nobody():
    sentence = only("The European Commission opened an investigation in March into "
                    "whether Veritas had made it too hard for customers to switch.")
    assert sentence.label == "unsourced" and not sentence.opinion_cues


def test_a_bare_we_or_you_is_no_key_of_its_own():
    text = ("“This was entirely avoidable,” said Karen Lowe, the regulator's "
            "area manager. “The company knew the pump was unreliable. We will "
            "not hesitate to take further action if this happens again.”")
    for item in cue_items(analyze(text), ("opinion",)):
        keyed = {o["text"].lower() for o in item["options"] if o["correct"]}
        assert not keyed & {"we", "you", "our"}



def _claim_cues(text):
    analysis = analyze(text)
    sentence = analysis.sentences[0]
    return cue_phrases(analysis, sentence, sentence.text)


def test_a_claim_keys_an_act_only_where_its_explanation_names_it():
    # the act decides an unsourced label, and its note quotes it
    assert "The mayor endorsed" in _claim_cues("The mayor endorsed the plan on Monday.")
    # beside a judgement the act gives nothing away
    judged = _claim_cues("The mayor endorsed the plan, a move his rivals barely "
                         "deserved.")
    assert "deserved" in judged and "The mayor endorsed" not in judged


def test_a_belief_word_is_keyed_only_where_the_feedback_gives_it_as_the_reason():
    right, _ = _options("“I think the council is tired of excuses,” she said.")
    assert "think" in right
    items = cue_items(analyze(
        "A fund manager who asked not to be named described the results as "
        "\"about what we expected, no better, no worse\"."), labels=("opinion",))
    assert not any(o["text"] == "expected" and o["correct"]
                   for item in items for o in item["options"])


def test_second_best_is_keyed_whole():
    right, wrong = _options("“We were second best for 80 minutes against a side "
                            "that pressed us all afternoon,” the manager said.")
    assert right == {"second best"} and "best" not in wrong


def test_an_adverb_in_ly_or_a_word_of_need_or_willingness_is_no_wrong_option():
    right, wrong = _options("But choosing an unusually bad year as a baseline "
                            "inevitably flatters the comparison, and the minister "
                            "needs to stop.")
    assert not wrong & {"inevitably", "unusually", "needs"}


def test_a_wholly_quoted_sentence_is_quoted_once_in_the_prompt():
    assert _cited('"This breach should have been caught in hours."') == \
        "“This breach should have been caught in hours.”"
    assert _cited('"We will appeal," she said.') == "“'We will appeal,' she said.”"
