"""The written questions of the library's practice packs grade students' own
words: a good answer in other words earns full marks, a misconception costs."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.grading import get_checker
from quizapp.packs import read_pack

CONTENT = Path(__file__).parents[2] / "content"

# (pack, question, answer, expected score)
ANSWERS = [
    (
        "bedtime-lists-sleep-study",
        "w-cause",
        "No. It was only a survey, so it shows a link but does not prove that the "
        "lists are the reason. The students picked the habit themselves and wrote "
        "down their own sleep times, and kids who make lists might also put their "
        "phones away earlier, which could explain it.",
        3,
    ),
    (
        "bedtime-lists-sleep-study",
        "w-cause",
        "Yes, the study proves lists make you sleep faster because trackers "
        "measured it.",
        0,
    ),
    (
        "night-buses-opinion",
        "w-argument",
        "She thinks the night buses must not be cut. She points out that most "
        "people on them are going to or coming from work, and the cost is only "
        "about 2% of the transport money. But she just says workers will stop "
        "doing night shifts without showing any proof.",
        3,
    ),
    (
        "night-buses-opinion",
        "w-argument",
        "She likes buses. Passenger numbers have risen.",
        0,
    ),
    (
        "velmar-port-fire-breaking",
        "w-what-went-wrong",
        "At first it said forty people went to hospital and that chemicals were "
        "stored there, but really only nine people were treated and the warehouse "
        "had wood and packaging. Those wrong facts came from officials who were "
        "not named. The hospital and fire chief fixed it later, so you should wait "
        "before believing the first numbers.",
        3,
    ),
    (
        "velmar-port-fire-breaking",
        "w-what-went-wrong",
        "Workers were killed when someone started the fire deliberately.",
        0,
    ),
    (
        "focusflow-bottle-press-release",
        "w-believe",
        "Not really. The only one saying it is Brightwell, who wants to sell the "
        "bottle. They paid for the study and did it themselves, and it was never "
        "published, so no outside scientist checked it. The whole story is really "
        "just their advert.",
        3,
    ),
    (
        "focusflow-bottle-press-release",
        "w-believe",
        "Yes, scientists proved it works.",
        0,
    ),
]


def _grade(slug: str, key: str, text: str):
    pack = read_pack(CONTENT / slug)
    spec = next(i for e in pack.exercises for i in e.items if i["key"] == key)
    checker = get_checker("free_text")
    return checker.check(spec["spec"], checker.parse_answer({"text": text}))


@pytest.mark.parametrize(("slug", "key", "text", "expected"), ANSWERS)
def test_written_answers_in_a_students_own_words_are_graded_fairly(
    slug, key, text, expected
):
    assert _grade(slug, key, text).score == expected
