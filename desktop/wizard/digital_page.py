"""Page 6: digital maturity, from the official MIIT platform level or the 2024 questionnaire.

The questionnaire is read from the rule pack in force (items, options, points, scenes and their level
descriptors); the page only collects answers. The score, the scene counts, the level and the path to
the next level are the engine's (`session.assessment["digital_level"]`), shown live in the summary bar.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from assessments.engine import Assessment
from assessments.model import Industry
from assessments.results import Row, SchemeResult, Verdict
from assessments.rules.schema import DigitalItem, DigitalPack, DigitalScene
from assessments.schemes.digital_level import level_name, pts
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets.scene_selector import CONSTRAINT_MARK, ClickableText, SceneSelector, clear_buttons
from desktop.wizard import bindings as b

OFFICIAL = "honours.official_digital_level"
LEVELS = range(5)


class ItemSelector(QFrame):
    """One scored item: radio buttons (single choice) or check boxes (multiple choice), points live.

    `answered` carries the option keys chosen, or None when the answer is cleared.
    """

    answered = Signal(object)

    def __init__(self, item: DigitalItem, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("itemSelector")
        self.group = QButtonGroup(self)
        self.group.setExclusive(not item.multi)
        indicator = (item.indicator_en or item.indicator) if language == "en" else item.indicator
        self.title = QLabel(f"{item.id} {indicator}")
        self.title.setObjectName("choiceTitle")
        self.points = QLabel()
        self.points.setObjectName("itemPoints")
        self.clear_button = _clear_button()
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.kind = QLabel()
        self.kind.setObjectName("choiceHint")
        self.error = b.error_label()
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(_row(self.title, 1, self.points, self.clear_button))
        layout.addWidget(_wrapped(item.question, "choiceQuestion"))
        if item.description:
            layout.addWidget(_wrapped(item.description, "choiceHint"))
        layout.addWidget(self.kind)
        layout.addLayout(self._options())
        layout.addWidget(self.error)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self.clear_button.setVisible(False)
        self.retranslate()

    def _options(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for index, option in enumerate(self.item.options):
            button: QAbstractButton = QCheckBox(option.key) if self.item.multi else QRadioButton(option.key)
            button.setObjectName(f"option{option.key}")
            self.group.addButton(button, index)
            grid.addWidget(button, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(ClickableText(option.text, button), index, 1)
            points = QLabel(f"+{pts(option.points)}")
            points.setObjectName("optionPoints")
            grid.addWidget(points, index, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        return grid

    def retranslate(self) -> None:
        if self.item.multi:
            self.kind.setText(self.tr("Tick all that apply; the points of the options ticked add up."))
        else:
            self.kind.setText(self.tr("Choose one."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave this item “to confirm”"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state --------------------------------------------------------------------------------

    def keys(self) -> tuple[str, ...]:
        return tuple(o.key for i, o in enumerate(self.item.options) if self.group.button(i).isChecked())

    def set_keys(self, keys: tuple[str, ...]) -> None:
        if keys == self.keys():
            return
        if not self.item.multi:
            clear_buttons(self.group)
        for index, option in enumerate(self.item.options):
            self.group.button(index).setChecked(option.key in keys)
        self.clear_button.setVisible(bool(keys))

    def show_result(self, row: Row | None, language: str) -> None:
        """The engine's points for this item (or its input error)."""
        earned = "–" if row is None or row.points is None else pts(row.points)
        self.points.setText(
            self.tr("%1 / %2 points").replace("%1", earned).replace("%2", pts(self.item.max_points))
        )
        wrong = row is not None and row.points is None and bool(self.keys())
        self.error.setText(row.calc.get(language) if wrong and row else "")
        self.error.setVisible(wrong)

    def _on_group_id_clicked(self, index: int) -> None:
        option = self.item.options[index]
        keys = self.keys()
        if self.item.multi and self.group.button(index).isChecked():
            # "无" stands alone: ticking it clears the others, ticking another clears it
            keys = (option.key,) if option.exclusive else tuple(k for k in keys if not self._exclusive(k))
        self.set_keys(keys)
        self.answered.emit(keys or None)

    def _exclusive(self, key: str) -> bool:
        option = self.item.option(key)
        return option is not None and option.exclusive

    def _on_clear_button_clicked(self) -> None:
        self.set_keys(())
        self.answered.emit(None)


