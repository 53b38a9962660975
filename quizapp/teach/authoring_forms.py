"""Forms of the authoring pages: new article, details, claim, question, import."""

from __future__ import annotations

import re

from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    URLField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from ..forms import AppForm
from ..grading.claims import SOURCE_KINDS
from ..packs import READING_LEVELS
from ..packs.limits import MAX_ARTICLE_CHARS, MAX_PASTE_CHARS
from ..services.authoring import AuthoringError, article_text
from ..services.draft_items import QUESTION_TYPES
from .authoring_display import LABEL_NAMES
from .cue_forms import CitationSourceForm
from .form_text import evidence_problem, lines

_HTTP = re.compile(r"https?://\S+$")


def _http_only(form, field) -> None:
    if field.data and not _HTTP.match(field.data.strip()):
        raise ValidationError("Give a web address starting with http:// or https://.")


class _DetailsFields(AppForm):
    title = StringField(
        "Title",
        validators=[DataRequired("Give the article a title."), Length(max=300)],
        description="As the outlet published it.",
    )
    outlet = StringField("Outlet", validators=[Length(max=200)])
    author = StringField("Author", validators=[Length(max=200)])
    published = DateField(
        "Date published", validators=[Optional()], description="YYYY-MM-DD"
    )
    url = URLField(
        "Original URL",
        validators=[Optional(), Length(max=1000), _http_only],
        description="Where the article was published (optional).",
    )
    reading_level = SelectField(
        "Reading level",
        choices=[SelectChoice(level, level.capitalize()) for level in READING_LEVELS],
        default="intermediate",
    )

    def article_meta(self) -> dict:
        return {
            "title": self.title.data,
            "outlet": self.outlet.data,
            "author": self.author.data,
            "published": self.published.data,
            "url": (self.url.data or "").strip(),
            "reading_level": self.reading_level.data,
        }


class NewDraftForm(_DetailsFields):
    title = StringField(
        "Title",
        validators=[Optional(), Length(max=300)],
        description="As the outlet published it. Leave it empty to use the "
        "article's headline.",
    )
    text = TextAreaField(
        "Paste the article",
        validators=[
            Length(
                max=MAX_PASTE_CHARS,
                message=f"At most {MAX_PASTE_CHARS:,} characters can be pasted "
                "(as much as a 2 MB upload): split a longer article into parts.",
            )
        ],
        description="Plain text, Markdown or a web page's HTML. Or upload a file "
        f"below. An article's text may be up to {MAX_ARTICLE_CHARS:,} characters "
        "(of a web page, the text it holds).",
    )
    upload = FileField(
        "…or upload a file",
        validators=[
            FileAllowed(
                ["md", "markdown", "txt", "html", "htm"],
                "Upload a .md, .txt or .html file.",
            )
        ],
        description=".md, .txt or .html, UTF-8, up to 2 MB.",
    )

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        has_text = bool((self.text.data or "").strip())
        if has_text == bool(self.upload.data):
            self.text.errors = [*self.text.errors, "Paste the text or upload a file."]
            return False
        return ok

    #: The name of an uploaded file whose text the form now holds (see
    #: `keep_upload`), so the page can say it need not be chosen again.
    kept_upload: str | None = None
    #: The most characters the text box takes.
    text_limit = MAX_PASTE_CHARS

    def source(self) -> str | tuple[str, bytes]:
        if self.upload.data:
            return self.upload.data.filename or "upload.txt", self.upload.data.read()
        return self.text.data

    def keep_upload(self, source: str | tuple[str, bytes]) -> None:
        """After a refused upload, put the file's text in the text box (when it
        is UTF-8 text that fits there): a file input cannot be refilled."""
        if not isinstance(source, tuple):
            return
        try:
            text = article_text(source)
        except AuthoringError:  # not a text file: nothing to put back
            return
        if text.strip() and len(text) <= self.text_limit:
            self.text.data = text
            self.kept_upload = source[0]


class DetailsForm(_DetailsFields):
    summary = TextAreaField(
        "Summary",
        validators=[Length(max=600)],
        description="One sentence for the article list.",
    )
    genre = StringField(
        "Genre",
        validators=[Length(max=60)],
        description="Shown in the library, e.g. “science story” or “opinion column”.",
    )
    skills = TextAreaField(
        "Skills practised",
        description="One per line, up to 8, shown in the library.",
    )

    def validate_skills(self, field) -> None:
        skills = lines(field.data)
        if len(skills) > 8 or any(len(s) > 80 for s in skills):
            raise ValidationError("Up to 8 skills, each up to 80 characters.")

    def article_meta(self) -> dict:
        return {
            **super().article_meta(),
            "summary": self.summary.data,
            "genre": self.genre.data or "",
            "skills": lines(self.skills.data),
        }


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _phrases(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,\n]", text or "") if p.strip()]


