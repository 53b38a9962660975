from ..forms import AppForm


class AnswerForm(AppForm):
    """CSRF only: the answer fields depend on the item and its checker parses them."""


class StartForm(AppForm):
    """Start, resume or retake an exercise (CSRF only)."""
