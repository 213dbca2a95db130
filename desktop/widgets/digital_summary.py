"""The digital questionnaire's live result: base score, scenes reaching each level, the level and the path
to the next one, each proposed step a link to its item or scene."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from assessments.model import Industry
from assessments.results import SchemeResult
from assessments.rules.schema import DigitalPack
from assessments.schemes.digital_level import level_name, pts
from desktop.i18n import lang
from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.widgets.status_style import CONSTRAINT_MARK


class DigitalSummary(QFrame):
    """The live result: base score, scenes reaching each level, the level and the path to the next one."""

    link_activated = Signal(str)  # "item:Q3" or "scene:S5"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digitalSummary")
        self.score = parts.label("summaryFigure")
        self.scenes = parts.wrapped("", "summaryFigure")
        self.level = parts.wrapped("", "summaryLevel")
        self.path = parts.wrapped("", "summaryPath")
        for label in (self.score, self.scenes, self.level, self.path):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.path.linkActivated.connect(self.link_activated)
        self.notes = parts.wrapped("", "summaryNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(parts.row(self.score, 0, self.scenes, 1))
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
            label.setMinimumHeight(parts.text_height(label, full))
        self.scenes.setMinimumHeight(parts.text_height(self.scenes, self.scenes.width()))

    def show_result(self, result: SchemeResult, pack: DigitalPack, industry: Industry | None) -> None:
        language = lang()
        facts = result.facts
        self.score.setText(self._score_text(facts, pack))
        self.scenes.setText(self._scenes_text(facts))
        self.level.setText(self._level_text(facts, pack, language))
        self.path.setText(self._path_html(result, facts, language))
        self.notes.setText("\n".join(f"• {note.get(language)}" for note in result.notes))
        style.set_state(self.notes, "warning", industry is not None and industry is not Industry.INDUSTRIAL)
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
