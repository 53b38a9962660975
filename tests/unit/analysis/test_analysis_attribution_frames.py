"""Attribution frames added for broader news coverage: nouns, appositions,
manner-of-speaking and stance verbs."""

from quizapp.analysis import analyze


def _attribution(text):
    return analyze(text).sentences[0].attribution


def test_an_official_before_said_is_the_source_not_an_adjective():
    attribution = _attribution("A county election official said Friday that the count "
                               "was late.")
    assert attribution.kind == "anonymous"
    assert attribution.source == "A county election official"


def test_the_name_after_a_role_apposition_is_the_source():
    attribution = _attribution("The mayor of the town, Ana Ruiz, argues the bridge "
                               "is too old.")
    assert (attribution.source, attribution.kind) == ("Ana Ruiz", "named")


def test_a_participle_after_a_time_phrase_credits_the_subject():
    attribution = _attribution("In 2004, the City Council closed the pool, "
                               "citing its cost.")
    assert attribution.source == "the City Council"
    assert attribution.cue == "citing"


def test_comparison_and_manner_of_speaking_verbs_report():
    assert _attribution("The coach compared the match to a war.").cue == "compared"
    assert _attribution("Protesters shouted that the vote was stolen.").cue == "shouted"


def test_a_single_person_named_by_role_can_add_something():
    assert _attribution("The governor added that schools stay shut.").source == \
        "The governor"


def test_the_owner_of_remarks_is_the_source():
    attribution = _attribution("Her remarks came a day after the vote.")
    assert attribution.cue == "remarks"
    assert attribution.source == "Her"


def test_in_a_statement_credits_the_subject_of_the_sentence():
    attribution = _attribution("In a statement on Monday, Nora Bell was more careful.")
    assert attribution.source == "Nora Bell"
    assert attribution.cue == "In a statement"


def test_it_is_a_plan_has_no_owner():
    assert _attribution("It's a plan nobody liked.") is None


def test_a_belief_verb_needs_a_person_as_subject():
    assert _attribution("The plan admired by many was dropped.") is None
