"""Question banks in and out of exercise sets: GIFT, Moodle XML and QTI 3.

`read_questions` parses an upload into a preview (nothing is stored);
`import_questions` stores the previewed items in a new draft or appends them to
one of the teacher's drafts; `export_set` writes a set in any format. The
formats themselves are pure code in `quizapp.interop`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from sqlalchemy import select

from ..extensions import db
from ..interop import InteropError, exporting, gift, mapping, moodle_xml, qti
from ..models import Article, Draft, User
from ..packs import check_pack_data
from ..rendering import parse_article
from .authoring import AuthoringError, _save, _save_new
from .pack_transfer import export_draft

#: Largest question file accepted (its preview is posted back for confirming,
#: base64-encoded, within the app's 2 MB request limit).
MAX_UPLOAD_BYTES = 1024 * 1024
FORMATS = {"gift": "GIFT", "moodle-xml": "Moodle XML", "qti": "QTI 3.0", "pack": "pack"}
_SUFFIXES = {
    "gift": "gift.txt",
    "moodle-xml": "moodle.xml",
    "qti": "qti.zip",
    "pack": "zip",
}
_MIMETYPES = {
    "gift": "text/plain; charset=utf-8",
    "moodle-xml": "application/xml",
    "qti": "application/zip",
    "pack": "application/zip",
}


class TransferError(ValueError):
    """A file that cannot be imported at all; the message is for the teacher."""


@dataclass
class Preview:
    """What an upload would import, before anything is saved."""

    format: str  # "GIFT", "Moodle XML" or "QTI 3.0"
    entries: list[mapping.Imported] = field(default_factory=list)
    #: Questions the file holds that could not even be read, as sentences.
    problems: list[str] = field(default_factory=list)
    title: str = ""  # the first category's last part, as a title for a new set

    @property
    def items(self) -> list[dict]:
        return [e.item for e in self.entries if e.item is not None]


def _sniff(filename: str, data: bytes) -> str:
    name = filename.lower()
    if data[:4] == b"PK\x03\x04" or name.endswith(".zip"):
        return "qti"
    head = data[:2000].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "qti-item" if b"qti-assessment-item" in data[:4000] else "moodle-xml"
    return "gift"


def read_questions(
    filename: str, data: bytes, taken: set[str] | None = None
) -> Preview:
    """Parse an uploaded GIFT, Moodle XML or QTI file into a preview; raises
    TransferError when the whole file is unusable."""
    if not data:
        raise TransferError("The file is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise TransferError("The file is larger than 1 MB; split the question bank.")
    kind = _sniff(filename, data)
    problems: list[str] = []
    try:
        if kind == "gift":
            report = gift.parse_report(data)
            questions = report.questions
            problems = [
                f"line {e['line']}: {e['message']} ({e['text']})" for e in report.errors
            ]
            label = "GIFT"
        elif kind == "moodle-xml":
            questions, skipped = moodle_xml.parse_report(data)
            problems = [
                f"question {p['number']} {p['name']!r}: {p['message']}" for p in skipped
            ]
            label = "Moodle XML"
        else:
            if kind == "qti":
                questions, skipped = qti.parse_report(data)
            else:
                questions, skipped = [qti.parse_item(data)], []
            problems = [
                f"{s['identifier']}: not imported ({s['message']})" for s in skipped
            ]
            label = "QTI 3.0"
    except (InteropError, qti.read.NotImported) as exc:
        raise TransferError(str(exc)) from None
    preview = Preview(label, mapping.to_items(questions, taken), problems)
    category = next((q["category"] for q in questions if q["type"] == "category"), "")
    preview.title = (
        category.rstrip("/").rsplit("/", 1)[-1].replace("$course$", "").strip()
    )
    if not preview.items and not problems:
        preview.problems.append("The file holds no questions quizapp can import.")
    return preview


def taken_ids(draft: Draft | None) -> set[str]:
    """Item ids already used in a draft (imported items must not reuse them)."""
    if draft is None:
        return set()
    return {
        str(i.get("id")) for e in draft.data.get("exercises", []) for i in e["items"]
    }


def _exercise(data: dict, title: str, items: list[dict], source: str) -> dict:
    slugs = {e.get("slug") for e in data.get("exercises", [])}
    slug, n = "imported", 1
    while slug in slugs:
        n += 1
        slug = f"imported-{n}"
    return {
        "slug": slug,
        "kind": "questions",
        "title": title[:300] or "Imported questions",
        "instructions": f"Imported from {source}.",
        "items": copy.deepcopy(items),
    }


def import_questions(
    teacher: User, preview: Preview, *, into: Draft | None = None, title: str = ""
) -> Draft:
    """Store the previewed questions: appended to `into` (one of the teacher's
    drafts) as a new exercise, or as a new draft titled `title`."""
    items = preview.items
    if not items:
        raise TransferError("There is nothing to import.")
    source = f"a {preview.format} file"
    if into is not None:
        data = copy.deepcopy(into.data)
        data.setdefault("exercises", []).append(
            _exercise(data, title or preview.title, items, source)
        )
        _save(into, data)
        return into
    title = (title or preview.title or "Imported questions").strip()[:300]
    data = {
        "meta": {"title": title, "reading_level": "intermediate"},
        "body": f"# {title}\n\nQuestions imported from {source}. Replace this text "
        "with the article or reading the questions are about.\n",
        "exercises": [],
    }
    data["exercises"].append(_exercise(data, title, items, source))
    try:
        return _save_new(teacher, data, title)
    except AuthoringError as exc:
        raise TransferError(str(exc)) from None


def set_items(draft: Draft) -> tuple[str, list[dict]]:
    """(title, items with a claim's paragraph) of a draft, for export. Questions
    not ready to publish (a written question without its rubric yet) are
    exported as they stand; claims must resolve in the article."""
    pack, _ = check_pack_data(draft.data, draft.slug)
    blocks = parse_article(pack.body)
    valid = {i["key"]: i for e in pack.exercises for i in e.items}
    items = []
    for exercise in draft.data.get("exercises", []):
        for raw in exercise.get("items", []):
            key = str(raw.get("id"))
            item = valid.get(key)
            if item is None:
                if exercise.get("kind") != "questions" or not raw.get("type"):
                    continue
                spec = {k: v for k, v in raw.items() if k not in ("id", "type")}
                item = {"key": key, "type": raw["type"], "spec": spec}
            spec = dict(item["spec"])
            if item["type"] == "claim" and spec.get("block") is not None:
                spec["paragraph"] = blocks[spec["block"]].text
            items.append({"key": item["key"], "type": item["type"], "spec": spec})
    return str(pack.meta.get("title") or draft.slug), items


def export_items(title: str, items: list[dict], fmt: str) -> tuple[bytes, list[str]]:
    """(file bytes, notes on what the format cannot carry) for quizapp items."""
    questions, notes = exporting.to_questions(items)
    if fmt == "gift":
        return gift.write(questions).encode("utf-8"), notes
    if fmt == "moodle-xml":
        return moodle_xml.write(questions).encode("utf-8"), notes
    if fmt == "qti":
        return qti.write_package(questions, title), notes
    raise TransferError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")


def export_set(draft: Draft, fmt: str) -> tuple[str, str, bytes, list[str]]:
    """(file name, MIME type, bytes, notes on what the format cannot carry) of
    the draft's exercise set in `fmt`."""
    if fmt not in FORMATS:
        raise TransferError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    notes: list[str] = []
    if fmt == "pack":
        data = export_draft(draft)
    else:
        data, notes = export_items(*set_items(draft), fmt)
    name = re.sub(r"[^a-z0-9-]+", "-", draft.slug.lower()) or "set"
    return f"{name}.{_SUFFIXES[fmt]}", _MIMETYPES[fmt], data, notes


def find_set(slug: str) -> tuple[Draft | None, Article | None]:
    """The teacher's draft with this slug, else the published article (a shared
    pack loaded from content/); (None, None) when neither exists."""
    draft = db.session.scalar(select(Draft).where(Draft.slug == slug))
    if draft is not None:
        return draft, None
    return None, db.session.scalar(select(Article).where(Article.slug == slug))


def article_items(article: Article) -> tuple[str, list[dict]]:
    """(title, items with a claim's paragraph) of a stored article."""
    blocks = parse_article(article.body_md)
    items = []
    for exercise in article.exercises:
        if not exercise.is_active:
            continue
        for item in exercise.active_items:
            spec = dict(item.spec)
            if item.type == "claim" and spec.get("block") is not None:
                spec["paragraph"] = blocks[spec["block"]].text
            items.append({"key": item.key, "type": item.type, "spec": spec})
    return article.title, items


def import_file(
    path_name: str, data: bytes, slug: str, owner: User | None
) -> tuple[Draft, Preview]:
    """The CLI's import: into the draft `slug`, or a new draft with that slug
    owned by `owner`. Raises TransferError for a file or target that won't do."""
    draft, article = find_set(slug)
    if draft is None and article is not None:
        raise TransferError(
            f"{slug} is a shared pack: edit its files in content/{slug} instead."
        )
    if draft is None and owner is None:
        raise TransferError(f"There is no set {slug!r}; give --owner to create it.")
    preview = read_questions(path_name, data, taken_ids(draft))
    if draft is not None:
        return import_questions(draft.owner, preview, into=draft), preview
    new = import_questions(owner, preview, title=preview.title or slug)
    if new.slug != slug and find_set(slug) == (None, None):
        new.slug = slug
        db.session.commit()
    return new, preview
