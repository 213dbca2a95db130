"""The open firm's evidence (申报材料): files kept per criterion or input, opened with the system viewer,
exported numbered for an application. The files and rows are assessments/evidence.py's; this only shows
them and asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.evidence import (
    EvidenceError,
    EvidenceRecord,
    Labels,
    add_evidence,
    evidence_path,
    export_evidence,
    is_expired,
    kind_label,
    labels_of,
    list_evidence,
    remove_evidence,
    scheme_order,
)
from assessments.labels import PROFILE_FIELDS, year_field
from assessments.results import Text
from assessments.storage.atomic import write_atomic
from assessments.storage.workspace import WorkspaceError
from desktop.dialogs.evidence_form import EvidenceForm
from desktop.i18n import lang
from desktop.session import Session

EXPIRED = QColor("#b3261e")
ROLE = Qt.ItemDataRole.UserRole


class EvidenceDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.session = session
        self.firm_id = session.firm_id
        self.labels = labels_of(session.assessment)
        self.form: EvidenceForm | None = None
        self.setWindowTitle(self.tr("Evidence for the application"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("evidenceTree")
        self.tree.setHeaderLabels(
            [self.tr("File"), self.tr("Kind"), self.tr("Issued"), self.tr("Valid until")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self.open_selected)
        self.empty = QLabel(
            self.tr("No files yet. Add the certificates, audit reports and ledgers the application asks for.")
        )
        self.empty.setWordWrap(True)
        self.buttons = self._make_buttons()
        self._lay_out()
        self.refresh()
        self.resize(820, 520)

    def _make_buttons(self) -> dict[str, QPushButton]:
        buttons = {
            "add": QPushButton(self.tr("Add file…")),
            "open": QPushButton(self.tr("Open")),
            "remove": QPushButton(self.tr("Remove")),
            "zip": QPushButton(self.tr("Export as zip…")),
            "folder": QPushButton(self.tr("Export to a folder…")),
        }
        buttons["add"].clicked.connect(self.choose_file)
        buttons["open"].clicked.connect(self.open_selected)
        buttons["remove"].clicked.connect(self.remove_selected)
        buttons["zip"].clicked.connect(self._on_zip_clicked)
        buttons["folder"].clicked.connect(self._on_folder_clicked)
        for key, button in buttons.items():
            button.setObjectName(f"{key}Button")
        return buttons

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(close)

    # --- the list, per criterion ------------------------------------------------------------------

    def records(self) -> list[EvidenceRecord]:
        return list_evidence(self.session.workspace, self.firm_id) if self.firm_id is not None else []

    def refresh(self) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for record in self.records():
            target = record.criterion or record.field
            if target not in groups:
                groups[target] = QTreeWidgetItem([self.target_label(target)])
                self.tree.addTopLevelItem(groups[target])
                groups[target].setFirstColumnSpanned(True)  # a criterion's name is long
            groups[target].addChild(self._record_item(record))
        self.tree.expandAll()
        self.empty.setVisible(not groups)
        for key in ("open", "remove", "zip", "folder"):
            self.buttons[key].setEnabled(bool(groups))
        self.buttons["add"].setEnabled(self.firm_id is not None and not self.session.read_only)

    def target_label(self, target: str) -> str:
        return target_text(target, self.labels).get(lang())

    def _record_item(self, record: EvidenceRecord) -> QTreeWidgetItem:
        until = record.expires_on.isoformat() if record.expires_on else ""
        issued = record.issued_on.isoformat() if record.issued_on else ""
        kind = kind_label(record.kind).get(lang())
        if record.year_covered:
            kind = f"{kind} · {record.year_covered}"
        item = QTreeWidgetItem([record.original_name, kind, issued, until])
        item.setData(0, ROLE, record.id)
        if is_expired(record, self.session.doc.on):
            item.setText(3, self.tr("%1 (expired)").replace("%1", until))
            item.setForeground(3, QBrush(EXPIRED))
        return item

    def selected(self) -> EvidenceRecord | None:
        item = self.tree.currentItem()
        evidence_id = item.data(0, ROLE) if item is not None else None
        return next((r for r in self.records() if r.id == evidence_id), None)

    # --- actions ----------------------------------------------------------------------------------

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(evidence_viewer_copy(self.session, record))))

    def remove_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            remove_evidence(self.session.workspace, record.id)
        except WorkspaceError as error:
            QMessageBox.warning(self, self.tr("Not removed"), str(error))
        self.refresh()

    def choose_file(self) -> None:
        path = QFileDialog.getOpenFileName(self, self.tr("Add a file"), "", self.tr("All files (*)"))[0]
        if path:
            self.ask_details(Path(path))

    def ask_details(self, path: Path) -> EvidenceForm:
        """The form for what the file is; it is kept when the form is accepted."""
        self.form = EvidenceForm(path, self.session.assessment, self.session.doc, self)
        self.form.accepted.connect(self._on_form_accepted)
        self.form.open()
        return self.form

    def _on_form_accepted(self) -> None:
        form = self.form
        assert form is not None and self.firm_id is not None
        try:
            add_evidence(self.session.workspace, self.firm_id, form.path, **form.values())
        except (EvidenceError, WorkspaceError, OSError) as error:
            QMessageBox.warning(self, self.tr("The file was not added"), str(error))
        self.refresh()

    def _on_zip_clicked(self) -> None:
        name = f"{self.session.doc.firm.profile.name or 'evidence'}_{self._documents_word()}.zip"
        path = QFileDialog.getSaveFileName(
            self, self.tr("Export as zip"), name, self.tr("Zip archives (*.zip)")
        )[0]
        if path and self.export_to(Path(path)):
            _show_folder(Path(path).parent)

    def _on_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to a folder"))
        if folder:
            name = f"{self.session.doc.firm.profile.name or 'evidence'}_{self._documents_word()}"
            if self.export_to(Path(folder) / name):
                _show_folder(Path(folder) / name)

    def _documents_word(self) -> str:
        return self.tr("application documents")

    def export_to(self, target: Path) -> list[str]:
        """Write the numbered files; the names written ([] and the user is told why on a failure)."""
        order = scheme_order(self.session.assessment)
        try:
            names = export_evidence(
                self.session.workspace, self.records(), target, self.labels, lang(), order
            )
        except (EvidenceError, OSError) as error:
            QMessageBox.warning(self, self.tr("Cannot export the evidence"), str(error))
            return []
        return [str(name) for name in names]


def target_text(target: str, labels: Labels) -> Text:
    """A criterion ("hnte/ip_core"), an input ("years.2025.rd_expense") or the firm in general."""
    if not target:
        return Text("企业基本材料", "the firm in general")
    if "/" in target:
        scheme, _row = target.split("/", 1)
        return Text(
            f"{labels(scheme).zh} · {labels(target).zh}", f"{labels(scheme).en} · {labels(target).en}"
        )
    parts = target.split(".")
    if len(parts) == 3 and parts[0] == "years" and parts[1].isdigit():
        try:
            return year_field(int(parts[1]), parts[2])
        except KeyError:
            pass
    if len(parts) == 2 and parts[0] == "profile" and parts[1] in PROFILE_FIELDS:
        return PROFILE_FIELDS[parts[1]]
    return Text(target, target)


def _show_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def evidence_viewer_copy(session: Session, record: EvidenceRecord) -> Path:
    """The stored file under its own name (in a cache folder), so the system viewer knows its type:
    `evidence/<sha256>` has no extension."""
    stored = evidence_path(session.workspace, record)
    viewing = session.workspace.path.parent / "cache" / "open" / record.sha256[:16] / _plain_name(record)
    if not viewing.is_file():
        viewing.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(viewing, lambda temp: temp.write_bytes(stored.read_bytes()))
    return viewing


def _plain_name(record: EvidenceRecord) -> str:
    name = Path(record.original_name.replace("\\", "/")).name.strip(" .")
    return "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name) or "file"
