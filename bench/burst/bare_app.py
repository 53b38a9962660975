"""The baseline of `bench/classroom_burst.py`: a bare Flask route that inserts one
row into the same database as quizapp, through the engine quizapp configures
(same pool and connection settings), served by gunicorn with the same
configuration. It is not part of quizapp.

Run by the bench as `gunicorn -c gunicorn.conf.py --pythonpath bench
burst.bare_app:app` with quizapp's environment (DATABASE_URL, SECRET_KEY).
"""

from __future__ import annotations

from flask import Flask, jsonify, request

from quizapp import create_app
from quizapp.extensions import db

from .tables import bench_inserts


def create_bare_app() -> Flask:
    """A Flask app with one route: POST /insert stores one row."""
    quizapp = create_app()
    with quizapp.app_context():
        engine = db.engine  # created with quizapp's engine options and hooks
    app = Flask(__name__)

    @app.post("/insert")
    def insert():
        student = int(request.form.get("student", 0))
        label = request.form.get("label", "")[:20]
        with engine.begin() as conn:
            row_id = conn.execute(
                bench_inserts.insert()
                .values(student=student, label=label)
                .returning(bench_inserts.c.id)
            ).scalar_one()
        return jsonify(id=row_id)

    @app.get("/")
    def ready():
        return "ok"

    return app


app = create_bare_app()
