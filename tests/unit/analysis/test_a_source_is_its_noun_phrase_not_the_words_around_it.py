"""The source a sentence credits is the speaker's noun phrase, not the words
around it: a free relative or a place ("what Liz Wahl said", "where experts
say") starts a clause, a degree word before the verb ("you very aptly pointed
out") is no part of the name, and a pronoun after the verb with its own verb
("said they were concerned") is the reported clause's subject, not an
inverted source."""

import pytest

from .sentences import only


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("That was what Lena Ortiz said when she resigned in 2014.", "Lena Ortiz"),
        ("The plant sits in Dunmore, where local engineers say the river floods "
         "every spring.", "local engineers"),
        ("The gap between what the mayor says and what the budget shows is "
         "wide.", "the mayor"),
        ("As you very rightly pointed out, the ferry was late.", "you"),
        ("''It is fiscally responsible,'' Leonard Burman, director of the "
         "Tax Policy Center, said of the plan.", "Leonard Burman"),
        ("She learned that the plant would close.", "She"),
        ("Parents in the district say the change has been hard.",
         "Parents in the district"),
        ("Residents of the town say the water smells of sulphur.",
         "Residents of the town"),
        # a clause after "the third time" with no "that" starts there
        ("Thursday's walk-ins were the third time AROS said it had set up such "
         "an event.", "AROS"),
        ("It was the first time the regulator said the river was unsafe.",
         "the regulator"),
    ],
)
def test_the_source_is_the_speakers_noun_phrase(text, source):
    assert only(text).attribution.source == source


def test_a_pronoun_after_the_verb_is_the_reported_clauses_subject():
    sentence = only("Officials at the harbour office, a branch of the port "
                    "authority, said they were concerned about the new berths.")
    assert "concerned" not in sentence.attribution.source
    assert sentence.attribution.source.startswith("Officials")


def test_a_second_predicate_shares_the_subject_of_the_first():
    sentence = only("A spokesman for the mayor declined to comment but confirmed "
                    "that the depot had closed.")
    assert sentence.label == "sourced"
    assert (sentence.attribution.source, sentence.attribution.cue) == (
        "A spokesman for the mayor", "confirmed")


def test_a_refusal_alone_is_still_a_silence():
    assert only("A spokesman for the mayor declined to comment on the "
                "depot.").label == "unsourced"


def test_a_time_or_place_after_a_participle_is_no_inverted_source():
    sentence = only("The merger, announced in January, is due to close in May.")
    assert sentence.attribution is None


@pytest.mark.parametrize("text", [
    "Families like the Kearneys have waited long enough.",
    "Towns like ours are losing their last banks.",
])
def test_like_before_the_sentences_own_verb_compares_and_reports_nothing(text):
    assert only(text).source_kind == "none"


@pytest.mark.parametrize("text", [
    "Voters like the plan, the poll found.",
])
def test_liking_something_is_still_a_stance(text):
    assert only(text).source_kind != "none"


def test_a_programme_named_by_its_slot_is_no_speaker():
    sentence = only("Tolliver himself stayed off the Sunday shows but weighed in "
                    "on Twitter.")
    assert sentence.source_kind == "none"


def test_a_predicate_before_a_participle_is_no_speaker():
    sentence = only("Glenmorran High was built in 1968 and is one of 11 schools in "
                    "the council area identified as needing replacement.")
    assert sentence.source_kind == "none"


def test_a_verb_opening_an_aside_in_brackets_has_no_subject():
    sentence = only("Firms may bring money home rather than risk shifting tax "
                    "rules in Europe (think Brexit, for example) and elsewhere.")
    assert sentence.attribution is None


def test_a_title_quoted_at_the_end_of_an_aside_ends_the_aside():
    sentence = only('Solberg, whose previous film was the modest thriller "Cold '
                    'Harbor," has said she wanted to make a big film.')
    assert sentence.attribution.source == "Solberg"
    assert sentence.source_kind == "named"


def test_a_role_then_a_name_with_its_body_in_apposition_names_the_source():
    from .sentences import only
    sentence = only("The lead author, Dr Ingrid Solberg of the Kattegat Institute of "
                    "Public Health, said the size of the effect had surprised her "
                    "team.")
    assert sentence.label == "sourced"
    assert sentence.attribution.source == "Dr Ingrid Solberg"
