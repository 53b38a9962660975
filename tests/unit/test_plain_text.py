"""Pasted text loses its control characters and keeps everything readable."""

from quizapp.plain_text import without_control_characters


def test_nul_and_other_control_characters_are_dropped():
    assert without_control_characters("May\x00or said\x01 so.\x7f") == "Mayor said so."


def test_tabs_line_breaks_and_letters_stay():
    text = "Zürich\tcafé\r\nline two\n💶 “quoted”"
    assert without_control_characters(text) == text


def test_page_and_line_separators_become_line_breaks():
    assert without_control_characters("one\fpage\vtwo\x85three") == (
        "one\npage\ntwo\nthree"
    )
