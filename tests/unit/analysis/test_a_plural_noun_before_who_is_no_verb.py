"""Audit CA: a word in -s that a relative clause follows is a plural noun, not
a reporting verb ("Patient advocates who packed the hearing room saw it
differently" was credited to "Patient", speaking by "advocates"; "Of the 10
judges who will hear the case, six were appointed by Democrats" to "Of the
10"); people of a kind are a loose group whatever clause follows them."""

import pytest

from quizapp.analysis.sources import kind_of

from .sentences import only


def test_advocates_who_act_are_people_not_a_verb():
    sentence = only("Patient advocates who packed the hearing room saw it "
                    "differently.")
    assert sentence.source is None or sentence.source.cue != "advocates"


def test_judges_who_will_hear_a_case_are_people():
    sentence = only("Of the 10 judges who will hear the case, six were appointed "
                    "by Democratic presidents.")
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none")


def test_a_verb_that_reports_who_still_reports():
    attribution = only("The minister asks who will pay for it.").attribution
    assert attribution.cue == "asks"  # a question put, an act


@pytest.mark.parametrize("phrase", [
    "Patient advocates", "Patient advocates who packed the hearing room",
    "Thoughtful proponents of stakeholder capitalism"])
def test_people_of_a_kind_are_a_loose_group(phrase):
    assert kind_of(phrase) == "vague"
