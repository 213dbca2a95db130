"""Page 6: digital maturity, from the official MIIT platform level or the 2024 questionnaire.

The questionnaire is read from the rule pack in force (items, options, points, scenes and their level
descriptors); the page only collects answers. The score, the scene counts, the level and the path to
the next level are the engine's (`session.assessment["digital_level"]`), shown live in the summary bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from assessments.engine import Assessment
from assessments.results import SchemeResult, Verdict
from assessments.rules.schema import DigitalItem, DigitalPack, DigitalScene
from assessments.schemes.digital_level import level_name, pts
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.digital_summary import DigitalSummary
from desktop.widgets.item_selector import ItemSelector
from desktop.widgets.lazy_refresh import LazyRefresh
from desktop.widgets.scene_selector import SceneSelector
from desktop.widgets.status_style import CONSTRAINT_MARK
from desktop.wizard import bindings as b

OFFICIAL = "honours.official_digital_level"
LEVELS = range(5)


@dataclass
class _Section:
    """One entry of the navigation list and its page: a dimension's items or a group's scenes."""

    name: str
    entry: QListWidgetItem
    scroll: QScrollArea
    ids: list[str]
    dimension: str = ""  # set for a section of scored items


class DigitalPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.pack: DigitalPack | None = None
        self.items: dict[str, ItemSelector] = {}
        self.scenes: dict[str, SceneSelector] = {}
        self.sections: list[_Section] = []
        self._make_source_choice()
        self.summary = DigitalSummary()
        self.summary.link_activated.connect(self._on_summary_link_activated)
        self.unavailable = parts.wrapped("", "pageNotice")
        self.self_estimate = parts.wrapped("", "selfEstimateNote")
        self.body = QWidget()
        self.body_layout = QHBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        for widget in (self.source, self.summary, self.unavailable, self.self_estimate):
            layout.addWidget(widget)
        layout.addWidget(self.body, 1)
        session.changed.connect(self._on_session_changed)
        self.lazy = LazyRefresh(self, lambda: self._on_session_assessed(session.assessment))
        session.assessed.connect(self.lazy.request)  # on another page: when shown
        self.retranslate()
        self._sync_mode("")
        self._on_session_assessed(session.assessment)

    # --- the level source: official platform or questionnaire ----------------------------------

    def _make_source_choice(self) -> None:
        self.source = QFrame()
        self.source.setObjectName("levelSource")
        self.official_radio = QRadioButton()
        self.official_radio.setObjectName("officialRadio")
        self.questionnaire_radio = QRadioButton()
        self.questionnaire_radio.setObjectName("questionnaireRadio")
        self.official_combo = QComboBox()
        self.official_combo.setObjectName(OFFICIAL)
        error = b.error_label()
        choices = [(str(n), n) for n in LEVELS]  # named in `_retranslate_levels`
        self.official_binding = b.ChoiceBinding(
            self.session, OFFICIAL, self.official_combo, error, "official level", choices
        )
        self.official_radio.clicked.connect(self._on_official_radio_clicked)
        self.questionnaire_radio.clicked.connect(self._on_questionnaire_radio_clicked)
        layout = QHBoxLayout(self.source)
        layout.addWidget(self.official_radio)
        layout.addWidget(self.official_combo)
        layout.addWidget(error)
        layout.addSpacing(24)
        layout.addWidget(self.questionnaire_radio)
        layout.addStretch()

    def _sync_mode(self, path: str) -> None:
        """The official radio follows the document; an empty choice keeps the user's pick until replaced."""
        if self.session.value(OFFICIAL) is not None:
            self.official_radio.setChecked(True)
        elif path == "" or not self.official_radio.isChecked():
            self.questionnaire_radio.setChecked(True)
        self.official_combo.setEnabled(self.official_radio.isChecked())
        self.self_estimate.setVisible(self.session.value(OFFICIAL) is not None)

    def _on_official_radio_clicked(self) -> None:
        self.official_combo.setEnabled(True)
        self.official_combo.setFocus()

    def _on_questionnaire_radio_clicked(self) -> None:
        self.official_combo.setEnabled(False)
        self.session.set_field(OFFICIAL, None, self.tr("Official digital level"))

    # --- the questionnaire, built from the pack in force ---------------------------------------

    def _rebuild(self, pack: DigitalPack | None) -> None:
        self.pack = pack
        old = self.body_layout.takeAt(0)
        while old is not None:
            if old.widget() is not None:
                old.widget().deleteLater()
            old = self.body_layout.takeAt(0)
        self.items, self.scenes, self.sections = {}, {}, []
        if pack is not None:
            self._build(pack, lang())

    def _build(self, pack: DigitalPack, language: str) -> None:
        """The navigation list and one empty page per section; a section fills in when first opened."""
        self.nav = QListWidget()
        self.nav.setObjectName("digitalNav")
        self.nav.setFixedWidth(230)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self._heading(self.tr("Scored items (100 points)"))
        for dimension in pack.dimensions:
            members = [i for i in pack.items if i.dimension == dimension]
            name = pack.dimensions_en.get(dimension, dimension) if language == "en" else dimension
            self._section(name, [i.id for i in members], dimension)
        self._heading(self.tr("Scenes (graded 0–4)"))
        for group in dict.fromkeys(s.group for s in pack.scenes):
            members = [s for s in pack.scenes if s.group == group]
            name = members[0].group_en or group if language == "en" else group
            self._section(name, [s.id for s in members])
        self.nav.currentItemChanged.connect(self._on_nav_current_item_changed)
        self.nav.setCurrentItem(self.sections[0].entry)
        self.body_layout.addWidget(self.nav)
        self.body_layout.addWidget(self.stack, 1)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.nav.addItem(item)

    def _section(self, name: str, ids: list[str], dimension: str = "") -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(scroll)
        entry = QListWidgetItem(name)
        self.nav.addItem(entry)
        self.sections.append(_Section(name, entry, scroll, ids, dimension))

    def _fill(self, section: _Section) -> None:
        """Build a section's selectors (once), with the current answers and results."""
        if section.scroll.widget() is not None:
            return
        assert self.pack is not None
        language, pack = lang(), self.pack
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(10)
        if not section.dimension:
            column.addWidget(self._legend())
        for answer_id in section.ids:
            is_item = bool(section.dimension)
            column.addWidget(
                self._item(pack.item(answer_id), language)
                if is_item
                else self._scene(pack.scene(answer_id), language)
            )
        column.addStretch()
        section.scroll.setWidget(inner)
        self._load_answers()
        self._show_rows(self.session.assessment["digital_level"])

    def _item(self, item: DigitalItem, language: str) -> ItemSelector:
        selector = ItemSelector(item, language)
        selector.answered.connect(lambda keys, i=item: self._write(f"digital.items.{i.id}", keys, i.id))
        self.items[item.id] = selector
        return selector

    def _scene(self, scene: DigitalScene, language: str) -> SceneSelector:
        selector = SceneSelector(scene, language)
        selector.grade_chosen.connect(
            lambda grade, s=scene: self._write(f"digital.scenes.{s.id}", grade, s.id)
        )
        self.scenes[scene.id] = selector
        return selector

    def _legend(self) -> QLabel:
        text = self.tr(
            "%1 marks a constraint scene: each level needs a minimum number of them among its scenes."
        ).replace("%1", CONSTRAINT_MARK)
        return parts.wrapped(text, "choiceHint")

    def _write(self, path: str, value: Any, label: str) -> None:
        self.session.set_field(path, value, label)

    # --- keeping in step with the session -------------------------------------------------------

    def _on_session_changed(self, path: str) -> None:
        if path == "" or path == OFFICIAL or path.startswith("digital"):
            self._load_answers()
            self._sync_mode(path)

    def _load_answers(self) -> None:
        answers = self.session.doc.firm.digital
        for item_id, selector in self.items.items():
            selector.set_keys(tuple(answers.items.get(item_id, ())))
        for scene_id, selector in self.scenes.items():
            selector.set_grade(answers.scenes.get(scene_id))

    def _on_session_assessed(self, assessment: Assessment) -> None:
        pack = assessment.packs.get("digital_level")
        pack = pack if isinstance(pack, DigitalPack) else None
        if pack is not self.pack:
            self._rebuild(pack)
        result = assessment["digital_level"]
        in_force = pack is not None and result.verdict is not Verdict.NOT_IN_FORCE
        for widget in (self.summary, self.body, self.source):
            widget.setVisible(in_force)
        self.unavailable.setVisible(not in_force)
        if not in_force:
            self.unavailable.setText(self._unavailable_text(result))
            return
        assert pack is not None
        self.summary.show_result(result, pack, self.session.doc.firm.profile.industry)
        self._show_rows(result)
        self._retranslate_levels(pack)

    def _unavailable_text(self, result: SchemeResult) -> str:
        return self.tr(
            "No digital-maturity questionnaire is in force on the assessment date (%1). "
            "The 2024 questionnaire applies from 2024-09-04."
        ).replace("%1", result.summary.get(lang()))

    def _show_rows(self, result: SchemeResult) -> None:
        """Each item's points from the engine; each section's subtotal or grading progress in the list."""
        language = lang()
        rows = {row.id: row for row in result.rows}
        for item_id, selector in self.items.items():
            selector.show_result(rows.get(item_id), language)
        graded = self.session.doc.firm.digital.scenes
        for section in self.sections:
            subtotal = rows.get(f"subtotal:{section.dimension}")
            if subtotal is not None and subtotal.max_points is not None:
                progress = f"{pts(subtotal.points or Decimal(0))} / {pts(subtotal.max_points)}"
            else:
                done = sum(1 for i in section.ids if i in graded)
                progress = (
                    self.tr("%1 of %2 graded").replace("%1", str(done)).replace("%2", str(len(section.ids)))
                )
            section.entry.setText(f"{section.name}\n{progress}")

    # --- navigation --------------------------------------------------------------------------------

    def _on_nav_current_item_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        for section in self.sections:
            if section.entry is current:
                self._fill(section)
                self.stack.setCurrentWidget(section.scroll)

    def _on_summary_link_activated(self, link: str) -> None:
        self.open_answer(link.partition(":")[2])

    def open_answer(self, answer_id: str) -> QWidget | None:
        """Open the section holding an item ("Q3") or scene ("S5"), scroll to it and return its selector."""
        section = next((s for s in self.sections if answer_id in s.ids), None)
        if section is None:
            return None
        self.nav.setCurrentItem(section.entry)
        selector = self.items.get(answer_id) or self.scenes.get(answer_id)
        assert selector is not None
        section.scroll.widget().layout().activate()  # place a section built just now before scrolling
        section.scroll.ensureWidgetVisible(selector, 0, 0)
        selector.setFocus()
        return selector

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Digital maturity (2024 questionnaire)"))
        self.setSubTitle(
            self.tr(
                "Enter the level from the official MIIT platform if the firm has one; the questionnaire "
                "then remains a self-estimate beside it. Unanswered items stay “to confirm”."
            )
        )
        self.official_radio.setText(self.tr("Use the level from the official MIIT platform:"))
        self.questionnaire_radio.setText(self.tr("Answer the questionnaire (self-estimate)"))
        self.self_estimate.setText(
            self.tr(
                "The official platform level counts; the questionnaire below is a self-estimate beside it."
            )
        )

    def _retranslate_levels(self, pack: DigitalPack) -> None:
        language = lang()
        for index in range(1, self.official_combo.count()):
            self.official_combo.setItemText(
                index, level_name(pack, self.official_combo.itemData(index)).get(language)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._rebuild(self.pack)
            self._on_session_assessed(self.session.assessment)
        super().changeEvent(event)
