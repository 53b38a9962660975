""""There are better ways to save the money" holds a better course up against
the one taken: the writer's opinion; the same words inside a report only
colour it. A correction's apology ("We regret the error.") is a courtesy,
not a claim to sort; a regret about the world ("We regret that the council
ignored us") still judges."""


from .sentences import only


def test_better_ways_held_up_is_the_writers_opinion():
    sentence = only("There are better ways to save the money.")
    assert sentence.label == "opinion"
    assert "better ways to" in sentence.explanation


def test_a_better_way_inside_a_dated_report_only_colours_it():
    sentence = only("The board met on Monday to discuss better ways to cut "
                    "its £2 million energy bill.")
    assert sentence.label == "unsourced"


def test_a_corrections_apology_is_a_courtesy():
    for text in ("We regret the error.", "We apologise for any confusion."):
        assert only(text).kind == "courtesy"


def test_a_regret_about_the_world_still_judges():
    assert only("We regret that the council ignored us.").label == "opinion"


def test_a_better_solution_held_up_urges_it_even_beside_a_guess():
    from .sentences import only
    assert only("Speed bumps would be a better solution.").label == "opinion"
    sentence = only("Others have suggested that speed bumps would be a better "
                    "solution.")
    assert (sentence.label, sentence.source_kind) == ("opinion", "vague")
    assert only("The council chose the cheaper option after a better option fell "
                "through in 2019.").label == "unsourced"
