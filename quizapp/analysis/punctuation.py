"""Attribution by punctuation alone: a speaker before a colon, a credit after a
dash, no reporting verb ("Trump: “...”", "“...” — Smith", "PENCE: Well, ...",
"The mayor was blunt: “...”")."""

from __future__ import annotations

import re

_COLON_QUOTE = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*:\s*[“\"]")
_DASH_QUOTE = re.compile(r"[”\"]\s*[—–―]+\s*([A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5})")
_DASH_CREDIT = re.compile(r"^[—–―]+\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})")
# A speaker named before a colon that opens their quotation, with a word or
# two about the manner between: "The mayor was blunt: “...”", "Smith put it
# simply: “...”", "Her reply: “...”".
_MANNER_COLON_QUOTE = re.compile(
    r"^((?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})|(?:[Tt]he|[Hh]is|[Hh]er|"
    r"[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:was|were|is|are|put\s+it|"
    r"summed\s+it\s+up|had\s+a\s+message|had\s+this\s+to\s+say)\b[^:“\"]{0,30}:"
    r"\s*[“\"]")
_SPEAKER_COLON = re.compile(
    # (not a grade after a label: "Food: 8/10."; nor a field and its value,
    # which does not end as a sentence does: "Bus X7: Kelsford to Port
    # Amble, diverted via the B2210")
    r"^[\"“]?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*:\s+(?=\S)(?![\d★☆])"
    r"(?=.*[.!?…\"”’)]\s*$)", re.S)
#: A page's pointers to other stories and its captions, as a line's label
#: ("Related: ...", "Earlier: ...", "See also: ...", "Caption: ..."): they
#: name nobody, and a web page copied as text drops them (draft.py).
POINTERS = (r"Related|Watch|Read\s+more|Photos?|Video|Caption|Earlier|Previously|"
            r"See\s+also|Further\s+reading|Recommended|Trending|Listen|Advertisement")
#: Labels that open a line like a speaker's name but name nobody ("Update:",
#: "EDITOR'S NOTE:"); the interview turns of markup.py skip them too.
NOT_A_SPEAKER = re.compile(
    r"^(?i:Editor[’']s\s+note|Note|Update|Updated|Correction|Clarification|"
    + POINTERS + r"|Read|Breaking|Warning|Also|More|Next|"
    r"Source|Sources|Example|Q|A|Step\s+\d+|Part\s+\d+|Chapter\s+\d+|Summary|"
    r"Background|Analysis|Opinion|Editorial|Exclusive|Live|Timeline|Explainer|"
    # a section's label before a headline: "Interview: the mayor on ..."
    r"Interview|Review|Comment|Profile|Obituary|Factbox|Q\s*&\s*A|"
    # a fact check's labels: "CLAIM: “...”", "VERDICT: False."
    r"Claim|The\s+claim|Fact|Facts|The\s+facts|Verdict|Our\s+verdict|Rating|"
    r"Our\s+rating|Bottom\s+line|The\s+bottom\s+line|Context|Reality\s+check|"
    r"What\s+we\s+found|Why\s+it\s+matters)$")


# The frames in the order they are tried, each with whether its cue is the
# colon after the name (else the dash before it).
_FRAMES = ((_COLON_QUOTE, True), (_MANNER_COLON_QUOTE, True), (_DASH_QUOTE, False),
           (_DASH_CREDIT, False), (_SPEAKER_COLON, True))


def punctuation_frame(text: str, start: int, end: int):
    """(source_span, cue_span) of "Trump: “...”", "“...” — Smith",
    "― Sonya Herridge" or "PENCE: Well, ..." in text[start:end], or None."""
    sentence = text[start:end]
    has_colon = ":" in sentence
    has_dash = "—" in sentence or "–" in sentence or "―" in sentence
    for pattern, by_colon in _FRAMES:
        if not (has_colon if by_colon else has_dash):
            continue  # the frame needs its colon or its dash: not searched
        match = pattern.search(sentence)
        if not match or NOT_A_SPEAKER.match(match.group(1)):
            continue
        s = start + match.start(1)
        span = (s, s + len(match.group(1).rstrip(".,")))
        if by_colon:
            colon = text.index(":", start + match.end(1))
            cue_span = (colon, colon + 1)
        else:
            cue_span = (start + match.start(), start + match.start(1))
            cue_span = (cue_span[0], cue_span[0] + len(
                text[cue_span[0] : cue_span[1]].rstrip()))
        return span, cue_span
    return None
