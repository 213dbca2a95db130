"""One scene of the digital questionnaire: its name, ★ for a constraint scene, and the grades 0–4.

Each grade is a radio button with the scene's level descriptor in full, wrapped under it, so the user
grades the firm against the official wording rather than a summary of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assessments.rules.schema import DigitalScene
from desktop.widgets.choice_parts import ClickableText, clear_answer_button, clear_buttons
from desktop.widgets.status_style import CONSTRAINT_MARK

GRADES = range(5)  # 0 = not yet level 1, then the scene's four level descriptors


class SceneSelector(QFrame):
    """Grades one scene 0–4; `grade_chosen` carries the grade, or None when the answer is cleared."""

    grade_chosen = Signal(object)

    def __init__(self, scene: DigitalScene, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.setObjectName("sceneSelector")
        self.group = QButtonGroup(self)
        self.title = QLabel(self._title(language))
        self.title.setObjectName("choiceTitle")
        self.clear_button = clear_answer_button()
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addLayout(header)
        self.zero_text: QLabel | None = None
        for grade in GRADES:
            self._add_grade(layout, grade)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self.clear_button.setVisible(False)
        self.retranslate()

    def _title(self, language: str) -> str:
        name = (self.scene.name_en or self.scene.name) if language == "en" else self.scene.name
        star = f" {CONSTRAINT_MARK}" if self.scene.constraint else ""
        return f"{self.scene.id} {name}{star}"

    def _add_grade(self, layout: QVBoxLayout, grade: int) -> None:
        radio = QRadioButton()
        radio.setObjectName(f"grade{grade}")
        self.group.addButton(radio, grade)
        layout.addWidget(radio, 0, Qt.AlignmentFlag.AlignLeft)
        text = ClickableText(self.scene.levels[grade - 1] if grade else "", radio)
        text.setContentsMargins(22, 0, 0, 6)
        layout.addWidget(text)
        if grade == 0:
            self.zero_text = text

    def retranslate(self) -> None:
        names = (
            self.tr("Not yet level 1"),
            self.tr("Level 1"),
            self.tr("Level 2"),
            self.tr("Level 3"),
            self.tr("Level 4"),
        )
        for grade, name in zip(GRADES, names, strict=True):
            self.group.button(grade).setText(name)
        assert self.zero_text is not None
        self.zero_text.setText(self.tr("The scene does not yet meet the level 1 description below."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave this scene “to confirm”"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state --------------------------------------------------------------------------------

    def grade(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_grade(self, grade: int | None) -> None:
        if grade == self.grade():
            return
        if grade is None or self.group.button(grade) is None:
            clear_buttons(self.group)
        else:
            self.group.button(grade).setChecked(True)
        self.clear_button.setVisible(self.grade() is not None)

    def _on_group_id_clicked(self, grade: int) -> None:
        self.clear_button.setVisible(True)
        self.grade_chosen.emit(grade)

    def _on_clear_button_clicked(self) -> None:
        clear_buttons(self.group)
        self.clear_button.setVisible(False)
        self.grade_chosen.emit(None)
