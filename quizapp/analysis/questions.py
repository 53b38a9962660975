"""Question items drafted from an analysis: cue spotting, "who says so?", and
reasons drawn from the article's causal statements and its own questions."""

from __future__ import annotations

import re

from .core import Analysis, Sentence
from .label import SORTED_KINDS
from .names import clean, first_word, is_fragment, reads_as_name

_MAX_CUE_ITEMS = 4
_MAX_WHO_ITEMS = 4
_STOP = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been "
    "being has have had this that these those it its their his her they them he she "
    "we our you your i my which who whom whose what when where while into than then "
    "there here also more most some any all each such not no so very just about "
    "over after before between through during against under up down out off".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{3,}")
_PREDICTED = re.compile(r"\b(?:could|might|may|will|would)\b", re.I)
_PRONOUNS = frozenset("he she they it i we you this that".split())
_THAT = re.compile(r"\s*(?:that\s+)?")
_NO_SOURCE = "Nobody: the writer states it without naming a source"


def _plain(analysis: Analysis, start: int, end: int) -> str:
    return " ".join(analysis.plain(start, end).split())


def _sentence_text(analysis: Analysis, sentence: Sentence) -> str:
    return _plain(analysis, sentence.start, sentence.end)


#: Quotation marks inside a quoted sentence become single ones, as in print:
#: “‘We see no link,’ the mayor said.”, not ““We see no link,” the mayor said.”
_INNER_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def _cited(sentence: str) -> str:
    """The sentence in quotation marks, its own quotation marks made single."""
    return f"“{sentence.translate(_INNER_QUOTES)}”"


def _confidence(value: float) -> dict:
    return {"confidence": round(max(0.05, min(value, 0.99)), 2)}


def _distractor_words(quote: str, cues: list[str], count: int) -> list[str]:
    """Words of the sentence that are not cues, longest first, as wrong options."""
    taken = " ".join(cues).lower()
    words = []
    for word in _WORD.findall(quote):
        low = word.lower()
        if low in _STOP or low in taken or any(low == w.lower() for w in words):
            continue
        words.append(word)
    words.sort(key=len, reverse=True)
    return words[:count]


def cue_items(
    analysis: Analysis, labels: tuple[str, ...] = ("speculation", "opinion")
) -> list[dict]:
    """"Which words show this is speculation / opinion?" over word spans."""
    items = []
    wanted = {"speculation": "speculation, not an established fact",
              "opinion": "an opinion rather than a report"}
    wanted = {label: text for label, text in wanted.items() if label in labels}
    for sentence in sorted(analysis.sentences, key=lambda s: -s.confidence):
        if len(items) >= _MAX_CUE_ITEMS:
            break
        if sentence.label not in wanted or sentence.is_heading:
            continue
        quote = _sentence_text(analysis, sentence)
        spans = (sentence.hedges if sentence.label == "speculation" else
                 [c for c in sentence.opinion_cues if c["kind"] != "weak"])
        cues = []
        for span in spans:
            cue = _plain(analysis, span["start"], span["end"])
            if cue and cue in quote and cue not in cues:
                cues.append(cue)
        other = [_plain(analysis, c["start"], c["end"]) for c in
                 sentence.opinion_cues + sentence.hedges]
        distractors = _distractor_words(quote, cues + other, max(2, 5 - len(cues)))
        if not cues or len(distractors) < 2:
            continue
        # A quoted or reported view is its speaker's, not the writer's.
        shows = wanted[sentence.label]
        whose = "the writer's" if sentence.source is None else "the speaker's"
        if sentence.label == "opinion" and sentence.source is None:
            shows = "the writer's opinion rather than a report"
        options = [{"text": cue, "correct": True,
                    "feedback": f"“{cue}” is a cue: it shows the sentence is "
                                f"{shows}."} for cue in cues]
        options += [{"text": word, "correct": False,
                     "feedback": f"“{word}” carries the content, not {whose} "
                                 "certainty or judgement."} for word in distractors]
        options.sort(key=lambda o: quote.find(o["text"]))
        items.append({
            "id": f"cue-{len(items) + 1:02d}",
            "type": "multiple_select",
            "prompt": f"{_cited(quote)} Which words show that this is {shows}?",
            "options": options,
            "evidence": [quote],
            "explanation": sentence.explanation,
            "machine": _confidence(sentence.confidence - 0.05),
        })
    return items


