"""Question items drafted from an analysis: cue spotting, "who says so?", and
reasons drawn from the article's causal statements and its own questions."""

from __future__ import annotations

import re
from functools import cache

from .attribution import lemma, named_with_maker
from .core import Analysis, Sentence
from .label import SORTED_KINDS
from .lexicon import load_phrases
from .names import (
    PRONOUNS,
    clean,
    first_word,
    head_words,
    is_fragment,
    name_words,
    points_back,
    reads_as_name,
    same_source,
    shown_name,
    surname,
)
from .nominal import VIEW_NOUNS, hears
from .referents import referents
from .roles import calls_back
from .sources import is_share, kind_of
from .subjects import IRREGULAR_PAST, in_quotation

_MAX_CUE_ITEMS = 4
_MAX_WHO_ITEMS = 4
_STOP = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been "
    "being has have had this that these those it its their his her they them he she "
    "we our you your i my which who whom whose what when where while into than then "
    "there here also more most some any all each such not no so very just about "
    "over after before between through during against under up down out off".split()
)
_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")  # (a whole "Ferrández", never "ndez")
_PREDICTED = re.compile(r"\b(?:could|might|may|will|would)\b", re.I)
_PRONOUNS = frozenset("he she they it i we you this that".split())
_THAT = re.compile(r"[\s,;:—–]*(?:(?:and|but|while)\s+)?(?:that\s+)?")
_NO_SOURCE = "Nobody: the writer states it without naming a source"


def _plain(analysis: Analysis, start: int, end: int) -> str:
    return " ".join(analysis.plain(start, end).split())


def _sentence_text(analysis: Analysis, sentence: Sentence) -> str:
    return _plain(analysis, sentence.start, sentence.end)


#: Quotation marks inside a quoted sentence become single ones, as in print:
#: “‘We see no link,’ the mayor said.”, not ““We see no link,” the mayor said.”
_INNER_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def _cited(sentence: str) -> str:
    """The sentence in quotation marks, its own quotation marks made single;
    a mark a quotation running on from or into another sentence leaves
    unmatched ("“They should have invested ..." with no close) is dropped."""
    text = sentence.strip()
    straight = text.count('"') % 2 == 1
    if text[:1] == "“" and text.count("“") > text.count("”") or \
            text[:1] == '"' and straight:
        text = text[1:].lstrip()
    elif text[-1:] == "”" and text.count("”") > text.count("“") or \
            text[-1:] == '"' and straight:
        text = text[:-1].rstrip()
    elif len(text) > 2 and text[0] in "“\"" and text[-1] in "”\"" and not any(
            mark in text[1:-1] for mark in "“”\""):
        text = text[1:-1].strip()  # wholly quoted: the marks are the question's
    return f"“{text.translate(_INNER_QUOTES)}”"


def _confidence(value: float) -> dict:
    return {"confidence": round(max(0.05, min(value, 0.99)), 2)}


@cache
def _cue_words() -> frozenset[str]:
    """Every one-word entry of the opinion and hedge lexicons, whatever its
    kind: a word that may judge or hedge in some sentence ("frankly" in a
    quotation, "everyone") is never offered as one that does not."""
    return frozenset(
        phrase for name in ("opinion.txt", "hedges.txt")
        for phrase in load_phrases(name) if " " not in phrase)


#: Words that link or hedge rather than carry the content, or that may judge
#: with the words around them ("It needs a decision", "not prepared to
#: gamble", "call it a starting point"); no wrong option. So is an adverb in
#: -ly ("inevitably flatters"), which may weigh the claim as a cue does.
_LINKS = frozenset(
    "because since although though unless whether cannot could would should "
    "might must will shall well need needs needed prepared willing unwilling "
    "deserve deserves deserved call calls called".split())


def _distractor_words(quote: str, cues: list[str], count: int,
                      credit: str = "", keyed: list[str] = ()) -> list[str]:
    """Words of the claim that are neither cues nor cue words elsewhere, nor
    names or the words that credit it ("Majority Leader", "said"), nor words
    next to a `keyed` cue ("the worst possible time", "fair and affordable") or in a
    short quoted phrase ("said the firm was 'chasing a trend'"), which may
    judge with it; longest first, as wrong options."""
    taken = " ".join(cues).lower()
    credited = {w.lower() for w in _WORD.findall(credit)}
    close = _near_cues(quote, keyed) | {
        w.lower() for phrase in _SHORT_QUOTE.findall(quote)
        for w in _WORD.findall(phrase)}
    paired = _paired(quote, keyed)
    words = []
    for word in _WORD.findall(quote):
        word = word.strip("’'")  # "‘outrageous’": the word, not its marks
        low = word.lower()
        if not word or (low in _STOP or low in taken or low in credited or low in _LINKS
                or low in paired or (low.endswith("ly") and len(low) > 4)
                or low in _cue_words() or word[:1].isupper()
                or any(low == w.lower() for w in words)):
            continue
        words.append(word)
    # words close to a cue only when the claim has too few others
    apart = [w for w in words if w.lower() not in close]
    words = apart if len(apart) >= min(2, count) else words
    words.sort(key=len, reverse=True)
    return words[:count]


# A phrase of one to eight words in quotation marks inside a sentence: the
# speaker's own words, picked out.
_SHORT_QUOTE = re.compile(r"(?<=\s)[‘“'\"]([\w’'-]+(?:\s+[\w’'-]+){0,7})[’”'\"](?!\w)")


def _paired(quote: str, cues: list[str]) -> set[str]:
    """Words joined to a cue by "and", "but" or "or" ("frustrating but
    necessary", "fair and affordable") or listed with it ("sloppy, disorganised
    and overworked"): of a kind with it, so never a wrong answer, however few
    other words the claim has."""
    paired = set()
    for cue in cues:
        at = re.escape(cue)
        after = (rf"(?<!\w){at}\s+(?:and|but|or|nor|yet)\s+(?:not\s+|also\s+)?"
                 rf"([\w’'-]+)")
        before = rf"([\w’'-]+)\s+(?:and|but|or|nor)\s+{at}(?!\w)"
        # a list of three: "sloppy, disorganised and overworked"
        word, joint = r"([\w’'-]+)", r"\s+(?:and|or)\s+"
        listed = (rf"(?<!\w){at},\s+{word}{joint}{word}",
                  rf"{word},\s+{at}{joint}{word}",
                  rf"{word},\s+{word}{joint}{at}(?!\w)")
        for pattern in (after, before, *listed):
            for found in re.findall(pattern, quote, re.I):
                paired.update(w.lower() for w in (
                    found if isinstance(found, tuple) else (found,)))
    return paired


