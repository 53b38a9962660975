"""Per-attempt order: options shuffled, questions drawn from a pool.

Pure: a `random.Random` comes in, plain ids go out. The service computes a plan
once when an attempt starts and stores it on the attempt, so the order is stable
within the attempt (reloads, reviews) and a retake shuffles and draws again.

Pack fields: an option with `last: true` ("None of these") stays after the
shuffled ones, in pack order; an item with `shuffle: false` keeps its options in
pack order (a scale such as "none, one, two, all"); an exercise with `draw: N`
gives each attempt N of its items, in pack order.
"""

from __future__ import annotations

import random
from typing import Any


def option_order(spec: dict[str, Any], rng: random.Random) -> list[str] | None:
    """The option ids in the order to show, or None when the item has no options
    or keeps the pack's order."""
    options = spec.get("options")
    if not options or spec.get("shuffle") is False:
        return None
    moving = [o["id"] for o in options if not o.get("last")]
    staying = [o["id"] for o in options if o.get("last")]
    rng.shuffle(moving)
    return moving + staying


def draw(
    item_ids: list[int], count: int | None, rng: random.Random
) -> list[int] | None:
    """`count` of the items, kept in their order; None when every item is used."""
    if not count or count >= len(item_ids):
        return None
    chosen = set(rng.sample(item_ids, count))
    return [i for i in item_ids if i in chosen]


def in_order(options: list[dict[str, Any]], order: list[str] | None) -> list[dict]:
    """`options` (dicts with an "id") in `order`; ids the order does not know
    (an option added since the attempt started) keep their place at the end."""
    if not order:
        return list(options)
    rank = {option_id: n for n, option_id in enumerate(order)}
    return sorted(options, key=lambda o: rank.get(o["id"], len(rank)))