def _source_name(sentence: Sentence) -> str | None:
    """The source as a learner would pick it, or None when the sentence names
    no one to pick ("some analysts", "he") or what the finder took for its
    source does not read as a name (then no option shows it)."""
    attribution = sentence.attribution
    if attribution is None or attribution.negated or attribution.act or \
            attribution.link:
        return None  # an act ("endorsed the plan") says nothing to pick a source for
    name = clean(attribution.source)
    if not name or name.split()[0].lower() in (
            "one", "some", "many", "most", "several", "both", "each"):
        return None  # "One of them", "Some analysts": no name to pick
    if not _reads_as_name(name):
        return None
    return name[:1].upper() + name[1:]


_PERSONAL = frozenset("i we you he she they it".split())
_REPORTED = re.compile(r"(?i)\b(?:said|says|say|told|tells|noted|wrote|argued)\b")


def _reads_as_name(name: str) -> bool:
    """A name a learner can pick: not a pronoun ("We've", "he"), and a name
    (`names.reads_as_name`)."""
    return first_word(name) not in _PRONOUNS and reads_as_name(name)


def _reads_as_reason(text: str) -> bool:
    """A cause or a result a learner can judge out of its sentence: a few
    words to a long clause, not a fragment (`names.is_fragment`), not a report ("The
    governor said Democrats and the media") nor a speaker's "I", "we" or "he",
    which the option would leave without anyone to refer to."""
    words = text.split()
    if not 2 <= len(words) <= 30 or first_word(text) in _PERSONAL:
        return False
    return not ("?" in text or _REPORTED.search(text) or is_fragment(text))


def _words(name: str) -> list[str]:
    return name.lower().replace("’", "'").replace("‘", "'").split()


_HONORIFICS = frozenset("mr. mr mrs. mrs ms. ms dr. dr miss sir dame".split())


