"""`analyze(text)`: every sentence of an article, labelled, with its cues."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .acts import puts_question
from .attribution import (
    Attribution,
    cue_kind,
    find_attribution,
    introduced_speaker,
    lemma,
)
from .causal import find_causal
from .hedges import find_hedges
from .label import decide, reports_judgement
from .lexicon import tokens, word_set
from .names import FUNCTION_WORDS, PERSON, points_back
from .opinion import WE_DOING, find_opinion_cues
from .quotes import Quoting, stretches
from .roles import REPLIES, named_later, role_holder
from .scope import governing, governing_judgements
from .sources import is_body, is_person_like, kind_of
from .text import Document, Paragraph, parse


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    label: str
    confidence: float
    attribution: Attribution | None
    hedges: list[dict]
    opinion_cues: list[dict]
    explanation: str
    causal: list[dict] = field(default_factory=list)
    is_heading: bool = False
    speaker: str | None = None
    #: The speaker of the quotation the sentence lies in (or continues).
    quoted_from: Attribution | None = None
    #: What the sentence does: fact, speculation, opinion (sorted), or
    #: question, courtesy, boilerplate, list, heading (not sorted). `label`
    #: adds the source.
    kind: str = "fact"
    #: The attribution sits in a side clause ("..., where experts say ...") and
    #: credits that clause only, not the sentence's main claim.
    side_source: bool = False
    #: The sentence tells whose the quotation before it was ("Those were the
    #: words of X", "So said X", "That is how X remembers her").
    names_quote: bool = False

    @property
    def source(self) -> Attribution | None:
        """Who the sentence credits (a continued quotation's speaker included);
        a source that says nothing, sits in a side clause or only did something
        ("endorsed one", acts.py) credits nobody."""
        attribution = self.attribution or self.quoted_from
        if self.side_source or (self.attribution and self.attribution.act):
            # the side clause's source, or one who only acted, is not the
            # sentence's
            attribution = self.quoted_from
        if attribution is None or attribution.negated:
            return None
        return attribution

    @property
    def source_kind(self) -> str:
        """named, anonymous, vague, citation, self (an interview turn) or none."""
        return self.source.kind if self.source else "none"

    def to_dict(self, full: bool = False) -> dict:
        data = {
            "index": self.index, "paragraph": self.paragraph, "start": self.start,
            "end": self.end, "text": self.text, "label": self.label,
            "confidence": self.confidence,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "hedges": [dict(h) for h in self.hedges],
            "opinion_cues": [{k: c[k] for k in ("text", "start", "end")}
                             for c in self.opinion_cues],
            "explanation": self.explanation,
            "kind": self.kind,
            "source_kind": self.source_kind,
        }
        if full:
            data.update(
                causal=self.causal, is_heading=self.is_heading, speaker=self.speaker,
                quoted_from=self.quoted_from.to_dict() if self.quoted_from else None,
                negated=bool(self.attribution and self.attribution.negated))
        return data


@dataclass
class Analysis:
    """The analysed article: sentences in order, paragraphs, and the parse."""

    text: str
    sentences: list[Sentence]
    paragraphs: list[Paragraph]
    document: Document

    def to_dict(self, full: bool = False) -> dict:
        """The stable JSON shape; `full=True` adds causal links and speakers."""
        return {"sentences": [s.to_dict(full) for s in self.sentences]}

    def plain(self, start: int, end: int) -> str:
        """Plain text (markup removed) of a span of the input."""
        return self.document.plain(start, end)


def _retext(original: str, spans: list[dict], keys=("start", "end", "text")) -> None:
    s, e, t = keys
    for span in spans:
        span[t] = original[span[s] : span[e]]


@lru_cache(maxsize=4)
def analyze(text: str) -> Analysis:
    """Split `text` (Markdown, plain text or HTML) into sentences and label each.

    The last few analyses are kept: drafting checks, drafts and then reviews
    the same text, and its callers only read what it returns."""
    try:
        return _analyze(text)
    finally:
        tokens.cache_clear()  # the words of each sentence, needed no more
        word_set.cache_clear()


def _analyze(text: str) -> Analysis:
    doc = parse(text)
    masked = doc.masked.masked
    # the text as it reads, markup blanked and turn labels kept: what the
    # feedback quotes ("according to the Journal of Aging Research")
    visible = doc.masked.visible or text
    links = doc.links
    link_starts = [lk.start for lk in links]
    headings = frozenset(p.index for p in doc.paragraphs if p.kind == "heading")
    interview = any(p.kind == "turn" for p in doc.paragraphs)
    found: list[Attribution | None] = []
    whose: set[int] = set()  # sentences naming the quotation before them
    lede = next((n for n, (_, _, p) in enumerate(doc.sentences)
                 if p not in headings), -1)
    # who answers a "Q: ... A:" interview, looked for at its first turn
    answerer: Attribution | None = None
    looked_for_answerer = False
    for start, end, para_index in doc.sentences:
        para = doc.paragraphs[para_index]
        inside = links[bisect_left(link_starts, start) : bisect_right(link_starts,
                                                                       end)]
        speaker = (para.speaker_start, para.speaker_end) if para.speaker else None
        if para.speaker in ("Q", "A"):
            # "Q: ... A: ...": the writer's question, the answer of the one
            # interviewed, named before the first turn ("Chief Constable
            # Angela Morrow took charge ..."; unnamed, "A" stands for them)
            if not looked_for_answerer:
                answerer, looked_for_answerer = _first_named(text, masked, doc), True
            if para.speaker == "Q":
                speaker = None
            elif answerer:
                speaker = (answerer.source_start, answerer.source_end)
        attr = find_attribution(text, masked, start, end, inside,
                                None if para_index in headings else speaker)
        if attr is not None and attr.kind == "self" and para.kind == "letter":
            attr.signed = True
        if attr is not None and not attr.link and \
                visible[attr.source_start:attr.source_end] != attr.source:
            # "in the [Journal of Aging Research](https://...)", "**the NHS**":
            # the source as it reads, without the markup around its words
            attr.source = " ".join(
                visible[attr.source_start:attr.source_end].split())
        if attr is not None and _ASKING_WORD.match(attr.source) and \
                masked[start:end].rstrip(" \"”’)").endswith("?"):
            attr = None  # "How do you feel about it?": the question has no
            # subject who speaks or acts
        words_of = _WORDS_OF.match(text, start, end) or _HOW_OF.match(
            text, start, end)
        if words_of:  # "That was the verdict of X, who accused ...": X's words
            attr = _whose_words(words_of)
            whose.add(len(found))
        if attr is not None and _mentions_words_before(text, start, attr):
            attr = None  # 'the "safest in a generation" boast': words quoted
            # before, mentioned again, no new unnamed source
        if attr is not None and attr.kind in ("anonymous", "vague") and \
                role_holder(text, start, attr.source):
            attr = replace(attr, kind="named")  # "the singer said": Keira
            # Vance, introduced as "The pop singer Keira Vance"
        elif attr is not None and attr.kind == "anonymous" and \
                len(found) == lede and named_later(text, attr.source):
            attr = replace(attr, kind="named")  # "A coroner has warned ..."
            # opening the article: "the area coroner, Margaret Heywood," below
        found.append(_one_of(text, start, attr) if attr is not None and attr.side
                     else attr)
    quoting = stretches(masked, doc.sentences, headings)
    framed = _framing(text, [s for s, _, _ in doc.sentences], found, quoting)
    sentences: list[Sentence] = []
    previous: Attribution | None = None
    previous_para = -1
    before: dict[int, Attribution | None] = {}  # a stretch's speaker by default
    # A question put by one named speaker to another ('"Did you accept the
    # bonus?" Mr Garside asked.'): the asker and the one asked, whose turns
    # the untagged quotations after it take in order, and the last turn's
    # speaker and paragraph
    exchange: tuple[Attribution, Attribution] | None = None
    voice: tuple[Attribution | None, int] = (None, -1)
    # The one the writer interviews, whose quoted answers follow the writer's
    # own questions set as paragraphs ("Why close now?" then '"The numbers
    # stopped adding up ..."'), and the last answer's paragraph
    interviewee: tuple[Attribution | None, int] = (None, -1)
    writer_asks = {p.index for p in doc.paragraphs if _writer_question(masked, p)}
    # An interview set as the writer's questions to "you": one may quote the
    # interviewee ('You once said the courts were "held together with gaffer
    # tape". Is that fair?'), and the answers may be printed without
    # quotation marks, each the paragraph after a question
    to_you = _questions_to_you(masked, doc)
    plain_answers: set[int] = set()
    if len(to_you) >= 2:
        writer_asks |= to_you
        plain_answers = _plain_answers(masked, doc, writer_asks)
    people: list[Attribution] = []  # people credited so far, the last last
    for index, (start, end, para_index) in enumerate(doc.sentences):
        para = doc.paragraphs[para_index]
        is_heading = para_index in headings
        attr, quote = found[index], quoting[index]
        if attr is not None and quote.inside and quote.start >= 0 and \
                quote.start < start and quote.quotes(attr.cue_start) and \
                attr.cue[:1].isalpha() and not reports_judgement(text, attr):
            # '"... My coach told me at the change of ends just to play the
            # ball."': a report inside a quotation running on is the quoted
            # speaker's words; their speaker is the source, the report a side
            # one (a judgement it reports, "someone who has ridiculed my
            # running mate", is still the speaker's opinion; a transcript's
            # "PENCE:" tags the speaker)
            attr = replace(attr, side=True)
        side = attr is not None and attr.side
        uncredited = side or (attr is not None and attr.act)
        if exchange is not None and not quote.inside and quote.start < 0:
            exchange = None  # the writer's narration ends the exchange
        if start == para.start and para_index in writer_asks:
            # a question of the writer's own; after an answer the same one is
            # asked again, else the one the narration just before names
            if interviewee[1] != para_index - 1:
                interviewee = (_interviewed(text, masked, doc, para_index)
                               or (people[-1] if people else None)
                               or _last_named(text, masked, para.start), -1)
        if quote.start >= 0 and quote.start not in before:
            near = previous is not None and para_index - previous_para <= 1
            turn = answer = None
            if interviewee[0] is not None and start == para.start and \
                    para_index - 1 in writer_asks:
                answer = interviewee[0]
                interviewee = (answer, para_index)
            if exchange is not None and voice[1] == para_index - 1 and \
                    start == para.start and quote.inside:
                # '"The remuneration committee makes those decisions ..."' after
                # the question: the one asked answers, and so on in turn
                turn = exchange[1] if voice[0] is exchange[0] else exchange[0]
            before[quote.start] = answer or _named_after(
                text, masked, doc, found, whose, quoting, index) or \
                _introduced(text, masked, doc, headings, found, quoting, index) or \
                turn or (previous if near else None)
        quoted_from = None
        if attr is None or uncredited:
            stretch = quote.start if quote.inside else quote.end
            quoted_from = _speaker(framed.get(stretch, []), index)
            if quoted_from is None and quote.inside:
                quoted_from = before[stretch]
        if attr is not None and para_index in plain_answers and \
                interviewee[0] is not None and not quote.inside and \
                _FIRST_PERSON_SOURCE.search(attr.source or ""):
            # "I found a refill shop ...", "The parts I like are ...", "We're
            # talking to two chains": the interviewee's own doing, in an
            # answer printed without quotation marks
            attr, uncredited, side = None, False, False
        if (attr is None or uncredited) and quoted_from is None and \
                not quote.inside and \
                para_index in plain_answers and interviewee[0] is not None:
            # "It's generous to the gaffer tape." after "Is that fair?": the
            # interviewee's answer, printed without quotation marks
            quoted_from = interviewee[0]
            interviewee = (quoted_from, para_index)
        unnamed = (attr is None or uncredited) and quoted_from is None and \
            quote.inside and not is_heading and quote.kind != "straight single"
        if unnamed:
            # '“Absolutely not.' with no speaker named before or after it: the
            # words in quotation marks are still someone's, not the writer's
            # (a straight single mark opens a title or a term as often:
            # "'Nalacetus' was named in 1998")
            quoted_from = Attribution("anonymous", "", start, start, "", start, start)
        continued = quoted_from is not None
        hedges = find_hedges(masked, start, end)
        _retext(text, hedges)
        # a source who only acted ("endorsed one", acts.py) or speaks in a
        # side clause leaves the sentence in the writer's own voice, stance
        # words and all
        opinion = find_opinion_cues(masked, start, end,
                                    attributed=attr is not None and not uncredited)
        _retext(text, opinion)
        if continued and quote.inside:
            # a quoted speaker's "We are working with the police", "We have
            # contacted every user": what they are doing, told, no stance (an
            # essayist's "we are exchanging freedom for ..." still argues)
            opinion = [c for c in opinion if c["text"].lower() != "we"
                       or not WE_DOING.match(masked, c["end"], end)]
        if interview and para.kind != "turn" or para_index in writer_asks:
            # "You banned mobile phones in your first term": the interviewer
            # speaks to the interviewee, not to the reader
            opinion = [c for c in opinion if c["text"].lower() not in _YOU]
        if side and not continued:
            # "The bill, which critics say is flawed, passed": the side
            # clause's judgement is its source's, not the writer's
            opinion = _outside_clause(masked, start, attr, opinion, end)
        if uncredited and not side and puts_question(masked, attr.cue, attr.cue_end,
                                                     end):
            # "Varma asked whether the bank had gone too far": the question's
            # words judge nothing, the asker's or the writer's
            opinion = [c for c in opinion if c["start"] < attr.cue_end]
        decision = decide(
            visible, doc.plain(start, end),
            quoted_from if continued else None if uncredited else attr,
            governing(masked, start, hedges),
            governing_judgements(masked, start, opinion), is_heading, continued)
        if side and not continued and decision.kind == "speculation" and \
                not attr.act and all(h["start"] >= attr.cue_end for h in hedges):
            # "..., though an insider said it could be announced next month":
            # every guess lies in the side clause, so the guess is its source's
            theirs = decide(visible, doc.plain(start, end), attr,
                            governing(masked, start, hedges),
                            governing_judgements(masked, start, opinion),
                            is_heading)
            if theirs.kind == "speculation":
                decision, side, uncredited = theirs, False, False
                attr = replace(attr, side=False)
        if continued and quoted_from.cue_start >= end:
            # '"This should have been caught in hours." Marta Oyelaran, a
            # researcher, said ...': the speaker is named after the words
            decision.explanation = _CONTINUES.sub(r"\1 is part of",
                                                  decision.explanation)
        if side and not continued and decision.kind == "fact":
            decision.explanation = _side_source_note(text, attr)
        elif index in whose and decision.kind == "fact":
            # "Those were the words of X, who ...": who spoke, told
            phrase = " ".join(text[slice(*attr.span)].split())
            decision.explanation = (
                f"'{phrase}' tells whose the quotation before it was; the "
                "sentence itself reports that on the writer's own word, so it is "
                "an unsourced claim.")
        elif uncredited and not continued and decision.kind == "fact" and (
                not attr.source.strip() or is_person_like(attr.source)
                or is_body(attr.source)) and \
                attr.source.split()[-1:] not in (["and"], ["or"]):
            # (not "Every year of delay adds to the bill": a thing, no one
            # acts; nor "studies and press conferences": a list, no subject)
            decision.explanation = _act_note(text, attr)
        if not decision.keeps_attribution:
            attr = quoted_from = None
        causal = find_causal(masked, start, end)
        for link in causal:
            for part in ("cue", "cause", "effect"):
                link[part] = text[link[f"{part}_start"] : link[f"{part}_end"]]
        sentences.append(Sentence(
            index, para_index, start, end, text[start:end], decision.label,
            decision.confidence, attr, hedges, opinion, decision.explanation, causal,
            is_heading, para.speaker, quoted_from, decision.kind, side,
            index in whose))
        if attr is not None and attr.kind != "self" and not uncredited:
            previous, previous_para = attr, para_index
        speaking = None if unnamed else quoted_from if continued else attr
        asker = voice[0]
        if speaking is not None and (quote.inside or quote.start >= 0):
            voice = (speaking, para_index)
        if decision.label == "question" and attr is not None and \
                not continued and attr.kind == "named" and quote.start >= 0:
            asked = next((p for p in reversed(people)
                          if not _same_person(p, attr)), None)
            exchange = (attr, asked) if asked is not None else None
        elif attr is not None and not continued and asker is not None and \
                REPLIES.fullmatch(attr.cue) and \
                asker.source.split()[-1:] != attr.source.split()[-1:]:
            # '"Are you prepared to accept a recession?"' then '"I don't think
            # that's the choice," she replied.': the asker and the one who
            # replies take turns after
            exchange = (asker, attr)
        elif attr is not None and attr.act and lemma(attr.cue) in _PUT_TO and \
                attr.source_start > attr.cue_start and people and \
                not quote.inside and quote.start < 0:
            # "Leaving his home, he was pressed by reporters." then '"Will
            # you resign?"', '"No."': the askers and the one they press take
            # turns, the askers first
            exchange = (attr, people[-1])
            voice = (people[-1], para_index)
        if attr is not None and attr.kind == "named" and not uncredited and \
                is_person_like(attr.source) and not is_body(attr.source):
            people.append(attr)
    return Analysis(text, sentences, doc.paragraphs, doc)


# Verbs of putting questions to someone, told in the passive with the
# askers after "by": "was pressed by reporters".
_PUT_TO = frozenset(("press", "ask", "question", "quiz", "grill", "challenge",
                     "confront"))


def _writer_question(masked: str, para: Paragraph, quotes: bool = False) -> bool:
    """Whether a paragraph is one question in the writer's own voice, no
    quotation in it ("Did you try to sell?" set as an interview's question);
    with `quotes`, words it quotes too."""
    body = masked[para.start:para.end].strip()
    return para.kind == "paragraph" and body.endswith("?") and \
        len(body) <= _QUESTION_LENGTH and (quotes or not any(q in body
                                                             for q in "\"“”"))


# The interviewee's own voice, and the writer's "you" to them.
_FIRST_SINGULAR = re.compile(r"\b(?:I|I[’'](?:m|ve|d|ll)|my|me)\b")
_TO_YOU = re.compile(r"\b(?:you|your|yourself)\b", re.I)


# A source that is, or holds, the speaker's own "I" or "we".
_FIRST_PERSON_SOURCE = re.compile(r"(?<![\w’'])(?:I|[Ww]e|[Mm]y|[Oo]ur)(?![\w’'])")


def _questions_to_you(masked: str, doc: Document) -> set[int]:
    """The writer's question paragraphs (quoting words or not) that put a
    question to "you"."""
    return {p.index for p in doc.paragraphs
            if _writer_question(masked, p, quotes=True)
            and _TO_YOU.search(masked, p.start, p.end)}


def _plain_answers(masked: str, doc: Document, asks: set[int]) -> set[int]:
    """The paragraphs that answer the writer's questions without quotation
    marks: the paragraph after each question that speaks in the first person
    ("It's generous to the gaffer tape. When I started, ..."). An
    explainer's own answers ("Who is affected? Anyone earning ...") speak in
    no "I"."""
    answers = set()
    for ask in asks:
        if ask + 1 >= len(doc.paragraphs) or ask + 1 in asks:
            continue
        para = doc.paragraphs[ask + 1]
        body = masked[para.start:para.end]
        if para.kind == "paragraph" and body.lstrip()[:1] not in "\"“‘'" and \
                _FIRST_SINGULAR.search(QUOTED.sub("", body)):
            answers.add(ask + 1)
    return answers


#: Words in double quotation marks, to set aside.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


_QUESTION_LENGTH = 200
# A question word or an auxiliary opening a direct question.
_ASKING_WORD = re.compile(r"(?:How|What|Why|Who|When|Where|Which|Do|Does|Did|Is|Are|"
                          r"Was|Were|Have|Has|Can|Could|Will|Would|Should)\b")


def _interviewed(text: str, masked: str, doc: Document,
                 para_index: int) -> Attribution | None:
    """The person the paragraph before `para_index` tells the writer spoke to
    ("I spoke to Mr Fennimore in the back of the shop"), as a speaker."""
    if para_index == 0:
        return None
    para = doc.paragraphs[para_index - 1]
    found = None
    for match in _INTERVIEWED.finditer(masked, para.start, para.end):
        found = match
    if found is None:
        return None
    span = found.span("name")
    if found.group("name") in ("her", "him"):
        # "We spoke to her between batches.": the person last named by title
        # before ("Ms Hollins, 52, trained as a teacher")
        titled = list(_TITLED.finditer(masked, max(0, para.start - _LOOK_BACK),
                                       para.start))
        if not titled:
            return None
        span = titled[-1].span()
    name = text[slice(*span)]
    if not is_person_like(name) or is_body(name):
        return None
    return Attribution("named", name, *span, name, *span)


# The writer, or the paper, talking to a person by name: "I spoke to Mr
# Fennimore", "we sat down with Ana Ruiz", "the Courier interviewed Dr Lee".
_INTERVIEWED = re.compile(
    r"\b(?:(?:spoke|talked|sat\s+down|met\s+up)\s+(?:to|with)|interviewed|"
    r"asked|visited|met)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*|her|him)\b")


def _first_named(text: str, masked: str, doc: Document) -> Attribution | None:
    """The person named first in full in the body before a Q-and-A
    interview's first turn ("Chief Constable Angela Morrow took charge of
    ..."), as the one who answers."""
    turn = next((p.start for p in doc.paragraphs if p.kind == "turn"), 0)
    body = next((p.start for p in doc.paragraphs if p.kind == "paragraph"), 0)
    return next(_people_named(masked, body, turn), None)


def _last_named(text: str, masked: str, before: int) -> Attribution | None:
    """The person last named in full in the paragraphs before `before` ("When
    Nell Garside started Rotawise in a spare bedroom ..."), as a speaker."""
    people = list(_people_named(masked, max(0, before - _LOOK_BACK), before))
    return people[-1] if people else None


def _people_named(masked: str, start: int, end: int):
    """The people named in full (two words or more) in masked[start:end], in
    order, each as a speaker."""
    for match in PERSON.finditer(masked, start, end):
        words = match.group().split()
        while words and words[0].lower() in FUNCTION_WORDS:
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and is_person_like(name) and not is_body(name):
            at = match.end() - len(name)
            yield Attribution("named", name, at, match.end(), name, at, match.end())


# A person by title and surname ("Ms Hollins"), and how far back one is looked
# for.
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+[A-Z][\w’'-]+")
_LOOK_BACK = 1500


def _same_person(one: Attribution, other: Attribution) -> bool:
    """Do two credits name the same person ("Tom Garside", "Mr Garside",
    "he")?"""
    a, b = one.source.split(), other.source.split()
    return bool(a and b) and (a[-1] == b[-1] or points_back(one.source)
                              or points_back(other.source))


def _mentions_words_before(text: str, start: int, attr: Attribution) -> bool:
    """Whether an unnamed source is only words quoted earlier in the article,
    mentioned again ('the "safest in a generation" boast is not borne out')."""
    if attr.kind != "anonymous" or attr.source.strip() or attr.cue not in "“\"":
        return False
    close = text.find("”" if attr.cue == "“" else '"', attr.cue_end)
    words = " ".join(text[attr.cue_end:close].split()).lower() if close > 0 else ""
    return len(words.split()) >= 2 and words in " ".join(text[:start].split()).lower()


def _one_of(text: str, start: int, attr: Attribution) -> Attribution:
    """A side clause that credits the sentence's subject with the rest: "Tom
    Brannigan, 44, a mechanic, was one of several residents who told
    reporters that the sirens had not sounded": Brannigan told them."""
    one_of = _ONE_OF.fullmatch(text, start, attr.source_start)
    if one_of is None:
        return attr
    subject = one_of.group("subject")
    return replace(attr, kind=kind_of(subject), source=subject,
                   source_start=one_of.start("subject"),
                   source_end=one_of.end("subject"), side=False)


# The subject, an aside about them, and "was one of" / "is among".
_ONE_OF = re.compile(r"[\s“\"]*(?P<subject>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
                     r"(?:,[^,]{1,40}){0,3},?\s+(?:was|is|were|are)\s+(?:(?:one|"
                     r"some|two|three|several)\s+of|among)\s+(?:the\s+)?")


def _named_after(text: str, masked: str, doc: Document,
                 found: list[Attribution | None], whose: set[int],
                 quoting: list[Quoting], index: int) -> Attribution | None:
    """The speaker of a quotation that opens a paragraph on its own, named or
    introduced by the sentence right after it in the same paragraph: '"I want
    nurses back on the wards." Health Minister Peter Vandermeer insisted ...',
    '"... but when." Those were the words of the city's chief engineer, Anders
    Vollen.', '"I wanted food that tastes of where we are." Chef-owner Callum
    Reyes, 34, spent six years ...'. A new voice follows its words; the
    speaker of the paragraph before is not carried over. "Those were the
    words of X" names the quotation before it wherever that stands. A
    quotation that is a paragraph of its own after narration is the voice's
    that opens the next paragraph; after a direct quotation it continues that
    speaker's."""
    start, _, para_index = doc.sentences[index]
    quote = quoting[index]
    if not quote.inside:
        return None
    after = index
    while after < len(quoting) and quoting[after].inside and \
            quoting[after].start == quote.start:
        after += 1
    if after == index or after >= len(quoting) or \
            doc.sentences[after][2] - para_index not in (0, 1):
        return None
    a_start, a_end, a_para = doc.sentences[after]
    attr = found[after]
    if after in whose:  # in the same paragraph or opening the next one,
        # wherever the quotation stands ('Campaigners were unimpressed.
        # "They have been blaming the weather ..." Those were the words of X')
        return attr
    if masked[doc.paragraphs[para_index].start:start].strip():
        return None
    if a_para != para_index:
        # a quotation standing as a paragraph of its own after narration,
        # then a new voice opening the next paragraph ('"We're not here to
        # make a quick buck." / Callahan, speaking to reporters ..., said
        # ...'): the words are the new voice's, not the last speaker's
        told = index > 0 and not quoting[index - 1].inside and \
            doc.sentences[index - 1][2] == para_index - 1 and \
            masked[doc.sentences[index - 1][0]:doc.sentences[index - 1][0] + 1] \
            not in _OPENING_MARKS
        if told and attr is not None and not (
                attr.act or attr.side or attr.negated or attr.kind == "self"
                or points_back(attr.source) or quoting[after].quotes(attr.cue_start)
                or quoting[after].inside) and attr.kind in ("named", "anonymous") \
                and attr.source_start < attr.cue_start:
            return attr
        return None
    if (attr is None or attr.act and attr.source_start > attr.cue_start) and \
            not quoting[after].spans:
        # '"I wanted food that tastes of where we are." Chef-owner Callum
        # Reyes, 34, spent six years in kitchens ...': the person introduced,
        # not an agent after the verb ('Helen Marsh was the first witness
        # called by the Crown')
        return introduced_speaker(text, masked, a_start, a_end)
    if attr is not None and attr.act and not attr.side and not attr.negated and \
            attr.kind in ("named", "anonymous") and not is_body(attr.source):
        return attr  # "The owner, Dan Holt, spoke to the council": who acted
    if attr is None or attr.negated or attr.side or attr.act or \
            attr.kind == "self" or quoting[after].quotes(attr.cue_start):
        return None
    return attr


def _whose_words(match: re.Match) -> Attribution:
    """The speaker "Those were the words of X" or "That was how X remembered
    him" names, and its cue."""
    cue = next(group for group in ("cue", "from", "began")
               if match.groupdict().get(group))
    source = match.group("source")
    # the sentence tells who spoke the words before it: an act the writer
    # reports, not a claim of the speaker's
    return Attribution(kind_of(source), source, match.start("source"),
                       match.end("source"), match.group(cue), match.start(cue),
                       match.end(cue), act=True)


# Marks that open a direct quotation at a sentence's start.
_OPENING_MARKS = ("“", '"', "‘", "'")
# "This continues the quotation of X", said of words before X is named.
_CONTINUES = re.compile(r"\b(This|It|it) continues\b")
# "Those were the words of the city's then chief engineer, Anders Vollen, in
# 2019.", "So said Delaney, the artistic director, in an interview", "So began
# a statement from the airline": whose the quotation before it was
_WHOSE = (r"\s+(?P<source>[^.;!?,]+?"
          r"(?:,\s+(?!in\b|on\b|at\b|last\b|earlier\b|speaking\b|who\b|when\b|"
          r"after\b|before\b)[A-Z][^.;!?,]*?)?)(?=\s+(?:on|in|at|last|earlier|"
          r"this|during|after|before|when|who|which|speaking)\b|\s*[,.;!?]|$)")
_WORDS_OF = re.compile(
    r"[\s“\"]*(?:(?:Those|These|That|This)\s+(?P<cue>(?:were|was|are|is)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?(?:words|verdict|view|message|warning|assessment|reply|"
    r"response|answer|judge?ment|statement)(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?"
    r"\s+(?:of|from))|(?:Those|These|The)\s+"
    r"(?P<from>words\s+(?:come|came)\s+from)|(?:So|Thus)\s+(?P<began>(?:began|"
    r"ended|read)\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:statement|letter|email|message|"
    r"post|note|speech)\s+(?:from|by|of)|says|said))" + _WHOSE)


# "That was how Peggy Marchant, his accordionist for 30 years, remembered
# him.": whose words the quotation before it was
_HOW_OF = re.compile(
    r"[\s“\"]*(?:That|This)\s+(?:was|is)\s+how\s+(?P<source>[A-Z][^.;!?,]*)"
    r"(?:,[^.;!?]{1,100},)?\s+(?P<cue>remembers|remembered|recalls|recalled|"
    r"describes|described|puts\s+it|put\s+it|sums|summed|sees|saw|explains|"
    r"explained)\b")


def _introduced(text: str, masked: str, doc: Document, headings: frozenset,
                found: list[Attribution | None], quoting: list[Quoting],
                index: int) -> Attribution | None:
    """The speaker a quotation opening a paragraph takes from the sentence
    just before it, in the writer's voice, that introduces a person ("The
    mayor was blunt.", "The owner, Dan Holt, spoke to the council.")."""
    if index == 0 or quoting[index - 1].start >= 0:
        return None
    start, end, para_index = doc.sentences[index]
    p_start, p_end, p_para = doc.sentences[index - 1]
    beat = p_para == para_index and (
        _BEAT.fullmatch(masked, p_start, p_end) or (
            p_start == doc.paragraphs[para_index].start
            and len(masked[p_start:p_end].split()) <= _INTRO_WORDS)
        # "Ferreira, appointed in the summer, brushed the question aside. “If
        # people want to talk about my job ...”": a quotation with no speaker
        # of its own, straight after what he did
        or _QUOTE_OPENS.match(masked, start) is not None and quoting[index].inside)
    if not beat and (para_index - p_para != 1 or p_para in headings or
                     masked[doc.paragraphs[para_index].start:start].strip()):
        return None  # (but "She pauses. ‘We had one outage ...’": the one who
        # paused speaks; so does "Ms Kofi is unapologetic. “I understand
        # ...”", a short sentence opening the paragraph on her)
    acted = found[index - 1]
    if acted is None:
        return introduced_speaker(text, masked, p_start, p_end)
    # "The owner, Dan Holt, spoke to the council on Monday.": who acted
    if acted.act and not acted.side and not acted.negated and \
            acted.kind in ("named", "anonymous") and not is_body(acted.source):
        return acted
    return None


# A sentence this short opening a paragraph may introduce the quotation
# after it.
_INTRO_WORDS = 8
_QUOTE_OPENS = re.compile(r"\s*[“\"]")
# A speaker's pause before their words: "She pauses.", "He laughs."
_BEAT = re.compile(r"\s*(?:He|She|They)\s+(?:pauses|paused|laughs|laughed|smiles|"
                   r"smiled|shrugs|shrugged|sighs|sighed|nods|nodded|hesitates|"
                   r"hesitated)\.\s*")


# The mark that closes a side clause opened by each mark.
_CLOSES = {",": ",", "—": "—–", "–": "–—", "(": ")"}


def _outside_clause(text: str, start: int, attr: Attribution, cues: list[dict],
                    end: int) -> list[dict]:
    """The cues outside the relative clause between commas, dashes or
    brackets that `attr` credits (", which critics say is flawed,", " — which
    one councillor called “a disgrace” —")."""
    opening = _RELATIVE_OPENING.search(text, start, attr.source_start)
    mark = opening.group()[0] if opening else ","
    close = min((at for at in (text.find(m, attr.cue_end, end)
                               for m in _CLOSES.get(mark, ",")) if at >= 0),
                default=-1)
    if opening is None or close < 0 and mark in _CLOSES:
        return cues
    if close < 0:  # "..., after a debate in which MPs complained that it goes
        close = end  # too far.": the clause runs to the sentence's end
    return [c for c in cues if not opening.start() <= c["start"] < close]


# A relative clause opening after a comma, a dash or a bracket, up to its
# source: ", which critics", " — which one councillor".
_RELATIVE_OPENING = re.compile(r"(?:[,—–(]\s*|\b(?:in|at|during|on|after|under)\s+"
                               r"(?=which))"
                               r"(?:which|who|whom|where)\s+(?:[\w’'-]+\s+){0,3}$",
                               re.I)


def _framing(text: str, starts: list[int], found: list[Attribution | None],
             quoting: list[Quoting]) -> dict[int, list[tuple[int, Attribution]]]:
    """The speakers of each quotation stretch, with the sentence naming each:
    an attribution whose cue stands outside the quoted words ('"A. B," said
    X.', 'X said: "A. B."') or a speaker's label opening a quoted paragraph
    ('"PENCE: Well, ...' in a transcript). A cue inside the quoted words ('as
    he claims') reports someone the speaker quotes, not the speaker."""
    framed: dict[int, list[tuple[int, Attribution]]] = {}
    for index, (attr, quote) in enumerate(zip(found, quoting, strict=True)):
        if attr is None or attr.negated or attr.side or attr.act or \
                attr.kind == "self":
            continue
        label = attr.cue == ":" and not text[starts[index]:attr.source_start].strip(
            "\"“ ")
        if quote.quotes(attr.cue_start) and not label:
            continue
        for stretch in {quote.start, quote.end} - {-1}:
            framed.setdefault(stretch, []).append((index, attr))
    return framed


def _speaker(frames: list[tuple[int, Attribution]], index: int) -> Attribution | None:
    """The speaker of sentence `index` in a stretch: the last one named at or
    before it, else the first named after it."""
    last = None
    for at, attr in frames:
        if at > index:
            return last or attr
        last = attr
    return last


def _phrase(text: str, attr: Attribution) -> str:
    """The source and cue as they read in the sentence, or the cue alone when
    that stretch is long."""
    start, end = attr.span
    phrase = " ".join(text[start:end].split())
    relative = _RELATIVE_IN.search(phrase)
    if relative:
        phrase = phrase[relative.start():]  # "who said", not "Stockport, who
        # said": the relative word stands for the person
    return attr.cue if not phrase or len(phrase) > 60 else phrase


# A condition opening just before an act: "if its trustees agree".
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|provided|providing|once)\s+$", re.I)
_RELATIVE_IN = re.compile(r"(?<=, )(?:who|which)\b")


def _side_source_note(text: str, attr: Attribution) -> str:
    """The feedback for a fact whose only source sits in a side clause."""
    if attr.cue in ("“", '"'):
        # "The mayor, who has promised to “clean up the streets,” opened the
        # depot": words quoted in an aside on the subject
        return ("The words in quotation marks belong only to the aside they sit "
                "in; the sentence's main claim is stated on the writer's own "
                "word, so it is an unsourced claim.")
    if cue_kind(attr.cue) == "thought" or not (attr.source or "").strip():
        # "a molecule that is thought to help trigger the pain", "Asked what
        # he hoped people would remember, Marsh was brief": a belief or a
        # wish told in the side clause, no credit for the main claim
        return (f"'{_phrase(text, attr)}' belongs only to the side clause it sits "
                "in; the sentence's main claim is stated on the writer's own "
                "word, so it is an unsourced claim.")
    return (f"'{_phrase(text, attr)}' credits only the side clause it sits in; "
            "the sentence's main claim is stated on the writer's own word, so it "
            "is an unsourced claim.")


def _act_note(text: str, attr: Attribution) -> str:
    """The feedback for a fact that reports what someone did ("endorsed one"),
    what a thing is called ("what economists call trading down") or what was
    done by nobody named ("was first reported at 1:40pm", "is expected in
    March")."""
    unnamed = not (attr.source or "").strip()
    if _CONDITION_BEFORE.search(text, max(0, attr.span[0] - 12), attr.span[0]):
        return (f"'{_phrase(text, attr)}' is a condition the sentence sets, not "
                "what anyone said: the sentence states it on the writer's own "
                "word, so it is an unsourced claim.")  # "free to return them
        # if its trustees agree"
    if unnamed and lemma(attr.cue) not in _CLAIM_VERBS:
        when = "is to happen" if _WILL_BE.search(
            text, max(0, attr.cue_start - 16), attr.cue_start) else "happened"
        return (f"'{attr.cue}' tells what {when}, not what anyone said: the "
                "sentence states it on the writer's own word, so it is an "
                "unsourced claim.")  # "The body was found in a river", "will be
        # sworn in", "have not been published"
    if unnamed:
        return (f"Nobody is named behind '{attr.cue}': the sentence states this on "
                "the writer's own word, so it is an unsourced claim.")
    if lemma(attr.cue) in _NAMING_VERBS and attr.source_start < attr.cue_start:
        # (not "the first witness called by the Crown": summoned)
        return (f"'{_phrase(text, attr)}' only tells what the idea is called: the "
                "claim itself is the writer's own, so it is an unsourced claim.")
    return (f"'{_phrase(text, attr)}' tells what someone did, not what they said: "
            "the sentence reports it on the writer's own word, so it is an "
            "unsourced claim.")


_NAMING_VERBS = frozenset(("call", "dub", "term", "label", "nickname"))
#: The reader addressed, in the writer's voice; the interviewee, in an interview.
_YOU = frozenset(("you", "your", "yours"))
_WILL_BE = re.compile(r"\b(?:will|is\s+to|are\s+to)\s+(?:not\s+)?be\s+$")
# Verbs whose passive with nobody named passes on what someone unnamed said
# or believes ("is expected in March", "was first reported at 1:40pm"); any
# other tells what was done ("will be sworn in", "was found in a river").
_CLAIM_VERBS = frozenset((
    "say", "report", "expect", "believe", "announce", "claim", "allege", "think",
    "estimate", "predict", "confirm", "understand", "tell", "know", "rumour",
    "rumor", "suggest", "suspect", "consider", "describe", "state", "argue",
    "forecast", "project", "anticipate", "assume", "presume", "fear", "hope",
    "warn", "deny", "dispute", "question", "doubt", "criticise", "criticize",
    "praise", "accuse", "blame", "rule", "exclude", "dismiss"))
