"""Audit AG (a drought-relief row, a chess upset, hospital waiting lists, a
town's last pharmacy, tech layoffs, a theatre review): an interview set as the
writer's own questions, each answered by an untagged quotation, credits the
one the writer spoke to."""

import pytest

from quizapp.analysis import analyze

from .sentences import only

INTERVIEW = """When Malcolm Fennimore closes the pharmacy on Saturday, the town will \
have no chemist.

I spoke to Mr Fennimore in the back of the shop on Wednesday.

Why close now?

"The numbers stopped adding up about four years ago. I've been putting my own \
money in to keep it going."

How do you feel about it?

"Honestly? Tired. Some of them I've known since they were in prams."

Residents were largely resigned. "I don't want to be a nuisance," one said."""


def _by_text(text):
    return {s.text: s for s in analyze(text).sentences}


def test_answers_to_the_writers_questions_are_the_interviewees():
    sentences = _by_text(INTERVIEW)
    for text in ('"The numbers stopped adding up about four years ago.',
                 "I've been putting my own money in to keep it going.\"",
                 "Tired.", "Some of them I've known since they were in prams.\""):
        assert sentences[text].source.source == "Mr Fennimore", text
        assert sentences[text].label == "sourced", text


def test_the_writers_questions_are_not_sorted_and_name_nobody():
    sentences = _by_text(INTERVIEW)
    for text in ("Why close now?", "How do you feel about it?"):
        assert sentences[text].label == "question"
        assert sentences[text].source is None


def test_the_narration_after_the_interview_is_the_writers_again():
    sentences = _by_text(INTERVIEW)
    assert sentences["Residents were largely resigned."].label == "unsourced"
    assert sentences['"I don\'t want to be a nuisance," one said.'].source.source \
        == "one"


def test_without_anyone_spoken_to_the_last_credited_person_answers():
    text = """Dana Ruiz, the head teacher, said the school would stay open.

Why stay open?

"Because the children need somewhere to go." """
    sentences = _by_text(text)
    answer = sentences['"Because the children need somewhere to go."']
    assert answer.source.source == "Dana Ruiz"


def test_a_question_word_opening_a_question_is_nobody_who_acts():
    sentence = only("How do you feel about it?")
    assert sentence.label == "question"
    assert sentence.attribution is None


def test_a_role_after_an_unnamed_source_calls_back_the_unnamed_one():
    from quizapp.analysis.draft import draft_pack
    text = """Ministers defend the drought scheme

Agriculture Minister Rhona Castell defended the package on Tuesday. "This is \
a targeted scheme," she said.

One civil servant involved in drawing up the scheme, who spoke on condition of \
anonymity, said the original proposal had been larger. "The Treasury sent it \
back twice," the official said."""
    claims = draft_pack(text, "drought")["claims.yaml"]
    block = claims.split("The Treasury sent it back twice")[1].split("- id:")[0]
    assert "name: the official" in block
    assert "Castell" not in block


@pytest.mark.parametrize("text", [
    'He said full details would be shared with staff "in the coming days."',
    'The council said: "We will be writing to every affected household in the '
    'coming weeks."',
])
def test_a_plan_for_the_coming_days_is_no_guess(text):
    sentence = analyze(text).sentences[-1]
    assert sentence.label != "speculation"
    assert not sentence.hedges


def test_what_the_coming_weeks_will_bring_is_a_guess():
    sentence = only("Those claims will be tested in the coming weeks.")
    assert sentence.label == "speculation"
    assert [h["text"] for h in sentence.hedges] == ["coming weeks"]


