"""A storm story's lists and notices. A bulleted list of routes or closures
("- Bus X7: Kelsford to Port Amble, diverted via the B2210") is a list of
claims: its first item is an item like the others, not a heading, and a label
before a colon whose value does not end as a sentence does is a field, no
speaker ("PENCE: Well, look." still is). "Tickets could be used on Friday"
told by the operator is a "can" of permission, no guess."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack, left_out

STORY = """Storm closes rail line

The following routes are affected:

- Northvale line: Harbury to Kelsford, closed all day Saturday
- Bus X7: Kelsford to Port Amble, diverted via the B2210
- Harbury ferry: all crossings cancelled on Saturday

Coastal Rail said engineers would inspect the line on Sunday.
"""


def items():
    return [s for s in analyze(STORY).sentences
            if s.text.startswith(("Northvale", "Bus", "Harbury"))]


def test_every_item_of_the_list_is_sorted_none_is_a_heading():
    found = items()
    assert len(found) == 3
    assert not any(s.is_heading for s in found)
    left = {s.text for s, _ in left_out(analyze(STORY))}
    assert not left & {s.text for s in found}


def test_a_field_before_a_colon_is_no_speaker():
    assert all(s.label == "unsourced" and s.attribution is None for s in items())


def test_the_drafted_claims_hold_every_item():
    claims = draft_pack(STORY, "storm")["claims.yaml"]
    for start in ("Northvale line:", "Bus X7:", "Harbury ferry:"):
        assert f"quote: {start}" in claims or f"quote: '{start}" in claims


def test_a_transcripts_speaker_before_a_colon_still_speaks():
    sentence = analyze("Debate night\n\nPENCE: Well, look, that is not what "
                       "happened.").sentences[1]
    assert sentence.attribution is not None
    assert sentence.attribution.source == "PENCE"


@pytest.mark.parametrize(("text", "label"), [
    ("The operator said tickets for Saturday could be used on Friday or on "
     "Monday instead, or refunded in full.", "sourced"),
    ("The council said residents could apply for a grant from Monday.", "sourced"),
    ("Officials said prices could rise next year.", "speculation"),
    ("The researchers said the benefits could apply whether the time was taken "
     "in one long visit or several.", "speculation"),
])
def test_could_of_permission_told_is_no_guess(text, label):
    assert analyze(f"Storm\n\n{text}").sentences[1].label == label


def test_a_bold_label_before_a_quotation_is_no_speaker():
    text = ('# Fact check\n\n**Claim:** "We cut the cost of running the plant in '
            'half in two years." — County Executive Martin Brennan.\n\n'
            "The budget documents tell a more complicated story.\n")
    quoted = analyze(text).sentences[1]
    assert quoted.attribution is None or quoted.attribution.source != "Claim"
    assert "Claim says this" not in quoted.explanation


def test_a_heading_that_names_a_source_is_still_a_heading():
    text = ("# Fact check\n\nThe budget documents tell a more complicated story.\n\n"
            "## What experts say\n\nDr Okafor said the cut was modest.\n")
    heading = analyze(text).sentences[2]
    assert heading.is_heading and heading.kind == "heading"
    assert heading.explanation.startswith("A heading sums up what follows")
