"""`flask lti`: send queued gradebook scores, rotate the tool's key."""

from __future__ import annotations

import time

import click

from ..services import lti_grades, lti_tool


@click.group("lti", help="LTI 1.3: gradebook scores and the tool's key.")
def lti_group() -> None:
    pass


@lti_group.command("send-scores")
@click.option("--watch", is_flag=True, help="Keep sending every --every seconds.")
@click.option("--every", default=30, show_default=True, help="Seconds between runs.")
def send_scores(watch: bool, every: int) -> None:
    """Send the queued scores that are due (retries included); with no worker
    running, run it from cron every minute or with --watch."""
    while True:
        released = lti_grades.release_stuck()
        counts = lti_grades.send_due()
        gone = lti_tool.purge_launch_values()
        click.echo(
            f"{counts['sent']} sent, {counts['pending']} waiting for a retry, "
            f"{released} released, {gone} expired launch values deleted"
        )
        if not watch:
            return
        time.sleep(every)


@lti_group.command("rotate-key")
def rotate_key() -> None:
    """Make a new signing key; the key set keeps publishing the old ones."""
    key = lti_tool.rotate_tool_key()
    click.echo(f"New tool key {key.kid}")
