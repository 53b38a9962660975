"""A sentence that lies inside a quotation belongs to the quotation's speaker,
whether the attribution comes before, inside or after the quoted stretch, and
when news style carries the quotation into the next paragraph; its words still
decide its kind. A stray mark or a scare quote opens no stretch."""

import pytest
import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack
from quizapp.analysis.questions import who_said_items
from quizapp.analysis.quotes import MAX_RUN, stretches
from quizapp.analysis.text import parse


def _sentence(text: str, start: str):
    """The sentence of `text` that begins with `start` (quote marks aside)."""
    return next(s for s in analyze(text).sentences
                if s.text.lstrip("“‘\"'").startswith(start))


def _speaker(text: str, start: str) -> str | None:
    source = _sentence(text, start).source
    return source.source if source else None


# A quotation the splitter cannot keep in one sentence: doubled apostrophes
# (older wire copy), or an introduction that ends its own paragraph.
AFTER = ("Councillors met on Tuesday. ''The harbour wall was built in 1910. "
         "Nobody has repaired it since. It cracked again in March,'' said Harbour "
         "Master Ines Alvarez.")
BEFORE = ("Harbour Master Ines Alvarez said:\n\n“The harbour wall was built in "
          "1910. Nobody has repaired it since. It cracked again in March.”")


@pytest.mark.parametrize("text", [AFTER, BEFORE], ids=["said-after", "said-before"])
def test_every_sentence_of_a_quoted_stretch_is_credited_to_its_speaker(text):
    for start in ("The harbour wall", "Nobody has repaired", "It cracked"):
        assert _sentence(text, start).label == "sourced"
        assert _speaker(text, start) == "Harbour Master Ines Alvarez"


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"'), ("''", "''")],
                         ids=["curly", "straight", "doubled-apostrophes"])
def test_straight_curly_and_doubled_apostrophe_marks_all_make_a_stretch(open_,
                                                                        close):
    text = (f"{open_}The ferry left at noon,{close} said the captain, Luis Soto. "
            f"{open_}It reached the island at four. The crew was paid in "
            f"cash.{close}")
    assert _speaker(text, "The crew") == _speaker(text, "The ferry") is not None
    assert "continues" in _sentence(text, "The crew").explanation


def test_a_quotation_reopened_in_the_next_paragraph_keeps_its_speaker():
    text = ("“The plant will close in March,” said Mayor Ana Ruiz. “Two hundred "
            "jobs go with it.\n\n"
            "“We asked the state for help. The answer came back in a week.”\n\n"
            "The plant opened in 1962.")
    for start in ("Two hundred", "We asked", "The answer"):
        assert _speaker(text, start) == "Mayor Ana Ruiz"
        assert "the quotation of Mayor Ana Ruiz" in _sentence(text, start).explanation
    assert _speaker(text, "The plant opened") is None


def test_a_quoted_judgement_is_an_opinion_of_the_speaker():
    text = ("“The ferry runs twice a day,” said Tom Barker, who runs it. “The "
            "council has been hopeless on this. It is a disgraceful waste of "
            "money.”")
    sentence = _sentence(text, "It is a disgraceful")
    assert sentence.kind == "opinion"
    assert sentence.source.source == "Tom Barker"
    assert "nobody is quoted" not in sentence.explanation
    assert "the quotation of Tom Barker" in sentence.explanation


def test_an_attribution_inside_the_quoted_words_does_not_take_the_stretch():
    text = ("“There are two reasons,” Senator Ann Cole said. “First, he is not as "
            "rich as he says he is. Second, the deal was signed in May. Third, "
            "the bank was paid late.”")
    assert _speaker(text, "Second") == "Senator Ann Cole"
    assert _speaker(text, "Third") == "Senator Ann Cole"


def test_each_speaker_label_in_a_quoted_transcript_speaks_for_its_paragraph():
    text = ("Partial transcript as follows:\n\n"
            "\"HOST: Welcome back. The vote is on Friday. Will it pass?\n\n"
            "\"LEE: Yes. The votes were counted last night. We have enough.\n\n"
            "\"HOST: Thank you.\"")
    assert _speaker(text, "The vote is") == "HOST"
    assert _speaker(text, "The votes were counted") == "LEE"


