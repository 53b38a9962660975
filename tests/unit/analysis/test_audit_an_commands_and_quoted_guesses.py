"""Audits AN and AO (a ferry cut, a misconduct inquiry, a wildfire, a count
night, a drug recall, an obituary; a sentencing, a transfer rumour, a phone
review, a flood warning, a hygiene rating, a column on phones in schools):
a command told to the reader or quoted is advice, named by its verb; a
quoted speaker's "we" beside a guess is the guess; a pointer to the page
("Read the rest here") is page furniture."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.opinion import command_at

from .sentences import only


@pytest.mark.parametrize("text", [
    "Keep taking your medicine.",
    "Check the batch number on the side of the box and speak to your pharmacist.",
    "Talk to your doctor first.",
    "Stay home if you are ill.",
    "But please call the helpline before you travel.",
])
def test_a_command_to_the_reader_is_advice_named_by_its_verb(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    verb = text.replace("But please ", "").split()[0].lower()
    assert f"'{verb}'" in sentence.explanation.lower()
    assert "what to do" in sentence.explanation


@pytest.mark.parametrize("text", [
    "Fund managers said the market fell.",
    "Support for the plan grew.",
    "Close to 40 people died in the fire.",
    "Change comes slowly.",
    "Head teachers met the minister.",
    "SPEND A QUARTER This step is harder.",
])
def test_a_statement_opening_on_a_noun_is_no_command(text):
    assert command_at(text, 0, len(text)) is None
    assert only(text).label != "opinion"


def test_a_quoted_command_is_the_speakers_advice():
    sentence = only('"Bring your pack in or phone ahead," she said.')
    assert sentence.label == "opinion"
    assert "'Bring'" in sentence.explanation


def test_a_slogan_that_commands_is_its_placards_advice():
    sentence = only("“Save our library,” read one placard.")
    assert (sentence.label, sentence.source_kind) == ("opinion", "citation")


def test_a_quoted_command_inside_a_sentence_needs_its_quotation_mark_to_open_it():
    # a quoted word is no command opening a quotation
    text = 'The minister called the plan "Stop-gap thinking" on Monday.'
    assert all(c["text"] != "Stop" for c in only(text).opinion_cues)


def test_a_quoted_speakers_we_beside_a_guess_is_the_guess():
    text = ('"It has been the worst year of our lives," said Graham Forde. "I '
            "don't think we will ever get over that.\"")
    last = analyze(text).sentences[-1]
    assert last.label == "speculation"
    assert last.source.source == "Graham Forde"


def test_a_quoted_speakers_we_with_a_view_of_their_own_holds_it():
    text = ("The committee's spokesman, Joaquim Reyes, described the speech as "
            'empty.\n\n"Words cost nothing," he told reporters. "The drums are '
            'still sitting in a glass case in Solvik. When they come home, we will '
            'believe this is a new chapter."')
    assert analyze(text).sentences[-1].label == "opinion"


def test_what_a_speaker_says_will_always_be_their_priority_is_a_pledge():
    assert only('Dr Martin Eversley insisted that patient safety "has been and will '
                'always be our first priority."').label == "sourced"


def test_the_writers_we_beside_a_guess_still_argues():
    text = ("In this season of hope, we might wish that the candidates would "
            "reckon with our debts.")
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "Read the rest here.",
    "Follow him on Twitter: @AWRHawkins.",
    "Check out the full trailer for the documentary below.",
])
def test_a_pointer_to_the_page_is_furniture(text):
    assert only(text).kind == "boilerplate"


@pytest.mark.parametrize("text", [
    "Critics have questioned why the council did not step in sooner.",
    "Some fans have questioned whether Brandão is worth the money.",
    "Patient groups questioned why the problem had not been caught earlier.",
])
def test_doubt_cast_by_questioning_is_a_judgement_reported(text):
    assert only(text).label == "opinion"


def test_what_critics_question_they_doubt():
    assert only("Critics have also questioned whether receiving countries can "
                "care for returned objects.").label == "opinion"


@pytest.mark.parametrize("text", [
    "The senator questioned the witness for an hour.",
    "Reporters asked whether the minister would resign.",
    "Customers have questioned why it took almost two weeks to disclose the breach.",
    "Some observers had questioned whether the links would favour long hitters.",
])
def test_a_question_put_is_no_judgement(text):
    assert only(text).label != "opinion"


@pytest.mark.parametrize("text", [
    "A drugmaker is recalling 400,000 packs after routine testing found that some "
    "batches may contain an impurity.",
    "Mr. Obama, who understood that a legislative push would be fruitless, told "
    "his advisers to act alone.",
])
def test_a_guess_in_what_a_side_clause_found_leaves_the_main_claim_a_fact(text):
    assert only(text).label != "speculation"


def test_a_guess_in_what_the_main_clause_found_is_the_sentences():
    assert only("Routine testing found that some batches may contain an "
                "impurity.").label == "speculation"


REVIEW = """Norvane Pulse 8 review

The phone is fast.

Screen: 6.5in OLED, 120Hz
Storage: 256GB, no memory card slot
Weight: 196g

The battery is the best we have tested.

