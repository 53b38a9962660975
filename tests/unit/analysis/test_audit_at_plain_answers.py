"""Audits AS and AT (an inspection, a libel case, a diet study, a shop's
last day, a marathon, an editorial; an airline strike, air pollution, a
judge's retirement interview, a boiler refund, a disputed election, a book
review): an interview printed as the writer's questions and the answers
without quotation marks credits each answer to the interviewee."""

import pytest

from quizapp.analysis import analyze

INTERVIEW = """Judge Ann Mercer on 31 years on the bench

Judge Ann Mercer, 70, retires this month. "I'll keep that," she says of a \
cartoon.

You once said the courts were "held together with gaffer tape". Is that fair?

It's generous to the gaffer tape. When I started, a listed trial happened. \
They are a check on people like me.

Are you worried about the backlog?

I would be very cautious about giving juries up to save money.

According to the board's latest figures, fewer than one in ten judges comes \
from an ethnic minority background."""

EXPLAINER = """Income tax: what is changing?

The chancellor, Ruth Hale, said the change was fair. "It helps everyone," \
she said.

Who is affected?

Anyone earning more than £12,570 a year pays less from April.

How much will you save?

A basic-rate taxpayer saves about £90 a year."""


def _sentence(analysis, opening):
    return next(s for s in analysis.sentences if s.text.startswith(opening))


def test_answers_without_quotation_marks_are_the_interviewees():
    analysis = analyze(INTERVIEW)
    for opening in ("It's generous", "When I started", "They are a check",
                    "I would be very cautious"):
        sentence = _sentence(analysis, opening)
        assert sentence.source is not None, opening
        assert sentence.source.kind == "named"


def test_the_writers_narration_after_the_answers_stays_the_writers():
    figures = _sentence(analyze(INTERVIEW), "According to")
    assert figures.source_kind == "citation"


def test_an_interview_question_may_quote_the_interviewee_and_stays_unsorted():
    fair = _sentence(analyze(INTERVIEW), "Is that fair?")
    assert fair.kind == "question"


def test_an_explainers_own_answers_are_no_interviewees():
    analysis = analyze(EXPLAINER)
    for opening in ("Anyone earning", "A basic-rate taxpayer"):
        assert _sentence(analysis, opening).source is None, opening


def test_a_capitalised_word_opening_the_sentence_is_no_source_of_itself():
    from .sentences import only
    experts = only("Independent experts welcomed the research but urged caution.")
    assert (experts.source.source, experts.source_kind) == ("Independent experts",
                                                            "vague")
    rates = only('Business rates and rent, he added, "don\'t go down just because '
                 'customers do".')
    assert rates.source.source == "he"
    about = only("About a third of the way through the novel, its narrator opens "
                 "a drawer and finds her late husband's accounts book.")
    assert about.source is None


REVIEW = """The Salt Ledger review

Her narrator is Agnes Rook, a harbourmaster's widow. Everyone Agnes \
questions has a version of 1987. "In Carrow," her sister-in-law Bet warns \
her, "the truth's like the tide."

Agnes's voice is the novel's great achievement. She is often very funny. Of \
the vicar, she observes that "he spoke of God the way some men speak of a \
former employer"."""


def test_she_stands_for_the_person_the_paragraph_is_about_by_first_name():
    from quizapp.analysis.referents import referents
    analysis = analyze(REVIEW)
    vicar = next(s for s in analysis.sentences if s.text.startswith("Of the vicar"))
    assert referents(analysis)[vicar.index] == "Agnes Rook"


def test_a_phrase_of_place_before_the_pronoun_leaves_it_the_speaker():
    text = ('President Varga claimed victory. In a televised address he thanked '
            'voters for "a clear mandate" and accused unnamed foreign governments '
            'of "trying to decide from their embassies".')
    accused = analyze(text).sentences[1]
    assert (accused.source_kind, accused.source.source) == ("named", "he")


@pytest.mark.parametrize("text", [
    "Eating beans is one of the most accessible changes people could make.",
    "He said the best thing anyone could do was to eat a varied diet.",
])
def test_what_someone_could_do_in_a_clause_on_a_noun_is_no_guess(text):
    from .sentences import only
    assert only(text).label != "speculation"


