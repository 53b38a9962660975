"""Content packs: files <-> plain pack data -> a validated, resolved `Pack`.

A pack is a folder: `article.md` (YAML front matter + Markdown) and one YAML file
per exercise. Three steps, each usable on its own (no database):

1. `pack_data_from_files(files)` parses file texts into *pack data*, the plain,
   JSON-safe shape a `Draft` stores: `{"meta", "body", "exercises": [{"slug",
   "kind", "title", "instructions", "items": [...]}]}`. Mappings keep their line
   as `__line__` (and exercises their file as `__file__`) for error messages;
   `clean_pack_data` drops those markers.
2. `pack_from_data(data, slug)` validates and resolves pack data into a `Pack`
   (every quote, cue and evidence located in the article) or raises `PackError`
   listing every problem with its file, line (when known) and item id.
3. `pack_files(data)` writes pack data back to stable, readable files, so
   export -> import round-trips losing nothing.

`read_pack(folder)` does 1 and 2 for a folder, so a bad pack is refused whole.

The steps live in `parse` (1), `validate` (2) and `write` (3); the types in
`model`. Import them from here: `from quizapp.packs import read_pack`.
"""

from .model import (
    EXERCISE_KINDS,
    READING_LEVELS,
    ExerciseData,
    Pack,
    PackError,
    Problem,
)
from .parse import clean_pack_data, pack_data_from_files
from .validate import check_pack_data, pack_from_data, read_pack
from .write import META_KEYS, pack_digest, pack_files

__all__ = [
    "EXERCISE_KINDS",
    "META_KEYS",
    "READING_LEVELS",
    "ExerciseData",
    "Pack",
    "PackError",
    "Problem",
    "check_pack_data",
    "clean_pack_data",
    "pack_data_from_files",
    "pack_digest",
    "pack_files",
    "pack_from_data",
    "read_pack",
]
