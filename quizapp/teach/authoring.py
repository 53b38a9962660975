"""Teacher routes: authoring exercise sets from articles.

Every draft URL looks the draft up with `own_draft`: someone else's id is a 404
(admins may open every draft).
"""

from __future__ import annotations

import io

from flask import (
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_login import current_user

from ..errors import strips_control_characters
from ..packs import PackError
from ..rendering import article_plain_text
from ..services import authoring as svc
from ..services import draft_items, draft_review, pack_transfer, rubrics, typed_answers
from ..throttling import (
    count_this_request,
    limiter,
    setting,
    user_key,
    wait_text,
    with_retry_after,
    worked,
)
from . import bp
from .authoring_cues import edit_cue_item
from .authoring_display import suggestion_for
from .authoring_forms import (
    ActionForm,
    ClaimForm,
    DetailsForm,
    MoveForm,
    NewDraftForm,
    QuestionForm,
)
from .authoring_rubrics import edit_written, regrade_message
from .authoring_views import (
    claim_form_for,
    details_data,
    preview_article,
    preview_item_context,
    question_form_for,
    question_url,
    review_context,
)
from .drafting_forms import PublishForm
from .stale_forms import item_gone
from .transfer import edit_typed


def _draft(draft_id: int):
    return svc.own_draft(current_user, draft_id) or abort(404)


def _review(draft, status: int = 200, **extra):
    return render_template(
        "teach/authoring/review.html", **review_context(draft, **extra)
    ), status


@bp.get("/articles")
def articles():
    drafts = svc.teacher_drafts(current_user)
    return render_template(
        "teach/authoring/index.html",
        drafts=[(d, svc.draft_status(d)) for d in drafts],
    )


def _article_kept(limit):
    """A reached limit on drafting: the form again with what was sent (an
    upload's text in the box) and when to send it again (429)."""
    form = NewDraftForm()
    form.keep_upload(form.source())
    form.form_errors.append(
        "You have drafted many articles in a short time. Please wait "
        f"{wait_text(limit.reset_at)} and send this form again: your text is kept."
    )
    page = render_template("teach/authoring/new.html", form=form)
    return with_retry_after(make_response(page, 429), limit.reset_at)


@bp.route("/articles/new", methods=["GET", "POST"])
@strips_control_characters
@limiter.limit(
    setting("ANALYSES_PER_USER"),
    key_func=user_key,
    methods=["POST"],
    deduct_when=worked,  # analyses, not forms refused by their own checks
    on_breach=_article_kept,
)
def new_article():
    form = NewDraftForm()
    if form.validate_on_submit():
        count_this_request()
        source = form.source()
        try:
            draft = svc.create_draft(current_user, source, form.article_meta())
        except svc.AuthoringError as exc:
            field = form.title if isinstance(exc, svc.MissingTitle) else form.text
            field.errors = [*field.errors, str(exc)]
            form.keep_upload(source)
        else:
            flash("Draft ready: check each sentence, then publish.", "success")
            return redirect(url_for("teach.review", draft_id=draft.id))
    status = 422 if request.method == "POST" else 200
    return render_template("teach/authoring/new.html", form=form), status


@bp.get("/drafts/<int:draft_id>")
def review(draft_id: int):
    draft = _draft(draft_id)
    return _review(
        draft,
        claim=request.args.get("claim"),
        label=request.args.get("label"),
        sentence=request.args.get("sentence", type=int),
        deleted=request.args.get("deleted"),
        questions_page=request.args.get("questions", 1, type=int),
    )


@bp.route("/drafts/<int:draft_id>/details", methods=["GET", "POST"])
@strips_control_characters
def details(draft_id: int):
    draft = _draft(draft_id)
    form = DetailsForm(data=details_data(draft))
    if form.validate_on_submit():
        svc.update_details(draft, form.article_meta())
        flash("Details saved.", "success")
        return redirect(url_for("teach.review", draft_id=draft.id))
    status = 422 if request.method == "POST" else 200
    return render_template(
        "teach/authoring/details.html", draft=draft, form=form
    ), status


@bp.post("/drafts/<int:draft_id>/claims/<key>")
def save_claim(draft_id: int, key: str):
    draft = _draft(draft_id)
    found = draft_items.find_item(draft.data, key)
    if found is None or found[0]["kind"] != "claims":
        return item_gone(draft, key, "claim")
    form = claim_form_for(draft, found[1])
    if form.validate_on_submit():
        try:
            rewritten = draft_items.update_claim(draft, key, form.fields())
        except svc.AuthoringError as exc:
            form.extra_cues.errors = [str(exc)]
        else:
            flash("Saved: marked as reviewed."
                  + (" Its drafted explanation argued for the old label, so it "
                     "now fits the new one: open the claim to write your own."
                     if rewritten else ""), "success")
            return redirect(url_for("teach.review", draft_id=draft.id) + f"#s-{key}")
    return _review(draft, 422, claim=key, form=form)


@bp.post("/drafts/<int:draft_id>/sentences/<int:index>")
def add_claim(draft_id: int, index: int):
    draft = _draft(draft_id)
    suggestion = suggestion_for(draft.data["body"], index) or abort(404)
    form = ClaimForm(quote=suggestion.quote, candidates=suggestion.cues)
    if form.validate_on_submit():
        existing = draft_items.claim_for_quote(draft.data, suggestion.quote)
        try:
            key = draft_items.add_claim(
                draft, suggestion.quote, form.fields(), suggestion.order
            )
        except svc.AuthoringError as exc:
            form.extra_cues.errors = [str(exc)]
        else:
            flash(
                f"This sentence was already claim {key}: updated it, marked as "
                "reviewed."
                if existing is not None
                else "Added to the sorting exercise.",
                "success",
            )
            return redirect(url_for("teach.review", draft_id=draft.id) + f"#s-{key}")
    return _review(draft, 422, sentence=index, form=form)


@bp.post("/drafts/<int:draft_id>/items/<key>/delete")
def delete_item(draft_id: int, key: str):
    draft = _draft(draft_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        draft_review.delete_item(draft, key)
    except svc.AuthoringError:
        return item_gone(draft, key)
    # The notice with Undo says what was removed (a flash would say it twice),
    # and the page opens at it: a keyboard user's next Tab is Undo.
    return redirect(
        url_for("teach.review", draft_id=draft.id, deleted=key, _anchor="undo")
    )


@bp.route("/drafts/<int:draft_id>/questions/new", methods=["GET", "POST"])
def new_question(draft_id: int):
    draft = _draft(draft_id)
    form = QuestionForm(article_text=article_plain_text(draft.data["body"]))
    if form.validate_on_submit():
        key = draft_items.add_question(draft, form.fields())
        flash("Question added.", "success")
        return redirect(question_url(draft, key))
    status = 422 if request.method == "POST" else 200
    return render_template(
        "teach/authoring/question.html", draft=draft, form=form, item=None
    ), status


@bp.route("/drafts/<int:draft_id>/questions/<key>", methods=["GET", "POST"])
def edit_question(draft_id: int, key: str):
    draft = _draft(draft_id)
    found = draft_items.find_item(draft.data, key)
    if found is None or found[0]["kind"] != "questions":
        return item_gone(draft, key, "question")
    if found[1].get("type") == "free_text":
        return edit_written(draft, key, found[1])
    if found[1].get("type") == "mark_cues":
        return edit_cue_item(draft, key, found[1])
    if found[1].get("type") in typed_answers.TYPES:
        return edit_typed(draft, key, found[1])
    form = question_form_for(draft, found[1])
    if form.validate_on_submit():
        draft_items.update_question(draft, key, form.fields())
        flash("Question saved: marked as reviewed.", "success")
        return redirect(question_url(draft, key))
    status = 422 if request.method == "POST" else 200
    return render_template(
        "teach/authoring/question.html", draft=draft, form=form, item=found[1]
    ), status


@bp.post("/drafts/<int:draft_id>/questions/<key>/move")
def move_question(draft_id: int, key: str):
    draft = _draft(draft_id)
    form = MoveForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        draft_items.move_question(draft, key, -1 if form.direction.data == "up" else 1)
    except svc.AuthoringError:
        return item_gone(draft, key, "question")
    return redirect(question_url(draft, key))


@bp.get("/drafts/<int:draft_id>/preview")
def preview(draft_id: int):
    draft = _draft(draft_id)
    return render_template("teach/authoring/preview.html", **preview_article(draft))


@bp.get("/drafts/<int:draft_id>/preview/<key>")
def preview_item(draft_id: int, key: str):
    draft = _draft(draft_id)
    context = preview_item_context(draft, key, current_user.id) or abort(404)
    return render_template("teach/authoring/preview_item.html", **context)


@bp.post("/drafts/<int:draft_id>/publish")
def publish(draft_id: int):
    draft = _draft(draft_id)
    form = PublishForm()
    if not form.validate_on_submit():
        abort(400)
    left = draft_review.to_check(draft)
    if left and form.confirm.data != "yes":
        return _review(draft, 200, confirm_publish=left)
    try:
        article, changed, offers = rubrics.publish_and_offer_regrades(
            current_user, draft
        )
    except PackError as exc:
        return _review(draft, 422, publish_problems=[str(p) for p in exc.problems])
    if changed:
        flash(f"Published as version {article.version}.", "success")
    else:
        flash(f"No changes since version {article.version}.", "success")
    for offer in offers:
        flash(regrade_message(offer), "warning")
    return redirect(url_for("teach.review", draft_id=draft.id))


@bp.get("/drafts/<int:draft_id>/export")
def export(draft_id: int):
    draft = _draft(draft_id)
    return send_file(
        io.BytesIO(pack_transfer.export_draft(draft)),
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"{draft.slug}.zip",
    )
