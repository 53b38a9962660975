"""Teacher routes: written answers, overrides and regrading."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..audit_filters import AuditFilterForm, filters_from
from ..services import audit, review
from . import bp
from .answers_forms import OverrideForm, RegradeForm, RestoreForm


@bp.get("/answers")
def answers():
    listed = review.written_answers(current_user)
    changeable = {a.id for a in listed if review.may_change(current_user, a)}
    stale: dict[int, tuple] = {}
    for answer in listed:
        if answer.id in changeable and answer.graded_spec != answer.item.spec:
            item, count = stale.get(answer.item_id, (answer.item, 0))
            stale[answer.item_id] = (item, count + 1)
    return render_template(
        "teach/answers/index.html",
        answers=listed,
        changeable=changeable,
        stale=list(stale.values()),
    )


@bp.route("/answers/<int:answer_id>", methods=["GET", "POST"])
def answer(answer_id: int):
    answer = review.own_answer(current_user, answer_id) or abort(404)
    may_change = review.may_change(current_user, answer)
    if request.method == "POST" and not may_change:
        abort(403, review.NOT_YOURS)
    form = OverrideForm(prefix="override")
    restore = RestoreForm(prefix="restore")
    if restore.submit.data:  # the "restore" button of the second form
        if restore.validate_on_submit():
            review.override_answer(current_user, answer, None, "")
            flash("The automatic grade is back.", "success")
        return redirect(url_for("teach.answer", answer_id=answer.id))
    if form.validate_on_submit():
        try:
            review.override_answer(
                current_user, answer, float(form.score.data), form.comment.data
            )
        except review.ReviewError as exc:
            form.score.errors.append(str(exc))
        else:
            flash("Grade saved; the student sees it with your comment.", "success")
            return redirect(url_for("teach.answer", answer_id=answer.id))
    elif not form.is_submitted():
        form.score.data = answer.final_score
        form.comment.data = answer.override_comment or ""
    status = 400 if form.errors else 200
    return render_template(
        "teach/answers/answer.html",
        answer=answer,
        form=form,
        restore=restore,
        history=audit.object_history("answer", answer.id),
        may_change=may_change,
        not_yours=review.NOT_YOURS,
    ), status


@bp.get("/grade-history")
def grade_history():
    grade_actions = {a: audit.ACTIONS[a] for a in audit.GRADE_ACTIONS}
    form = AuditFilterForm(request.args, actions=grade_actions)
    events = audit.grade_events(current_user, filters_from(form))
    return render_template(
        "audit.html", form=form, events=events, actions=audit.ACTIONS, scope="grades"
    )


@bp.route("/items/<int:item_id>/regrade", methods=["GET", "POST"])
def regrade(item_id: int):
    item = review.reviewable_item(current_user, item_id) or abort(404)
    form = RegradeForm()
    if form.validate_on_submit():
        count = review.apply_regrade(current_user, item)
        flash(
            f"Regraded {count} answer{'s' if count != 1 else ''}."
            if count
            else "No grade changed; the answers now follow the new rubric.",
            "success",
        )
        return redirect(url_for("teach.answers"))
    changes = review.regrade_preview(current_user, item)
    return render_template(
        "teach/answers/regrade.html", item=item, changes=changes, form=form
    )
