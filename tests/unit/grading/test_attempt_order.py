"""Per-attempt option order and question pools (grading/order.py)."""

import random

from quizapp.grading.order import draw, in_order, option_order

SPEC = {
    "options": [
        {"id": "a", "text": "A"},
        {"id": "b", "text": "B"},
        {"id": "c", "text": "C"},
        {"id": "d", "text": "D"},
        {"id": "z", "text": "None of these", "last": True},
    ]
}


def test_options_are_shuffled_with_the_marked_ones_last():
    orders = {tuple(option_order(SPEC, random.Random(seed))) for seed in range(40)}
    assert len(orders) > 5  # really shuffled
    assert all(order[-1] == "z" and sorted(order) == list("abcdz") for order in orders)


def test_the_same_seed_gives_the_same_order_and_no_shuffle_keeps_the_pack_order():
    assert option_order(SPEC, random.Random(7)) == option_order(SPEC, random.Random(7))
    assert option_order({**SPEC, "shuffle": False}, random.Random(1)) is None
    assert option_order({"prompt": "no options"}, random.Random(1)) is None


def test_a_pool_draws_the_asked_number_in_pack_order():
    ids = [10, 11, 12, 13, 14]
    drawn = {tuple(draw(ids, 2, random.Random(seed))) for seed in range(30)}
    assert len(drawn) > 3
    assert all(len(d) == 2 and list(d) == sorted(d) for d in drawn)
    assert draw(ids, None, random.Random(1)) is None
    assert draw(ids, 5, random.Random(1)) is None


def test_in_order_follows_the_recorded_order_and_puts_new_options_last():
    options = [{"id": i} for i in "abcn"]
    assert [o["id"] for o in in_order(options, ["c", "a", "b"])] == list("cabn")
    assert in_order(options, None) == options
