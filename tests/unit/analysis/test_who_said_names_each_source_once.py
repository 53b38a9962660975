""""Who says so?" questions offer each of the article's sources once: the
names an article uses for one person ("Mayor Ann Lowe", "Lowe", "the mayor",
"O’Neill" and "O'Neill") are one option, so the answer key never marks a name
of the right person wrong."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.questions import _reads_as_name, article_sources, who_said_items

BRIDGE = (
    "Mayor Ann Lowe said the Hartley bridge would close for repairs on Monday. "
    "The mayor said the work would take six weeks. "
    "Police Chief Tom O’Neill said traffic would be sent through the old town. "
    "O'Neill said officers would stand at both ends of the bridge. "
    "Shop owners said trade had already fallen."
)


def _questions(text: str) -> list[dict]:
    return who_said_items(analyze(text))


def _answer(item: dict) -> str:
    return next(o["text"] for o in item["options"] if o["correct"])


def test_a_person_named_three_ways_is_one_source_under_the_fullest_name():
    sources = article_sources(analyze(BRIDGE))
    assert "Mayor Ann Lowe" in sources and "Police Chief Tom O’Neill" in sources
    assert "The mayor" not in sources and "O'Neill" not in sources


def test_no_option_is_another_name_of_the_right_source():
    items = _questions(BRIDGE)
    assert items
    for item in items:
        answer = _answer(item)
        wrong = [o["text"] for o in item["options"] if not o["correct"]]
        assert not any(
            w.split()[-1].replace("’", "'") == answer.split()[-1].replace("’", "'")
            for w in wrong
        ), item


def test_a_sentence_crediting_the_mayor_is_answered_with_the_mayors_name():
    text = (
        "The mayor said the work would take six weeks. "
        "Mayor Ann Lowe said the Hartley bridge would close on Monday. "
        "Police Chief Tom Ruiz said traffic would be sent through the old town."
    )
    answers = {_answer(item) for item in _questions(text)}
    assert "Mayor Ann Lowe" in answers
    assert not any(o["text"] == "The mayor" for i in _questions(text)
                   for o in i["options"])


def test_a_role_that_fits_two_sources_asks_nothing_and_is_never_an_option():
    text = (
        "Senator Ann Lowe said the bill would pass by Friday. "
        "Senator Tom Ruiz said the vote would be close. "
        "The senator said the party had the numbers. "
        "Union leaders said members would strike if it passed."
    )
    items = _questions(text)
    assert items  # the named senators and the union leaders are asked about
    for item in items:
        assert "The senator" not in [o["text"] for o in item["options"]]
        assert "the party had the numbers" not in item["prompt"]


def test_a_role_no_named_source_holds_is_a_source_of_its_own():
    text = (
        "The mayor said the work would take six weeks. "
        "Police Chief Tom Ruiz said traffic would be sent through the old town."
    )
    assert article_sources(analyze(text)) == ["The mayor", "Police Chief Tom Ruiz"]


def test_a_body_and_its_spokesman_stay_two_sources():
    text = (
        "The White House said the talks would resume on Monday. "
        "White House spokesman Josh Earnest said no date had been set. "
        "Union leaders said members would strike if it passed."
    )
    sources = article_sources(analyze(text))
    assert "The White House" in sources
    assert "White House spokesman Josh Earnest" in sources


def test_an_honorific_and_a_title_name_one_person():
    text = (
        "President Ann Lowe said the treaty would be signed in May. "
        "Ms. Lowe said the terms were settled. "
        "Union leaders said members would strike if it passed."
    )
    sources = article_sources(analyze(text))
    assert "President Ann Lowe" in sources and "Ms. Lowe" not in sources


def test_the_poll_is_the_poll_the_article_named():
    text = (
        "A Harbor Institute poll found that 61 percent of voters backed the plan. "
        "The poll found that support had fallen since March. "
        "Mayor Ann Lowe said the plan would go ahead."
    )
    sources = article_sources(analyze(text))
    assert "The poll" not in sources
    assert any("Harbor Institute poll" in s for s in sources)


def test_a_dateline_is_not_part_of_the_source():
    text = (
        "WASHINGTON -- Senator Ann Lowe said the bill would pass by Friday. "
        "Union leaders said members would strike if it passed."
    )
    assert "Senator Ann Lowe" in article_sources(analyze(text))


@pytest.mark.parametrize(
    "fragment",
    [
        "s what the campaign",
        "Their plan needs to change and",
        "In an interview Lowe",
        "Looking at how the website",
        "Senator Lowe (D-Md.)",
        "was passed by the council with wide",
        "His",
        "Everything Lowe",
        "A deterrence to what it",
    ],
)
def test_what_does_not_read_as_a_name_is_never_an_option(fragment):
    assert not _reads_as_name(fragment)


@pytest.mark.parametrize(
    "name",
    ["Police", "The mayor", "A Harbor Institute poll", "Union leaders",
     "NYPD Commissioner James O’Neill", "The Daily Courier", "King Charles"],
)
def test_names_and_sources_read_as_names(name):
    assert _reads_as_name(name)


def test_a_quoted_sentence_in_a_prompt_has_its_own_quotes_made_single():
    # the source, a pronoun, stands inside the claim, so the prompt cites the
    # sentence and the reader finds whom "she" stands for
    text = (
        "Mayor Ann Lowe visited the bridge on Monday. "
        "“We see no link,” she said, “and we will say so in court.” "
        "Police Chief Tom Ruiz said the roads would reopen on Tuesday."
    )
    items = {item["prompt"]: item for item in _questions(text)}
    cited = "“‘We see no link,’ she said, ‘and we will say so in court.’”"
    item = items[f"Who says so? {cited}"]
    assert [o["text"] for o in item["options"] if o["correct"]] == ["Mayor Ann Lowe"]


def test_a_prompt_that_would_print_its_answer_is_not_drafted():
    text = (
        "“We see no link,” Mayor Ann Lowe said, “and we will say so in court.” "
        "Police Chief Tom Ruiz said the roads would reopen on Tuesday. "
        "Mayor Ann Lowe said the bridge would be inspected next week."
    )
    prompts = [item["prompt"] for item in _questions(text)]
    assert not any("Lowe said" in p for p in prompts)
    assert "Who says so? “the bridge would be inspected next week”" in prompts


def test_a_body_is_no_wrong_answer_when_its_own_document_is_the_source():
    text = (
        "The ferry carried 41,000 passengers last year, according to a harbour "
        "authority survey. The harbour authority said it would publish a budget "
        "in January. Councillor Dana Whitlow said the service lost money. "
        "Maria Lind said her children needed the ferry. "
        "Mayor Rob Teague said the vote was close."
    )
    items = _questions(text)
    asked = {_answer(item): item for item in items}
    assert "A harbour authority survey" in asked
    for answer, other in (("A harbour authority survey", "The harbour authority"),
                          ("The harbour authority", "A harbour authority survey")):
        wrong = [o["text"] for o in asked[answer]["options"] if not o["correct"]]
        assert other not in wrong


def test_a_person_placed_at_a_body_is_not_the_body():
    text = (
        "A repairs manager at the council said the work had been delayed for years. "
        "The council said in a statement that all repairs would be done by May. "
        "Tenant leader Ann Lowe said residents had waited too long."
    )
    asked = {next(o["text"] for o in i["options"] if o["correct"]): i
             for i in _questions(text)}
    assert "The council" in asked


def test_a_number_with_a_comma_stays_in_the_source():
    text = ("A snap poll by YouGov of 1,400 viewers found that 48 percent thought "
            "Marsh had won. " "Mayor Ann Lowe said the debate was lively. "
            "Union leaders said members would watch the next one.")
    sources = article_sources(analyze(text))
    assert not any(s.startswith("400") for s in sources)


def test_a_role_no_source_holds_by_name_never_faces_the_person_it_may_call_back():
    text = ("Fraud trial opens\n\n"
            "Opening the case for the Crown, Catherine Moorfield KC told jurors "
            "that Mr Ellery had raised false invoices.\n\n"
            "The prosecutor said the money had paid for a villa in the Algarve.\n\n"
            "Adrian Saltmarsh KC, for Mr Ellery, said the records were poor.\n\n"
            "Legal observers said the case may turn on the documents.\n")
    for item in who_said_items(analyze(text)):
        options = {o["text"] for o in item["options"]}
        assert not {"The prosecutor", "Catherine Moorfield KC"} <= options, item


def test_a_body_after_a_person_is_still_a_wrong_answer_for_their_claim():
    text = ("Library closures\n\n"
            "Mayor Ann Lowe said the two branches would close in March.\n\n"
            "The district council said the savings came to £400,000.\n\n"
            "Union leaders said members would protest.\n\n"
            "Friends of Eastgate Library said the plan was rushed.\n")
    asked = {next(o["text"] for o in i["options"] if o["correct"]):
             {o["text"] for o in i["options"]} for i in who_said_items(analyze(text))}
    # a body is no role calling back the mayor: it may face her claim
    assert "The district council" in asked["Mayor Ann Lowe"]


def test_a_councillors_title_names_the_same_person():
    text = ("Merger row\n\n"
            "Councillor Rosa Delaney said there was no merger plan.\n\n"
            "Darren Foley, an opposition councillor, said the memo was a "
            "timetable.\n\n"
            "Cr Foley said he would move a motion next week.\n\n"
            "Cr Delaney said officers examined options routinely.\n\n"
            "Dr Hannah Mbeki said the leak would damage trust.\n")
    assert article_sources(analyze(text)) == [
        "Councillor Rosa Delaney", "Darren Foley", "Dr Hannah Mbeki"]
