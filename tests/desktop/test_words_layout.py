"""Room for what matters (issue 12): on the most common office laptop, 1366×768, every criterion of the
demo firm is readable in the criteria table without "…", and a partial score reads as its score."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from assessments.engine import SCHEMES
from desktop import i18n
from desktop.main_window import MainWindow
from desktop.models.result_table_model import Column
from desktop.widgets import status_style as style

LAPTOP = (1366, 768)


def show_scheme(window: MainWindow, scheme: str) -> None:
    window.dashboard.open_scheme(scheme)
    for _ in range(3):  # the table fits its rows once the burst of changes is over
        QApplication.processEvents()


def cut_cells(window: MainWindow, column: Column) -> list[str]:
    """The texts of `column` that do not fit their cell at the column's width and the row's height."""
    table = window.dashboard.detail.table
    model = table.model()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = QFontMetrics(table.font())
    width = table.columnWidth(column) - 2 * margin
    cut = []
    for row in range(model.rowCount()):
        text = model.data(model.index(row, column))
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        if needed.width() > width or needed.height() > table.rowHeight(row):
            cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_criterion_of_the_demo_is_readable_at_1366_by_768(window, language):
    i18n.install(language)
    window.resize(*LAPTOP)
    window.show()
    for _ in range(3):  # a language change rebuilds the views once its event arrives
        QApplication.processEvents()
    assert window.width() <= LAPTOP[0]
    for scheme, _ in SCHEMES:
        if window.session.assessment.results.get(scheme) is None:
            continue
        show_scheme(window, scheme)
        assert window.dashboard.detail.table.isVisible(), scheme
        assert not cut_cells(window, Column.CRITERION), scheme


def test_a_partial_score_reads_as_its_score_in_the_app(window):
    window.resize(*LAPTOP)
    window.show()
    show_scheme(window, "digital_level")
    detail = window.dashboard.detail
    row = detail.model.row_of("Q6")
    status = detail.model.data(detail.model.index(row, Column.STATUS))
    assert status == "· 3.75 / 5 分"
    q6 = window.session.assessment["digital_level"].row("Q6")
    assert style.row_tone(q6) is style.SCORE  # no amber-red for points earned
    detail.select_row("Q6")
    assert "3.75 / 5 分" in detail.trace.toPlainText() and "不满足" not in detail.trace.toPlainText()


def test_the_target_cards_show_the_next_value_the_app_can_show(window):
    window.show()
    cards = window.dashboard.overview.cards
    assert cards["rd_share"].requirement.text() == "目标：≥ 10.01%"  # the rule's "> 10%"
    assert cards["rd_share"].requirement.toolTip() == "> 10%"
    assert cards["class1_ip"].requirement.text() == "目标：≥ 9项"
    assert cards["digital_level"].requirement.text() == "目标：≥ 2级"
