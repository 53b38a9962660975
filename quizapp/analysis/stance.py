"""Reporting or arguing? Weigh checkable specifics against the writer's stance.

Used only for sentences that would otherwise be unsourced claims with nobody
quoted. A news report carries details a reader could check; an argument makes
general statements about ideas. Each clue counts a few points, set by hand:

Evidence of reporting (the sentence could be checked):
  - a number, amount, percentage or date ("3%", "$2 million", "in 2019",
    "on Monday", "last week", "eighteen months", "the second delay"): 2 points;
  - a proper name (a capitalised word that does not open the sentence:
    "Iran", "the Senate"): 1 point, 2 for two or more;
  - an event told in the past ("was arrested", "announced", "has risen"): 1.

Evidence of the writer's stance (the sentence argues):
  - an evaluative or loaded word, or the writer's own voice ("we", "should"),
    found by the opinion detector: 2 points; only a rhetorical marker or an
    intensifier ("never", "of course", "very"): 1 point;
  - a general statement in the present tense ("X is about Y", "it's"): 1,
    told in feedback as "it tells what something is like, not an event";
    not the progressive, which tells what is going on ("are fighting to"),
    nor a relation or a rank a record can check ("is a leading cause of",
    "is the longest", "is home to");
  - a contrast that answers someone ("But", "Yet", "Still," opening it): 1;
  - a sweeping generalisation ("never", "nobody", "everyone", or a
    subject opening on "all" or "every": "Every scandal ends the same way"):
    1; not "all the ..." (a definite amount: "All the coal was sold"), not
    one negated ("not everyone agreed": some did not), and not a word
    already counted as a rhetorical marker ("never").
"I" and "my" alone tell a story in the first person and earn nothing.

When stance outweighs reporting by at least one point, the sentence reads as
the writer's view: an opinion. The feedback names what argues first ("'shameful'
judges"), then how little there is to check ("it gives no names, numbers or
dates to check"), so a student learns the judging word, not a rule of thumb."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import IRREGULAR_PAST, one_of

MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# Months, days and counted words, matched as one trie (`one_of`).
_COUNTED = (MONTHS.replace("|", " ").replace("Sept?", "Sep Sept")
            + " yesterday today tonight one two three four five six seven eight "
            "nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
            "ninety dozen dozens hundred hundreds thousand thousands million "
            "millions billion billions trillion trillions percent")
# In the patterns below, a lookahead after `\b` such as `(?=[aenw])` lists the
# letters the words can start with (`(?=\w)`: any word): it only skips the
# places where none can start, so it changes no match, and it spares the search
# trying every word at every place (the analyzer and the subjectivity model weigh
# every sentence). A word added to a pattern needs its first letter listed.
_SPECIFIC = re.compile(
    r"[\d%$£€¥]|\b(?=[abdefhjlmnopstwy])(?:" + one_of(_COUNTED) + r"\b|"
    r"(?:last|this|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|"
    # an ordinal counts as "the second delay"; "a second rent" is another one
    r"(?<=the\s)(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
    r"per\s+cent\b)", re.I)
# A capitalised word after a word or a comma, not after a sentence opening.
# (It opens on the capital: see lexicon.py on scanning patterns.)
_NAME = re.compile(r"[A-Z](?<=[\w,;:)] [A-Z])(?:[a-z]+|[A-Z]+s?\b)")
_PAST = re.compile(
    r"\b(?=\w)(?:\w{2,}(?<!e)ed|" + one_of(" ".join(sorted(IRREGULAR_PAST)))
    + r"|(?:has|have|had)\s+(?:\w+ed|\w+en|been|put|set|cut|hit|made|won|lost)"
    # a passive told in the past: "Nothing was done", "were taken to hospital"
    r"|(?:was|were)\s+(?:done|made|taken|given|seen|shown|told|found|paid|sold|"
    r"built|sent|kept|held|won|lost|run|cut|put|set|hit|brought|caught|thrown))\b",
    re.I)
_PRESENT = re.compile(
    r"\b(?=[aitw])(?:is|are|isn[’']t|aren[’']t|it[’']s|that[’']s|there[’']s|"
    r"this\s+is|what[’']s)\b", re.I)
# A question word opening an embedded question a few words before "is":
# "see which tasks are", "how the money is", "whether it is" (not a relative
# "which" or "who": "a weakness, which is his temper").
_ASKED_BEFORE = re.compile(r"\b(?:what|whether|how|where|why|(?:see|sees|know|"
                           r"knows|tell|tells|show|shows|check|checks|ask|asks|"
                           r"decide|decides|choose|chooses)\s+which)\s+"
                           r"(?:[\w’'-]+\s+){0,3}$", re.I)
_CONTRAST = re.compile(r"[\s“\"‘']*(But|Yet|Still|Instead|Rather|Nor)\b")
# (A sweep is told of everyone or always; "all", "every", "whole" and "entire"
# sweep only as the subject the sentence opens on ("Every scandal ends in an
# apology"): further in they count what an act reaches, one by one ("checks
# every vehicle", "re-enrolled every few years", "stacks of paper on every
# chair").)
_SWEEPING = re.compile(
    r"\b(?=[aenw])(?:everyone|everything|everybody|nobody|nothing|always|never|"
    r"no\s+one)\b", re.I)
_OPENING = re.compile(r"[\s“\"‘']*(?:(?:And|But|Yet|So|Almost|Nearly|Virtually)\s+)?")
_SWEEPING_SUBJECT = re.compile(r"(?:All|Every|Whole|Entire)\b", re.I)
# "all the coal", "all of their mines": a definite amount, not a sweep
_DEFINITE = re.compile(r"\s+(?:of\s+)?(?:the|these|those|this|that|its|their|his|"
                       r"her|our|my|your)\b", re.I)

_STRETCH = re.compile(r"\s+(?:night|day|week|weekend|month|year|season|morning|"
                      r"afternoon|evening|summer|winter|spring|autumn)\b", re.I)

# "is fighting", "are now trying": the progressive tells what is going on
_ONGOING = re.compile(r"\s+(?:(?:not|only|now|still|also|already|increasingly)"
                      r"\s+){0,2}"
                      r"(?:(?!(?:no|some|any|every)?thing\b)[a-z][a-z-]+ing\b|"
                      # "is under investigation", "is under way": a process
                      # going on, as the progressive tells it
                      r"under\s+(?:investigation|review|way|construction|"
                      r"consideration|discussion|negotiation|arrest|evaluation|"
                      r"inquiry|scrutiny|repair)\b)")
# A thing's state told by a participle: "is shut", "are closed until
# Friday", "is still flooded" (not "is interested", a view held).
_STATE = re.compile(r"\s+(?:(?:now|still|also|already|temporarily)\s+){0,2}"
                    r"(?:shut|closed|flooded|cancelled|canceled|suspended|"
                    r"delayed|blocked|damaged|destroyed|evacuated|"
                    r"cordoned|sealed|reopened|open|postponed|grounded)\b")
# What a present-tense "is" says a thing is, up to the end of its clause: "a
# real strength", "the heart of a town" (an adverb before it left out; five
# words at most, else the feedback would quote half the sentence).
_DESCRIBED_AS = re.compile(
    r"\s+(?:(?:already|still|now|also|really|simply|just|truly|quite|surely|"
    r"clearly|often|always)\s+)*"
    r"((?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s*(?:[,.;:!?—–)”\"]|$))")
# What "is" says a thing is, when that is a relation or a rank measured, not
# a quality judged: "a leading cause of", "one of the main sources of", "home
# to", "part of", "the largest", "the most common".
_MEASURED = re.compile(
    r"\s+(?:(?:now|still|also|already)\s+)?(?:(?:one\s+of\s+)?(?:a|an|the)\s+"
    r"(?:(?:leading|major|main|common|chief|primary|principal|single|biggest|"
    r"largest|second|third|top)\s+)?(?:causes?|sources?|members?|parts?|"
    r"capital|subsidiary|owners?|results?)\s+of\b|home\s+to\b|part\s+of\b|"
    r"(?:one\s+of\s+)?the\s+(?:(?:world|country|nation|region|city|county|"
    r"state|town)[’']s\s+)?(?:largest|biggest|smallest|longest|shortest|tallest|"
    r"highest|lowest|oldest|newest|youngest|fastest|slowest|busiest|deepest|"
    r"heaviest|most\s+common|least\s+common|most\s+populous|most\s+visited)\b)",
    re.I)
_THERE_IS_NO = re.compile(r"\b[Tt]here(?:\s+is|\s+are|[’']s)\s+no\b(?!\s+(?:doubt|"
                          r"question|excuse|reason|need|point|shame|substitute)\b)")


def _there_is_no(sentence: str, present: re.Match) -> bool:
    denial = _THERE_IS_NO.search(sentence)
    return denial is not None and denial.start() <= present.start() < denial.end()


_NARRATOR = frozenset(("i", "my"))
# A group of people as the subject, and the mood it is in.
_GROUP = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|Many|Some|Most|Other|Local)\s+)?"
                    r"(?:[A-Z]?[a-z]+\s+)?(?:others|analysts|economists|students|"
                    r"parents|residents|teachers|investors|traders|voters|fans|"
                    r"staff|workers|members|critics|experts|officials|locals|"
                    r"businesses|campaigners|shoppers|customers|passengers|"
                    r"families|nurses|doctors|farmers|landlords|tenants)\b"
                    r"(?:\s*,\s*too\s*,)?\s", re.I)
_MOOD = re.compile(r"\s+(?:(?:also|now|still|less|more|far|broadly|deeply|"
                   r"increasingly|not|so|very)\s+){0,2}(?:confident|positive|"
                   r"negative|angry|furious|divided|split|sceptical|skeptical|"
                   r"worried|concerned|nervous|optimistic|pessimistic|cautious|"
                   r"unconvinced|convinced|unhappy|happy|relaxed|upset|anxious|"
                   r"hopeful|wary|uneasy|unsure|undecided|sure|certain|"
                   r"persuaded|keen|enthusiastic)\b", re.I)

# Points per clue, as described above.
SPECIFIC, NAME, PAST = 2, 1, 1
EVALUATIVE, MILD, PRESENT, CONTRAST, SWEEPING = 2, 1, 1, 1, 1
MARGIN = 1


@dataclass
class Weighing:
    """The points on each side and the words that earned them, by clue."""

    reporting: float = 0.0
    stance: float = 0.0
    reporting_clues: dict[str, str] = field(default_factory=dict)
    stance_clues: dict[str, str] = field(default_factory=dict)

    @property
    def argues(self) -> bool:
        """Does the writer's stance outweigh the checkable specifics?"""
        return self.stance - self.reporting >= MARGIN


