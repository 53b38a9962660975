"""Issue 8, Tests: random YAML, Markdown and zip structures fed to the pack
importer never raise anything but a PackError, never take more than a bounded
time, and leave nothing stored when refused; what is accepted also publishes.

Three generators: valid mini packs with one field replaced by any value (the
most realistic mistakes), arbitrary YAML and Markdown files, and arbitrary or
damaged zip bytes.
"""

from __future__ import annotations

import time

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.extensions import db
from quizapp.models import Article, Draft, Exercise, Item
from quizapp.packs import PackError
from quizapp.services.authoring import publish_draft
from quizapp.services.pack_transfer import import_pack_upload

from ..conftest import count_rows, make_user
from .hostile_packs import mini_files, zip_of

SECONDS = 10  # far above what any example takes; a bomb would take minutes
SETTINGS = settings(
    max_examples=40,
    deadline=None,  # timed below with a generous bound, not per-call deadlines
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["sourced", "question", "free_text", "multiple_choice", "\x00"]),
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=12), children, max_size=4),
    ),
    max_leaves=12,
)
yaml_fragments = st.lists(
    st.sampled_from(
        [
            "a: &x [1, 2]",
            "b: *x",
            "- ",
            "items:",
            "  - id: c1",
            "[[[[",
            "{a: b}",
            "kind: claims",
            "title: T",
            "'unclosed",
            "!!binary aGk=",
            "!!python/none",
            "? [a]\n: b",
            "---",
            "...",
            "\t",
            ": :",
            "%YAML 1.1",
            "&a a: *a",
        ]
    ),
    max_size=12,
).map("\n".join)


def _replace_somewhere(data, value, path: list[int]):
    """`data` with the value at a position picked by `path` replaced."""
    if not path or not isinstance(data, dict | list) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    data[key] = _replace_somewhere(data[key], value, path[1:])
    return data


@st.composite
def mutated_mini_packs(draw) -> dict[str, str]:
    files = mini_files()
    name = draw(st.sampled_from(sorted(files)))
    if name == "article.md":
        _, front, body = files[name].split("---\n", 2)
        meta = yaml.safe_load(front)
        path = draw(st.lists(st.integers(0, 20), min_size=1, max_size=2))
        meta = _replace_somewhere(meta, draw(values), path)
        body = draw(st.one_of(st.just(body), st.text(max_size=300)))
        files[name] = "---\n" + yaml.safe_dump(meta) + "---\n" + body
    else:
        data = yaml.safe_load(files[name])
        path = draw(st.lists(st.integers(0, 20), min_size=1, max_size=5))
        files[name] = yaml.safe_dump(_replace_somewhere(data, draw(values), path))
    return files


arbitrary_packs = st.fixed_dictionaries(
    {"article.md": st.one_of(yaml_fragments, st.text(max_size=200))},
    optional={
        "claims.yaml": st.one_of(yaml_fragments, values.map(yaml.safe_dump)),
        "questions.yml": st.one_of(yaml_fragments, st.text(max_size=100)),
    },
)


def _damaged(data: bytes, cut: int, flips: list[int]) -> bytes:
    damaged = bytearray(data[: max(cut, 4)])
    for at in flips:
        damaged[at % len(damaged)] ^= 0xA5
    return bytes(damaged)


zips = st.one_of(
    st.binary(max_size=400),
    st.builds(
        _damaged,
        st.just(zip_of(mini_files())),
        st.integers(0, 4000),
        st.lists(st.integers(0, 10**6), max_size=3),
    ),
)


def _teacher_id() -> int:
    """The teacher who imports (the app fixture lasts the whole test, examples
    share it)."""
    from quizapp.models import User

    teacher = db.session.scalar(db.select(User).filter_by(username="ms-reed"))
    return (teacher or make_user("ms-reed", role="teacher")).id


def _import_and_check(teacher_id: int, zip_bytes: bytes) -> None:
    """Import the zip: accepted (then it publishes) or refused storing nothing."""
    from quizapp.models import User

    teacher = db.session.get(User, teacher_id)
    started = time.perf_counter()
    try:
        draft = import_pack_upload(teacher, zip_bytes)
    except PackError as refusal:
        assert refusal.problems and all(str(p) for p in refusal.problems)
        assert count_rows("drafts") == 0
    else:
        try:
            publish_draft(draft)
        except PackError:
            pass  # e.g. a name taken: refused, with a message
        _forget_everything()
    assert time.perf_counter() - started < SECONDS


def _forget_everything() -> None:
    db.session.rollback()
    for model in (Item, Exercise, Draft, Article):
        db.session.execute(db.delete(model))
    db.session.commit()


@SETTINGS
@given(files=mutated_mini_packs())
def test_a_mini_pack_with_any_field_replaced_is_imported_or_refused(app, files):
    _import_and_check(_teacher_id(), zip_of(files))


@SETTINGS
@given(files=arbitrary_packs)
def test_arbitrary_yaml_and_markdown_files_are_imported_or_refused(app, files):
    _import_and_check(_teacher_id(), zip_of(files))


@SETTINGS
@given(data=zips)
def test_arbitrary_or_damaged_zip_bytes_are_refused_or_imported(app, data):
    _import_and_check(_teacher_id(), data)
