"""The digital-maturity result at a glance, painted: the level reached and what the next level needs, the
three scored dimensions as bars against their maxima, and the 16 scenes as a strip of graded cells.

Everything the painter needs (texts, numbers, rectangles) is prepared when a result arrives or the
widget is resized, so `paintEvent` only draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from assessments.results import SchemeResult, Verdict
from assessments.rules.schema import DigitalPack
from desktop.i18n import lang
from desktop.models.result_table_model import points_number
from desktop.widgets import status_style as style

TOP_GRADE = 4  # scenes are graded 1–4 (工信厅企业〔2024〕56号 附件)
MARGIN = 14.0
BAR_HEIGHT = 14.0
SEGMENT = 11.0
INK = QColor("#1f2d3d")
MUTED_INK = QColor("#6b7685")
TRACK = QColor("#eef0f3")
EMPTY_CELL = QColor("#f3f5f8")
CELL_EDGE = QColor("#d5dbe3")
STAR = QColor("#c28a00")


@dataclass(frozen=True)
class Bar:
    row_id: str
    label: str
    points: Decimal
    points_max: Decimal | None  # the upper bound while items are unanswered
    maximum: Decimal
    tooltip: str


@dataclass(frozen=True)
class Scene:
    row_id: str
    group: str
    grade: int | None
    constraint: bool
    tooltip: str


@dataclass(frozen=True)
class Condition:
    text: str
    met: bool


@dataclass(frozen=True)
class Picture:
    title: str
    next_title: str
    conditions: tuple[Condition, ...]
    open_note: str
    bars: tuple[Bar, ...]
    scenes: tuple[Scene, ...]
    target_grade: int
    scenes_caption: str


class DigitalChart(QWidget):
    row_clicked = Signal(str)  # a scene, a dimension subtotal, or "level"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digitalChart")
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.result: SchemeResult | None = None
        self.pack: DigitalPack | None = None
        self.picture: Picture | None = None
        self._shown: tuple[str, SchemeResult] | None = None  # (language, result) on screen
        self._hits: list[tuple[QRectF, str, str]] = []  # rectangle, row id, tooltip
        self._fonts()

    # --- data ---------------------------------------------------------------------------------

    def set_result(self, result: SchemeResult, pack: DigitalPack | None) -> None:
        """Prepare the picture; an unchanged result is not repainted."""
        if self._shown == (lang(), result):  # the result names its pack version
            return
        self._shown = (lang(), result)
        self.result, self.pack = result, pack
        usable = pack is not None and result.verdict is not Verdict.NOT_IN_FORCE and result.rows
        self.picture = self._picture(result, pack) if usable and pack is not None else None
        self._relayout()

    def _picture(self, result: SchemeResult, pack: DigitalPack) -> Picture:
        facts = result.facts
        target = facts.get("next_level") or pack.levels[0].level
        return Picture(
            title=self._title(result, pack),
            next_title=self._next_title(result, pack),
            conditions=self._conditions(result, pack),
            open_note=self._open_note(result),
            bars=self._bars(result, pack),
            scenes=self._scenes(result, pack),
            target_grade=int(target),
            scenes_caption=self.tr("Scenes: grade reached against grade %1 needed").replace(
                "%1", str(target)
            ),
        )

    def _level_name(self, pack: DigitalPack, level: int) -> str:
        if level == 0:
            return self.tr("no level yet")
        rule = pack.level(level)
        return rule.name_en if lang() == "en" else rule.name_zh

    def _title(self, result: SchemeResult, pack: DigitalPack) -> str:
        facts = result.facts
        low, high = facts["level_bounds"]
        score_low, score_high = facts["score_bounds"]
        if facts.get("official_level") is not None:
            name = self._level_name(pack, int(facts["official_level"]))
            return self.tr("Digital level: %1 (official platform)").replace("%1", name)
        if low != high:
            span = f"{self._level_name(pack, low)} – {self._level_name(pack, high)}"
            return self.tr("Digital level: open, %1").replace("%1", span)
        points = (
            points_number(score_low)
            if score_low == score_high
            else f"{points_number(score_low)}–{points_number(score_high)}"
        )
        return (
            self.tr("Digital level: %1 · %2 points")
            .replace("%1", self._level_name(pack, low))
            .replace("%2", points)
        )

    def _next_title(self, result: SchemeResult, pack: DigitalPack) -> str:
        """The questionnaire's path; said so when an official level is what counts."""
        facts = result.facts
        if facts.get("next_level") is None:
            text = self.tr("The top level is reached.")
        else:
            text = self.tr("To reach %1:").replace("%1", self._level_name(pack, int(facts["next_level"])))
        if facts.get("official_level") is not None:
            text = self.tr("Questionnaire (self-estimate) — %1").replace("%1", text)
        return text

    def _open_note(self, result: SchemeResult) -> str:
        count = result.facts.get("open_inputs") or 0
        return (
            self.tr("%1 answers still open, counted as 0 points and grade 0").replace("%1", str(count))
            if count
            else ""
        )

    def _conditions(self, result: SchemeResult, pack: DigitalPack) -> tuple[Condition, ...]:
        facts = result.facts
        if facts.get("next_level") is None:
            return ()
        rule = pack.level(int(facts["next_level"]))
        score = facts["score_bounds"][0]
        scenes = facts["scenes_at"][rule.level]
        constraint = facts["constraint_scenes_at"][rule.level]
        return (
            Condition(
                self.tr("points %1 of %2 needed")
                .replace("%1", points_number(score))
                .replace("%2", points_number(rule.min_score)),
                score >= rule.min_score,
            ),
            Condition(
                self.tr("scenes at grade %1+: %2 of %3")
                .replace("%1", str(rule.level))
                .replace("%2", str(scenes))
                .replace("%3", str(rule.min_scenes)),
                scenes >= rule.min_scenes,
            ),
            Condition(
                self.tr("of them ★ constraint scenes: %1 of %2")
                .replace("%1", str(constraint))
                .replace("%2", str(rule.min_constraint_scenes)),
                constraint >= rule.min_constraint_scenes,
            ),
        )

    def _bars(self, result: SchemeResult, pack: DigitalPack) -> tuple[Bar, ...]:
        bars = []
        language = lang()
        for name, maximum in pack.dimensions.items():
            row = result.row(f"subtotal:{name}")
            label = pack.dimensions_en.get(name, name) if language == "en" else name
            tooltip = f"{row.label.get(language)}\n{row.calc.get(language)}"
            bars.append(Bar(row.id, label, row.points or Decimal(0), row.points_max, maximum, tooltip))
        return tuple(bars)

    def _scenes(self, result: SchemeResult, pack: DigitalPack) -> tuple[Scene, ...]:
        language = lang()
        scenes = []
        for scene in pack.scenes:
            row = result.row(scene.id)
            grade = int(row.value) if row.value is not None else None
            lines = [row.label.get(language), row.calc.get(language), row.requirement.get(language)]
            if row.gap is not None:
                lines.append(row.gap.text.get(language))
            scenes.append(Scene(scene.id, scene.group, grade, scene.constraint, "\n".join(lines)))
        return tuple(scenes)

    # --- geometry -----------------------------------------------------------------------------

    def _fonts(self) -> None:
        base = self.font()
        self.title_font = QFont(base)
        self.title_font.setBold(True)
        self.title_font.setPointSizeF(base.pointSizeF() * 1.1)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(base.pointSizeF() * 0.85)

    def _line(self, font: QFont) -> float:
        return QFontMetricsF(font).height()

    def sizeHint(self) -> QSize:
        base, small = self._line(self.font()), self._line(self.small_font)
        height = MARGIN * 2 + self._line(self.title_font) + 6 + base + 4 * (small + 2) + 10
        scenes = small + 4 + small + TOP_GRADE * SEGMENT + 4 + small + 8 + 2 * (small + 2)  # legend: 2 lines
        height += 3 * (BAR_HEIGHT + 8) + 10 + scenes
        return QSize(420, int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(380, self.sizeHint().height())

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        self._hits = []
        if self.picture is not None:
            header = QRectF(0, 0, self.width(), self._bars_top() - 10)
            self._hits.append((header, "level", f"{self.picture.title}\n{self.picture.next_title}"))
            self._bar_rects = self._layout_bars(self.picture)
            self._cell_rects = self._layout_scenes(self.picture)
        self.updateGeometry()
        self.update()

    def _bars_top(self) -> float:
        small = self._line(self.small_font)
        return MARGIN + self._line(self.title_font) + 6 + self._line(self.font()) + 4 * (small + 2) + 10

    def _layout_bars(self, picture: Picture) -> list[tuple[QRectF, QRectF, Bar]]:
        """(label area, full track, bar) per dimension; tracks are as long as their maximum."""
        metrics = QFontMetricsF(self.font())
        label_width = max(metrics.horizontalAdvance(b.label) for b in picture.bars) + 12
        number_width = metrics.horizontalAdvance("88.888 / 50") + 12
        longest = max(b.maximum for b in picture.bars)
        room = max(self.width() - 2 * MARGIN - label_width - number_width, 40.0)
        rects = []
        y = self._bars_top()
        for bar in picture.bars:
            length = room * float(bar.maximum / longest)
            label = QRectF(MARGIN, y - 3, label_width, BAR_HEIGHT + 6)
            track = QRectF(MARGIN + label_width, y, length, BAR_HEIGHT)
            rects.append((label, track, bar))
            self._hits.append((label.united(track).adjusted(0, 0, number_width, 0), bar.row_id, bar.tooltip))
            y += BAR_HEIGHT + 8
        return rects

    def _scenes_top(self) -> float:
        return self._bars_top() + 3 * (BAR_HEIGHT + 8) + 10

    def _layout_scenes(self, picture: Picture) -> list[tuple[QRectF, Scene]]:
        groups = len({s.group for s in picture.scenes})
        small = self._line(self.small_font)
        gap, group_gap = 4.0, 10.0
        room = self.width() - 2 * MARGIN - (groups - 1) * group_gap
        width = min(26.0, room / len(picture.scenes) - gap)
        top = self._scenes_top() + small + 4 + small
        x, rects, last_group = MARGIN, [], None
        for scene in picture.scenes:
            if last_group is not None and scene.group != last_group:
                x += group_gap
            cell = QRectF(x, top, width, TOP_GRADE * SEGMENT)
            rects.append((cell, scene))
            self._hits.append((cell.adjusted(-2, -small, 2, small + 2), scene.row_id, scene.tooltip))
            x += width + gap
            last_group = scene.group
        return rects

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor("#e1e5ea")))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(frame, 6, 6)
        if self.picture is None:
            self._paint_empty(painter)
            return
        self._paint_header(painter, self.picture)
        self._paint_bars(painter)
        self._paint_scenes(painter, self.picture)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(MUTED_INK)
        text = self.tr("No digital-maturity rules apply on the assessment date.")
        if self.result is not None:
            text += "\n" + self.result.summary.get(lang())
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _paint_header(self, painter: QPainter, picture: Picture) -> None:
        width = self.width() - 2 * MARGIN
        y = MARGIN
        painter.setFont(self.title_font)
        painter.setPen(INK)
        line = self._line(self.title_font)
        painter.drawText(
            QRectF(MARGIN, y, width, line),
            Qt.AlignmentFlag.AlignLeft,
            self._fit(painter, picture.title, width),
        )
        y += line + 6
        painter.setFont(self.font())
        painter.drawText(
            QRectF(MARGIN, y, width, line),
            Qt.AlignmentFlag.AlignLeft,
            self._fit(painter, picture.next_title, width),
        )
        y += self._line(self.font())
        painter.setFont(self.small_font)
        small = self._line(self.small_font)
        for condition in picture.conditions:
            tone = style.GREEN if condition.met else style.AMBER_RED
            mark = "✓" if condition.met else "✗"
            painter.setPen(QColor(tone.ink))
            painter.drawText(QRectF(MARGIN + 10, y, 16, small), Qt.AlignmentFlag.AlignLeft, mark)
            painter.setPen(INK)
            painter.drawText(
                QRectF(MARGIN + 26, y, width - 26, small), Qt.AlignmentFlag.AlignLeft, condition.text
            )
            y += small + 2
        painter.setPen(MUTED_INK)
        painter.drawText(
            QRectF(MARGIN + 10, y, width - 10, small), Qt.AlignmentFlag.AlignLeft, picture.open_note
        )

    @staticmethod
    def _fit(painter: QPainter, text: str, width: float) -> str:
        """Elided to the width in the painter's font; the full text is the header's tooltip."""
        return QFontMetricsF(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)

    def _paint_bars(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        for label, track, bar in self._bar_rects:
            painter.setPen(INK)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            if bar.points_max is not None:
                painter.setBrush(QColor(style.BLUE.fill).darker(110))
                painter.drawRoundedRect(self._part(track, bar.points_max, bar.maximum), 3, 3)
            painter.setBrush(QColor(style.BLUE.strong))
            painter.drawRoundedRect(self._part(track, bar.points, bar.maximum), 3, 3)
            painter.setPen(INK)
            figures = f"{points_number(bar.points)} / {points_number(bar.maximum)}"
            after = QRectF(track.right() + 8, track.top() - 3, 120, BAR_HEIGHT + 6)
            painter.drawText(after, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, figures)

    @staticmethod
    def _part(track: QRectF, value: Decimal, maximum: Decimal) -> QRectF:
        share = 0.0 if maximum == 0 else min(float(value / maximum), 1.0)
        return QRectF(track.left(), track.top(), track.width() * share, track.height())

    def _paint_scenes(self, painter: QPainter, picture: Picture) -> None:
        small = self._line(self.small_font)
        painter.setFont(self.small_font)
        painter.setPen(MUTED_INK)
        top = self._scenes_top()
        caption = QRectF(MARGIN, top, self.width() - 2 * MARGIN, small)
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, picture.scenes_caption)
        for cell, scene in self._cell_rects:
            self._paint_cell(painter, cell, scene, picture.target_grade)
        self._paint_legend(painter, self._cell_rects[0][0].bottom() + small + 8)

    def _paint_cell(self, painter: QPainter, cell: QRectF, scene: Scene, target: int) -> None:
        small = self._line(self.small_font)
        reached = scene.grade is not None and scene.grade >= target
        fill = QColor((style.GREEN if reached else style.AMBER_RED).strong)
        painter.setPen(QPen(CELL_EDGE, 1))
        for grade in range(1, TOP_GRADE + 1):
            segment = QRectF(cell.left(), cell.bottom() - grade * SEGMENT, cell.width(), SEGMENT)
            filled = scene.grade is not None and scene.grade >= grade
            painter.setBrush(fill if filled else EMPTY_CELL)
            painter.drawRect(segment)
        if scene.grade is None:
            painter.setPen(MUTED_INK)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "?")
        line_y = cell.bottom() - target * SEGMENT
        painter.setPen(QPen(INK, 2))
        painter.drawLine(QPointF(cell.left() - 2, line_y), QPointF(cell.right() + 2, line_y))
        painter.setPen(MUTED_INK)
        below = QRectF(cell.left() - 6, cell.bottom() + 2, cell.width() + 12, small)
        painter.drawText(below, Qt.AlignmentFlag.AlignHCenter, scene.row_id)
        if scene.constraint:
            painter.setPen(STAR)
            above = QRectF(cell.left() - 6, cell.top() - small - 1, cell.width() + 12, small)
            painter.drawText(above, Qt.AlignmentFlag.AlignHCenter, style.CONSTRAINT_MARK)

    def _legend(self) -> tuple[tuple[str, QColor, str], ...]:
        return (
            ("box", QColor(style.GREEN.strong), self.tr("reaches the grade needed")),
            ("box", QColor(style.AMBER_RED.strong), self.tr("below it")),
            ("line", INK, self.tr("grade needed")),
            ("star", STAR, self.tr("constraint scene")),
        )

    def _paint_legend(self, painter: QPainter, y: float) -> None:
        """Keys in a row that wraps when the chart is narrow."""
        small = self._line(self.small_font)
        metrics = QFontMetricsF(self.small_font)
        x = MARGIN
        for kind, colour, text in self._legend():
            width = 14 + metrics.horizontalAdvance(text)
            if x + width > self.width() - MARGIN and x > MARGIN:
                x, y = MARGIN, y + small + 2
            self._paint_key(painter, kind, colour, QRectF(x, y, 10, small))
            painter.setPen(MUTED_INK)
            painter.drawText(QRectF(x + 14, y, width, small), Qt.AlignmentFlag.AlignLeft, text)
            x += width + 14

    def _paint_key(self, painter: QPainter, kind: str, colour: QColor, area: QRectF) -> None:
        middle = area.center().y()
        if kind == "box":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(area.left(), middle - 4, 8, 8))
        elif kind == "line":
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(area.left(), middle), QPointF(area.right(), middle))
        else:
            painter.setPen(colour)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, style.CONSTRAINT_MARK)

    # --- interaction --------------------------------------------------------------------------

    def area_of(self, row_id: str) -> QRectF | None:
        """Where a scene cell or a dimension bar is drawn (the area that shows its tooltip)."""
        return next((rect for rect, hit_id, _tip in self._hits if hit_id == row_id), None)

    def _hit(self, point: QPointF) -> tuple[str, str] | None:
        return next(((row_id, tip) for rect, row_id, tip in self._hits if rect.contains(point)), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), hit[1], self)
            return True
        if event.type() == QEvent.Type.LanguageChange and self.result is not None:
            self._shown = None
            self.set_result(self.result, self.pack)
        if event.type() == QEvent.Type.FontChange:
            self._fonts()
            self._relayout()
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.picture is not None:
            hit = self._hit(event.position())
            self.row_clicked.emit(hit[0] if hit else "level")
        super().mouseReleaseEvent(event)
