"""A readable terminal report of an analysis (what `flask analyze FILE` prints)."""

from __future__ import annotations

import textwrap
from collections import Counter

from .core import Analysis, Sentence

_RESET = "\033[0m"
_LABEL_STYLE = {
    "sourced": "\033[1;32m",      # green
    "speculation": "\033[1;33m",  # yellow
    "opinion": "\033[1;35m",      # magenta
    "unsourced": "\033[1;31m",    # red
    "question": "\033[1;34m",     # blue
}
_SPAN_STYLE = {
    "source": "\033[4;36m",   # underlined cyan: who
    "cue": "\033[1;36m",      # bold cyan: the reporting words
    "hedge": "\033[33m",      # yellow: hedges
    "opinion": "\033[35m",    # magenta: loaded words
}
_DIM = "\033[2m"
_WIDTH = 88


def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color and text else text


def _spans(sentence: Sentence) -> list[tuple[int, int, str]]:
    spans = [(h["start"], h["end"], "hedge") for h in sentence.hedges]
    spans += [(c["start"], c["end"], "opinion") for c in sentence.opinion_cues]
    attribution = sentence.attribution
    if attribution is not None:
        spans.append((attribution.source_start, attribution.source_end, "source"))
        spans.append((attribution.cue_start, attribution.cue_end, "cue"))
    inside = [(s, e, k) for s, e, k in spans
              if sentence.start <= s < e <= sentence.end]
    chosen: list[tuple[int, int, str]] = []
    for span in sorted(inside, key=lambda x: (x[0], -(x[1] - x[0]))):
        if not chosen or span[0] >= chosen[-1][1]:
            chosen.append(span)
    return chosen


def _highlight(text: str, sentence: Sentence, color: bool) -> str:
    """The sentence with its cue spans marked: colours, or [brackets] without."""
    out, pos = [], sentence.start
    for start, end, kind in _spans(sentence):
        out.append(text[pos:start])
        piece = text[start:end]
        out.append(_paint(piece, _SPAN_STYLE[kind], True) if color else f"[{piece}]")
        pos = end
    out.append(text[pos : sentence.end])
    return " ".join("".join(out).split())


def format_report(analysis: Analysis, color: bool) -> str:
    """Every sentence with its label, confidence, highlighted cues and reason."""
    counts = Counter(s.label for s in analysis.sentences)
    lines = [_paint("Article analysis", "\033[1m", color),
             ", ".join(f"{_paint(label, _LABEL_STYLE[label], color)} {counts[label]}"
                       for label in _LABEL_STYLE if counts[label])]
    if color:
        lines.append(" ".join(_paint(name, style, True)
                              for name, style in _SPAN_STYLE.items()))
    else:
        lines.append("[brackets] mark sources, reporting cues, hedges and loaded "
                     "words")
    paragraph = None
    for sentence in analysis.sentences:
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            lines.append("")
            speaker = analysis.paragraphs[paragraph].speaker
            if speaker:
                lines.append(_paint(f"{speaker}:", "\033[1m", color))
        tag = f"{sentence.label.upper():<11} {sentence.confidence:.2f}"
        body = _highlight(analysis.text, sentence, color)
        if sentence.is_heading:
            body = _paint(body, "\033[1m", color)
        painted = _paint(tag, _LABEL_STYLE[sentence.label], color)
        head = f"{sentence.index + 1:>3}. {painted}"
        wrapped = textwrap.wrap(body, _WIDTH - 20) or [""]
        lines.append(f"{head}  {wrapped[0]}")
        lines += [" " * 22 + more for more in wrapped[1:]]
        details = []
        attribution = sentence.attribution
        if attribution is not None and not attribution.negated:
            source = attribution.source or "(unnamed)"
            details.append(f"source: {source} ({attribution.kind}); "
                           f"cue: {attribution.cue!r}")
        if sentence.hedges:
            details.append("hedges: " + ", ".join(
                f"{h['text']} ({h['kind']})" for h in sentence.hedges))
        for link in sentence.causal:
            details.append(f"cause: {link['cause']!r} -> effect: {link['effect']!r}")
        details.append(sentence.explanation)
        for detail in details:
            for line in textwrap.wrap(detail, _WIDTH - 9):
                lines.append(_paint(f"         {line}", _DIM, color))
    return "\n".join(lines) + "\n"
