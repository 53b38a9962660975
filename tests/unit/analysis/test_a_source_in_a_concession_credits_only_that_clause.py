"""A source that speaks inside a concession or a condition ("..., though an
arbitration panel in 2001 found ...", "Although experts say ..., ...") credits
that side clause only, however long its subject; the sentence's main claim is
the writer's. The source's name starts after "though"."""


from .sentences import only


def test_a_long_subject_after_though_is_a_side_source():
    sentence = only("Mexico kept its cool for a while, though an arbitration "
                    "panel in 2001 found the United States was in breach.")
    assert sentence.attribution.source == "an arbitration panel in 2001"
    assert sentence.side_source and sentence.label == "unsourced"
    assert "credits only the side clause" in sentence.explanation


def test_a_concession_opening_the_sentence_is_a_side_source():
    sentence = only("Although experts say the plan is sound, the council "
                    "rejected it on Tuesday.")
    assert sentence.attribution.source == "experts"
    assert sentence.label == "unsourced"


def test_a_main_clause_source_beside_a_concession_still_credits_the_claim():
    sentence = only("The mayor said the library would reopen in May, although "
                    "critics disagree.")
    assert (sentence.attribution.source, sentence.source_kind) == ("The mayor",
                                                                   "named")
    assert not sentence.side_source
