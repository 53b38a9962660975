"""Teachers author exercise sets: draft one from an article, edit its details
and publish it as a new version. Editing its claims and questions is in
`draft_items`; exporting and importing packs in `pack_transfer`.

A `Draft` holds the content pack as plain data (see `quizapp.packs`); every edit
replaces that data and commits. Publishing validates it like a pack from content/
and imports it as the teacher's own article.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from slugify import slugify
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified

from ..analysis import Analysis
from ..analysis.boilerplate import is_boilerplate
from ..analysis.draft import draft_with_analysis, headline
from ..extensions import db
from ..extraction import Extracted, extract_article, looks_like_html
from ..models import Article, Draft, User
from ..packs import (
    Pack,
    PackError,
    Problem,
    check_pack_data,
    clean_pack_data,
    pack_data_from_files,
    pack_digest,
    pack_files,
    pack_from_data,
)
from ..packs.details import CHECKED_DETAILS, known, without_placeholders
from ..packs.limits import article_problems
from ..packs.validate_meta import META_LIMITS
from ..plain_text import without_control_characters
from .content import apply_pack

UPLOAD_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")


class AuthoringError(ValueError):
    """An edit or upload that cannot be used; the message is for the teacher."""


class MissingTitle(AuthoringError):
    """A new article with no title given and no headline to take it from."""


# Finding drafts ----------------------------------------------------------------


def teacher_drafts(teacher: User) -> list[Draft]:
    """The teacher's drafts, newest first (an admin sees everyone's)."""
    query = select(Draft).order_by(Draft.updated_at.desc(), Draft.id.desc())
    if teacher.role != "admin":
        query = query.where(Draft.owner_id == teacher.id)
    return list(db.session.scalars(query))


def own_draft(teacher: User, draft_id: int) -> Draft | None:
    """The draft when `teacher` owns it (or is an admin); None otherwise (a 404)."""
    draft = db.session.get(Draft, draft_id)
    if draft is None or (draft.owner_id != teacher.id and teacher.role != "admin"):
        return None
    return draft


@dataclass
class DraftStatus:
    version: int | None  # the live version, None before the first publish
    is_changed: bool  # edited since it was last published
    items: int
    unreviewed: int  # machine-made items the teacher has not saved yet


def draft_status(draft: Draft) -> DraftStatus:
    """Where the draft stands: published version, pending edits, review left."""
    items = [i for e in draft.data.get("exercises", []) for i in e["items"]]
    unreviewed = sum(1 for i in items if i.get("machine") and not i.get("reviewed"))
    article = draft.article
    if article is None or not article.is_published:
        return DraftStatus(None, True, len(items), unreviewed)
    changed = article.pack_digest != pack_digest(draft.data)
    return DraftStatus(article.version, changed, len(items), unreviewed)


def draft_pack_check(draft: Draft) -> tuple[Pack, list[Problem]]:
    """The draft resolved as a pack (valid items only) and its problems."""
    return check_pack_data(draft.data, draft.slug)


# Creating drafts ----------------------------------------------------------------


def article_text(source: str | tuple[str, bytes]) -> str:
    """The text of pasted text or an uploaded (file name, bytes) article, its
    control characters (NUL, form feeds) dropped: there is nothing to read in
    them, and its line breaks as LF (a browser sends a textarea's as CRLF, and
    the analyzer reads a byline and dateline line by line). AuthoringError for
    a file that is not .md, .txt or .html UTF-8 text."""
    if isinstance(source, tuple):
        name, data = source
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            raise AuthoringError("Upload a .md, .txt or .html file.")
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise AuthoringError(
                f"{name} is not UTF-8 text; save it as UTF-8 and try again."
            ) from None
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    return without_control_characters(source)


#: Longest slug made from a title, before a "-2" that keeps it unique.
SLUG_LENGTH = 60


def _slug_of(title: str) -> str:
    """The title's words as a slug, as many of its first words as fit in
    SLUG_LENGTH: "... a false economy, and the council knows it" ends
    "...-economy-and-the", never skipping a word that does not fit for later
    ones that do ("...-and-the-knows", as slugify's word_boundary did)."""
    slug = slugify(title)
    if len(slug) <= SLUG_LENGTH:
        return slug
    cut = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return cut if "-" in slug[: SLUG_LENGTH + 1] else slug[:SLUG_LENGTH]


def _unique_slug(base: str) -> str:
    """A slug from title `base` that no draft or article has yet; any script
    becomes plain letters ("Zürich café" -> zurich-cafe, "Москва" -> moskva)."""
    base = _slug_of(base) or "article"
    taken = set(
        db.session.scalars(select(Draft.slug).where(Draft.slug.startswith(base)))
    )
    taken |= set(
        db.session.scalars(select(Article.slug).where(Article.slug.startswith(base)))
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _save_new(teacher: User, data: dict, base: str) -> Draft:
    for _ in range(3):
        draft = Draft(owner_id=teacher.id, slug=_unique_slug(base), data=data)
        db.session.add(draft)
        try:
            db.session.commit()
            return draft
        except IntegrityError:  # a concurrent draft took the slug: try the next
            db.session.rollback()
    raise AuthoringError("Could not find a free name for this article; try again.")




def create_draft(
    teacher: User, text_or_upload: str | tuple[str, bytes], meta: dict[str, Any]
) -> Draft:
    """Analyse pasted text or an uploaded (file name, bytes) article and save the
    drafted claims and questions as the teacher's new draft.

    `meta`: title, outlet, author, published (a date), url, reading_level,
    summary; empty values keep the analyzer's guesses. Without a title the
    article's headline is the title (a web page's <h1> or <title>, or a first
    line that is a heading); an article with neither is refused.
    """
    text = article_text(text_or_upload)
    headline, extracted = None, None
    if looks_like_html(text):
        extracted = extract_article(text)
        if extracted is None:
            raise AuthoringError(
                "No article text was found in this page: paste the article's "
                "text instead."
            )
        text, headline = extracted.markdown, extracted.title
    title = str(meta.get("title") or headline or "").strip()
    if not text.strip():
        raise AuthoringError("The article is empty.")
    _refuse_too_big(text)  # a web page's limit counts the article it holds
    data = draft_data(text, "draft", title or None, need_title=True)
    found = str(data["meta"]["title"]).strip()
    if not title and is_boilerplate(found):  # "Skip to main content"
        raise MissingTitle(
            f"Give the article a title: its first line ({found!r}) is part of "
            "the web page it was copied from, not a headline."
        )
    if len(found) > META_LIMITS["title"]:  # a web page's <title> may run on
        raise MissingTitle(
            f"Give the article a shorter title: the headline found is "
            f"{len(found):,} characters long, and a title may have at most "
            f"{META_LIMITS['title']}."
        )
    _refuse_too_big(data["body"])
    if extracted is not None:
        _fill_page_details(data["meta"], extracted)
    _apply_meta(data, {**meta, "title": found})
    return _save_new(teacher, data, found)


def _fill_page_details(current: dict, page: Extracted) -> None:
    """The author, outlet and date a web page's metadata gives, where the
    article's text (a byline left in it) did not give them already."""
    for key, value in (("author", page.author), ("outlet", page.outlet)):
        if value and not known(current.get(key)):
            current[key] = value
    if page.published and not current.get("published"):
        current["published"] = page.published.isoformat()



def _refuse_too_big(text: str) -> None:
    """AuthoringError when the article breaks a limit of `packs.limits`."""
    problems = article_problems(text)
    if problems:
        message = problems[0]
        raise AuthoringError(message[0].upper() + message[1:] + ".")


def draft_files(text: str, slug: str, title: str | None = None) -> dict[str, str]:
    """The analyzer's draft pack of an article (file name -> text). Front matter
    in `text`, as in a pack's article.md, gives the title and is kept."""
    return pack_files(draft_data(text, slug, title))


def draft_data(
    text: str, slug: str, title: str | None = None, need_title: bool = False
) -> dict[str, Any]:
    """The analyzer's draft pack of an article as pack data (what `draft_files`
    writes), its invalid items left out. Without a title, the front matter's or
    the headline's is used; with neither, `need_title` refuses the article
    (MissingTitle) and otherwise the slug names it."""
    front: dict[str, Any] = {}
    if text.lstrip().startswith("---"):
        try:
            parsed = pack_data_from_files({"article.md": text.lstrip()})
        except PackError as exc:
            unreadable = [p for p in exc.problems if "invalid YAML" in p.message]
            if unreadable:  # closed front matter that is not YAML (or a bomb)
                raise AuthoringError(
                    f"The front matter (between the '---' lines) could not be "
                    f"read: {unreadable[0].message}."
                ) from None
            parsed = None  # a '---' rule, not front matter: it is text
        if parsed is not None:
            front, text = clean_pack_data(parsed["meta"]) or {}, parsed["body"]
    title = title or front.get("title")
    if need_title and not (title or headline(text)):
        raise MissingTitle(
            "Give the article a title: no headline was found in the text (a "
            "first line that is not a sentence, a Markdown # heading or a web "
            "page's <h1>)."
        )
    files, analysis = draft_with_analysis(text, slug, title)
    _check_length(analysis)
    try:
        data = pack_data_from_files(files)
    except PackError as exc:  # the analyzer wrote something unreadable
        raise AuthoringError(f"Could not draft this article: {exc}") from None
    data = clean_pack_data(data)
    # The analyzer's "Unknown (check before publishing)" outlet and author are
    # a note, not details: they stay empty until the teacher gives them.
    data["meta"] = without_placeholders(data.get("meta") or {})
    if front:
        data["meta"] = {**data["meta"], **front}
    return _valid_items_only(data, slug)


#: Fewer sentences that claim something than this, and there is nothing to draft.
MIN_CLAIMS = 2


def _check_length(analysis: Analysis) -> None:
    """Refuse, in words a teacher understands, an article too short to draft
    (judged on the drafted article's analysis: the text is analysed once)."""
    sentences = analysis.sentences
    claims = [
        s
        for s in sentences
        if s.kind in ("fact", "speculation", "opinion") and not s.is_heading
    ]
    if len(claims) >= MIN_CLAIMS:
        return
    found = len(sentences)
    said = (
        f"it has only {found} sentence{'s' if found != 1 else ''}"
        if found
        else "it has no sentences"
    )
    raise AuthoringError(
        f"This text is too short to draft an exercise set: {said}, and "
        f"{len(claims) or 'none'} of them {'makes' if len(claims) == 1 else 'make'} "
        f"a claim to sort (greetings, questions and headings do not count). "
        f"Paste the whole article: at least {MIN_CLAIMS} sentences that report, "
        "guess or judge something."
    )


def _valid_items_only(data: dict, slug: str) -> dict:
    """Drop drafted items that fail the checks a hand-written item must pass
    (`check_pack_data`), so a draft never starts with an invalid question."""
    pack, _ = check_pack_data(data, slug)
    valid = {item["key"] for e in pack.exercises for item in e.items}
    for exercise in data.get("exercises", []):
        exercise["items"] = [i for i in exercise["items"] if str(i.get("id")) in valid]
    data["exercises"] = [e for e in data.get("exercises", []) if e["items"]]
    return data


def _apply_meta(data: dict, meta: dict[str, Any]) -> None:
    current = data.setdefault("meta", {})
    for key in ("title", "outlet", "author", "url", "reading_level", "summary"):
        value = meta.get(key)
        if value is not None and (str(value).strip() or key == "url"):
            current[key] = str(value).strip()
    if not current.get("url"):
        current.pop("url", None)
    if "genre" in meta:  # the library's genre and skills; empty removes them
        current["genre"] = " ".join(str(meta["genre"] or "").split())
        current["skills"] = [str(s) for s in meta.get("skills") or []]
        for key in ("genre", "skills"):
            if not current[key]:
                current.pop(key)
    if meta.get("published"):
        current["published"] = meta["published"].isoformat()


def update_details(draft: Draft, meta: dict[str, Any]) -> None:
    """Change the article's title, outlet, author, date, URL, level, summary,
    genre or skills."""
    data = copy.deepcopy(draft.data)
    _apply_meta(data, meta)
    if not meta.get("published"):
        data["meta"].pop("published", None)
    for key in CHECKED_DETAILS:  # emptied (or never given): no outlet, no author
        if not known(meta.get(key)):
            data["meta"].pop(key, None)
    _save(draft, data)


def _save(draft: Draft, data: dict) -> None:
    data["exercises"] = [e for e in data.get("exercises", []) if e["items"]]
    draft.data = data
    flag_modified(draft, "data")
    try:
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise


# Publishing ---------------------------------------------------------------------


def publish_draft(draft: Draft) -> tuple[Article, bool]:
    """Publish the draft as its teacher's article: a new version each time it
    changed (attempts keep the version they were taken on). Returns (article,
    whether anything changed); raises PackError listing the draft's problems."""
    pack = pack_from_data(draft.data, draft.slug)
    article = draft.article
    if article is None:
        clash = db.session.scalar(select(Article).where(Article.slug == draft.slug))
        if clash is not None:
            raise PackError([Problem("article.md", None, "this name is taken")])
        article = Article(slug=draft.slug, owner_id=draft.owner_id, version=0)
        db.session.add(article)
    elif article.is_published and article.pack_digest == pack.digest:
        return article, False
    try:
        apply_pack(article, pack)
        article.is_published = True
        article.version = (article.version or 0) + 1
        draft.article = article
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return article, True
