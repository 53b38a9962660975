"""Pure article analyzer: sentences, attribution, hedges, opinion cues, drafts.

Imports neither Flask nor SQLAlchemy; everything is rules and small lexicons
under `data/`, so every label comes with the words that justify it.
"""

from .core import Analysis, Sentence, analyze
from .draft import draft_pack

__all__ = ["Analysis", "Sentence", "analyze", "draft_pack"]
