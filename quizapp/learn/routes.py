from flask import (
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required
from markupsafe import Markup

from ..grading import InvalidAnswer, get_checker, order
from ..grading.cues import DEFAULT_PROMPT as CUE_PROMPT
from ..permissions import landing_page
from ..rendering import mark_spans
from ..services import answering
from ..services import assignments as assignments_svc
from ..services import attempts as attempts_svc
from ..services import classrooms as classrooms_svc
from ..services import library as library_svc
from ..services.progress import exercise_progress, progress_for
from . import bp
from .display import article_html, claim_html, evidence_html, evidence_to_show
from .feedback import fragment_key, render_feedback
from .forms import AnswerForm, StartForm


def wants_json() -> bool:
    """The client asked for JSON rather than a page (answer.js sends exactly
    `Accept: application/json`; any other header is weighed in full)."""
    if request.headers.get("Accept") == "application/json":
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


@bp.get("/")
def home():
    if current_user.is_authenticated:
        return redirect(landing_page())
    return render_template("learn/home.html")


@bp.get("/articles")
@login_required
def library():
    articles = library_svc.published_articles(current_user)
    exercises = [e for a in articles for e in a.exercises if e.is_active]
    progress = exercise_progress(current_user, exercises)
    return render_template(
        "learn/library.html",
        articles=articles,
        progress=progress,
        assignments=assignments_svc.student_assignments(current_user),
    )


@bp.get("/articles/<slug>")
@login_required
def article(slug: str):
    article = library_svc.published_article(slug, current_user) or abort(404)
    exercises = [e for e in article.exercises if e.is_active]
    return render_template(
        "learn/article.html",
        article=article,
        body=article_html(article),
        exercises=exercises,
        progress=exercise_progress(current_user, exercises),
        start_form=StartForm(),
    )


@bp.post("/exercises/<int:exercise_id>/start")
@login_required
def start(exercise_id: int):
    exercise = library_svc.active_exercise(exercise_id, current_user) or abort(404)
    StartForm().validate_on_submit() or abort(400)
    attempt = attempts_svc.start_or_resume(current_user, exercise)
    return redirect(url_for("learn.attempt", attempt_id=attempt.id))


@bp.get("/attempts/<int:attempt_id>")
@login_required
def attempt(attempt_id: int):
    attempt = library_svc.own_attempt(current_user, attempt_id) or abort(404)
    attempts_svc.finish_if_complete(attempt)
    withdrawn = attempts_svc.is_withdrawn(attempt)
    return redirect(
        _next_url(attempt.id, None if withdrawn else attempts_svc.next_item(attempt))
    )


def _next_url(attempt_id: int, item) -> str:
    """The attempt's next item to answer, or its results when there is none."""
    if item is None:
        return url_for("learn.result", attempt_id=attempt_id)
    return url_for("learn.item", attempt_id=attempt_id, item_id=item.id)


def _item_context(state, item, answer=None, error=None, closed=None):
    """The item page's context: the item as a learner sees it, the progress
    list and, once answered, the feedback (`_answered_context`)."""
    items = state.items
    ids = [i.id for i in items]
    return {
        "steps": _steps(state, items, item),
        "attempt": state,
        "exercise": state.exercise,
        "items": items,
        "position": ids.index(item.id) + 1 if item.id in ids else None,
        "error": error,
        "closed": closed,
        **_answered_context(state, item, answer),
    }


def _answered_context(state, item, answer):
    """What the feedback needs: the item's public view, and once answered the
    claim with its cues, the evidence and the next link."""
    spec = answer.graded_spec if answer else item.spec
    context = {
        "article": state.article,
        "item": item,
        "view": _public_view(state, item, spec),
        "answer": answer,
    }
    if item.type == "claim":
        context["claim_html"] = claim_html(state.article, spec, with_cues=bool(answer))
    if answer:
        next_item = _next_item(state)
        context["next_url"] = _next_url(state.id, next_item)
        context["next_is_result"] = next_item is None
        context["evidence"] = evidence_html(
            state.article, evidence_to_show(spec, answer)
        )
        if answer.details.get("options"):
            shown = state.option_order(item.id)
            context["shown_options"] = order.in_order(answer.details["options"], shown)
    return context


def _public_view(state, item, spec) -> dict:
    """What a learner sees of the item, options in the order the attempt shows."""
    view = get_checker(item.type).public_view(spec)
    if view.get("options"):
        view["options"] = order.in_order(view["options"], state.option_order(item.id))
    return view


def _next_item(state):
    return None if state.is_withdrawn else state.next_item()


_SAID = {"right": "right", "partial": "partly right", "wrong": "wrong"}


def _steps(state, items, current) -> list[tuple[str, str | None, str]]:
    """The progress list: (css class, link or None, what a screen reader says)
    per item. Built here, not in the template, because an attempt of 40 items
    made this loop most of the item page's rendering time."""
    # The link of item 0 less its "0": one url_for, not one per item.
    link = url_for("learn.item", attempt_id=state.id, item_id=0)[:-1]
    steps = []
    for number, it in enumerate(items, 1):
        mark = state.answered.get(it.id)
        if it.id == current.id:
            css = f"current {mark.verdict}" if mark else "current"
            said = _SAID.get(mark.verdict, "answered") if mark else "current"
        elif mark:
            css, said = mark.verdict, _SAID.get(mark.verdict, "answered")
        else:
            css, said = "", "not answered"
        href = f"{link}{it.id}" if mark or it.id == current.id else None
        steps.append((css, href, f"Item {number}, {said}"))
    return steps


@bp.app_template_filter("mark_spans")
def mark_spans_filter(text: str, spans: list[dict], css: str = "match") -> Markup:
    """Jinja: the learner's answer with the words that earned credit marked."""
    return Markup(mark_spans(text, spans, css))


@bp.route("/attempts/<int:attempt_id>/items/<int:item_id>", methods=["GET", "POST"])
@login_required
def item(attempt_id: int, item_id: int):
    state = answering.attempt_state(current_user, attempt_id) or abort(404)
    item = state.item(item_id) or abort(404)
    answer = None
    if item.id in state.answered:
        answer = answering.stored_answer(state.id, item.id)
    closed = None
    fresh = False  # recorded by this request
    if answer is None:
        refusal = state.refusal(item)
        if refusal is not None:
            if request.method == "POST" or refusal.status == 404:
                abort(refusal.status, refusal.message)
            closed = refusal.message
    as_json = wants_json()
    if request.method == "POST" and answer is None:
        # CSRFProtect has checked the token before the view (as on every POST).
        try:
            data = request.form.to_dict(flat=False)
            data = {
                k: v if len(v) > 1 or k == "choices" else v[0] for k, v in data.items()
            }
            recorded = answering.record_answer(state, item, data)
            answer, fresh = recorded.answer, recorded.is_new
        except answering.AnswerRefused as refusal:
            abort(refusal.status, refusal.message)
        except InvalidAnswer as exc:
            if as_json:
                return jsonify(error="invalid_answer", message=str(exc)), 422
            context = _item_context(state, item, error=str(exc))
            return render_template("learn/item.html", form=AnswerForm(), **context), 422
    if request.method == "POST" and not as_json:
        # Post/redirect/get: a reload never resubmits, and the feedback shows.
        return redirect(url_for("learn.item", attempt_id=state.id, item_id=item.id))
    if as_json:
        return jsonify(_item_json(state, item, answer, closed, fresh))
    context = _item_context(state, item, answer=answer, closed=closed)
    return render_template("learn/item.html", form=AnswerForm(), **context)


def _item_json(state, item, answer, closed, fresh: bool = False) -> dict:
    """The item as JSON (answer.js); once answered, the verdict and the feedback
    HTML, which for an answer recorded just now is shared with every learner
    who gave the same one (`feedback.py`)."""
    spec = answer.graded_spec if answer else item.spec
    data = {
        "item": _public_view(state, item, spec),
        "type": item.type,
        "answered": False,
    }
    if closed:
        data["closed"] = closed
    if answer is not None:
        next_item = _next_item(state)
        next_url = _next_url(state.id, next_item)
        key = None
        if fresh:
            key = fragment_key(
                state.snapshot.stamp,
                item.id,
                answer.response,
                state.option_order(item.id),
                next_item is None,
            )
        data.update(
            answered=True,
            response=answer.response,
            score=answer.final_score,
            max_score=answer.max_score,
            correct=answer.is_correct,
            feedback=answer.feedback,
            details=answer.details,
            next_url=next_url,
            feedback_html=render_feedback(
                key, next_url, lambda: _answered_context(state, item, answer)
            ),
        )
    return data


@bp.get("/attempts/<int:attempt_id>/result")
@login_required
def result(attempt_id: int):
    attempt = library_svc.own_attempt(current_user, attempt_id) or abort(404)
    items = attempts_svc.items_for_attempt(attempt)
    answered = attempts_svc.answers_by_item(attempt)
    # Items answered but since dropped from the pack still count in this attempt.
    shown = [a.item for a in attempt.answers if a.item not in items] + items
    history = attempts_svc.user_attempts(current_user, attempt.exercise)
    return render_template(
        "learn/result.html",
        # the attempts' times, in the student's class's zone (only a list of
        # two attempts or more shows them)
        time_zone=classrooms_svc.student_time_zone(
            current_user, current_app.config["DEFAULT_TIME_ZONE"]
        ) if len(history) > 1 else None,
        attempt=attempt,
        exercise=attempt.exercise,
        article=attempt.exercise.article,
        items=shown,
        answered=answered,
        history=history,
        withdrawn=attempts_svc.is_withdrawn(attempt),
        start_form=StartForm(),
        default_cue_prompt=CUE_PROMPT,
    )


@bp.get("/progress")
@login_required
def progress():
    return render_template("learn/progress.html", progress=progress_for(current_user))