def weigh(sentence: str, opinion: list[dict]) -> Weighing:
    """Weigh evidence of reporting against evidence of the writer's stance."""
    found = Weighing()
    names = _NAME.findall(sentence)
    for clue, match, points in (
            ("specific", _SPECIFIC.search(sentence), SPECIFIC),
            ("name", names[0] if names else None, NAME * min(len(names), 2)),
            ("past", _PAST.search(sentence), PAST)):
        if match:
            found.reporting += points
            found.reporting_clues[clue] = (_whole(sentence, match)
                                           if clue == "specific" else _word(match))
    judging = [c for c in opinion if c["kind"] in ("strong", "stance")]
    # "I" and "my" alone tell a story in the first person; they weigh only
    # beside a cue that judges
    mild = [c for c in opinion if c["text"].lower() not in _NARRATOR]
    cue = (judging or mild or [None])[0]
    sweeping = _SWEEPING_SUBJECT.match(sentence, _OPENING.match(sentence).end()) \
        or _SWEEPING.search(sentence)
    if sweeping and any(sweeping.group().lower() in c["text"].lower().split()
                        for c in opinion):
        sweeping = None  # "never", "of all" already counted as a marker
    elif (sweeping and sweeping.group().lower() == "all"
          and _DEFINITE.match(sentence, sweeping.end())):
        sweeping = None  # "All the coal was sold": a definite amount
    elif sweeping and _STRETCH.match(sentence, sweeping.end()):
        sweeping = None  # "all night", "all season": a stretch of time
    elif sweeping and sentence[max(0, sweeping.start() - 4):sweeping.start()
                               ].lower() == "not ":
        sweeping = None  # "Not everyone agreed", "not always": some, sometimes
    present = _PRESENT.search(sentence)
    if present and _ASKED_BEFORE.search(sentence, max(0, present.start() - 40),
                                        present.start()):
        present = None  # "can see which tasks are overdue": the "are" of an
        # embedded question, which asserts nothing of its own
    if present and (_ONGOING.match(sentence, present.end()) or
                    _STATE.match(sentence, present.end())):
        present = None  # "are fighting to": an event going on, told; "is
        # shut while engineers check it": the state a thing is left in
    elif present and _MEASURED.match(sentence, present.end()):
        present = None  # "is a leading cause of house fires", "is the longest
        # river in the county": a relation or a rank a record can check
    elif present and _there_is_no(sentence, present):
        present = None  # "There is no merger plan": that a thing does not
        # exist, which can be checked
    elif present and _MOOD.match(sentence, present.end()) and _GROUP.match(sentence):
        present = None  # "Analysts are broadly positive", "Students, too, are
        # angry": how a group feels, told
    for clue, match, points in (
            ("evaluative", cue and cue["text"], EVALUATIVE if judging else MILD),
            ("present", present, PRESENT),
            ("contrast", _CONTRAST.match(sentence), CONTRAST),
            ("sweeping", sweeping, SWEEPING)):
        if match:
            found.stance += points
            found.stance_clues[clue] = _word(match)
    return found


