"""Forms of the written-question (free_text) editor: the rubric's key points and
misconceptions as rows of a table, and the "try an answer" box.

Rows left empty are dropped, so a page offers a few blank rows; more come by
saving and reopening the question.
"""

from __future__ import annotations

from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from ..forms import AppForm
from ..grading.freetext import ABSOLUTE_MAX_CHARS, DEFAULT_MAX_WORDS
from ..grading.text.rubric import DEFAULT_PENALTY
from .form_text import evidence_problem, lines

#: Blank rows offered below the filled ones.
BLANK_ROWS = 2
MAX_ROWS = 20
#: Shown on the page as the misconception penalty's default.
PENALTY_DEFAULT = f"{DEFAULT_PENALTY:g}"


def number(text: str | None) -> float | None:
    """`text` as a number ("1", "0.5", "1,5"), or None when it is not one."""
    try:
        value = float((text or "").strip().replace(",", "."))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class KeyPointForm(Form):
    """One key point: what a good answer says, in the words students use."""

    key = HiddenField()
    label = StringField(
        "Key point",
        validators=[Length(max=300)],
        description="A short name; students see it in their feedback.",
    )
    phrasings = TextAreaField(
        "Phrasings",
        validators=[Length(max=5000)],
        description="One per line, the ways a student might say it.",
    )
    points = StringField(
        "Points", default="1", validators=[Length(max=10)], description="e.g. 1 or 0.5"
    )
    required = BooleanField("Required for full marks")
    evidence = TextAreaField(
        "Evidence",
        validators=[Length(max=5000)],
        description="Optional. One per line, copied exactly from the article; "
        "shown to students who miss the point.",
    )

    def is_blank(self) -> bool:
        return not any(
            (f.data or "").strip() for f in (self.label, self.phrasings, self.evidence)
        )

    def validate_label(self, field) -> None:
        if not self.is_blank() and not (field.data or "").strip():
            raise ValidationError("Name the key point (students see it in feedback).")

    def validate_phrasings(self, field) -> None:
        if not self.is_blank() and not lines(field.data):
            raise ValidationError("Give at least one phrasing a student might write.")

    def validate_points(self, field) -> None:
        if self.is_blank():
            return
        value = number(field.data) if (field.data or "").strip() else 1.0
        if value is None or not 0 < value <= 100:
            raise ValidationError("Points must be a number above 0, e.g. 1 or 0.5.")

    def fields(self) -> dict:
        value = number(self.points.data) if (self.points.data or "").strip() else 1
        return {
            "id": (self.key.data or "").strip(),
            "label": self.label.data.strip(),
            "phrasings": lines(self.phrasings.data),
            "points": value,
            "required": bool(self.required.data),
            "evidence": lines(self.evidence.data),
        }


class MisconceptionForm(Form):
    """One misconception: a wrong idea, the feedback it earns, its penalty."""

    key = HiddenField()
    phrasings = TextAreaField(
        "Phrasings",
        validators=[Length(max=5000)],
        description="One per line, the ways a student might say it.",
    )
    feedback = TextAreaField(
        "Feedback",
        validators=[Length(max=2000)],
        description="Shown to a student whose answer says this.",
    )
    penalty = StringField(
        "Penalty",
        validators=[Length(max=10)],
        description="Points taken off; leave empty for the default.",
    )

    def is_blank(self) -> bool:
        return not any(
            (f.data or "").strip()
            for f in (self.phrasings, self.feedback, self.penalty)
        )

    def validate_phrasings(self, field) -> None:
        if not self.is_blank() and not lines(field.data):
            raise ValidationError("Give at least one phrasing of the wrong idea.")

    def validate_feedback(self, field) -> None:
        if not self.is_blank() and not (field.data or "").strip():
            raise ValidationError("Write what a student who says this should read.")

    def validate_penalty(self, field) -> None:
        if self.is_blank() or not (field.data or "").strip():
            return
        value = number(field.data)
        if value is None or not 0 <= value <= 100:
            raise ValidationError("The penalty must be a number, 0 or more.")

    def fields(self) -> dict:
        penalty = (self.penalty.data or "").strip()
        return {
            "id": (self.key.data or "").strip(),
            "phrasings": lines(self.phrasings.data),
            "feedback": self.feedback.data.strip(),
            "penalty": number(penalty) if penalty else None,
        }


