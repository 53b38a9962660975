"""Forms of the cue-marking (mark_cues) editor, of an exercise's question pool,
and of a citation check's source text (part of the question form)."""

from __future__ import annotations

from wtforms import Form, IntegerField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from ..forms import AppForm
from .form_text import lines


class CueMarkingForm(AppForm):
    """A sentence of the article and its cues; `article_text` is the draft's
    plain text."""

    quote = TextAreaField(
        "Sentence",
        validators=[DataRequired("Paste the sentence."), Length(max=2000)],
        description="Exactly as it reads in the article.",
    )
    prompt = StringField(
        "Instruction",
        validators=[Length(max=500)],
        description="Optional; by default: mark the words that show where this "
        "sentence comes from or how sure it is.",
    )
    source_cues = TextAreaField(
        "Cues that name the source",
        validators=[Length(max=2000)],
        description="One per line, words of the sentence "
        "(“a source familiar with the situation stated”).",
    )
    uncertainty_cues = TextAreaField(
        "Cues that show uncertainty",
        validators=[Length(max=2000)],
        description="One per line (“likely”, “could”). Repeat a line to mark a "
        "word that appears twice.",
    )
    explanation = TextAreaField("Explanation", validators=[Length(max=2000)])

    def __init__(self, *args, article_text: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.article_text = article_text

    def validate_quote(self, field) -> None:
        if " ".join(field.data.split()) not in " ".join(self.article_text.split()):
            raise ValidationError("This sentence is not in the article.")

    def validate_source_cues(self, field) -> None:
        cues = lines(field.data) + lines(self.uncertainty_cues.data)
        if not cues:
            raise ValidationError("Give at least one cue.")
        quote = " ".join((self.quote.data or "").split())
        missing = [cue for cue in cues if cue not in quote]
        if missing:
            raise ValidationError(
                "Not part of the sentence: " + "; ".join(repr(m) for m in missing)
            )

    def fields(self) -> dict:
        return {
            "quote": " ".join(self.quote.data.split()),
            "prompt": (self.prompt.data or "").strip(),
            "cues": [(c, "source") for c in lines(self.source_cues.data)]
            + [(c, "uncertainty") for c in lines(self.uncertainty_cues.data)],
            "explanation": (self.explanation.data or "").strip(),
        }


class PoolForm(AppForm):
    draw = IntegerField(
        "Questions per attempt",
        validators=[Optional(), NumberRange(min=1, max=500)],
        description="Each attempt draws this many of the set's questions (a new "
        "draw on every retake). Leave empty to use them all.",
    )


class CitationSourceForm(Form):
    """What the cited source says, shown beside the claim (citation check only)."""

    kind = SelectField(
        "Source text",
        choices=[
            SelectChoice("", "None: learners see the link only"),
            SelectChoice("summary", "A summary in your own words (labelled so)"),
            SelectChoice("passage", "A passage quoted from the source"),
        ],
        default="",
    )
    title = StringField(
        "Source title",
        validators=[Length(max=300)],
        description="For example: the report linked as [1].",
    )
    text = TextAreaField(
        "What the source says",
        validators=[Length(max=4000)],
        description="Quote a passage only when you have the source's own words.",
    )
    evidence = TextAreaField(
        "Evidence in the source text",
        validators=[Length(max=2000)],
        description="One per line: phrases of the text above, highlighted after "
        "answering.",
    )

    def validate_text(self, field) -> None:
        if self.kind.data and not (field.data or "").strip():
            raise ValidationError("Write what the source says, or choose None.")

    def validate_evidence(self, field) -> None:
        text = " ".join((self.text.data or "").split())
        missing = [e for e in lines(field.data) if e not in text]
        if missing:
            raise ValidationError(
                "Not part of the source text: " + "; ".join(repr(m) for m in missing)
            )

    def source(self) -> dict | None:
        """The pack's `citation.source`, or None."""
        if not self.kind.data:
            return None
        source = {"kind": self.kind.data, "text": " ".join(self.text.data.split())}
        if (self.title.data or "").strip():
            source["title"] = self.title.data.strip()
        if lines(self.evidence.data):
            source["evidence"] = lines(self.evidence.data)
        return source
