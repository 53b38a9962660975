"""Loading content packs into the database without harming stored attempts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..extensions import db
from ..models import Article, Exercise, Item
from ..packs import Pack, PackError, Problem, read_pack
from ..packs.details import known


@dataclass
class LoadReport:
    slug: str
    status: str  # "created" | "updated" | "unchanged" | "refused"
    problems: list[str]

    def __str__(self) -> str:
        lines = [f"{self.slug}: {self.status}"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def pack_folders(path: str | Path) -> list[Path]:
    """The pack folders at `path`: itself if it holds article.md, else its children."""
    path = Path(path)
    if (path / "article.md").is_file():
        return [path]
    return sorted(
        p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")
    )


def load_packs(path: str | Path) -> list[LoadReport]:
    """Import every pack under `path`; each bad pack is refused whole."""
    reports = []
    for folder in pack_folders(path):
        try:
            pack = read_pack(folder)
            status = import_pack(pack)
        except PackError as exc:
            reports.append(
                LoadReport(folder.name, "refused", [str(p) for p in exc.problems])
            )
            continue
        reports.append(LoadReport(pack.slug, status, []))
    return reports


def import_pack(pack: Pack) -> str:
    """Create or update the article of `pack`, in one transaction.

    Items are matched by their pack id. An item that changed is updated in place
    (answers keep the spec they were graded against); one the pack dropped is
    deactivated, never deleted, so old attempts still display.
    """
    article = db.session.scalar(select(Article).where(Article.slug == pack.slug))
    if article is not None and article.owner_id is not None:
        # A shared pack must never take over a teacher's own article.
        raise PackError(
            [
                Problem(
                    pack.slug,
                    None,
                    f"the slug {pack.slug!r} belongs to a teacher's article; "
                    "rename the pack's folder",
                )
            ]
        )
    if article is not None and article.pack_digest == pack.digest:
        return "unchanged"
    status = "updated" if article else "created"
    try:
        if article is None:
            article = Article(slug=pack.slug)
            db.session.add(article)
        else:
            article.version += 1  # attempts record the version they were taken on
        apply_pack(article, pack)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return status


def apply_pack(article: Article, pack: Pack) -> None:
    """Write `pack` into `article` (meta, exercises, items), inside the caller's
    transaction; used by `import_pack` and by publishing a teacher's draft."""
    _apply_meta(article, pack)
    _sync_exercises(article, pack)


def _apply_meta(article: Article, pack: Pack) -> None:
    meta = pack.meta
    article.title = str(meta["title"]).strip()
    article.outlet = known(meta.get("outlet"))  # never the draft's placeholder
    article.author = known(meta.get("author"))
    article.published_on = meta.get("published")
    article.source_url = meta.get("url")
    article.reading_level = meta.get("reading_level", "intermediate")
    article.summary = str(meta.get("summary") or "")
    article.genre = str(meta.get("genre") or "")
    article.skills = [str(s) for s in meta.get("skills") or []]
    article.is_fictional = meta.get("fictional") is True
    article.body_md = pack.body
    article.pack_digest = pack.digest


def _sync_exercises(article: Article, pack: Pack) -> None:
    existing = {e.slug: e for e in article.exercises}
    for data in pack.exercises:
        exercise = existing.pop(data.slug, None)
        if exercise is None:
            exercise = Exercise(article=article, slug=data.slug)
            db.session.add(exercise)
        exercise.kind = data.kind
        exercise.title = data.title
        exercise.instructions = data.instructions
        exercise.draw_count = data.draw
        exercise.position = data.position
        exercise.is_active = True
        _sync_items(exercise, data.items)
    for gone in existing.values():
        gone.is_active = False


def _sync_items(exercise: Exercise, items: list[dict]) -> None:
    existing = {i.key: i for i in exercise.items}
    for position, data in enumerate(items):
        item = existing.pop(data["key"], None)
        if item is None:
            item = Item(exercise=exercise, key=data["key"])
            db.session.add(item)
        item.type = data["type"]
        item.skill = data["skill"]
        item.spec = data["spec"]
        item.position = position
        item.is_active = True
    for gone in existing.values():
        gone.is_active = False
