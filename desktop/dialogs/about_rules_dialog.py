"""About the rules: every rule pack the app knows, its version, windows, origin (shipped, or installed
from which bundle and signer) and how well its citations are verified (decision 12); installed packs
that had to be set aside are listed with the reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from assessments.rules.inventory import PackInfo, inventory
from assessments.rules.loader import pack_problems
from desktop.dialogs.rule_update_dialog import fill_table, read_only_table
from desktop.i18n import lang
from desktop.widgets import parts


class AboutRulesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, on: dt.date | None = None) -> None:
        super().__init__(parent)
        self.on = on or dt.date.today()
        self.packs: list[PackInfo] = inventory(self.on)
        self.setObjectName("aboutRulesDialog")
        self.heading = parts.label("aboutRulesHeading")
        self.intro = parts.wrapped("", "aboutRulesIntro")
        self.table = read_only_table("aboutRulesTable", 7)
        self.problems = parts.wrapped("", "aboutRulesProblems")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        for widget in (self.heading, self.intro, self.table, self.problems, self.buttons):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        self.resize(1240, 560)
        self.retranslate()

    def _rows(self) -> list[list[str]]:
        return [
            [
                f"{info.title.get(lang())} ({info.scheme})",
                info.version,
                info.windows_text(lang()),
                self.tr("shipped")
                if info.origin.kind == "shipped"
                else self.tr("installed %1").replace(
                    "%1", f"{info.origin.bundle_id}, {info.origin.installed_at}"
                ),
                info.origin.signer or "—",
                info.confidence_text(lang()),
                self.tr("in use") if info.in_use else "",
            ]
            for info in self.packs
        ]

    def _problems_text(self) -> str:
        texts = [problem.text.get(lang()) for problem in pack_problems()]
        return "\n".join(["⚠ " + text for text in texts])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About the rules"))
        self.heading.setText(self.tr("The rules this app applies"))
        self.intro.setText(
            self.tr(
                "Every rule pack, shipped with the app or installed from a signed update. On %1 the packs "
                "marked “in use” apply. Confidence counts the pack's citations by how far they are confirmed: "
                "official text, official text quoted, several sources agree, product convention, or single "
                "source (to verify)."
            ).replace("%1", self.on.isoformat())
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Scheme"),
                self.tr("Version"),
                self.tr("In force"),
                self.tr("Origin"),
                self.tr("Signer"),
                self.tr("Confidence"),
                self.tr("Today"),
            ]
        )
        fill_table(self.table, self._rows())
        self.problems.setText(self._problems_text())
        self.problems.setVisible(bool(self.problems.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
