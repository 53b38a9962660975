"""Draft a content pack from any article: claims to sort, cues to spot, sources to
name and reasons to find. Every item carries `machine: {confidence}` so a teacher
reviews it before learners see it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..yaml_text import dump
from .attribution import Attribution, named_with_maker
from .boilerplate import is_boilerplate
from .core import Analysis, Sentence, analyze
from .cue_marking import mark_cue_items
from .markup import TIME_STAMP, strip_html
from .names import clean, points_back
from .nominal import hears
from .punctuation import POINTERS
from .questions import cue_items, reason_items, who_said_items
from .referents import referents
from .roles import calls_back
from .sources import kind_of
from .text import Document, parse
from .wording import naming

#: What a byline and a dateline give: author, outlet (str), published (date).
Credits = dict[str, str | date]


def draft_pack(text: str, slug: str, title: str | None = None) -> dict[str, str]:
    """File name -> content of a draft pack: article.md, claims.yaml, questions.yaml."""
    return draft_with_analysis(text, slug, title)[0]


def draft_with_analysis(
    text: str, slug: str, title: str | None = None
) -> tuple[dict[str, str], Analysis]:
    """`draft_pack`'s files and the analysis of the article they hold (callers
    that judge the article reuse it instead of analysing the text again)."""
    # The pasted text's structure is enough to rebuild it as Markdown; only the
    # article we write is analysed (a 200 KB paste was analysed twice).
    source = parse(text)
    title = title or _title_of(source) or slug.replace("-", " ").capitalize()
    body, credits = _markdown_body(source, title)
    analysis = analyze(body)  # offsets and plain text of the article we write
    stands_for = referents(analysis)  # whom "she" or "it" stands for
    claims = _claim_items(analysis, stands_for)
    # Sourcing and hedges are marked in the text; opinion cues stay a
    # multi-select. A sentence printed whole with its source to mark is not
    # asked "Who says so?" as well (its answer would be on the page), unless
    # that would leave no such question: then the sentences it asks of are
    # kept from marking instead.
    marks = mark_cue_items(analysis)
    who = who_said_items(analysis, frozenset(item["quote"] for item in marks))
    if not any(item["options"][0]["correct"] for item in who):  # only "Nobody"
        who = who_said_items(analysis)
        marks = mark_cue_items(analysis, frozenset(
            quote for item in who for quote in item["evidence"]))
    questions = marks + cue_items(analysis, labels=("opinion",)) + who + \
        reason_items(analysis)
    _link_to_claims(questions, claims)
    _name_referents(analysis, stands_for, claims + questions)
    files = {
        "article.md": _front_matter(title, analysis, credits) + body,
        "claims.yaml": _dump(
            {
                "title": "Who says so? Fact, guess or opinion",
                "kind": "claims",
                "instructions": "Sort each sentence: is it a sourced fact, "
                "speculation, opinion, or a claim with no source? Ask who "
                "stands behind it, and look for words that hedge or judge.",
                "items": claims,
            }
        ),
    }
    if questions:
        files["questions.yaml"] = _dump(
            {
                "title": "Read closely: who says what, and how sure are they?",
                "kind": "questions",
                "instructions": "Answer from the article, not from what you already "
                "know. After each answer, read the evidence.",
                "items": questions,
            }
        )
    return files, analysis


def headline(text: str) -> str | None:
    """The headline a draft of `text` takes as its title (a copied page's last
    heading line before the article, or a first line that is a heading), or
    None when the text has none."""
    return _title_of(parse(text))


def _title_of(doc: Document) -> str | None:
    if doc.masked.fmt == "plain":
        # Text copied from a web page: the headline is the last line of
        # several words before the article, past the menu ("Skip to main
        # content", "Home"), the byline and the date
        first, _ = _article_span(doc)
        for para in reversed(doc.paragraphs[:first]):
            line = " ".join(doc.plain(para.start, para.end).split())
            if para.kind == "heading" and len(line.split()) >= 4 and not (
                    is_boilerplate(line) or _POINTER.match(line)
                    or _BYLINE.match(line)):
                return re.sub(r"(?<=\w\w\w)\.$", "", line)
    for start, end, para in doc.sentences[:1]:
        if doc.paragraphs[para].kind == "heading":
            title = " ".join(doc.plain(start, end).split())
            # A headline's closing full stop goes (not an abbreviation's: "U.S.").
            return re.sub(r"(?<=\w\w\w)\.$", "", title)
    return None


def _markdown_body(doc: Document, title: str) -> tuple[str, Credits]:
    """The article as pack Markdown: paragraphs, ### headings, **Speaker:** turns;
    and its author and outlet where a byline gives them.

    Markdown input keeps its inline markup (links stay citations); plain text and
    HTML are rebuilt from their plain text. A byline and a dateline before the
    article ("By Dana Whitfield, Harbor Valley Courier", "March 4, 2026") are
    the article's details, not its text."""
    keep_markup = doc.masked.fmt == "markdown"
    blocks = []
    spans: dict[int, tuple[int, int]] = {}
    for s_start, s_end, index in doc.sentences:  # sentences take in touching markup
        start, end = spans.get(index, (s_start, s_end))
        spans[index] = (min(start, s_start), max(end, s_end))
    first, last = _article_span(doc) if doc.masked.fmt == "plain" else (
        0, len(doc.paragraphs) - 1)
    credits: Credits = {}
    for para in doc.paragraphs[:first]:  # the page's furniture: its byline
        credits = credits or _credits(doc.plain(para.start, para.end)) or {}
    for para in doc.paragraphs[first:last + 1]:
        plain = " ".join(doc.plain(para.start, para.end).split())
        if not blocks and para.index == 0 and plain.rstrip(".") == title.rstrip("."):
            continue  # the headline, heading-shaped or a sentence of a column's
            # ("Closing the high street to cars is the best idea this town has
            # had in years"): the title lives in the front matter
        found = None if blocks else _credits(doc.plain(para.start, para.end))
        if found is not None:
            credits = credits or found
            continue  # the byline and date under the headline
        opening = para.start
        if not blocks:  # "By Dana Whitfield\nMarch 4, 2026\nThe council ...":
            # byline and date lines over the first paragraph, no blank line
            opening, found = _credit_lines(doc, para)
            credits = credits or found
            plain = " ".join(doc.plain(opening, para.end).split())
        if doc.masked.fmt == "plain" and _POINTER.match(plain):
            continue  # "Related: ...", "Image caption: ...", "Photo: Crews
            # work at the site. (J. Smith / Gazette)": the page's pointers
            # and captions, copied with the article
        if para.kind == "heading":
            blocks.append(f"### {plain}")
            continue
        start, end = spans.get(para.index, (para.start, para.end))
        if opening > para.start:
            start = max(start, opening)
        body = " ".join(strip_html(doc.text[start:end]).split()) if keep_markup \
            else plain
        rows = [" ".join(line.split()) for line in
                doc.text[para.start:para.end].splitlines() if line.strip()]
        if len(rows) >= 2 and all(_TABLE_ROW.fullmatch(row) for row in rows):
            body = "\n".join(rows)  # a Markdown table keeps a row to a line
        stamp = TIME_STAMP.match(doc.text, doc.text.rfind("\n", 0, para.start) + 1,
                                 para.start + 1)
        if stamp:
            body = f"{stamp.group(1)} {body}"  # a live blog's entry keeps its time
        if para.kind == "turn":
            body = f"**{para.speaker}:** {body}"
        elif para.kind == "item":
            body = f"- {body}"
        blocks.append(body)
    return "\n\n".join(blocks) + "\n", credits


