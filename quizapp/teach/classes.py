"""Teacher routes: classes (being written)."""

from . import bp  # noqa: F401
