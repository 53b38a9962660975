"""The terminal report `flask analyze FILE` prints."""

from quizapp.analysis import analyze
from quizapp.analysis.report import format_report


def test_the_report_shows_labels_cues_and_reasons_without_colour():
    report = format_report(analyze("Some analysts believe it could fail."), False)
    assert "SPECULATION" in report
    assert "[Some analysts]" in report and "[could]" in report
    assert "\033[" not in report
    assert "gives no name" in report


def test_the_coloured_report_uses_ansi_colours():
    report = format_report(analyze("Officials said the talks failed."), True)
    assert "\033[1;32m" in report  # sourced in green