def _near_cues(quote: str, cues: list[str]) -> set[str]:
    """The word just before a cue and the one just after it, passing over
    little words ("the worst possible", "fair and affordable")."""
    tokens = [m.group().lower() for m in re.finditer(r"[\w’'-]+", quote)]
    words = [t for t in tokens if t not in _STOP]
    near = set()
    for cue in cues:
        cue_words = [w for w in cue.lower().split() if w not in _STOP]
        size = len(cue_words)
        for i in range(len(words) - size + 1):
            if size and words[i:i + size] == cue_words:
                near.update(words[max(0, i - 1):i] + words[i + size:i + size + 1])
    return near


# "We", "you", "our": who speaks or is spoken to; alone, no word a learner
# could point to as what judges ("We will not hesitate to act" keyed "We").
_PERSON_WORDS = frozenset("i we us our my you your me".split())
# "I thought", "we believe": a first-person belief shows a view as surely as a
# judging word does.
_FIRST_PERSON_BELIEF = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+|do\s+|don[’']t\s+)?$")


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
        if sentence.label == "speculation":
            spans = sentence.hedges
        else:
            # a sweeping word ("everyone over 40") generalises; it judges
            # nothing a learner could be sure of
            spans = [c for c in sentence.opinion_cues
                     if c["kind"] not in ("weak", "sweep")
                     and c["text"].lower() not in _PERSON_WORDS]
            # "I think" keyed where the feedback gives it as the reason; not
            # "what we expected" under feedback that gives 'described'
            spans += [h for h in sentence.hedges if _FIRST_PERSON_BELIEF.search(
                analysis.text, max(0, h["start"] - 20), h["start"])
                and _explains(sentence, h["text"])]
        cues = []
        for span in sorted(spans, key=lambda span: (span["start"],
                                                    span["start"] - span["end"])):
            cue = _plain(analysis, span["start"], span["end"])
            # one option per stretch of words: "I think", not "think" again,
            # nor "outrageous" beside its quoted "outrageous’"
            bare = cue.strip(_MARKS)
            if cue and cue in quote and not any(
                    re.search(rf"\b{re.escape(bare)}\b", c) or
                    re.search(rf"\b{re.escape(c.strip(_MARKS))}\b", bare)
                    for c in cues):
                cues.append(cue)
        other = [_plain(analysis, c["start"], c["end"]) for c in
                 sentence.opinion_cues + sentence.hedges]
        credit = sentence.attribution
        distractors = _distractor_words(
            quote, cues + other, max(2, 5 - len(cues)),
            _plain(analysis, *credit.span) if credit else "", keyed=cues)
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
            "prompt": f"{_speaker(sentence)}{_cited(quote)} Which words show that "
                      f"this is {shows}?",
            "options": options,
            "evidence": [quote],
            "explanation": sentence.explanation,
            "machine": _confidence(sentence.confidence - 0.05),
        })
    return items


def _explains(sentence: Sentence, word: str) -> bool:
    """Whether the feedback quotes `word` among its reasons ("'I think'
    judges")."""
    return any(word.lower() in quoted.lower()
               for quoted in _QUOTED_WORDS.findall(sentence.explanation))


_QUOTED_WORDS = re.compile(r"(?<![\w’'])'([^']+)'(?![\w’'])")


def _speaker(sentence: Sentence) -> str:
    """"Margaret Hollis said: " before a sentence of a quotation whose speaker
    an earlier sentence names, so the prompt says whose words they are."""
    if sentence.attribution is None and sentence.quoted_from is not None:
        name = shown_name(sentence.quoted_from)
        if name and name_words(name)[0] not in _POSSESSIVE:  # not "Its chair said:"
            return f"{name[:1].upper()}{name[1:]} said: "
    return ""


def _source_name(text: str, sentence: Sentence,
                 referent: str | None = None) -> str | None:
    """The source as a learner would pick it, or None when the sentence names
    no one to pick ("some analysts", "he" whom nothing resolves) or what the
    finder took for its source does not read as a name (then no option shows
    it). `referent`: whom the source's pronoun stands for (`referents.py`)."""
    attribution = sentence.attribution
    if attribution is None or attribution.negated or attribution.act or \
            attribution.link or hears(attribution.source or "", attribution.cue):
        return None  # an act ("endorsed the plan") says nothing to pick a
        # source for, nor does "The jury heard that ...": who listened
    name = clean(named_with_maker(text, attribution))
    if referent:
        name = referent  # "She said ...", "the singer said": the person named
        # before
    if not name or name.split()[0].lower() in (
            "one", "some", "many", "most", "several", "both", "each", "not",
            "no", "none", "few", "neither"):
        return None  # "One of them", "Some analysts", "Not everyone": no name
        # to pick
    if not _reads_as_name(name) or not _stands_alone(name):
        return None
    return name[:1].upper() + name[1:]


_POSSESSIVE = frozenset("its his her their our my your".split())
#: Words that point back to someone the article named before ("A study she
#: co-wrote"): out of its sentence the option names nobody.
_POINTING = frozenset("he she they him them his her its their".split())
#: A lone word that stands for a source named elsewhere, or for nothing one
#: could pick ("Others argue ...", "Research suggests ...").
_NO_ONE = frozenset("others research evidence data figures statistics numbers one "
                    "another".split())
#: What stands for the rest of a group ("The rest", "The majority"): no one.
_REST = frozenset("rest remainder majority minority others".split())
#: A source called back by its bare role ("the person said", "the source
#: added"): out of its sentence it names nobody.
_CALLED_BACK = frozenset("person people source sources official officials insider "
                         "insiders figure individual".split())
