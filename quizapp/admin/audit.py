"""The admin's audit log page: every event, filtered by kind, user and date."""

from datetime import datetime

from flask import render_template, request

from ..services import audit
from . import bp
from .forms import AuditFilterForm


def filters_from(form: AuditFilterForm) -> audit.Filters:
    """The filters a valid form asks for (none for an invalid one)."""
    if not form.validate():
        return audit.Filters()

    def day(value):
        return datetime(value.year, value.month, value.day) if value else None

    return audit.Filters(
        action=form.action.data or "",
        user=form.user.data or "",
        since=day(form.since.data),
        until=day(form.until.data),
    )


@bp.get("/audit")
def audit_log():
    form = AuditFilterForm(request.args, actions=audit.ACTIONS)
    events = audit.search(filters_from(form))
    return render_template(
        "audit.html", form=form, events=events, actions=audit.ACTIONS, scope="all"
    )
