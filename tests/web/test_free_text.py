"""Written answers: graded per key point, with feedback that points to the text."""

from quizapp.extensions import db
from quizapp.models import Answer

from .helpers import start


def test_written_answer_earns_credit_and_shows_found_and_missed_points(
    client, auth, mini_pack
):
    auth.login()
    url = start(client, "written")
    page = client.get(url).text
    assert '<textarea id="answer-text" name="text"' in page
    client.post(url, data={"text": "It may mean fewer floods in the town."})
    page = client.get(url).text
    found = page.split('<li class="correct">')[1].split("</li>")[0]
    assert "It could reduce flooding" in found and "you wrote" in found
    assert '<mark class="match">' in page
    assert "Critics call it a waste of money" in page
    assert (
        '<mark class="evidence">The plan is a disastrous waste of money.</mark>' in page
    )
    answer = db.session.scalar(db.select(Answer))
    assert (answer.score, answer.max_score) == (1.0, 1.0)
    assert "source_text" not in answer.graded_spec


def test_rubric_is_not_in_the_page_before_answering(client, auth, mini_pack):
    auth.login()
    page = client.get(start(client, "written")).text
    for secret in ["fewer floods", "protects the town", "Building only starts"]:
        assert secret not in page


def test_empty_or_overlong_written_answer_re_renders_and_keeps_the_text(
    client, auth, mini_pack
):
    auth.login()
    url = start(client, "written")
    empty = client.post(url, data={"text": "   "})
    assert empty.status_code == 422
    long_text = "flood " * 80
    too_long = client.post(url, data={"text": long_text})
    assert too_long.status_code == 422 and "60 or fewer" in too_long.text
    assert long_text.strip() in too_long.text
    assert db.session.scalar(db.select(db.func.count(Answer.id))) == 0


def test_answer_pasted_from_the_article_earns_nothing(client, auth, mini_pack):
    auth.login()
    url = start(client, "written")
    client.post(
        url,
        data={
            "text": "The council approved a new harbour wall on Monday, the mayor "
            "said. Building starts in spring, according to the council's report."
        },
    )
    answer = db.session.scalar(db.select(Answer))
    assert answer.score == 0
