"""A fact check sets each claim under a label ("CLAIM: “...”", "VERDICT:
False."): the labels name nobody, so the claims they head are not an
interview's turns credited to "CLAIM"."""

from quizapp.analysis import analyze
from quizapp.analysis.text import parse

CHECK = ("Fact check: the governor's claims\n\n"
         "The governor made four claims on Thursday.\n\n"
         'CLAIM: "Violent crime is down 30 percent since I took office."\n\n'
         "VERDICT: Misleading. Violent crime fell about 11 percent.\n\n"
         'CLAIM: "We built the bridge on time."\n\n'
         "VERDICT: False. The bridge opened 14 months late.\n")


def test_the_labels_of_a_fact_check_make_no_turns():
    assert not any(p.kind == "turn" for p in parse(CHECK).paragraphs)


def test_a_checked_claim_is_not_credited_to_its_label():
    for sentence in analyze(CHECK).sentences:
        source = sentence.source.source if sentence.source else ""
        assert "CLAIM" not in source and "VERDICT" not in source
