"""Audit S: a quotation opening a paragraph belongs to the person the next
sentence introduces, not to whoever that sentence says acted on them ("Helen
Marsh ... was the first witness called by the Crown"); a past deed after "we"
("We all did.") is told, no stance of the speaker's."""

from quizapp.analysis import analyze

ARTICLE = ('The trial continued on Tuesday.\n\n"I trusted him completely. We all '
           'did." Helen Marsh, 58, a former fundraising manager, was the first '
           'witness called by the Crown.\n')


def test_the_person_introduced_speaks_not_the_agent_who_called_them():
    sentences = {s.text: s for s in analyze(ARTICLE).sentences}
    trusted = sentences['"I trusted him completely.']
    assert trusted.quoted_from is not None
    assert trusted.quoted_from.source == "Helen Marsh"


def test_a_past_deed_after_we_is_told_not_judged():
    sentences = {s.text: s for s in analyze(ARTICLE).sentences}
    assert sentences['We all did."'].label == "sourced"
    (went,) = analyze('"We went out at four," she said.').sentences
    assert went.label == "sourced"
    (need,) = analyze('"We need to act now," she said.').sentences
    assert need.label == "opinion"


def _only(text: str):
    (sentence,) = analyze(text).sentences
    return sentence


def test_leaked_or_published_figures_are_a_document():
    sentence = _only("According to the leaked figures, the hospital managed 54 "
                     "per cent in January.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")


def test_estimates_that_put_a_past_figure_are_a_document_not_a_guess():
    sentence = _only("Industry estimates put global shipments at under 10 "
                     "million units last year.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")


def test_what_a_document_records_is_its_content_not_a_deed():
    sentence = _only("The report also records 14 serious incidents linked to "
                     "delays.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")
    council = _only("The council recorded 14 complaints.")
    assert council.label == "unsourced"


def test_words_the_article_calls_a_verdict_are_an_opinion():
    text = ('"She won on frustration, not on a detailed program." That was the '
            'verdict of Leonard Osei, who teaches political science.\n\n'
            '"We will appeal." Those were the words of Ann Lowe, the club chair.')
    sentences = {s.text: s for s in analyze(text).sentences}
    verdict = sentences['"She won on frustration, not on a detailed program."']
    assert verdict.label == "opinion"
    assert "calls these words a verdict" in verdict.explanation
    assert "Leonard Osei" in verdict.explanation
    assert sentences['"We will appeal."'].label == "sourced"


def test_being_surprised_if_something_happens_guesses_it():
    for text in ('"I\'d be surprised if he isn\'t at least in the wider group," '
                 'he said.',
                 '"I wouldn\'t be surprised to see him start," he said.',
                 '"It would not surprise me if he started," he said.'):
        assert _only(text).label == "speculation", text
    assert _only('"It amazed me," she said.').label == "opinion"


def test_how_a_game_had_seemed_is_settled_not_a_guess():
    sentence = _only("Harrowfield survived a fightback after a dazzling first half "
                     "had seemed to put the game beyond reach.")
    assert sentence.label != "speculation"
    assert _only("The game seemed to be beyond reach.").label == "speculation"


def test_the_writers_closing_verdicts_are_opinions():
    for text in ("By the close of the first day, the Crown's case looked "
                 "formidable.",
                 "Unless the trust improves by spring, its assurances will ring "
                 "hollow.",
                 "It is hard not to feel that something irreplaceable is "
                 "disappearing here."):
        assert _only(text).label == "opinion", text


def test_a_source_set_off_inside_a_relative_clause_credits_only_it():
    sentence = _only("Jurors were shown bank statements which, the Crown says, "
                     "trace £94,000 to a Surrey car dealer.")
    assert sentence.label == "unsourced"
    assert "side clause" in sentence.explanation


def test_smart_naming_a_kind_of_device_praises_nothing():
    assert not _only("Lumora unveiled smart glasses on Tuesday.").opinion_cues
    assert _only("That was a smart move.").label == "opinion"


def test_what_a_measure_would_do_is_foreseen_not_a_plan_told():
    assert _only('Councillor Sarah Tremayne said the plan would "give young '
                 'people a reason to stay".').label == "speculation"
    assert _only("The minister said the scheme would create 300 jobs.").label \
        == "speculation"
    assert _only("She said the factory would close in May.").label == "sourced"
    assert _only("He said he would resign.").label == "sourced"


def test_the_sentence_telling_whose_a_quotation_was_is_the_writers_report():
    text = ('"We sincerely apologize." So began a statement from the airline on '
            'Wednesday evening.\n\n"There is no merger plan." That was the flat '
            "response on Thursday from Kellerton's mayor, Councillor Rosa "
            'Delaney.\n\n"A proud day." Those were the words of the transport '
            "minister, Helen Achebe, who rode the inaugural service.")
    sentences = analyze(text).sentences
    speakers = [s.quoted_from.source for s in sentences if s.quoted_from]
    assert speakers == ["the airline", "Kellerton's mayor, Councillor Rosa Delaney",
                        "the transport minister, Helen Achebe"]
    for sentence in sentences:
        if sentence.quoted_from is None:
            assert sentence.label == "unsourced", sentence.text
            assert "tells whose the quotation before it was" in \
                sentence.explanation


def test_so_said_x_tells_whose_the_words_before_were():
    sentences = analyze('"I wanted the audience to feel the weight of time." So '
                        "said Delaney, the artistic director since 2016, in an "
                        "interview before opening night.").sentences
    assert sentences[0].quoted_from.source == "Delaney"
    assert sentences[1].label == "unsourced"