# A verb with its object inside what the finder took for a source ("The
# closure follows a routine inspection ... that found"): a clause, no name.
_VERB_AND_OBJECT = re.compile(r"\s[a-z]+s\s+(?:a|an|the)\s")


# The verbs whose words follow them as a clause or a quotation; after "called
# the vote ..." or "attacked the measure as ..." no claim stands alone.
_SAYS = frozenset(
    "say said says tell told tells add added adds argue argued argues claim "
    "claimed claims insist insisted insists warn warned warns believe believed "
    "believes think thought thinks expect expected expects report reported "
    "reports find found finds show showed shows shown estimate estimated "
    "estimates suggest suggested suggests write wrote writes note noted notes "
    "explain explained explains predict predicted predicts announce announced "
    "announces state stated states confirm confirmed confirms".split())


def _stands_alone(name: str) -> bool:
    """A name a learner can pick out of its sentence: nothing pointing back
    ("a study she co-wrote"), not a stand-in ("Others", "Research", "One",
    "19"), nor a clause ("The closure follows a routine inspection", "Say
    Mexico", "EVEN OZ’S BOSS THINKS")."""
    words = name_words(name)
    stand_in = len(words) == 1 and (words[0] in _NO_ONE or words[0].isdigit())
    return not (_POINTING & set(words[1:]) or stand_in
                or (len(words) == 2 and (words[1] in _REST or words[0] == "the"
                                         and words[1] in _CALLED_BACK))
                or words[0] in _SAYS or _VERB_AND_OBJECT.search(name)
                or (len(words) > 1 and name.isupper()))


_REPORTED = re.compile(r"(?i)\b(?:said|says|say|told|tells|noted|wrote|argued)\b")


def _reads_as_name(name: str) -> bool:
    """A name a learner can pick: not a pronoun ("We've", "he"), and a name
    (`names.reads_as_name`)."""
    return first_word(name) not in _PRONOUNS and reads_as_name(name) and \
        not is_share(name) and \
        name.lower() not in _WRITERS_LABELS  # (not "31%" of those a survey asked,
    # nor the interviewer, who is the writer asking)


_WRITERS_LABELS = frozenset(("interviewer", "reporter", "the interviewer",
                             "the reporter"))


def _reads_as_reason(text: str) -> bool:
    """A cause or a result a learner can judge out of its sentence: a few
    words to a long clause, not a fragment (`names.is_fragment`), not a report ("The
    governor said Democrats and the media") nor a speaker's "I", "we" or "he",
    which the option would leave without anyone to refer to."""
    words = text.split()
    if not 2 <= len(words) <= 30 or first_word(text) in PRONOUNS:
        return False
    return not ("?" in text or _REPORTED.search(text) or is_fragment(text))


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
#: What a body, a document or a group is called once the article has named it
#: ("the company" for Harlow Foods, "the paper" for a study in a journal):
#: when no source it names has the same head noun, it may still be one of
#: them, so it is never an option and asks nothing.
_STAND_INS = frozenset(
    "company firm business group organisation organization paper study report "
    "review survey researchers authors scientists agency charity club team side "
    "campaign administration government institute body figures data statistics "
    "statement memo document letter analysis poll audit filing operator owner "
    "provider insurer landlord employer retailer manufacturer".split())


def _lede_description(analysis: Analysis, named: dict[int, str | None]
                      ) -> str | None:
    """The source of the article's first sentence when it is described, not
    named ("A former care home manager ... told a jury"), and the next
    sentence opens on a name set off by a comma ("Helen Marsh, 51, ..."): news
    describes a person in the lede and names them just after, so the
    description is that person, no wrong answer beside them."""
    body = [s for s in analysis.sentences if not s.is_heading]
    name = named.get(body[0].index) if len(body) >= 2 else None
    words = (name or "").split()
    if len(words) >= 2 and words[0].lower() in ("a", "an") and not any(
            w[:1].isupper() for w in words[1:]) and kind_of(name) != "citation" \
            and _NAME_FIRST.match(body[1].text):
        return name
    return None


# A sentence opening on a person's name and an aside: "Helen Marsh, 51, of
# Brackley Road, denies ...".
_NAME_FIRST = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+,")


def _holds_role(role: str, name: str) -> bool:
    """Whether "the <role>" can mean the source `name`: "the mayor" and "Mayor
    Bill de Blasio", "the commissioner" and "NYPD Commissioner James O'Neill"
    (the name carries the role as a title); "the poll" and "a Bloomberg poll",
    "the fund" and "the International Monetary Fund" (the same head noun)."""
    title = name_words(role)
    words = name_words(name)
    if len(title) < 2 or title[0] != "the" or len(words) <= len(title) - 1:
        return False
    # the name's head, before what places it: "A repairs manager at the
    # council" is a manager, not the council
    if head_words(words)[-1] == title[-1]:
        return True
    return title[-1] in _TITLES and all(w in words[:-1] for w in title[1:])


def _source_names(analysis: Analysis) -> dict[int, str | None]:
    """Sentence index -> its source as a learner would pick it."""
    stands_for = referents(analysis)
    return {s.index: _source_name(analysis.text, s, stands_for.get(s.index))
            for s in analysis.sentences}


