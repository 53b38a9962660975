"""Teacher routes: cue-marking (mark_cues) items of a draft, and the question
pool of each of its question sets. `teach.edit_question` hands cue-marking items
to `edit_cue_item`."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..rendering import article_plain_text
from ..services import authoring as svc
from ..services import draft_cues
from . import bp
from .authoring_views import question_url
from .cue_forms import CueMarkingForm, PoolForm
from .form_submit import submitted


def _draft(draft_id: int):
    return svc.own_draft(current_user, draft_id) or abort(404)


def _page(draft, form, item=None):
    status = 422 if request.method == "POST" else 200
    return render_template(
        "teach/authoring/cues.html", draft=draft, form=form, item=item
    ), status


def _back(draft, key: str):
    return redirect(question_url(draft, key))


@bp.route("/drafts/<int:draft_id>/cues/new", methods=["GET", "POST"])
def new_cue_item(draft_id: int):
    draft = _draft(draft_id)
    form = CueMarkingForm(article_text=article_plain_text(draft.data["body"]))
    done, key = submitted(form, lambda fields: draft_cues.add_cue_item(draft, fields),
                          "Cue-marking item added.")
    return _back(draft, key) if done else _page(draft, form)


def edit_cue_item(draft, key: str, item: dict):
    """The editor of cue-marking item `key` (GET shows it, POST saves it)."""
    form = CueMarkingForm(
        data=draft_cues.cue_form_data(item),
        article_text=article_plain_text(draft.data["body"]),
    )
    done, _ = submitted(
        form, lambda fields: draft_cues.update_cue_item(draft, key, fields),
        "Cue-marking item saved: marked as reviewed.")
    return _back(draft, key) if done else _page(draft, form, item)


@bp.post("/drafts/<int:draft_id>/exercises/<slug>/pool")
def set_pool(draft_id: int, slug: str):
    draft = _draft(draft_id)
    form = PoolForm()
    if not form.validate_on_submit():
        flash("Give a whole number of questions (1 or more), or none.", "error")
        return redirect(url_for("teach.review", draft_id=draft.id) + "#questions")
    try:
        draft_cues.set_pool(draft, slug, form.draw.data)
    except svc.AuthoringError:
        abort(404)
    flash(
        f"Each attempt draws {form.draw.data} questions."
        if form.draw.data
        else "Each attempt uses every question.",
        "success",
    )
    return redirect(url_for("teach.review", draft_id=draft.id) + "#questions")
