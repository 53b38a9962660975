"""Audit V: what a court orders ("He must pay £750 compensation") is a
sentence passed, told; "Residents appear divided" infers from outside; the
writer's asides ("plainly", "understandably", "it is tempting to", "without
concluding") judge."""

from quizapp.analysis import analyze


def _only(text: str):
    (sentence,) = analyze(text).sentences
    return sentence


def test_what_a_court_orders_is_told_not_urged():
    assert _only("He must pay £750 compensation and £85 costs.").label == \
        "unsourced"
    assert _only("He must also complete 120 hours of unpaid work.").label == \
        "unsourced"
    assert _only("The council must do better.").label == "opinion"


def test_a_group_that_appears_divided_is_inferred():
    assert _only("Residents appear divided.").label == "speculation"
    assert _only("The lighting made the room appear crowded.").label != \
        "speculation"


def test_the_writers_asides_judge():
    for text in ("She was plainly the second kind.",
                 "It is understandably tempting to blame the board.",
                 "It is hard to read the report without concluding that the "
                 "council has given up."):
        assert _only(text).label == "opinion", text


def test_a_procedure_with_who_does_it_is_told_not_foreseen():
    text = ('"Cameras go live in May," Chief Whitfield told reporters. "Every '
            'match will be reviewed by a trained officer before anyone takes '
            'action."')
    assert analyze(text).sentences[1].label == "sourced"
    (feelings,) = analyze('"People will be disappointed," she said.').sentences
    assert feelings.label == "speculation"


def test_what_talks_or_an_inquiry_are_about_and_talk_named_guess_nothing():
    sentence = _only("Sedgeford Town confirmed that it is in advanced discussions "
                     "over a possible takeover, ending weeks of speculation about "
                     "the club's future.")
    assert sentence.label == "sourced"
    assert _only("Police are investigating a possible link between the "
                 "fires.").label == "unsourced"
    assert _only("A possible deal could be announced soon.").label == \
        "speculation"


def test_uncertainty_told_as_a_hardship_guesses_nothing():
    assert _only("The uncertainty has taken its toll on residents.").label == \
        "unsourced"
    assert _only("Months of uncertainty have hurt the club.").label == \
        "unsourced"
    assert _only("Uncertainty remains over the plan.").label == "speculation"


def test_a_memory_named_without_its_words_is_an_act():
    assert _only("Other former pupils recalled her habits with obvious "
                 "affection.").label == "unsourced"
    assert _only("Dr Ann Lowe recalled that the school was small.").label == \
        "sourced"
    assert _only('"It was cold," recalled Dr Ann Lowe.').label == "sourced"


def test_a_place_and_its_region_in_an_aside_are_no_speaker():
    sentence = _only("Corvane Therapeutics, a biotechnology company based in "
                     "Millbrook, Ohio, said the vaccine was tested in 11,200 "
                     "adults.")
    assert sentence.attribution.source == "Corvane Therapeutics"
    assert _only("Speaking in Washington, Obama said it rained.").attribution \
        .source == "Obama"


def test_information_spread_unverified_is_named_not_guessed():
    assert not _only("DI Holt cautioned against spreading unverified "
                     "information.").hedges
    assert _only("Unverified reports suggest the mayor will quit.").label == \
        "speculation"


def test_blind_round_t_shared_misses():
    assert _only("The MP added that he would be meeting company executives on "
                 "Friday.").label == "sourced"
    assert _only("She added that the plan would cost jobs.").label == \
        "speculation"
    assert _only("Whitfield has a real gift for dialogue.").label == "opinion"
    research = _only("Research by the Centre for Regional Economic Studies "
                     "suggests that every job supports 1.5 others.")
    assert research.source_kind == "citation"
