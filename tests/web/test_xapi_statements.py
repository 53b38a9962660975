"""xAPI: with an LRS configured, answers and finished attempts are sent as
valid `answered` and `completed` statements after the response, retried when
the LRS fails, through an RQ queue when Redis is configured; answering never
waits for the LRS or fails because of it."""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from quizapp.extensions import db
from quizapp.interop import xapi
from quizapp.services import xapi_outbox

from ..conftest import make_app
from .classes_helpers import RIGHT
from .helpers import start


class FakeLRS:
    """Records what is POSTed to /statements; fails the first `failures` posts."""

    def __init__(self, failures: int = 0):
        self.failures = failures
        self.posts: list[dict] = []

    def urlopen(self, request, timeout=None):
        assert request.full_url == "https://lrs.example.org/xapi/statements"
        assert request.headers["X-experience-api-version"] == "1.0.3"
        auth = base64.b64decode(request.headers["Authorization"].split()[1])
        assert auth == b"key:secret"
        if self.failures:
            self.failures -= 1
            raise OSError("connection refused")
        self.posts.append({"statements": json.loads(request.data)})
        return self

    status = 200

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    @property
    def statements(self) -> list[dict]:
        return [s for post in self.posts for s in post["statements"]]


LRS_SETTINGS = {
    "XAPI_ENDPOINT": "https://lrs.example.org/xapi/",
    "XAPI_USERNAME": "key",
    "XAPI_PASSWORD": "secret",
    "XAPI_BASE_IRI": "https://quiz.example.org",
}


@pytest.fixture()
def lrs(monkeypatch, app):
    fake = FakeLRS()
    monkeypatch.setattr(xapi_outbox.urllib.request, "urlopen", fake.urlopen)
    monkeypatch.setattr(xapi_outbox, "RETRY_DELAYS", (0.0, 0.0))
    app.config.update(LRS_SETTINGS)
    return fake


def post(client, url: str, data: dict):
    """Post an answer; closing the response runs what waits for it to be sent
    (a WSGI server closes every response; the test client leaves it to us)."""
    response = client.post(url, data=data)
    response.close()
    return response


def answer_all(client, slug: str) -> None:
    url = start(client, slug)
    while url and "/items/" in url:
        key = client.get(url, headers={"Accept": "application/json"}).json
        item_key = next(k for k, v in RIGHT.items() if _matches(key, k))
        post(client, url, RIGHT[item_key])
        page = client.get(url).text
        nxt = page.split('id="next-link" href="')[1].split('"')[0]
        url = nxt if "/items/" in nxt else None


def _matches(item_json: dict, key: str) -> bool:
    prompt = item_json["item"].get("prompt") or item_json["item"].get("quote", "")
    return {"q1": "Who says", "q2": "Which of these", "q3": "cited report"}.get(
        key, "\0"
    ) in prompt


def test_answers_and_finished_attempts_become_valid_statements(
    client, auth, mini_pack, lrs
):
    user = auth.login("pupil")
    answer_all(client, "questions")
    verbs = [s["verb"]["display"]["en-US"] for s in lrs.statements]
    assert verbs == ["answered", "answered", "answered", "completed"]
    assert all(xapi.problems(s) == [] for s in lrs.statements)
    first = lrs.statements[0]
    assert first["actor"]["account"] == {
        "homePage": "https://quiz.example.org/",
        "name": f"user-{user.id}",
    }
    assert first["result"]["response"] == "a"
    assert first["result"]["score"] == {"scaled": 1.0, "raw": 1.0, "min": 0, "max": 1.0}
    assert first["object"]["definition"]["interactionType"] == "choice"
    assert first["context"]["contextActivities"]["parent"][0]["id"].startswith(
        "https://quiz.example.org/activities/exercises/"
    )
    done = lrs.statements[-1]
    assert done["result"]["completion"] is True
    assert done["result"]["score"]["raw"] == 3.0
    assert done["result"]["duration"].startswith("PT")


def test_a_failing_lrs_is_retried_and_never_blocks_answering(
    client, auth, mini_pack, lrs
):
    lrs.failures = 2
    auth.login("pupil")
    url = start(client, "questions")
    response = post(client, url, {"choice": "a"})
    assert response.status_code == 302  # the answer is stored regardless
    assert len(lrs.statements) == 1  # third try went through


def test_a_dead_lrs_is_given_up_on_without_an_error_page(client, auth, mini_pack, lrs):
    lrs.failures = 99
    auth.login("pupil")
    url = start(client, "questions")
    assert post(client, url, {"choice": "a"}).status_code == 302
    assert "✓" in client.get(url).text
    assert lrs.statements == []


def test_nothing_is_sent_without_an_lrs(client, auth, mini_pack, monkeypatch):
    sent = []
    monkeypatch.setattr(xapi_outbox, "deliver", lambda *a: sent.append(a))
    auth.login("pupil")
    post(client, start(client, "questions"), {"choice": "a"})
    assert sent == []


def test_with_redis_statements_go_through_an_rq_queue_without_the_password(
    _schema, redis_url, monkeypatch
):
    from redis import Redis
    from rq import Queue, SimpleWorker

    name = f"xapi-test-{uuid.uuid4().hex}"
    app = make_app(
        _schema,
        WTF_CSRF_ENABLED=False,
        REDIS_URL=redis_url,
        XAPI_QUEUE=name,
        **LRS_SETTINGS,
    )
    fake = FakeLRS()
    monkeypatch.setattr(xapi_outbox.urllib.request, "urlopen", fake.urlopen)
    statement = xapi.completed(
        xapi.actor("https://quiz.example.org/", "user-1"),
        xapi.activity("https://quiz.example.org/activities/exercises/1", "Set"),
        1,
        1,
        "2026-12-01T10:00:00Z",
    )
    connection = Redis.from_url(redis_url)
    queue = Queue(name, connection=connection)
    try:
        with app.app_context():
            xapi_outbox.queue([statement])  # reads the stored LRS settings
            db.session.remove()
            db.engine.dispose()  # this app's own pool: close its connections
        assert queue.count == 1
        [job] = queue.jobs
        assert job.args == ([statement],)  # no credential travels through Redis
        with app.app_context():  # the worker's app: it reads the LRS settings
            SimpleWorker([queue], connection=connection).work(burst=True)
            db.session.remove()
            db.engine.dispose()
        assert fake.statements == [statement]
    finally:
        queue.delete(delete_jobs=True)
