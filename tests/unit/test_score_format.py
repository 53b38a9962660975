"""Scores read the same everywhere: at most one decimal, none when whole."""

import re
from pathlib import Path

import pytest

from quizapp.grading.scores import format_score

TEMPLATES = Path(__file__).parents[2] / "quizapp" / "templates"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (16.34, "16.3"),
        (21.0, "21"),
        (2, "2"),
        (0.5, "0.5"),
        (0.25, "0.3"),
        (0.6666, "0.7"),
        (1.96, "2"),
        (0, "0"),
        (-0.04, "0"),
        (None, "–"),
    ],
)
def test_scores_have_at_most_one_decimal_and_none_when_whole(value, shown):
    assert format_score(value) == shown


def test_no_template_formats_a_score_its_own_way():
    own_ways = re.compile(r"'%g'|%\.\d+f' % \w*score|points\|round|score\|round")
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if own_ways.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