def _same_source(a: str, b: str) -> bool:
    """"Chen", "Maria Chen", "Ms. Chen" and "Mayor Maria Chen" are one person:
    the shorter name, less an honorific, is the end of the longer one
    ("O’Neill" and "O'Neill" alike)."""
    short, long = sorted((_plain_name(a), _plain_name(b)), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def _plain_name(name: str) -> list[str]:
    words = _words(name)
    return words[1:] if len(words) > 1 and words[0] in _HONORIFICS else words


#: Titles one person holds ("the mayor"); not bodies ("the White House"),
#: whose spokesperson is not the same source.
_TITLES = frozenset(
    "mayor governor president minister commissioner senator chancellor premier "
    "judge coach manager principal headteacher chairman chairwoman chair sheriff "
    "chief secretary director spokesman spokeswoman spokesperson ambassador "
    "general prosecutor attorney inspector superintendent captain speaker "
    "congressman congresswoman representative councillor councilman councilwoman "
    "professor bishop archbishop pope king queen prince princess ceo founder "
    "owner editor".split())


def _holds_role(role: str, name: str) -> bool:
    """Whether "the <role>" can mean the source `name`: "the mayor" and "Mayor
    Bill de Blasio", "the commissioner" and "NYPD Commissioner James O'Neill"
    (the name carries the role as a title); "the poll" and "a Bloomberg poll",
    "the fund" and "the International Monetary Fund" (the same head noun)."""
    title = _words(role)
    words = _words(name)
    if len(title) < 2 or title[0] != "the" or len(words) <= len(title) - 1:
        return False
    if words[-1] == title[-1]:
        return True
    return title[-1] in _TITLES and all(w in words[:-1] for w in title[1:])


def _sources(analysis: Analysis) -> tuple[list[str], dict[str, str | None]]:
    """The article's sources, one name each (the fullest form it uses), and
    what each name the sentences use stands for: its source's name, or None
    when a role ("the senator") fits more than one named source."""
    used: list[str] = []
    for sentence in analysis.sentences:
        name = _source_name(sentence)
        if name and name not in used:
            used.append(name)
    roles = [n for n in used if _words(n)[0] == "the"]
    names: list[str] = []
    for name in used:
        if name in roles:
            continue
        same = next((n for n in names if _same_source(n, name)), None)
        if same is None:
            names.append(name)
        elif len(name) > len(same):
            names[names.index(same)] = name
    meaning: dict[str, str | None] = {
        n: next(m for m in names if _same_source(m, n)) for n in used if n not in roles}
    for role in roles:
        holders = [n for n in names if _holds_role(role, n)]
        if not holders:
            same = next((n for n in names if _same_source(n, role)), None)
            if same is None:
                names.append(role)
            meaning[role] = same or role
        else:
            meaning[role] = holders[0] if len(holders) == 1 else None
    first = {}  # each source in the order the article first cites it
    for name in used:
        first.setdefault(meaning[name], len(first))
    return sorted(names, key=first.__getitem__), meaning


def article_sources(analysis: Analysis) -> list[str]:
    """The article's sources, one name each (the fullest form it uses)."""
    return _sources(analysis)[0]


def who_said_items(analysis: Analysis) -> list[dict]:
    """"Who says so?": the source, with the article's other sources as
    distractors (never another name of the same source); a role that fits two
    of the article's sources ("the senator") asks nothing."""
    names, meaning = _sources(analysis)
    sourced = [(s, meaning[_source_name(s)])
               for s in analysis.sentences
               if s.kind in SORTED_KINDS and _source_name(s)]
    items = []
    seen: set[str] = set()
    for sentence, name in sorted(sourced, key=lambda pair: -pair[0].confidence):
        if len(items) >= _MAX_WHO_ITEMS or name is None or name in seen:
            continue
        # "The harbour authority" is no wrong answer when "A harbour authority
        # survey" is right: a distractor must not be part of the answer
        others = [n for n in names if n != name and not _overlaps(n, name)][:3]
        if not others:
            continue
        seen.add(name)
        quote = _sentence_text(analysis, sentence)
        options = [{"text": name, "correct": True}]
        options += [{"text": other, "correct": False} for other in others]
        options.append({"text": _NO_SOURCE, "correct": False, "last": True})
        items.append({
            "id": f"who-{len(items) + 1:02d}",
            "type": "who_said",
            "prompt": f"Who says so? {_cited(quote)}",
            "options": options,
            "evidence": [quote],
            "explanation": sentence.explanation,
            "machine": _confidence(sentence.confidence - 0.1),
        })
    return items


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _overlaps(one: str, other: str) -> bool:
    """Does one name hold the other ("the harbour authority" and "a harbour
    authority survey")?"""
    a, b = (_DETERMINER.sub("", n).casefold() for n in (one, other))
    return bool(re.search(rf"\b{re.escape(a)}\b", b)
                or re.search(rf"\b{re.escape(b)}\b", a))


def reason_items(analysis: Analysis) -> list[dict]:
    """Reasons the article gives: from its own questions and causal statements."""
    links = [(s, link) for s in analysis.sentences for link in s.causal]
    if not links:
        return []
    causes, effects, evidence = [], [], []
    for sentence, link in links:
        cause = _plain(analysis, link["cause_start"], link["cause_end"])
        effect_start = link["effect_start"]
        source = sentence.source
        if source is not None and effect_start <= source.cue_start < link[
                "effect_end"]:
            # "The department said the closures were needed": the result is
            # what follows the reporting words, not who reports it
            after = _THAT.match(analysis.text, source.cue_end, link["effect_end"])
            effect_start = after.end() if after else source.cue_end
        effect = _plain(analysis, effect_start, link["effect_end"])
        if _PREDICTED.search(cause):
            # "this could lead to ..." predicts a consequence; it gives no reason
            if effect and effect not in effects:
                effects.append(effect)
            continue
        if cause and cause not in causes:
            causes.append(cause)
        if effect and effect not in effects:
            effects.append(effect)
        text = _sentence_text(analysis, sentence)
        if text not in evidence:
            evidence.append(text)
    confidence = min(s.confidence for s, _ in links) - 0.15
    asked = next((s for s in analysis.sentences if s.label == "question"
                  and not s.speaker and re.match(r"(?i)what|why", s.text.strip())
                  and re.search(r"(?i)reason|why|cause|behind", s.text)), None)
    prompt = (_sentence_text(analysis, asked) + " Select every reason the article "
              "gives." if asked else "Which reasons does the article give? Select "
              "every one.")
    causes = [c for c in causes if _reads_as_reason(c)]
    given = {c.casefold() for c in causes}  # a cause that is a result too is one
    distractors = [e for e in effects
                   if e.casefold() not in given and _reads_as_reason(e)][:3]
    if len(causes) < 2 or len(distractors) < 2:
        return []  # one cause, or one result against them, is no question
    options = [{"text": _capital(c), "correct": True,
                "feedback": "The article gives this as a cause."} for c in causes[:4]]
    options += [{"text": _capital(e), "correct": False,
                 "feedback": "The article presents this as a result, not a reason."}
                for e in distractors]
    return [{
        "id": "why-01",
        "type": "multiple_select",
        "prompt": prompt,
        "options": options,
        "evidence": evidence[:4],
        "explanation": "Look for the words that link a cause to its effect (" +
                       ", ".join(f"“{link['cue']}”" for _, link in links[:3]) +
                       "), and for hedges such as “likely” that make a reason a "
                       "guess.",
        "machine": _confidence(confidence),
    }]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
