"""The drafter marks cues in the text: mark_cues items from sourced and hedged
sentences, each cue a span of its sentence with its kind."""

from quizapp.analysis import analyze
from quizapp.analysis.cue_marking import mark_cue_items
from quizapp.grading import get_checker

TEXT = """Ferry fares

A spokesperson for the ferry company confirmed that the winter timetable will be cut.

Some residents believe the cuts could hurt local shops, and fares could rise.

The harbour is a lovely place to walk.
"""


def test_sourced_and_hedged_sentences_become_cue_marking_items():
    items = mark_cue_items(analyze(TEXT))
    assert items, "no cue-marking item drafted"
    checker = get_checker("mark_cues")
    for item in items:
        assert item["type"] == "mark_cues" and item["machine"]["confidence"] > 0
        assert checker.validate_spec(item) == [], item
        for cue in item["cues"]:
            assert cue["kind"] in ("source", "uncertainty")
            assert item["quote"][cue["start"] :].startswith(cue["text"])
    quotes = " ".join(i["quote"] for i in items)
    assert "lovely place" not in quotes  # opinion: no source or hedge to mark


def test_a_repeated_hedge_is_marked_at_each_place():
    items = mark_cue_items(analyze(TEXT))
    residents = next(i for i in items if i["quote"].startswith("Some residents"))
    coulds = [c for c in residents["cues"] if c["text"] == "could"]
    assert len(coulds) == 2 and coulds[0]["start"] != coulds[1]["start"]
    kinds = {c["kind"] for c in residents["cues"]}
    assert kinds == {"source", "uncertainty"}


def test_a_long_source_without_a_comma_is_keyed_up_to_its_head_noun():
    text = ("A survey of 850 passengers carried out by the campaign group Better "
            "Buses Westmoor found that 62 per cent of those asked had no other "
            "way of making their journey.")
    (item,) = mark_cue_items(analyze(text))
    assert [c["text"] for c in item["cues"]] == ["A survey", "found"]


def test_a_reporting_verb_that_hedges_is_marked_as_uncertainty_apart_from_its_source():
    from quizapp.analysis.cue_marking import sentence_cues
    text = "Earlier measurements suggested that a global ocean lies beneath the ice."
    analysis = analyze(text)
    cues = sentence_cues(analysis, analysis.sentences[0], text)
    assert {"text": "suggested", "kind": "uncertainty", "start": 21} in cues
    assert not any("suggested" in c["text"] for c in cues if c["kind"] == "source")


def test_a_sentence_hedged_by_a_condition_is_not_asked():
    analysis = analyze("House prices are likely to fall further if lenders keep "
                       "tightening, analysts say. The council may close the "
                       "library next year, officials said.")
    quotes = [item["quote"] for item in mark_cue_items(analysis)]
    assert all(" if " not in quote for quote in quotes)
    assert any("may close" in quote for quote in quotes)


MANY_NAMED = """Airline cancels flights

Crestline said on Monday it had cancelled 1,940 flights since Saturday.

Marcus Bell, 34, said he and his wife had slept at the airport for two nights.

Priya Shah, a teacher from Dayton, said her flight had been moved three times.

Tom Reyes, 52, said he had been offered a voucher but no hotel.

Ana Lopez, a nurse, said she had missed two shifts because of the delays.

Gary Moss, a retired pilot, said the airline had cut its reserve crews.

A senior manager at the airline, speaking on condition of anonymity, said the \
system had failed.
"""


def test_each_way_a_claim_is_credited_is_marked_before_more_of_the_same():
    analysis = analyze(MANY_NAMED)
    items = mark_cue_items(analysis)
    kinds = set()
    for item in items:
        sentence = next(s for s in analysis.sentences
                        if item["quote"] in " ".join(s.text.split()))
        kinds.add(sentence.source_kind)
    assert {"named", "anonymous"} <= kinds  # the unnamed manager, less sure
    # than five named passengers, is asked before a sixth of them
