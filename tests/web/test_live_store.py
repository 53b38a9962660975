"""The live store keeps the same promises in memory and in Redis."""

from __future__ import annotations

import uuid

import pytest

from quizapp.live_store import MemoryStore, make_store


@pytest.fixture(params=["memory", "redis"])
def store(request):
    if request.param == "memory":
        yield MemoryStore()
        return
    url = request.getfixturevalue("redis_url")
    made = make_store(url, f"test-live-store-{uuid.uuid4().hex[:8]}:")
    yield made
    keys = list(made.redis.scan_iter(made.prefix + "*"))
    if keys:
        made.redis.delete(*keys)


def test_a_snapshot_never_goes_back_to_an_older_seq(store):
    assert store.snapshot("12345678") is None
    assert store.put_snapshot("12345678", {"seq": 3, "state": "question"})
    assert not store.put_snapshot("12345678", {"seq": 2, "state": "lobby"})
    assert store.put_snapshot("12345678", {"seq": 3, "state": "question", "x": 1})
    assert store.snapshot("12345678") == {"seq": 3, "state": "question", "x": 1}


def test_answers_are_counted_per_question_with_one_window_until_released(store):
    assert store.count_answer(7, 0, ["opinion"]) == (1, True)
    assert store.count_answer(7, 0, ["opinion"]) == (2, False)
    assert store.count_answer(7, 1, ["a", "b"]) == (1, True)  # its own window
    assert store.release_window(7, 0) == 2
    assert store.count_answer(7, 0, ["sourced"]) == (3, True)
    assert store.answered(7, 0) == 3 and store.answered(8, 0) == 0
    assert store.tally(7, 0) == {"opinion": 2, "sourced": 1}
    assert store.tally(7, 1) == {"a": 1, "b": 1}
