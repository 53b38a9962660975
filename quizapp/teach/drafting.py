"""Teacher routes for reviewing a draft quickly: relabel a claim in one step
(a plain form, or JSON from review.js), accept suggestions above a confidence,
undo a deletion, and answer the preview as a student would (nothing stored).

Every URL looks the draft up with `own_draft` (someone else's id is a 404).
"""

from __future__ import annotations

from types import SimpleNamespace

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from ..grading import InvalidAnswer, get_checker, order
from ..services import authoring as svc
from ..services import draft_review
from . import bp
from .authoring_forms import ActionForm
from .authoring_views import answer_preview, preview_evidence, question_url
from .drafting_forms import AcceptForm, RelabelForm


def _draft(draft_id: int):
    return svc.own_draft(current_user, draft_id) or abort(404)


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


@bp.post("/drafts/<int:draft_id>/claims/<key>/label")
def relabel_claim(draft_id: int, key: str):
    draft = _draft(draft_id)
    form = RelabelForm()
    if not form.validate_on_submit():
        if _wants_json():
            return jsonify(error="invalid", message="Choose a label."), 400
        abort(400)
    try:
        item = draft_review.relabel_claim(draft, key, form.label.data)
    except svc.AuthoringError as exc:
        if _wants_json():
            return jsonify(error="invalid", message=str(exc)), 422
        flash(str(exc), "error")
        # the claim's form, with the label the teacher chose (not the old one)
        return redirect(url_for("teach.review", draft_id=draft.id, claim=key,
                                label=form.label.data) + "#edit")
    if _wants_json():
        status = svc.draft_status(draft)
        return jsonify(
            key=key, label=item["label"], reviewed=True, unreviewed=status.unreviewed
        )
    rewritten = item["explanation"] == draft_review.label_explanation(item)
    flash(f"Claim {key}: {item['label']}, reviewed."
          + (" Its explanation now fits this label: open the claim to write "
             "your own." if rewritten else ""), "success")
    return redirect(url_for("teach.review", draft_id=draft.id) + f"#r-{key}")


@bp.post("/drafts/<int:draft_id>/accept")
def accept_suggestions(draft_id: int):
    draft = _draft(draft_id)
    form = AcceptForm()
    if not form.validate_on_submit():
        abort(400)
    threshold = int(form.threshold.data)
    accepted = draft_review.accept_suggestions(draft, threshold / 100)
    flash(
        f"Accepted {accepted} suggestion{'s' if accepted != 1 else ''} with a "
        f"confidence of {threshold}% or more.",
        "success",
    )
    return redirect(url_for("teach.review", draft_id=draft.id) + "#to-review")


@bp.post("/drafts/<int:draft_id>/items/<key>/restore")
def restore_item(draft_id: int, key: str):
    draft = _draft(draft_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    claim = any(d.key == key and d.kind == "claim"
                for d in draft_review.deleted_items(draft))
    try:
        draft_review.restore_item(draft, key)
    except svc.AuthoringError as exc:
        flash(str(exc), "error")
        return redirect(url_for("teach.review", draft_id=draft.id) + "#deleted-heading")
    flash(f"Restored {key}.", "success")
    if claim:
        return redirect(url_for("teach.review", draft_id=draft.id) + f"#s-{key}")
    return redirect(question_url(draft, key))


@bp.post("/drafts/<int:draft_id>/preview/<key>")
def answer_preview_item(draft_id: int, key: str):
    """Grade the teacher's answer like a student's and show the feedback; no
    attempt or answer is stored."""
    draft = _draft(draft_id)
    context = answer_preview(draft, key, current_user.id) or abort(404)
    data = request.form.to_dict(flat=False)
    data = {k: v if len(v) > 1 or k == "choices" else v[0] for k, v in data.items()}
    checker = get_checker(context["item"].type)
    try:
        response = checker.parse_answer(data)
        result = checker.check(context["spec"], response)
    except InvalidAnswer as exc:
        context["error"] = str(exc)
        return render_template("teach/authoring/preview_item.html", **context), 422
    score = result.score
    context["answer"] = SimpleNamespace(
        feedback=result.feedback,
        details=result.details,
        score=score,
        final_score=score,
        max_score=result.max_score,
        override_score=None,
        response=response,
        verdict=(
            "right"
            if result.max_score > 0 and score >= result.max_score
            else "partial"
            if score > 0
            else "wrong"
        ),
    )
    context["evidence"] = preview_evidence(draft, context["spec"], context["answer"])
    if result.details.get("options"):  # in the order the page showed them
        context["shown_options"] = order.in_order(
            result.details["options"], context["shown_order"]
        )
    return render_template("teach/authoring/preview_item.html", **context)
