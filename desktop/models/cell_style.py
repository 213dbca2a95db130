"""How a table cell looks when it is empty, refused or flagged by a domain check: one home for the tables."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QBrush, QColor, QFont

from assessments.validation import Issue

FAINT = QColor("#9aa4b1")  # "to confirm": an empty cell reads quietly
ERROR_BACKGROUND = QColor("#fdecea")
WARNING_BACKGROUND = QColor("#fff5dc")
PLAN_BACKGROUND = QColor("#eef4fc")  # a plan, never an actual figure
RATIO_BACKGROUND = QColor("#f4f5f7")  # computed, read-only
RATIO_FOREGROUND = QColor("#5b6675")


def italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def issues_by_field(issues: Iterable[Issue]) -> dict[str, list[Issue]]:
    """The domain checks' findings keyed by the path of the field they are about."""
    found: dict[str, list[Issue]] = {}
    for issue in issues:
        found.setdefault(issue.field, []).append(issue)
    return found


def issue_background(issues: Iterable[Issue]) -> QBrush | None:
    """Red under an error, amber under a warning, nothing under a cell the checks leave alone."""
    severities = {issue.severity for issue in issues}
    if "error" in severities:
        return QBrush(ERROR_BACKGROUND)
    return QBrush(WARNING_BACKGROUND) if "warning" in severities else None
