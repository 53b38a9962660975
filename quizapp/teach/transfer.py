"""Teacher routes: question banks in (GIFT, Moodle XML, QTI 3) with a preview
before anything is saved, and any exercise set out in those formats."""

from __future__ import annotations

import base64
import binascii
import io

from flask import abort, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user

from ..services import authoring as svc
from ..services import question_transfer as transfer
from ..services import typed_answers
from . import bp
from .authoring_views import question_url
from .transfer_forms import QuestionConfirmForm, QuestionUploadForm, TypedQuestionForm


def _target(form) -> object | None:
    """The chosen draft (None for a new set); a 404 for someone else's."""
    if not form.into.data:
        return None
    try:
        draft_id = int(form.into.data)
    except ValueError:
        abort(404)
    if not 0 < draft_id < 2**31:
        abort(404)
    return svc.own_draft(current_user, draft_id) or abort(404)


def _page(form, status=200, **context):
    return render_template("teach/transfer/import.html", form=form, **context), status


@bp.route("/questions/import", methods=["GET", "POST"])
def import_questions():
    form = QuestionUploadForm()
    form.set_targets(svc.teacher_drafts(current_user))
    if request.method == "GET":
        form.into.data = request.args.get("into", "")
        return _page(form)
    if not form.validate_on_submit():
        return _page(form, 422)
    target = _target(form)
    upload = form.upload.data
    try:
        data = upload.read(transfer.MAX_UPLOAD_BYTES + 1)
    finally:
        upload.close()
    filename = upload.filename or "upload"
    try:
        preview = transfer.read_questions(filename, data, transfer.taken_ids(target))
    except transfer.TransferError as exc:
        return _page(form, 422, refused=str(exc))
    confirm = QuestionConfirmForm(
        formdata=None,
        into=form.into.data,
        title=form.title.data or preview.title,
        filename=filename[:200],
        payload=base64.b64encode(data).decode("ascii"),
    )
    confirm.set_targets(svc.teacher_drafts(current_user))
    return render_template(
        "teach/transfer/preview.html",
        form=confirm,
        preview=preview,
        target=target,
        filename=filename,
    )


@bp.post("/questions/import/confirm")
def confirm_import_questions():
    form = QuestionConfirmForm()
    form.set_targets(svc.teacher_drafts(current_user))
    if not form.validate_on_submit():
        abort(400)
    target = _target(form)
    try:
        data = base64.b64decode(form.payload.data, validate=True)
        preview = transfer.read_questions(
            form.filename.data, data, transfer.taken_ids(target)
        )
        draft = transfer.import_questions(
            current_user, preview, into=target, title=form.title.data or ""
        )
    except (binascii.Error, ValueError) as exc:
        message = str(exc) if isinstance(exc, transfer.TransferError) else ""
        upload = QuestionUploadForm(formdata=None, into=form.into.data)
        upload.set_targets(svc.teacher_drafts(current_user))
        return _page(upload, 422, refused=message or "The upload was damaged.")
    flash(
        f"Imported {len(preview.items)} questions: review them, then publish.",
        "success",
    )
    return redirect(url_for("teach.review", draft_id=draft.id) + "#questions-heading")


@bp.get("/drafts/<int:draft_id>/export/<fmt>")
def export_as(draft_id: int, fmt: str):
    draft = svc.own_draft(current_user, draft_id) or abort(404)
    if fmt not in transfer.FORMATS:
        abort(404)
    name, mimetype, data, _ = transfer.export_set(draft, fmt)
    return send_file(
        io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name
    )


def edit_typed(draft, key: str, item: dict):
    """The editor of an imported short-answer, number or matching question."""
    form = TypedQuestionForm(
        data={
            "prompt": item.get("prompt", ""),
            "answers": typed_answers.answers_text(item),
            "case_sensitive": bool(item.get("case_sensitive")),
            "explanation": item.get("explanation", ""),
        }
    )
    form.answers.description = TypedQuestionForm.HELP[item["type"]]
    if form.validate_on_submit():
        try:
            typed_answers.update_typed_question(
                draft,
                key,
                form.prompt.data,
                form.answers.data,
                form.explanation.data or "",
                bool(form.case_sensitive.data),
            )
        except svc.AuthoringError as exc:
            form.answers.errors = [*form.answers.errors, str(exc)]
        else:
            flash("Question saved: marked as reviewed.", "success")
            return redirect(question_url(draft, key))
    status = 422 if request.method == "POST" else 200
    return render_template(
        "teach/transfer/typed_question.html", draft=draft, form=form, item=item
    ), status
