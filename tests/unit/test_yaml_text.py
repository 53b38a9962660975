"""Pack files are written as the same YAML text whichever emitter writes it, so
stored digests of published articles keep matching."""

from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quizapp.packs import pack_data_from_files
from quizapp.yaml_text import dump

CONTENT = Path(__file__).resolve().parents[2] / "content"
OPTIONS = {"sort_keys": False, "allow_unicode": True, "width": 88}

# Any character (emoji, line and paragraph separators, byte order marks and
# control characters included), and the punctuation YAML cares about.
text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
    st.text(
        st.sampled_from("ab cd.\n\t'\":-#&*!|>%@`{}[],?\x85\u2028é😀"), max_size=120
    ),
)
scalar = st.one_of(
    text, st.integers(), st.floats(allow_nan=False), st.booleans(), st.none()
)
keys = st.text(st.sampled_from("abcdefgh_-"), min_size=1, max_size=8)
value = st.recursive(
    scalar,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4)
    ),
    max_leaves=15,
)
pack_like = st.dictionaries(keys, value, min_size=1, max_size=5)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pack_like, st.booleans())
@example({"quote": "Cheers 🎉 to the council"}, False)
@example({"quote": "a\u2028b", "line": "\x85"}, True)
@example({"bom": "\ufeffTitle", "published": date(2025, 1, 15)}, True)
def test_dump_writes_what_the_python_emitter_writes(data, block):
    options = {**OPTIONS, "default_flow_style": False} if block else OPTIONS
    assert dump(data, **options) == yaml.safe_dump(data, **options)


@pytest.mark.parametrize(
    "pack", sorted(p.name for p in CONTENT.iterdir() if (p / "article.md").exists())
)
def test_library_packs_dump_as_the_python_emitter_dumps_them(pack):
    files = {p.name: p.read_text(encoding="utf-8") for p in (CONTENT / pack).iterdir()}
    data = pack_data_from_files(files)
    for exercise in data["exercises"]:
        assert dump(exercise, **OPTIONS) == yaml.safe_dump(exercise, **OPTIONS)
