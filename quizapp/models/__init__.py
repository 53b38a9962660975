"""All models, imported here so Alembic and the app see every table."""

from .attempt import Answer, Attempt
from .content import Article, Exercise, Item
from .user import ROLES, User

__all__ = ["ROLES", "Answer", "Article", "Attempt", "Exercise", "Item", "User"]
