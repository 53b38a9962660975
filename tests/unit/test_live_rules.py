"""The rules of a live game, without an app: states, timer, points, ranks,
nicknames."""

import pytest

from quizapp.grading.live import (
    BASE_POINTS,
    GameState,
    IllegalMove,
    accepts_answers,
    apply,
    distribution,
    is_due,
    nickname_key,
    nickname_problem,
    points,
    rank_players,
)


def play(game, *actions, now=0.0):
    for action in actions:
        game = apply(game, action, now)
    return game


def test_a_game_goes_lobby_question_reveal_leaderboard_and_finishes():
    game = GameState(count=2, time_limit=20)
    seen = []
    for action in ["start", "close", "next", "next", "close", "next", "next"]:
        game = apply(game, action, 100.0)
        seen.append((game.state, game.index))
    assert seen == [
        ("question", 0),
        ("reveal", 0),
        ("leaderboard", 0),
        ("question", 1),
        ("reveal", 1),
        ("leaderboard", 1),
        ("finished", 1),
    ]


def test_moves_that_do_not_fit_the_state_are_refused():
    lobby = GameState(count=3)
    for action in ["close", "next", "pause", "resume", "skip", "fly"]:
        with pytest.raises(IllegalMove):
            apply(lobby, action, 0.0)
    finished = play(lobby, "end")
    with pytest.raises(IllegalMove):
        apply(finished, "start", 0.0)


def test_skip_opens_the_next_question_and_ends_after_the_last():
    game = play(GameState(count=2), "start", "skip")
    assert (game.state, game.index) == ("question", 1)
    assert apply(game, "skip", 0.0).state == "finished"


def test_a_game_without_questions_finishes_at_start():
    assert apply(GameState(count=0), "start", 0.0).state == "finished"


def test_the_timer_closes_the_question_on_the_servers_clock():
    game = apply(GameState(count=1, time_limit=20), "start", 1000.0)
    assert accepts_answers(game, 1019.9)
    assert not accepts_answers(game, 1020.0)
    assert not is_due(game, 1019.0) and is_due(game, 1020.0)


def test_an_untimed_question_stays_open_until_the_host_closes_it():
    game = apply(GameState(count=1, time_limit=20), "start", 0.0, timed=False)
    assert game.closes_at is None
    assert accepts_answers(game, 10_000.0) and not is_due(game, 10_000.0)
    assert not accepts_answers(apply(game, "close", 1.0), 1.0)


def test_pause_freezes_the_timer_and_refuses_answers_until_resume():
    game = apply(GameState(count=1, time_limit=30), "start", 0.0)
    paused = apply(game, "pause", 10.0)
    assert not accepts_answers(paused, 11.0) and not is_due(paused, 100.0)
    resumed = apply(paused, "resume", 100.0)
    assert resumed.closes_at == 120.0
    assert accepts_answers(resumed, 119.0) and not accepts_answers(resumed, 120.0)
    with pytest.raises(IllegalMove):
        apply(resumed, "resume", 101.0)


def test_a_correct_answer_earns_full_points_and_a_wrong_one_nothing():
    assert points(1.0, 15.0, 20) == BASE_POINTS
    assert points(0.0, 0.1, 20, speed_bonus=True) == 0
    assert points(0.5, 1.0, 20) == BASE_POINTS // 2


def test_the_speed_bonus_is_capped_at_a_fifth_and_falls_to_nothing():
    assert points(1.0, 0.0, 20, speed_bonus=True) == 1200
    assert points(1.0, 10.0, 20, speed_bonus=True) == 1100
    assert points(1.0, 25.0, 20, speed_bonus=True) == 1000
    assert points(1.0, -5.0, 20, speed_bonus=True) == 1200
    assert points(0.5, 0.0, 20, speed_bonus=True) == 500  # partial: no bonus


def test_a_careful_reader_beats_a_fast_guesser():
    careful = sum(points(1.0, 19.0, 20, speed_bonus=True) for _ in range(5))
    fast = sum(points(1.0, 0.0, 20, speed_bonus=True) for _ in range(4))
    fast += points(0.0, 0.0, 20, speed_bonus=True)
    assert careful > fast


def test_ranks_break_ties_by_correct_answers_and_share_full_ties():
    ranked = rank_players(
        [
            (1, "Ada", 2000, 2),
            (2, "bo", 3000, 3),
            (3, "Cy", 2000, 3),
            (4, "Di", 2000, 2),
        ]
    )
    assert [(r.name, r.rank) for r in ranked] == [
        ("bo", 1),
        ("Cy", 2),
        ("Ada", 3),
        ("Di", 3),
    ]


def test_the_distribution_counts_every_kind_of_response():
    responses = [{"choice": "a"}, {"choices": ["a", "b"]}, {"label": "c"}, {}]
    assert distribution(["a", "b", "c"], responses) == {"a": 2, "b": 1, "c": 1}


@pytest.mark.parametrize(
    "name",
    ["x", "a" * 21, "   ", "!!", "Sh1t happens", "FUCK", "b.i.t.c.h", "Nàzi"],
)
def test_nicknames_that_are_too_short_long_or_rude_are_refused(name):
    assert nickname_problem(name, set()) is not None


def test_nicknames_are_unique_in_a_game_whatever_the_case_or_accents():
    taken = {nickname_key("Zoé")}
    assert "already" in nickname_problem("  zoe ", taken)
    assert nickname_problem("Zoë2", taken) is None


def test_the_teacher_can_extend_the_blocklist():
    assert nickname_problem("Mr Smith", set()) is None
    assert nickname_problem("Mr Smith", set(), ["smith"]) is not None
    assert nickname_problem("Mr Smith", set(), ["", "!!"]) is None
