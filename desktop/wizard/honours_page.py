"""Page 5: titles held, awards, R&D institutions, standards, quality, market and other honours."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assessments.model import Award, RdInstitution, Standard, Title
from assessments.rules.catalogue import versions_of
from assessments.rules.schema import CriteriaPack
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.enum_names import (
    as_choices,
    award_level_names,
    standard_level_names,
    standard_role_names,
)
from desktop.widgets.record_dialog import FieldSpec, parse_integer
from desktop.widgets.record_list import RecordList
from desktop.wizard import bindings as b
from desktop.wizard.form import Form
from desktop.wizard.translated_page import TranslatedPage

TITLES = ("hnte", "innovative_sme", "tech_sme", "srdi_sme", "little_giant", "demo_enterprise", "ip_advantage")
EARLIEST_YEAR, LATEST_YEAR = 1950, 2100  # plausible years: catches a slip such as 225 for 2025
DEV_SCORE_YEARS = 3  # this year and the two before: a re-review may use either of the last two


def local_points_cap() -> Decimal:
    """附件2 指标9's full marks, from the latest 专精特新 pack that scores local indicators."""
    for pack in reversed(versions_of("srdi_sme")):
        if isinstance(pack, CriteriaPack) and "local_features" in pack.criteria:
            cap = pack.criterion("local_features").max_points
            if cap is not None:
                return cap
    raise LookupError("no 专精特新 pack scores local indicators")


def parse_points(text: str, cap: Decimal) -> b.Parsed:
    ok, value, error = b.parse_decimal(text)
    if ok and value is not None and value > cap:
        message = QCoreApplication.translate("HonoursPage", "Local indicator points run from 0 to %1")
        return False, None, message.replace("%1", format(cap.normalize(), "f"))
    return ok, value, error


def parse_share(text: str) -> b.Parsed:
    ok, value, error = b.parse_decimal(text)
    if ok and value is not None and value > 100:
        return False, None, QCoreApplication.translate("HonoursPage", "A share cannot exceed 100%")
    return ok, value, error


def parse_year(text: str) -> b.Parsed:
    return parse_integer(text, EARLIEST_YEAR, LATEST_YEAR)


# --- titles: a pair of dates writes one Title or None ---------------------------------------------


class TitleDates(b.Binding):
    """Grant and expiry dates of one title; a title needs its grant date, the expiry is optional."""

    def __init__(
        self, session: Session, path: str, granted: QLineEdit, expires: QLineEdit, error: QLabel, name: str
    ) -> None:
        super().__init__(session, path, granted, error, name)
        self.expires = expires
        for edit in (granted, expires):
            edit.textEdited.connect(self._on_edited)
            edit.editingFinished.connect(self._on_finished)
        self.refresh()

    def _on_session_changed(self, path: str) -> None:
        typing = self.widget.hasFocus() or self.expires.hasFocus()
        if path in ("", self.path) and not (self.error and typing):
            self.refresh()

    def refresh(self) -> None:
        title: Title | None = self.session.value(self.path)
        for edit, date in (
            (self.widget, title and title.granted_on),
            (self.expires, title and title.expires_on),
        ):
            text = date.isoformat() if date else ""
            if edit.text() != text:
                edit.setText(text)
        self._show("")

    def _on_edited(self) -> None:
        _ok, granted, error_g = b.parse_date(self.widget.text())
        _ok, expires, error_e = b.parse_date(self.expires.text())
        error = error_g or error_e or self._pair_error(granted, expires)
        if error:
            self._show(error)
            return
        value = None if granted is None else Title(granted_on=granted, expires_on=expires)
        if value != self.session.value(self.path):
            self._write(value)
        else:
            self._show("")

    @staticmethod
    def _pair_error(granted: Any, expires: Any) -> str:
        if granted is None and expires is not None:
            return QCoreApplication.translate(
                "HonoursPage", "Enter the grant date: a title needs one (the expiry date is optional)"
            )
        if granted is not None and expires is not None and expires < granted:
            return QCoreApplication.translate("HonoursPage", "The expiry date is before the grant date")
        return ""

    def _on_finished(self) -> None:
        if not self.error:
            self.refresh()


