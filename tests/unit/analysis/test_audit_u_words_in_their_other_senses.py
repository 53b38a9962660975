"""Audit U: words read in the sense the sentence gives them. "outstanding"
owed is no praise; "could be forgiven for" judges, no possibility; a belief
given up ("stopped believing") and "think again" guess nothing; "Health
authorities", capitalised only because they open the sentence, are a loose
group."""

from quizapp.analysis import analyze


def _only(text: str):
    (sentence,) = analyze(text).sentences
    return sentence


def test_outstanding_meaning_unpaid_praises_nothing():
    assert _only("It did not say how many requests were outstanding.").label \
        == "unsourced"
    assert not _only("The airline has outstanding refunds to pay.").opinion_cues
    assert _only("She gave an outstanding performance.").opinion_cues


def test_could_be_forgiven_for_judges():
    sentence = _only("Taxpayers could be forgiven for wanting to see the first "
                     "line earn its keep.")
    assert sentence.label == "opinion"
    assert not sentence.hedges


def test_a_belief_given_up_or_thinking_again_guesses_nothing():
    assert _only('"I stopped believing it would ever happen," said Priya '
                 'Lal.').label == "sourced"
    assert not _only("Critics urged the council to think again.").hedges


def test_authorities_opening_a_sentence_are_a_loose_group():
    sentence = _only("Health authorities said the heat would ease by Friday.")
    assert sentence.source_kind == "vague"


def test_one_of_the_unnamed_sources_just_told_of_can_describe_and_judge():
    text = ('Two officials spoke on condition of anonymity. One described the '
            'atmosphere inside the council chambers as "paranoid".')
    described = analyze(text).sentences[1]
    assert (described.label, described.source_kind) == ("opinion", "anonymous")
    assert "one of those just mentioned said it" in described.explanation
    assert "writer's opinion" not in described.explanation


def test_that_a_thing_does_not_exist_is_checked_not_judged():
    sentence = _only('"There is no merger plan, and there never has been," said '
                     'Councillor Rosa Delaney.')
    assert sentence.label == "sourced"
    assert _only("There is no excuse for this.").label == "opinion"


def test_independent_engineers_are_a_loose_group():
    sentence = _only("Independent engineers say the overspend was predictable.")
    assert sentence.source_kind == "vague"


def test_quoted_verdicts_an_audit_found_reported_as_facts_judge():
    for text in ('Dr Sunil Varma said the decision was "a classic mistake".',
                 '"They treat customers with contempt," said Rachel Boateng.',
                 '"It is a done deal being dressed up as a discussion," said '
                 'Darren Foley.',
                 '"Heat is the silent killer in this country," said Dr Mei Tan.',
                 '"This is a proud day for Castlebridge," said Helen Achebe.'):
        assert _only(text).label == "opinion", text
    assert _only("The clerk's classic car was sold.").label != "opinion"


def test_a_superlative_held_to_a_span_of_years_is_a_record():
    assert not _only("Ashworth High recorded its best set of grades in six "
                     "years.").opinion_cues
    assert _only('"This is the worst budget I have seen in twenty years," said '
                 'Councillor Maria Esteves.').label == "opinion"


def test_feedback_names_a_document_with_who_made_it():
    sentence = _only("Data from the Office for Housing Statistics shows rents "
                     "rose.")
    assert "(Data from the Office for Housing Statistics)" in sentence.explanation
    assert "(the report)" in _only("The report says rents rose.").explanation


def test_a_grade_a_regulator_describes_is_no_judgement_of_the_writers():
    sentence = _only('Nine of the 27 sampling points recorded E. coli levels the '
                     'regulator describes as "poor".')
    assert sentence.label != "opinion"
    assert _only('The mayor described the plan as "a disaster".').label == \
        "opinion"
