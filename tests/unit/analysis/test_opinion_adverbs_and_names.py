"""The writer's comment adverbs, judging adverbs, and pronouns inside names."""

from quizapp.analysis import analyze
from quizapp.analysis.opinion import find_opinion_cues


def _kinds(text):
    return [(c["text"], c["kind"]) for c in find_opinion_cues(text, 0, len(text))]


def test_a_comment_adverb_is_the_writers_own_voice():
    text = "Predictably, the committee postponed the vote again."
    assert ("Predictably", "stance") in _kinds(text)
    assert analyze(text).sentences[0].label == "opinion"


def test_a_comment_adverb_in_someone_elses_words_is_theirs():
    text = "“Sadly, the pool will stay shut,” the manager said."
    sentence = analyze(text).sentences[0]
    assert not [k for k in _kinds(text) if k[1] == "stance"]
    assert sentence.source is not None and sentence.kind != "opinion"


def test_the_adverb_of_a_judging_adjective_judges_too():
    kinds = dict(_kinds("The landlord shamelessly raised the rent and recklessly "
                        "ignored the repairs."))
    assert kinds.get("shamelessly") == "strong"
    assert kinds.get("recklessly") == "strong"


def test_adverbs_that_only_measure_are_not_judgements():
    kinds = dict(_kinds("Prices rose greatly and the roof was badly damaged."))
    assert "greatly" not in kinds
    assert "badly" not in kinds


def test_a_capitalised_pronoun_inside_a_title_is_no_stance():
    text = "The charity Feeding Our Neighbours opened a third kitchen in May."
    assert not [k for k in _kinds(text) if k[1] == "stance"]
    assert analyze(text).sentences[0].label == "unsourced"


def test_the_writers_we_at_the_start_of_a_sentence_still_counts():
    cues = find_opinion_cues("We should keep the library open.", 0, 32)
    assert cues and cues[0]["start"] == 0 and cues[0]["kind"] == "stance"
