"""A quotation that opens a paragraph on its own belongs to the speaker the
next sentence of that paragraph names ('"I want nurses back." The minister
insisted ...', '"... but when." Those were the words of the chief engineer'),
not to the speaker of the paragraph before. "X was one of several residents
who told reporters that ..." credits X."""

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import only

BEFORE = ('"This offer is an insult," said Grace Okonjo, the union\'s leader.\n\n')


def _speakers(text):
    return [(s.quoted_from or s.attribution).source if (s.quoted_from or s.attribution)
            else None for s in analyze(text).sentences]


def test_the_speaker_named_after_a_paragraph_opening_quotation_takes_it():
    speakers = _speakers(
        BEFORE + '"I want nurses back on the wards. But I will not mortgage the '
        'future of the service." Health Minister Peter Vandermeer insisted the '
        'government had gone as far as it could.')
    assert speakers[1:4] == ["Health Minister Peter Vandermeer"] * 3


def test_those_were_the_words_of_names_the_quotation_before():
    speakers = _speakers(
        BEFORE + '"It is not a question of if the bridge needs replacing, but '
        'when." Those were the words of the city\'s then chief engineer, Anders '
        'Vollen, in 2019.')
    assert speakers[1] == "the city's then chief engineer, Anders Vollen"


def test_a_quotation_with_nobody_named_after_it_still_continues_the_last_speaker():
    speakers = _speakers(BEFORE + '"We will not back down." The strike began on '
                         'Monday.')
    assert speakers[1] == "Grace Okonjo"


def test_one_of_several_residents_who_told_reporters_is_the_subjects_report():
    sentence = only("Tom Brannigan, 44, a mechanic, was one of several residents "
                    "who told reporters that the sirens had not sounded.")
    assert (sentence.label, sentence.attribution.source) == ("sourced",
                                                             "Tom Brannigan")


def test_a_real_side_clause_still_credits_only_itself():
    sentence = only("The mill, where workers say pay is low, closed in May.")
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none")


def test_that_was_how_opening_the_next_paragraph_names_a_quotation_alone():
    speakers = _speakers(
        BEFORE + '"He never played a note he didn\'t mean."\n\nThat was how Peggy '
        'Marchant, his accordionist for 30 years, remembered him on Sunday.')
    assert speakers[1:] == ["Peggy Marchant", "Peggy Marchant"]


def test_a_speaker_in_the_next_paragraph_does_not_take_a_quotation_alone():
    speakers = _speakers(BEFORE + '"We will not back down."\n\nHealth Minister '
                         'Peter Vandermeer said talks would resume.')
    assert speakers[1] == "Grace Okonjo"


def test_a_quotation_alone_after_narration_is_the_voice_opening_the_next():
    text = ("Accounts published in March showed losses of £14.2m, and Tully has "
            "said he can no longer fund the club.\n\n"
            '"We\'re not here to make a quick buck."\n\n'
            "Callahan, speaking to reporters on Wednesday, said his group had "
            '"done its homework".')
    assert _speakers(text)[1] == "Callahan"


def test_that_is_how_someone_remembers_a_person_names_the_words_before():
    text = ("She joined St Brigid's in 1966.\n\n"
            '"She would stand at the classroom door every morning."\n\n'
            "That is how Declan Moriarty, who sat in her English class in 1985, "
            "remembers her.")
    assert _speakers(text)[1] == "Declan Moriarty"


def test_those_were_the_words_of_names_a_quotation_inside_a_paragraph_too():
    text = ('In a statement, a spokesman said the rainfall was exceptional.\n\n'
            'Campaigners were unimpressed. "They have been blaming the weather '
            'for years." Those were the words of Joanna Pelling, who founded '
            'the group.')
    assert _speakers(text)[2] == "Joanna Pelling"
