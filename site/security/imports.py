"""Reading an uploaded spreadsheet for a django-import-export import, and reporting its errors.

A file is judged by its content, never its name: a ZIP file must be an XLSX workbook
(`validate_upload`, so a renamed PNG or an .xlsm is refused) whose parts do not inflate past a
cap; anything else must be UTF-8 CSV text (comma, semicolon or tab separated). The size is
capped before reading, the header must hold exactly the expected columns, and the number of rows
is capped. Every refusal is a `SpreadsheetError` whose message is in the reader's language.

The cells come back as the text a CSV file would hold (`cell` decides how a spreadsheet's own
dates and numbers are written), so that checked rows can wait in the session as CSV between
the preview and the confirmation.
"""

import datetime
import io
import zipfile

import tablib
from import_export import widgets

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .uploads import validate_upload

# An XLSX file is a ZIP archive: its parts may hold at most this many times the file's size
# once inflated (a real workbook inflates 5 to 10 times), so a "ZIP bomb" is refused unread.
MAX_INFLATION = 30


class SpreadsheetError(Exception):
    """The file as a whole cannot be imported (not a spreadsheet, wrong columns, too big...)."""


def blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


class TextWidget(widgets.CharWidget):
    """Text as typed, trimmed; an empty cell is an empty string."""

    def clean(self, value, row=None, **kwargs):
        return "" if value is None else str(value).strip()


def file_format_of(uploaded_file):
    """ "xlsx" for a ZIP file (checked further by `read_spreadsheet`), else "csv"."""
    uploaded_file.seek(0)
    head = uploaded_file.read(4)
    uploaded_file.seek(0)
    return "xlsx" if head == b"PK\x03\x04" else "csv"


def date_cell(value):
    """The default `cell`: dates as YYYY-MM-DD, whole numbers without ".0", None as ""."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_spreadsheet(uploaded_file, columns, *, max_bytes, max_rows, cell=date_cell):
    """A tablib Dataset of text cells from an uploaded CSV (UTF-8) or XLSX file.

    Raises SpreadsheetError for a file that is too large, not a spreadsheet, unreadable,
    without exactly `columns` (in any order, case and surrounding spaces ignored), empty, or
    longer than `max_rows` rows. Empty rows are dropped.
    """
    if uploaded_file.size is not None and uploaded_file.size > max_bytes:
        raise SpreadsheetError(too_large(max_bytes))
    if file_format_of(uploaded_file) == "xlsx":
        dataset = _read_xlsx(uploaded_file, max_bytes)
    else:
        dataset = _read_csv(uploaded_file, max_bytes)
    dataset = normalise(check_columns(dataset, columns), cell)
    if len(dataset) == 0:
        raise SpreadsheetError(_("The file has no rows to import."))
    if len(dataset) > max_rows:
        raise SpreadsheetError(
            _("The file has more than %(max)s rows; split it.") % {"max": max_rows}
        )
    return dataset


def too_large(max_bytes):
    return _("The file is too large: the limit is %(limit)s.") % {
        "limit": filesizeformat(max_bytes)
    }


def _read_xlsx(uploaded_file, max_bytes):
    unreadable = _("This XLSX file cannot be read.")
    try:
        validate_upload(uploaded_file, allowed=("xlsx",), max_bytes=max_bytes)
    except ValidationError as error:
        if error.code == "file_too_large":
            raise SpreadsheetError(too_large(max_bytes)) from error
        raise SpreadsheetError(unreadable) from error
    uploaded_file.seek(0)
    content = io.BytesIO(uploaded_file.read(max_bytes + 1))
    try:
        with zipfile.ZipFile(content) as archive:
            inflated = sum(member.file_size for member in archive.infolist())
        if inflated > MAX_INFLATION * max_bytes:
            raise SpreadsheetError(unreadable)
        content.seek(0)
        return tablib.Dataset().load(content, format="xlsx")
    except SpreadsheetError:
        raise
    except Exception as error:  # openpyxl raises many kinds of errors on a damaged workbook
        raise SpreadsheetError(unreadable) from error


def _read_csv(uploaded_file, max_bytes):
    not_a_spreadsheet = _("This file is neither a CSV file (UTF-8) nor an XLSX spreadsheet.")
    uploaded_file.seek(0)
    raw = uploaded_file.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise SpreadsheetError(too_large(max_bytes))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpreadsheetError(not_a_spreadsheet) from error
    if "\x00" in text:
        raise SpreadsheetError(not_a_spreadsheet)
    try:
        return tablib.Dataset().load(text, format="csv", delimiter=_delimiter(text))
    except Exception as error:
        raise SpreadsheetError(_("This CSV file cannot be read.")) from error


def _delimiter(text):
    """Comma, or the semicolon (a French spreadsheet's CSV) or tab the header line uses."""
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count) if header else ","


def check_columns(dataset, columns):
    headers = [str(header or "").strip().lower() for header in (dataset.headers or [])]
    missing = [column for column in columns if column not in headers]
    unexpected = [header for header in headers if header not in columns]
    if missing or unexpected or len(headers) != len(set(headers)):
        raise SpreadsheetError(
            _(
                "The columns must be exactly: %(expected)s. Missing: %(missing)s. "
                "Unexpected: %(unexpected)s."
            )
            % {
                "expected": ", ".join(columns),
                "missing": ", ".join(missing) or "—",
                "unexpected": ", ".join(unexpected) or "—",
            }
        )
    dataset.headers = headers
    return dataset


def normalise(dataset, cell=date_cell):
    """Every cell as text through `cell`; empty rows dropped."""
    clean = tablib.Dataset(headers=dataset.headers)
    for row in dataset:
        values = [cell(value) for value in row]
        if any(value.strip() for value in values):
            clean.append(values)
    return clean


def row_errors(result, column_of=None):
    """[(row number, [(column, message), ...])] for every row that failed, in file order.

    `column_of` maps a model attribute to the column that fills it when their names differ.
    """
    column_of = column_of or {}
    generic = _("This row could not be imported.")
    rows = {}
    for invalid in result.invalid_rows:
        messages = []
        for attribute, errors in invalid.error_dict.items():
            column = "" if attribute == "__all__" else column_of.get(attribute, attribute)
            for message in errors:
                messages.append((column, str(message)))
        rows[invalid.number] = messages
    for number, errors in result.row_errors():
        rows.setdefault(number, []).extend(
            ("", str(error.error) if isinstance(error.error, ValueError) else generic)
            for error in errors
        )
    return sorted(rows.items())
