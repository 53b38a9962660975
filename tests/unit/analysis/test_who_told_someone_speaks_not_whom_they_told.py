"""Who told someone something is the source, not whom they told: "Julian
Okafor, told the jury that ..." credits the barrister (a name after a comma
and a verb is inverted only when no clause follows it), and a role owned by a
titled name ("Mr Pellow's barrister, Julian Okafor") is the name after it.
"It" said: a body or a document named around it, as "he" and "she" are."""

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of


def _first(text):
    return analyze(text).sentences[0]


def test_who_told_the_jury_is_the_barrister_not_the_jury():
    sentence = _first("Mr Pellow's barrister, Julian Okafor, told the jury that "
                      "his client accepts some payments were badly recorded.")
    assert sentence.attribution.source == "Julian Okafor"


def test_an_inverted_report_still_credits_the_name_after_it():
    sentence = _first("“We will appeal,” said the mayor.")
    assert sentence.attribution.source == "the mayor"


def test_it_stands_for_a_named_body_and_they_for_anyone():
    assert kind_of("it") == "named"
    assert kind_of("they") == "vague"
    sentence = analyze("Brenton Glassworks will close its plant. In a statement, "
                       "it said the site had lost money.").sentences[1]
    assert sentence.source_kind == "named"
    assert "loose group" not in sentence.explanation


def test_feedback_agrees_with_a_loose_group_and_puts_a_pronoun_after_of():
    said = analyze("Critics say the scheme will cost jobs.").sentences[0]
    assert "critics predict it" in said.explanation
    argued = analyze("She argued the plan was flawed.").sentences[0]
    assert "the argument of her" in argued.explanation


def test_a_role_then_a_name_after_an_inverted_said_credits_the_name():
    sentence = _first("“Fans deserve honesty,” said the trust's chair, Angela Price.")
    assert sentence.attribution.source == "Angela Price"


def test_a_role_then_its_name_between_commas_is_a_named_source():
    sentence = _first("Another witness, student Tom Bexley, said he heard shouting.")
    assert sentence.attribution.source == "Another witness, student Tom Bexley"
    assert sentence.source_kind == "named"


def test_it_added_at_the_end_of_a_sentence_reports():
    sentences = analyze("The authority said the cut was due to a budget gap. Rising "
                        "fuel prices had led to higher costs, it added.").sentences
    assert sentences[1].label == "sourced"
    assert analyze("The extra cost added to the pressure.").sentences[0].label == \
        "unsourced"


def test_a_whole_group_by_what_they_do_is_loose_and_learning_news_reports_nothing():
    assert kind_of("Workers") == "vague" and kind_of("Parents") == "vague"
    assert kind_of("Reuters") == "named"
    learned = _first("Workers learned the news at a meeting in the canteen.")
    assert learned.label == "unsourced"
    assert _first("Workers learned that the plant would close.").source_kind == "vague"


def test_a_place_after_and_stays_inside_the_subject():
    sentence = _first("Last month, an open letter signed by 84 academics from "
                      "universities in Corvale and abroad urged the museum to act.")
    assert sentence.attribution.source.endswith("Corvale and abroad")
    assert _first("The mayor arrived and police said the bridge was "
                  "safe.").attribution.source == "police"


def test_a_pronoun_after_an_opening_adverbial_is_the_subject():
    sentence = _first("At a hustings on Wednesday he called the mayor's record on "
                      "housing “a disgrace” and promised to build 5,000 homes.")
    assert (sentence.label, sentence.attribution.source) == ("opinion", "he")


def test_as_long_as_i_can_remember_credits_no_one():
    sentence = _first("Every Saturday for as long as I can remember, the square in "
                      "front of the town hall has filled with stalls.")
    assert sentence.source_kind == "none"


def test_a_second_verb_of_the_acts_subject_reports():
    sentence = _first("The education minister, Paul Whitcombe, congratulated "
                      "students and said standards were being restored.")
    assert (sentence.label, sentence.attribution.source) == ("sourced",
                                                             "Paul Whitcombe")


def test_a_thousands_comma_and_a_compound_noun_break_no_source():
    poll = _first("The poll of 1,200 voters, carried out by Marlow Research, found "
                  "that Okafor leads by four points.")
    assert poll.attribution.source.startswith("The poll of 1,200 voters")
    rate = _first("The overall pass rate, at 71 per cent, was the highest since "
                  "2019, the board said.")
    assert (rate.attribution.source, rate.attribution.cue) == ("the board", "said")


def test_not_everyone_is_a_loose_group_with_a_view_not_a_silence():
    sentence = _first("Not everyone agrees that the market should stay.")
    assert sentence.source_kind == "vague"
    assert "silence" not in sentence.explanation
    assert "silence" in _first("Nobody said the plan would work.").explanation