def weighed_once(sentence: str, opinion: list[dict]):
    """A function returning `weigh(sentence, opinion)`, weighed when first
    called and kept: the rules, the model and the calibration all read it, and
    some sentences need it not at all (a closure: `functools.cache` over a
    `partial` cost more to build than most weighings save)."""
    kept: list[Weighing] = []

    def weighed() -> Weighing:
        if not kept:
            kept.append(weigh(sentence, opinion))
        return kept[0]
    return weighed


def _whole(sentence: str, match: re.Match) -> str:
    """The whole token a specific's match lies in: "20", not its "2"."""
    start, end = match.span()
    while start > 0 and not sentence[start - 1].isspace():
        start -= 1
    while end < len(sentence) and not sentence[end].isspace():
        end += 1
    return sentence[start:end].strip(".,;:!?()[]\"“”‘’'")


def _word(match) -> str:
    if isinstance(match, str):
        return match
    return match.group(match.lastindex or 0)


def explain(weighing: Weighing, sentence: str) -> str:
    """Why an unsourced sentence reads as the writer's own view: what in it
    argues first (quoting what a description says a thing is: "'a real
    strength' tells what something is like"), then how little it gives a reader
    to check. `weighing` is `weigh(sentence, ...)`."""
    found = weighing.reporting_clues
    checkable = ("it gives no names, numbers or dates to check" if not found
                 else f"it gives few details to check (only '{found['specific']}')"
                 if "specific" in found else "it gives few details to check")
    clues = weighing.stance_clues
    reasons = []
    if "evaluative" in clues:
        reasons.append(f"'{clues['evaluative']}' judges")
    if "contrast" in clues:
        reasons.append(f"'{clues['contrast']}' answers another view")
    if "present" in clues:
        # the clue is the first "is" of the sentence, which weigh() kept
        said = _DESCRIBED_AS.match(sentence, _PRESENT.search(sentence).end())
        reasons.append(f"'{said.group(1)}' tells what something is like, not an "
                       "event" if said else
                       "it tells what something is like, not an event")
    if "sweeping" in clues and clues["sweeping"] != clues.get("evaluative"):
        reasons.append(f"'{clues['sweeping']}' sweeps across every case")
    body = (", ".join(reasons[:-1]) + " and " + reasons[-1] if len(reasons) > 1
            else "".join(reasons))
    return (f"{body[:1].upper()}{body[1:]}; {checkable}, and nobody is quoted: this "
            "reads as the writer's own view, an opinion rather than a report.")
