"""The strip above the pages that says at once when the user's work is not in the workspace: a save
that failed (and is being retried), an assessment changed or deleted in another window, a read-only
window; with the buttons that resolve it. Hidden while everything is saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.session import Session

Action = tuple[str, Callable[[], object]]
READ_ONLY_REASONS = ("other_window", "file", "unopenable")


class NoticeBanner(QFrame):
    def __init__(
        self, session: Session, save_file: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.save_file = save_file
        self.read_only_reason = ""
        self.setObjectName("noticeBanner")
        self.setStyleSheet("#noticeBanner { background: #fff4ce; border-bottom: 1px solid #e0c36c; }")
        self.label = QLabel()
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.label, 1)
        session.save_state_changed.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def set_read_only_reason(self, reason: str) -> None:
        self.read_only_reason = reason
        self.refresh()

    def refresh(self) -> None:
        if self.session.read_only:
            self._show(self._read_only_text())
        elif self.session.conflict is not None:
            self._show(self._conflict_text(), self._conflict_actions())
        elif self.session.save_error:
            self._show(self._not_saved_text(), [(self.tr("Try again"), self.session.retry_save)])
        else:
            self._show("")

    def _read_only_text(self) -> str:
        if self.read_only_reason == "other_window":
            return self.tr(
                "Read only: this workspace is already open in another SRDI Self-Check window. "
                "Work there; changes made here are not accepted."
            )
        if self.read_only_reason == "unopenable":
            return self.tr("Read only: the workspace could not be opened, so nothing here can be saved.")
        return self.tr("Read only: the workspace file is marked read-only, so changes are not accepted.")

    def _conflict_text(self) -> str:
        if self.session.deleted_elsewhere:
            return self.tr(
                "Not saved: this assessment was deleted in another window. What you entered is kept here; "
                "save it as a new assessment or as a file."
            )
        return self.tr(
            "Not saved: this assessment was changed in another window. What you entered is kept here; "
            "save it as a new assessment or as a file, or drop it and see the other version."
        )

    def _conflict_actions(self) -> list[Action]:
        return [
            (self.tr("Save as new assessment"), self.session.save_as_new),
            (self.tr("Save as file…"), self.save_file),
            (self.tr("Drop my changes"), self.session.discard_changes),
        ]

    def _not_saved_text(self) -> str:
        return self.tr(
            "Not saved: %1. What you entered is kept in this window and will be saved as soon as possible."
        ).replace("%1", self.session.save_error)

    def _show(self, text: str, actions: Sequence[Action] = ()) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self.label.setText(text)
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
