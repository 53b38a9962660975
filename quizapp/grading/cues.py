"""Cue marking: the learner marks the words of a sentence that signal its source
or its uncertainty ("a source familiar with the situation stated", "likely").

Spec (one item of a `questions` pack file, `type: mark_cues`)::

    quote: "exact sentence of the article"
    prompt: "Mark the words that show ..."        # optional
    cues:                                          # spans of the quote
      - {text: "a source familiar with the situation stated", kind: source}
      - {text: "suggesting", kind: uncertainty}    # or a plain string
      - {text: "could", kind: uncertainty, start: 57}   # `start` (offset in the
                                                   # quote) picks a repeated word
    explanation: "Shown after answering."

The sentence is cut into words and, independently of the cues (so the page never
hints at the key), into short phrase chunks: one checkbox per chunk without
JavaScript; with it, single words can be tapped or dragged over. Answers are
``{"words": [indices]}`` or ``{"chunks": [indices]}``.

Grading: each cue earns the share of its words that are marked; every marked
chunk holding no cue word costs `FALSE_MARK_COST`; the score is their difference
over the number of cues, never below zero. Marks in a chunk that holds a cue word
cost nothing, so marking "has likely contributed" for "likely" is not punished
when the learner can only tick whole chunks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .base import Checker, InvalidAnswer, Result, register

#: What one marked chunk without any cue word takes off, in cues' worth (as a
#: wrong pick in multiple select: ticking every chunk earns nothing).
FALSE_MARK_COST = 1.0
#: A cue counts as found once this share of its words is marked.
FOUND_SHARE = 0.5
CUE_KINDS = {"source": "where it comes from", "uncertainty": "how sure it is"}
DEFAULT_PROMPT = (
    "Mark the words that show where this sentence comes from or how sure it is."
)
_MAX_CHUNK_WORDS = 4
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_BREAK_PUNCT = re.compile(r"[,;:.!?()\[\]“”\"—–]")
# A new chunk starts before these words (clause and phrase openers).
_OPENERS = frozenset(
    """that which who whom whose while whereas although though because since as
    if unless and or but nor so yet after before until when where according
    about against among at by for from in into of on over through to toward
    towards under with within without""".split()
)


@lru_cache(maxsize=512)
def words_of(quote: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of each word of `quote`."""
    return tuple((m.start(), m.end()) for m in _WORD.finditer(quote))


@lru_cache(maxsize=512)
def chunks_of(quote: str) -> tuple[tuple[int, ...], ...]:
    """Word indices of each phrase chunk: breaks at punctuation, before clause and
    phrase openers, and every few words. Depends on the quote only."""
    words = words_of(quote)
    chunks: list[list[int]] = []
    previous_end = 0
    for i, (start, end) in enumerate(words):
        word = quote[start:end].lower()
        gap = quote[previous_end:start]
        if (
            not chunks
            or _BREAK_PUNCT.search(gap)
            or word in _OPENERS
            or len(chunks[-1]) >= _MAX_CHUNK_WORDS
        ):
            chunks.append([])
        chunks[-1].append(i)
        previous_end = end
    return tuple(tuple(c) for c in chunks)


