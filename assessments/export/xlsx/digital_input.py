"""数字化问卷 in the data-collection template: the questionnaire to answer, and reading the answers.

One row per question (its options written out, the answer as option letters: "B" or "A、C") and one
row per application scene (what each grade means, the grade reached 0–4). The questions are those of
the digital pack in force on the assessment date (the newest pack when none is yet). Answers are
checked as the app checks them (`digital_score.answer_error`: an unknown letter, two letters to a
single choice, "无" with another option), each problem named by its cell.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.labels import DIGITAL_INPUT, INSTRUCTIONS, NO, YES
from assessments.export.xlsx.cell_readers import Problems, normal, read_whole
from assessments.export.xlsx.cells import as_input, fit_rows, header, put, section, title, wide_note, widths
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import TEXT, WRAP
from assessments.ip_import import BadCell
from assessments.model import DigitalAnswers, Purpose
from assessments.results import Text
from assessments.rules.catalogue import NoPackInForce, pack_for, versions_of
from assessments.rules.schema import DigitalPack
from assessments.schemes.digital_level import TOP_GRADE
from assessments.schemes.digital_score import answer_error
from assessments.storage.xlsx_reader import Sheet

ANSWER_COL, GRADE_COL = 6, 6
_SEPARATORS = re.compile(r"[\s、,，;；/]+")


def questionnaire(on: dt.date, purpose: Purpose) -> DigitalPack | None:
    """The digital pack in force on `on`, else the newest one (a template may predate or outlive it)."""
    try:
        pack = pack_for("digital_level", purpose, on)
    except NoPackInForce:
        newest = versions_of("digital_level")
        pack = newest[-1] if newest else None
    return pack if isinstance(pack, DigitalPack) else None


# --- writing ---------------------------------------------------------------------------------------


def write_digital_input(ws: Worksheet, pack: DigitalPack, answers: DigitalAnswers, lang: str) -> None:
    zh = lang == "zh"
    name = pack.title_zh if zh else pack.title_en
    widths(ws, (6, 14, 36, 44, 9, 12))
    title(ws, f"{name} · {pack.document}")
    wide_note(ws, 2, INSTRUCTIONS["digital"].get(lang), ANSWER_COL)
    section(ws, 3, DIGITAL_INPUT["items"].get(lang), ANSWER_COL)
    header(
        ws,
        4,
        [DIGITAL_INPUT[k].get(lang) for k in ("id", "indicator", "question", "options", "kind", "answer")],
    )
    row = 5
    for item in pack.items:
        options = "\n".join(f"{o.key}. {o.text}" for o in item.options)
        put(ws, row, 1, item.id)
        put(ws, row, 2, item.indicator if zh else item.indicator_en or item.indicator)
        put(ws, row, 3, item.question)
        put(ws, row, 4, options)
        put(ws, row, 5, DIGITAL_INPUT["multi" if item.multi else "single"].get(lang))
        as_input(put(ws, row, ANSWER_COL, "、".join(answers.items.get(item.id, ()))), TEXT)
        if not item.multi:
            _letters_rule(ws, f"F{row}", [o.key for o in item.options], lang)
        row += 1
    row += 1
    section(ws, row, DIGITAL_INPUT["scenes"].get(lang), GRADE_COL)
    header(
        ws,
        row + 1,
        [DIGITAL_INPUT[k].get(lang) for k in ("id", "scene", "levels", "group", "constraint", "grade")],
    )
    first = row + 2
    for offset, scene in enumerate(pack.scenes):
        r = first + offset
        grades = "\n".join(f"{n}：{text}" for n, text in enumerate(scene.levels, start=1))
        put(ws, r, 1, scene.id)
        put(ws, r, 2, scene.name if zh else scene.name_en or scene.name)
        put(ws, r, 3, grades)
        put(ws, r, 4, scene.group if zh else scene.group_en or scene.group)
        put(ws, r, 5, (YES if scene.constraint else NO).get(lang))
        as_input(put(ws, r, GRADE_COL, answers.scenes.get(scene.id)))
    last = first + len(pack.scenes) - 1
    rule = DataValidation(
        type="whole", operator="between", formula1="0", formula2=str(TOP_GRADE), allow_blank=True
    )
    ws.add_data_validation(rule)
    rule.add(f"F{first}:F{last}")
    for line in ws.iter_rows(min_row=5, min_col=2, max_col=4):
        for cell in line:
            cell.alignment = WRAP
    fit_rows(ws, 4)  # the header's long names wrap too
    ws.freeze_panes = "A5"
    print_setup(ws, 4, landscape=True, lang=lang)


def _letters_rule(ws: Worksheet, cell: str, keys: list[str], lang: str) -> None:
    rule = DataValidation(type="list", formula1=f'"{",".join(keys)}"', allow_blank=True)
    rule.error = Text("请填写一个选项字母", "Enter one option letter").get(lang)
    rule.showErrorMessage = True
    ws.add_data_validation(rule)
    rule.add(cell)


# --- reading ---------------------------------------------------------------------------------------


def read_digital_input(ws: Sheet, pack: DigitalPack, problems: Problems) -> DigitalAnswers:
    """The answers of the sheet; rows are found by the question and scene numbers in column A."""
    items = {normal(i.id): i for i in pack.items}
    scenes = {normal(s.id): s for s in pack.scenes}
    answers: dict[str, tuple[str, ...]] = {}
    grades: dict[str, int] = {}
    for row in ws.row_numbers(5):
        key = normal(ws.value(row, 1))
        if key in items and items[key].id not in answers:
            item = items[key]
            label = Text(f"第{item.id}题答案", f"answer to {item.id}")
            keys = problems.read(ws, row, ANSWER_COL, label, _letters)
            if keys:
                error = answer_error(item, keys)
                if error is not None:
                    problems.add(
                        ws, row, ANSWER_COL, label, Text(f"有误：{error.zh}", f" is wrong: {error.en}")
                    )
                else:
                    order = [o.key for o in item.options]
                    answers[item.id] = tuple(sorted(keys, key=order.index))
        elif key in scenes and scenes[key].id not in grades:
            scene = scenes[key]
            label = Text(f"场景{scene.id}的等级", f"grade of scene {scene.id}")
            grade = problems.read(ws, row, GRADE_COL, label, _grade)
            if grade is not None:
                grades[scene.id] = grade
    return DigitalAnswers(items=answers, scenes=grades)


def _letters(raw: Any) -> tuple[str, ...]:
    """Option letters as typed: "B", "A、C", "a,c", "AC", full-width "Ａ"."""
    if raw is None:
        return ()
    text = unicodedata.normalize("NFKC", str(raw)).strip().upper()
    if not text:
        return ()
    parts = [p for p in _SEPARATORS.split(text) if p]
    if len(parts) == 1 and parts[0].isalpha() and parts[0].isascii():
        parts = list(parts[0])  # "AC"
    if not all(p.isascii() and p.isalnum() for p in parts):
        raise BadCell(
            Text(
                f"无法识别（“{raw}”），请填选项字母，如 A 或 A、C",
                f" not recognised (“{raw}”): enter option letters, e.g. A or A, C",
            )
        )
    return tuple(parts)


def _grade(raw: Any) -> int | None:
    value = read_whole(raw)
    if value is not None and not 0 <= value <= TOP_GRADE:
        raise BadCell(
            Text(f"应为0–{TOP_GRADE}级（“{raw}”）", f" must be a grade from 0 to {TOP_GRADE} (“{raw}”)")
        )
    return value
