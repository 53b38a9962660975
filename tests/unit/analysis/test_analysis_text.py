"""Sentences and paragraphs keep offsets into whatever the teacher pasted."""

import pytest

from quizapp.analysis import analyze


def _texts(text):
    return [s.text for s in analyze(text).sentences]


def test_every_offset_indexes_the_input_string():
    text = (
        "# Title\n\n**Host:** Welcome, Dr. Smith. Officials said the strike could "
        "come soon [1](https://example.org).\n\n- A list item. Another one.\n"
    )
    for sentence in analyze(text).to_dict()["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        for cue in sentence["hedges"] + sentence["opinion_cues"]:
            assert text[cue["start"] : cue["end"]] == cue["text"]
        attribution = sentence["attribution"]
        if attribution:
            start, end = attribution["source_start"], attribution["source_end"]
            assert text[start:end] == attribution["source"]
            start, end = attribution["cue_start"], attribution["cue_end"]
            assert text[start:end] == attribution["cue"]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Dr. Khalil met J. Smith in the U.S. capital. They talked for hours."
    assert _texts(text) == [
        "Dr. Khalil met J. Smith in the U.S. capital.",
        "They talked for hours.",
    ]


def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence():
    assert len(_texts("He moved to the U.S. The move was hard.")) == 2


def test_an_abbreviation_before_an_opening_quotation_mark_ends_the_sentence():
    text = ("He weighed in on Twitter shortly after 7 a.m. “I know the tax laws "
            "better than anyone,” he wrote.")
    assert len(_texts(text)) == 2
    assert len(_texts("The vote is at 9 a.m. Tuesday in the hall.")) == 1


def test_a_quotation_spanning_sentences_stays_with_its_attribution():
    text = "“We will win. We will prevail,” the minister said. Nobody replied."
    assert _texts(text) == [
        "“We will win. We will prevail,” the minister said.",
        "Nobody replied.",
    ]


def test_a_blank_line_always_ends_a_paragraph_and_a_sentence():
    analysis = analyze("A line without a stop\n\nAnother paragraph here.")
    assert [s.paragraph for s in analysis.sentences] == [0, 1]


def test_headings_list_items_and_interview_turns_are_their_own_units():
    text = ("## The Road Ahead\n\n- first point\n- second point\n\n"
            "**Host:** Hello there.")
    analysis = analyze(text)
    assert _texts(text) == ["The Road Ahead", "first point", "second point",
                            "Hello there."]
    assert analysis.sentences[0].is_heading
    assert analysis.sentences[-1].speaker == "Host"


def test_html_is_stripped_but_offsets_point_into_the_html():
    html = ("<html><body><h1>News &amp; views</h1><p>Officials said the talks "
            "<b>may</b> fail.</p></body></html>")
    analysis = analyze(html)
    texts = [analysis.plain(s.start, s.end) for s in analysis.sentences]
    assert texts == ["News & views", "Officials said the talks may fail."]
    sentence = analysis.sentences[1]
    assert html[sentence.start : sentence.end] == sentence.text
    assert [h["text"] for h in sentence.hedges] == ["may"]


def test_plain_text_with_one_paragraph_per_line_is_split_by_lines():
    analysis = analyze("A Title In Capitals\nFirst paragraph.\nSecond paragraph.")
    assert [s.paragraph for s in analysis.sentences] == [0, 1, 2]
    assert analysis.sentences[0].is_heading


def test_plain_text_drops_markdown_inline_markup():
    text = "**Host:** It is *very* clear [1](https://example.org)."
    analysis = analyze(text)
    assert analysis.plain(0, len(text)) == "Host: It is very clear 1."


def test_a_title_case_headline_with_a_full_stop_is_still_a_heading():
    text = ("Council Votes to Close Two Libraries Despite Protests.\n\n"
            "FULL TEXT.\n\n"
            "The council voted on Tuesday to close two libraries.\n\n"
            "Maria Chen and Tom Okafor Met Residents in Leeds.")
    analysis = analyze(text)
    assert [s.is_heading for s in analysis.sentences] == [True, True, False, True]


def test_a_sentence_full_of_names_is_not_taken_for_a_headline():
    for sentence in ("Maria Chen told the BBC that Leeds City Council was wrong.",
                     "Officials in New York said so.",
                     "The EU and NATO met in Brussels on Monday."):
        analysis = analyze(f"Intro paragraph here.\n\n{sentence}")
        assert not analysis.sentences[-1].is_heading, sentence


def test_a_headline_with_a_full_stop_becomes_the_title_without_it():
    from quizapp.analysis.draft import draft_pack

    files = draft_pack(
        "Council Votes to Close Two Libraries.\n\n"
        "The council voted on Tuesday to close two libraries, the mayor said.",
        "libraries",
    )
    assert "title: Council Votes to Close Two Libraries\n" in files["article.md"]
    assert "Council Votes" not in files["claims.yaml"]
    assert "voted on Tuesday" in files["claims.yaml"]


def test_a_sentence_shaped_headline_given_as_the_title_is_no_claim():
    from quizapp.analysis.draft import draft_pack

    headline = ("Closing Ashworth's high street to cars is the best idea this "
                "town has had in years")
    files = draft_pack(f"{headline}\n\nI have lived in Ashworth for 22 years, "
                       "and the plan is overdue.", "column", headline)
    assert f"title: {headline}\n" in files["article.md"]
    assert "best idea" not in files["claims.yaml"]
    assert "22 years" in files["claims.yaml"]


@pytest.mark.parametrize("text", [
    "BRANTFORD, Ont. (NewsWire) — Police said on Tuesday they had arrested "
    "three men.",
    "HALEY FALLS, Ore. — The mill closed on Friday.",
    "He lives in Spokane, Wash., and works in Seattle.",
])
def test_a_state_or_province_after_a_place_does_not_end_the_sentence(text):
    assert len(analyze(text).sentences) == 1


def test_a_state_before_a_new_sentence_or_a_lower_case_word_still_ends_one():
    assert len(analyze("He moved to Portland, Ore. The mill closed.").sentences) == 2
    assert len(analyze("She felt ill. Doctors said she was fine.").sentences) == 2


def test_a_quotation_opened_after_a_colon_is_sorted_sentence_by_sentence():
    # a statement quoted after "said:" is often several claims of different
    # kinds: each is its own sentence, the later ones continuing the speaker
    text = ("Tolliver mocked the scene on Twitter: “Brenner sold out. His "
            "supporters are furious, and they should be!” Republican strategists "
            "hope to court his voters.")
    assert _texts(text) == [
        "Tolliver mocked the scene on Twitter: “Brenner sold out.",
        "His supporters are furious, and they should be!”",
        "Republican strategists hope to court his voters."]
    second = analyze(text).sentences[1]
    assert second.source is not None and second.source.source == "Tolliver"
    assert len(_texts('“We will win. We will prevail,” she said.')) == 1


@pytest.mark.parametrize("text", [
    "Lowe said, “We will win. We will say so in court.” Police Chief Tom Ruiz "
    "said the roads would reopen.",
    "“We see no link,” Mayor Ann Lowe said, “and we will say so in court.” "
    "Police Chief Tom Ruiz said the roads would reopen.",
])
def test_a_quotation_opened_after_a_comma_ends_with_its_last_full_stop(text):
    first, second = _texts(text)
    assert first.endswith("court.”") and second.startswith("Police")


def test_a_quotation_after_a_comma_that_goes_on_stays_one_sentence():
    assert len(_texts("He called it, “a disgrace. A total disgrace,” and left.")) == 1


def test_a_capital_after_a_time_starts_a_sentence_unless_it_dates_it():
    texts = _texts("Workers heard the news shortly after 8 a.m. Several of them "
                   "said they had no warning. The vote opens at 8 a.m. Monday and "
                   "closes at 9 p.m. GMT.")
    assert texts == ["Workers heard the news shortly after 8 a.m.",
                     "Several of them said they had no warning.",
                     "The vote opens at 8 a.m. Monday and closes at 9 p.m. GMT."]


@pytest.mark.parametrize("text", ["It doesn't. If we fail, they act.",
                                  "“The money isn’t there when it doesn’t. If we fail, "
                                  "they act.”"])
def test_the_t_of_a_contraction_is_no_initial(text):
    assert len(_texts(text)) == 2


def test_an_initial_after_an_opening_quote_mark_stays_an_initial():
    assert len(_texts("He said 'A. Smith' did it.")) == 1
