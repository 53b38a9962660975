"""A cue is a whole word: "ought to have" inside "is thought to have" is no
judgement; "survey" in "survey work" is no poll; and a thing that "was found"
with nobody named is a discovery the writer reports, not a report."""

from tests.unit.analysis.sentences import only


def test_thought_to_have_hedges_and_judges_nothing():
    sentence = only("One developer is thought to have paused work on the "
                      "scheme.")
    assert sentence.label == "speculation"
    assert "ought" not in sentence.explanation.replace("thought", "")


def test_survey_work_in_april_is_no_poll_credited():
    sentence = only("The structure was found in April during survey work "
                      "ahead of a planned flood barrier.")
    assert sentence.label == "unsourced"
    assert "April" not in (sentence.attribution.source or "")
    assert sentence.explanation.startswith(
        "'found' tells what happened, not what anyone said")


def test_a_standing_in_one_of_the_polls_is_still_credited_to_them():
    sentence = only("She did not receive a bump in one of the first "
                      "post-debate polls to emerge.")
    assert sentence.attribution is not None
