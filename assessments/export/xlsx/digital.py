"""数字化问卷 in the report: answers, points, subtotals, scenes and the level rule as formulas."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessments.engine import Assessment
from assessments.export.labels import DIGITAL, NO, REPORT, SHEETS, YES
from assessments.export.xlsx.cells import (
    as_input,
    fit_rows,
    formula,
    header,
    put,
    ref,
    section,
    text_of,
    title,
    widths,
)
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOLD, ENGINE_FONT
from assessments.results import SchemeResult
from assessments.rules.schema import DigitalPack
from assessments.schemes.digital_level import TOP_GRADE


@dataclass(frozen=True)
class Questionnaire:
    """Where the digital sheet keeps what the level formulas read."""

    total: str  # the score with open items at 0
    total_high: str  # the score with open items at their maximum
    grades: str  # the scene grades
    flags: str  # 是/否: constraint scene


def digital_sheet(wb: Workbook, assessment: Assessment, lang: str) -> str | None:
    pack = assessment.packs.get("digital_level")
    result = assessment.results.get("digital_level")
    if not isinstance(pack, DigitalPack) or result is None:
        return None
    ws = wb.create_sheet(SHEETS["digital"].get(lang))
    name = pack.title_zh if lang == "zh" else pack.title_en
    title(ws, f"{name} · {pack.document}", REPORT["formula_note"].get(lang))
    total_row = _digital_items(ws, pack, result, assessment, lang)
    grades, flags, last = _digital_scenes(ws, pack, assessment, total_row + 3, lang)
    sheet = Questionnaire(f"$D${total_row}", f"$D${total_row + 1}", grades, flags)
    counting = _digital_levels(ws, pack, result, assessment, sheet, last + 2, lang)
    widths(ws, (36, 20, 14, 17, 12, 12, 12, 12, 12, 12))
    fit_rows(ws, 3)
    ws.freeze_panes = "A5"
    print_setup(ws, 4, landscape=True, lang=lang)
    return counting


def _digital_items(
    ws: Worksheet, pack: DigitalPack, result: SchemeResult, assessment: Assessment, lang: str
) -> int:
    """Answers and points, then the subtotals and total as formulas; returns the total's row."""
    header(ws, 4, [text_of(DIGITAL, k, lang) for k in ("item", "dimension", "answer", "points", "max")])
    answers = assessment.firm.digital.items
    first, last = 5, 4 + len(pack.items)
    for row, item in enumerate(pack.items, start=first):
        put(
            ws, row, 1, f"{item.id} {item.indicator if lang == 'zh' else item.indicator_en or item.indicator}"
        )
        put(ws, row, 2, _dimension(pack, item.dimension, lang))
        put(ws, row, 3, "、".join(answers.get(item.id, ())))
        as_input(put(ws, row, 4, result.row(item.id).points))
        put(ws, row, 5, item.max_points)
    dims, points, tops = (f"{c}{first}:{c}{last}" for c in "BDE")
    header(
        ws,
        last + 1,
        [
            "",
            "",
            "",
            text_of(DIGITAL, "points", lang),
            text_of(DIGITAL, "max", lang),
            text_of(REPORT, "engine", lang),
        ],
    )
    subtotals = []
    for row, (name, top) in enumerate(pack.dimensions.items(), start=last + 2):
        put(ws, row, 1, f"{_dimension(pack, name, lang)} · {text_of(DIGITAL, 'subtotal', lang)}").font = BOLD
        put(ws, row, 2, _dimension(pack, name, lang))
        formula(ws, row, 4, f"SUMIF({dims},B{row},{points})").font = BOLD
        put(ws, row, 5, top)
        put(ws, row, 6, result.row(f"subtotal:{name}").points).font = ENGINE_FONT
        subtotals.append(row)
    total = subtotals[-1] + 1
    put(ws, total, 1, text_of(DIGITAL, "total", lang)).font = BOLD
    formula(ws, total, 4, "+".join(f"D{r}" for r in subtotals)).font = BOLD
    put(ws, total, 5, sum(pack.dimensions.values(), Decimal(0)))
    put(ws, total, 6, result.score).font = ENGINE_FONT
    put(ws, total + 1, 1, text_of(DIGITAL, "score_high", lang))
    formula(ws, total + 1, 4, f'D{total}+SUMPRODUCT(({points}="")*{tops})')
    put(ws, total + 1, 6, result.score_max).font = ENGINE_FONT
    return total


def _dimension(pack: DigitalPack, name: str, lang: str) -> str:
    return name if lang == "zh" else pack.dimensions_en.get(name, name)