class DigitalSummary(QFrame):
    """The live result: base score, scenes reaching each level, the level and the path to the next one."""

    link_activated = Signal(str)  # "item:Q3" or "scene:S5"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digitalSummary")
        self.score = _label("summaryFigure")
        self.scenes = _wrapped("", "summaryFigure")
        self.level = _wrapped("", "summaryLevel")
        self.path = _wrapped("", "summaryPath")
        for label in (self.score, self.scenes, self.level, self.path):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.path.linkActivated.connect(self.link_activated)
        self.notes = _wrapped("", "summaryNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(_row(self.score, 0, self.scenes, 1))
        layout.addWidget(self.level)
        layout.addWidget(self.path)
        layout.addWidget(self.notes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Reserve the wrapped height of each text: the wizard's layout does not ask for height-for-width."""
        margins = self.layout().contentsMargins()
        full = self.width() - margins.left() - margins.right()
        for label in (self.level, self.path, self.notes):
            label.setMinimumHeight(_text_height(label, full))
        self.scenes.setMinimumHeight(_text_height(self.scenes, self.scenes.width()))

    def show_result(self, result: SchemeResult, pack: DigitalPack, industry: Industry | None) -> None:
        language = lang()
        facts = result.facts
        self.score.setText(self._score_text(facts, pack))
        self.scenes.setText(self._scenes_text(facts))
        self.level.setText(self._level_text(facts, pack, language))
        self.path.setText(self._path_html(result, facts, language))
        self.notes.setText("\n".join(f"• {note.get(language)}" for note in result.notes))
        self.notes.setProperty("warning", industry is not None and industry is not Industry.INDUSTRIAL)
        self.notes.style().unpolish(self.notes)
        self.notes.style().polish(self.notes)
        self._fit_heights()

    def _score_text(self, facts: dict[str, Any], pack: DigitalPack) -> str:
        top = pts(sum(pack.dimensions.values()))
        if facts["score"] is not None:
            return self.tr("Base score <b>%1</b> / %2").replace("%1", pts(facts["score"])).replace("%2", top)
        low, high = facts["score_bounds"]
        return (
            self.tr("Base score <b>%1–%2</b> / %3 (%4 answers open)")
            .replace("%1", pts(low))
            .replace("%2", pts(high))
            .replace("%3", top)
            .replace("%4", str(facts["open_inputs"]))
        )

    def _scenes_text(self, facts: dict[str, Any]) -> str:
        at, constraint = facts["scenes_at"], facts["constraint_scenes_at"]
        counts = " · ".join(f"≥{k}: <b>{at[k]}</b> ({CONSTRAINT_MARK}{constraint[k]})" for k in sorted(at))
        return self.tr("Scenes graded at level %1").replace("%1", counts)

    def _level_text(self, facts: dict[str, Any], pack: DigitalPack, language: str) -> str:
        mine = self._self_level(facts, pack, language)
        if facts["official_level"] is None:
            return self.tr("Level: <b>%1</b> (questionnaire, self-estimate)").replace("%1", mine)
        official = level_name(pack, facts["official_level"]).get(language)
        return (
            self.tr("Level that counts: <b>%1</b> (official platform) · questionnaire: %2 (self-estimate)")
            .replace("%1", official)
            .replace("%2", mine)
        )

    def _self_level(self, facts: dict[str, Any], pack: DigitalPack, language: str) -> str:
        if facts["self_level"] is not None:
            return level_name(pack, facts["self_level"]).get(language)
        low, high = (level_name(pack, n).get(language) for n in facts["level_bounds"])
        return self.tr("%1 to %2, answers open").replace("%1", low).replace("%2", high)

    def _path_html(self, result: SchemeResult, facts: dict[str, Any], language: str) -> str:
        """The engine's path sentence, with each proposed step a link to its item or scene."""
        gap = result.row("level").gap
        if gap is None:
            return html.escape(self.tr("The questionnaire reaches the top level."))
        text = html.escape(gap.text.get(language))
        for step in facts["next_level_path"]:
            shown = html.escape(step["text_en" if language == "en" else "text_zh"])
            text = text.replace(shown, f'<a href="{step["kind"]}:{step["id"]}">{shown}</a>', 1)
        return text


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
        self.unavailable = _wrapped("", "pageNotice")
        self.self_estimate = _wrapped("", "selfEstimateNote")
        self.body = QWidget()
        self.body_layout = QHBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        for widget in (self.source, self.summary, self.unavailable, self.self_estimate):
            layout.addWidget(widget)
        layout.addWidget(self.body, 1)
        session.changed.connect(self._on_session_changed)
        session.assessed.connect(self._on_session_assessed)
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
        return _wrapped(text, "choiceHint")

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


# --- small layout helpers ---------------------------------------------------------------------


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    return label


def _wrapped(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _row(*parts: Any) -> QHBoxLayout:
    """Widgets with their stretch factors: _row(a, 1, b, c) gives a the spare room."""
    layout = QHBoxLayout()
    layout.setSpacing(12)
    for part in parts:
        if isinstance(part, int):
            layout.setStretch(layout.count() - 1, part)
        else:
            layout.addWidget(part)
    return layout


def _text_height(label: QLabel, width: int) -> int:
    """The height a wrapped label needs at a width (QLabel over-estimates it for rich text)."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    if label.textFormat() == Qt.TextFormat.RichText:
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    doc.setTextWidth(max(width, 200))
    return math.ceil(doc.size().height()) + label.contentsMargins().top() + label.contentsMargins().bottom()


def _clear_button() -> QPushButton:
    button = QPushButton()
    button.setObjectName("clearAnswer")
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button
