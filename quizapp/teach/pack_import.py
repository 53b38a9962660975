"""Teacher routes: import a content pack. A pack whose slug is one of the
teacher's own drafts is never imported silently twice: the teacher chooses to
update that article (a new version) or to import a copy under a new name."""

from __future__ import annotations

import base64
import binascii

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..packs import PackError
from ..services import pack_transfer, rubrics
from ..services.pack_transfer import SlugClash
from ..throttling import limiter, setting, user_key
from . import bp
from .authoring_rubrics import regrade_message
from .pack_import_forms import ImportForm, ResolveImportForm

# A zip is at most 2 MB (MAX_CONTENT_LENGTH); its base64 a third more.
_MAX_ENCODED = 3 * 1024 * 1024


@bp.route("/articles/import", methods=["GET", "POST"])
@limiter.limit(setting("PACK_IMPORTS_PER_USER"), key_func=user_key, methods=["POST"])
def import_article():
    form = ImportForm()
    problems = []
    if form.validate_on_submit():
        data = form.pack.data.read()
        try:
            draft = pack_transfer.import_pack_upload(current_user, data)
        except PackError as exc:
            problems = [str(p) for p in exc.problems]
        except SlugClash as clash:
            encoded = base64.b64encode(data).decode("ascii")
            return _ask(
                clash,
                ResolveImportForm(
                    formdata=None, pack=encoded, slug=clash.suggested_slug
                ),
            )
        else:
            flash(f"Imported {draft.data['meta'].get('title')}.", "success")
            return redirect(url_for("teach.review", draft_id=draft.id))
    status = 422 if request.method == "POST" else 200
    return render_template(
        "teach/authoring/import.html", form=form, problems=problems
    ), status


def _ask(clash: SlugClash, form, status: int = 200, problems=()):
    return render_template(
        "teach/authoring/import_clash.html",
        clash=clash,
        form=form,
        problems=list(problems),
    ), status


@bp.post("/articles/import/resolve")
@limiter.limit(setting("PACK_IMPORTS_PER_USER"), key_func=user_key)
def resolve_import():
    form = ResolveImportForm()
    try:
        encoded = (form.pack.data or "").encode("ascii")
        if len(encoded) > _MAX_ENCODED:
            abort(413)
        data = base64.b64decode(encoded, validate=True)
    except (UnicodeEncodeError, binascii.Error):
        abort(400)
    try:
        pack_transfer.import_pack_upload(current_user, data)
    except SlugClash as clash:
        if not form.validate_on_submit():
            return _ask(clash, form, 422)
        try:
            return _resolve(clash, form, data)
        except PackError as exc:
            return _ask(clash, form, 422, [str(p) for p in exc.problems])
    except PackError as exc:
        problems = [str(p) for p in exc.problems]
        return render_template(
            "teach/authoring/import.html", form=ImportForm(), problems=problems
        ), 422
    # No clash any more (the draft was renamed or deleted meanwhile): imported.
    flash("Imported.", "success")
    return redirect(url_for("teach.articles"))


def _resolve(clash: SlugClash, form, data: bytes):
    if form.action.data == "copy":
        draft = pack_transfer.import_copy(current_user, data, form.slug.data)
        flash(f"Imported a copy as “{draft.slug}”.", "success")
        return redirect(url_for("teach.review", draft_id=draft.id))
    draft = pack_transfer.update_from_upload(clash.draft, data)
    if draft.article is not None and draft.article.is_published:
        article, changed, offers = rubrics.publish_and_offer_regrades(
            current_user, draft
        )
        if changed:
            flash(f"Updated and published as version {article.version}.", "success")
        else:
            flash(f"No changes since version {article.version}.", "success")
        for offer in offers:
            flash(regrade_message(offer), "warning")
    else:
        flash("Draft updated from the pack. Review it, then publish.", "success")
    return redirect(url_for("teach.review", draft_id=draft.id))
