"""The admin's audit log page (every event, filtered by kind, user and date)
and the retention period of personal data."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..audit_filters import AuditFilterForm, filters_from
from ..services import audit, privacy
from . import bp
from .forms import RetentionForm


@bp.get("/audit")
def audit_log():
    form = AuditFilterForm(request.args, actions=audit.ACTIONS)
    events = audit.search(filters_from(form))
    return render_template(
        "audit.html", form=form, events=events, actions=audit.ACTIONS, scope="all"
    )


@bp.route("/privacy", methods=["GET", "POST"])
def privacy_settings():
    form = RetentionForm()
    if form.validate_on_submit():
        privacy.set_retention_days(current_user, form.days.data)
        flash("Retention period saved.", "success")
        return redirect(url_for("admin.privacy_settings"))
    if not form.is_submitted():
        form.days.data = privacy.retention_days()
    purges = audit.search(audit.Filters(action="privacy.purge"), limit=5)
    return render_template(
        "admin/privacy.html", form=form, purges=purges
    ), 400 if form.errors else 200
