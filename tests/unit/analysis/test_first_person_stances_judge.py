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


def test_feedback_names_the_judging_word_not_the_pronoun_beside_it():
    sentence = only("Daniel has been fantastic for us all season.")
    assert sentence.explanation.startswith("'fantastic' judges rather than reports")


def test_a_pronoun_alone_speaks_in_the_writers_voice_it_does_not_judge():
    sentence = only("You can hear the room: the creak of chairs.")
    assert "'You' speaks in the writer's own voice" in sentence.explanation
    assert "judges" not in sentence.explanation


def test_the_best_part_of_a_decade_is_a_length_of_time_not_a_judgement():
    sentence = only('"Our pay has fallen for the best part of a decade," she said.')
    assert not any(c["text"] == "best" for c in sentence.opinion_cues)


def test_pronouns_in_a_quotation_running_on_speak_in_the_speakers_voice():
    from quizapp.analysis import analyze
    text = ('"We were told," Dr Ama Owusu said. "You and we know it. If you give it '
            'the right signal, it can rebuild more than we assumed."')
    last = analyze(text).sentences[-1]
    assert "in the speaker's own voice" in last.explanation
    assert "writer" not in last.explanation


def test_just_before_a_participle_means_recently_and_judges_nothing():
    sentence = only('"If you\'ve just had surgery, you are going to turn up to every '
                    'session," Keel said.')
    assert not any(c["text"] == "just" for c in sentence.opinion_cues)

