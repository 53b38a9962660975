"""A document or record opening the sentence with who made it or where it
comes from, then a verb of evidence ("show", "suggest", "reveal"), is the
source, a citation, named by its noun phrase up to who made it ("Documents
obtained by the Examiner show": "Documents"): not the last name inside it
("Road" of "the Office of Rail and Road"), nor the maker with the verb
("the research group Open Borders Monitor show")."""

import pytest

from .sentences import only


@pytest.mark.parametrize(("text", "source"), [
    ("Satellite images published by the research group Open Borders Monitor show "
     "that both sides have moved artillery.",
     "Satellite images"),
    ("Figures from the Office of Rail and Road show that punctuality fell.",
     "Figures"),
    ("Records obtained by the Times show the mayor met the developer twice.",
     "Records"),
])
def test_the_document_with_its_maker_is_the_source(text, source):
    sentence = only(text)
    assert sentence.source_kind == "citation"
    assert sentence.attribution.source == source
