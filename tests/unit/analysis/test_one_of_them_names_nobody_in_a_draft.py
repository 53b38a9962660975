"""Audit CD: "One said" speaks for one of the unnamed sources told of before;
a drafted claim gives its kind (anonymous) but no name "One", which names
nobody out of its sentence."""

import yaml

from quizapp.analysis.draft import draft_pack

TEXT = ("# Savers\n\nSeveral savers who lost money attended the hearing, though "
        "none would give their names. One said the trial had come far too late "
        "for her husband.\n")


def test_one_of_the_unnamed_is_anonymous_and_unnamed():
    claims = yaml.safe_load(draft_pack(TEXT, "savers")["claims.yaml"])["items"]
    one = next(c for c in claims if c["quote"].startswith("One said"))
    assert one["source"]["kind"] == "anonymous"
    assert "name" not in one["source"]