class RubricForm(AppForm):
    """A written question; `article_text` is the draft's plain text."""

    prompt = TextAreaField(
        "Question", validators=[DataRequired("Write the question."), Length(max=2000)]
    )
    max_words = IntegerField(
        "Word limit",
        default=DEFAULT_MAX_WORDS,
        validators=[
            InputRequired("Give a word limit, e.g. 150."),
            NumberRange(5, 1000, "The word limit is a whole number from 5 to 1000."),
        ],
        description="Answers longer than this are refused with a message.",
    )
    key_points = FieldList(FormField(KeyPointForm), min_entries=3, max_entries=MAX_ROWS)
    misconceptions = FieldList(
        FormField(MisconceptionForm), min_entries=BLANK_ROWS, max_entries=MAX_ROWS
    )
    reference = TextAreaField(
        "Reference answer",
        validators=[Optional(), Length(max=5000)],
        description="Optional: a model answer students see after answering.",
    )
    explanation = TextAreaField(
        "Explanation",
        validators=[Length(max=2000)],
        description="Shown after answering.",
    )
    more = SubmitField("Save and add more rows")

    def __init__(self, *args, article_text: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.article_text = article_text

    def filled_key_points(self) -> list[KeyPointForm]:
        return [e.form for e in self.key_points if not e.form.is_blank()]

    def filled_misconceptions(self) -> list[MisconceptionForm]:
        return [e.form for e in self.misconceptions if not e.form.is_blank()]

    def validate_key_points(self, field) -> None:
        if not self.filled_key_points():
            raise ValidationError("Give at least one key point.")
        not_found = False
        for row in self.filled_key_points():
            problem = evidence_problem(lines(row.evidence.data), self.article_text)
            if problem:
                row.evidence.errors = [*row.evidence.errors, problem]
                not_found = True
        if not_found:
            raise ValidationError("Evidence must be copied exactly from the article.")

    def fields(self) -> dict:
        return {
            "prompt": self.prompt.data.strip(),
            "max_words": self.max_words.data,
            "reference": (self.reference.data or "").strip(),
            "explanation": (self.explanation.data or "").strip(),
            "key_points": [row.fields() for row in self.filled_key_points()],
            "misconceptions": [row.fields() for row in self.filled_misconceptions()],
        }


def _shown(value) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def rubric_form_for(item: dict, article_text: str, **kwargs) -> RubricForm:
    """The written-question form filled from `item`, with blank rows to add more
    (`kwargs` go to the form, e.g. formdata=None to ignore the request)."""

    def joined(values) -> str:
        if isinstance(values, str):
            return values
        return "\n".join(
            str(v.get("text", "") if isinstance(v, dict) else v) for v in values or []
        )

    key_points = [
        {
            "key": str(kp.get("id") or ""),
            "label": str(kp.get("label") or ""),
            "phrasings": joined(kp.get("phrasings")),
            "points": _shown(kp.get("points", 1)),
            "required": bool(kp.get("required")),
            "evidence": joined(kp.get("evidence")),
        }
        for kp in item.get("key_points") or []
    ]
    misconceptions = [
        {
            "key": str(m.get("id") or ""),
            "phrasings": joined(m.get("phrasings")),
            "feedback": str(m.get("feedback") or ""),
            "penalty": _shown(m.get("penalty", "")),
        }
        for m in item.get("misconceptions") or []
    ]
    blank_kp = {"points": "1"}
    return RubricForm(
        data={
            "prompt": item.get("prompt", ""),
            "max_words": item.get("max_words", DEFAULT_MAX_WORDS),
            "reference": item.get("reference", ""),
            "explanation": item.get("explanation", ""),
            "key_points": (key_points + [blank_kp] * BLANK_ROWS)[:MAX_ROWS],
            "misconceptions": (misconceptions + [{}] * BLANK_ROWS)[:MAX_ROWS],
        },
        article_text=article_text,
        **kwargs,
    )


class TryAnswerForm(AppForm):
    """A sample answer graded with the saved rubric; nothing is stored."""

    sample = TextAreaField(
        "Try an answer",
        validators=[
            DataRequired("Write an answer to try."),
            Length(max=ABSOLUTE_MAX_CHARS),
        ],
        description="Write as a student might; it is graded with the saved rubric "
        "and not stored.",
    )
