"""The names of the honours enums in the UI language: award and R&D-institution levels, standard levels and
drafting roles, one home for the honours page and the planned spend alike.

lupdate needs a literal context in each call; the names keep the contexts they were first translated in
(HonoursPage, SpendForm), so the Chinese translations carry on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from assessments.model import Level, StandardLevel, StandardRole


def award_level_names() -> dict[Level, str]:
    """The level of an award or of a recognised R&D institution."""
    return {
        Level.NATIONAL: QCoreApplication.translate("HonoursPage", "National"),
        Level.PROVINCIAL: QCoreApplication.translate("HonoursPage", "Provincial or ministerial"),
        Level.CITY: QCoreApplication.translate("HonoursPage", "City"),
        Level.BELOW_CITY: QCoreApplication.translate("HonoursPage", "Below city level"),
    }


def standard_level_names() -> dict[StandardLevel, str]:
    return {
        StandardLevel.INTERNATIONAL: QCoreApplication.translate("SpendForm", "International"),
        StandardLevel.NATIONAL: QCoreApplication.translate("SpendForm", "National"),
        StandardLevel.INDUSTRY: QCoreApplication.translate("SpendForm", "Industry"),
        StandardLevel.LOCAL: QCoreApplication.translate("SpendForm", "Local"),
        StandardLevel.GROUP: QCoreApplication.translate("SpendForm", "Group (association)"),
    }


def standard_role_names() -> dict[StandardRole, str]:
    return {
        StandardRole.LEAD: QCoreApplication.translate("SpendForm", "Lead drafter"),
        StandardRole.MAIN: QCoreApplication.translate("SpendForm", "Main drafter"),
        StandardRole.PARTICIPANT: QCoreApplication.translate("SpendForm", "Participant"),
    }


def as_choices(names: dict[Any, str]) -> list[tuple[str, Any]]:
    """(name, value) pairs in the order of the names, for a choice input."""
    return [(text, value) for value, text in names.items()]
