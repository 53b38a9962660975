"""A hedge word counts as a cue only in its uncertainty sense: a past ability
or plan, a condition of logic or likeness, a thing thought over, a noun of the
mind, the matter under discussion or a word of a title guesses nothing."""

import pytest

from quizapp.analysis.hedges import find_hedges


def cues(text):
    return [c["text"] for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        # a past ability, a plan or a habit told of the past
        "In 1958 the old ferry could carry forty cars at a time.",
        "The first lamps were dim and could not be seen from the harbour.",
        "In 1871 there would be a second flood, which ruined the mill.",
        "The canal was dug in a year and would serve the town for a century.",
        # a pollster's term, a forecast someone already made
        "The poll found Kowalczyk with 38 percent among likely primary voters.",
        "The poll showed Tolliver leading 44 percent to 41 percent among likely "
        "Ohio voters.",
        "Shares fell after the chipmaker cut its full-year revenue forecast.",
        # a condition of logic or likeness, an aside
        "A number is even if and only if it ends in an even digit.",
        "She waved at the bus as if it were an old friend.",
        "The fund made little, if any, difference to the farmers.",
        # weighing or looking at something, an instruction
        "The council considered closing the library on Sundays.",
        "Her plan was considered but rejected by the board.",
        "The actor was considered for the part of the king.",
        "Consider a square with sides of two metres.",
        "As an example, consider the bridge over the Tay.",
        "The club needed time to consider its options.",
        "The school is small, considering the size of the town.",
        # the noun of the mind, an old belief corrected
        "The book traces Welsh history and thought.",
        "Each verse holds one complete thought.",
        "The comet was larger than previously thought.",
        "The crowd was bigger than the organisers had expected.",
        # the matter under discussion, every possibility
        "The meeting in question took place in a barn.",
        "The robot tries all possible moves before it chooses.",
        # a word of a name or title
        "The Heir Apparent opened the new hall.",
        "The band's best song was 'If You Were Here' from their first album.",
    ],
)
def test_a_word_in_a_sense_that_guesses_nothing_is_no_cue(text):
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a possibility, now or framed by a view, a report or a condition
        ("The ferry could carry more cars next year.", "could"),
        ("Engineers warned in 1958 that the dam could fail.", "could"),
        ("The mill closed in 1990; planners say the site could become a park.",
         "could"),
        ("Farmers questioned how the board could change the rules.", "could"),
        ("The storm, which formed on Tuesday, could flood the coast.", "could"),
        ("The firm, founded in 1998, could lose its licence.", "could"),
        ("The vote was delayed; it could come in the spring.", "could"),
        ("The mayor resigned in March and could face charges.", "could"),
        ("In the event the pier was hit, the cafe would be closed.", "would"),
        ("Prices rose last year and could climb further.", "could"),
        ("The council voted last week, and the plan could pass next month.",
         "could"),
        ("The canal was dug so that if the river rose it would drain the fields.",
         "if"),
        ("The town would have flooded in 1871, some historians believe.",
         "would"),
        ("If it rains, the match will be moved indoors.", "If"),
        # holding a view
        ("Many critics considered the film his best.", "considered"),
        ("Some consider the castle the oldest in the county.", "consider"),
        ("Most voters thought the tax was unfair.", "thought"),
        ("It was once thought that the moon was made of glass.", "thought"),
        ("The hall was thought to be haunted.", "thought"),
        ("The truck is expected to arrive on Friday.", "expected"),
        # doubt and possibility
        ("The value of the survey has been questioned.", "been questioned"),
        ("The truth of the story is in question.", "in question"),
        ("His account has come under question.", "under question"),
        ("Whether the mine will reopen is far from clear.", "far from clear"),
        ("There was no confirmation of the second sighting.", "no confirmation"),
        ("A possible cause is the cold winter.", "possible"),
        ("The Witch seemed friendly.", "seemed"),
        ("Storm Could Hit The Coast Tonight", "Could"),
    ],
)
def test_the_same_words_hedge_in_their_uncertainty_sense(text, cue):
    assert cue in cues(text)


def test_questioning_by_the_police_is_no_doubt():
    assert cues("The driver had been questioned by police about the crash.") == []


def test_a_view_in_an_ing_word_is_still_held():
    assert cues("The garden was considered charming by its visitors.") == [
        "considered"]


@pytest.mark.parametrize(
    "text",
    ["The rescue followed a well thought-out plan.",
     "The route had been thought through with great care."],
)
def test_a_plan_thought_out_is_no_guess(text):
    assert cues(text) == []


def test_a_thought_held_is_still_a_guess():
    assert cues("The keeper thought the gate was locked.") == ["thought"]


def test_appearing_designed_to_guesses_at_an_aim_appearing_in_court_does_not():
    from quizapp.analysis import analyze
    assert analyze("The speech appeared designed to test that theory."
                   ).sentences[0].label == "speculation"
    assert analyze("She appeared in court on Monday.").sentences[0].label == \
        "unsourced"


def test_a_forecast_pointed_at_is_the_noun_no_guess():
    from quizapp.analysis.hedges import find_hedges
    text = "She said that forecast now looked out of date."
    assert find_hedges(text, 0, len(text)) == []


def test_it_appears_opening_a_clause_guesses_whatever_its_case():
    from .sentences import last
    assert last("It appears the fire spread from a loading bay at the rear, "
                "according to a fire service spokesperson.").label == "speculation"
    assert last("It appeared in court records on Monday.").label != "speculation"