class DevScore(b.Binding):
    """One year's 专精特新发展评价得分, `back` years before the assessment year, in the by-year dict."""

    def __init__(self, session: Session, back: int, edit: QLineEdit, error: QLabel, name: str) -> None:
        super().__init__(session, "honours.srdi_dev_scores", edit, error, name)
        self.back = back
        edit.textEdited.connect(self._on_edited)
        self.refresh()

    def year(self) -> int:
        return self.session.doc.on.year - self.back

    def refresh(self) -> None:
        value = self.session.value(self.path).get(self.year())
        text = b.format_decimal(value)
        if self.widget.text() != text:
            self.widget.setText(text)
        self._show("")

    def _on_session_changed(self, path: str) -> None:
        if path in ("", self.path, "assessment.date") and not (self.error and self.widget.hasFocus()):
            self.refresh()

    def _on_edited(self, text: str) -> None:
        ok, value, error = b.parse_decimal(text)
        if not ok:
            self._show(error)
            return
        scores = dict(self.session.value(self.path))
        if value is None:
            scores.pop(self.year(), None)
        else:
            scores[self.year()] = value
        self._write(scores)


# --- the page --------------------------------------------------------------------------------------


class HonoursPage(TranslatedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("honoursTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._scrolled(self._titles_tab()), "")
        self.tabs.addTab(self._lists_tab(), "")
        self.tabs.addTab(self._other_tab(), "")
        self.place(self._with_none_row(self.tabs))
        session.changed.connect(self._on_session_changed)
        self.retranslate()

    # --- "we have none" (decision 14: an empty list is to confirm, not zero) ------------------------

    def _with_none_row(self, tabs: QTabWidget) -> QVBoxLayout:
        self.none_note = parts.wrapped("", "honoursNoneNote")
        self.none_button = QPushButton()
        self.none_button.setObjectName("honoursNoneButton")
        self.none_button.clicked.connect(self.confirm_none)
        row = QHBoxLayout()
        row.addWidget(self.none_note, 1)
        row.addWidget(self.none_button)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(tabs, 1)
        return layout

    def confirm_none(self) -> None:
        """One click: no titles, awards, institutions or standards, so those criteria fail (Ctrl+Z undoes)."""
        self.session.set_field("honours.none_confirmed", True, self.tr("Confirm: no honours or titles"))

    def _on_session_changed(self, path: str) -> None:
        super()._on_session_changed(path)
        self._show_none_state()

    def _show_none_state(self) -> None:
        honours = self.session.doc.firm.honours
        self.none_button.setVisible(not honours.listed)
        self.none_button.setEnabled(not honours.none_confirmed)
        self.none_note.setVisible(not honours.listed)
        if honours.none_confirmed:
            self.none_note.setText(
                self.tr("Confirmed: the firm holds no titles, awards, R&D institutions or standards.")
            )
        else:
            self.none_note.setText(
                self.tr(
                    "No title, award, R&D institution or standard entered yet, so those criteria are to "
                    "confirm: enter them, or confirm that the firm has none."
                )
            )

    # --- titles and development scores -----------------------------------------------------------

    def _titles_tab(self) -> QWidget:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(3, 1)
        self.title_header = [QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self.title_header):
            label.setObjectName("sectionTitle")
            grid.addWidget(label, 0, column)
        self.titles = {name: self._title_row(grid, 1 + 2 * i, name) for i, name in enumerate(TITLES)}
        row = 1 + 2 * len(TITLES)
        self.dev_title = parts.wrapped("", "sectionTitle")
        grid.addWidget(self.dev_title, row, 0, 1, 4)
        self.dev_scores = [
            self._dev_row(grid, row + 1 + 2 * i, back) for i, back in enumerate(range(DEV_SCORE_YEARS))
        ]
        grid.setRowStretch(row + 1 + 2 * DEV_SCORE_YEARS, 1)
        return widget

    def _title_row(self, grid: QGridLayout, row: int, name: str) -> TitleDates:
        label = QLabel(self._title_names()[name])
        label.setObjectName(f"title.{name}")
        label.setWordWrap(True)
        granted, expires, error = QLineEdit(), QLineEdit(), b.error_label()
        for edit, part in ((granted, "granted_on"), (expires, "expires_on")):
            edit.setObjectName(f"honours.{name}.{part}")
            edit.setPlaceholderText(QCoreApplication.translate("Form", "e.g. 2014-6-18"))
            edit.setMaximumWidth(160)
        grid.addWidget(label, row, 0)
        grid.addWidget(granted, row, 1)
        grid.addWidget(expires, row, 2)
        grid.addWidget(error, row + 1, 0, 1, 4)
        return TitleDates(self.session, f"honours.{name}", granted, expires, error, label.text())

    def _dev_row(self, grid: QGridLayout, row: int, back: int) -> tuple[QLabel, DevScore]:
        label, edit, error = QLabel(), QLineEdit(), b.error_label()
        edit.setObjectName(f"honours.srdi_dev_scores.{back}")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(160)
        edit.setPlaceholderText(self.tr("to confirm"))
        grid.addWidget(label, row, 0)
        grid.addWidget(edit, row, 1)
        grid.addWidget(error, row + 1, 0, 1, 4)
        return label, DevScore(self.session, back, edit, error, self.tr("SRDI development score"))

    def _title_names(self) -> dict[str, str]:
        return {
            "hnte": self.tr("High-tech enterprise certificate"),
            "innovative_sme": self.tr("Innovative SME"),
            "tech_sme": self.tr("Tech-based SME (registered)"),
            "srdi_sme": self.tr("SRDI SME"),
            "little_giant": self.tr("SRDI “little giant”"),
            "demo_enterprise": self.tr("National technology innovation demonstration enterprise"),
            "ip_advantage": self.tr("IP advantage or demonstration enterprise"),
        }

    # --- awards, R&D institutions, standards -----------------------------------------------------

    def _lists_tab(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.list_titles = [QLabel(), QLabel(), QLabel()]
        lists = (
            RecordList(
                self.session,
                "honours.awards",
                Award,
                self._award_specs,
                self._award_cells,
                lambda: [
                    self.tr("Award"),
                    self.tr("Level"),
                    self.tr("S&T award"),
                    self.tr("Rank"),
                    self.tr("Year"),
                ],
            ),
            RecordList(
                self.session,
                "honours.rd_institutions",
                RdInstitution,
                self._institution_specs,
                lambda r: [
                    r.name,
                    award_level_names()[r.level],
                    r.recognised_on.isoformat() if r.recognised_on else "",
                ],
                lambda: [self.tr("R&D institution"), self.tr("Level"), self.tr("Recognised on")],
            ),
            RecordList(
                self.session,
                "honours.standards",
                Standard,
                self._standard_specs,
                lambda r: [
                    r.name,
                    standard_level_names()[r.level],
                    standard_role_names()[r.role],
                    str(r.year),
                ],
                lambda: [self.tr("Standard"), self.tr("Level"), self.tr("Role"), self.tr("Year")],
            ),
        )
        self.lists = dict(zip(("awards", "rd_institutions", "standards"), lists, strict=True))
        for title, record_list in zip(self.list_titles, lists, strict=True):
            title.setObjectName("sectionTitle")
            layout.addWidget(title)
            layout.addWidget(record_list, 1)
        return widget

    def _award_cells(self, award: Award) -> list[str]:
        yes_no = self.tr("Yes") if award.science_tech else self.tr("No")
        rank = str(award.rank) if award.rank is not None else self.tr("to confirm")
        return [award.name, award_level_names()[award.level], yes_no, rank, str(award.year)]

    def _award_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Award")),
            FieldSpec("level", self.tr("Level"), "choice", as_choices(award_level_names()), required=True),
            FieldSpec("science_tech", self.tr("A science and technology award"), "choice", b.yes_no(), True),
            FieldSpec("rank", self.tr("The firm's rank among the winners"), "integer", minimum=1),
            FieldSpec(
                "year", self.tr("Year"), "integer", required=True, minimum=EARLIEST_YEAR, maximum=LATEST_YEAR
            ),
        ]

    def _institution_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("R&D institution")),
            FieldSpec("level", self.tr("Level"), "choice", as_choices(award_level_names()), required=True),
            FieldSpec("recognised_on", self.tr("Recognised on"), "date"),
        ]

    def _standard_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Standard")),
            FieldSpec("level", self.tr("Level"), "choice", as_choices(standard_level_names()), required=True),
            FieldSpec(
                "role", self.tr("The firm's role"), "choice", as_choices(standard_role_names()), required=True
            ),
            FieldSpec(
                "year", self.tr("Year"), "integer", required=True, minimum=EARLIEST_YEAR, maximum=LATEST_YEAR
            ),
        ]

    # --- quality, market and other ---------------------------------------------------------------

    def _other_tab(self) -> Form:
        form = Form(self.session)
        form.section(self.tr("Quality and brand"))
        form.yes_no("honours.quality_award", self.tr("Quality award at provincial level or above"))
        form.yes_no("honours.management_certified", self.tr("Management system certified (e.g. ISO 9001)"))
        form.yes_no(
            "honours.intl_product_cert", self.tr("Products certified in developed countries or regions")
        )
        form.yes_no("honours.own_brand", self.tr("Own brand"))
        form.yes_no(
            "honours.info_system_core", self.tr("At least one core business run on an information system")
        )
        form.section(self.tr("Niche market"))
        form.text("honours.market_share_pct", self.tr("National niche market share (%)"), parse_share)
        form.text(
            "honours.market_rank", self.tr("Rank in the domestic niche market"), lambda t: parse_integer(t, 1)
        )
        form.yes_no("honours.market_leading", self.tr("Share among the leaders of the niche market"))
        form.section(self.tr("“Maker China” (创客中国) competition"))
        form.text(
            "honours.chuangke_top500_year",
            self.tr("Year in the national top 500 (enterprise group)"),
            parse_year,
        )
        form.text(
            "honours.chuangke_top50_year",
            self.tr("Year in the national top 50 (enterprise group)"),
            parse_year,
        )
        form.section(self.tr("Digital level and local indicators"))
        form.choice(
            "honours.official_digital_level",
            self.tr("Official digital level (platform assessment)"),
            [(self.tr("Below level 1"), 0)]
            + [(self.tr("Level %1").replace("%1", str(n)), n) for n in range(1, 5)],
        )
        cap = local_points_cap()
        form.text(
            "honours.local_feature_points",
            self.tr("Local indicator points (Xiamen), 0 to %1").replace("%1", format(cap.normalize(), "f")),
            lambda text: parse_points(text, cap),
            placeholder=self.tr("to confirm"),
        )
        self.form = form
        return form

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(widget)
        return scroll

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Honours, certificates and titles"))
        self.setSubTitle(
            self.tr(
                "Titles the firm holds, with the dates on the certificate; awards, R&D institutions and "
                "standards; quality and market facts. Leave anything unknown empty: it stays “to confirm”."
            )
        )
        for index, text in enumerate(
            (
                self.tr("Titles and scores"),
                self.tr("Awards, R&D institutions, standards"),
                self.tr("Quality, market, other"),
            )
        ):
            self.tabs.setTabText(index, text.replace("&", "&&"))  # "R&D" is no shortcut
        for name, text in self._title_names().items():
            self.findChild(QLabel, f"title.{name}").setText(text)
        for label, text in zip(
            self.title_header,
            (self.tr("Title or certificate"), self.tr("Granted on"), self.tr("Expires on (optional)")),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self.list_titles,
            (self.tr("Awards"), self.tr("R&D institutions"), self.tr("Standards drafted")),
            strict=True,
        ):
            label.setText(text)
        self._retranslate_dev_scores()
        self.none_button.setText(self.tr("We have no honours or titles"))
        self.none_button.setToolTip(
            self.tr(
                "Confirm that the firm holds no titles, awards, R&D institutions or standards (Ctrl+Z undoes)"
            )
        )
        self._show_none_state()

    def _retranslate_dev_scores(self) -> None:
        self.dev_title.setText(self.tr("SRDI development evaluation score (from the MIIT platform), by year"))
        for label, binding in self.dev_scores:
            label.setText(self.tr("%1 score").replace("%1", str(binding.year())))

    def on_date_moved(self) -> None:
        self._retranslate_dev_scores()
