"""Pure grading core: one checker per exercise type, and scoring maths.

Imports neither Flask nor SQLAlchemy (a unit test guards it).
"""

from . import (  # noqa: F401  (registers the built-in types)
    choice,
    claims,
    cues,
    freetext,
    matching,
    numeric,
    short_answer,
)
from .base import CHECKERS, Checker, InvalidAnswer, Result, get_checker, register

__all__ = ["CHECKERS", "Checker", "InvalidAnswer", "Result", "get_checker", "register"]
