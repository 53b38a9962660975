"""An interview turn's speaker makes the turn's main claim, whatever side
clause credits someone else, and the interviewer's "you" speaks to the
interviewee, not the reader. A source phrase ends where a new phrase starts
("according to club statisticians his best at ..."); a reduced relative in
apposition credits its own subject ("a method officers believe"); a noun
closing a list is no verb ("and the Baltic states"). Feedback says what a
named source lets a reader check, that a question may carry a view, and
that "whether" leaves a question open."""

import pytest

from quizapp.analysis import analyze

INTERVIEW = ("What actually changed?\n\n"
             "Hallworth: Honestly, less than people imagine. I understand why "
             "people say that, and I don’t dismiss it.\n\n"
             "You banned mobile phones completely in your first term. Was that "
             "popular?\n\n"
             "Hallworth: With parents, mostly yes.\n")


def _by_text(text):
    return {s.text: s for s in analyze(text).sentences}


def test_an_interview_turns_speaker_makes_its_main_claim():
    sentence = _by_text(INTERVIEW)["I understand why people say that, and I don’t "
                                   "dismiss it."]
    assert (sentence.source_kind, sentence.attribution.source) == ("self",
                                                                   "Hallworth")


def test_the_interviewers_you_speaks_to_the_interviewee():
    sentence = _by_text(INTERVIEW)["You banned mobile phones completely in your "
                                   "first term."]
    assert sentence.label == "unsourced"


@pytest.mark.parametrize(("text", "source"), [
    ("Harrowfield set up the chase with 94 from Jonah Prewitt, according to club "
     "statisticians his best at Castle Lane since 2019.", "club statisticians"),
    ("The doors were forced with a drill, a method officers believe points to an "
     "organised group.", "officers"),
])
def test_a_source_phrase_ends_where_a_new_phrase_starts(text, source):
    assert analyze(text).sentences[0].attribution.source == source


def test_a_noun_closing_a_list_is_no_verb():
    sentence = analyze("The study drew on stations in Scandinavia, Scotland and "
                       "the Baltic states.").sentences[0]
    assert sentence.attribution is None


def test_a_named_source_lets_a_reader_check_who_said_it_not_the_truth():
    explanation = analyze("The mayor said the road was closed.").sentences[0] \
        .explanation
    assert explanation.endswith("you can check who said it, though not yet "
                                "whether it is true.")


def test_a_question_may_carry_a_view():
    sentence = analyze("Has anyone on the council tried to park here?").sentences[0]
    assert sentence.label == "question"
    assert "a question can slip in a view" in sentence.explanation


def test_whether_leaves_a_question_open_and_is_no_doubt_of_the_source():
    open_question = analyze("It is not yet clear whether they are "
                            "connected.").sentences[0].explanation
    assert "leave the question open" in open_question
    asked = analyze("Asked whether he would resign, Aldous insisted the team was "
                    "fine.").sentences[0].explanation
    assert "'whether'" not in asked


ADVICE = ("What would you tell a new head?\n\n"
          "Hallworth: Listen for the first month. And buy a good pair of shoes, "
          "because you will be in corridors. We got one applicant.\n\n"
          "Is it working?\n\n"
          "Hallworth: Mostly.\n")


@pytest.mark.parametrize("text", ["Listen for the first month.",
                                  "And buy a good pair of shoes, because you will "
                                  "be in corridors."])
def test_a_command_in_a_speakers_own_words_is_their_advice(text):
    sentence = _by_text(ADVICE)[text]
    assert (sentence.label, sentence.attribution.source) == ("opinion", "Hallworth")
    assert "tells the reader what to do" in sentence.explanation


def test_a_report_in_a_speakers_own_words_stays_a_report():
    assert _by_text(ADVICE)["We got one applicant."].label == "sourced"


def test_such_a_pointing_back_at_the_sentences_start_judges_nothing():
    sentence = analyze("Such a scheme could be in place by next spring.").sentences[0]
    assert sentence.label == "speculation"
    assert "Such a" not in sentence.explanation


@pytest.mark.parametrize(("text", "label"), [
    ("On this evidence, they had better be.", "opinion"),
    ("You had better hurry.", "opinion"),
    ("The firm had better results this year.", "unsourced"),
])
def test_had_better_with_an_action_advises(text, label):
    assert analyze(text).sentences[0].label == label


def test_an_argument_of_a_group_nobody_resolves_is_their_argument():
    sentence = analyze("Rewetting drained bogs, they argue, is among the cheapest "
                       "measures.").sentences[0]
    assert sentence.explanation.endswith(
        "it is only loosely sourced: their argument.")


def test_a_command_or_a_shortfall_in_an_interview_answer_is_the_speakers_opinion():
    from quizapp.analysis import analyze
    text = ("**Reporter:** What should readers do?\n\n"
            "**Dr Lane:** Check the batch number on the box. The scheme pays "
            "£85 a hectare. That is nowhere near enough.\n\n"
            "**Reporter:** Thank you.")
    labels = {s.text: (s.label, s.source_kind) for s in analyze(text).sentences}
    assert labels["Check the batch number on the box."] == ("opinion", "self")
    assert labels["That is nowhere near enough."] == ("opinion", "self")
    assert labels["The scheme pays £85 a hectare."] == ("sourced", "self")
