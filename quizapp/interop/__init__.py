"""PURE question formats: GIFT, Moodle XML and QTI 3 <-> normalised question dicts.

Imports neither Flask nor SQLAlchemy; services store what these return.
"""

from .shape import InteropError

__all__ = ["InteropError"]
