"""A small school for the security tests: a teacher's class with a student
who answered a written question, another teacher, an admin and an outsider."""

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Answer, Article
from quizapp.services import assignments, classrooms

from ..conftest import make_user
from ..web.conftest import world  # noqa: F401 (a fixture, used by name)
from ..web.helpers import start


@pytest.fixture()
def school(app, client, auth, mini_pack):
    owner = make_user("owner", role="teacher")
    make_user("other_teacher", role="teacher")
    make_user("admin", role="admin")
    make_user("outsider")
    member = auth.login("member")
    classroom = classrooms.create_classroom(owner, "7B")
    classrooms.join_classroom(member, classroom.join_code, "Kestrel")
    article = db.session.scalar(select(Article))
    article.owner_id = owner.id  # the owner wrote the set: theirs to grade
    db.session.commit()
    assignments.assign(classroom, article.id)
    url = start(client, "written")
    client.post(url, data={"text": "It could mean fewer floods."})
    auth.logout()
    return {
        "classroom": classroom,
        "member": member,
        "owner": owner,
        "answer": db.session.scalar(select(Answer)),
    }


def log_in(client, username: str, password: str = "password123"):
    response = client.post(
        "/auth/login", data={"username": username, "password": password}
    )
    assert response.status_code == 302, response.text
    return response
