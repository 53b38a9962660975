"""`flask content`, `flask analyze`, `flask users`, `flask demo`, `flask live`,
`flask lti`:
thin wrappers over services."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click
from flask import Flask, current_app

from .services import accounts, authoring, privacy
from .services import question_transfer as transfer
from .services.content import load_packs
from .services.demo import set_up_demo


def register(app: Flask) -> None:
    app.cli.add_command(content)
    app.cli.add_command(users)
    app.cli.add_command(demo)
    app.cli.add_command(analyze_command)
    app.cli.add_command(privacy_group)
    app.cli.add_command(live)
    from .lti.cli import lti_group

    app.cli.add_command(lti_group)


@click.group(help="Live games: housekeeping.")
def live() -> None:
    pass


@live.command("sweep")
def live_sweep() -> None:
    """End idle games and delete guests' results past their retention period
    (run it from cron, e.g. hourly)."""
    from .services.live_games import end_idle_games
    from .services.live_results import purge_guests

    ended, purged = end_idle_games(), purge_guests()
    click.echo(f"{ended} idle games ended, {purged} guests' results deleted")


@click.group(help="Content packs: load them into the database.")
def content() -> None:
    pass


@content.command("load")
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False))
def load(path: str | None) -> None:
    """Import the packs at PATH (default: the content/ folder). Idempotent."""
    reports = load_packs(path or current_app.config["CONTENT_DIR"])
    for report in reports:
        click.echo(str(report), err=report.status == "refused")
    if any(r.status == "refused" for r in reports):
        sys.exit(1)


ARTICLE_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@content.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--into", "slug", required=True, help="The exercise set's slug.")
@click.option("--owner", help="Teacher who owns a new set (when SLUG is new).")
def import_questions(file: Path, slug: str, owner: str | None) -> None:
    """Import a GIFT, Moodle XML or QTI 3 FILE into the draft exercise set SLUG."""
    teacher = None
    if owner:
        teacher = accounts.find_user(owner)
        if teacher is None or teacher.role not in ("teacher", "admin"):
            raise click.ClickException(f"{owner} is not a teacher.")
    try:
        draft, preview = transfer.import_file(
            file.name, file.read_bytes(), slug, teacher
        )
    except transfer.TransferError as exc:
        raise click.ClickException(str(exc)) from None
    for entry in preview.entries:
        state = entry.item["id"] if entry.item else "not imported"
        for warning in entry.warnings or [""]:
            line = f"{entry.name} -> {state}" + (f": {warning}" if warning else "")
            click.echo(line, err=entry.item is None)
    for problem in preview.problems:
        click.echo(f"not imported: {problem}", err=True)
    click.echo(f"Imported {len(preview.items)} questions into {draft.slug}.")


@content.command("export")
@click.argument("slug")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(transfer.FORMATS)),
    required=True,
    help="gift, moodle-xml, qti (a QTI 3.0 package) or pack (content pack zip).",
)
@click.option(
    "-o", "out", type=click.Path(dir_okay=False, path_type=Path), required=True
)
def export_questions(slug: str, fmt: str, out: Path) -> None:
    """Write exercise set SLUG (a draft or a loaded pack) to OUT in a format."""
    draft, article = transfer.find_set(slug)
    try:
        if draft is not None:
            _, _, data, notes = transfer.export_set(draft, fmt)
        elif article is not None and fmt != "pack":
            data, notes = transfer.export_items(*transfer.article_items(article), fmt)
        elif article is not None:
            raise transfer.TransferError(
                f"{slug} is a shared pack: its files are in content/."
            )
        else:
            raise transfer.TransferError(f"There is no exercise set {slug!r}.")
    except transfer.TransferError as exc:
        raise click.ClickException(str(exc)) from None
    out.write_bytes(data)
    if fmt != "pack":
        for note in notes:
            click.echo(f"note: {note}", err=True)
    click.echo(f"Wrote {out} ({len(data)} bytes).")


def _read_article(path: Path) -> str:
    if path.suffix.lower() not in authoring.UPLOAD_SUFFIXES:
        raise click.BadParameter("give a .md, .txt or .html file", param_hint="FILE")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise click.ClickException(f"{path} is not UTF-8 text.") from None


@content.command("draft")
@click.argument("file", type=ARTICLE_FILE)
@click.option(
    "--slug", required=True, help="The pack's folder name, e.g. harbour-wall."
)
@click.option("--title", help="The article's title (default: its front matter).")
@click.option(
    "--out",
    default="content",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the pack folder.",
)
def draft(file: Path, slug: str, title: str | None, out: Path) -> None:
    """Draft a content pack from an article FILE (.md, .txt or .html) into
    OUT/SLUG: the analyzer's labels, cues and questions, to review by hand."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", slug):
        raise click.BadParameter(
            "lower-case letters, digits and -", param_hint="--slug"
        )
    folder = out / slug
    if folder.exists():
        raise click.ClickException(f"{folder} already exists; pick another --slug.")
    try:
        files = authoring.draft_files(_read_article(file), slug, title)
    except authoring.AuthoringError as exc:
        raise click.ClickException(str(exc)) from None
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    click.echo(f"Wrote {folder}: {', '.join(sorted(files))}.")
    click.echo(f"Review it, then: flask content load {folder}")