@pytest.mark.parametrize("text", [
    "The council said people could be evacuated.",
    "Officials warned that residents could lose power.",
])
def test_what_people_could_suffer_is_still_a_guess(text):
    from .sentences import only
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    "The judge found the behaviour a long way from the systematic bullying alleged "
    "in the column.",
    "Her submission noted published reports alleging that she had claimed it.",
    "The officers shot by the alleged attacker were bystanders.",
    "She rejected the defence, finding that the allegations were not proved.",
])
def test_a_claim_someone_made_or_a_noun_kept_at_a_distance_is_no_guess(text):
    from .sentences import only
    assert only(text).label != "speculation"


def test_allegedly_still_hedges_the_claim():
    from .sentences import only
    assert only("He allegedly took the money.").label == "speculation"


def test_a_verdict_on_a_claims_truth_judges_where_it_stands():
    from .sentences import only
    assert only("Lula has been facing groundless allegations that he would "
                "attack Christianity.").label == "opinion"


SHOP = """Last orders for Pellow's

On Saturday, the shop will close its doors. Brian Pellow, 71, who has worked \
behind its counter since he was 15, says he is too tired to carry on.

"My knees have had enough," he said. "I always said I'd know when it was time."
"""

LIBEL = """TV chef wins libel damages

Mr Hale, 52, presenter of the series Hale's Table, sued the Daily Courier and \
its columnist Fiona Marsh.

Outside court, Mr Hale said the past year had been "the hardest of my life".

"I have always said that I am not a perfect boss," he told reporters."""


@pytest.mark.parametrize(("text", "name"), [(SHOP, "Brian Pellow"),
                                            (LIBEL, "Mr Hale")])
def test_he_stands_for_the_man_named_not_for_a_body_sharing_his_name(text, name):
    from quizapp.analysis.referents import referents
    analysis = analyze(text)
    last = analysis.sentences[-1]
    assert referents(analysis)[last.index] == name


COLUMN = """Your money questions answered

By Claire Benton, Consumer Editor

Q: I cancelled my gym membership in June. I have been charged £42 every month \
since. What now?
Priya, Hollingford

A: This is one of the commonest complaints in my inbox. First, cancel the \
Direct Debit with your bank.

Q: My washing machine stopped working after five months. Is that right?
Derek, Ashcombe

A: No. Your contract is with the retailer."""

INTERVIEW_QA = """The maker of Rotawise on a hard year

Q: Why close now?
A: The numbers stopped adding up.
Q: Any regrets?
A: Only that we waited so long."""


def test_a_columns_signed_questions_and_answers_are_no_interview_turns():
    for sentence in analyze(COLUMN).sentences:
        assert sentence.source is None or sentence.source.source not in ("Q", "A")


def test_an_interviews_q_and_a_are_still_turns():
    answers = [s for s in analyze(INTERVIEW_QA).sentences
               if s.text.startswith(("The numbers", "Only"))]
    assert all(s.source_kind == "self" for s in answers)


@pytest.mark.parametrize(("text", "source"), [
    ("In a statement, Kingsport Rovers' chairman, Graham Osei, described Marsh as "
     '"the greatest".', "Kingsport Rovers' chairman, Graham Osei"),
    ("Years later he explained the decision simply.", "he"),
    ("But she was visibly irritated when asked whether she would apologise, saying "
     "only that the figures spoke for themselves.", "she"),
])
def test_a_source_is_the_whole_name_or_the_pronoun_never_a_stray_word(text, source):
    from .sentences import only
    assert only(text).attribution.source == source


def test_a_body_is_no_wrong_answer_for_its_own_spokesperson():
    from quizapp.analysis.questions import who_said_items
    text = ("Vale District Council said the path would stay shut. Vale Fire said "
            "crews were called at 7.20am. Station Manager Gareth Lyle said the "
            "river was running fast.\n\nA council spokesperson said repairs had been "
            '"scheduled for later this year" and would now be reviewed.')
    for item in who_said_items(analyze(text)):
        keyed = {o["text"] for o in item["options"] if o["correct"]}
        if "A council spokesperson" in keyed:
            assert "Vale District Council" not in {o["text"] for o in item["options"]}


