"""Pasted text loses its control characters and keeps everything readable."""

from quizapp.plain_text import in_quotes, without_control_characters


def test_nul_and_other_control_characters_are_dropped():
    assert without_control_characters("May\x00or said\x01 so.\x7f") == "Mayor said so."


def test_tabs_line_breaks_and_letters_stay():
    text = "Zürich\tcafé\r\nline two\n💶 “quoted”"
    assert without_control_characters(text) == text


def test_page_and_line_separators_become_line_breaks():
    assert without_control_characters("one\fpage\vtwo\x85three") == (
        "one\npage\ntwo\nthree"
    )


def test_a_quoted_sentence_that_holds_a_quotation_reads_as_quotes_in_quotes():
    assert in_quotes('"We cut costs," he said.') == "“'We cut costs,' he said.”"
    assert in_quotes("Sales “rose”, it's said.") == "“Sales ‘rose’, it's said.”"
    assert in_quotes("Aldana retired in 2005.") == "“Aldana retired in 2005.”"
