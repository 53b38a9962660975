"""Blind round BK/BL (a tennis report, not judged blind since): accented
names are names ("Lucía Ferrández" is she; a question's wrong answers are
whole words, never "ndez"); "Spain's Lucía Ferrández" is the player, not her
country; a forehand "ripped" or a shot "hammered home" criticises nobody;
"Asked about her double faults, she shrugged." introduces her, not "about
her double"."""

import re

from quizapp.analysis import analyze, draft_pack
from quizapp.analysis.names import PERSON
from quizapp.analysis.referents import referents

MATCH = """Thornbury battles past Ferrández

Mia Thornbury beat Spain's Lucía Ferrández 6-4, 3-6, 7-5 on Friday.

Ferrández was gracious but clearly frustrated. She said she had felt a pain \
in her right wrist during the second set.

Asked about her double faults, Thornbury shrugged. "It's not ideal," she said.

The 22-year-old American ripped a forehand winner down the line to close it."""


def test_accented_names_are_names():
    assert [m.group() for m in PERSON.finditer("Zoë Müller met Lucía Ferrández")] \
        == ["Zoë Müller", "Lucía Ferrández"]


def test_she_after_an_accented_surname_is_that_player():
    analysis = analyze(MATCH)
    index = next(s.index for s in analysis.sentences if s.text.startswith("She said"))
    assert referents(analysis)[index] == "Lucía Ferrández"


def test_no_question_offers_a_piece_of_a_word():
    files = draft_pack(MATCH, "match", "Thornbury battles past Ferrández")
    assert not re.search(r"text: ndez\b", files["questions.yaml"])


def test_a_stroke_ripped_is_no_report():
    sentence = next(s for s in analyze(MATCH).sentences if "ripped" in s.text)
    assert sentence.source is None


def test_a_question_put_introduces_the_one_asked():
    analysis = analyze(MATCH)
    sentence = next(s for s in analysis.sentences if s.text.startswith('"It'))
    assert "double" not in (sentence.source.source if sentence.source else "")


INQUIRY = """Midwife warned of unsafe staffing

Grace Adeyemi worked on the labour ward from 2016 to 2022.

Siobhán Carroll KC, counsel to the inquiry, took Ms Adeyemi through her emails.

At one point Ms Adeyemi broke down while describing a night when, she said, a \
woman waited two hours for a doctor.

Asked by Ms Carroll whether anyone had replied, she said nobody had."""


def test_she_is_the_one_person_her_own_sentence_names_before_her():
    analysis = analyze(INQUIRY)
    found = referents(analysis)
    broke = next(s.index for s in analysis.sentences if "broke down" in s.text)
    asked = next(s.index for s in analysis.sentences if s.text.startswith("Asked"))
    assert "Adeyemi" in found[broke]
    assert "Carroll" not in found.get(asked, "")  # the one asking, not answering


def test_it_after_a_body_named_in_full_is_that_body():
    analysis = analyze("Flood claims rise\n\nThe General Insurance Council, an "
                       "industry body, said claims had doubled. It urged customers "
                       "to be wary of cold-calling claims firms.")
    urged = next(s.index for s in analysis.sentences if s.text.startswith("It urged"))
    assert referents(analysis)[urged].lower() == "the general insurance council"