def _sources(analysis: Analysis, named: dict[int, str | None]
             ) -> tuple[list[str], dict[str, str | None]]:
    """The article's sources, one name each (the fullest form it uses), and
    what each name the sentences use (`named`, by sentence) stands for: its
    source's name, or None when a role ("the senator") fits more than one
    named source."""
    used: list[str] = []
    for sentence in analysis.sentences:
        name = named[sentence.index]
        if name and name not in used and not sentence.is_heading:
            used.append(name)
    roles = [n for n in used if name_words(n)[0] == "the"]
    lede = _lede_description(analysis, named)
    names: list[str] = []
    for name in used:
        if name in roles or name == lede and len(used) > 1:
            continue  # (the lede's "A former care home manager" may be the
            # "Ms Marsh" the article names next: no answer, no wrong answer)
        same = next((n for n in names if same_source(n, name)), None)
        if same is None:
            names.append(name)
        elif len(name) > len(same):
            names[names.index(same)] = name
    meaning: dict[str, str | None] = {
        n: next((m for m in names if same_source(m, n)), None) for n in used
        if n not in roles}
    for role in roles:
        holders = [n for n in names if _holds_role(role, n)]
        if not holders:
            same = next((n for n in names if same_source(n, role)), None)
            if same is None and name_words(role)[-1] in _STAND_INS and names:
                meaning[role] = None  # "the company": maybe a source named above
                continue
            if same is None:
                names.append(role)
            meaning[role] = same or role
        else:
            meaning[role] = holders[0] if len(holders) == 1 else None
    first = {}  # each source in the order the article first cites it
    for name in used:
        if meaning[name] is not None:
            first.setdefault(meaning[name], len(first))
    return sorted(names, key=first.__getitem__), meaning


def article_sources(analysis: Analysis) -> list[str]:
    """The article's sources, one name each (the fullest form it uses)."""
    return _sources(analysis, _source_names(analysis))[0]


def who_said_items(analysis: Analysis, shown: frozenset[str] = frozenset()
                   ) -> list[dict]:
    """"Who says so?": the source, with the article's other sources as
    distractors (never another name of the same source); a role that fits two
    of the article's sources ("the senator") asks nothing. A sentence in
    `shown` (another question prints it whole, its source marked) is not asked
    again: its prompt would be answered there."""
    named = _source_names(analysis)
    names, meaning = _sources(analysis, named)
    # a source in a side clause credits that clause, not the sentence's claim
    # and "Haddad thinks so." claims nothing alone
    sourced = [(s, meaning[named[s.index]])
               for s in analysis.sentences
               if s.kind in SORTED_KINDS and not s.side_source and not s.is_heading
               and named[s.index]
               and _claims_something(analysis, s)]
    # where each source is cited: one cited in the next sentence or the one
    # before often speaks for the same body ("The GMB union said ... “These
    # are skilled people,” said regional organiser Kevin Doyle"), so it is
    # offered only when the article has too few others
    cited: dict[str, set[int]] = {}
    for sentence, name in sourced:
        cited.setdefault(name, set()).add(sentence.index)
    likely = _likely_holders(names, cited)
    # whose turn each interview speaker's lines are ("A:" is Rachel Osei): the
    # speaker passes on what a study in her turn found, so she is no wrong
    # answer to "who says so?" there
    voices = {s.speaker: meaning[named[s.index]] for s in analysis.sentences
              if s.speaker and s.attribution is not None
              and s.attribution.kind == "self" and named[s.index]}
    items = []
    seen: set[str] = set()
    for sentence, name in sorted(sourced, key=lambda pair: -pair[0].confidence):
        if len(items) >= _MAX_WHO_ITEMS or name is None or name in seen:
            continue
        # "The harbour authority" is no wrong answer when "A harbour authority
        # survey" is right: a distractor must not be part of the answer
        # "Its chair", "His lawyer" answer a question about their sentence,
        # but as a wrong answer to another they could be anyone's
        near = {sentence.index - 1, sentence.index, sentence.index + 1}
        relays = voices.get(sentence.speaker)
        others = [n for n in names if n != name and not _overlaps(n, name)
                  and n != relays
                  and name_words(n)[0] not in _POSSESSIVE
                  and not _speaks_for(analysis, sourced, name, n)
                  and not _calls_back(n, names)
                  and likely.get(n) != name and likely.get(name) != n]
        # "The prosecutor" beside "Catherine Moorfield KC": maybe one person
        others = [n for n in others if likely.get(n) not in others]
        # "Keith Lamont Scott's wife" beside "Rakeyia Scott" or "Scott's
        # family": maybe the one answering, no wrong answer
        others = [n for n in others if not _kin(n, name)]
        far = [n for n in others if not cited.get(n, set()) & near]
        others = far if len(far) >= 3 else others  # a short article has few
        if not others:
            continue
        # each question offers the next of the article's other sources, so
        # the later ones are offered too, not the first three every time
        turn = 3 * len(items) % len(others)
        others = (others[turn:] + others[:turn])[:3]
        quote = _sentence_text(analysis, sentence)
        prompt = None if quote in shown else _who_prompt(analysis, sentence, quote)
        if prompt is None:
            continue
        seen.add(name)
        options = [{"text": name, "correct": True}]
        options += [{"text": other, "correct": False} for other in others]
        options.append({"text": _NO_SOURCE, "correct": False, "last": True})
        items.append({
            "id": f"who-{len(items) + 1:02d}",
            "type": "who_said",
            "prompt": prompt,
            "options": options,
            "evidence": [quote],
            "explanation": sentence.explanation,
            "machine": _confidence(sentence.confidence - 0.1),
        })
    trap = _writer_item(analysis, names, len(items) + 1)
    return items + [trap] if trap else items


def _writer_item(analysis: Analysis, names: list[str], number: int) -> dict | None:
    """One "Who says so?" whose answer is nobody: a sentence the writer states
    on their own word that names one of the article's sources ("Whitcomb
    conceded at about 11 p.m. ..."), so the name tempts. The surest such
    sentence is asked, with the name it holds and two other sources as wrong
    answers."""
    for sentence in sorted(analysis.sentences, key=lambda s: -s.confidence):
        if sentence.confidence < 0.6:
            break
        attribution = sentence.attribution
        if sentence.label != "unsourced" or sentence.kind != "fact" or \
                sentence.is_heading or sentence.side_source or sentence.quoted_from \
                or attribution is not None and not attribution.act:
            continue
        if sentence.names_quote or attribution is not None and \
                _WORDS_GIVEN.search(attribution.cue):
            continue  # "Those were the words of X": whose words, told; "as he
            # issued a statement": words given; a class may fairly argue X
            # stands behind it
        quote = _sentence_text(analysis, sentence)
        if _SAYS_WORD.search(quote):
            continue  # "..., which the company says will be presented ...": a
            # source in a side clause tempts for a reason
        words = set(re.findall(r"[\w’'-]+", quote))
        held = [n for n in names if surname(n) in words]
        if len(held) != 1 or len(names) < 3 or "“" in quote or '"' in quote:
            continue
        others = [n for n in names if n != held[0]][:2]
        options = [{"text": held[0], "correct": False}]
        options += [{"text": other, "correct": False} for other in others]
        options.append({"text": _NO_SOURCE, "correct": True, "last": True})
        return {
            "id": f"who-{number:02d}",
            "type": "who_said",
            "prompt": f"Who says so? {_cited(quote)}",
            "options": options,
            "evidence": [quote],
            "explanation": sentence.explanation,
            "machine": _confidence(sentence.confidence - 0.1),
        }
    return None