# A row of a Markdown table: "| Revenue | $3.14bn | $2.96bn | +6% |".
_TABLE_ROW = re.compile(r"\|.*\|")


# A line of a web page that points elsewhere or captions a picture, copied
# with the article's text: the labels no speaker has (`POINTERS`: "Related:
# ...", "Read more: ...", "Advertisement") and a few more ("Image caption:
# ...", "Most read").
_POINTER = re.compile(
    r"(?i:" + POINTERS + r"|(?:image|photo)\s+caption|photographs?|picture|image|"
    r"related\s+(?:stories|articles|coverage|topics)|more\s+on\s+this(?:\s+story)?|"
    r"also\s+read|most\s+read)\b\s*(?::|$)")


# A byline or a dateline: "By Priya Natarajan, Staff Reporter", "Interview by
# Sam Achebe", "Words and pictures by ...", "Published 14 May 2024, 8:42 am",
# "Updated 2 hours ago".
# (Not "Report by" or "Analysis by", which may open a headline.)
# (The credit words a "by" may follow, and the words of a dateline, shared
# with the byline and date lines below.)
_CREDIT_BY = (r"(?:(?:interviews?|words|reporting|photos?|pictures?|photography|"
              r"video|illustrations?|edited)(?:\s+and\s+\w+)?\s+)?by")
