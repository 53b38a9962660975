"""A fresh worker process: the answer path builds persistent objects without
the ORM's constructor (`services._sql.persistent`), which would complete the
mappers on first use; `create_app` completes them, so such an object can be the
first thing a worker builds."""

import subprocess
import sys
import textwrap


def test_a_persistent_object_can_be_the_first_thing_a_worker_builds(tmp_path):
    script = textwrap.dedent(
        f"""
        from quizapp import create_app
        from quizapp.models import Answer, User
        from quizapp.services._sql import persistent

        app = create_app({{"SQLALCHEMY_DATABASE_URI": "sqlite:///{tmp_path}/w.db"}})
        with app.app_context():
            user = persistent(User, {{"id": 7, "username": "ada", "role": "student"}})
            answer = persistent(Answer, {{"id": 3, "score": 1.0, "max_score": 1.0}})
            print(user.username, user.role, answer.score)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ada student 1.0"