# An act whose object is words ("issued a statement", "sounded a warning").
_WORDS_GIVEN = re.compile(r"\b(?:statement|message|warning|reply|response|answer|"
                          r"call|appeal|plea|speech|remarks|letter|e-?mail|"
                          # "denies eleven counts of fraud", "pleaded not
                          # guilty": a plea, which a class may take as words
                          r"den(?:y|ies|ied)|plead(?:s|ed)?|pled)\b", re.I)
# A word that credits someone inside the sentence.
_SAYS_WORD = re.compile(r"\b(?:say|says|said|told|tells|according|claims?|"
                        r"claimed|insists?|insisted|believes?|believed)\b")


def _likely_holders(names: list[str], cited: dict[str, set[int]]) -> dict[str, str]:
    """A role no source holds by name ("the prosecutor", "The pundit") -> the
    person last credited by name before the role is first cited: maybe the
    one it calls back ("Catherine Moorfield KC told jurors ... The prosecutor
    said"), so neither is a wrong answer for the other's claim."""
    first = {n: min(cited[n]) for n in names if cited.get(n)}
    likely = {}
    for role in names:
        if role in first and calls_back(role):
            before = [(first[n], n) for n in names if n in first
                      and first[n] < first[role] and _PERSON_NAME.fullmatch(n)]
            if before:
                likely[role] = max(before)[1]
    return likely


# A person's name: capitalised words, with a title before it or letters after
# it ("Catherine Moorfield KC", "Dr Alan Rowse").
_PERSON_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Judge|Sir|Dame)\.?\s+)?"
                          r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+(?:\s+[A-Z]{2,3})?")


_MARKS = "‘’'\"“” "
_POSSESSOR = re.compile(r"(\w+)[’']s\s+\w")


def _kin(one: str, other: str) -> bool:
    """Whether one name is someone's relation or spokesperson and the other
    shares that someone's surname or is another of theirs ("Keith Lamont
    Scott's wife", "Rakeyia Scott", "Scott's family")."""
    a, b = _POSSESSOR.search(one), _POSSESSOR.search(other)
    last_one, last_other = one.split()[-1], other.split()[-1]
    return bool(a and a.group(1) == last_other or b and b.group(1) == last_one
                or a and b and a.group(1) == b.group(1))


def _calls_back(name: str, names: list[str]) -> bool:
    """"The person", "the official": a source called back by the noun another
    introduced ("A person familiar with the matter"), one of them twice."""
    words = name_words(name)
    return len(words) == 2 and words[0] == "the" and any(
        n != name and name_words(n)[0] in ("a", "an", "one", "another")
        and words[1] in head_words(name_words(n))[1:] for n in names)


def _speaks_for(analysis: Analysis, sourced: list, one: str, other: str) -> bool:
    """Whether a sentence crediting one of the two names the other in the
    words before its reporting verb ("Elena Vostrik, who leads Aranth's
    delegation, said"; "Pulsewise's filing shows"): one speaks for the other,
    so neither is a wrong answer for the other's claim."""
    for sentence, name in sourced:
        if name not in (one, other):
            continue
        credit = sentence.attribution
        # the source and its description: "Elena Vostrik, who leads ...,
        # said", "said Elena Vostrik, who leads ..."; not the claim
        lead = _plain(analysis, credit.source_start, credit.cue_end) if \
            credit.source_start < credit.cue_start else _plain(
                analysis, credit.cue_start, sentence.end)
        role = _plain(analysis, sentence.start, credit.source_start).strip()
        if role.endswith(",") and len(role.split()) <= 6:
            lead = f"{role} {lead}"  # "Brightline's chief executive, Laura
            # Fenn, said": the role set before the name
        told = other if name == one else one
        core = _DETERMINER.sub("", told)
        if core and re.search(rf"\b(?:for|of|at|from|with|to|leads|led|heads|"
                              rf"runs)\s+(?:the\s+)?{re.escape(core)}\b|"
                              rf"\b{re.escape(core)}[’']s\b", lead, re.I):
            return True
        head = core.split()[-1] if core else ""
        if head[:1].isupper() and re.search(
                rf"\b{re.escape(head)}\s+(?:spokes\w+|officials?|officers?|"
                rf"chiefs?|leaders?|sources?|press\s+office)\b", lead, re.I):
            return True  # "A council spokesperson said" speaks for "Vale
            # District Council"
    return False


