"""The option lists behind the drop-downs, on a hidden sheet, and the date check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.labels import (
    ACCOUNTS_BASIS,
    AWARD_LEVELS,
    INPUT,
    NO,
    PURPOSE,
    SHEETS,
    STANDARD_LEVELS,
    STANDARD_ROLES,
    YES,
)
from assessments.export.xlsx.cells import put
from assessments.ip_import import IP_ORIGINS, IP_STATUSES, IP_TYPES
from assessments.labels import INDUSTRIES
from assessments.model import Industry, Level, StandardLevel, StandardRole
from assessments.results import Text
from assessments.schemes.tech_sme import EXCLUDED_NAMES


@dataclass(frozen=True)
class Choices:
    """An enumerated input: the words shown in the cells (per language) and what they mean."""

    name: str
    words: dict[Any, Text]


BOOL = Choices("bool", {True: YES, False: NO})
CHOICES = (
    BOOL,
    Choices("purpose", dict(PURPOSE)),
    Choices("industry", {Industry(k): v for k, v in INDUSTRIES.items()}),
    Choices("accounts_basis", dict(ACCOUNTS_BASIS)),
    Choices("excluded_industry", dict(EXCLUDED_NAMES)),
    Choices("ip_type", dict(IP_TYPES)),
    Choices("ip_status", dict(IP_STATUSES)),
    Choices("ip_origin", dict(IP_ORIGINS)),
    Choices("level", {Level(k): v for k, v in AWARD_LEVELS.items()}),
    Choices("standard_level", {StandardLevel(k): v for k, v in STANDARD_LEVELS.items()}),
    Choices("standard_role", {StandardRole(k): v for k, v in STANDARD_ROLES.items()}),
)
CHOICE = {choices.name: choices for choices in CHOICES}


class Lists:
    """A hidden sheet holding one column per option list; drop-downs point at its ranges."""

    def __init__(self, wb: Workbook, lang: str) -> None:
        self.lang = lang
        self.ws = wb.create_sheet(SHEETS["lists"].get(lang))
        self.ws.sheet_state = "hidden"
        self.ranges: dict[str, str] = {}
        for col, choices in enumerate(CHOICES, start=1):
            put(self.ws, 1, col, choices.name)
            for row, word in enumerate(choices.words.values(), start=2):
                put(self.ws, row, col, word.get(lang))
            letter = get_column_letter(col)
            last = len(choices.words) + 1
            self.ranges[choices.name] = f"{quote_sheetname(self.ws.title)}!${letter}$2:${letter}${last}"

    def word(self, choices: Choices, value: Any) -> str | None:
        return None if value is None else choices.words[value].get(self.lang)

    def drop_down(self, ws: Worksheet, name: str, cells: str) -> None:
        rule = DataValidation(type="list", formula1=self.ranges[name], allow_blank=True)
        rule.error = INPUT["pick"].get(self.lang)
        rule.showErrorMessage = True
        ws.add_data_validation(rule)
        rule.add(cells)


def date_rule(ws: Worksheet, cells: str, lang: str) -> None:
    rule = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    rule.error = INPUT["date_hint"].get(lang)
    rule.showErrorMessage = True
    ws.add_data_validation(rule)
    rule.add(cells)