@click.command("analyze")
@click.argument("file", type=ARTICLE_FILE)
@click.option("--json", "as_json", is_flag=True, help="Print the analysis as JSON.")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the report (default: on a terminal).",
)
def analyze_command(file: Path, as_json: bool, color: bool | None) -> None:
    """Label every sentence of an article FILE (.md, .txt or .html)."""
    from .analysis import analyze
    from .analysis.report import format_report

    analysis = analyze(_read_article(file))
    if as_json:
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
        return
    color = sys.stdout.isatty() if color is None else color
    click.echo(format_report(analysis, color=color), color=color)


@click.command("demo")
def demo() -> None:
    """Create a demo teacher and class (development only) and say how to log in."""
    if current_app.config.get("ENV_NAME") != "development":
        raise click.ClickException("flask demo only runs with QUIZAPP_ENV=development.")
    info = set_up_demo()
    click.echo(
        f"Demo teacher: log in as {info.username} / {info.password} "
        f"({info.class_name}, join code {info.join_code}).\n"
        "Students: register at http://127.0.0.1:5000/auth/register, then join the "
        "class with that code."
    )


@click.group(help="User accounts.")
def users() -> None:
    pass


@users.command("promote")
@click.argument("username")
@click.option(
    "--role",
    default="teacher",
    show_default=True,
    type=click.Choice(["student", "teacher", "admin"]),
)
def promote(username: str, role: str) -> None:
    """Give USERNAME a role."""
    try:
        user = accounts.set_role(username, role)
    except accounts.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{user.username} is now {user.role}.")


@users.command("end-sessions")
@click.argument("username", required=False)
@click.option("--all", "everyone", is_flag=True, help="Every user's sessions.")
def end_sessions(username: str | None, everyone: bool) -> None:
    """End every session of USERNAME (or, with --all, of every user)."""
    if everyone == bool(username):
        raise click.UsageError("Name one USERNAME or pass --all.")
    if everyone:
        click.echo(f"Ended the sessions of {accounts.log_out_all_users()} users.")
        return
    user = accounts.find_user(username)
    if user is None:
        raise click.ClickException(f"No user named {username!r}.")
    accounts.log_out_everywhere(user, via="command line")
    click.echo(f"Ended every session of {user.username}.")


@click.group("privacy", help="Personal data: retention.")
def privacy_group() -> None:
    pass


@privacy_group.command("purge")
def purge() -> None:
    """Delete finished attempts of inactive accounts older than the retention
    period an admin set (idempotent; each run is in the audit log)."""
    click.echo(str(privacy.purge()))