Pros: outstanding battery, fast charger included
Cons: weak low-light photos, unadventurous design"""


def test_a_fact_box_or_pros_and_cons_is_a_list_left_unsorted_with_its_reason():
    from quizapp.analysis import draft_pack
    from quizapp.analysis.draft import EXCLUDED

    lists = [s for s in analyze(REVIEW).sentences if s.kind == "list"]
    assert [s.text.split(":")[0] for s in lists] == ["Screen", "Pros"]
    assert all(s.source is None for s in lists)
    claims = draft_pack(REVIEW, "review", "Norvane Pulse 8 review")["claims.yaml"]
    assert "Pros" not in claims and "196g" not in claims
    assert "list" in EXCLUDED


def test_a_transcripts_turns_are_no_list():
    text = "Reporter: Why did you resign?\nMayor: Because the numbers added up."
    assert all(s.kind != "list" for s in analyze(text).sentences)


@pytest.mark.parametrize(("text", "source"), [
    ('"Tiago is happy here," Camacho was quoted as saying.', "Camacho"),
    ("Camacho was quoted by a Lisbon paper as saying Tiago is happy.", "Camacho"),
    ("The minister was heard saying the plan had failed.", "The minister"),
])
def test_words_quoted_as_someones_saying_are_theirs(text, source):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("sourced", "named")
    assert sentence.source.source == source


@pytest.mark.parametrize("text", [
    "I understand the appeal.",
    "What I doubt is that those gains come from the ban alone.",
    "I have become increasingly uneasy with the idea that a ban is enough.",
])
def test_the_writers_own_concession_doubt_or_unease_is_a_view(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize(("text", "label"), [
    ("I understand that the meeting was moved to Friday.", "unsourced"),
    ("I doubt it will rain tomorrow.", "speculation"),
])
def test_what_one_was_told_or_a_doubt_about_what_is_to_come_is_no_view(text, label):
    assert only(text).label == label


BOILER = """Retired couple's boiler battle

Lesley Pardoe, 71, said the family had been cold for weeks.

The boiler was fitted by HomeHeat Direct, a Midlands-based firm that \
advertises "hassle-free replacement in 48 hours" and a "no-quibble guarantee".

According to invoices seen by this newspaper, it was installed on 14 October."""


def test_a_machine_is_nobody_to_speak_a_slogan():
    from quizapp.analysis.sources import is_person_like
    assert not is_person_like("The boiler")
    assert is_person_like("The engineer")
    boiler = [s for s in analyze(BOILER).sentences if s.text.startswith("The boiler")]
    assert boiler[0].source is None or boiler[0].source.source != "The boiler"


def test_a_drafted_cue_marking_item_never_keys_a_bare_quotation_mark():
    from quizapp.analysis.cue_marking import mark_cue_items
    text = ('Lesley Pardoe, 71, said the family had been cold for weeks. The '
            'fitter was sent by HomeHeat Direct, a firm that advertises '
            '"hassle-free replacement in 48 hours" and a "no-quibble guarantee".')
    items = mark_cue_items(analyze(text))
    assert items
    for item in items:
        assert all(any(c.isalnum() for c in cue["text"]) for cue in item["cues"])


OBITUARY = """Eleanor Briggs dies at 88

Born Eleanor Mary Foss in 1936, she was the eldest of four children. She won a \
scholarship to Denholm Girls' Grammar School and arrived at Millbrook Primary in 1959.

In that time she taught, by her own count, more than 1,100 children."""


def test_a_count_of_ones_own_credits_its_keeper():
    from quizapp.analysis.referents import referents
    analysis = analyze(OBITUARY)
    counted = analysis.sentences[-1]
    assert (counted.label, counted.source_kind) == ("sourced", "named")
    assert referents(analysis)[counted.index] == "Eleanor Mary Foss"


@pytest.mark.parametrize(("text", "source"), [
    ("By the council's own estimate, 500 homes are empty.", "the council"),
    ("By his own admission, he was a poor reader.", "his"),
])
def test_by_ones_own_estimate_or_admission_is_a_source(text, source):
    assert only(text).source.source == source


def test_a_year_after_a_preposition_opens_no_side_clause():
    sentence = only("A flood action group set up after 2015 has long argued that "
                    "the scheme did not go far enough.")
    assert (sentence.label, sentence.source.source) == ("opinion",
                                                        "A flood action group")


def test_what_a_source_said_was_expected_is_its_guess():
    sentence = only("A council spokesperson confirmed that a request had been "
                    "received and that a follow-up inspection was expected to take "
                    "place within the next few weeks.")
    assert sentence.label == "speculation"


@pytest.mark.parametrize(("text", "cue"), [
    ('Dr Marsh said the images were "hard to explain as honest mistakes".',
     "hard to explain"),
    ("The judge said it was difficult to imagine a more serious breach of trust.",
     "difficult to imagine"),
])
def test_a_quoted_verdict_without_a_loaded_word_is_an_opinion(text, cue):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert f"'{cue}'" in sentence.explanation


def test_a_request_in_a_quotation_running_on_is_advice():
    text = ('The agency issued a warning. "If you live in the warning area, please '
            'do not wait. Move valuables upstairs," said Claire Dunstan.')
    please = analyze(text).sentences[1]
    assert please.label == "opinion"
    assert "'please' tells someone what to do" in please.explanation


def test_a_sum_after_because_opens_a_clause_not_a_time():
    text = ("According to figures published alongside the Budget, someone earning "
            "£30,000 a year will pay £86 less, because £430 of their income will no "
            "longer be taxed at 20 per cent.")
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text", [
    "Part of me wants to tell her how hurt I am.",
    "The only way is to tell her plainly. Not in a message, and not as an "
    "accusation.",
])
def test_a_torn_self_or_a_fragment_is_no_source(text):
    assert analyze(text).sentences[-1].source is None


def test_a_way_there_was_not_is_no_verdict():
    text = ('"Veltrix built a system designed so that the company took its cut, and '
            'developers had no realistic way to avoid it," said Sarah Okonedo.')
    assert only(text).label == "sourced"
