"""Text matching for free-text answers: normalisation, a synonym lexicon, matching
of teacher phrasings inside student answers, and reference-answer similarity.

Pure Python plus snowballstemmer and rapidfuzz; no model, no network.
"""
