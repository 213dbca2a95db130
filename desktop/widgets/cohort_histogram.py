"""A small histogram of one target across the cohort: a bar per range, green where the range meets one
firm's target, red where it misses, so that an outlier (one firm at 200%) stands apart at the end."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from assessments.cohort import Bin

MET, MISSED, INK, MUTED = QColor("#1e7b34"), QColor("#b42318"), QColor("#1f2933"), QColor("#616e7c")
LABEL_HEIGHT = 14  # px under the bars for the range, above them for the count


class CohortHistogram(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortHistogram")
        self.bins: tuple[Bin, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bins(self, bins: tuple[Bin, ...]) -> None:
        self.bins = bins
        self.setToolTip("\n".join(f"{b.label}: {b.count}" for b in bins))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 96)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.bins:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6))
        painter.setFont(font)
        slot = self.width() / len(self.bins)
        room = self.height() - 2 * LABEL_HEIGHT
        top = max(b.count for b in self.bins) or 1
        for i, part in enumerate(self.bins):
            self._bar(painter, QRectF(i * slot, 0, slot, self.height()), part, room * part.count / top)
        painter.end()

    def _bar(self, painter: QPainter, slot: QRectF, part: Bin, height: float) -> None:
        base = slot.bottom() - LABEL_HEIGHT
        bar = QRectF(slot.left() + slot.width() * 0.15, base - height, slot.width() * 0.7, height)
        painter.fillRect(bar, MET if part.meets else MISSED)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(INK)
        painter.drawText(
            QRectF(slot.left(), bar.top() - LABEL_HEIGHT, slot.width(), LABEL_HEIGHT), centre, str(part.count)
        )
        painter.setPen(MUTED)
        painter.drawText(QRectF(slot.left(), base, slot.width(), LABEL_HEIGHT), centre, part.label)
