"""Each draft asks "Who says so?" once of a sentence the writer states on
their own word that names one of the article's sources: the name tempts, and
the right answer is nobody. Without such a sentence, or with too few sources
to offer, nothing extra is asked."""

import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack
from quizapp.analysis.questions import who_said_items

ARTICLE = """Delgado wins

Rosa Delgado said the city was ready for change.

Gary Whitcomb said he respected the voters' decision.

Leonard Osei, a political scientist, said the honeymoon would be short.

Whitcomb conceded at about 11 p.m. in a short speech to supporters at a downtown hotel.
"""


def _nobody_items(text: str) -> list[dict]:
    return [item for item in who_said_items(analyze(text))
            if item["options"][-1]["correct"]]


def test_a_deed_the_writer_reports_is_asked_with_the_doer_as_a_wrong_answer():
    (item,) = _nobody_items(ARTICLE)
    assert "Whitcomb conceded" in item["prompt"]
    options = {o["text"]: o["correct"] for o in item["options"]}
    assert options["Gary Whitcomb"] is False
    assert sum(options.values()) == 1
    assert item["options"][-1]["text"].startswith("Nobody")
    assert "writer's own word" in item["explanation"]


def test_without_such_a_sentence_nothing_extra_is_asked():
    text = ARTICLE.replace("Whitcomb conceded at about 11 p.m. in a short speech "
                           "to supporters at a downtown hotel.",
                           "Turnout was 41 per cent.")
    assert _nobody_items(text) == []


def test_a_sentence_whose_source_another_question_marks_is_not_asked_who_said():
    files = draft_pack(ARTICLE, "delgado")
    items = yaml.safe_load(files["questions.yaml"])["items"]
    marked = {item["quote"] for item in items if item["type"] == "mark_cues"}
    asked = {item["evidence"][0] for item in items if item["type"] == "who_said"
             and item["options"][0]["correct"]}
    # three sourced sentences: marking them all would leave "Who says so?"
    # with nothing to ask, so the who-said questions choose first
    assert asked and not marked & asked


def test_a_long_article_marks_its_surest_sentences_and_asks_who_said_of_others():
    text = ARTICLE + "".join(
        f"\nOfficials said the count in ward {n} had been checked twice by "
        f"clerks.\n" for n in range(1, 7))
    items = yaml.safe_load(draft_pack(text, "delgado")["questions.yaml"])["items"]
    marked = {item["quote"] for item in items if item["type"] == "mark_cues"}
    asked = {item["evidence"][0] for item in items if item["type"] == "who_said"
             and item["options"][0]["correct"]}
    assert marked and asked and not marked & asked


def test_no_nobody_question_where_someone_is_credited_inside_or_whose_words_told():
    told = ARTICLE.replace(
        "Whitcomb conceded at about 11 p.m. in a short speech to supporters at a "
        "downtown hotel.",
        '"We lost." Those were the words of Gary Whitcomb at a downtown hotel.')
    assert _nobody_items(told) == []
    side = ARTICLE.replace(
        "Whitcomb conceded at about 11 p.m. in a short speech to supporters at a "
        "downtown hotel.",
        "The recount, which Whitcomb says will be held in May, will be closely "
        "watched.")
    assert _nobody_items(side) == []


def test_no_nobody_question_of_words_given_or_how_someone_remembers():
    given = ARTICLE.replace(
        "Whitcomb conceded at about 11 p.m. in a short speech to supporters at a "
        "downtown hotel.",
        "Whitcomb sounded a call for calm as he issued a statement at a downtown "
        "hotel.")
    assert _nobody_items(given) == []
    remembered = ARTICLE.replace(
        "Whitcomb conceded at about 11 p.m. in a short speech to supporters at a "
        "downtown hotel.",
        '"He never gave up." That is how Osei remembers the campaign.')
    assert _nobody_items(remembered) == []
