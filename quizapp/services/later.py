"""Work that waits until the response has gone out: the browser never waits
for it, and a failure in it never becomes the user's error page. Also the app
context an RQ worker's job runs in."""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Flask, current_app, g, has_app_context

log = logging.getLogger(__name__)


def after_response(job: Callable[[], None]) -> None:
    """Run `job` (in an app context) once the current response is sent."""
    g.setdefault("after_response_jobs", []).append(job)


def in_app(job: Callable[[], None]) -> None:
    """Run `job` in an app context: the current one, else (an RQ worker outside
    any app) an app of its own, configured like the web app from the
    environment."""
    if has_app_context():
        job()
        return
    from .. import create_app

    with create_app().app_context():
        job()


def _schedule(response):
    jobs = g.pop("after_response_jobs", None)
    if jobs:
        app = current_app._get_current_object()

        def run() -> None:
            with app.app_context():
                for job in jobs:
                    try:
                        job()
                    except Exception:  # logged; the response is already sent
                        log.exception("after-response job failed")

        response.call_on_close(run)
    return response


def init_app(app: Flask) -> None:
    app.after_request(_schedule)
