"""'Noted the rule', 'acknowledged their long odds', 'credited her with the
plan', 'advocates a list of rules', 'went on to discuss the budget': a
reporting verb with a plain object
tells what someone did; the sentence is the writer's claim (acts.py). With a
clause, a bare clause or a quotation the same verbs credit their source."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Dev Shah noted the parking rule in a radio interview.",
        "In her 2009 memoir, the mayor noted the bridge’s poor condition.",
        "In a newsletter on Friday, Mayor Ruth Avery acknowledged their long odds.",
        "The union has credited Lena Ortiz with drafting the new contract.",
        "The mayor went on to discuss the dredging budget.",
        "Dr Ana Reyes cited the flood figure at a forum watched by 9,000 people.",
        "Dr Ana Reyes cited the flood figure at a forum viewed by 9,000 people.",
        "The tenants’ union advocates a list of rules to curb evictions.",
    ],
)
def test_a_reporting_verb_with_a_plain_object_reports_an_act(text):
    sentence = _first(text)
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.source is None
    assert sentence.label == "unsourced"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Councillor Dev Shah noted that the parking rule was new.",
         "Councillor Dev Shah"),
        ("Councillor Dev Shah noted the parking rule was new.", "Councillor Dev Shah"),
        ("The mayor also noted several “small things” left her unhappy.", "The mayor"),
        ("Mayor Ruth Avery acknowledged that the odds were long.", "Mayor Ruth Avery"),
        ("“The odds are long,” Mayor Ruth Avery acknowledged.", "Mayor Ruth Avery"),
        ("The report noted court filings alleging that the firm had hidden losses.",
         "The report"),
        ("The tenants’ union advocates that the council should curb evictions.",
         "The tenants’ union"),
    ],
)
def test_the_same_verbs_with_reported_content_credit_the_source(text, source):
    sentence = _first(text)
    assert sentence.source is not None
    assert sentence.source.source == source


def test_went_on_to_is_no_report_of_its_own():
    assert _first("She went on to win the cup in May.").source is None
    sentence = _first("The harbour master went on to say that the dredging was late.")
    assert sentence.source is not None and sentence.label == "sourced"