def resolved_cues(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each cue as {text, kind, start, end, words}; `start` is -1 when the cue is
    not part of the quote."""
    quote = str(spec.get("quote") or "")
    words = words_of(quote)
    out = []
    for cue in spec.get("cues") or []:
        if isinstance(cue, str):
            cue = {"text": cue}
        text = str(cue.get("text") or "")
        start = cue.get("start")
        if not isinstance(start, int) or quote[start : start + len(text)] != text:
            start = quote.find(text) if text else -1
        end = start + len(text)
        covered = [
            i
            for i, (ws, we) in enumerate(words)
            if start >= 0 and ws < end and we > start
        ]
        out.append(
            {
                "text": text,
                "kind": cue.get("kind") or "",
                "start": start,
                "end": end,
                "words": covered,
            }
        )
    return out


def _display_words(quote: str) -> list[dict[str, Any]]:
    """Words with the text that follows each up to the next word (spaces,
    punctuation), so a page can rebuild the sentence exactly."""
    words = words_of(quote)
    out = []
    for i, (start, end) in enumerate(words):
        after_end = words[i + 1][0] if i + 1 < len(words) else len(quote)
        out.append({"i": i, "text": quote[start:end], "after": quote[end:after_end]})
    return out


@register
class MarkCuesChecker(Checker):
    """Mark the cue words of a sentence; credit by overlap with the cue spans."""

    type = "mark_cues"
    skill = "speculation"

    def skill_of(self, spec: dict[str, Any]) -> str:
        """Sourcing when every cue names a source, else spotting speculation."""
        kinds = {c.get("kind") for c in spec.get("cues") or [] if isinstance(c, dict)}
        return "sourcing" if kinds == {"source"} else "speculation"

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        quote = str(spec.get("quote") or "")
        if not quote.strip():
            return ["a mark_cues item needs the quote whose cues are marked"]
        cues = spec.get("cues") or []
        if not cues:
            return ["a mark_cues item needs at least one cue"]
        problems = []
        for cue in resolved_cues(spec):
            if cue["start"] < 0 or not cue["words"]:
                problems.append(f"cue {cue['text']!r} is not part of the quote")
            if cue["kind"] and cue["kind"] not in CUE_KINDS:
                problems.append(
                    f"unknown cue kind {cue['kind']!r}; use one of "
                    + ", ".join(CUE_KINDS)
                )
        return problems

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        quote = spec["quote"]
        words = _display_words(quote)
        first = words_of(quote)[0][0] if words else 0
        return {
            "prompt": spec.get("prompt") or DEFAULT_PROMPT,
            "lead": quote[:first],
            "words": words,
            "chunks": [
                {"id": n, "words": list(c), "text": _chunk_text(quote, c)}
                for n, c in enumerate(chunks_of(quote))
            ],
        }

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        for key in ("words", "chunks"):
            raw = data.get(key)
            if raw is None or raw == "":
                continue
            if isinstance(raw, str):
                raw = [p for p in re.split(r"[\s,]+", raw) if p]
            if not isinstance(raw, list):
                raise InvalidAnswer("Mark at least one word.")
            try:
                marked = sorted({int(v) for v in raw})
            except (TypeError, ValueError):
                raise InvalidAnswer("Mark words of the sentence.") from None
            if marked:
                return {key: marked}
        raise InvalidAnswer("Mark at least one word or phrase.")

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        quote = spec["quote"]
        n_words = len(words_of(quote))
        chunks = chunks_of(quote)
        if "chunks" in answer:
            if any(not 0 <= c < len(chunks) for c in answer["chunks"]):
                raise InvalidAnswer("That phrase is not part of the sentence.")
            marked = {w for c in answer["chunks"] for w in chunks[c]}
        else:
            if any(not 0 <= w < n_words for w in answer.get("words", [])):
                raise InvalidAnswer("That word is not part of the sentence.")
            marked = set(answer.get("words", []))
        cues = resolved_cues(spec)
        cue_words = {w for c in cues for w in c["words"]}
        verdicts = []
        earned = 0.0
        for cue in cues:
            share = sum(w in marked for w in cue["words"]) / len(cue["words"])
            earned += share
            verdicts.append({**cue, "share": round(share, 2),
                             "found": share >= FOUND_SHARE})  # fmt: skip
        false_chunks = [
            n
            for n, chunk in enumerate(chunks)
            if marked & set(chunk) and not cue_words & set(chunk)
        ]
        score = (earned - FALSE_MARK_COST * len(false_chunks)) / max(1, len(cues))
        score = round(min(1.0, max(0.0, score)), 2)
        found = sum(v["found"] for v in verdicts)
        return Result(
            score=score,
            max_score=1.0,
            feedback=_feedback(
                found, len(cues), len(false_chunks), score,
                in_part=sum(v["found"] and v["share"] < 1 for v in verdicts),
                touched=sum(not v["found"] and v["share"] > 0 for v in verdicts),
            ),
            details={
                "words": _display_words(quote),
                "lead": quote[: words_of(quote)[0][0]] if n_words else "",
                "marked": sorted(marked),
                "cue_words": sorted(cue_words),
                "false_words": sorted(
                    w for n in false_chunks for w in chunks[n] if w in marked
                ),
                "cues": verdicts,
                "evidence": spec.get("evidence", []),
                "explanation": spec.get("explanation", ""),
            },
        )


def _chunk_text(quote: str, chunk: tuple[int, ...]) -> str:
    words = words_of(quote)
    return quote[words[chunk[0]][0] : words[chunk[-1]][1]]


def _feedback(
    found: int,
    total: int,
    false_marks: int,
    score: float,
    in_part: int = 0,
    touched: int = 0,
) -> str:
    """The verdict in words; `in_part` cues were found without all their
    words, which is why finding every cue may still not earn full marks, and
    `touched` cues had too few of their words marked to count as found, which
    is why finding none may still earn a little."""
    if score >= 1.0:
        return f"Right: you marked every cue ({total} of {total})."
    text = f"You found {found} of {total} cue{'s' if total != 1 else ''}"
    if in_part:
        text += (", but not all of its words" if found == 1
                 else f", {in_part} of them only in part")
    if touched:
        if found:
            text += f"; you marked a few words of {touched} more"
        elif total == 1:
            text += ", but you marked a few of its words"
        else:
            text += f", but you marked a few words of {touched} of them"
    if false_marks:
        s = "s" if false_marks != 1 else ""
        text += f"; {false_marks} marked phrase{s} carr{'y' if s else 'ies'} no cue"
    return text + "."
