"""Round Q of the teacher audits: "Its chair, Graham Whitcombe, put it
plainly." is a lead-in, an act whose words follow, and the quotation after it
is his (not the group named before him); a feeling owned in the first person
("The side-effect profile worries me") is an opinion."""

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import only


def test_a_lead_in_tells_who_speaks_next():
    sentences = analyze(
        "The landlords' group disagrees. Its chair, Graham Whitcombe, put it "
        "plainly.\n\n\"People imagine landlords are sitting on piles of cash. "
        "Most of our members own one or two properties.\"").sentences
    assert sentences[1].label == "unsourced"
    assert [s.quoted_from.source for s in sentences[2:]] == ["Graham Whitcombe"] * 2


def test_a_feeling_owned_in_the_first_person_is_an_opinion():
    assert only('"The side-effect profile worries me more than the headline '
                'figure," said Dr Anand.').label == "opinion"


def test_a_rule_that_concerns_someone_feels_nothing():
    assert only("The rule concerns members of the board.").label == "unsourced"


def test_words_quoted_before_and_mentioned_again_are_no_new_source():
    last = analyze('"Our streets are the safest in a generation," the minister '
                   'said. The figures are mixed. The "safest in a generation" '
                   'boast is not borne out by the homicide figures.').sentences[-1]
    assert last.source_kind == "none"


def test_words_quoted_once_still_come_from_someone_unnamed():
    # ... in the aside they sit in; the main claim ("closed in May") is the
    # writer's (test_words_quoted_in_an_aside_credit_only_the_aside.py)
    sentence = only('The bridge, once called "the pride of the city", closed in '
                    'May.')
    assert sentence.attribution.kind == "anonymous"
    assert (sentence.side_source, sentence.label) == (True, "unsourced")
