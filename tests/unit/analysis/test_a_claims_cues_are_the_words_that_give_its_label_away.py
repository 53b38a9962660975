"""The cues a drafted claim lists are the words that give its label away: no
judging word in a sentence labelled a fact, the judging word rather than
"never" or "nothing" beside it in an opinion, and a long source's name and
verb each on its own."""

from quizapp.analysis import analyze
from quizapp.analysis.draft import cue_phrases, plain_sentence


def _cues(text: str) -> tuple[str, list[str]]:
    analysis = analyze(text)
    sentence = analysis.sentences[0]
    return sentence.label, cue_phrases(analysis, sentence,
                                       plain_sentence(analysis, sentence))


def test_a_fact_lists_no_judging_word():
    label, cues = _cues("The 22-year-old had never previously gone beyond the "
                        "quarter-finals at a major tournament in 2024.")
    assert label == "unsourced"
    assert cues == []


def test_an_opinion_lists_its_judging_word_not_a_sweeping_one_beside_it():
    label, cues = _cues("The tart was excellent and nothing else came close.")
    assert label == "opinion"
    assert "excellent" in cues and "nothing" not in cues


def test_a_long_source_lists_its_name_and_verb():
    label, cues = _cues("The source, who asked not to be named because they were "
                        "not authorised to speak publicly, said officers were "
                        "using personal phones.")
    assert label == "sourced"
    assert cues == ["The source", "said"]


def test_a_document_source_is_listed():
    label, cues = _cues("Figures shared with councillors on Wednesday show that "
                        "1,900 payments have been delayed.")
    assert label == "sourced"
    assert cues and cues[0].startswith("Figures")