_DATED = r"published|updated|posted|last\s+updated|first\s+published"
_BYLINE = re.compile(rf"(?i:{_CREDIT_BY}|{_DATED})\b")


# A byline line: who wrote it and, after a comma, for whom ("By Dana
# Whitfield, Harbor Valley Courier", "By Tom Hale, Staff Reporter", "Words by
# Ana Ruiz and Li Wei"); not a sentence that opens on "By" ("By Tuesday night,
# the board had ...").
_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|van|von|da|del|di|le|la|bin))*"
_BYLINE_LINE = re.compile(
    rf"\s*(?i:{_CREDIT_BY})\s+"
    rf"(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?)"
    rf"(?:\s*[,|—–-]\s*(?P<outlet>{_NAME}))?\s*\.?\s*")
# A dateline or a date on its own ("March 4, 2026", "4 March 2026, 8:42 am",
# "Published 14 May 2024", "Updated 2 hours ago").
_DATE_LINE = re.compile(
    rf"\s*(?i:(?:{_DATED})"
    r"(?:\s+(?:on|at))?\s*:?\s+[\w,:./ ]{1,30}?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+[A-Z]{2,4})?)?)\s*")
# Words that make the part after a byline's comma the writer's role, not the
# outlet ("Staff Reporter", "Education Correspondent").
_ROLE_WORDS = re.compile(r"(?i:reporter|correspondent|editor|writer|staff|"
                         r"columnist|contributor|journalist|producer|desk|"
                         r"freelance|special\s+to)")
# The longest author or outlet a byline gives (a pack allows 200 characters).
_CREDIT_LIMIT = 120
# "By May" alone: a time, not a name.
_MONTH = re.compile(r"(?i:january|february|march|april|may|june|july|august|"
                    r"september|october|november|december)")


def _credits(paragraph: str) -> Credits | None:
    """The author and outlet a paragraph of byline and date lines gives
    ({} when it gives only a date), or None when it is no such paragraph."""
    lines = [line for line in paragraph.splitlines() if line.strip()]
    if not lines or len(lines) > 3:
        return None
    credits: Credits = {}
    for line in lines:
        byline = _BYLINE_LINE.fullmatch(line)
        if byline and not _MONTH.fullmatch(byline.group("author")):
            if len(byline.group("author")) <= _CREDIT_LIMIT:
                credits.setdefault("author", byline.group("author"))
            outlet = byline.group("outlet")
            if outlet and not _ROLE_WORDS.search(outlet) and \
                    len(outlet) <= _CREDIT_LIMIT:
                credits.setdefault("outlet", outlet)
        elif not _DATE_LINE.fullmatch(line):
            return None
        elif "published" not in credits and (day := _date_of(line)):
            credits["published"] = day
    return credits


#: The shapes of a dateline's date, once its "Published", weekday and time
#: are gone: "March 4, 2026", "4 March 2026", "Mar. 4 2026", "2026-03-04".
_DATE_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d")
_DATE_PARTS = re.compile(
    r"(?i:^\s*(?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+(?:on|at))?"
    r"\s*:?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?)"
    r"(?P<date>[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2})")


def _date_of(line: str) -> date | None:
    """The date a dateline gives, or None ("Updated 2 hours ago" gives
    none)."""
    found = _DATE_PARTS.match(line)
    if found is None:
        return None
    words = found.group("date").replace(",", " ").replace(".", " ").split()
    words = ["Sep" if w.lower() == "sept" else w for w in words]
    for shape in _DATE_FORMATS:
        try:
            return datetime.strptime(" ".join(words), shape).date()
        except ValueError:
            continue
    return None


def _credit_lines(doc: Document, para) -> tuple[int, Credits]:
    """Where paragraph `para` goes on past the byline and date lines it opens
    on (at most three, with a line of the article after them), and the
    credits they give; (para.start, {}) when it opens on none."""
    breaks = [i for i in range(para.start, para.end) if doc.text[i] == "\n"][:3]
    for line_end in reversed(breaks):
        found = _credits(doc.plain(para.start, line_end))
        if found is not None and doc.text[line_end:para.end].strip():
            return line_end + 1, found
    return para.start, {}


