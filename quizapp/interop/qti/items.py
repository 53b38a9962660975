"""QTI 3.0 assessment items, one builder per interaction."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ASI_XSD = (
    "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd"
)
CP_XSD = (
    "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd"
)
TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/"


def ident(text: str, prefix: str = "i") -> str:
    """A valid QTI identifier (an XML NCName) made from `text`."""
    out = re.sub(r"[^A-Za-z0-9_.-]", "-", str(text)) or prefix
    return out if re.match(r"[A-Za-z_]", out) else f"{prefix}-{out}"


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    attrs = {k.rstrip("_").replace("_", "-"): str(v) for k, v in attrs.items()}
    node = etree.SubElement(parent, f"{{{NS}}}{tag}", attrs)
    if text is not None:
        node.text = text
    return node


def _html(parent, tag: str, text: str = "") -> etree._Element:
    """An XHTML element of the item body (same namespace in QTI 3)."""
    return _el(parent, tag, text)


def _root(q: dict[str, Any]) -> etree._Element:
    root = etree.Element(
        f"{{{NS}}}qti-assessment-item",
        nsmap={None: NS, "xsi": XSI},
        identifier=ident(q.get("idnumber") or q["name"]),
        title=str(q.get("name") or "")[:255] or "Question",
        adaptive="false",
    )
    root.set("time-dependent", "false")
    root.set(f"{{{XSI}}}schemaLocation", f"{NS} {ASI_XSD}")
    return root


def _score(root, default: str = "0") -> None:
    outcome = _el(
        root,
        "qti-outcome-declaration",
        identifier="SCORE",
        cardinality="single",
        base_type="float",
    )
    _el(_el(outcome, "qti-default-value"), "qti-value", default)
    outcome = _el(
        root,
        "qti-outcome-declaration",
        identifier="MAXSCORE",
        cardinality="single",
        base_type="float",
    )
    _el(_el(outcome, "qti-default-value"), "qti-value", "1")


def _paragraphs(parent, text: str) -> None:
    for para in [p for p in str(text).split("\n\n") if p.strip()] or [""]:
        _html(parent, "p", para.strip())


def _fraction(value: float) -> str:
    return format(float(value), ".7g")


def _choice(root, q: dict[str, Any]) -> None:
    single = q.get("single", True)
    ids = [
        ident(chr(97 + n) if n < 26 else f"o{n}", "o") for n in range(len(q["answers"]))
    ]
    declaration = _el(
        root,
        "qti-response-declaration",
        identifier="RESPONSE",
        cardinality="single" if single else "multiple",
        base_type="identifier",
    )
    correct = _el(declaration, "qti-correct-response")
    for choice_id, a in zip(ids, q["answers"], strict=True):
        if a["fraction"] >= 1 or (not single and a["fraction"] > 0):
            _el(correct, "qti-value", choice_id)
    if not single:
        mapping = _el(
            declaration,
            "qti-mapping",
            lower_bound="0",
            upper_bound="1",
            default_value="0",
        )
        for choice_id, a in zip(ids, q["answers"], strict=True):
            _el(
                mapping,
                "qti-map-entry",
                map_key=choice_id,
                mapped_value=_fraction(a["fraction"]),
            )
    _score(root)
    body = _el(root, "qti-item-body")
    extra = q.get("quizapp") or {}
    if extra.get("kind") == "claim":
        _claim_context(body, extra)
        prompt = "Sort the highlighted sentence."
    else:
        prompt = None
        _paragraphs(body, q.get("text", ""))
    interaction = _el(
        body,
        "qti-choice-interaction",
        response_identifier="RESPONSE",
        max_choices="1" if single else "0",
        shuffle="false",
    )
    if prompt:
        _el(interaction, "qti-prompt", prompt)
    for choice_id, a in zip(ids, q["answers"], strict=True):
        _el(interaction, "qti-simple-choice", a["text"], identifier=choice_id)
    template = "match_correct.xml" if single else "map_response.xml"
    _el(root, "qti-response-processing", template=TEMPLATES + template)


def _claim_context(body, extra: dict[str, Any]) -> None:
    """The paragraph, with the sentence to sort in <strong>."""
    paragraph, sentence = extra["paragraph"], extra["sentence"]
    p = _html(body, "p")
    at = paragraph.find(sentence)
    if at < 0:
        p.text = paragraph
        strong = _html(p, "strong", sentence)
        return
    p.text = paragraph[:at]
    strong = _html(p, "strong", sentence)
    strong.tail = paragraph[at + len(sentence) :]


def _hottext(root, q: dict[str, Any]) -> None:
    """Cue spotting: every cue of the sentence is a hottext; the right ones are
    the sentence's cue words."""
    extra = q["quizapp"]
    sentence, cues = extra["sentence"], extra["cues"]
    declaration = _el(
        root,
        "qti-response-declaration",
        identifier="RESPONSE",
        cardinality="multiple",
        base_type="identifier",
    )
    correct = _el(declaration, "qti-correct-response")
    spans, at = [], 0
    for n, cue in enumerate(cues):
        found = sentence.find(cue, at)
        if found >= 0:
            spans.append((found, found + len(cue), f"cue{n + 1}"))
            at = found + len(cue)
    for *_, cue_id in spans:
        _el(correct, "qti-value", cue_id)
    # Every other word is selectable too, so finding the cues takes judgement.
    words, start = [], 0
    for cue_start, cue_end, _ in [*spans, (len(sentence), len(sentence), "")]:
        for m in re.finditer(r"\w[\w'’-]*", sentence[start:cue_start]):
            words.append((m.start() + start, m.end() + start, f"w{len(words) + 1}"))
        start = cue_end
    _score(root)
    body = _el(root, "qti-item-body")
    interaction = _el(
        body, "qti-hottext-interaction", response_identifier="RESPONSE", max_choices="0"
    )
    _el(interaction, "qti-prompt", "Select the cue words that give the sentence away.")
    p = _html(interaction, "p")
    pieces = sorted(spans + words)
    p.text = sentence[: pieces[0][0]] if pieces else sentence
    for n, (start, end, piece_id) in enumerate(pieces):
        hot = _el(p, "qti-hottext", sentence[start:end], identifier=piece_id)
        following = pieces[n + 1][0] if n + 1 < len(pieces) else len(sentence)
        hot.tail = sentence[end:following]
    _el(root, "qti-response-processing", template=TEMPLATES + "match_correct.xml")