class ClaimForm(AppForm):
    """A claim's label, source, cues and explanation; `quote` is the sentence."""

    label = RadioField(
        "Label",
        choices=[SelectChoice(k, v) for k, v in LABEL_NAMES.items()],
        validators=[DataRequired()],
    )
    sort = BooleanField("Offer this sentence for sorting", default=True)
    source_kind = SelectField(
        "Source kind",
        choices=[
            SelectChoice("", "No source"),
            *(SelectChoice(k, v) for k, v in SOURCE_KINDS.items()),
        ],
        description="Who stands behind the sentence.",
    )
    source_name = StringField(
        "Source name",
        validators=[Length(max=200)],
        description="e.g. Multiple sources, the mayor, link 1.",
    )
    cues = MultiCheckboxField(
        "Cue words", choices=[], validate_choice=False, validators=[Optional()]
    )
    extra_cues = StringField(
        "Add cue words",
        validators=[Length(max=500)],
        description="Comma-separated phrases copied exactly from the sentence.",
    )
    explanation = TextAreaField(
        "Explanation",
        validators=[DataRequired("Write what a student should learn here.")],
        description="One or two sentences shown after the student answers.",
    )

    def __init__(self, *args, quote: str = "", candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.quote = quote
        self.cues.choices = [SelectChoice(c, c) for c in candidates]

    def validate_source_kind(self, field) -> None:
        if self.label.data == "sourced" and not field.data:
            raise ValidationError("A sourced claim needs a source kind.")

    def validate_cues(self, field) -> None:
        for cue in field.data or []:
            if cue not in self.quote:
                raise ValidationError(f"{cue!r} is not part of the sentence.")

    def validate_extra_cues(self, field) -> None:
        missing = [p for p in _phrases(field.data) if p not in self.quote]
        if missing:
            raise ValidationError(
                "Not in the sentence: " + ", ".join(repr(p) for p in missing)
            )

    def fields(self) -> dict:
        return {
            "label": self.label.data,
            "sort": self.sort.data,
            "source_kind": self.source_kind.data,
            "source_name": self.source_name.data,
            "cues": [*(self.cues.data or []), *_phrases(self.extra_cues.data)],
            "explanation": self.explanation.data,
        }


class OptionForm(Form):
    text = StringField("Option", validators=[Length(max=500)])
    correct = BooleanField("Correct")
    feedback = StringField(
        "Feedback",
        validators=[Length(max=1000)],
        description="Shown after answering.",
    )


class QuestionForm(AppForm):
    """A choice question; `article_text` is the draft's plain text."""

    type = SelectField(
        "Question type",
        choices=[SelectChoice(k, v) for k, v in QUESTION_TYPES.items()],
    )
    prompt = TextAreaField(
        "Question", validators=[DataRequired("Write the question."), Length(max=2000)]
    )
    citation_url = URLField(
        "Cited link",
        validators=[Length(max=1000), _http_only],
        description="Citation check only: the link attached to the claim.",
    )
    citation_claim = StringField(
        "Claim the link is attached to",
        validators=[Length(max=1000)],
        description="Citation check only.",
    )
    citation_source = FormField(CitationSourceForm)
    options = FieldList(FormField(OptionForm), min_entries=6, max_entries=12)
    evidence = TextAreaField(
        "Evidence",
        validators=[Length(max=5000)],
        description="One per line: exact sentences or phrases from the article "
        "that hold the answer.",
    )
    explanation = TextAreaField("Explanation", validators=[Length(max=2000)])

    def __init__(self, *args, article_text: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.article_text = article_text

    def filled_options(self) -> list[dict]:
        return [o.data for o in self.options if (o.data["text"] or "").strip()]

    def validate_options(self, field) -> None:
        options = self.filled_options()
        if len(options) < 2:
            raise ValidationError("Give at least two options.")
        correct = sum(bool(o["correct"]) for o in options)
        if correct == 0:
            raise ValidationError("Mark at least one option as correct.")
        if self.type.data != "multiple_select" and correct > 1:
            raise ValidationError(
                "This type has exactly one correct option; use multiple select."
            )

    def validate_citation_url(self, field) -> None:
        if self.type.data == "citation_check" and not field.data:
            raise ValidationError("A citation check needs the cited link.")

    def validate_citation_claim(self, field) -> None:
        if self.type.data == "citation_check" and not (field.data or "").strip():
            raise ValidationError("A citation check needs the claim.")

    def validate_evidence(self, field) -> None:
        problem = evidence_problem(lines(field.data), self.article_text)
        if problem:
            raise ValidationError(problem)

    def fields(self) -> dict:
        return {
            "type": self.type.data,
            "prompt": self.prompt.data,
            "options": self.filled_options(),
            "citation_url": (self.citation_url.data or "").strip(),
            "citation_claim": (self.citation_claim.data or "").strip(),
            "citation_source": self.citation_source.form.source(),
            "evidence": lines(self.evidence.data),
            "explanation": self.explanation.data,
        }


class ActionForm(AppForm):
    """CSRF only: publish, delete."""


class MoveForm(AppForm):
    direction = HiddenField(validators=[AnyOf(["up", "down"])])
