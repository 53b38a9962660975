"""Step 2, one item against its article: claims, quotes and evidence located in
the article's blocks (block, start, end), cues in their quote, options given
ids, review marks checked. Each function appends through `problem(message)`."""

from __future__ import annotations

import re

from ..rendering import Block, find_in_blocks

_OPTION_IDS = "abcdefghijklmnopqrstuvwxyz"


def check_review_marks(spec: dict, problem) -> None:
    """`machine: {confidence}` and `reviewed`, as a draft marks its items."""
    machine = spec.get("machine")
    if machine is not None:
        confidence = machine.get("confidence") if isinstance(machine, dict) else None
        if (
            isinstance(confidence, bool)
            or not isinstance(confidence, int | float)
            or (not 0 <= confidence <= 1)
        ):
            problem("machine must be {confidence: a number from 0 to 1}")
    if "reviewed" in spec and not isinstance(spec["reviewed"], bool):
        problem("reviewed must be true or false")


def resolve_claim(spec: dict, blocks: list[Block], problem) -> None:
    """Locate the claim's quote in the article and each cue in the quote."""
    quote = str(spec.get("quote") or "")
    found = find_in_blocks(blocks, quote) if quote else None
    if not found:
        problem(f"quote not found in the article: {quote[:60]!r}")
        return
    spec["block"], spec["start"], spec["end"] = found
    spec.setdefault("sort", spec.get("label") != "question")
    cues = []
    for cue in spec.get("cues") or []:
        at = quote.find(str(cue))
        if at < 0:
            problem(f"cue {cue!r} is not part of the quote")
            continue
        cues.append({"text": str(cue), "start": at, "end": at + len(str(cue))})
    spec["cues"] = cues


def locate_quote(spec: dict, blocks: list[Block], problem) -> None:
    """Locate a question's quote (a cue-marking item's sentence)."""
    found = find_in_blocks(blocks, str(spec["quote"]))
    if not found:
        problem(f"quote not found in the article: {str(spec['quote'])[:60]!r}")
    else:
        spec["block"], spec["start"], spec["end"] = found


def resolve_question(spec: dict, problem) -> None:
    """A prompt, a well-formed citation URL, and an id for every option."""
    if not str(spec.get("prompt") or "").strip():
        problem("needs a prompt")
    citation = spec.get("citation")
    if isinstance(citation, dict) and citation.get("url"):
        if not re.match(r"https?://\S+$", str(citation["url"])):
            problem("citation.url must start with http:// or https://")
    options = spec.get("options")
    if options is None:
        return
    if not isinstance(options, list):
        problem("options must be a list")
        spec["options"] = []
        return
    for position, option in enumerate(options):
        if not isinstance(option, dict) or not str(option.get("text") or "").strip():
            problem(f"option {position + 1} needs a text")
            continue
        option.setdefault("id", _OPTION_IDS[position % 26])
        option["id"] = str(option["id"])


def resolve_evidence(spec: dict, blocks: list[Block], problem) -> None:
    """Locate every evidence quote (the item's and its key points')."""
    evidence = []
    for quote in spec.get("evidence") or []:
        found = find_in_blocks(blocks, str(quote))
        if not found:
            problem(f"evidence not found in the article: {str(quote)[:60]!r}")
            continue
        block, start, end = found
        evidence.append(
            {"text": str(quote), "block": block, "start": start, "end": end}
        )
    spec["evidence"] = evidence
    for point in spec.get("key_points") or []:
        if isinstance(point, dict):
            resolve_evidence(point, blocks, problem)