OBITUARY_HE = """Eddie Marsh dies aged 81

Eddie Marsh, who scored 212 goals for Kingsport Rovers, has died aged 81.

He won two league titles and was capped nine times. What set him apart was \
courage. In 1969 he turned down a move to Northfield City. Years later he \
explained the decision simply. "Northfield had better players," he said."""


def test_he_in_a_stretch_naming_nobody_is_the_person_the_story_opens_on():
    from quizapp.analysis.referents import referents
    analysis = analyze(OBITUARY_HE)
    assert referents(analysis)[analysis.sentences[-1].index] == "Eddie Marsh"


def test_a_short_sentence_opening_the_paragraph_introduces_the_quotation_after_it():
    text = ('Some parents have complained. One mother, who asked not to be named, said '
            'her son felt "like he\'s being watched".\n\nMs Kofi is unapologetic. "I '
            'understand why some families find it hard. Consistency is a kindness."')
    last = analyze(text).sentences[-1]
    assert last.source.source == "Ms Kofi"


LENDERS = """Lenders cut rates

Halden Building Society cut its two-year fixed rate to 4.1% on Monday. The \
lender said demand had risen sharply since January.

The Harbour Traders Group, which represents 40 shops, opposed the plan. The \
group said footfall would fall. Ashcombe Village Action Group backed it. In a \
statement, the company said the site had been chosen with care."""


def test_a_body_called_back_by_its_kind_is_the_body_named_before():
    from quizapp.analysis.referents import referents
    analysis = analyze(LENDERS)
    found = referents(analysis)
    by_text = {s.text.split()[1]: found.get(s.index) for s in analysis.sentences
               if s.text.startswith(("The lender", "The group", "In a statement"))}
    assert by_text["lender"] == "Halden Building Society"
    assert by_text["group"] == "The Harbour Traders Group"
    assert by_text["a"] is None  # "the company": no company named before


@pytest.mark.parametrize("text", [
    '"Four years ago we sat round the kitchen table and honestly thought we were '
    'going to have to shut the doors," she told the audience.',
    '"I thought it would rain all week," he said.',
])
def test_the_speakers_own_past_belief_told_is_no_guess(text):
    from .sentences import only
    assert only(text).label == "sourced"


def test_someone_elses_belief_about_what_was_to_come_still_guesses():
    from .sentences import only
    assert only("He thought the plan would fail.").label == "speculation"


def test_a_q_and_a_interviews_answers_name_the_one_interviewed():
    text = ("New chief on a hard year\n\nChief Constable Angela Morrow took charge "
            "of Easterly Police last month.\n\nQ: What has surprised you?\n\nA: "
            "Honestly, how much goodwill there is.\n\nQ: Is that acceptable?\n\n"
            "A: No, it isn't.")
    analysis = analyze(text)
    answer = next(s for s in analysis.sentences if s.text.startswith("Honestly"))
    assert answer.source.source == "Chief Constable Angela Morrow"


FOUNDER = """Tilly Brennan on Refillo

At 24, Tilly Brennan runs a company. We met in the company's canteen.

Where did you get the idea?

Honestly, from being annoyed. I found a refill shop about twenty minutes \
away, and it was shut. Two people left, and I don't blame them.

Where do you see Refillo in five years?

We're talking to two of the large grocery chains now. The parts I like are \
talking to shop owners. I'd like us to be the thing every retailer plugs \
into without thinking."""


@pytest.mark.parametrize("opening", [
    "I found a refill shop", "Two people left", "We're talking to",
    "The parts I like",
])
def test_the_interviewees_own_doing_in_a_plain_answer_is_hers(opening):
    sentence = _sentence(analyze(FOUNDER), opening)
    assert sentence.source is not None
    assert sentence.source.source == "Tilly Brennan"


def test_without_thinking_guesses_nothing():
    sentence = _sentence(analyze(FOUNDER), "I'd like us")
    assert "thinking" not in [h["text"] for h in sentence.hedges]
