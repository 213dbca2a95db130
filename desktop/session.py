"""The open assessment: its document, undo stack, write-through saving and live results.

Pages never change the document themselves: they call `set_field(path, value)`, which pushes an undoable
command; every change (edit, undo, redo) is saved to the workspace at once and re-assessed, and
`changed` tells every view to refresh.

What the user typed is never lost: a save the database refuses (locked, disk full) keeps the document
here, says so (`save_state_changed`, `save_error`) and is tried again by a timer and on the next edit.
A save that finds the row changed or deleted by another window writes nothing (`conflict`); the user
keeps the document and chooses to save it as a new assessment, to a file, or to drop it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from assessments.edit import get_path, set_path
from assessments.engine import Assessment, assess
from assessments.model import Firm
from assessments.rules.rescore import rescored_pins
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import (
    AssessmentDeleted,
    Conflict,
    UnreadableAssessment,
    Workspace,
    WorkspaceError,
)

RETRY_MS = 5000


class ReadOnlyError(ValueError):
    """An edit refused because this window is read-only (a ValueError: fields show it as their error)."""


class EditCommand(QUndoCommand):
    """One field edit; consecutive edits of the same field merge into one undo step."""

    MERGE_ID = 1

    def __init__(self, session: Session, path: str, before: Any, after: Any, label: str) -> None:
        super().__init__(label)
        self.session, self.path, self.before, self.after = session, path, before, after

    def redo(self) -> None:
        self.session._apply(set_path(self.session.doc, self.path, self.after), self.path)

    def undo(self) -> None:
        self.session._apply(set_path(self.session.doc, self.path, self.before), self.path)

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.path != self.path:
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)  # typed and then undone by a wrong entry: nothing to undo
        return True


class Session(QObject):
    changed = Signal(str)  # the path edited ("" when a whole document was opened)
    assessed = Signal(object)  # the new Assessment
    opened = Signal(int)  # assessment id
    deleted = Signal(int)  # assessment id
    save_state_changed = Signal()  # saved, not saved (`save_error`) or in conflict (`conflict`)
    problem = Signal(str)  # something the user must be told at once (an edit or an opening refused)

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, *, assess_blank: bool = True
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.assessment_id: int | None = None
        self.firm_id: int | None = None
        self.revision = 0
        self.save_error = ""  # why the last save failed; "" when everything is saved
        self.conflict: Conflict | None = None  # the row was changed or deleted elsewhere
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_save)
        self.doc = AssessmentFile(firm=Firm(), on=dt.date.today())
        if assess_blank:  # False when the caller opens a document at once (app start): one evaluation
            self.assessment: Assessment = assess(self.doc.firm, self.doc.on, self.doc.purpose)

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    @property
    def unsaved(self) -> bool:
        return bool(self.save_error) or self.conflict is not None

    # --- opening ------------------------------------------------------------------------------

    def open(self, assessment_id: int) -> bool:
        """Open a stored assessment; False (and `problem` says why) if it cannot be read or the
        current one has changes that cannot be saved."""
        if not self._flush():
            self.problem.emit(self._unsaved_text())
            return False
        try:
            stored = self.workspace.load_stored(assessment_id)
        except UnreadableAssessment as error:
            self.problem.emit(self._unreadable_text(error.reason))
            return False
        except KeyError:
            self.problem.emit(
                self.tr("This assessment is no longer in the workspace (it was deleted in another window).")
            )
            return False
        self._show(assessment_id, stored.doc, stored.revision)
        return True

    def _show(self, assessment_id: int, doc: AssessmentFile, revision: int) -> None:
        self.assessment_id, self.revision = assessment_id, revision
        self.firm_id = self.workspace.firm_of(assessment_id)
        self.undo_stack.clear()
        self._mark_saved()
        self.workspace.set_state("current_assessment", str(assessment_id))
        self._apply(doc, "", save=False)
        self.opened.emit(assessment_id)

    def show_unsaved(self, doc: AssessmentFile) -> None:
        """Show a document that is not in the workspace (a read-only window's first start)."""
        self.assessment_id, self.firm_id = None, None
        self.undo_stack.clear()
        self._apply(doc, "", save=False)

    def create(self, doc: AssessmentFile, firm_id: int | None = None) -> int:
        assessment_id = self.workspace.create(doc, firm_id)
        self.open(assessment_id)
        return assessment_id

    def delete(self, assessment_id: int) -> None:
        """Remove an assessment for good; if it was open, open the most recent one left (or a blank one)."""
        self.workspace.delete_assessment(assessment_id)
        self.deleted.emit(assessment_id)
        if assessment_id != self.assessment_id:
            return
        self._mark_saved()  # deleted on purpose: its unsaved changes go with it
        self.open_latest()

    def open_latest(self) -> None:
        remaining = [a for f in self.workspace.firms() for a in self.workspace.assessments(f.id)]
        for entry in sorted(remaining, key=lambda a: a.updated_at, reverse=True):
            if self.open(entry.id):
                return
        self.create(AssessmentFile(firm=Firm(), on=dt.date.today()))

    # --- when a save cannot be written --------------------------------------------------------

    def retry_save(self) -> bool:
        return self._save() if self.save_error else not self.unsaved

    def save_as_new(self) -> bool:
        """Keep the document as a new assessment (its firm's, if the firm is still there)."""
        firm_id = self.firm_id if self.firm_id is not None and self.workspace.has_firm(self.firm_id) else None
        try:
            assessment_id = self.workspace.create(self.doc, firm_id)
        except WorkspaceError as error:
            self.problem.emit(self.tr("Not saved: %1").replace("%1", str(error)))
            return False
        self._mark_saved()
        return self.open(assessment_id)

    def discard_changes(self) -> None:
        """Drop the document in memory: reopen the stored version, or the latest one left."""
        assessment_id = self.assessment_id
        self._mark_saved()
        if assessment_id is None or not self.open(assessment_id):
            self.open_latest()

    # --- editing ------------------------------------------------------------------------------

    def value(self, path: str) -> Any:
        return get_path(self.doc, path)

    def set_field(self, path: str, value: Any, label: str = "") -> None:
        before = self.value(path)
        if before == value:
            return
        self._refuse_if_read_only()
        set_path(self.doc, path, value)  # raises before anything is pushed if the value does not fit
        self.undo_stack.push(EditCommand(self, path, before, value, label or path))

    def replace_document(self, doc: AssessmentFile, label: str) -> None:
        """A bulk change (import, plan edits) as one undo step."""
        try:
            self._refuse_if_read_only()
        except ReadOnlyError:
            return
        command = _ReplaceCommand(self, self.doc, doc, label)
        self.undo_stack.push(command)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            text = self.tr("This window is read-only: the change was not made.")
            self.problem.emit(text)
            raise ReadOnlyError(text)

    def reassess(self) -> None:
        """Score the open document again (the rule packs changed under it); nothing is saved."""
        self._apply(self.doc, "", save=False)

    def _apply(self, doc: AssessmentFile, path: str, save: bool = True) -> None:
        self.doc = doc
        if save and self.assessment_id is not None:
            self._save()
        # An accepted re-score keeps the rule packs it was accepted under (issue 11).
        self.assessment = assess(doc.firm, doc.on, doc.purpose, overrides=rescored_pins(doc) or None)
        self.changed.emit(path)
        self.assessed.emit(self.assessment)

    # --- saving -------------------------------------------------------------------------------

    def _flush(self) -> bool:
        return not self.unsaved or self._save()

    def _save(self) -> bool:
        if self.conflict is not None or self.assessment_id is None:
            return False  # never overwrite what another window changed; the user decides
        try:
            self.revision = self.workspace.save(self.assessment_id, self.doc, self.revision)
        except Conflict as conflict:
            self.conflict = conflict
            self._on_save_failed()
            return False
        except WorkspaceError as error:
            self.save_error = str(error) or type(error).__name__
            self._on_save_failed()
            self.retry_timer.start()
            return False
        self._mark_saved()
        return True

    def _on_save_failed(self) -> None:
        self.save_state_changed.emit()

    def _mark_saved(self) -> None:
        was_unsaved = self.unsaved
        self.save_error, self.conflict = "", None
        self.retry_timer.stop()
        if was_unsaved:
            self.save_state_changed.emit()

    @property
    def deleted_elsewhere(self) -> bool:
        return isinstance(self.conflict, AssessmentDeleted)

    def _unsaved_text(self) -> str:
        return self.tr(
            "The changes to the open assessment are not saved yet, so another one was not opened. "
            "Save them as a new assessment or as a file first."
        )

    def _unreadable_text(self, reason: str) -> str:
        return self.tr(
            "This assessment cannot be read (%1). It was left as it is; the other assessments are not affected."
        ).replace("%1", reason)


class _ReplaceCommand(QUndoCommand):
    def __init__(self, session: Session, before: AssessmentFile, after: AssessmentFile, label: str) -> None:
        super().__init__(label)
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session._apply(self.after, "")

    def undo(self) -> None:
        self.session._apply(self.before, "")
