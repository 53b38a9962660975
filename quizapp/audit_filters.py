"""The filter form of the audit log pages (the admin's, and teachers' grade
history), shared by both blueprints."""

from __future__ import annotations

from datetime import datetime

from wtforms import DateField, SelectField, StringField
from wtforms.validators import Length, Optional

from .forms import AppForm
from .services import audit


class AuditFilterForm(AppForm):
    class Meta:
        csrf = False  # a GET filter changes nothing

    action = SelectField("Event", choices=[], default="")
    user = StringField("Username", validators=[Optional(), Length(max=60)])
    since = DateField("From", validators=[Optional()])
    until = DateField("To", validators=[Optional()])

    def __init__(self, *args, actions: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.action.choices = [("", "All events")] + list(actions.items())


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
