"""The message shown after start when the workspace file was damaged: what was wrong, where the copy
of the old file is, what was recovered and which assessments could not be read."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from assessments.storage.recovery import Recovery


class RecoveryMessage(QMessageBox):
    def __init__(self, recovery: Recovery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryMessage")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The workspace was repaired"))
        self.setText(self.summary(recovery))
        self.setInformativeText(self.bad_rows(recovery))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    def summary(self, recovery: Recovery) -> str:
        return " ".join(
            (
                self.cause(recovery.cause),
                self.tr("The old file was kept unchanged as “%1”.").replace("%1", str(recovery.backup)),
                self.tr("%1 firms and %2 assessments were recovered into a new workspace.")
                .replace("%1", str(recovery.firms))
                .replace("%2", str(recovery.assessments)),
            )
        )

    def cause(self, cause: str) -> str:
        texts = {
            "unreadable": self.tr("The workspace file could not be read (it is not a workspace file)."),
            "damaged": self.tr("The workspace file was damaged."),
            "newer": self.tr("The workspace file was written by a newer version of SRDI Self-Check."),
            "empty": self.tr("The workspace file was empty."),
            "bad_rows": self.tr("Some assessments in the workspace could not be read."),
        }
        return texts.get(cause, texts["damaged"])

    def bad_rows(self, recovery: Recovery) -> str:
        if not recovery.bad_rows:
            return ""
        lines = [
            f"• {row.firm or self.tr('(unnamed firm)')} · {row.on_date} ({row.reason})"
            for row in recovery.bad_rows
        ]
        heading = self.tr("These assessments could not be read; they are only in the old file:")
        return "\n".join((heading, *lines))

    def full_text(self) -> str:
        return f"{self.text()}\n{self.informativeText()}"