@pytest.mark.parametrize("text", [
    "A great deal depends on imports and on what the weather does in the spring.",
    "A great many people have already moved their prescriptions online.",
])
def test_a_great_deal_or_a_great_many_is_how_much_not_a_judgement(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert not sentence.opinion_cues


def test_great_still_judges_where_it_praises():
    assert only("It was a great game.").label == "opinion"


def test_a_month_or_a_name_in_capitals_is_no_modal_in_a_source():
    sentence = only("A report by the Carraway Institute published in May found that "
                    "the region had 12 per cent fewer theatre nurses.")
    assert sentence.source.source == \
        "A report by the Carraway Institute published in May"
    assert only("His brother Will said the house had been sold.").source.source == \
        "His brother Will"


def test_a_number_of_the_people_just_told_of_is_anonymous():
    from quizapp.analysis.sources import kind_of
    assert kind_of("two of the people") == "anonymous"
    assert kind_of("one of the sources") == "anonymous"
    assert kind_of("some of the residents") == "vague"
    assert kind_of("two people") == "vague"


@pytest.mark.parametrize("text", [
    "The audience laughed on the night I saw it.",
    "I found myself thinking about that line on the train home.",
])
def test_the_writers_own_experience_credits_nobody(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source is None


def test_a_pronoun_just_before_its_verb_is_the_whole_subject():
    sentence = only("A few days ago in an interview with a television network he "
                    "said the media were dishonest.")
    assert sentence.source.source == "he"
    assert only("She and I said it was fine.").source.source == "She and I"


def test_a_numbered_list_of_places_is_one_sentence():
    text = ("Final standings (nine rounds): 1. Okonkwo 6.5; 2. Almqvist 6; 3=. Haddad, "
            "Marek Duda 5.5; 5. Sergei Ostrov 5. The winner receives 40,000 euros.")
    sentences = analyze(text).sentences
    assert [s.text[:16] for s in sentences] == ["Final standings ", "The winner recei"]


def test_a_board_due_to_discuss_the_figures_is_a_schedule_not_a_cause():
    assert only("The trust's board is due to discuss the figures at its meeting on "
                "18 September.").causal == []


def test_the_figures_or_the_data_are_no_wrong_answer_once_figures_are_named():
    from quizapp.analysis.questions import who_said_items
    text = ("Official statistics released on Thursday show that 94,312 patients were "
            "waiting for treatment. The figures show a rise of 8 per cent. The data "
            "also show longer waits for surgery. \"We are grateful for our staff,\" a "
            "spokesperson for the trust said. Dr Owen Marchetti said the list was "
            "growing. Siobhan Reilly, a union organiser, said nurses were leaving. "
            "Mrs Colquhoun said she had waited two years.")
    for item in who_said_items(analyze(text)):
        options = {o["text"] for o in item["options"]}
        assert not options & {"The figures", "The data"}


def test_she_stands_for_the_person_not_the_place_she_is_from():
    from quizapp.analysis.referents import referents
    text = ("Janet Colquhoun, 67, a retired school administrator from Hawley Cross, "
            "was referred for a knee replacement in April last year. She has not yet "
            "been given a date.\n\n\"I used to walk the dog twice a day,\" she said.")
    analysis = analyze(text)
    assert list(referents(analysis).values()) == ["Janet Colquhoun"]


def test_it_stands_for_a_one_word_name_told_of_as_a_body():
    from quizapp.analysis.referents import referents
    text = ("Lumora, based in Carrow Bay, employs about 15,000 people. It reported "
            "revenue of $6.2 billion last year.")
    assert list(referents(analyze(text)).values()) == ["Lumora"]


def test_a_document_a_loose_group_cites_is_the_source():
    sentence = only("Critics have also noted that a similar scheme in 2018 took an "
                    "average of five months to pay out, according to a report by the "
                    "Parliamentary Audit Committee published the following year.")
    assert sentence.source_kind == "citation"
    assert sentence.source.source.startswith("a report by the Parliamentary Audit")
    assert only("Critics say the plan was late, according to one minister."
                ).source_kind == "vague"


@pytest.mark.parametrize("text", [
    "If fresh magma is still rising, a second explosive phase in the coming days is "
    "possible.",
    "Further eruptions remain possible.",
])
def test_what_may_come_told_as_possible_is_a_guess(text):
    assert only(text).label == "speculation"


def test_what_can_be_done_told_as_possible_is_no_guess():
    assert only("Wheelchair access is possible at several places.").label != \
        "speculation"


def test_a_connective_before_an_unnamed_source_is_no_name():
    sentence = only("However, two people within the federation, who spoke on "
                    "condition of anonymity, said the sample had been flagged.")
    assert sentence.source.source == "two people within the federation"
    assert sentence.source_kind == "anonymous"


@pytest.mark.parametrize(("np", "kind"), [
    ("One of the firm's lawyers", "anonymous"),
    ("One of Mr Smith's lawyers", "anonymous"),
    ("one of the lawyers", "vague"),
    ("The opposition", "named"),
])
def test_unnamed_members_of_a_named_body_and_the_opposition(np, kind):
    from quizapp.analysis.sources import kind_of
    assert kind_of(np) == kind


def test_a_role_and_name_before_a_participle_of_saying_is_the_whole_source():
    sentence = only("Former Rovers captain Lee Whitmore, writing in his column for the "
                    "Northern Evening Standard, said the club had \"lost its way\".")
    assert sentence.source.source == "Former Rovers captain Lee Whitmore"


def test_every_one_an_act_reaches_is_no_sweeping_claim():
    text = ('A spokesperson for the council said the authority remained committed. '
            '"The council will keep working with the agency, and we will be writing '
            'to every affected household in the coming weeks."')
    assert analyze(text).sentences[-1].label == "sourced"


def test_the_spokesperson_is_the_spokesperson_just_credited():
    from quizapp.analysis.referents import referents
    text = ('Anita Desai, whose house flooded in 2020, said she had lost hope. '
            'A spokesperson for Wendle Valley District Council said the authority '
            'remained "fully committed" to the project. "We understand how '
            'frustrating this is for residents," the spokesperson said.')
    found = referents(analyze(text))
    assert list(found.values())[-1] == \
        "a spokesperson for Wendle Valley District Council"


def test_a_side_clauses_report_keeps_its_document_and_the_belief_its_holders():
    sentence = only(
        "Engineers working on the project believe the final bill could rise by as "
        "much as a fifth, although the agency said in its report that \"no revised "
        "cost estimate will be published until the redesign is complete\".")
    assert sentence.label == "speculation"
    assert sentence.source.source == "Engineers working on the project"
    assert sentence.source_kind == "vague"


LETTER = "Parking charges punish patients\n\nSir,\n\n" + "\n\n".join(
    f"Paragraph {n} of my letter tells what happened on the ward." for n in range(9)
) + "\n\nWe should mean it.\n\nYours faithfully,\n\n" \
    "Margaret Ellery, retired staff nurse, Kingsmoor Road, Dunmore"


def test_a_long_letter_signed_with_what_its_writer_is_speaks_in_her_words():
    sentences = analyze(LETTER).sentences
    by_text = {s.text: s for s in sentences}
    assert by_text["We should mean it."].source.source == "Margaret Ellery"
    assert by_text["We should mean it."].label == "opinion"


def test_a_letters_closing_is_no_claim():
    from quizapp.analysis.draft import draft_pack
    claims = draft_pack(LETTER, "letter")["claims.yaml"]
    assert "Yours faithfully" not in claims


def test_a_prize_committees_citation_is_a_document():
    from quizapp.analysis.sources import kind_of
    assert kind_of("the prize committee’s citation") == "citation"


def test_it_just_before_its_verb_after_a_phrase_is_the_subject():
    from quizapp.analysis.subjects import left_np
    text = "Prices rose in the weeks after it said the plant would close."
    start, end = left_np(text, 0, text.index(" said") + 1)
    assert text[start:end] == "it"


def test_the_interviewee_spoken_to_as_her_is_the_one_last_named_by_title():
    text = """Rosalind Hollins won Loaf of the Year on Saturday.

Ms Hollins, 52, trained as a primary school teacher.

We spoke to her between batches.

How did it feel when your name was read out?

"Honestly, I thought they'd made a mistake. My husband had to nudge me." """
    sentences = _by_text(text)
    assert sentences["My husband had to nudge me.\""].source.source == "Ms Hollins"


PROFILE = """When Nell Garside started Rotawise in a spare bedroom in 2017, she had \
one customer.

The business made a profit of £410,000 last year.

What was hardest in the early years?

"Getting people to trust us. That's not like losing a spreadsheet." She pauses. \
"We had one outage in 2019, for about three hours."

You turned down investment in 2021. Why?

"We were offered a lot of money by a fund."

People close to the company say two larger groups have made approaches."""


def test_without_anyone_spoken_to_or_credited_the_person_named_before_answers():
    sentences = _by_text(PROFILE)
    assert sentences['"We were offered a lot of money by a fund."'].source.source \
        == "Nell Garside"


def test_a_speakers_pause_hands_the_words_after_it_to_them():
    sentences = _by_text(PROFILE)
    assert sentences['"We had one outage in 2019, for about three hours."'].source \
        is not None


def test_the_writers_question_says_you_to_the_interviewee_not_the_reader():
    assert _by_text(PROFILE)["You turned down investment in 2021."].label == \
        "unsourced"


def test_people_close_to_a_body_say_as_unnamed_sources():
    sentence = _by_text(PROFILE)[
        "People close to the company say two larger groups have made approaches."]
    assert sentence.source_kind == "anonymous"


def test_you_never_know_shrugs_a_guess_and_judges_nothing():
    sentences = analyze('"Somebody might want them," he said. "You never know."'
                        ).sentences
    assert sentences[-1].label == "speculation"
    assert not sentences[-1].opinion_cues
