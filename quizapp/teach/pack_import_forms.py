"""Forms of importing a content pack: the upload, and the choice between
updating one's own article and importing a copy when the slug matches."""

from __future__ import annotations

from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import HiddenField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, ValidationError

from ..forms import AppForm


class ImportForm(AppForm):
    pack = FileField(
        "Content pack (.zip)",
        validators=[
            FileRequired("Choose a .zip file."),
            FileAllowed(["zip"], "Upload a .zip file."),
        ],
        description="A zip as Export makes it: article.md and the *.yaml files.",
    )


class ResolveImportForm(AppForm):
    """The pack's slug is one of the teacher's drafts: update it, or copy?"""

    #: The uploaded zip, base64-encoded, so the teacher need not upload it twice.
    pack = HiddenField(validators=[DataRequired()])
    action = RadioField(
        "What should happen?",
        choices=[
            SelectChoice(
                "update",
                "Update my article to this pack: a new version once published "
                "(attempts keep the version they were taken on)",
            ),
            SelectChoice("copy", "Import a separate copy under a new name"),
        ],
        validators=[DataRequired("Choose update or copy.")],
    )
    slug = StringField(
        "Name of the copy",
        validators=[Length(max=60)],
        description="Lower-case letters, digits and dashes; only for a copy.",
    )

    def validate_slug(self, field) -> None:
        if self.action.data == "copy" and not (field.data or "").strip():
            raise ValidationError("Give the copy a name.")
