"""A source set in a Markdown link, in bold or in HTML tags is named as it
reads, without the markup ("according to a new study in the Journal of Aging
Research", not "... in the [Journal of Aging Research"): students read it in
the source line, the explanation and the who-said-it options. A numbered
link is still credited by its address, and an interview turn's speaker by
the label."""

import pytest

from quizapp.analysis import analyze


@pytest.mark.parametrize(("text", "source", "phrase"), [
    ("Headline\n\nWalking daily is linked to better memory, according to a new "
     "study in the [Journal of Aging Research](https://example.org/jar/123).\n",
     "a new study in the Journal of Aging Research",
     "'according to a new study in the Journal of Aging Research'"),
    ("Headline\n\n**Dr Ana Ruiz** said the results were striking.\n",
     "Dr Ana Ruiz", "'Dr Ana Ruiz said'"),
    ("<html><body><h1>Prices</h1><p>Prices rose, <b>the ministry</b> said on "
     "Monday.</p></body></html>", "the ministry", "'the ministry said'"),
])
def test_a_source_in_markup_is_named_without_it(text, source, phrase):
    sentence = analyze(text).sentences[-1]
    assert sentence.attribution.source == source
    assert sentence.explanation.startswith(phrase)
    assert not set("[]*<>") & set(sentence.explanation)


def test_an_interview_turns_label_still_names_its_speaker():
    text = ("Headline\n\n**Q:** Will farmers plant more hedges?\n\n"
            "**Dr Lane:** Farmers are likely to plant more hedges.\n")
    sentence = analyze(text).sentences[-1]
    assert sentence.attribution.source == "Dr Lane"
    assert sentence.explanation.startswith("Dr Lane is speaking")
