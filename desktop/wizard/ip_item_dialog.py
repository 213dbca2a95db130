"""A dialog to add or edit one IP item, on the RecordDialog every small list shares."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from assessments.ip import TRANSFERRED
from assessments.labels import IP_ORIGINS, IP_STATUSES, IP_TYPES
from assessments.model import IpItem, IpStatus, IpType
from desktop.i18n import lang
from desktop.widgets.record_dialog import FieldSpec, RecordDialog
from desktop.wizard import bindings as b


class IpItemDialog(RecordDialog):
    def __init__(self, item: IpItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start = item or IpItem(type=IpType.INVENTION, status=IpStatus.VALID)
        title = self.tr("Edit IP item") if item else self.tr("Add IP item")
        self.build(title, self._specs(), dict(start))
        self.inputs["origin"].currentIndexChanged.connect(self._on_origin_changed)
        self._on_origin_changed()

    def _specs(self) -> list[FieldSpec]:
        language, yes_no = lang(), b.yes_no()
        return [
            FieldSpec(
                "type", self.tr("Type"), "choice", [(t.get(language), k) for k, t in IP_TYPES.items()], True
            ),
            FieldSpec("number", self.tr("Number")),
            FieldSpec("title", self.tr("Title")),
            FieldSpec("granted_on", self.tr("Granted on"), "date"),
            FieldSpec(
                "status",
                self.tr("Status"),
                "choice",
                [(t.get(language), k) for k, t in IP_STATUSES.items()],
                True,
            ),
            FieldSpec(
                "origin",
                self.tr("How obtained"),
                "choice",
                [(t.get(language), k) for k, t in IP_ORIGINS.items()],
            ),
            FieldSpec("transferred_on", self.tr("Transferred to the firm on"), "date"),
            FieldSpec("supports_main_product", self.tr("Related to the main product"), "choice", yes_no),
            FieldSpec("applied_with_benefit", self.tr("Applied, with economic benefit"), "choice", yes_no),
            FieldSpec(
                "holder_rank", self.tr("The firm's rank among the right holders"), "integer", minimum=1
            ),
            FieldSpec(
                "high_value",
                self.tr("High value (overseas family, held over 10 years, pledged, or prize-winning)"),
                "choice",
                yes_no,
            ),
            FieldSpec(
                "used_in_hnte", self.tr("Already used in an earlier 高企 application"), "choice", yes_no, True
            ),
        ]

    def _on_origin_changed(self) -> None:
        """A transfer date only means something for an item assigned, given or merged in."""
        origin = self.inputs["origin"].currentData()
        transfer = self.inputs["transferred_on"]
        transfer.setEnabled(origin is None or origin in TRANSFERRED)
        if not transfer.isEnabled() and isinstance(transfer, QLineEdit):
            transfer.clear()
            self.check()

    def item(self) -> IpItem:
        return IpItem(**{k: v for k, v in self.values().items() if v is not None})
