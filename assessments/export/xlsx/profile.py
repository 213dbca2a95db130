"""企业概况: the profile sheet, label / value / hint rows with drop-downs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.labels import COMPLIANCE, FIELD_FLAGS, INPUT, INSTRUCTIONS, SECTIONS, SHEETS
from assessments.export.xlsx.cells import as_input, header, put, section, title, widths
from assessments.export.xlsx.lists import CHOICE, Lists, date_rule
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOX, DATE, NOTE_FONT, TEXT, WRAP
from assessments.labels import PROFILE_FIELDS
from assessments.model import Firm, Purpose
from assessments.results import Text
from assessments.schemes.tech_sme import EXCLUDED_QUESTION


@dataclass(frozen=True)
class ProfileField:
    key: str  # "date", "purpose", "profile.name", "fields.hnte_field", "compliance.clean_record"
    label: Text
    kind: str  # "date", "text" or a Choices name


BASICS = (
    ProfileField("date", INPUT["date"], "date"),
    ProfileField("purpose", INPUT["purpose"], "purpose"),
    ProfileField("profile.name", PROFILE_FIELDS["name"], "text"),
    ProfileField("profile.credit_code", PROFILE_FIELDS["credit_code"], "text"),
    ProfileField("profile.industry", PROFILE_FIELDS["industry"], "industry"),
    ProfileField("profile.district", PROFILE_FIELDS["district"], "text"),
    ProfileField("profile.founded_on", PROFILE_FIELDS["founded_on"], "date"),
    ProfileField("profile.niche_since", PROFILE_FIELDS["niche_since"], "date"),
    ProfileField("profile.main_product", PROFILE_FIELDS["main_product"], "text"),
    ProfileField("profile.accounts_basis", INPUT["accounts_basis"], "accounts_basis"),
    ProfileField("profile.excluded_industry", EXCLUDED_QUESTION, "excluded_industry"),
)
PROFILE_SECTIONS: tuple[tuple[Text, tuple[ProfileField, ...]], ...] = (
    (SECTIONS["basics"], BASICS),
    (SECTIONS["fields"], tuple(ProfileField(f"fields.{k}", v, "bool") for k, v in FIELD_FLAGS.items())),
    (
        SECTIONS["compliance"],
        tuple(ProfileField(f"compliance.{k}", v, "bool") for k, v in COMPLIANCE.items()),
    ),
)
PROFILE_HEADER_ROW = 4


def _profile_value(field: ProfileField, firm: Firm, on: dt.date | None, purpose: Purpose) -> Any:
    if field.key == "date":
        return on
    if field.key == "purpose":
        return purpose
    part, name = field.key.split(".")
    owner = {"profile": firm.profile, "fields": firm.profile.fields, "compliance": firm.profile.compliance}
    return getattr(owner[part], name)


def _hint(field: ProfileField, lang: str) -> str:
    key = {"date": "date_hint", "text": "text_hint", "bool": "yes_no"}.get(field.kind, "pick")
    return INPUT[key].get(lang)


def write_profile(
    ws: Worksheet, firm: Firm, on: dt.date | None, purpose: Purpose, lists: Lists, note: str = ""
) -> dict[str, int]:
    """The profile as label / value / hint rows; returns the row of each field."""
    lang = lists.lang
    title(ws, SHEETS["profile"].get(lang), note)
    put(ws, 3, 1, INSTRUCTIONS["profile"].get(lang)).font = NOTE_FONT
    header(ws, PROFILE_HEADER_ROW, [INPUT[k].get(lang) for k in ("item", "value", "hint")])
    rows: dict[str, int] = {}
    row = PROFILE_HEADER_ROW + 1
    for heading, fields in PROFILE_SECTIONS:
        section(ws, row, heading.get(lang), 3)
        row += 1
        for field in fields:
            _profile_row(ws, row, field, _profile_value(field, firm, on, purpose), lists)
            rows[field.key] = row
            row += 1
    widths(ws, (40, 44, 34))
    ws.freeze_panes = f"A{PROFILE_HEADER_ROW + 1}"
    print_setup(ws, PROFILE_HEADER_ROW, landscape=False, lang=lang)
    return rows


def _profile_row(ws: Worksheet, row: int, field: ProfileField, value: Any, lists: Lists) -> None:
    put(ws, row, 1, field.label.get(lists.lang)).border = BOX
    put(ws, row, 3, _hint(field, lists.lang)).font = NOTE_FONT
    cell = f"B{row}"
    if field.kind == "date":
        as_input(put(ws, row, 2, value), DATE)
        date_rule(ws, cell, lists.lang)
    elif field.kind == "text":
        as_input(put(ws, row, 2, value), TEXT)
    else:
        as_input(put(ws, row, 2, lists.word(CHOICE[field.kind], value)))
        lists.drop_down(ws, field.kind, cell)
    ws.cell(row=row, column=1).alignment = WRAP