def _text_entry(root, q: dict[str, Any]) -> None:
    numeric = q["type"] == "numerical"
    declaration = _el(
        root,
        "qti-response-declaration",
        identifier="RESPONSE",
        cardinality="single",
        base_type="float" if numeric else "string",
    )
    answers = [
        a for a in q["answers"] if (a.get("value") if numeric else a["text"]) != "*"
    ]
    best = max(answers, key=lambda a: a["fraction"])
    correct = _el(declaration, "qti-correct-response")
    _el(correct, "qti-value", _fraction(best["value"]) if numeric else best["text"])
    if not numeric:
        mapping = _el(
            declaration,
            "qti-mapping",
            lower_bound="0",
            upper_bound="1",
            default_value="0",
        )
        for a in answers:
            if "*" not in a["text"]:
                entry = _el(
                    mapping,
                    "qti-map-entry",
                    map_key=a["text"],
                    mapped_value=_fraction(a["fraction"]),
                )
                entry.set(
                    "case-sensitive", "true" if q.get("case_sensitive") else "false"
                )
    _score(root)
    body = _el(root, "qti-item-body")
    _paragraphs(body, q.get("text", ""))
    p = _html(body, "p")
    _el(p, "qti-text-entry-interaction", response_identifier="RESPONSE")
    if not numeric:
        _el(root, "qti-response-processing", template=TEMPLATES + "map_response.xml")
        return
    processing = _el(root, "qti-response-processing")
    condition = _el(processing, "qti-response-condition")
    branch = "qti-response-if"
    for a in sorted(answers, key=lambda a: -a["fraction"]):
        node = _el(condition, branch)
        tolerance = _fraction(a.get("tolerance") or 0)
        equal = _el(
            node,
            "qti-equal",
            tolerance_mode="absolute",
            tolerance=f"{tolerance} {tolerance}",
        )
        _el(equal, "qti-variable", identifier="RESPONSE")
        _el(equal, "qti-base-value", _fraction(a["value"]), base_type="float")
        setter = _el(node, "qti-set-outcome-value", identifier="SCORE")
        _el(setter, "qti-base-value", _fraction(a["fraction"]), base_type="float")
        branch = "qti-response-else-if"


