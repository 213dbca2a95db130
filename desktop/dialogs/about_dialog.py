"""Help → About: the app's version, the rule packs it applies today (with their versions), and the
licences of what it ships: the bundled font and the libraries. Help → About the rules has every pack
in detail."""

from __future__ import annotations

import datetime as dt
import importlib
from importlib import metadata

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from assessments.model import Purpose
from assessments.results import Text
from assessments.rules.catalogue import packs_in_use
from assessments.rules.schema import AnyPack
from desktop.dialogs.rule_update_dialog import fill_table, read_only_table
from desktop.i18n import lang
from desktop.paths import resources_dir
from desktop.widgets import parts

APP_DISTRIBUTION = "srdi-self-check"
FONT_LICENCE = resources_dir() / "fonts" / "LICENSE-Apache-2.0.txt"
FONT = ("文泉驿微米黑 WenQuanYi Micro Hei", "0.2.0-beta", "Apache-2.0")  # resources/fonts/README.md
# (name shown, distributions or module that carry the version, licence)
LIBRARIES = (
    ("PySide6 (Qt for Python)", ("PySide6-Essentials", "PySide6"), "PySide6", "LGPLv3"),
    ("openpyxl", ("openpyxl",), "openpyxl", "MIT"),
    ("reportlab", ("reportlab",), "reportlab", "BSD"),
    ("pydantic", ("pydantic",), "pydantic", "MIT"),
    ("cryptography", ("cryptography",), "cryptography", "Apache-2.0 / BSD"),
)
PURPOSES = {Purpose.NEW: Text("新申报", "new applications"), Purpose.REVIEW: Text("复核", "re-reviews")}


def app_version() -> str:
    return _version((APP_DISTRIBUTION,), "") or "—"


def _version(distributions: tuple[str, ...], module: str) -> str:
    """The installed version; a frozen build may carry no package metadata, so the module's own next."""
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    if not module:
        return ""
    try:
        return str(getattr(importlib.import_module(module), "__version__", "—"))
    except ImportError:
        return "—"


def pack_rows(on: dt.date, language: str) -> list[list[str]]:
    """One row per scheme in force on `on`: its title and version (per purpose where they differ)."""
    by_scheme: dict[str, list[tuple[Purpose, AnyPack]]] = {}
    for (scheme, purpose), pack in packs_in_use(on).items():
        by_scheme.setdefault(scheme, []).append((purpose, pack))
    rows = []
    for scheme, chosen in sorted(by_scheme.items()):
        title = Text(chosen[0][1].title_zh, chosen[0][1].title_en).get(language)
        versions = {pack.version for _purpose, pack in chosen}
        if len(versions) == 1:
            version = versions.pop()
        else:
            version = "; ".join(f"{pack.version} ({PURPOSES[p].get(language)})" for p, pack in chosen)
        rows.append([title, scheme, version])
    return rows


def licence_rows() -> list[list[str]]:
    rows = [list(FONT)]
    for name, distributions, module, licence in LIBRARIES:
        rows.append([name, _version(distributions, module), licence])
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, on: dt.date | None = None) -> None:
        super().__init__(parent)
        self.on = on or dt.date.today()
        self.setObjectName("aboutDialog")
        self.heading = parts.label("aboutHeading")
        self.version = parts.wrapped("", "aboutVersion")
        self.packs_title = parts.label("sectionTitle")
        self.packs = read_only_table("aboutPacks", 3)
        self.licences_title = parts.label("sectionTitle")
        self.licences = read_only_table("aboutLicences", 3)
        self.licence_note = parts.wrapped("", "aboutLicenceNote")
        self.font_licence_button = QPushButton()
        self.font_licence_button.setObjectName("fontLicenceButton")
        self.font_licence_button.clicked.connect(self.show_font_licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.font_licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        for widget in (self.heading, self.version, self.packs_title, self.packs, self.licences_title):
            layout.addWidget(widget, 2 if widget is self.packs else 0)
        for widget in (self.licences, self.licence_note, buttons):
            layout.addWidget(widget)
        self.licence_text: QDialog | None = None
        self.resize(720, 640)
        self.retranslate()

    def show_font_licence(self) -> None:
        """The bundled font's licence, in full (Apache-2.0 asks that it travels with the font)."""
        self.licence_text = QDialog(self)
        self.licence_text.setWindowTitle(FONT[0])
        text = QPlainTextEdit(FONT_LICENCE.read_text(encoding="utf-8"))
        text.setObjectName("fontLicenceText")
        text.setReadOnly(True)
        QVBoxLayout(self.licence_text).addWidget(text)
        self.licence_text.resize(640, 560)
        self.licence_text.open()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About SRDI Self-Check"))
        self.heading.setText(self.tr("SRDI Self-Check"))
        self.version.setText(
            self.tr("Version %1 · works offline; every file stays on this computer.").replace(
                "%1", app_version()
            )
        )
        self.packs_title.setText(self.tr("Rules in use on %1").replace("%1", self.on.isoformat()))
        self.packs.setHorizontalHeaderLabels([self.tr("Rules"), self.tr("Pack"), self.tr("Version")])
        fill_table(self.packs, pack_rows(self.on, lang()))
        self.licences_title.setText(self.tr("Font and libraries"))
        self.licences.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        fill_table(self.licences, licence_rows())
        _fit_height(self.licences)
        self.licence_note.setText(
            self.tr(
                "The bundled font is used under the Apache License 2.0 (its text: %1). PySide6 is used "
                "under the GNU LGPL version 3: it is a separate, replaceable library of the app."
            ).replace("%1", "resources/fonts/LICENSE-Apache-2.0.txt")
        )
        self.font_licence_button.setText(self.tr("Font licence…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _fit_height(table: QTableWidget) -> None:
    """A short table shows every row without a scroll bar."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)
