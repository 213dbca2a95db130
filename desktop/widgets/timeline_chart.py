"""A firm over time, drawn: the three Xiamen 2026 targets across its assessments (a small line chart each,
with the line to reach dashed) and the qualification ladder below (a coloured cell per scheme and date).

People would rather look than read: a point is green where the target is met, red where it is missed,
grey where it is to confirm; each cell also carries the verdict's mark (✓ ✗ ≈ ? —) so colour is never
the only signal. The data comes from `assessments.compare.timeline`.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from assessments.compare import LADDER, TARGETS, Timeline, TimelinePoint
from assessments.numbers import num
from desktop.i18n import lang
from desktop.widgets import status_style as style

INK, MUTED, GRID = QColor("#1f2933"), QColor("#616e7c"), QColor("#d9dee4")
CHART_HEIGHT = 150  # px of one target's chart, title and date labels included
ROW_HEIGHT = 22  # px of one ladder row
LABEL_WIDTH = 150  # px of the ladder's scheme names
PAD = 8


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.data: Timeline | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height())

    def set_timeline(self, data: Timeline) -> None:
        self.data = data
        self.setMinimumHeight(self._height())
        self.setToolTip(self._summary())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(760, self._height())

    def _height(self) -> int:
        return CHART_HEIGHT + PAD * 3 + ROW_HEIGHT * (len(LADDER) + 1)

    def _summary(self) -> str:
        """The chart in words (tooltip and screen readers)."""
        if self.data is None:
            return ""
        lines = []
        for point in self.data.points:
            figures = [
                f"{self.data.target_labels[t].get(lang())} {num(p.value)}"
                for t, p in point.targets.items()
                if p.value is not None
            ]
            lines.append(f"{point.on.isoformat()}: " + " · ".join(figures))
        return "\n".join(lines)

    # --- painting ------------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.data is None or not self.data.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6))
        painter.setFont(font)
        width = (self.width() - PAD * (len(TARGETS) + 1)) / len(TARGETS)
        for i, target in enumerate(TARGETS):
            box = QRectF(PAD + i * (width + PAD), PAD, width, CHART_HEIGHT)
            self._target_chart(painter, box, target)
        self._ladder(
            painter, QRectF(PAD, CHART_HEIGHT + PAD * 2, self.width() - 2 * PAD, self._ladder_height())
        )
        painter.end()

    def _ladder_height(self) -> float:
        return ROW_HEIGHT * (len(LADDER) + 1)

    def _target_chart(self, painter: QPainter, box: QRectF, target: str) -> None:
        assert self.data is not None
        label = self.data.target_labels.get(target)
        painter.setPen(INK)
        title = QRectF(box.left(), box.top(), box.width(), 16)
        text = painter.fontMetrics().elidedText(
            label.get(lang()) if label else target, Qt.TextElideMode.ElideRight, int(box.width())
        )
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        plot = QRectF(box.left() + 4, box.top() + 22, box.width() - 8, box.height() - 22 - 18)
        painter.setPen(QPen(GRID, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        points = self.data.points
        top = self._top(target)
        xs = [self._x(plot, i, len(points)) for i in range(len(points))]
        self._target_line(painter, plot, target, top)
        self._series(painter, plot, target, top, xs)
        self._dates(painter, plot, xs)

    def _top(self, target: str) -> Decimal:
        assert self.data is not None
        values = [p.targets[target].value for p in self.data.points if target in p.targets]
        thresholds = [p.targets[target].target for p in self.data.points if target in p.targets]
        known = [v for v in [*values, *thresholds] if v is not None and v.is_finite()]
        return max([*known, Decimal(1)]) * Decimal("1.2")

    @staticmethod
    def _x(plot: QRectF, i: int, count: int) -> float:
        if count == 1:
            return plot.center().x()
        return plot.left() + plot.width() * (0.1 + 0.8 * i / (count - 1))

    @staticmethod
    def _y(plot: QRectF, value: Decimal, top: Decimal) -> float:
        share = float(max(min(value / top, Decimal(1)), Decimal(0)))
        return plot.bottom() - plot.height() * share

    def _target_line(self, painter: QPainter, plot: QRectF, target: str, top: Decimal) -> None:
        assert self.data is not None
        thresholds = [p.targets[target].target for p in self.data.points if target in p.targets]
        line = next((t for t in reversed(thresholds) if t is not None), None)
        if line is None:
            return
        y = self._y(plot, line, top)
        painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.drawText(
            QRectF(plot.left() + 2, y - 14, plot.width() - 4, 12), Qt.AlignmentFlag.AlignRight, num(line)
        )

    def _series(self, painter: QPainter, plot: QRectF, target: str, top: Decimal, xs: list[float]) -> None:
        assert self.data is not None
        placed = []
        for x, point in zip(xs, self.data.points, strict=True):
            found = point.targets.get(target)
            if found is not None and found.value is not None and found.value.is_finite():
                placed.append((QPointF(x, self._y(plot, found.value, top)), found))
        painter.setPen(QPen(MUTED, 1.5))
        for (a, _), (b, _) in pairwise(placed):
            painter.drawLine(a, b)
        for at, found in placed:
            tone = style.status_tone(found.status)
            painter.setPen(QPen(style.colour(tone.ink), 1))
            painter.setBrush(style.colour(tone.strong))
            painter.drawEllipse(at, 4.5, 4.5)
            painter.setPen(INK)
            painter.drawText(
                QRectF(at.x() - 40, at.y() - 20, 80, 14), Qt.AlignmentFlag.AlignHCenter, num(found.value)
            )

    def _dates(self, painter: QPainter, plot: QRectF, xs: list[float]) -> None:
        assert self.data is not None
        painter.setPen(MUTED)
        for x, point in zip(xs, self.data.points, strict=True):
            painter.drawText(
                QRectF(x - 40, plot.bottom() + 2, 80, 14), Qt.AlignmentFlag.AlignHCenter, _short(point)
            )

    def _ladder(self, painter: QPainter, box: QRectF) -> None:
        assert self.data is not None
        points = self.data.points
        cell = (box.width() - LABEL_WIDTH) / max(len(points), 1)
        painter.setPen(MUTED)
        for j, point in enumerate(points):
            head = QRectF(box.left() + LABEL_WIDTH + j * cell, box.top(), cell, ROW_HEIGHT)
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, _short(point))
        for i, scheme in enumerate(LADDER):
            y = box.top() + ROW_HEIGHT * (i + 1)
            self._ladder_row(painter, QRectF(box.left(), y, box.width(), ROW_HEIGHT), scheme, cell)

    def _ladder_row(self, painter: QPainter, row: QRectF, scheme: str, cell: float) -> None:
        assert self.data is not None
        title = self.data.scheme_titles.get(scheme)
        painter.setPen(INK)
        name = painter.fontMetrics().elidedText(
            title.get(lang()) if title else scheme, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 6
        )
        painter.drawText(
            QRectF(row.left(), row.top(), LABEL_WIDTH - 6, row.height()), Qt.AlignmentFlag.AlignVCenter, name
        )
        for j, point in enumerate(self.data.points):
            verdict = point.ladder.get(scheme)
            if verdict is None:
                continue
            tone = style.verdict_tone(verdict)
            rect = QRectF(row.left() + LABEL_WIDTH + j * cell + 2, row.top() + 2, cell - 4, row.height() - 4)
            painter.fillRect(rect, style.colour(tone.fill))
            painter.setPen(style.colour(tone.ink))
            text = style.verdict_text(verdict)
            elided = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(rect.width()) - 4
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)


def _short(point: TimelinePoint) -> str:
    return point.on.isoformat()