def test_a_stray_opening_mark_does_not_capture_the_sentences_after_it():
    text = ("Officials said the bridge would reopen on Monday. Drivers had used "
            "the “temporary route for a month. The route added ten miles. "
            "Shops near the bridge lost trade. Buses ran late all week.")
    for start in ("The route", "Shops near", "Buses ran"):
        sentence = _sentence(text, start)
        assert sentence.quoted_from is None
        assert sentence.label != "sourced"


def test_scare_quotes_inside_a_sentence_open_no_stretch():
    text = ("The minister said the budget was “balanced” on Monday. "
            "The deficit grew by 4 percent in 2023. "
            "Critics call the plan “creative accounting” in private. "
            "Tax receipts fell in June.")
    for start in ("The deficit", "Tax receipts"):
        sentence = _sentence(text, start)
        assert sentence.quoted_from is None
        assert sentence.label == "unsourced"


def test_an_unclosed_quoted_paragraph_runs_no_further_than_its_paragraph():
    text = ("The owner, Dan Holt, spoke to the council on Monday.\n\n"
            "“The mill will reopen in May. We have new orders.\n\n"
            "The town has 4,000 people. The school closed in 2019.")
    assert _speaker(text, "We have new") == "Dan Holt"
    for start in ("The town has", "The school closed"):
        assert _sentence(text, start).quoted_from is None


def test_a_stretch_left_open_ends_after_a_bounded_run_of_sentences():
    sentences = " ".join(f"Line {n} was read aloud." for n in range(MAX_RUN + 4))
    text = "“" + sentences
    doc = parse(text)
    quoting = stretches(doc.masked.masked, doc.sentences)
    assert quoting[0].start == quoting[1].start >= 0
    assert all(q.start == -1 for q in quoting[MAX_RUN + 1:])


SCHOOL = ("Anna Wells said the school would stay open. “The roof was fixed in "
          "June,” said Raj Patel, the head teacher. “The heating works again. "
          "The new windows arrive in May.”")


def test_a_drafted_claim_from_a_continued_quote_names_the_quoted_speaker():
    claims = yaml.safe_load(draft_pack(SCHOOL, "school")["claims.yaml"])["items"]
    heating = next(c for c in claims if c["quote"].startswith("“The heating"))
    assert heating["label"] == "sourced"
    assert heating["source"]["name"] == "Raj Patel"


def test_who_said_questions_never_credit_a_continued_quote_to_another_source():
    items = who_said_items(analyze(SCHOOL))
    assert items
    for item in items:
        answer = next(o["text"] for o in item["options"] if o["correct"])
        if "heating" in item["prompt"] or "windows" in item["prompt"]:
            assert answer == "Raj Patel"


def test_a_quotation_continued_from_a_group_reads_as_the_quotation_of_that_group():
    text = ("Two porters spoke to us. “Nobody has talked to us,” one of them said. "
            "“It is a disgrace.”")
    explanation = _sentence(text, "It is a disgrace").explanation
    assert "the quotation of one of them" in explanation
    assert "them's" not in explanation


# British style: single curly marks, with apostrophes inside and a plural's
# apostrophe that closes nothing.
SINGLE = ("Shop owner Martin Gilbert said staff had been shaken. ‘They did "
          "everything right,’ he said. ‘They pressed the alarm and the staff’s "
          "room stayed locked. The traders’ association was told. It was over "
          "in about a minute.’ Police said the road reopened at noon.")


@pytest.mark.parametrize("start", ["They pressed", "The traders", "It was over"])
def test_single_curly_marks_make_a_stretch_of_the_speaker(start):
    assert _speaker(SINGLE, start) == "he"


def test_the_stretch_of_single_marks_ends_at_its_closing_mark():
    assert _sentence(SINGLE, "Police said").source.source == "Police"
    assert _sentence(SINGLE, "Shop owner").label == "sourced"