# What joins the claim to its source, trimmed from the claim: a comma or a
# colon, "on Monday" and the like, "told reporters", and "that" before the
# clause ("said that the cuts ...", "that staying active is ...", "that exam
# results improved ...", not "say that trend could ...").
_CLAIM_EDGE = re.compile(
    r"^[\s,;:—–-]*(?:(?:(?:on|last|this|late\s+on|early\s+on)\s+)?(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:last|this)\s+"
    r"(?:week|month|year|night)\s+|"
    r"(?:yesterday|today|on\s+Twitter|in\s+a\s+statement)\s*,?\s+)?"
    r"(?:(?:reporters|journalists|the\s+court|the\s+BBC|the\s+crowd|"
    r"supporters|colleagues|me|us|him|her|them|"
    # "told Radio Nord that ...": a named listener
    r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*(?=\s+that\s)|"
    # "told staff in an email that ...": a group told, and how
    # (not "found that students who ...": the claim's own subject)
    r"(?:(?!that\s)[\w-]+\s+)?(?:staff|employees|workers|members|parents|students|"
    r"residents|investors|shareholders|MPs|councillors|viewers|listeners|"
    r"readers|customers|passengers|delegates|lawmakers)(?:\s+(?:in|at|during|"
    r"via|over)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:email|"
    r"letter|memo|statement|briefing|meeting|call|message|note|speech|post)"
    r"(?=\s+that\b))?|"
    # "told a local radio station before opening that ...": whom, and when
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:station|newspaper|paper|magazine|"
    r"programme|program|podcast|channel|committee|inquiry|jury|hearing|"
    r"meeting|audience|conference)(?:\s+(?:before|after|on|at|in)\s+[\w ]{1,20}?"
    r"(?=\s+that\b))?)\s+)?"
    # "that" after the verb opens the claim ("said that families still want
    # ..."), unless it is the claim's own subject ("said that was wrong") or a
    # condition opens the claim after it ("warn that if the bloc fails ...",
    # which reads as no claim without it)
    r"(?:that\s+(?!(?:is|was|were|are|has|have|had|will|would|could|can|should|"
    r"may|might|must|does|did|do|seems?|means?|makes?|remains?|shows?|if|when|"
    r"unless|once|while|because|although|though)\b|"
    # nor when it points at a thing ("say that trend could lead to ...")
    r"(?!(?:he|she|it|they|we|i|you|there|this|one)\s)[a-z]+(?<!s)\s+(?:is|was|"
    r"has|had|will|would|could|can|should|may|might|must)\b))?")
_OPENING, _CLOSING = "“‘\"'", "”’\"'"


def _unquoted(claim: str) -> str:
    """The claim without the quotation marks around it, if it is all quoted."""
    claim = claim.strip(" ,;:").rstrip(".").rstrip(" ,")
    if len(claim) > 2 and claim[0] in _OPENING and claim[-1] in _CLOSING:
        inner = claim[1:-1].strip(" ,").rstrip(".")
        if not any(mark in inner for mark in "“”\""):
            return inner
    return claim


