"""`flask content load` and `flask users promote`."""

import shutil

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, User

from ..conftest import CONTENT, MINI_PACK, count_rows, make_user


def test_content_load_imports_packs_and_a_second_load_changes_nothing(runner):
    first = runner.invoke(args=["content", "load", str(MINI_PACK)])
    assert first.exit_code == 0 and "mini: created" in first.output
    counts = [count_rows(t) for t in ("articles", "exercises", "items")]
    second = runner.invoke(args=["content", "load", str(MINI_PACK)])
    assert "mini: unchanged" in second.output
    assert [count_rows(t) for t in ("articles", "exercises", "items")] == counts


def test_malformed_pack_is_refused_with_file_and_line_and_imports_nothing(
    runner, tmp_path
):
    bad = tmp_path / "packs" / "mini"
    shutil.copytree(MINI_PACK, bad)
    good = tmp_path / "packs" / "other"
    shutil.copytree(MINI_PACK, good)
    claims = bad / "claims.yaml"
    claims.write_text(claims.read_text().replace("label: opinion", "label: maybe"))
    result = runner.invoke(args=["content", "load", str(tmp_path / "packs")])
    assert result.exit_code == 1
    assert "mini: refused" in result.output
    assert f"{claims}:17: item c3: unknown label 'maybe'" in result.output
    assert "other: created" in result.output
    slugs = db.session.scalars(select(Article.slug)).all()
    assert slugs == ["other"]


def test_the_founding_pack_loads_with_every_exercise(runner):
    result = runner.invoke(args=["content", "load", str(CONTENT)])
    assert result.exit_code == 0, result.output
    article = db.session.scalar(
        select(Article).where(Article.slug == "iran-scaling-back-syria")
    )
    kinds = {e.slug: len(e.active_items) for e in article.exercises}
    assert kinds["claims"] >= 30 and kinds["questions"] >= 10


def test_users_promote_gives_a_role_and_explains_unknown_users(runner):
    make_user("ms-reed")
    result = runner.invoke(args=["users", "promote", "ms-reed", "--role", "teacher"])
    assert result.exit_code == 0 and "ms-reed is now teacher." in result.output
    assert db.session.scalar(select(User.role).where(User.username == "ms-reed")) == (
        "teacher"
    )
    missing = runner.invoke(args=["users", "promote", "nobody"])
    assert missing.exit_code == 1 and "No user named 'nobody'." in missing.output


def test_a_shared_pack_never_takes_over_a_teachers_article(runner, tmp_path):
    teacher = make_user("ms-reed", role="teacher")
    runner.invoke(args=["content", "load", str(MINI_PACK)])
    article = db.session.scalar(select(Article))
    article.owner_id = teacher.id
    db.session.commit()
    edited = tmp_path / "mini"
    shutil.copytree(MINI_PACK, edited)
    (edited / "claims.yaml").write_text(
        (edited / "claims.yaml").read_text().replace("Sort each", "Please sort each")
    )
    result = runner.invoke(args=["content", "load", str(edited)])
    assert result.exit_code == 1
    assert "belongs to a teacher's article" in result.output
    db.session.refresh(article)
    assert article.owner_id == teacher.id and article.version == 1


def test_reloading_an_edited_pack_bumps_its_version(runner, tmp_path):
    runner.invoke(args=["content", "load", str(MINI_PACK)])
    edited = tmp_path / "mini"
    shutil.copytree(MINI_PACK, edited)
    (edited / "claims.yaml").write_text(
        (edited / "claims.yaml").read_text().replace("Sort each", "Please sort each")
    )
    runner.invoke(args=["content", "load", str(edited)])
    assert db.session.scalar(select(Article.version)) == 2


def test_demo_refuses_to_run_outside_development(runner):
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 1 and "only runs with QUIZAPP_ENV=development" in (
        result.output
    )
    assert count_rows("users") == 0


def test_demo_creates_a_teacher_and_class_once_and_says_how_to_log_in(app, runner):
    from quizapp.models import Assignment, Classroom

    runner.invoke(args=["content", "load", str(MINI_PACK)])
    app.config["ENV_NAME"] = "development"
    first = runner.invoke(args=["demo"])
    second = runner.invoke(args=["demo"])
    assert first.exit_code == second.exit_code == 0
    assert "log in as demo-teacher / demo-password" in first.output
    code = db.session.scalar(select(Classroom.join_code))
    assert f"join code {code}" in second.output
    assert count_rows("classrooms") == 1 and count_rows("assignments") == 1
    assert db.session.scalar(select(Assignment.article_id)) is not None
