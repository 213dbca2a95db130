"""The input sheets (企业概况, 财务数据, 知识产权, 荣誉资质, 数字化问卷): a blank data-collection template and its import.

A firm fills the template offline; `read_template` (template_read.py) reads it back into an `AssessmentFile`. Every bad
cell is reported with its sheet and cell (`财务数据!C7：营业收入不是有效数字（“12万”）`) and all of
them are collected before a `TemplateError` is raised, so nothing is silently zeroed or dropped. Rows
and columns are found by their labels (Chinese or English), so a template filled in either language
reads back. The report workbook (`workbook.py`) writes the same input sheets, plus its results.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from assessments.export.labels import INSTRUCTIONS, SHEETS
from assessments.export.xlsx.cells import widths
from assessments.export.xlsx.digital_input import questionnaire, write_digital_input
from assessments.export.xlsx.finance import FIN_HEADER_ROW, sheet_years, write_finance
from assessments.export.xlsx.honours import write_honours
from assessments.export.xlsx.ip import IP_HEADER_ROW, TEMPLATE_IP_ROWS, ip_col, write_ip
from assessments.export.xlsx.lists import Lists
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.profile import write_profile
from assessments.export.xlsx.styles import new_workbook
from assessments.model import Firm, Purpose
from assessments.storage.atomic import write_atomic
from assessments.storage.srdi_file import AssessmentFile


def input_workbook(doc: AssessmentFile | None, lang: str, on: dt.date | None = None) -> Workbook:
    """The input sheets, empty or holding `doc`'s firm, with the option lists."""
    wb = new_workbook()
    firm = doc.firm if doc is not None else Firm()
    day = doc.on if doc is not None else on or dt.date.today()
    purpose = doc.purpose if doc is not None else Purpose.NEW
    lists = Lists(wb, lang)
    profile = wb.active
    profile.title = SHEETS["profile"].get(lang)
    write_profile(profile, firm, day, purpose, lists, INSTRUCTIONS["template"].get(lang))
    finance = wb.create_sheet(SHEETS["finance"].get(lang))
    write_finance(finance, firm, sheet_years(firm, day), lang)
    widths(finance, (34, 8, 14, 14, 14, 14))
    print_setup(finance, FIN_HEADER_ROW, landscape=False, lang=lang)
    ip = wb.create_sheet(SHEETS["ip"].get(lang))
    write_ip(ip, firm.ip, lists, blank_rows=TEMPLATE_IP_ROWS)
    print_setup(ip, IP_HEADER_ROW, landscape=True, lang=lang, title_cols=ip_col("title"))
    write_honours(wb.create_sheet(SHEETS["honours"].get(lang)), firm.honours, lists, day)
    pack = questionnaire(day, purpose)
    if pack is not None:
        write_digital_input(wb.create_sheet(SHEETS["digital"].get(lang)), pack, firm.digital, lang)
    wb.move_sheet(lists.ws, offset=len(wb.sheetnames))
    return wb


def write_template(path: Path, lang: str = "zh", on: dt.date | None = None) -> None:
    """A blank data-collection workbook; the years and assessment date default to `on` (today)."""
    write_atomic(Path(path), input_workbook(None, lang, on).save)


def fill_template(doc: AssessmentFile, path: Path, lang: str = "zh") -> None:
    """The template holding `doc`'s profile, three fiscal years and plan, IP register, honours and
    digital answers.

    Years outside the sheet's windows (finance, development scores) and the 高企 self-score are not
    part of the template; `read_template` returns them empty.
    """
    write_atomic(Path(path), input_workbook(doc, lang).save)