def _claims_something(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether two words or more stand outside the words that credit the
    sentence ("“It's heartbreaking,” Ryan said." does; "Haddad thinks so."
    points back to the sentence before and does not)."""
    start, end = sentence.attribution.span
    words = re.findall(r"[\w’']+", _plain(analysis, sentence.start, start) + " "
                       + _plain(analysis, end, sentence.end))
    return len(words) >= 2


# The writer's comment after a quotation: ', which is harsh, but not wrong'.
_COMMENT_AFTER = re.compile(r"(?<=[”\"’']),\s+which\s")
# What follows a source to describe it: ", whose two sons attend ...".
_ABOUT_THE_SOURCE = re.compile(r"^,\s*(?:who|whose|which|a|an|the|one\s+of)\b", re.I)


def _who_prompt(analysis: Analysis, sentence: Sentence, quote: str) -> str | None:
    """"Who says so? “<the claim>”"; for a verb that brings in no clause,
    the question asks who did it ("Who called the vote 'a historic step'?"),
    so the prompt does not print its answer either; the whole sentence when
    its source is a pronoun the reader must resolve; else None: no question
    whose prompt holds its answer."""
    claim = _claim(analysis, sentence)
    if claim:
        return f"Who says so? {_cited(claim)}"
    attribution = sentence.attribution
    if attribution.source_end <= attribution.cue_start and \
            attribution.cue.lower() not in VIEW_NOUNS and len(_plain(
            analysis, sentence.start, attribution.source_start).split()) < 2:
        did = _plain(analysis, attribution.cue_start, sentence.end).rstrip(" .")
        # "called it “a sauce ...”, which is harsh, but not wrong" and "...,
        # though the authority has not published figures": the writer's
        # comment on it is no part of what was done
        did = _before_concession(_COMMENT_AFTER.split(did, maxsplit=1)[0])
        # "Recent polls ... have similarly shown Clinton's lead eroding":
        # "Who has shown ...?", the auxiliary said as "who" takes it
        between = _plain(analysis, attribution.source_end, attribution.cue_start)
        auxiliary = _AUXILIARY.search(between.rstrip())
        if auxiliary:
            verb = auxiliary.group("aux")
            did = f"{_FOR_WHO.get(verb.lower(), verb)} {did}"
        if 4 <= len(did.split()) and not did.endswith(
                ("?", "!", "”", '"', "—", "–", "…", "-", ":", ";")) and \
                (auxiliary or _finite(attribution.cue)):
            return f"Who {did}?"
    if points_back(clean(attribution.source)):
        # "“...,” she told reporters.": the reader finds who "she" is
        return f"Who says so? {_cited(quote)}"
    return None  # the whole sentence would print its answer


# An auxiliary right before the cue, an adverb at most after it ("have
# similarly shown"), not one of an aside between the source and its verb.
_AUXILIARY = re.compile(r"\b(?P<aux>has|have|had|is|are|was|were)(?:\s+\w+ly)?$",
                        re.I)
_FOR_WHO = {"have": "has", "are": "is", "were": "was"}


def _finite(cue: str) -> bool:
    """Does the cue's verb read after "Who" ("Who called ...", "Who warns
    ...")? Not an -ing form or a bare one ("Who arguing that ...", "Who see
    reductions ...")."""
    first = cue.lower().split()[0] if cue.split() else ""
    base = (lemma(cue) or "").split()[:1]
    return bool(first) and not first.endswith("ing") and (
        first.endswith(("ed", "s")) or not base or first != base[0])


def _claim(analysis: Analysis, sentence: Sentence) -> str | None:
    """The sentence's claim without the words that credit it ("“We will
    appeal,” the club said." -> "We will appeal"; "Analysts said the cuts
    were overdue." -> "the cuts were overdue"), so the question does not print
    its answer; None when the source stands inside the claim or the words
    after it are no claim of their own ("called the vote 'a historic step'")."""
    attribution = sentence.attribution
    start, end = attribution.span
    before = _plain(analysis, sentence.start, start).strip()
    after = _plain(analysis, end, sentence.end).strip()
    # "“It's heartbreaking,” Ryan said.": a quotation, however short, is a claim
    quoted = len(before) > 2 and before[0] in _OPENING and \
        before.rstrip(" ,")[-1] in _CLOSING
    if len(before.split()) < 3 and not quoted:  # "Analysts at Berenberg said ..."
        last = attribution.cue.lower().split()[-1:]
        if last and last[0] not in _SAYS and not attribution.cue.lower().startswith(
                "according"):
            return None
        claim = _unquoted(after[_CLAIM_EDGE.match(after).end():])
    elif len(re.findall(r"\w+", after)) <= 4 or _ABOUT_THE_SOURCE.match(after):
        # "..., a source close to the case said.", "... ,' said Louise Carter,
        # whose two sons attend the school."
        claim = _unquoted(before)
    else:
        return None  # "The plan, the mayor said, will cost ...": the whole sentence
    if attribution.cue.lower().split()[-1] in _TELLING and _TOLD_TO.match(claim):
        return None  # "She warned them not to search ...": an order, no claim
    # "..., though the agency has not released revised figures": the writer's
    # own concession, no part of what the source says
    claim = _before_concession(claim)
    # "..., and said such figures tend to be inflated": a second report of
    # the source's, another claim
    claim = _SECOND_REPORT.split(claim, maxsplit=1)[0]
    if len(claim.split()) < (2 if quoted else 4) or is_fragment(
            claim) and not _ABOUT_A_FIGURE.match(claim):
        return None
    return claim


_SECOND_REPORT = re.compile(r",?\s+and\s+(?:also\s+)?(?:said|says|added|warned|"
                            r"noted|argued|insisted|claimed|told)\s")
_CONCESSION = re.compile(r",\s+(?:even\s+)?(?:though|although)\s|"
                         # "..., and there is some truth in that": the
                         # writer's comment on it
                         r",\s+and\s+there\s+is\s+(?:some|a\s+lot\s+of|little|no|"
                         r"more\s+than\s+a\s+grain\s+of)\s+truth\b")


def _before_concession(claim: str) -> str:
    """The claim up to the writer's concession after it, if one stands
    outside quotation marks ('..., "maybe, though I could be wrong"' is the
    speaker's own)."""
    for match in _CONCESSION.finditer(claim):
        if not in_quotation(claim, 0, match.start()):
            return claim[:match.start()]
    return claim


# A claim may open on a figure's approximation ("about £412,000 left the
# account"), which `is_fragment` reads as a preposition.
_ABOUT_A_FIGURE = re.compile(r"(?:about|around|over|under|nearly|almost|more\s+"
                             r"than|fewer\s+than|less\s+than)\s+[$£€]?\d", re.I)


# Whom a verb told or urged, then what to do: "them not to search ...",
# "parents to keep children at home"; what they were told is no claim.
_TELLING = frozenset("warn warned warns tell told tells urge urged urges ask asked "
                     "asks advise advised advises order ordered orders instruct "
                     "instructed instructs remind reminded reminds encourage "
                     "encouraged encourages".split())
_TOLD_TO = re.compile(r"(?!(?:he|she|they|we|I|it|there)\s)"  # "he wanted to": a claim
                      r"(?:[\w’'-]+\s+){1,4}?(?:not\s+)?to\s+[a-z]")


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _overlaps(one: str, other: str) -> bool:
    """Does one name hold the other ("the harbour authority" and "a harbour
    authority survey")?"""
    a, b = (_DETERMINER.sub("", n).casefold() for n in (one, other))
    return bool(re.search(rf"\b{re.escape(a)}\b", b)
                or re.search(rf"\b{re.escape(b)}\b", a))


_MAX_WHY_ITEMS = 2
# A result that points back to one told before ("the bigger effect", "this",
# "these failings"): what it is the result of lies in another sentence.
# "the same rise in energy costs": a cause the article gave before, in other
# words; as an option it would be a second right answer worded otherwise.
_SAME = re.compile(r"(?:the\s+same|this|that|these|those|such)\b", re.I)
# Two causes in one: "staff had seen a rise in bullying and pupils were
# finding it hard to concentrate" (a clause with its own subject and verb
# after "and"), each its own reason to select.
_CLAUSES_AND = re.compile(
    r",?\s+and\s+(?=(?:[\w’'-]+\s+){1,5}?(?:is|are|was|were|had|has|have|did|"
    r"does|could|would|can|will|[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST))
    + r")\b)")
_POINTS_BACK = re.compile(
    r"^(?:(?:the|a|an|this|that|these|those|its|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:effect|effects|factor|factors|reason|reasons|cause|causes|impact|part|"
    r"problem|problems|issue|issues|failings?|one|ones|thing|things)$|"
    r"^(?:this|that|these|those|it)$", re.I)


# An event named again by a bare noun ("the decision", "the move"): the
# result of the link just before, when one came a sentence or two earlier.
_EVENT_AGAIN = re.compile(
    r"(?:the|this|that)\s+(?:decision|move|step|change|changes|measure|measures|"
    r"choice|shift|cut|cuts|closure|closures|suspension|delay|ban|plan)$", re.I)


def reason_items(analysis: Analysis) -> list[dict]:
    """Reasons the article gives: asked of one result at a time ("What reason
    does the article give for this: “the closures”?"), its causes right, and
    wrong the reasons the article gives for other things and its results; or,
    when the article asks itself ("What is behind the move?"), every cause
    under its own question."""
    links = [(s, link) for s in analysis.sentences for link in s.causal]
    if not links:
        return []
    reasons: list[tuple[str, str]] = []  # (cause, effect), in article order
    effects, evidence = [], {}
    told_at: dict[str, int] = {}  # cause -> the sentence that first gives it
    before = None  # (sentence index, effect) of the last link
    for sentence, link in links:
        cause = _plain(analysis, *_without_credit(
            analysis, sentence, link["cause_start"], link["cause_end"]))
        effect = _plain(analysis, *_without_credit(
            analysis, sentence, link["effect_start"], link["effect_end"]))
        if before and sentence.index - before[0] <= 2:
            # "The suspension was prompted by ... Rising fuel prices also
            # contributed to the decision", "... The closures prompted
            # protests": the same event, named again
            cause = before[1] if _EVENT_AGAIN.match(cause) else cause
            effect = before[1] if _EVENT_AGAIN.match(effect) else effect
        before = (sentence.index, effect)
        if _POINTS_BACK.match(effect):
            continue  # "the bigger effect was because ...": of what, it does not say
        if effect and _reads_as_reason(effect) and effect not in effects:
            effects.append(effect)
        if _PREDICTED.search(cause) or _SAME.match(cause):
            continue  # "this could lead to ..." predicts a consequence: no
            # reason; "the same rise in costs" is a cause told before
        for part in _CLAUSES_AND.split(cause):
            if _reads_as_reason(part) and (part, effect) not in reasons:
                reasons.append((part, effect))
                told_at.setdefault(part, sentence.index)
                evidence.setdefault(effect, _sentence_text(analysis, sentence))
    causes = list(dict.fromkeys(c for c, _ in reasons))
    if len(causes) < 2:
        return []  # one cause is no question: nothing to tell it from
    confidence = min(s.confidence for s, _ in links) - 0.15
    given = {c.casefold() for c in causes}  # a cause that is a result too is one
    cues = ", ".join(f"“{link['cue']}”" for _, link in links[:3])
    explanation = (f"Look for the words that link a cause to its effect ({cues}), "
                   "and for hedges such as “likely” that make a reason a guess.")
    asked = next((s for s in analysis.sentences if s.label == "question"
                  and not s.speaker and re.match(r"(?i)what|why", s.text.strip())
                  and re.search(r"(?i)reason|why|cause|behind", s.text)), None)
    # the reasons that answer it: those given in the sentences after it, up to
    # the next question or heading ("Why the affiliation?" in a long report
    # is not answered by every cause the report gives)
    answers = _answered(analysis, asked, causes, told_at) if asked else []
    if len(answers) >= 2:
        results = [e for e in effects if e.casefold() not in given][:3]
        if len(results) < 2:
            return []
        return [_reason_item(
            "why-01", _sentence_text(analysis, asked) + " Select every reason "
            "the article gives.", answers[:4], [], results,
            list(dict.fromkeys(evidence.values()))[:4], explanation, confidence)]
    items = []
    for effect in dict.fromkeys(e for _, e in reasons):
        if len(items) >= _MAX_WHY_ITEMS or effect not in effects:
            continue
        own = [c for c, e in reasons if e == effect]
        mine = {c.casefold() for c in own} | {effect.casefold()}
        # (not "The attack" beside "A cyber attack": one cause by its noun)
        heads = {c.split()[-1].casefold() for c in own if c.split()}
        elsewhere = [c for c in causes if c.casefold() not in mine
                     and c.split()[-1].casefold() not in heads][:2]
        results = [e for e in effects if e.casefold() not in mine | given]
        results = results[:max(1, 3 - len(elsewhere))]
        if len(elsewhere) + len(results) < 2:
            continue
        items.append(_reason_item(
            f"why-{len(items) + 1:02d}", "What reason does the article give for "
            f"this: “{effect}”? Select every reason it gives.", own[:3], elsewhere,
            results, [evidence[effect]], explanation, confidence))
    return items


#: How many sentences after the article's own question may answer it.
_ANSWER_SPAN = 8


def _answered(analysis: Analysis, asked: Sentence, causes: list[str],
              told_at: dict[str, int]) -> list[str]:
    """The causes given after the article's question `asked`, before its next
    question or heading and within `_ANSWER_SPAN` sentences."""
    end = asked.index + _ANSWER_SPAN
    for sentence in analysis.sentences[asked.index + 1:end + 1]:
        if sentence.is_heading or sentence.label == "question":
            end = sentence.index - 1
            break
    return [c for c in causes if asked.index < told_at[c] <= end]


def _without_credit(analysis: Analysis, sentence: Sentence, start: int,
                    end: int) -> tuple[int, int]:
    """A cause or a result of a causal link without the words crediting it:
    what follows "The department said" or "According to the report, ...",
    what comes before "..., according to the statistics office"."""
    source = sentence.source
    if source is None:
        return start, end
    credit_start, credit_end = source.span
    if not start <= credit_start < end:
        return start, end
    before = analysis.plain(start, credit_start)
    if len(analysis.plain(credit_end, end).split()) < 3 or (
            source.cue_start < source.source_start and len(before.split()) >= 3
            and before.rstrip().endswith(",")):
        # "Exports fell by 40 percent, according to the office, because ...";
        # "... led to their removal, said Jeffrey Trimble, a senior official
        # with the board": the credit and who the source is close the part
        return start, len(analysis.text[:credit_start].rstrip(" ,;:—–"))
    # "The department said the closures were needed", "According to the
    # report, published on Monday, the damage was caused by ..."
    after = _THAT.match(analysis.text, credit_end, end)
    start = after.end() if after else credit_end
    if source.cue.lower().startswith("according"):
        comma = analysis.text.rfind(",", start, end)
        start = comma + 1 if comma >= 0 else start
    return start, end


def _reason_item(item_id: str, prompt: str, causes: list[str], elsewhere: list[str],
                 results: list[str], evidence: list[str], explanation: str,
                 confidence: float) -> dict:
    options = [{"text": _capital(c), "correct": True,
                "feedback": "The article gives this as a cause."} for c in causes]
    options += [{"text": _capital(c), "correct": False,
                 "feedback": "The article gives this as the reason for something "
                             "else."} for c in elsewhere]
    options += [{"text": _capital(e), "correct": False,
                 "feedback": "The article presents this as a result, not a reason."}
                for e in results]
    return {"id": item_id, "type": "multiple_select", "prompt": prompt,
            "options": options, "evidence": evidence, "explanation": explanation,
            "machine": _confidence(confidence)}  # each item its own dict


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
