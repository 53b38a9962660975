"""A student works through the mini pack: sorting, questions, results, progress."""

from quizapp.extensions import db
from quizapp.models import Answer, Attempt

from .helpers import exercise, item_urls, latest_attempt, start


def test_anonymous_visitors_are_sent_to_login(client, mini_pack):
    for url in ["/articles", "/articles/mini", "/progress", "/attempts/1"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.location.startswith("/auth/login")


def test_library_lists_articles_and_the_article_renders_cleanly(
    client, auth, mini_pack
):
    auth.login()
    assert "Harbour Plans Announced" in client.get("/articles").text
    page = client.get("/articles/mini").text
    assert '<h2 id="b-2">Reactions</h2>' in page  # ### under the h1: no gap
    assert '<p id="b-3" class="turn"><strong>Host:</strong>' in page
    assert '<sup class="cite"><a href="#ref-1"' in page and "[1]</a></sup>" in page
    assert '<li id="ref-1"><a href="https://example.org/harbour-report"' in page


def test_claim_is_shown_highlighted_in_its_paragraph(client, auth, mini_pack):
    auth.login()
    page = client.get(start(client, "claims")).text
    assert (
        '<mark class="claim" id="claim">The council approved a new harbour wall on '
        "Monday, the mayor said.</mark>" in page
    )
    assert page.count('type="radio" name="label"') == 4


def test_feedback_names_the_label_highlights_cues_and_source(client, auth, mini_pack):
    auth.login()
    url = start(client, "claims")
    client.post(url, data={"label": "unsourced"})
    client.post(item_urls(client.get(url).text)[-1], data={"label": "speculation"})
    page = client.get(url).text
    assert "Not quite: this is a sourced fact" in page
    assert '<mark class="cue">the mayor said</mark>' in page
    assert "Source: a named source: <strong>the mayor</strong>" in page
    assert "The mayor is named as the source." in page


def next_link(client, url: str) -> str:
    page = client.get(url).text
    return page.split('id="next-link" href="')[1].split('"')[0]


def test_questions_that_are_not_claims_are_not_offered_for_sorting(
    client, auth, mini_pack
):
    auth.login()
    url = start(client, "claims")
    for label in ["sourced", "speculation", "opinion"]:
        client.post(url, data={"label": label})
        url = next_link(client, url)
    assert url.endswith("/result")
    result = client.get(url).text
    assert "Score: <strong>3 / 3</strong>" in result
    assert "What happens next" not in result


def answer_all_questions(client, choices):
    url = start(client, "questions")
    for data in choices:
        response = client.post(url, data=data)
        assert response.status_code == 302, response.text
        url = next_link(client, url)
    return url


def test_feedback_on_questions_points_back_to_the_evidence(client, auth, mini_pack):
    auth.login()
    url = start(client, "questions")
    client.post(url, data={"choice": "b"})
    page = client.get(url).text
    assert "Not quite." in page
    assert "Where the article says so" in page
    assert '<mark class="evidence">the mayor said</mark>' in page
    assert 'href="/articles/mini#b-0"' in page
    # a screen reader hears each option's verdict once: the visible tag is
    # hidden from it, the words beside the option say it
    assert "(your choice, wrong)" in page
    assert '<em class="tag" aria-hidden="true">your choice</em>' in page


def test_multiple_select_earns_partial_credit_and_says_what_was_missed(
    client, auth, mini_pack
):
    auth.login()
    result = answer_all_questions(
        client, [{"choice": "a"}, {"choices": ["a"]}, {"choice": "a"}]
    )
    page = client.get(result).text
    assert "Score: <strong>2.5 / 3</strong>" in page
    assert "Partly right: 1 of 2 found." in page


def test_unanswered_submission_re_renders_with_a_message_and_saves_nothing(
    client, auth, mini_pack
):
    auth.login()
    url = start(client, "questions")
    response = client.post(url, data={})
    assert response.status_code == 422
    assert "Choose an answer." in response.text
    assert db.session.scalar(db.select(db.func.count(Answer.id))) == 0


def test_leaving_half_way_and_coming_back_resumes_where_it_was_left(
    client, auth, mini_pack
):
    user = auth.login()
    first = start(client, "claims")
    client.post(first, data={"label": "sourced"})
    auth.logout()
    auth.login()
    second = start(client, "claims")
    assert second != first
    assert latest_attempt(user).number == 1
    assert "Resume" in client.get("/articles/mini").text
    page = client.get(first).text
    assert "Right: this is a sourced fact" in page  # the earlier answer is kept


def test_retake_starts_a_new_attempt_and_keeps_the_old_one(client, auth, mini_pack):
    user = auth.login()
    answer_all_questions(client, [{"choice": "b"}, {"choices": ["c"]}, {"choice": "b"}])
    first = latest_attempt(user)
    assert first.is_finished and first.score == 0
    answer_all_questions(
        client, [{"choice": "a"}, {"choices": ["a", "b"]}, {"choice": "a"}]
    )
    second = latest_attempt(user)
    assert (second.number, second.score, second.is_finished) == (2, 3.0, True)
    db.session.refresh(first)
    assert first.score == 0 and len(first.answers) == 3
    page = client.get(f"/attempts/{second.id}/result").text
    assert "Your attempts" in page


def test_a_students_attempt_times_read_in_their_class_time_zone(
    client, auth, mini_pack
):
    from datetime import datetime

    from quizapp.services import classrooms

    from ..conftest import make_user

    user = auth.login()
    classroom = classrooms.create_classroom(make_user("ms-reed", role="teacher"),
                                            "Media 9B", "Europe/London")
    classrooms.join_classroom(user, classroom.join_code, "Kestrel")
    answer_all_questions(client, [{"choice": "b"}, {"choices": ["c"]}, {"choice": "b"}])
    answer_all_questions(client, [{"choice": "a"}, {"choices": ["a"]}, {"choice": "a"}])
    second = latest_attempt(user)
    second.started_at = datetime(2026, 7, 1, 9, 30)  # UTC: 10:30 in London
    db.session.commit()
    page = client.get(f"/attempts/{second.id}/result").text
    assert "Wed 1 July 2026, 10:30 BST" in page
    assert " UTC</td>" not in page


def test_progress_page_shows_attempts_best_score_and_skills(client, auth, mini_pack):
    auth.login()
    answer_all_questions(client, [{"choice": "b"}, {"choices": ["c"]}, {"choice": "b"}])
    answer_all_questions(
        client, [{"choice": "a"}, {"choices": ["a", "b"]}, {"choice": "a"}]
    )
    url = start(client, "claims")
    client.post(url, data={"label": "sourced"})
    page = client.get("/progress").text
    assert "Check your understanding" in page
    assert "<td>2</td><td>100%</td>" in page  # two attempts, best 100%
    assert "</td><td>50%</td></tr>" in page  # 3 of 6 points over both attempts
    # The citation check trains sourcing: 1 claim + 2 citation answers, all right.
    assert "Spotting sourcing</th><td>3</td><td>67%</td>" in page
    assert "Comprehension</th><td>4</td><td>50%</td>" in page
    assert page.count('<svg class="bar"') >= 5
    assert db.session.scalar(db.select(db.func.count(Attempt.id))) == 3
    assert exercise("claims") is not None
