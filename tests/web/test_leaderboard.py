"""Class leaderboards: best attempts only, week and all time, privacy modes."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import update

from quizapp.extensions import db
from quizapp.models import BestScore
from quizapp.models._base import utcnow
from quizapp.services.standings import class_standings

from ..conftest import make_user
from .classes_helpers import answer, assign_mini, enrol, make_class

WRONG_CLAIMS = {"c1": {"label": "opinion"}, "c2": {"label": "opinion"}}


def points(classroom, period="all") -> dict[str, float]:
    return {s.name: s.points for s in class_standings(classroom, period)}


def test_retaking_an_exercise_never_adds_a_second_helping_of_points(mini_pack):
    classroom = make_class(make_user("teacher", role="teacher"))
    assign_mini(classroom)
    sam = enrol(classroom, "sam", nickname="Owl")
    answer(sam, "claims", WRONG_CLAIMS)
    assert points(classroom) == {"Owl": 1.0}
    answer(sam, "claims")
    assert points(classroom) == {"Owl": 3.0}
    answer(sam, "claims")
    answer(sam, "claims", WRONG_CLAIMS)
    assert points(classroom) == {"Owl": 3.0}
    [standing] = class_standings(classroom)
    assert standing.accuracy == 1.0


def test_only_assigned_sets_count_on_a_class_leaderboard(mini_pack):
    classroom = make_class(make_user("teacher", role="teacher"))
    sam = enrol(classroom, "sam", nickname="Owl")
    answer(sam, "claims")
    assert points(classroom) == {"Owl": 0.0}
    assign_mini(classroom)
    assert points(classroom) == {"Owl": 3.0}


def test_this_week_counts_best_scores_set_since_monday(client, auth, mini_pack):
    teacher = make_user("teacher", role="teacher")
    classroom = make_class(teacher)
    assign_mini(classroom)
    old, new = enrol(classroom, nickname="Oldie"), enrol(classroom, nickname="Newbie")
    answer(old, "claims")
    answer(new, "claims", WRONG_CLAIMS)
    db.session.execute(
        update(BestScore)
        .where(BestScore.user_id == old.id)
        .values(achieved_at=utcnow() - timedelta(days=8))
    )
    db.session.commit()
    assert points(classroom, "all") == {"Oldie": 3.0, "Newbie": 1.0}
    assert points(classroom, "week") == {"Oldie": 0.0, "Newbie": 1.0}

    auth.login("teacher")
    page = client.get(f"/teach/classes/{classroom.id}/leaderboard?period=week").text
    assert 'aria-current="page">This week' in page
    assert page.index("Newbie") < page.index("Oldie")
    page = client.get(f"/teach/classes/{classroom.id}/leaderboard").text
    assert 'aria-current="page">All time' in page
    assert page.index("Oldie") < page.index("Newbie")


@pytest.fixture()
def ranked_class(mini_pack):
    """Four students ranked Ace, Bee, Cee, then the viewer `dee` (nickname Dee)."""
    classroom = make_class(make_user("teacher", role="teacher"))
    assign_mini(classroom)
    wrong = {"label": "unsourced"}
    for n, (username, nickname) in enumerate(
        [("ann_secret", "Ace"), ("bob_secret", "Bee"), ("cid_secret", "Cee")]
    ):
        student = enrol(classroom, username, nickname=nickname)
        answer(student, "claims", {k: wrong for k in ["c1", "c2", "c3"][3 - n :]})
    enrol(classroom, "dee_secret", nickname="Dee")
    return classroom


def student_view(client, auth, classroom, mode, top_n=2) -> str:
    classroom.leaderboard_mode = mode
    classroom.leaderboard_top_n = top_n
    db.session.commit()
    auth.login("dee_secret")
    response = client.get(f"/classes/{classroom.id}/leaderboard")
    assert response.status_code == 200
    return response.text


def test_visible_mode_shows_every_classmate_by_nickname(client, auth, ranked_class):
    page = student_view(client, auth, ranked_class, "visible")
    assert all(name in page for name in ["Ace", "Bee", "Cee", "Dee"])
    assert page.index("Ace") < page.index("Bee") < page.index("Cee")


def test_top_mode_shows_the_top_n_and_the_viewers_own_row(client, auth, ranked_class):
    page = student_view(client, auth, ranked_class, "top", top_n=2)
    assert "Ace" in page and "Bee" in page and "Dee" in page
    assert "Cee" not in page
    assert "Your rank: <strong>4</strong> of 4" in page


def test_anonymous_mode_hides_classmates_names_but_not_ranks(
    client, auth, ranked_class
):
    page = student_view(client, auth, ranked_class, "anonymous")
    assert page.count("A classmate") == 3
    assert not any(name in page for name in ["Ace", "Bee", "Cee"])
    assert "Dee" in page and "<td>3</td>" in page  # whole points: no ".0"


def test_hidden_mode_shows_only_the_viewers_own_rank(client, auth, ranked_class):
    page = student_view(client, auth, ranked_class, "hidden")
    assert "Your rank: <strong>4</strong> of 4" in page
    assert "private" in page
    assert not any(name in page for name in ["Ace", "Bee", "Cee", "A classmate"])


@pytest.mark.parametrize("mode", ["visible", "top", "anonymous", "hidden"])
def test_every_student_always_sees_their_own_rank(client, auth, ranked_class, mode):
    page = student_view(client, auth, ranked_class, mode, top_n=1)
    assert "Your rank: <strong>4</strong> of 4" in page
    assert '<tr class="viewer">' in page


@pytest.mark.parametrize("mode", ["visible", "top", "anonymous", "hidden"])
def test_usernames_never_appear_on_a_leaderboard(client, auth, ranked_class, mode):
    page = student_view(client, auth, ranked_class, mode)
    assert "_secret" not in page
    auth.logout()
    auth.login("teacher")
    page = client.get(f"/teach/classes/{ranked_class.id}/leaderboard").text
    assert "_secret" not in page
    assert all(name in page for name in ["Ace", "Bee", "Cee", "Dee"])


def test_the_teacher_sees_every_row_whatever_the_mode(client, auth, ranked_class):
    ranked_class.leaderboard_mode = "hidden"
    db.session.commit()
    auth.login("teacher")
    page = client.get(f"/teach/classes/{ranked_class.id}/leaderboard").text
    assert all(name in page for name in ["Ace", "Bee", "Cee", "Dee"])
    assert "hidden from students" in page


def test_the_page_explains_how_points_work(client, auth, ranked_class):
    page = student_view(client, auth, ranked_class, "visible")
    assert "<summary>How points work</summary>" in page
    assert "best attempt at each exercise counts" in page
    assert "share a rank (1, 2, 2, 4)" in page
    # the class's ranking rule is said once, above the list
    assert page.count("This class ranks by") == 1


def test_teacher_changes_the_mode_and_bad_settings_are_refused(
    client, auth, ranked_class
):
    auth.login("teacher")
    url = f"/teach/classes/{ranked_class.id}/leaderboard-settings"
    response = client.post(url, data={"mode": "top", "top_n": "5"})
    assert response.status_code == 302
    assert (ranked_class.leaderboard_mode, ranked_class.leaderboard_top_n) == ("top", 5)
    for data in ({"mode": "public", "top_n": "5"}, {"mode": "top", "top_n": "0"}):
        response = client.post(url, data=data)
        assert response.status_code == 422
    assert ranked_class.leaderboard_mode == "top"


def test_teacher_ranks_a_class_by_accuracy_and_students_read_how(
    client, auth, ranked_class
):
    auth.login("teacher")
    url = f"/teach/classes/{ranked_class.id}/leaderboard-settings"
    settings = {"mode": "visible", "top_n": "5", "ranking": "accuracy"}
    response = client.post(url, data={**settings, "min_items": "3"})
    assert response.status_code == 302
    assert (ranked_class.ranking, ranked_class.ranking_min_items) == ("accuracy", 3)
    page = client.get(f"/teach/classes/{ranked_class.id}").text
    [radio] = re.findall(r'<input[^>]*value="accuracy"[^>]*>', page)
    assert "checked" in radio
    bad = client.post(url, data={**settings, "ranking": "speed"})
    assert bad.status_code == 422 and ranked_class.ranking == "accuracy"
    auth.logout()
    page = student_view(client, auth, ranked_class, "visible")
    assert "This class ranks by accuracy" in page
    assert "at least 3 items" in page
    assert "Not ranked yet: answer 3 more items to rank by accuracy" in page
    assert '<th scope="col">Items</th>' in page
    standings = {s.name: s for s in class_standings(ranked_class)}
    assert standings["Ace"].rank == 1 and standings["Ace"].items == 3
    assert not standings["Dee"].is_ranked


def test_mastery_ranking_counts_skills_and_is_explained(client, auth, ranked_class):
    ranked_class.ranking = "mastery"
    db.session.commit()
    standings = {s.name: s for s in class_standings(ranked_class)}
    # Ace got every claim right; the claims of the mini pack train two skills,
    # none with three items, so nobody has mastered a skill yet.
    assert standings["Ace"].accuracy == 1 and standings["Ace"].mastered == 0
    page = student_view(client, auth, ranked_class, "visible")
    assert "This class ranks by mastery" in page
    assert '<th scope="col">Skills mastered</th>' in page
