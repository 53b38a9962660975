"""Teacher routes: written (free_text) questions of a draft, their rubric of key
points and misconceptions, and trying a sample answer against the saved rubric.

`teach.edit_question` hands written questions to `edit_written`.
"""

from __future__ import annotations

from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from ..grading import InvalidAnswer
from ..rendering import article_plain_text
from ..services import authoring as svc
from ..services import draft_items, rubrics
from . import bp
from .authoring_views import question_url
from .form_submit import submitted
from .rubric_forms import PENALTY_DEFAULT, RubricForm, TryAnswerForm, rubric_form_for
from .stale_forms import item_gone


def _draft(draft_id: int):
    return svc.own_draft(current_user, draft_id) or abort(404)


def _written_item(draft, key: str) -> dict:
    found = draft_items.find_item(draft.data, key)
    if found is None or found[1].get("type") != "free_text":
        abort(404)
    return found[1]


def _page(draft, form, item=None, try_form=None, result=None, status=200):
    return render_template(
        "teach/authoring/written.html",
        draft=draft,
        form=form,
        item=item,
        try_form=try_form or TryAnswerForm(formdata=None),
        result=result,
        penalty_default=PENALTY_DEFAULT,
    ), status


def _saved(draft, key: str, more: bool):
    if more:
        return redirect(url_for("teach.edit_question", draft_id=draft.id, key=key))
    return redirect(question_url(draft, key))


@bp.route("/drafts/<int:draft_id>/written/new", methods=["GET", "POST"])
def new_written_question(draft_id: int):
    draft = _draft(draft_id)
    form = RubricForm(article_text=article_plain_text(draft.data["body"]))
    done, key = submitted(form, lambda fields: rubrics.add_written_question(
        draft, fields), "Written question added.")
    if done:
        return _saved(draft, key, form.more.data)
    return _page(draft, form, status=422 if request.method == "POST" else 200)


def edit_written(draft, key: str, item: dict):
    """The edit page of written question `key` (GET) or saving it (POST)."""
    form = rubric_form_for(item, article_plain_text(draft.data["body"]))
    done, _ = submitted(
        form, lambda fields: rubrics.update_written_question(draft, key, fields),
        "Written question saved: marked as reviewed.")
    if done:
        return _saved(draft, key, form.more.data)
    return _page(draft, form, item, status=422 if request.method == "POST" else 200)


@bp.post("/drafts/<int:draft_id>/questions/<key>/try")
def try_written_answer(draft_id: int, key: str):
    draft = _draft(draft_id)
    if draft_items.find_item(draft.data, key) is None:  # deleted meanwhile
        return item_gone(draft, key, "question")
    item = _written_item(draft, key)
    try_form = TryAnswerForm()
    result = None
    if try_form.validate_on_submit():
        try:
            result = rubrics.try_answer(draft, key, try_form.sample.data)
        except (svc.AuthoringError, InvalidAnswer) as exc:
            try_form.sample.errors = [str(exc)]
    form = rubric_form_for(item, article_plain_text(draft.data["body"]), formdata=None)
    status = 200 if result is not None else 422
    return _page(draft, form, item, try_form, result, status)


def regrade_message(offer: rubrics.RegradeOffer) -> Markup:
    """The flash offering to regrade a written question whose rubric changed."""
    count = offer.answers
    return Markup(
        "The rubric of “{prompt}” changed: {count} answer{s} of your students "
        'would get a different grade. <a href="{url}">Review and regrade</a>.'
    ).format(
        prompt=str(offer.item.spec.get("prompt", ""))[:80],
        count=count,
        s="" if count == 1 else "s",
        url=url_for("teach.regrade", item_id=offer.item.id),
    )
