"""Mangled files never crash a reader: each either parses (keeping what it
can) or raises the format's error with a message for the teacher."""

from __future__ import annotations

import random

import pytest

from quizapp.interop import InteropError, gift, mapping, moodle_xml, qti
from quizapp.interop.qti.read import NotImported

from .shared import OWN

GIFT = (OWN / "all_types.gift").read_text("utf-8")
XML = (OWN / "all_types.xml").read_text("utf-8")


def mangled(text: str, alphabet: str, seed: int, count: int = 400):
    rng = random.Random(seed)
    for _ in range(count):
        chars = list(text)
        for _ in range(rng.randint(1, 8)):
            chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        yield "".join(chars)


def test_mangled_gift_parses_or_reports_without_crashing():
    for text in mangled(GIFT, "{}~=#:%->\\\n TF1.[]$*", seed=1):
        report = gift.parse_report(text)
        mapping.to_items(report.questions)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (XML, lambda b: mapping.to_items(moodle_xml.parse(b))),
        (
            qti.package_files([q for q in gift.parse(GIFT) if q["type"] != "category"])[
                "items/sa-1.xml"
            ].decode(),
            lambda b: mapping.to_items([qti.parse_item(b)]),
        ),
    ],
    ids=["moodle-xml", "qti-item"],
)
def test_mangled_xml_parses_or_is_refused_with_a_message(text, read):
    for mangled_text in mangled(text, '<>/"= ab09-', seed=2):
        try:
            read(mangled_text.encode())
        except (InteropError, NotImported) as exc:
            assert str(exc)
