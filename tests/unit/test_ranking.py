from datetime import date, datetime

from quizapp.grading.ranking import (
    Totals,
    mastered,
    rank,
    streak,
    visible_to,
    week_start,
)


def t(uid, points, max_points=10.0, reached=None, name=None):
    return Totals(uid, name or f"s{uid}", points, max_points, reached)


def test_more_points_rank_higher_and_accuracy_breaks_ties():
    standings = rank([t(1, 5, 10), t(2, 8, 10), t(3, 5, 6)])
    assert [(s.user_id, s.rank) for s in standings] == [(2, 1), (3, 2), (1, 3)]


def test_students_equal_on_points_and_accuracy_share_a_rank():
    early, late = datetime(2026, 1, 1), datetime(2026, 1, 2)
    standings = rank([t(1, 9), t(2, 5, reached=late), t(3, 5, reached=early), t(4, 1)])
    assert [(s.user_id, s.rank) for s in standings] == [(1, 1), (3, 2), (2, 2), (4, 4)]


def test_students_without_scores_rank_last_with_no_accuracy():
    standings = rank([t(1, 0, 0), t(2, 1, 1)])
    assert standings[-1].user_id == 1 and standings[-1].accuracy is None


def test_streak_counts_consecutive_days_up_to_today_or_yesterday():
    today = date(2026, 11, 24)
    days = [date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)]
    assert streak(days, today) == 3
    assert streak([*days, today], today) == 4
    assert streak([date(2026, 11, 20)], today) == 0
    assert streak([], today) == 0


def test_week_starts_on_monday_midnight():
    assert week_start(datetime(2026, 11, 26, 15, 30)) == datetime(2026, 11, 23)


def test_students_see_the_rows_their_class_allows_and_always_their_own():
    standings = rank([t(i, 10 - i) for i in range(1, 6)])
    assert len(visible_to(standings, 5, "visible", 3, is_staff=False)) == 5
    top = visible_to(standings, 5, "top", 2, is_staff=False)
    assert [s.user_id for s in top] == [1, 2, 5] and top[-1].is_viewer
    anonymous = visible_to(standings, 3, "anonymous", 3, is_staff=False)
    assert [s.name for s in anonymous] == ["A classmate"] * 2 + ["s3"] + [
        "A classmate"
    ] * 2
    hidden = visible_to(standings, 4, "hidden", 3, is_staff=False)
    assert [(s.user_id, s.rank) for s in hidden] == [(4, 4)]
    assert len(visible_to(standings, 99, "hidden", 3, is_staff=True)) == 5


# Rankings a teacher may choose ------------------------------------------------


def test_points_ranking_rewards_volume_but_accuracy_ranking_rewards_being_right():
    # 80% of 50 items vs 84% of 25: points favour volume, accuracy does not.
    volume = Totals(1, "volume", 40, 50, items=50)
    careful = Totals(2, "careful", 21, 25, items=25)
    assert [s.user_id for s in rank([volume, careful])] == [1, 2]
    assert [s.user_id for s in rank([volume, careful], "accuracy", 10)] == [2, 1]


def test_accuracy_ranking_lists_students_below_the_minimum_unranked_and_last():
    guesser = Totals(1, "one-item", 1, 1, items=1)
    steady = Totals(2, "steady", 7, 10, items=10)
    standings = rank([guesser, steady], "accuracy", min_items=10)
    assert [(s.user_id, s.is_ranked) for s in standings] == [(2, True), (1, False)]
    assert standings[0].rank == 1


def test_equal_accuracy_is_separated_by_points_and_full_ties_share_a_rank():
    a = Totals(1, "a", 8, 10, items=10)
    b = Totals(2, "b", 16, 20, items=20)
    c = Totals(3, "c", 16, 20, items=20)
    standings = rank([a, b, c], "accuracy", 5)
    assert [(s.user_id, s.rank) for s in standings] == [(2, 1), (3, 1), (1, 3)]


def test_mastery_counts_skills_at_eighty_percent_with_enough_items():
    skills = {
        "sourcing": (4, 5, 5),  # 80%: mastered
        "opinion": (2, 2, 2),  # 100% but only 2 items: not yet
        "speculation": (3, 5, 5),  # 60%
    }
    assert mastered(skills) == 1
    master = Totals(1, "master", 10, 20, items=12, skills=skills)
    pressing_one = Totals(2, "presser", 15, 40, items=40,
                          skills={"sourcing": (15, 40, 40)})  # fmt: skip
    standings = rank([pressing_one, master], "mastery")
    assert [(s.user_id, s.mastered) for s in standings] == [(1, 1), (2, 0)]


def test_an_unknown_ranking_falls_back_to_points():
    rows = [Totals(1, "a", 1, 1), Totals(2, "b", 5, 10)]
    assert [s.user_id for s in rank(rows, "speed")] == [2, 1]
