"""Audit round BO/BP (a match report, a transfer story, a sleep study): a
referee who "showed a second yellow" showed a card and said nothing, while
figures that "show a rise" and a person who "showed that" something holds
still report; a spokesperson who "does not comment on speculation" guesses
nothing, nor does "a person familiar with the club's thinking"; "31 per cent
more likely" measures a risk, as "twice as likely" does."""


from .sentences import only


def _hedges(text):
    return [h["text"] for h in only(text).hedges]


def test_a_card_shown_by_a_referee_is_an_act_not_a_report():
    sentence = only("The captain slid in late, and referee Sarah Mallon showed a "
                     "second yellow without hesitation.")
    assert sentence.label == "unsourced"
    assert "did, not what they said" in sentence.explanation


def test_a_person_showing_that_something_holds_still_reports():
    assert only("Dr Patel showed that the new dressing halved infection "
                 "rates.").label == "sourced"


def test_figures_that_show_a_rise_are_still_a_source():
    sentence = only("Figures from the harbour authority show a 12 percent rise "
                     "in cargo since March.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")


def test_talk_that_is_not_commented_on_is_no_guess():
    assert "speculation" not in _hedges(
        'A club spokesperson said on Tuesday that it "does not comment on '
        'speculation regarding players under contract at other clubs".')
    assert "speculation" in _hedges(
        "There is growing speculation that the manager will leave.")


def test_a_bodys_thinking_that_someone_knows_is_no_guess():
    assert "thinking" not in _hedges(
        "One person familiar with the club's thinking said Asante had been "
        "identified months ago.")
    assert "thinking" in _hedges(
        "The club's thinking is that he can lead the line for five years.")


def test_a_risk_measured_in_percent_is_a_finding_not_a_guess():
    assert "likely" not in _hedges(
        "Late coffee drinkers were 31 per cent more likely to wake before dawn.")
    assert "likely" not in _hedges("Smokers were three times more likely to "
                                   "wake before dawn.")
    assert "likely" in _hedges("The council is more likely to cut the route.")


def test_it_is_understood_passes_on_hearsay_as_is_understood_to_does():
    for text in ("Asante's contract runs until June 2028 and, it is understood, "
                 "contains no release clause.",
                 "It is understood the club has made an offer.",
                 "Westbury's staff are understood to have watched him six times."):
        sentence = only(text)
        assert (sentence.label, sentence.source_kind) == ("sourced", "vague"), text
