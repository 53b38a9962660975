"""The documented limits on what a teacher pastes, uploads or imports.

Each bounds the work one request can cause: parsing, analysing, validating and
showing a pack all grow with these sizes, so at the limits every page still
answers in under a second. The README lists them; the messages quote them.
"""

from __future__ import annotations

from .model import Problem

#: Characters of article text (the Markdown body, or pasted/uploaded text).
MAX_ARTICLE_CHARS = 200_000
#: Characters a teacher may paste: as much as a 2 MB upload, since a web page's
#: source is mostly markup (its article's text must fit MAX_ARTICLE_CHARS).
MAX_PASTE_CHARS = 2_000_000
#: Sentences in one article (what the review page lists, one row each).
MAX_SENTENCES = 500
#: Items (claims and questions) in one pack, over all its exercise files. (2,000
#: took 1.2 s to import on our 2-core test machine; a class set rarely holds 100.)
MAX_PACK_ITEMS = 1_000
#: Exercise files in one pack.
MAX_PACK_FILES = 50
#: Bytes of one pack file (article.md or an exercise file), as stored.
MAX_FILE_BYTES = 1_000_000
#: Bytes of all the files of one pack, unpacked.
MAX_PACK_BYTES = 5_000_000
#: YAML nodes (mappings, lists and values) of one file, and how deep they nest.
#: YAML aliases (`*name`) are refused outright: they let a few bytes expand into
#: billions of nodes.
MAX_YAML_NODES = 200_000
MAX_YAML_DEPTH = 30
#: The largest number a pack may give (points, max_words, confidence...).
MAX_NUMBER = 1_000_000
#: Characters of any one text field of a pack (a quote, a prompt, a feedback).
MAX_TEXT_CHARS = 20_000


def kb(size: int) -> str:
    """`size` bytes or characters for a message: '200 KB'."""
    return f"{size // 1000:,} KB" if size < 1_000_000 else f"{size / 1e6:g} MB"


def article_problems(body: str, count_chars: bool = True) -> list[str]:
    """Why an article's text cannot be used: too long (unless `count_chars` is
    False, for HTML whose markup is not text), too many sentences or a NUL
    character (PostgreSQL cannot store one); empty when it can."""
    if "\x00" in body:
        return ["the article contains a NUL character"]
    chars = len(body.strip())
    if count_chars and chars > MAX_ARTICLE_CHARS:
        return [
            f"the article is {chars:,} characters long; the limit is "
            f"{MAX_ARTICLE_CHARS:,} (about {kb(MAX_ARTICLE_CHARS)} of text)"
        ]
    from ..analysis.text import parse  # the analyzer's own sentence splitter

    sentences = len(parse(body).sentences)
    if sentences > MAX_SENTENCES:
        return [
            f"the article has {sentences:,} sentences; the limit is "
            f"{MAX_SENTENCES:,}: split it into shorter articles"
        ]
    return []


def pack_size_problems(data, body: str, article: str, where: str) -> list[Problem]:
    """The limits above that a pack breaks, checked before the work they
    bound: the article's size, and the number of exercise files and items."""
    problems = [Problem(article, None, m) for m in article_problems(body)]
    exercises = data.get("exercises") or []
    if len(exercises) > MAX_PACK_FILES:
        problems.append(Problem(where, None, f"more than {MAX_PACK_FILES} exercises"))
    items = sum(
        len(e["items"])
        for e in exercises
        if isinstance(e, dict) and isinstance(e.get("items"), list)
    )
    if items > MAX_PACK_ITEMS:
        problems.append(
            Problem(
                where,
                None,
                f"{items:,} items; a pack has at most {MAX_PACK_ITEMS:,}: "
                "split it into several packs",
            )
        )
    return problems
