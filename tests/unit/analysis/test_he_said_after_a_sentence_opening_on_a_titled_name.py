"""A "he said" after a sentence that opens on a person by title and surname
("Mr. Vane, reached by phone, declined to discuss his departure.", "Ms. Osei
put it more bluntly.") stands for that person, though the sentence credits
them with nothing: not for someone credited further back."""

from quizapp.analysis import analyze
from quizapp.analysis.referents import referents


def _names(text):
    analysis = analyze(text)
    found = referents(analysis)
    return {s.text: found.get(s.index) for s in analysis.sentences}


def test_he_said_stands_for_the_one_the_sentence_before_opens_on():
    names = _names(
        'Mr. Colfax told colleagues that the memo had been "written for the '
        'newspapers." Mr. Colfax did not respond to requests for comment. '
        "Mr. Vane, reached by phone, declined to discuss his departure. "
        '"I am proud of what we built," he said. "I will leave it there."')
    assert names['"I am proud of what we built," he said.'] == "Mr. Vane"
    assert names['"I will leave it there."'] == "Mr. Vane"


def test_she_said_after_someone_put_it_bluntly_is_that_one():
    names = _names('Ms. Morales said the poll was wrong. Ms. Osei put it more '
                   'bluntly. "Right now, she is ahead," she said.')
    assert names['"Right now, she is ahead," she said.'] == "Ms. Osei"


def test_a_name_that_does_not_fit_the_pronoun_is_passed_over():
    names = _names('Ms. Morales said the poll was wrong. Mr. Osei put it more '
                   'bluntly. "Right now, he is ahead," she said.')
    assert names['"Right now, he is ahead," she said.'] == "Ms. Morales"


def test_a_surname_opening_the_sentence_finds_a_name_told_as_a_possessive():
    names = _names(
        "Harbour City won after Tunde Okonjo's header four minutes from time. "
        'The manager, Anders Kvale, was pleased. "We kept going," he said. '
        "Okonjo, speaking to the club's channel, was modest. \"The ball found my "
        'head," he said.')
    assert names['"The ball found my head," he said.'] == "Tunde Okonjo"


def test_the_one_a_sentence_opens_on_counts_beside_the_one_it_attacks():
    names = _names("Ms. Morales spent much of the speech attacking Gov. Walt "
                   'Harlan, her opponent. "He will tell you it is going to be '
                   'great," she said.')
    assert names['"He will tell you it is going to be great," she said.'] != \
        "Walt Harlan"


def test_a_team_before_a_role_and_a_name_is_not_the_person():
    names = _names(
        "Wexley Rovers beat Halmouth 2-1 on Saturday. Wexley manager Gareth "
        "Pennock was honest enough to admit his side had ridden their luck. "
        '"Football is not always fair," he said.')
    assert names['"Football is not always fair," he said.'] == "Gareth Pennock"


def test_a_person_behind_a_bodys_title_is_found_by_name():
    names = _names(
        "Office vacancy stands at 31 percent, according to the brokerage "
        "Halloran Reeve. Council President Ruth Abernathy was less convinced. "
        '"The mayor gives a wonderful speech," she said.')
    assert names['"The mayor gives a wonderful speech," she said.'] == \
        "Ruth Abernathy"
