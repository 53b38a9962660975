"""`analyze(text)`: every sentence of an article, labelled, with its cues."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .attribution import Attribution, find_attribution
from .causal import find_causal
from .hedges import find_hedges
from .label import decide
from .opinion import find_opinion_cues
from .scope import governing, governing_judgements
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
    quoted_from: Attribution | None = None  # a quotation continued from before
    #: What the sentence does: fact, speculation, opinion (sorted), or
    #: question, courtesy, boilerplate, heading (not sorted). `label` adds the source.
    kind: str = "fact"
    #: The attribution sits in a side clause ("..., where experts say ...") and
    #: credits that clause only, not the sentence's main claim.
    side_source: bool = False

    @property
    def source(self) -> Attribution | None:
        """Who the sentence credits (a continued quotation's speaker included)."""
        attribution = self.attribution or self.quoted_from
        if attribution is None or attribution.negated or self.side_source:
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
    doc = parse(text)
    masked = doc.masked.masked
    links = doc.links
    link_starts = [lk.start for lk in links]
    sentences: list[Sentence] = []
    previous: Attribution | None = None
    previous_para = -1
    for index, (start, end, para_index) in enumerate(doc.sentences):
        para = doc.paragraphs[para_index]
        inside = links[bisect_left(link_starts, start) : bisect_right(link_starts,
                                                                       end)]
        speaker = (para.speaker_start, para.speaker_end) if para.speaker else None
        is_heading = para.kind == "heading"
        attr = find_attribution(text, masked, start, end, inside,
                                None if is_heading else speaker)
        quoted_from = None
        if attr is None and previous is not None and para_index - previous_para <= 1:
            quoted_from = _continued_quote(masked, start, end, previous)
        hedges = find_hedges(masked, start, end)
        _retext(text, hedges)
        opinion = find_opinion_cues(masked, start, end,
                                    attributed=attr is not None)
        _retext(text, opinion)
        side = attr is not None and attr.side
        decision = decide(
            text, doc.plain(start, end), None if side else attr or quoted_from,
            governing(masked, start, hedges),
            governing_judgements(masked, start, opinion),
            is_heading, continued=attr is None and quoted_from is not None)
        if side and decision.kind == "fact":
            decision.explanation = _side_source_note(text, attr)
        if not decision.keeps_attribution:
            attr = quoted_from = None
        causal = find_causal(masked, start, end)
        for link in causal:
            for part in ("cue", "cause", "effect"):
                link[part] = text[link[f"{part}_start"] : link[f"{part}_end"]]
        sentences.append(Sentence(
            index, para_index, start, end, text[start:end], decision.label,
            decision.confidence, attr, hedges, opinion, decision.explanation, causal,
            is_heading, para.speaker, quoted_from, decision.kind, side))
        if attr is not None and attr.kind != "self" and not side:
            previous, previous_para = attr, para_index
    return Analysis(text, sentences, doc.paragraphs, doc)


def _side_source_note(text: str, attr: Attribution) -> str:
    """The feedback for a fact whose only source sits in a side clause."""
    start = min(attr.source_start, attr.cue_start)
    end = max(attr.source_end, attr.cue_end)
    phrase = " ".join(text[start:end].split())
    if not phrase or len(phrase) > 60:
        phrase = attr.cue
    return (f"'{phrase}' credits only the side clause it sits in; the "
            "sentence's main claim is stated on the writer's own word, so it is "
            "an unsourced claim.")


def _continued_quote(masked: str, start: int, end: int,
                     previous: Attribution) -> Attribution | None:
    """A sentence that is all quotation continues the speaker quoted just before.

    It holds no cue of its own (its `attribution` stays None), but its label
    and explanation credit the speaker.
    """
    sentence = masked[start:end].strip()
    if sentence[:1] in ("“", '"') and sentence.rstrip(".!?")[-1:] in ("”", '"'):
        return previous
    return None
