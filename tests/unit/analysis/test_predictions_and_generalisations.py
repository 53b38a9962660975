"""A source's forecast, the writer's "everyone knows", and what people could see."""

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


def test_a_sources_forecast_is_speculation_attributed_to_them():
    sentence = _first("Kettleworks says the new kettle will halve your bills.")
    assert sentence.kind == "speculation"
    assert sentence.source_kind == "named"
    assert "will halve" in sentence.explanation


def test_an_announced_plan_with_a_date_stays_a_sourced_fact():
    sentence = _first("The council said the pool will reopen on 3 March.")
    assert sentence.label == "sourced"


def test_everyone_knows_is_the_writers_generalisation_not_a_source():
    sentence = _first("Everyone knows the roundabout floods after heavy rain.")
    assert sentence.attribution is None
    assert sentence.source_kind == "none"


def test_what_people_could_see_is_no_guess():
    sentence = _first("Flames could be seen from the motorway for an hour.")
    assert not sentence.hedges
    assert _first("The flames could spread to the next street.").hedges