def _article_span(doc: Document) -> tuple[int, int]:
    """The first and last paragraphs of the article in text copied from a web
    page: what comes before its first paragraph of sentences, or after its
    last, is page furniture (a cookie banner, the menu, the byline and date,
    share links, "Most read", the footer), lines without a sentence's full
    stop or sentences that speak to the site's visitor. Subheadings between
    paragraphs stay."""
    furniture = [para.kind == "heading" for para in doc.paragraphs]
    for start, end, index in doc.sentences:
        if furniture[index] is False and not is_boilerplate(doc.plain(start, end)):
            furniture[index] = None  # a sentence of the article
    content = [i for i, mark in enumerate(furniture) if mark is None]
    return (content[0], content[-1]) if content else (0, len(doc.paragraphs) - 1)


#: The outlet and author a draft cannot know, for the teacher to fill in
#: (`packs.details` keeps it from ever being shown or stored as a detail).
UNKNOWN = "Unknown (check before publishing)"


def _front_matter(title: str, analysis: Analysis, credits: Credits) -> str:
    first = next((s for s in analysis.sentences if not s.is_heading), None)
    summary = " ".join(analysis.plain(first.start, first.end).split()) if first else ""
    meta = {
        "title": title,
        "outlet": credits.get("outlet", UNKNOWN),
        "author": credits.get("author", UNKNOWN),
    }
    if credits.get("published"):
        meta["published"] = credits["published"]  # the dateline's date
    meta.update(reading_level="intermediate", summary=summary[:300])
    return "---\n" + _dump(meta) + "---\n\n"


#: Sentence kinds the draft leaves out of the sorting exercise, and why.
EXCLUDED = {
    "heading": "A heading, headline or page label (menu, button, caption): it "
    "claims nothing.",
    "courtesy": "A greeting, a courtesy or a bare reply between speakers "
    "(\"Thank you.\", \"It wasn't.\"): nothing to check on its own.",
    "list": "A list of fields, one to a line (a fact box, a table, pros and "
    "cons): not a sentence to sort.",
    "boilerplate": "Page furniture (a cookie banner, a button, a sign-up box): it "
    "speaks to the website's visitor, not about the world.",
    "repeat": "The same sentence appears earlier in the article, where it is "
    "already a claim.",
}


def left_out(analysis: Analysis) -> list[tuple[Sentence, str]]:
    """The sentences the sorting exercise leaves out, each with its key in
    `EXCLUDED`: headings, courtesies, lists, page furniture, and a sentence
    repeated word for word (one claim per sentence: "Northline did not
    respond." twice is one claim, drafted where it first appears)."""
    found, seen = [], set()
    for sentence in analysis.sentences:
        if sentence.is_heading or sentence.kind in EXCLUDED:
            found.append((sentence, "heading" if sentence.is_heading
                          else sentence.kind))
            continue
        quote = plain_sentence(analysis, sentence)
        if quote in seen:
            found.append((sentence, "repeat"))
        seen.add(quote)
    return found


def _claimable(quote: str) -> bool:
    """Has this sentence words to sort (not "***" nor a lone number)?"""
    return any(c.isalpha() for c in quote)


def _claim_items(analysis: Analysis, stands_for: dict[int, str]) -> list[dict]:
    """Every sentence worth sorting, in article order, each with the machine's
    label, source, cues, explanation and confidence (questions are kept as
    annotated, unsorted items; headings and courtesies are left out)."""
    items = []
    left = {sentence.index for sentence, _ in left_out(analysis)}
    for sentence in analysis.sentences:
        quote = plain_sentence(analysis, sentence)
        if sentence.index in left or not _claimable(quote):
            continue
        item = {"id": f"claim-{len(items) + 1:02d}", "quote": quote,
                "label": sentence.label}
        attribution = sentence.source
        if attribution is not None and attribution.kind == "vague" and \
                not attribution.source.strip() and sentence.label == "speculation":
            attribution = None  # "are expected to": a belief nobody holds
        if attribution is not None:
            item["source"] = {"kind": attribution.kind}
            name = _source_name(analysis.text, attribution,
                                stands_for.get(sentence.index))
            if name:
                item["source"]["name"] = name
                if calls_back(attribution.source) and kind_of(name) == "named":
                    item["source"]["kind"] = "named"  # "the researcher": Dr
                    # Sunil Varma, named before
                elif points_back(clean(attribution.source)) and \
                        kind_of(name) in ("citation", "anonymous"):
                    # "It found": the study; "she said": "a junior doctor",
                    # never named
                    item["source"]["kind"] = kind_of(name)
        elif sentence.label == "sourced":
            item["label"] = "unsourced"
        item["cues"] = cue_phrases(analysis, sentence, quote)
        item["explanation"] = sentence.explanation
        item["machine"] = {"confidence": round(sentence.confidence, 2)}
        items.append(item)
    return items


