"""Page contexts of the authoring screens: the review screen, its forms filled
from a draft, and the student preview (the learner's templates, read-only)."""

from __future__ import annotations

import random
from datetime import date
from types import SimpleNamespace

from flask import url_for

from ..grading import get_checker, order
from ..grading.claims import offered_to_learners
from ..learn.display import (
    article_html,
    claim_html,
    evidence_html,
    evidence_to_show,
)
from ..packs.details import CHECKED_DETAILS, known
from ..rendering import article_plain_text
from ..services import authoring as svc
from ..services import draft_items, draft_review
from .authoring_display import (
    LABEL_NAMES,
    QUESTIONS_PER_PAGE,
    claims_of,
    excluded_sentences,
    question_page,
    questions_of,
    review_blocks,
    suggestion_for,
    suggestion_for_quote,
)
from .authoring_forms import ActionForm, ClaimForm, MoveForm, QuestionForm
from .cue_forms import PoolForm
from .drafting_forms import THRESHOLDS, AcceptForm, RelabelForm


def details_data(draft) -> dict:
    """The draft's front matter as DetailsForm data."""
    meta = dict(draft.data.get("meta") or {})
    for key in CHECKED_DETAILS:  # a placeholder is no value to pre-fill
        meta[key] = known(meta.get(key))
    try:
        meta["published"] = date.fromisoformat(str(meta.get("published")))
    except ValueError:
        meta["published"] = None
    skills = meta.get("skills")
    meta["skills"] = "\n".join(skills) if isinstance(skills, list) else ""
    return meta


def claim_form_for(draft, item: dict) -> ClaimForm:
    """The claim form filled from `item`, offering the analyzer's cue words."""
    suggestion = suggestion_for_quote(draft.data["body"], item["quote"])
    cues = list(item.get("cues") or [])
    candidates = cues + [
        c for c in (suggestion.cues if suggestion else []) if c not in cues
    ]
    source = item.get("source") or {}
    return ClaimForm(
        data={
            "label": item.get("label"),
            "sort": item.get("sort", item.get("label") != "question"),
            "source_kind": source.get("kind", ""),
            "source_name": source.get("name", ""),
            "cues": cues,
            "explanation": item.get("explanation", ""),
        },
        quote=item["quote"],
        candidates=[c for c in candidates if c in item["quote"]],
    )


def _sentence_form(suggestion) -> ClaimForm:
    return ClaimForm(
        data={
            "label": suggestion.label,
            "sort": suggestion.label != "question",
            "source_kind": suggestion.source_kind,
            "source_name": suggestion.source_name,
            "cues": suggestion.cues,
            "explanation": suggestion.explanation,
        },
        quote=suggestion.quote,
        candidates=suggestion.cues,
    )


def _source_data(source: dict) -> dict:
    return {
        "kind": source.get("kind", ""),
        "title": source.get("title", ""),
        "text": source.get("text", ""),
        "evidence": "\n".join(source.get("evidence") or []),
    }


def question_form_for(draft, item: dict) -> QuestionForm:
    """The question form filled from `item`, with two blank option rows."""
    options = [
        {
            "text": o.get("text", ""),
            "correct": bool(o.get("correct")),
            "feedback": o.get("feedback", ""),
        }
        for o in item.get("options") or []
    ]
    blank = {"text": "", "correct": False, "feedback": ""}
    options += [blank] * max(6 - len(options), 2)
    citation = item.get("citation") or {}
    return QuestionForm(
        data={
            "type": item.get("type"),
            "prompt": item.get("prompt", ""),
            "citation_url": citation.get("url", ""),
            "citation_claim": citation.get("claim", ""),
            "citation_source": _source_data(citation.get("source") or {}),
            "options": options[:12],
            "evidence": "\n".join(str(e) for e in item.get("evidence") or []),
            "explanation": item.get("explanation", ""),
        },
        article_text=article_plain_text(draft.data["body"]),
    )


