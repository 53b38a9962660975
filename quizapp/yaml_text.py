"""YAML text of pack data, the same text PyYAML's pure-Python emitter writes,
written by libyaml when it can.

Pack files and their digest (`packs.write.pack_digest`, stored with every
published article) depend on that text, so the faster emitter may only be used
where it writes the same: libyaml and PyYAML's emitter escape and fold a few
characters differently (characters outside the Basic Multilingual Plane such as
emoji, U+0085, U+2028, U+2029 and U+FEFF); data holding any of them goes
through the Python emitter. `tests/unit/test_yaml_text.py` compares both on
random data.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

_FAST = getattr(yaml, "CSafeDumper", None)  # libyaml when built
#: Characters libyaml writes differently from PyYAML's emitter.
_DIFFERENT = re.compile("[\x85\u2028\u2029\ufeff\U00010000-\U0010ffff]")


def _fast_writes_the_same(data: Any) -> bool:
    try:
        text = json.dumps(data, ensure_ascii=False, default=str)
    except (TypeError, ValueError):  # keys json cannot write: play safe
        return False
    return not _DIFFERENT.search(text)


def dump(data: Any, **options: Any) -> str:
    """`yaml.safe_dump(data, **options)`, libyaml's speed where its text is the
    same (see the module's docstring)."""
    if _FAST is not None and _fast_writes_the_same(data):
        return yaml.dump(data, Dumper=_FAST, **options)
    return yaml.safe_dump(data, **options)
