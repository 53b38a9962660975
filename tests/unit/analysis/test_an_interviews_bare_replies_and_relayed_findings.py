"""What a QA pass on a librarian's interview found: a reply whose verb the
sentence before holds ("It wasn't.", "That's it.", "There is some.") claims
nothing on its own and is not sorted; "can tell when" is seeing, and a
subject opening on "How much" is a clause, so neither credits a source; and
a study the speaker cites in her own turn is asked about with its whole claim,
without the speaker offered as a wrong answer."""

import pytest
import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack
from tests.unit.analysis.sentences import last

INTERVIEW = "\n\n".join([
    "A librarian on teaching news literacy",
    "Rachel Osei has been the librarian at Northgate School for eleven years. "
    "The head teacher, Mark Ellis, said the club had doubled in size this year. "
    "We spoke to her about her news club.",
    "Q: Was the photo real?",
    "A: It wasn't. It had been going around for years. Kids can tell when a story "
    "is selling them something.",
    "Q: Is there evidence that this works?",
    "A: There is some. A study by Stanford researchers found that students who "
    "were taught to leave a website and check other sources got much better at "
    "judging sources.",
    "Q: Has anything surprised you?",
    "A: How much the students argue. That's it.",
]) + "\n"


@pytest.mark.parametrize("reply", ["It wasn't.", "There is some.", "That's it.",
                                   "She did.", "They have not."])
def test_a_reply_whose_verb_the_sentence_before_holds_is_not_sorted(reply):
    assert last(f"Was it ready in time? {reply}").kind == "courtesy"


@pytest.mark.parametrize("text", ["It was eight in the first month.",
                                  "There is some evidence that it works."])
def test_a_reply_with_its_own_verb_or_noun_is_a_claim(text):
    assert last(text).kind != "courtesy"


def test_an_interviews_bare_replies_are_left_out_of_the_sorting():
    claims = yaml.safe_load(draft_pack(INTERVIEW, "club")["claims.yaml"])["items"]
    quotes = [c["quote"] for c in claims]
    assert "It had been going around for years." in quotes
    for reply in ("It wasn't.", "There is some.", "That's it."):
        assert reply not in quotes


@pytest.mark.parametrize("text", [
    "Kids can tell when a story is selling them something.",
    "Nobody could tell whether the vote had passed.",
    "How much the students argue.",
])
def test_telling_as_seeing_and_a_question_words_clause_credit_nobody(text):
    assert analyze(text).sentences[0].attribution is None


def test_telling_someone_still_credits_the_teller():
    found = analyze("She told reporters when the vote would be held.").sentences[0]
    assert found.attribution.source == "She"


def test_a_study_cited_in_a_speakers_turn_is_asked_about_without_her_as_a_decoy():
    questions = yaml.safe_load(draft_pack(INTERVIEW, "club")["questions.yaml"])
    (study,) = [q for q in questions["items"] if q["type"] == "who_said"
                and "Stanford" in q["options"][0]["text"]]
    assert "“students who were taught" in study["prompt"]
    assert "Rachel Osei" not in [o["text"] for o in study["options"]]
