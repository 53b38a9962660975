"""xAPI statements to a Learning Record Store, when one is configured.

Listens to `answer_recorded` and `attempt_finished` when an LRS is configured
(`lrs_settings.effective_lrs`: the admin's LRS page, else the XAPI_*
variables); builds `answered` and `completed` statements
(`quizapp.interop.xapi`) and queues them: an RQ job on Redis when REDIS_URL is
set (retried by RQ), else sent once the response has gone out (retried a few
times in that request's thread). Answering never waits for the LRS and never
fails because of it; failures are logged.
"""

from __future__ import annotations

import base64
import json
import logging
import time
import urllib.error
import urllib.request
from typing import Any

from flask import Flask, current_app, has_request_context, request

from .. import events
from ..interop import xapi
from ..models import Answer, Attempt
from . import later, lrs_settings
from .lrs_settings import effective_lrs

log = logging.getLogger(__name__)
#: Seconds to wait before each retry when sending after the response.
RETRY_DELAYS = (0.5, 2.0)
#: RQ's retry intervals (seconds) when a queue is used.
QUEUE_RETRIES = [10, 60, 300, 900, 3600]
_INTERACTIONS = {
    "multiple_choice": "choice",
    "who_said": "choice",
    "citation_check": "choice",
    "multiple_select": "choice",
    "claim": "choice",
    "short_answer": "fill-in",
    "numeric": "numeric",
    "matching": "matching",
    "free_text": "long-fill-in",
}


def _base() -> str:
    lrs = effective_lrs()
    base = lrs.base_iri if lrs else current_app.config.get("XAPI_BASE_IRI")
    if not base and has_request_context():
        base = request.host_url
    return (base or "https://quizapp.invalid/").rstrip("/")


def _stamp(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _agent(user) -> dict[str, Any]:
    return xapi.actor(_base() + "/", f"user-{user.id}")


def _response(item_type: str, response: dict[str, Any]) -> str:
    """The learner's response in xAPI's response-pattern syntax."""
    if "choices" in response:
        return "[,]".join(response["choices"])
    if "choice" in response:
        return str(response["choice"])
    if "label" in response:
        return str(response["label"])
    if "matches" in response:
        return "[,]".join(f"{k}[.]{v}" for k, v in sorted(response["matches"].items()))
    if "number" in response:
        return format(float(response["number"]), "g")
    return str(response.get("text", ""))


def answer_statement(answer: Answer) -> dict[str, Any]:
    """The `answered` statement of a stored answer."""
    item, attempt = answer.item, answer.attempt
    spec = answer.graded_spec
    choices = [(o["id"], o["text"]) for o in spec.get("options") or []]
    correct = None
    if choices:
        right = [o["id"] for o in spec["options"] if o.get("correct")]
        correct = ["[,]".join(right)] if right else None
    prompt = spec.get("prompt") or spec.get("quote") or item.key
    exercise = attempt.exercise
    activity = xapi.activity(
        f"{_base()}/activities/items/{item.id}",
        str(prompt)[:200],
        interaction=_INTERACTIONS.get(item.type, "other"),
        correct=correct,
        choices=choices or None,
    )
    return xapi.answered(
        _agent(attempt.user),
        activity,
        answer.final_score,
        answer.max_score,
        _response(item.type, answer.response),
        _stamp(answer.answered_at),
        parent=f"{_base()}/activities/exercises/{exercise.id}",
    )


def completion_statement(attempt: Attempt) -> dict[str, Any]:
    """The `completed` statement of a finished attempt."""
    exercise = attempt.exercise
    activity = xapi.activity(
        f"{_base()}/activities/exercises/{exercise.id}",
        f"{exercise.article.title}: {exercise.title}",
    )
    seconds = (attempt.finished_at - attempt.started_at).total_seconds()
    return xapi.completed(
        _agent(attempt.user),
        activity,
        attempt.score,
        attempt.max_score,
        _stamp(attempt.finished_at),
        duration=xapi.iso_duration(seconds),
    )


def deliver(statements: list[dict], endpoint: str, username: str, password: str):
    """POST statements to the LRS (one try); raises on failure (RQ retries)."""
    body = json.dumps(statements).encode("utf-8")
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    post = urllib.request.Request(
        endpoint.rstrip("/") + "/statements",
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Experience-API-Version": "1.0.3",
            "Authorization": f"Basic {token}",
        },
    )
    with urllib.request.urlopen(post, timeout=10) as response:  # noqa: S310
        if response.status >= 300:
            raise urllib.error.HTTPError(
                post.full_url, response.status, "LRS refused", response.headers, None
            )


def deliver_job(statements: list[dict]) -> None:
    """RQ job: send statements to the LRS configured when the job runs. The
    worker reads the settings (and decrypts the password) in an app of its own,
    configured like the web app, so no credential travels through Redis."""
    later.in_app(lambda: _deliver_to_configured(statements))


def _deliver_to_configured(statements: list[dict]) -> None:
    lrs = effective_lrs()
    if lrs is None:
        log.warning(
            "xAPI: no LRS is configured now; %d statements dropped", len(statements)
        )
        return
    deliver(statements, lrs.endpoint, lrs.username, lrs.password)


def _send_with_retries(statements: list[dict], target: tuple[str, str, str]) -> None:
    for attempt, delay in enumerate((0.0, *RETRY_DELAYS)):
        time.sleep(delay)
        try:
            deliver(statements, *target)
            return
        except (OSError, urllib.error.URLError) as exc:
            log.warning(
                "xAPI: sending %d statements failed (try %d): %s",
                len(statements),
                attempt + 1,
                exc,
            )
    log.error("xAPI: gave up on %d statements", len(statements))


def queue(statements: list[dict]) -> None:
    """Send statements in the background: RQ when Redis is configured, else
    after the current response (or now, outside a request)."""
    config = current_app.config
    lrs = effective_lrs()
    if lrs is None:
        return
    good = []
    for s in statements:
        wrong = xapi.problems(s)
        if wrong:
            log.error("xAPI: not sending an invalid statement: %s", "; ".join(wrong))
        else:
            good.append(s)
    if not good:
        return
    if config.get("REDIS_URL"):
        from redis import Redis
        from rq import Queue, Retry

        connection = Redis.from_url(config["REDIS_URL"])
        Queue(config.get("XAPI_QUEUE", "xapi"), connection=connection).enqueue(
            deliver_job,
            good,
            retry=Retry(max=len(QUEUE_RETRIES), interval=QUEUE_RETRIES),
        )
        return
    target = (lrs.endpoint, lrs.username, lrs.password)
    if has_request_context():
        later.after_response(lambda: _send_with_retries(good, target))
        return
    _send_with_retries(good, target)


def _on_answer(sender, answer: Answer) -> None:
    _guarded(lambda: queue([answer_statement(answer)]))


def _on_finish(sender, attempt: Attempt) -> None:
    _guarded(lambda: queue([completion_statement(attempt)]))


def _guarded(action) -> None:
    if effective_lrs() is None:  # cached: no query on the answer path
        return
    try:
        action()
    except Exception:  # never let reporting break answering
        log.exception("xAPI: could not queue statements")


def init_app(app: Flask) -> None:
    """Subscribe to the domain events (sends only when an LRS is configured:
    the admin's LRS page, else XAPI_ENDPOINT)."""
    lrs_settings.init_app(app)
    events.answer_recorded.connect(_on_answer)
    events.attempt_finished.connect(_on_finish)