def review_context(
    draft,
    claim=None,
    label=None,
    sentence=None,
    form=None,
    publish_problems=None,
    confirm_publish=None,
    deleted=None,
    questions_page=1,
) -> dict:
    """Everything the review screen shows, with the edit panel of one claim or
    sentence when one is selected (the claim's form set to `label` when a quick
    relabel sent the teacher there), and page `questions_page` of the
    questions."""
    blocks, lost = review_blocks(draft.data)
    _, problems = svc.draft_pack_check(draft)
    panel = None
    if claim is not None:
        found = draft_items.find_item(draft.data, claim)
        if found is not None and found[0]["kind"] == "claims":
            item = found[1]
            if form is None:
                form = claim_form_for(draft, item)
                if label in LABEL_NAMES:
                    form.label.data = label
            panel = {
                "kind": "claim",
                "item": item,
                "quote": item["quote"],
                "form": form,
                "action": ("teach.save_claim", {"key": claim}),
            }
    elif sentence is not None:
        suggestion = suggestion_for(draft.data["body"], sentence)
        if suggestion is not None:
            panel = {
                "kind": "sentence",
                "suggestion": suggestion,
                "quote": suggestion.quote,
                "form": form or _sentence_form(suggestion),
                "action": ("teach.add_claim", {"index": sentence}),
            }
    questions = questions_of(draft.data)
    pages = max(1, -(-len(questions) // QUESTIONS_PER_PAGE))
    page = min(max(1, questions_page or 1), pages)
    first = (page - 1) * QUESTIONS_PER_PAGE
    return {
        "draft": draft,
        "meta": draft.data.get("meta") or {},
        "status": svc.draft_status(draft),
        "blocks": blocks,
        "lost": lost,
        "problems": [str(p) for p in problems],
        "publish_problems": publish_problems,
        "panel": panel,
        "questions": questions[first : first + QUESTIONS_PER_PAGE],
        "question_pages": SimpleNamespace(
            page=page, pages=pages, total=len(questions), first=first + 1
        ),
        "label_names": LABEL_NAMES,
        "question_types": {
            **draft_items.QUESTION_TYPES,
            "mark_cues": "Mark the cues in a sentence",
            "free_text": "Written answer",
            "short_answer": "Short answer",
            "numeric": "Number",
            "matching": "Matching",
        },
        "question_sets": [
            (exercise, PoolForm(formdata=None, draw=exercise.get("draw")))
            for exercise in draft.data["exercises"]
            if exercise["kind"] == "questions"
        ],
        "action_form": ActionForm(),
        "move_form": MoveForm(),
        "confirm_publish": confirm_publish,
        "unsaved": None,  # a stale form's text, shown back (see stale_forms)
        "deleted": _restorable(draft, deleted),
        "recently_deleted": draft_review.deleted_items(draft),
        "undo_depth": draft_review.UNDO_DEPTH,
        "to_review": draft_review.to_review(draft),
        "claims_by_confidence": claims_by_confidence(draft.data),
        "accept_form": AcceptForm().count(dict(zip(THRESHOLDS, draft_review.acceptable(
            draft, [t / 100 for t in THRESHOLDS]), strict=True))),
        "relabel_form": RelabelForm(),
        "excluded": excluded_sentences(draft.data["body"]),
    }


def question_url(draft, key: str) -> str:
    """The review screen at question `key` (on the page of the list showing it)."""
    page = question_page(draft.data, key)
    args = {"questions": page} if page > 1 else {}
    return url_for("teach.review", draft_id=draft.id, **args) + f"#q-{key}"


def _restorable(draft, key) -> str | None:
    """`key` when the draft remembers it as deleted (an Undo button shows)."""
    trash = draft.deleted_items or []
    if key and any(str(e["item"].get("id")) == key for e in trash):
        return key
    return None


def claims_by_confidence(data: dict) -> list[dict]:
    """Every claim, least sure first (reviewed and hand-written ones last)."""
    claims = claims_of(data)

    def order(item):
        machine = item.get("machine") or {}
        done = bool(item.get("reviewed")) or not machine
        return (done, machine.get("confidence") or 1.0, claims.index(item))

    return sorted(claims, key=order)


def _article(draft) -> SimpleNamespace:
    """A stand-in for the Article the draft would publish, for the learner's
    display helpers (they read `body_md` only)."""
    return SimpleNamespace(body_md=draft.data["body"])


def learner_items(exercise) -> list[dict]:
    """The items a learner works through (claims not for sorting skipped)."""
    return [i for i in exercise.items if offered_to_learners(i["type"], i["spec"])]


def preview_article(draft) -> dict:
    """The article page as a student will see it, and the exercises' items."""
    pack, problems = svc.draft_pack_check(draft)
    return {
        "draft": draft,
        "meta": pack.meta,
        "body": article_html(_article(draft)),
        "exercises": [(e, learner_items(e)) for e in pack.exercises],
        "problems": [str(p) for p in problems],
    }


def preview_option_order(viewer_id: int, draft, key: str, spec: dict):
    """The option ids in the order a student's attempt shows them: the same
    shuffle (`grading.order`), drawn with a seed of the teacher, draft and item
    so that the page, its answer and a reload agree, as within an attempt."""
    rng = random.Random(f"preview:{viewer_id}:{draft.id}:{key}")
    return order.option_order(spec, rng)


def preview_item_context(draft, key: str, viewer_id: int) -> dict | None:
    """One item as the student sees it before answering (options shuffled as
    for a student), plus its answer key; `viewer_id` is the previewing
    teacher's."""
    pack, _ = svc.draft_pack_check(draft)
    for exercise in pack.exercises:
        items = learner_items(exercise)
        keys = [i["key"] for i in items]
        if key not in keys:
            continue
        position = keys.index(key)
        item = items[position]
        spec = item["spec"]
        shown = preview_option_order(viewer_id, draft, key, spec)
        view = get_checker(item["type"]).public_view(spec)
        if view.get("options"):
            view["options"] = order.in_order(view["options"], shown)
        context = {
            "draft": draft,
            "meta": pack.meta,
            "exercise": exercise,
            "item": SimpleNamespace(type=item["type"], key=key),
            "spec": spec,
            "view": view,
            "shown_order": shown,
            "error": None,
            "position": position + 1,
            "count": len(keys),
            "previous": keys[position - 1] if position else None,
            "next": keys[position + 1] if position + 1 < len(keys) else None,
            "label_names": LABEL_NAMES,
            "form": ActionForm(),
            "answer": None,
        }
        if item["type"] == "claim":
            context["claim_html"] = claim_html(_article(draft), spec, with_cues=False)
        return context
    return None


def preview_evidence(draft, spec: dict, answer) -> list:
    """The paragraphs a student is shown after `answer`, evidence marked: the
    item's evidence and that of every key point the answer missed."""
    return evidence_html(_article(draft), evidence_to_show(spec, answer))


def answer_preview(draft, key: str, viewer_id: int) -> dict | None:
    """The preview of one item, ready to show feedback once answered."""
    context = preview_item_context(draft, key, viewer_id)
    if context is not None and context["item"].type == "claim":
        context["claim_html"] = claim_html(_article(draft), context["spec"],
                                           with_cues=True)
    return context
