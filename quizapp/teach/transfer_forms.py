"""Forms of the question-bank pages: upload for a preview, then confirm."""

from __future__ import annotations

from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..forms import AppForm

SUFFIXES = ["gift", "txt", "xml", "zip"]


class _Target(AppForm):
    into = SelectField(
        "Import into",
        choices=[],
        validate_choice=False,
        description="A new exercise set, or one of your sets (the questions are "
        "added as a new exercise).",
    )
    title = StringField(
        "Title of the new set or exercise",
        validators=[Optional(), Length(max=300)],
        description="Leave empty to use the file's category name.",
    )

    def set_targets(self, drafts) -> None:
        self.into.choices = [("", "A new exercise set")] + [
            (str(d.id), d.data.get("meta", {}).get("title") or d.slug) for d in drafts
        ]


class QuestionUploadForm(_Target):
    upload = FileField(
        "Question file",
        validators=[
            FileRequired("Choose a file."),
            FileAllowed(SUFFIXES, "Upload a .gift, .txt, .xml or .zip file."),
        ],
        description="GIFT (.gift or .txt), Moodle XML (.xml), a QTI 3.0 item "
        "(.xml) or package (.zip); up to 1 MB.",
    )


class QuestionConfirmForm(_Target):
    """Posts the previewed file back; it is parsed and checked again."""

    filename = HiddenField(validators=[DataRequired(), Length(max=200)])
    payload = HiddenField(validators=[DataRequired()])


class TypedQuestionForm(AppForm):
    """Edit an imported short-answer, number or matching question."""

    prompt = TextAreaField("Question", validators=[DataRequired(), Length(max=2000)])
    answers = TextAreaField("Answers", validators=[DataRequired(), Length(max=10000)])
    case_sensitive = BooleanField("Upper and lower case must match")
    explanation = TextAreaField(
        "Explanation (shown after answering)", validators=[Length(max=2000)]
    )

    HELP = {
        "short_answer": "One accepted answer per line: answer | credit % | feedback. "
        "* stands for any text, e.g. *release* | 50.",
        "numeric": "One number per line: number | tolerance | credit % | feedback. "
        "* as the number catches every other answer.",
        "matching": "One pair per line: left -> right. A line -> text adds an "
        "extra wrong answer.",
    }
