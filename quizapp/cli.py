"""`flask content ...` and `flask users ...`: thin wrappers over services."""

from __future__ import annotations

import sys

import click
from flask import Flask, current_app

from .services import accounts
from .services.content import load_packs


def register(app: Flask) -> None:
    app.cli.add_command(content)
    app.cli.add_command(users)


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
