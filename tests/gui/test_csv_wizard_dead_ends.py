"""The CSV wizard's dead ends: whenever Next is disabled, the page says why and what to change
(header only, one column, text in every column, numbers written with decimal commas, a header
longer than the part of the file the preview reads)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.gui.test_csv_wizard import wizard, write  # noqa: F401  (the fixture)

NUMBERS = "".join(f"{i};{i % 7};{'a' if i % 2 else 'b'}\n" for i in range(30))


def first_page(wizard, tmp_path, content):
    wizard.open_file(write(tmp_path, content))
    page = wizard.file_page
    return wizard.button(QWizard.NextButton).isEnabled(), page.error_label.isVisible(), page.error_label.text()


def columns_page(wizard, tmp_path, content):
    wizard.open_file(write(tmp_path, content))
    assert wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    page = wizard.columns_page
    return wizard.button(QWizard.NextButton).isEnabled(), page.problem_label.isVisible(), page.problem_label.text()


@pytest.mark.parametrize("content, phrases", [
    ("x;y;label\n", ["only a header row (row 1)", "choose “No header”"]),
    ("value\n" + "".join(f"{i}\n" for i in range(30)), ["only one column", "choose the separator"]),
    (",".join(f"column_{i}" for i in range(9000)) + "\n" + ",".join("1" * 9000) + "\n",
     ["longer than 64 KB", "Leave out columns"]),
])
def test_a_file_that_cannot_be_a_table_says_why_next_is_disabled(wizard, tmp_path, content, phrases):
    enabled, shown, text = first_page(wizard, tmp_path, content)
    assert not enabled and shown
    for phrase in phrases:
        assert phrase in text, text


def test_the_detected_layout_reads_as_a_sentence(wizard, tmp_path):
    wizard.open_file(write(tmp_path, "value\n" + "".join(f"{i}\n" for i in range(30))))
    assert wizard.file_page.detected_label.text().startswith("1 column, values separated by commas, with a header row")


def test_the_header_message_follows_the_header_choice(wizard, tmp_path):
    """Doing what the message says (“No header”) turns the lone row into data: the message goes."""
    wizard.open_file(write(tmp_path, "x;y;label\n"))
    assert wizard.file_page.error_label.isVisible()
    wizard.file_page.header_combo.setCurrentIndex(wizard.file_page.header_combo.findData(False))
    assert not wizard.file_page.error_label.isVisible() and wizard.button(QWizard.NextButton).isEnabled()


def test_text_in_every_column_says_how_to_use_one(wizard, tmp_path):
    content = "name,city,label\n" + "".join(f"person {i},town {i},{'a' if i % 2 else 'b'}\n" for i in range(30))
    enabled, shown, text = columns_page(wizard, tmp_path, content)
    assert not enabled and shown
    assert "differs in almost every row" in text and "“Used as” to Category or Number" in text
    wizard.columns_page.set_role("city", "category")          # doing what it says enables Next
    assert wizard.button(QWizard.NextButton).isEnabled() and not wizard.columns_page.problem_label.isVisible()


def test_no_column_chosen_says_which_roles_work(wizard, tmp_path):
    columns_page(wizard, tmp_path, "x;y;label\n" + NUMBERS)
    wizard.columns_page.set_features([])
    assert not wizard.button(QWizard.NextButton).isEnabled()
    assert "Number, Category or Date" in wizard.columns_page.problem_label.text()


def test_decimal_commas_are_named_with_what_to_change(wizard, tmp_path):
    content = "x;y;size\n" + "".join(f"{i},5;{i % 7},25;{i},1\n" for i in range(30))
    enabled, shown, text = columns_page(wizard, tmp_path, content)
    assert shown and "decimal comma" in text and "decimal points (3.5)" in text
    assert "“x”" in text


def test_decimal_commas_are_named_even_when_next_works(wizard, tmp_path):
    """Read as text, such numbers would become categories: the page says so before Next."""
    content = "x;y;label\n" + "".join(f"{i},5;{i % 7},25;{'a' if i % 2 else 'b'}\n" for i in range(30))
    enabled, shown, text = columns_page(wizard, tmp_path, content)
    assert shown and "“x”, “y” hold numbers written with a decimal comma" in text


def test_a_usable_table_shows_no_problem(wizard, tmp_path):
    enabled, shown, _ = columns_page(wizard, tmp_path, "x;y;label\n" + NUMBERS)
    assert enabled and not shown
