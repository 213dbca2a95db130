"""The report's charts as reportlab vector drawings: the Xiamen targets and the digital result.

Every figure drawn is one the engine computed (a row's value, points or grade) or a rule-pack value
(the target, the maxima, the next level); the charts only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from assessments.engine import Assessment
from assessments.export.labels import PDF, STATUS
from assessments.export.pdf_styles import ACCENT, FONT, FRAME_WIDTH, INK, MUTED, RULE, STATUS_COLOUR, drawable
from assessments.gaps import gap_unit
from assessments.labels import attainable_goal, target_text
from assessments.numbers import fmt_unit, num, points_num
from assessments.results import Row, SchemeResult, Status, Text
from assessments.rules.schema import CriteriaPack, DigitalPack, Threshold

TARGET_ROWS = ("rd_share", "class1_ip", "digital_level")
PANEL_TITLE = {
    "rd_share": Text("研发占比", "R&D share"),
    "class1_ip": Text("有效Ⅰ类知识产权", "Class I IP owned"),
    "digital_level": Text("数字化水平等级", "Digital level"),
}
TARGET_LINE = colors.HexColor("#1f2933")
MAX_BAR = colors.HexColor("#e4e7eb")


@dataclass(frozen=True)
class Target:
    row: Row
    threshold: Threshold
    goal: Decimal  # where the target line is drawn
    axis_top: Decimal

    @property
    def goal_text(self) -> tuple[str, str]:
        """(zh, en) of the line: "≥ 10.01%" for "> 10%", "≥ 9项" for "> 8项" (labels.target_text)."""
        text = target_text(self.threshold)
        return text.zh, text.en


def goal_of(threshold: Threshold) -> Decimal:
    """The line to reach: the next value a report shows above a strict "more than" (10.01%, 9 items)."""
    return attainable_goal(threshold)[1]


def text_shape(x: float, y: float, text: str, **style: object) -> String:
    """A chart's text, every character one the font can draw."""
    return String(x, y, drawable(text), **style)


