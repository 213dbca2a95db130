"""The cohort as a PDF summary a park office can hand upward: the three targets read completely (the
city's figure, the median, the firms meeting each target on their own, who was left out and why), a
distribution chart per target, and the firms closest to each next title and target.

It reuses the report's font and styles (`pdf_styles.py`) so that both documents look alike.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from assessments.cohort import LEFT_OUT_TEXT, TARGET_ROWS, Cohort, LeftOut, Reading
from assessments.export.pdf_styles import (
    FONT,
    FRAME_WIDTH,
    MUTED,
    RULE,
    STATUS_COLOUR,
    document_options,
    grid_style,
    long_table,
    para,
    register_font,
    styles,
)
from assessments.numbers import fmt_unit, num, round2
from assessments.results import Status, Text
from assessments.storage.atomic import write_atomic

WORDS = {
    "title": Text("厦门2026年专精特新目标：企业群体汇总", "Xiamen 2026 SRDI targets: cohort summary"),
    "intro": Text(
        "城市目标按全部企业读取：户均研发占比、户均Ⅰ类知识产权和数字化二级及以上企业占比。均值旁列出中位数、"
        "单独达标的企业数及占比，以及未计入的企业数和原因（内置示例企业从不计入）。",
        "The city reads its targets over all its firms: the mean R&D share, the mean Class I count and "
        "the share at digital level 2+. Beside each mean: the median, the firms meeting the target on "
        "their own, and how many firms were left out and why (the built-in sample firm never counts).",
    ),
    "figures": Text("三项目标", "The three targets"),
    "target": Text("目标", "Target"),
    "city": Text("城市口径", "City's figure"),
    "median": Text("中位数", "Median"),
    "met": Text("单独达标", "Meeting it on their own"),
    "left_out": Text("未计入", "Left out"),
    "none": Text("无", "none"),
    "bounds": Text("缺数据企业计为未达/达到时：{0}–{1}", "with no-data firms failing / meeting: {0}–{1}"),
    "distribution": Text("分布（竖线为单个企业标准）", "Distribution (the line marks one firm's target)"),
    "closest": Text("最接近下一称号的企业", "Closest to their next title"),
    "closest_target": Text("最接近单项目标的企业", "Closest to each target"),
    "rank": Text("排名", "Rank"),
    "firm": Text("企业", "Firm"),
    "gap": Text("差距", "Gap"),
    "not_met": Text("未满足{0}项，待确认{1}项", "{0} not met, {1} to confirm"),
    "scope": Text("共{0}家企业；规则包 {1}；生成于 {2}", "{0} firms; rule pack {1}; made on {2}"),
}
STATUS_WORD = {
    Status.MET: Text("✓ 达到", "✓ met"),
    Status.NOT_MET: Text("✗ 未达到", "✗ not met"),
    Status.UNKNOWN: Text("? 待确认", "? to confirm"),
    Status.MANUAL: Text("○ 需人工确认", "○ manual check"),
}
CLOSEST_SHOWN = 5


def write_cohort_pdf(cohort: Cohort, path: Path, lang: str = "zh", made: dt.date | None = None) -> None:
    register_font()
    lang = "en" if lang.startswith("en") else "zh"
    flowables = list(story(cohort, lang, made or dt.date.today()))

    def build(temp: Path) -> None:
        doc = SimpleDocTemplate(str(temp), **document_options(WORDS["title"].get(lang), lang))
        doc.build(flowables)

    write_atomic(Path(path), build)


def _w(key: str, lang: str) -> str:
    return WORDS[key].get(lang)


def story(cohort: Cohort, lang: str, made: dt.date) -> list[Flowable]:
    s = styles(lang)
    scope = _w("scope", lang).format(len(cohort.members), cohort.pack_version, made.isoformat())
    found: list[Flowable] = [
        para(_w("title", lang), s.title),
        para(scope, s.small),
        para(_w("intro", lang), s.body),
        para(_w("figures", lang), s.h1),
        _figures_table(cohort, lang),
        para(_w("distribution", lang), s.h1),
    ]
    for target in TARGET_ROWS:
        reading = cohort.reading(target)
        found += [para(reading.label.get(lang), s.h2), Histogram(reading, lang)]
    return found + _closest(cohort, lang)


def _figures_table(cohort: Cohort, lang: str) -> Flowable:
    s = styles(lang)
    head = [para(_w(k, lang), s.cell_head) for k in ("target", "city", "median", "met", "left_out")]
    rows = [head] + [_figure_row(cohort.reading(t), lang) for t in TARGET_ROWS]
    widths = [w * FRAME_WIDTH for w in (0.2, 0.24, 0.12, 0.18, 0.26)]
    return long_table(rows, widths, grid_style(rows=len(rows)))


def _figure_row(reading: Reading, lang: str) -> list[Flowable]:
    s = styles(lang)
    city = (
        "—"
        if reading.city_value is None
        else _shown(reading.city_value, "pct" if reading.target == "digital_level" else reading.unit, lang)
    )
    requirement = reading.city_requirement.get(lang)
    city_cell = [
        para(
            f"{reading.city_label.get(lang)}：{city}"
            if lang == "zh"
            else f"{reading.city_label.get(lang)}: {city}",
            s.cell,
        ),
        para(
            f"{STATUS_WORD[reading.city_status].get(lang)}（{requirement}）"
            if lang == "zh"
            else f"{STATUS_WORD[reading.city_status].get(lang)} ({requirement})",
            s.cell,
            STATUS_COLOUR[reading.city_status],
        ),
    ]
    if reading.bounds is not None:
        low, high = (f"{num(round2(b))}%" for b in reading.bounds)
        city_cell.append(para(_w("bounds", lang).format(low, high), s.cell_small))
    median = "—" if reading.median is None else _shown(reading.median, reading.unit, lang)
    share = "—" if reading.met_share is None else f"{num(round2(reading.met_share))}%"
    met = (
        f"{reading.met} / {reading.counted}（{share}）"
        if lang == "zh"
        else f"{reading.met} of {reading.counted} ({share})"
    )
    return [
        para(f"{reading.label.get(lang)} {reading.firm_requirement.get(lang)}", s.cell),
        city_cell,
        para(median, s.cell),
        para(met, s.cell),
        para(_left_out_text(reading, lang), s.cell),
    ]


def _shown(value: object, unit: str, lang: str) -> str:
    zh, en = fmt_unit(round2(value), unit)  # type: ignore[arg-type]
    return zh if lang == "zh" else en


def _left_out_text(reading: Reading, lang: str) -> str:
    parts = [f"{LEFT_OUT_TEXT[why].get(lang)} {n}" for why, n in reading.left_out.items() if n]
    return "；".join(parts) if parts else _w("none", lang)


class Histogram(Flowable):
    """Bars per bin, green where the bin meets one firm's target, the firm's target as a line."""

    HEIGHT = 38 * mm

    def __init__(self, reading: Reading, lang: str) -> None:
        super().__init__()
        self.reading, self.lang = reading, lang
        self.width, self.height = FRAME_WIDTH, self.HEIGHT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.drawing().drawOn(self.canv, 0, 0)

    def drawing(self) -> Drawing:
        bins = self.reading.bins
        drawing = Drawing(self.width, self.height)
        top = max((b.count for b in bins), default=0) or 1
        slot = self.width / max(len(bins), 1)
        floor, room = 12, self.height - 26
        for i, part in enumerate(bins):
            x = i * slot + slot * 0.15
            height = room * part.count / top
            colour = STATUS_COLOUR[Status.MET if part.meets else Status.NOT_MET]
            drawing.add(Rect(x, floor, slot * 0.7, height, fillColor=colour, strokeColor=None))
            drawing.add(
                String(
                    x + slot * 0.35,
                    floor + height + 2,
                    str(part.count),
                    fontName=FONT,
                    fontSize=7,
                    textAnchor="middle",
                )
            )
            drawing.add(
                String(
                    x + slot * 0.35,
                    2,
                    part.label,
                    fontName=FONT,
                    fontSize=7,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        edge = next((i for i, b in enumerate(bins) if b.meets), None)
        if edge is not None:
            drawing.add(
                Line(
                    edge * slot,
                    floor,
                    edge * slot,
                    self.height - 4,
                    strokeColor=RULE,
                    strokeWidth=1.2,
                    strokeDashArray=[3, 2],
                )
            )
        return drawing


def _closest(cohort: Cohort, lang: str) -> list[Flowable]:
    s = styles(lang)
    found: list[Flowable] = [para(_w("closest", lang), s.h1)]
    for group in cohort.closest(CLOSEST_SHOWN):
        rows = [[para(_w(k, lang), s.cell_head) for k in ("rank", "firm", "gap")]]
        for rank, member in enumerate(group.members, start=1):
            title = member.next_title
            assert title is not None
            gaps = ("；" if lang == "zh" else "; ").join(g.get(lang) for g in title.gaps)
            colon = "：" if lang == "zh" else ": "
            text = _w("not_met", lang).format(title.not_met, title.unknown) + (
                f"{colon}{gaps}" if gaps else ""
            )
            rows.append([para(str(rank), s.cell), para(member.name, s.cell), para(text, s.cell)])
        found += [para(group.title.get(lang), s.h2), _table(rows)]
    found.append(para(_w("closest_target", lang), s.h1))
    for target in TARGET_ROWS:
        members = cohort.closest_to_target(target, CLOSEST_SHOWN)
        rows = [[para(_w(k, lang), s.cell_head) for k in ("rank", "firm", "gap")]]
        for rank, member in enumerate(members, start=1):
            figure = member.figures[target]
            gap = figure.gap.get(lang) if figure.gap else figure.calc.get(lang)
            rows.append([para(str(rank), s.cell), para(member.name, s.cell), para(gap, s.cell)])
        found += [para(cohort.reading(target).label.get(lang), s.h2)]
        found.append(_table(rows) if members else para(_w("none", lang), s.small))
    return [*found, Spacer(1, 4 * mm)]


def _table(rows: list[list[Flowable]]) -> Flowable:
    widths = [w * FRAME_WIDTH for w in (0.08, 0.32, 0.6)]
    return long_table(rows, widths, grid_style(rows=len(rows)))


__all__ = ["LeftOut", "write_cohort_pdf"]
