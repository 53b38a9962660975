from flask_wtf import FlaskForm


class AnswerForm(FlaskForm):
    """CSRF only: the answer fields depend on the item and its checker parses them."""


class StartForm(FlaskForm):
    """Start, resume or retake an exercise (CSRF only)."""