def _match(root, q: dict[str, Any]) -> None:
    pairs = [p for p in q["pairs"] if not p.get("distractor_only")]
    rights = sorted({p["answer"] for p in q["pairs"]}, key=str.casefold)
    right_ids = {text: f"r{n + 1}" for n, text in enumerate(rights)}
    declaration = _el(
        root,
        "qti-response-declaration",
        identifier="RESPONSE",
        cardinality="multiple",
        base_type="directedPair",
    )
    correct = _el(declaration, "qti-correct-response")
    mapping = _el(
        declaration, "qti-mapping", lower_bound="0", upper_bound="1", default_value="0"
    )
    for n, p in enumerate(pairs):
        pair = f"l{n + 1} {right_ids[p['answer']]}"
        _el(correct, "qti-value", pair)
        _el(
            mapping,
            "qti-map-entry",
            map_key=pair,
            mapped_value=_fraction(1 / len(pairs)),
        )
    _score(root)
    body = _el(root, "qti-item-body")
    _paragraphs(body, q.get("text", ""))
    interaction = _el(
        body,
        "qti-match-interaction",
        response_identifier="RESPONSE",
        max_associations=str(len(pairs)),
        shuffle="false",
    )
    left = _el(interaction, "qti-simple-match-set")
    for n, p in enumerate(pairs):
        _el(
            left,
            "qti-simple-associable-choice",
            p["question"]["text"],
            identifier=f"l{n + 1}",
            match_max="1",
        )
    right = _el(interaction, "qti-simple-match-set")
    for text in rights:
        _el(
            right,
            "qti-simple-associable-choice",
            text,
            identifier=right_ids[text],
            match_max=str(len(pairs)),
        )
    _el(root, "qti-response-processing", template=TEMPLATES + "map_response.xml")


def _extended(root, q: dict[str, Any]) -> None:
    _el(
        root,
        "qti-response-declaration",
        identifier="RESPONSE",
        cardinality="single",
        base_type="string",
    )
    _score(root)
    body = _el(root, "qti-item-body")
    guidance = (q.get("grader_info") or {}).get("text", "")
    if guidance:
        rubric = _el(body, "qti-rubric-block", use="scoring", view="scorer")
        content = _el(rubric, "qti-content-body")
        try:
            nodes = list(etree.fromstring(f'<div xmlns="{NS}">{guidance}</div>'))
        except etree.XMLSyntaxError:
            nodes = []
        for node in nodes:
            content.append(node)
        if not nodes:
            _paragraphs(content, guidance)
    _paragraphs(body, q.get("text", ""))
    extra = q.get("quizapp") or {}
    interaction = _el(
        body, "qti-extended-text-interaction", response_identifier="RESPONSE"
    )
    if extra.get("max_words"):
        interaction.set("expected-length", str(int(extra["max_words"]) * 6))


def write_item(q: dict[str, Any], *, as_hottext: bool = False) -> bytes:
    """One question as a QTI 3.0 assessment item (UTF-8 XML)."""
    root = _root(q)
    if as_hottext:
        _hottext(root, q)
    elif q["type"] in ("multichoice", "truefalse"):
        if q["type"] == "truefalse":
            q = {**q, "single": True}
        _choice(root, q)
    elif q["type"] in ("shortanswer", "numerical"):
        _text_entry(root, q)
    elif q["type"] == "match":
        _match(root, q)
    elif q["type"] == "essay":
        _extended(root, q)
    else:
        raise ValueError(f"QTI export does not handle {q['type']!r}")
    return etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
