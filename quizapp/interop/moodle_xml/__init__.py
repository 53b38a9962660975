"""Moodle XML question files: `parse` and `write`, in the normalised shape.

Pure: no Flask, no database. See `quizapp.interop.shape` for the question dicts.
"""

from .read import SUPPORTED, parse, parse_report
from .write import write, write_question

__all__ = ["SUPPORTED", "parse", "parse_report", "write", "write_question"]
