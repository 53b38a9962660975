"""A speaker's own stance in the first person judges: respect or regret
("I respect what they decided"), a name they would give ("I wouldn't call it
that"), a preference ("I would rather wait"), a pretence refused ("I'm not going
to pretend otherwise"), a matter taken seriously, an apology ("I'm genuinely
sorry"). "We would call the police" names nothing and stays a report."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "“Michigan voters settled this in 2022, and I respect what they decided,” "
    "Cole said.",
    "“I wouldn't call it that,” she said.",
    "“I would rather wait for the report,” she said.",
    "“It's a setback, and I'm not going to pretend otherwise,” the minister said.",
    "“I take them very seriously,” Calloway said.",
    "“I'm genuinely sorry about that,” Reyes said.",
])
def test_a_first_person_stance_is_the_speakers_opinion(text):
    sentence = only(text)
    assert sentence.label == "opinion" and sentence.source_kind == "named"


def test_calling_someone_on_the_phone_names_nothing():
    assert only("“We would call the police first,” he said.").label != "opinion"
