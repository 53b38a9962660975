"""GIFT, Moodle's plain-text question format: `parse` and `write`.

Pure: no Flask, no database. See `quizapp.interop.shape` for the question dicts.
"""

from .read import (
    ENCODING_MESSAGE,
    ParseResult,
    decode,
    parse,
    parse_report,
    read_question,
)
from .write import write, write_question

__all__ = [
    "ENCODING_MESSAGE",
    "ParseResult",
    "decode",
    "parse",
    "parse_report",
    "read_question",
    "write",
    "write_question",
]
