"""A role that calls back a person the article introduced by name ("The pop
singer Keira Vance ... the singer said") credits that named person: the
analysis counts the source as named, and the draft, its feedback and its
who-said options name the person. A role two people were introduced with, a
plural or a body resolves to no one."""

import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack
from quizapp.analysis.referents import referents
from quizapp.analysis.roles import role_holder

ARTICLE = """Singer cleared

The pop singer Keira Vance arrived at court on Monday.

"I have nothing to hide," the singer said.

Tom Reed, the side's fly-half, scored twice.

"It was a disgrace and the referee was awful," the fly-half said.
"""


def _by_text(text: str) -> dict[str, object]:
    return {s.text: s for s in analyze(text).sentences}


def test_a_role_before_a_name_or_in_apposition_introduces_its_holder():
    text = ("The pop singer Keira Vance arrived. Her coach, Jim Barlow, was "
            "furious. Tom Reed, 24, the side's fly-half, scored twice. ")
    end = len(text)
    assert role_holder(text, end, "the singer") == "Keira Vance"
    assert role_holder(text, end, "the coach") == "Jim Barlow"
    assert role_holder(text, end, "The fly-half") == "Tom Reed"
    assert role_holder(text, end, "the 24-year-old fly-half") == "Tom Reed"


def test_a_role_introduced_only_after_the_sentence_or_never_resolves_to_no_one():
    text = "The singer said so. The pop singer Keira Vance arrived."
    assert role_holder(text, text.index("The pop"), "The singer") is None
    assert role_holder(text, len(text), "the drummer") is None


def test_two_holders_a_plural_or_a_body_resolve_to_no_one():
    text = ("The singer Keira Vance and the singer Ana Ruiz met. The fans were "
            "angry. The council leader Tom Abbey spoke. ")
    end = len(text)
    assert role_holder(text, end, "the singer") is None
    assert role_holder(text, end, "the fans") is None
    assert role_holder(text, end, "the council") is None


def test_the_analysis_counts_a_role_called_back_as_a_named_source():
    sentences = _by_text(ARTICLE)
    said = sentences['"I have nothing to hide," the singer said.']
    assert said.label == "sourced"
    assert said.source_kind == "named"
    assert "not named" not in said.explanation
    # nobody introduced as "the drummer": still an unnamed source
    alone = '"We are done," the drummer said.'
    alone = _by_text(alone)[alone]
    assert alone.source_kind == "anonymous"


def test_the_draft_names_the_person_a_role_stands_for():
    analysis = analyze(ARTICLE)
    found = {s.text: referents(analysis).get(s.index) for s in analysis.sentences}
    assert found['"I have nothing to hide," the singer said.'] == "Keira Vance"
    files = draft_pack(ARTICLE, "singer")
    claims = {c["quote"]: c for c in yaml.safe_load(files["claims.yaml"])["items"]}
    said = claims['"I have nothing to hide," the singer said.']
    assert said["source"] == {"kind": "named", "name": "Keira Vance"}
    assert "(the singer, Keira Vance)" in said["explanation"]
    judged = claims['"It was a disgrace and the referee was awful," the fly-half said.']
    assert judged["label"] == "opinion"
    assert judged["source"]["name"] == "Tom Reed"
    assert "the fly-half, Tom Reed, said it" in judged["explanation"]
    assert "(the singer, Keira Vance)" in said["explanation"]


def test_who_said_options_name_the_person_not_the_role():
    files = draft_pack(ARTICLE, "singer")
    questions = yaml.safe_load(files["questions.yaml"])["items"]
    options = {o["text"] for q in questions if q["type"] == "who_said"
               for o in q["options"]}
    assert {"Keira Vance", "Tom Reed"} <= options
    assert not any(o.lower().startswith("the singer") or o.lower().startswith(
        "the fly-half") for o in options)


def test_one_person_by_their_role_holds_a_belief():
    text = ("Dr Alan Rowse, a maritime historian at Westmouth University, says "
            "the decline began early. The historian believes towns like "
            "Porthgarrow are unlikely ever to return to fishing.")
    believes = analyze(text).sentences[1]
    assert believes.label == "speculation"
    assert believes.source_kind == "named"
    chef = analyze("The chef thinks the town will recover.").sentences[0]
    assert (chef.label, chef.source_kind) == ("speculation", "anonymous")
    weather = analyze("The weather seems to think otherwise.").sentences[0]
    assert weather.source_kind == "none"


def test_a_quotation_before_a_role_introducing_its_speaker_is_theirs():
    text = ("Reid wins it\n\nFly-half Callum Reid kicked 12 points.\n\n"
            "“We'll look hard at the set piece,” the coach said.\n\n"
            "“It wasn't pretty, but we'll take it.” The fly-half was typically "
            "understated about his kick.\n")
    sentences = {s.text: s for s in analyze(text).sentences}
    pretty = sentences["“It wasn't pretty, but we'll take it.”"]
    assert pretty.quoted_from.source == "The fly-half"
    claims = {c["quote"]: c for c in yaml.safe_load(
        draft_pack(text, "reid")["claims.yaml"])["items"]}
    claim = claims["“It wasn't pretty, but we'll take it.”"]
    assert claim["source"]["name"] == "Callum Reid"
    assert "the quotation of the fly-half, Callum Reid:" in claim["explanation"]


def test_a_role_with_no_literal_introduction_is_the_one_person_just_named():
    text = ("Tram opens late\n\nDr Sunil Varma, a civil engineer at the University "
            "of Westmoor, said the decision was \"a classic mistake\".\n\n"
            '"The engineering itself is good," the researcher said. "The tracks '
            'are well built."\n')
    analysis = analyze(text)
    found = {s.text: referents(analysis).get(s.index) for s in analysis.sentences}
    assert found['"The engineering itself is good," the researcher said.'] == \
        "Dr Sunil Varma"
    assert found['"The tracks are well built."'] == "Dr Sunil Varma"
    claims = {c["quote"]: c for c in yaml.safe_load(
        draft_pack(text, "tram")["claims.yaml"])["items"]}
    claim = claims['"The engineering itself is good," the researcher said.']
    assert claim["source"] == {"kind": "named", "name": "Dr Sunil Varma"}
    assert "the researcher, Dr Sunil Varma, said it" in claim["explanation"]


def test_a_role_never_stands_for_a_document_or_another_call_back():
    text = ("Merger memo leaked\n\nA confidential memo sets out a timetable.\n\n"
            '"People were told not to talk about it," the official said.\n')
    analysis = analyze(text)
    assert not referents(analysis)
