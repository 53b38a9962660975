"""quizapp: news articles become media-literacy exercises."""

from __future__ import annotations

import os

from flask import Flask, request, session
from werkzeug.routing import IntegerConverter

from .config import ROOT, Config, TestConfig, engine_options, pick_config
from .extensions import csrf, db, login_manager, migrate
from .grading.scores import format_score


def create_app(config: type[Config] | dict | None = None) -> Flask:
    """Build the app: config -> extensions -> blueprints -> errors -> cli."""
    # static/ sits at the top of the repository, beside quizapp/ (see README).
    app = Flask(
        __name__, instance_relative_config=True, static_folder=str(ROOT / "static")
    )
    configure(app, config)
    init_extensions(app)
    app.url_map.converters["int"] = IdConverter  # before any route is added
    register_blueprints(app)
    register_filters(app)
    register_errors(app)
    register_cli(app)
    secure_headers(app)
    # One rounding rule for every score and point count a page shows.
    app.add_template_filter(format_score, "score")
    return app


def configure(app: Flask, config: type[Config] | dict | None) -> None:
    """Load settings: a Config class, or a dict of overrides on TestConfig
    (the flaskr convention for tests), or else the class QUIZAPP_ENV names."""
    if isinstance(config, dict):
        config_class: type[Config] = TestConfig
    else:
        config_class = config or pick_config()
    app.config.from_mapping(config_class.for_instance(app.instance_path))
    if config_class is TestConfig and app.config.get("TEST_DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = app.config["TEST_DATABASE_URL"]
    if isinstance(config, dict):
        app.config.from_mapping(config)
    app.config.setdefault(
        "SQLALCHEMY_ENGINE_OPTIONS",
        engine_options(app.config["SQLALCHEMY_DATABASE_URI"], app.config),
    )
    if not app.config.get("SECRET_KEY"):
        raise RuntimeError(
            "SECRET_KEY is not set: export SECRET_KEY=<a long random string> "
            "(or QUIZAPP_ENV=development for local use)"
        )
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        os.makedirs(app.instance_path, exist_ok=True)


def init_extensions(app: Flask) -> None:
    from sqlalchemy.orm import configure_mappers

    from . import models  # noqa: F401  (tables must be known to Alembic)
    from .lti.cookies import LtiSessionInterface
    from .services import later, lti_grades, xapi_outbox

    # Mappers complete now, not on a worker's first query: `_sql.persistent`
    # builds objects without the constructor that would configure them.
    configure_mappers()
    db.init_app(app)
    from .engine import tune_engines

    tune_engines(app)
    migrate.init_app(app, db, directory=str(_migrations_dir()))
    later.init_app(app)
    xapi_outbox.init_app(app)
    lti_grades.init_app(app)
    app.session_interface = LtiSessionInterface()
    csrf.init_app(app)
    login_manager.init_app(app)
    from . import throttling
    from .auth import sessions

    sessions.init_app(app)
    throttling.init_app(app)
    if app.config.get("PROXY_HOPS"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)


def _migrations_dir():
    return ROOT / "migrations"


def register_blueprints(app: Flask) -> None:
    from .admin import bp as admin_bp
    from .auth import bp as auth_bp
    from .learn import bp as learn_bp
    from .live import bp as live_bp
    from .lti import bp as lti_bp
    from .teach import bp as teach_bp

    app.register_blueprint(admin_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(learn_bp)
    app.register_blueprint(live_bp)
    app.register_blueprint(lti_bp)
    app.register_blueprint(teach_bp)


def register_filters(app: Flask) -> None:
    from .packs.details import byline, known
    from .plain_text import in_quotes
    from .timezones import format_local

    # {{ assignment.due_at|local_time(classroom.time_zone) }}: "Fri 5 December ..."
    app.jinja_env.filters["local_time"] = format_local
    # An outlet or author the draft could not know is never shown as one:
    # {{ byline(article.author, article.outlet) }}, {{ article.outlet|known }}.
    app.jinja_env.globals["byline"] = byline
    app.jinja_env.filters["known"] = known
    # A sentence quoted on a page: {{ claim.quote|in_quotes }}, “'We cut,' he said.”
    app.jinja_env.filters["in_quotes"] = in_quotes


def register_errors(app: Flask) -> None:
    from .errors import register

    register(app)


def register_cli(app: Flask) -> None:
    from .cli import register

    register(app)


class IdConverter(IntegerConverter):
    """`<int:...>` limited to database ids, so /attempts/99999999999999999999
    is a 404 rather than an integer overflow in the database driver."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def content_security_policy(form_targets: tuple[str, ...] = ()) -> str:
    """The CSP of this response: pages of a session begun by an LMS launch may
    be framed by that LMS; `form_targets` are origins a form may post to."""
    csp = CSP
    frame = session.get("lti_frame")
    if frame:
        ancestors = "frame-ancestors " + " ".join(frame)
        csp = csp.replace("frame-ancestors 'none'", ancestors)
    if form_targets:
        targets = "form-action 'self' " + " ".join(form_targets)
        csp = csp.replace("form-action 'self'", targets)
    return csp


def secure_headers(app: Flask) -> None:
    """Headers that make injected markup inert and pages unframeable; no copy of
    a logged-in page or a download kept in any cache; HTTPS only (production).
    A header the view set itself (a CSP with a form target) is kept."""
    hsts = app.config.get("HSTS_SECONDS", 0)
    common = [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin")]
    if hsts:
        common.append(
            ("Strict-Transport-Security", f"max-age={hsts}; includeSubDomains")
        )
    unframed = [("Content-Security-Policy", CSP), ("X-Frame-Options", "DENY"), *common]

    @app.after_request
    def add_headers(response):
        headers = response.headers
        present = {name.lower() for name, _ in headers.items()}
        if session.get("lti_frame"):  # framed by its LMS: no X-Frame-Options
            defaults = [("Content-Security-Policy", content_security_policy()), *common]
        else:
            defaults = unframed
        for name, value in defaults:
            if name.lower() not in present:
                headers.add(name, value)
        download = "attachment" in headers.get("Content-Disposition", "")
        logged_in = "_user_id" in session and request.endpoint != "static"
        if download or logged_in:
            headers["Cache-Control"] = "no-store"
        return response
