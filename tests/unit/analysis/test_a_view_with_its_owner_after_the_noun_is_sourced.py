"""What a view holds, with its owner after the noun ("The official
explanation, given by spokesperson Mark Ellison at a briefing, was that ...",
"The message from the mayor was that ...") credits the owner, as "Ellison's
explanation was that ..." does; a point of view or a thing that cannot hold
a view ("The message from the floods is that ...") credits nobody."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text, source", [
    ("The official explanation, given by transit spokesperson Mark Ellison at a "
     "press briefing on March 3, was that the authority faces a $2.1 million "
     "shortfall.", "Mark Ellison"),
    ("The reason offered by the club was that the pitch was waterlogged.",
     "the club"),
    ("The message from the mayor was that the library would stay open.",
     "the mayor"),
    ("Ellison's explanation was that the authority faces a shortfall.",
     "Ellison"),
])
def test_the_owner_of_a_view_is_its_source(text, source):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert source in sentence.attribution.source


@pytest.mark.parametrize("text", [
    "The message from the floods is that the defences are too low.",
    "The principal reason, from the point of view of the town, is that the "
    "bridge is old.",
    "The reason for the delay was that the parts arrived late.",
])
def test_a_view_nobody_owns_credits_nobody(text):
    assert only(text).source_kind == "none"