def _digital_scenes(
    ws: Worksheet, pack: DigitalPack, assessment: Assessment, top: int, lang: str
) -> tuple[str, str, int]:
    """The scenes with their grades as input cells; returns the grade and flag ranges and last row."""
    section(ws, top, text_of(DIGITAL, "scenes", lang), 6)
    header(ws, top + 1, [text_of(DIGITAL, k, lang) for k in ("scene", "group", "constraint", "grade")])
    grades = assessment.firm.digital.scenes
    first, last = top + 2, top + 1 + len(pack.scenes)
    for row, scene in enumerate(pack.scenes, start=first):
        put(ws, row, 1, f"{scene.id} {scene.name if lang == 'zh' else scene.name_en or scene.name}")
        put(ws, row, 2, scene.group if lang == "zh" else scene.group_en or scene.group)
        put(ws, row, 3, (YES if scene.constraint else NO).get(lang))
        as_input(put(ws, row, 4, grades.get(scene.id)))
    _grade_rule(ws, f"D{first}:D{last}")
    return f"$D${first}:$D${last}", f"$C${first}:$C${last}", last


def _grade_rule(ws: Worksheet, cells: str) -> None:
    rule = DataValidation(
        type="whole", operator="between", formula1="0", formula2=str(TOP_GRADE), allow_blank=True
    )
    ws.add_data_validation(rule)
    rule.add(cells)


LEVEL_KEYS = (
    "level",
    "min_score",
    "min_scenes",
    "min_constraint",
    "scenes_low",
    "constraint_low",
    "met_low",
    "scenes_high",
    "constraint_high",
    "met_high",
)


def _digital_levels(
    ws: Worksheet,
    pack: DigitalPack,
    result: SchemeResult,
    assessment: Assessment,
    sheet: Questionnaire,
    top: int,
    lang: str,
) -> str:
    """The level rule as formulas: each level's three conditions, open inputs low and high."""
    yes, no = YES.get(lang), NO.get(lang)
    section(ws, top, text_of(DIGITAL, "level_rule", lang), len(LEVEL_KEYS))
    header(ws, top + 1, [text_of(DIGITAL, k, lang) for k in LEVEL_KEYS])
    rows = list(range(top + 2, top + 2 + len(pack.levels)))
    for row, level in zip(rows, pack.levels, strict=True):
        for col, value in enumerate(
            (level.level, level.min_score, level.min_scenes, level.min_constraint_scenes), 1
        ):
            put(ws, row, col, value)
        open_scenes = f"COUNTBLANK({sheet.grades})"
        open_constraint = f'SUMPRODUCT(({sheet.grades}="")*({sheet.flags}="{yes}"))'
        cells = (
            f'COUNTIF({sheet.grades},">="&A{row})',
            f'COUNTIFS({sheet.grades},">="&A{row},{sheet.flags},"{yes}")',
            f'IF(AND({sheet.total}>=B{row},E{row}>=C{row},F{row}>=D{row}),"{yes}","{no}")',
            f"E{row}+{open_scenes}",
            f"F{row}+{open_constraint}",
            f'IF(AND({sheet.total_high}>=B{row},H{row}>=C{row},I{row}>=D{row}),"{yes}","{no}")',
        )
        for col, expression in enumerate(cells, start=5):
            formula(ws, row, col, expression)
    return _level_cells(ws, rows, result, assessment, rows[-1] + 3, lang)


def _level_cells(
    ws: Worksheet, rows: list[int], result: SchemeResult, assessment: Assessment, top: int, lang: str
) -> str:
    """The levels reached (low, high, known), the official level, and the level that counts."""
    yes = YES.get(lang)

    def first_met(col: str) -> str:
        expression = "0"  # no level reached
        for row in reversed(rows):
            expression = f'IF({col}{row}="{yes}",A{row},{expression})'
        return expression

    facts = result.facts
    low, high = facts.get("level_bounds", (None, None))
    lines = (
        ("level_low", first_met("G"), low),
        ("level_high", first_met("J"), high),
        ("self_level", f'IF(D{top}=D{top + 1},D{top},"")', facts.get("self_level")),
    )
    header(ws, top - 1, ["", "", "", text_of(DIGITAL, "level", lang), "", text_of(REPORT, "engine", lang)])
    for row, (key, expression, engine) in enumerate(lines, start=top):
        put(ws, row, 1, text_of(DIGITAL, key, lang))
        formula(ws, row, 4, expression).font = BOLD
        put(ws, row, 6, engine).font = ENGINE_FONT
    official, counting = top + len(lines), top + len(lines) + 1
    put(ws, official, 1, text_of(DIGITAL, "official", lang))
    as_input(put(ws, official, 4, assessment.firm.honours.official_digital_level))
    _grade_rule(ws, f"D{official}")
    put(ws, counting, 1, text_of(DIGITAL, "counting", lang)).font = BOLD
    formula(ws, counting, 4, f'IF(D{official}="",D{top + 2},D{official})').font = BOLD
    put(ws, counting, 6, facts.get("level")).font = ENGINE_FONT
    return ref(ws, counting, 4)