def targets(assessment: Assessment) -> list[Target]:
    result = assessment.results.get("xiamen_2026_targets")
    pack = assessment.packs.get("xiamen_2026_targets")
    digital = assessment.packs.get("digital_level")
    if result is None or not isinstance(pack, CriteriaPack) or not result.rows:
        return []
    top_level = Decimal(digital.levels[0].level) if isinstance(digital, DigitalPack) else None
    found = []
    for row_id in TARGET_ROWS:
        row = result.row(row_id)
        threshold = pack.criterion(row_id).threshold("min")
        goal = goal_of(threshold)
        value = row.value if row.value is not None else Decimal(0)
        top = (
            top_level if row.unit == "level" and top_level is not None else max(goal, value) * Decimal("1.3")
        )
        found.append(Target(row, threshold, goal, top))
    return found


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the bundled one (else the renderer selects Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


# --- the targets chart -------------------------------------------------------------------------


def targets_drawing(assessment: Assessment, lang: str) -> Drawing | None:
    found = targets(assessment)
    if not found:
        return None
    width, height = FRAME_WIDTH, 170
    drawing = _drawing(width, height)
    panel = width / len(found)
    for i, target in enumerate(found):
        _target_panel(drawing, target, i * panel, panel, height, lang)
    return drawing


def _target_panel(
    drawing: Drawing, target: Target, x0: float, width: float, height: float, lang: str
) -> None:
    row = target.row
    colour = STATUS_COLOUR[row.status]
    chart = VerticalBarChart()
    # The target's label sits right of the plot, so a tall bar never hides it.
    chart.x, chart.y, chart.width, chart.height = x0 + 30, 34, width - 100, height - 64
    chart.data = [[float(row.value) if row.value is not None else 0.0]]
    chart.categoryAxis.categoryNames = [drawable(PDF["actual"].get(lang))]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = RULE
    chart.barWidth = 10
    chart.groupSpacing = 10
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    _value_axis(chart, target)
    drawing.add(chart)
    middle = chart.x + chart.width / 2
    drawing.add(_title(PANEL_TITLE[row.id].get(lang), middle, height - 12))
    _target_line(drawing, chart, target, lang)
    _bar_label(drawing, chart, target, lang)
    drawing.add(_centred(_verdict_text(row, lang), middle, 8, colour, 8.5))


def _value_axis(chart: VerticalBarChart, target: Target) -> None:
    axis = chart.valueAxis
    axis.valueMin = 0
    axis.valueMax = float(target.axis_top)
    if target.row.unit in ("count", "level"):
        axis.valueStep = max(1, int(target.axis_top) // 5)
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7
    axis.labels.fillColor = MUTED
    axis.strokeColor = RULE
    axis.visibleGrid = 1
    axis.gridStrokeColor = colors.HexColor("#eef0f2")
    axis.gridStrokeWidth = 0.5


def _y_of(chart: VerticalBarChart, value: Decimal, top: Decimal) -> float:
    return chart.y + chart.height * float(value) / float(top)


def _target_line(drawing: Drawing, chart: VerticalBarChart, target: Target, lang: str) -> None:
    y = _y_of(chart, target.goal, target.axis_top)
    right = chart.x + chart.width + 4
    line = Line(chart.x - 4, y, right, y, strokeColor=TARGET_LINE, strokeWidth=1)
    line.strokeDashArray = [3, 2]
    drawing.add(line)
    zh, en = target.goal_text
    label = f"{PDF['target'].get(lang)} {zh if lang == 'zh' else en}"
    drawing.add(text_shape(right + 3, y - 2.5, label, fontName=FONT, fontSize=7.5, fillColor=INK))


def _bar_label(drawing: Drawing, chart: VerticalBarChart, target: Target, lang: str) -> None:
    """The value inside the top of its bar (white), or above the axis when there is no bar."""
    row = target.row
    x = chart.x + chart.width / 2
    if row.value is None or row.value == 0:
        text = STATUS[Status.UNKNOWN].get(lang) if row.value is None else num(row.value)
        drawing.add(
            text_shape(x, chart.y + 4, text, fontName=FONT, fontSize=8.5, fillColor=INK, textAnchor="middle")
        )
        return
    zh, en = fmt_unit(row.value, row.unit)
    y = _y_of(chart, row.value, target.axis_top) - 12
    drawing.add(
        text_shape(
            x,
            max(y, chart.y + 3),
            zh if lang == "zh" else en,
            fontName=FONT,
            fontSize=8.5,
            fillColor=colors.white,
            textAnchor="middle",
        )
    )


def _verdict_text(row: Row, lang: str) -> str:
    if row.status is Status.MET:
        return f"✓ {PDF['reached'].get(lang)}"
    if row.gap is not None and row.gap.amount is not None:
        zh, en = gap_unit(row.gap.amount, row.gap.unit)  # a share's gap in percentage points
        return f"× {PDF['short_by'].get(lang)} {zh if lang == 'zh' else en}"
    return STATUS[row.status].get(lang)


def _title(text: str, x: float, y: float) -> String:
    return text_shape(x, y, text, fontName=FONT, fontSize=9.5, fillColor=ACCENT, textAnchor="middle")


def _centred(text: str, x: float, y: float, colour: colors.Color, size: float) -> String:
    return text_shape(x, y, text, fontName=FONT, fontSize=size, fillColor=colour, textAnchor="middle")


# --- the digital result ------------------------------------------------------------------------


def dimensions_drawing(result: SchemeResult, pack: DigitalPack, lang: str) -> Drawing:
    """Each dimension's points over its maximum, as a filled bar on a grey track."""
    names = list(pack.dimensions)
    rows = [result.row(f"subtotal:{name}") for name in names]
    labels = [name if lang == "zh" else pack.dimensions_en.get(name, name) for name in names]
    top = float(max(pack.dimensions.values()))
    width, row_height = FRAME_WIDTH, 22
    drawing = _drawing(width, row_height * len(names) + 24)
    track = _hbar(labels, [float(pack.dimensions[n]) for n in names], top, drawing.height, MAX_BAR)
    filled = _hbar(labels, [float(r.points or 0) for r in rows], top, drawing.height, ACCENT)
    filled.categoryAxis.visible = 0
    filled.valueAxis.visible = 0
    drawing.add(track)
    drawing.add(filled)
    for i, (name, row) in enumerate(zip(names, rows, strict=True)):
        points = points_num(row.points if row.points is not None else Decimal(0))
        text = f"{points} / {num(pack.dimensions[name])}{PDF['points_unit'].get(lang)}"
        y = track.y + track.height * (len(names) - 1 - i + 0.5) / len(names) - 3
        drawing.add(
            text_shape(track.x + track.width + 6, y, text, fontName=FONT, fontSize=8.5, fillColor=INK)
        )
    return drawing


def _hbar(
    labels: list[str], values: list[float], top: float, height: float, fill: colors.Color
) -> HorizontalBarChart:
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 90, 16, FRAME_WIDTH - 160, height - 22
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [drawable(label) for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.barWidth = 12
    chart.bars[0].fillColor = fill
    chart.bars[0].strokeColor = None
    return chart


def scene_target(result: SchemeResult, pack: DigitalPack) -> int:
    """The level the scene rows are measured against: the next level, or the top one once reached."""
    nxt = result.facts.get("next_level")
    return int(nxt) if isinstance(nxt, int) else pack.levels[0].level


def scenes_drawing(result: SchemeResult, pack: DigitalPack, lang: str) -> Drawing:
    """The 16 scenes' grades against the grade the next level asks of each scene."""
    scenes = list(pack.scenes)
    rows = [result.row(s.id) for s in scenes]
    labels = [
        f"{s.id} {s.name if lang == 'zh' else s.name_en or s.name}{' ★' if s.constraint else ''}"
        for s in scenes
    ]
    top = pack.levels[0].level
    width, per_scene = FRAME_WIDTH, 14
    drawing = _drawing(width, per_scene * len(scenes) + 48)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150 if lang == "en" else 100, 34
    chart.width, chart.height = width - chart.x - 40, per_scene * len(scenes)
    chart.data = [[float(r.value or 0) for r in reversed(rows)]]
    chart.categoryAxis.categoryNames = [drawable(label) for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#eef0f2")
    chart.barWidth = 8
    chart.bars[0].strokeColor = None
    for i, row in enumerate(reversed(rows)):
        chart.bars[(0, i)].fillColor = STATUS_COLOUR[row.status]
    drawing.add(chart)
    _scene_marks(drawing, chart, list(reversed(rows)), top, lang)
    level = scene_target(result, pack)
    _scene_target_line(drawing, chart, level, top, lang)
    _scene_legend(drawing, chart.x, level, lang)
    return drawing


def _scene_marks(drawing: Drawing, chart: HorizontalBarChart, rows: list[Row], top: int, lang: str) -> None:
    """Each scene's grade at the end of its bar, inside it (white) when there is a bar."""
    step = chart.height / len(rows)
    for i, row in enumerate(rows):
        y = chart.y + step * (i + 0.5) - 2.5
        if not row.value:
            text = PDF["unanswered"].get(lang) if row.value is None else "0"
            drawing.add(text_shape(chart.x + 3, y, text, fontName=FONT, fontSize=7, fillColor=MUTED))
            continue
        x = chart.x + chart.width * float(row.value) / top - 3
        drawing.add(
            text_shape(
                x, y, num(row.value), fontName=FONT, fontSize=7, fillColor=colors.white, textAnchor="end"
            )
        )


def _scene_legend(drawing: Drawing, x: float, level: int, lang: str) -> None:
    entries = [
        (STATUS_COLOUR[Status.MET], PDF["scene_met"].get(lang).format(level=level)),
        (STATUS_COLOUR[Status.NOT_MET], PDF["scene_short"].get(lang)),
    ]
    for colour, text in entries:
        drawing.add(Rect(x, 4, 8, 7, fillColor=colour, strokeColor=None))
        drawing.add(text_shape(x + 11, 5, text, fontName=FONT, fontSize=7.5, fillColor=MUTED))
        x += 24 + stringWidth(text, FONT, 7.5)
    drawing.add(
        text_shape(x + 6, 5, PDF["constraint_key"].get(lang), fontName=FONT, fontSize=7.5, fillColor=MUTED)
    )


def _scene_target_line(drawing: Drawing, chart: HorizontalBarChart, level: int, top: int, lang: str) -> None:
    x = chart.x + chart.width * level / top
    line = Line(x, chart.y - 2, x, chart.y + chart.height + 2, strokeColor=TARGET_LINE, strokeWidth=1)
    line.strokeDashArray = [3, 2]
    drawing.add(line)
    label = PDF["scene_target"].get(lang).format(level=level)
    drawing.add(Rect(x - 30, chart.y + chart.height + 3, 60, 11, fillColor=colors.white, strokeColor=None))
    drawing.add(
        text_shape(
            x,
            chart.y + chart.height + 5,
            label,
            fontName=FONT,
            fontSize=7.5,
            fillColor=INK,
            textAnchor="middle",
        )
    )
