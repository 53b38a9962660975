"""A belief nobody is named for ("is expected to") gives way to the source a
later clause of the sentence names ("..., and officials say it could ..."):
the sentence is credited to them, in the analysis and in the draft."""

import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack

SENTENCE = ("The scheme is expected to cost £11 million, and officials say it "
            "could be part-funded by a regeneration grant.")


def test_the_later_source_is_credited():
    (sentence,) = analyze(SENTENCE).sentences
    assert sentence.label == "speculation"
    assert sentence.attribution.source == "officials"
    assert "officials said it" in sentence.explanation


def test_the_draft_keeps_the_later_source():
    files = draft_pack(f"Harbour plan\n\n{SENTENCE}\n", "harbour")
    (claim,) = yaml.safe_load(files["claims.yaml"])["items"]
    assert claim["source"]["name"] == "officials"


def test_a_belief_alone_still_credits_nobody_in_the_draft():
    files = draft_pack("Harbour plan\n\nThe scheme is expected to cost £11 "
                       "million.\n", "harbour")
    (claim,) = yaml.safe_load(files["claims.yaml"])["items"]
    assert "source" not in claim