def _name_referents(analysis: Analysis, stands_for: dict[int, str],
                    items: list[dict]) -> None:
    """Explanations that credit "she" or "it" name whom it stands for, each
    by the sentence its item quotes (two sentences may share an explanation
    word for word, "'he said' credits someone ...", and stand for two people)."""
    by_quote = {plain_sentence(analysis, s): stands_for[s.index]
                for s in analysis.sentences if s.index in stands_for}
    for item in items:
        quoted = item.get("quote") or next(iter(item.get("evidence", [])), None)
        if quoted in by_quote and len(item.get("evidence", [quoted])) == 1:
            item["explanation"] = naming(item["explanation"], by_quote[quoted])


def _source_name(text: str, attribution: Attribution,
                 referent: str | None) -> str | None:
    """A claim's source as its review and its feedback name it: who "she"
    stands for, a numbered link by its number, a document or a person by the
    words that name them (a document with who made it: "Data from the Office
    for Housing Statistics"); None when no words name the source ("is
    expected to", a pronoun nothing resolves)."""
    if attribution.link:
        return f"link {attribution.cue.strip()}"
    name = clean(named_with_maker(text, attribution))
    if hears(attribution.source or "", attribution.cue):
        return f"evidence heard by {name[:1].lower()}{name[1:]}"  # "The jury
        # heard that ...": the jury listened; someone unnamed gave it
    if referent or points_back(name) or name.lower() in ("one", "another"):
        return referent  # "she", "the singer": the person named before;
        # "One said": one of the unnamed sources told of before
    return name or None


def _link_to_claims(questions: list[dict], claims: list[dict]) -> None:
    """Record in each drafted question the claims it was drafted from
    (`machine.claims`), so relabelling a claim can flag its questions."""
    ids = {claim["quote"]: claim["id"] for claim in claims}
    for question in questions:
        found = [ids[q] for q in question.get("evidence", []) if q in ids]
        if found:
            question["machine"]["claims"] = found


def plain_sentence(analysis: Analysis, sentence: Sentence) -> str:
    """The sentence as it reads in its paragraph's plain text."""
    return " ".join(analysis.plain(sentence.start, sentence.end).split())


def cue_phrases(analysis: Analysis, sentence: Sentence, quote: str) -> list[str]:
    """The words of `quote` that give its label away: hedges, opinion cues,
    and a short attribution (source plus reporting cue)."""
    # a hedge the label set aside ("said it would", "are expected to be
    # released next year") gives nothing away: listed, it would contradict it;
    # so would a judging word in a sentence labelled a fact ("had never
    # previously gone beyond the quarter-finals")
    spans = [(h["start"], h["end"]) for h in sentence.hedges
             if sentence.kind != "fact"]
    if sentence.kind == "opinion":
        judging = [c for c in sentence.opinion_cues if c["kind"] != "weak"]
        # "never", "nothing", "of course" beside a word that judges: the
        # judging word gives it away
        strong = [c for c in judging if c["kind"] not in ("sweep", "marker")]
        spans += [(c["start"], c["end"]) for c in strong or judging]
    attribution = sentence.attribution
    if (
        attribution
        and attribution.kind in ("named", "anonymous", "vague", "citation")
        and attribution.source and not attribution.link
    ):
        start, end = attribution.span
        # a source that only acted or speaks in a side clause gives the label
        # away only where the explanation says so ("'The mayor endorsed' tells
        # what someone did")
        told = sentence.source is attribution or " ".join(
            analysis.plain(start, end).split()) in sentence.explanation
        if told and end - start <= 80:
            spans.append((start, end))
        elif told:  # "The source, who asked not to be named because ...,
            # said": the source and its verb, each on its own
            spans += [span for span in (
                (attribution.source_start, attribution.source_end),
                (attribution.cue_start, attribution.cue_end))
                if 0 < span[1] - span[0] <= 80]
    cues: list[str] = []
    for start, end in sorted(spans):
        cue = " ".join(analysis.plain(start, end).split())
        if cue and cue in quote and cue not in cues:
            cues.append(cue)
    return cues


def _dump(data) -> str:
    return dump(data, sort_keys=False, allow_unicode=True, width=88)


def slug_of(title: str) -> str:
    """A content slug from a title: lower case words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:60] or "article"
