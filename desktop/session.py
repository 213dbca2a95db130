"""The open assessment: its document, undo stack, write-through saving and live results.

Pages never change the document themselves: they call `set_field(path, value)`, which pushes an undoable
command; every change (edit, undo, redo) is saved to the workspace at once and re-assessed, and
`changed` tells every view to refresh.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from assessments.edit import get_path, set_path
from assessments.engine import Assessment, assess
from assessments.model import Firm
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace


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

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.assessment_id: int | None = None
        self.doc = AssessmentFile(firm=Firm(), on=dt.date.today())
        self.assessment: Assessment = assess(self.doc.firm, self.doc.on, self.doc.purpose)

    # --- opening ------------------------------------------------------------------------------

    def open(self, assessment_id: int) -> None:
        self.assessment_id = assessment_id
        self.undo_stack.clear()
        self.workspace.set_state("current_assessment", str(assessment_id))
        self._apply(self.workspace.load(assessment_id), "", save=False)
        self.opened.emit(assessment_id)

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
        remaining = [a for f in self.workspace.firms() for a in self.workspace.assessments(f.id)]
        if remaining:
            self.open(max(remaining, key=lambda a: a.updated_at).id)
        else:
            self.create(AssessmentFile(firm=Firm(), on=dt.date.today()))

    # --- editing ------------------------------------------------------------------------------

    def value(self, path: str) -> Any:
        return get_path(self.doc, path)

    def set_field(self, path: str, value: Any, label: str = "") -> None:
        before = self.value(path)
        if before == value:
            return
        set_path(self.doc, path, value)  # raises before anything is pushed if the value does not fit
        self.undo_stack.push(EditCommand(self, path, before, value, label or path))

    def replace_document(self, doc: AssessmentFile, label: str) -> None:
        """A bulk change (import, plan edits) as one undo step."""
        command = _ReplaceCommand(self, self.doc, doc, label)
        self.undo_stack.push(command)

    def _apply(self, doc: AssessmentFile, path: str, save: bool = True) -> None:
        self.doc = doc
        if save and self.assessment_id is not None:
            self.workspace.save(self.assessment_id, doc)
        self.assessment = assess(doc.firm, doc.on, doc.purpose)
        self.changed.emit(path)
        self.assessed.emit(self.assessment)


class _ReplaceCommand(QUndoCommand):
    def __init__(self, session: Session, before: AssessmentFile, after: AssessmentFile, label: str) -> None:
        super().__init__(label)
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session._apply(self.after, "")

    def undo(self) -> None:
        self.session._apply(self.before, "")
