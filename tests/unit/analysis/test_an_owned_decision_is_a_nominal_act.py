"""An owner's decision, determination, conclusion or refusal is a noun cue:
an act when nothing follows ("her decision to meet him drew fire"), a source
when its content does ("the judge's conclusion that ... was upheld"); the
same nouns without an owner are no cue."""

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


def test_an_owned_decision_is_an_act_crediting_nobody():
    sentence = _first("Mayor Ann Lowe's decision to shut the pier angered anglers.")
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.attribution.source == "Mayor Ann Lowe"
    assert sentence.source is None


def test_an_owned_conclusion_with_its_content_credits_the_owner():
    sentence = _first("Judge Ana Cole's conclusion that the fence must go was upheld.")
    assert sentence.attribution is not None and not sentence.attribution.act
    assert sentence.attribution.source == "Judge Ana Cole"


def test_a_decision_without_an_owner_is_no_cue():
    assert _first("A decision on the pier is due in May.").attribution is None
