"""Last page: what is still to confirm, the checks of the figures, and each scheme's verdict.

Every row the engine leaves "to confirm" names what it misses; the same input (FY2025 revenue) blocks
many rows across schemes, so the page lists each missing input once, under the page where it is
entered, with the rows waiting on it. Warnings the user confirms are kept in the document
(`extras.confirmed_warnings`), so they stay confirmed after a restart or in a shared file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from assessments.engine import Assessment
from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS, missing, year_field
from assessments.lists import HONOURS_OPEN, IP_OPEN
from assessments.results import Row, SchemeResult, Status, Text
from assessments.rules.schema import DigitalPack
from assessments.schemes.common import COMPLIANCE_FIELDS
from assessments.validation import Issue
from desktop.i18n import lang
from desktop.models.year_grid_model import YearGridModel
from desktop.session import Session
from desktop.widgets.status_style import verdict_hint, verdict_text, verdict_tone

CONFIRMED = "extras.confirmed_warnings"
MISSING = missing()  # the prefix of every "to confirm: missing …" text
# Rows that only add up other rows: they are open because of the inputs listed for those.
AGGREGATE_ROWS = ("total", "score", "level", "target_level")
AGGREGATE_PREFIXES = ("subtotal:", "floor_")
# Where an input the engine names only in words is entered: first match of the Chinese label wins.
KEYWORD_PATHS = (
    ("数字化", "digital"),
    ("知识产权", "ip"),
    ("专利", "ip"),
    ("占有率", "honours"),
    ("质量", "honours"),
    ("品牌", "honours"),
    ("认证", "honours"),
    ("信息系统", "honours"),
    ("研发机构", "honours"),
    ("地方特色", "honours"),
    ("奖", "honours"),
    ("产业链", "profile"),
    ("主导产品", "profile"),
    ("领域", "profile"),
)
SHOWN_PER_PAGE = 10
# A list never filled in (decision 14) keeps many rows open: it is listed once, as the list itself.
OPEN_LISTS = {IP_OPEN: "ip", HONOURS_OPEN: "honours.none_confirmed"}


# --- gathering what is to confirm (plain Python) ------------------------------------------------


@dataclass
class ToConfirm:
    """One missing input and the rows waiting on it."""

    label: Text
    path: str  # the input's document path, or its section ("honours") when only named in words
    needed_by: list[tuple[Text, Text]] = field(default_factory=list)  # (scheme title, row label)


def to_confirm(assessment: Assessment) -> list[ToConfirm]:
    """Every missing input behind a "to confirm" row, once, in ladder order."""
    known = input_labels(assessment)
    found: dict[str, ToConfirm] = {}
    for result in assessment.results.values():
        for row in result.rows:
            if row.status is not Status.UNKNOWN:
                continue
            for label, path in missing_inputs(row, known):
                entry = found.setdefault(label.zh, ToConfirm(label, path))
                entry.needed_by.append((result.title, row.label))
    return list(found.values())


def input_labels(assessment: Assessment) -> list[tuple[Text, str]]:
    """The inputs the engine names in its "missing …" texts, with their paths; longest first."""
    year = assessment.on.year
    labels = [(year_field(y, n), f"years.{y}.{n}") for y in range(year - 6, year + 1) for n in YEAR_FIELDS]
    labels += [(label, f"profile.{name}") for name, label in PROFILE_FIELDS.items()]
    labels += [(label, f"profile.compliance.{name}") for name, label in COMPLIANCE_FIELDS.items()]
    pack = assessment.packs.get("digital_level")
    if isinstance(pack, DigitalPack):
        labels += [
            (Text(f"{i.id} {i.question}", f"{i.id} {i.indicator_en}"), f"digital.items.{i.id}")
            for i in pack.items
        ]
        labels += [
            (Text(f"{s.name}场景等级", f"{s.name_en} scene grade"), f"digital.scenes.{s.id}")
            for s in pack.scenes
        ]
    return sorted(labels, key=lambda pair: -len(pair[0].zh))


def missing_inputs(row: Row, known: list[tuple[Text, str]]) -> list[tuple[Text, str]]:
    """The inputs a "to confirm" row waits for: named in its calculation or note, else the row itself."""
    if row.calc in OPEN_LISTS:
        return [(row.calc, OPEN_LISTS[row.calc])]
    found: list[tuple[Text, str]] = []
    for text in (row.calc, row.note):
        if text is not None and MISSING.zh in text.zh:
            found += _named(_after_prefix(text), known)
    if found:
        return found
    if row.id in AGGREGATE_ROWS or row.id.startswith(AGGREGATE_PREFIXES) or "?" in row.calc.zh:
        return []
    return [(row.label, row.gap.field if row.gap and row.gap.field else guess_path(row.label))]


def _after_prefix(text: Text) -> Text:
    zh = text.zh.split(MISSING.zh, 1)[1]
    en = text.en.split(MISSING.en, 1)[1] if MISSING.en in text.en else zh
    return Text(zh, en)


def _named(text: Text, known: list[tuple[Text, str]]) -> list[tuple[Text, str]]:
    """Known input labels in the text, in the order named; what is left over is listed as worded."""
    zh, en = text.zh, text.en
    hits: list[tuple[int, Text, str]] = []
    for label, path in known:
        at = _find_item(zh, label.zh, "、")
        if at >= 0:
            hits.append((text.zh.find(label.zh), label, path))
            zh = zh[:at] + zh[at + len(label.zh) :]
            en_at = _find_item(en, label.en, ",")
            en = en[:en_at] + en[en_at + len(label.en) :] if en_at >= 0 else en
    named = [(label, path) for _at, label, path in sorted(hits, key=lambda hit: hit[0])]
    return named + [(rest, guess_path(rest)) for rest in _leftovers(zh, en)]


def _find_item(text: str, label: str, separator: str) -> int:
    """Where `label` stands as a whole item of the list (not inside a longer label), or -1."""
    at = text.find(label)
    while at >= 0:
        end = at + len(label)
        starts = at == 0 or text[:at].rstrip().endswith(separator)
        ends = end == len(text) or text[end] in f"{separator}（）()， "
        if starts and ends:
            return at
        at = text.find(label, at + 1)
    return -1


def _leftovers(zh: str, en: str) -> list[Text]:
    """Labels the catalogue does not know, split on the list separators when both halves agree."""
    zh, en = zh.strip("、，。 "), en.strip(",.; ")
    zh = re.split(r"[）)]，", zh)[0]  # a note goes on after the list: "…），最高可得50分"
    if not zh or zh.startswith("（"):  # only a remark such as "（已知合计0万元）" is left
        return []
    parts_zh = [p for p in zh.split("、") if p.strip()]
    parts_en = [p for p in re.split(r",\s*", en) if p.strip()]
    if len(parts_zh) == len(parts_en):
        return [Text(a.strip(), b.strip()) for a, b in zip(parts_zh, parts_en, strict=True)]
    return [Text(zh, en)]


def guess_path(label: Text) -> str:
    return next((path for word, path in KEYWORD_PATHS if word in label.zh), "")


def field_label(path: str) -> Text:
    """The human name of a document path, for the checks list."""
    parts = path.split(".")
    if parts[0] == "years" and len(parts) == 3 and parts[1].isdigit() and parts[2] in YEAR_FIELDS:
        return year_field(int(parts[1]), parts[2])
    if parts[0] == "profile" and parts[-1] in PROFILE_FIELDS:
        return PROFILE_FIELDS[parts[-1]]
    return Text(path, path)


# --- the page ---------------------------------------------------------------------------------


class ReviewPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        self.content: QWidget | None = None
        session.assessed.connect(self._on_session_assessed)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _on_session_assessed(self, _assessment: Assessment) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the lists from the current assessment, keeping the scroll position."""
        position = self.scroll.verticalScrollBar().value()
        content = QWidget()
        content.setObjectName("reviewContent")
        column = QVBoxLayout(content)
        column.setSpacing(6)
        assessment = self.session.assessment
        self._add_to_confirm(column, to_confirm(assessment))
        self._add_checks(column, assessment.issues)
        self._add_verdicts(column, list(assessment.results.values()))
        column.addStretch()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()  # a check box of the old content may still be in its click handler
        self.scroll.setWidget(content)
        self.content = content
        self.scroll.verticalScrollBar().setValue(position)

    # --- to confirm -----------------------------------------------------------------------------

    def _add_to_confirm(self, column: QVBoxLayout, entries: list[ToConfirm]) -> None:
        column.addWidget(_heading(self.tr("To confirm (%1)").replace("%1", str(len(entries)))))
        if not entries:
            column.addWidget(
                _note(self.tr("Nothing left to confirm: every input the rules need is filled in."))
            )
            return
        column.addWidget(
            _note(
                self.tr(
                    "Inputs still empty, with the results waiting on them. Empty stays “to confirm”, never 0."
                )
            )
        )
        groups: dict[int | None, list[ToConfirm]] = {}
        for entry in entries:
            groups.setdefault(self.page_of(entry.path), []).append(entry)
        for page_id in sorted(groups, key=lambda p: (p is None, p or 0)):
            column.addWidget(self._group(page_id, groups[page_id]))

    def _group(self, page_id: int | None, entries: list[ToConfirm]) -> QFrame:
        frame = QFrame()
        frame.setObjectName("reviewGroup")
        layout = QVBoxLayout(frame)
        title = QLabel(f"{self._page_title(page_id)} · {len(entries)}")
        title.setObjectName("reviewGroupTitle")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        if page_id is not None:
            header.addWidget(self._go_button(page_id))
        layout.addLayout(header)
        language = lang()
        for entry in entries[:SHOWN_PER_PAGE]:
            layout.addWidget(self._entry(entry, language))
        if len(entries) > SHOWN_PER_PAGE:
            more = self.tr("… and %1 more on this page").replace("%1", str(len(entries) - SHOWN_PER_PAGE))
            layout.addWidget(_note(more))
        return frame

    def _entry(self, entry: ToConfirm, language: str) -> QLabel:
        schemes = list(dict.fromkeys(title.get(language) for title, _row in entry.needed_by))
        needed = self.tr("needed for %1").replace(
            "%1", "、".join(schemes) if language == "zh" else ", ".join(schemes)
        )
        label = QLabel(
            f"• <b>{_escape(entry.label.get(language))}</b> <span style='color:#7a8594'>— {_escape(needed)}</span>"
        )
        label.setObjectName("toConfirmEntry")
        label.setProperty("path", entry.path)
        label.setWordWrap(True)
        label.setToolTip("\n".join(f"{t.get(language)}: {r.get(language)}" for t, r in entry.needed_by))
        return label

    # --- checks of the figures --------------------------------------------------------------------

    def _add_checks(self, column: QVBoxLayout, issues: tuple[Issue, ...]) -> None:
        column.addWidget(_heading(self.tr("Checks of the figures (%1)").replace("%1", str(len(issues)))))
        if not issues:
            column.addWidget(_note(self.tr("No inconsistency found in the figures entered.")))
            return
        confirmed = set(self.confirmed())
        frame = QFrame()
        frame.setObjectName("reviewGroup")
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        for index, issue in enumerate(issues):
            self._issue_row(grid, index, issue, issue.field in confirmed)
        column.addWidget(frame)

    def _issue_row(self, grid: QGridLayout, index: int, issue: Issue, confirmed: bool) -> None:
        language = lang()
        text = _issue_html(field_label(issue.field).get(language), issue.message.get(language))
        message = QLabel(text)
        message.setWordWrap(True)
        message.setObjectName("issueError" if issue.severity == "error" else "issueWarning")
        if issue.severity == "error":
            severity = QLabel(self.tr("Error"))
            severity.setObjectName("issueError")
            grid.addWidget(severity, index, 0, Qt.AlignmentFlag.AlignTop)
        else:
            box = QCheckBox(self.tr("Confirmed"))
            box.setObjectName(f"confirm:{issue.field}")
            box.setChecked(confirmed)
            box.setToolTip(self.tr("The figure is right: tick to keep this warning as confirmed"))
            box.toggled.connect(lambda checked, f=issue.field: self._on_confirm_toggled(f, checked))
            grid.addWidget(box, index, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(message, index, 1)
        page_id = self.page_of(issue.field)
        if page_id is not None:
            grid.addWidget(self._go_button(page_id), index, 2)

    def confirmed(self) -> list[str]:
        return list(self.session.value(CONFIRMED) or [])

    def _on_confirm_toggled(self, path: str, checked: bool) -> None:
        kept = [p for p in self.confirmed() if p != path]
        self.session.set_field(CONFIRMED, [*kept, path] if checked else kept, self.tr("Confirm a warning"))

    # --- verdicts -------------------------------------------------------------------------------

    def _add_verdicts(self, column: QVBoxLayout, results: list[SchemeResult]) -> None:
        column.addWidget(_heading(self.tr("Verdicts")))
        frame = QFrame()
        frame.setObjectName("reviewGroup")
        grid = QGridLayout(frame)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        language = lang()
        for index, result in enumerate(results):
            grid.addWidget(QLabel(result.title.get(language)), index, 0, Qt.AlignmentFlag.AlignTop)
            chip = QLabel(verdict_text(result.verdict))
            chip.setStyleSheet(verdict_tone(result.verdict).qss())
            chip.setToolTip(verdict_hint(result.verdict))
            grid.addWidget(chip, index, 1, Qt.AlignmentFlag.AlignTop)
            summary = QLabel(result.summary.get(language))
            summary.setWordWrap(True)
            summary.setObjectName("verdictSummary")
            grid.addWidget(summary, index, 2)
        column.addWidget(frame)
        column.addWidget(_note(self.tr("Finish shows the full results with every criterion and gap.")))

    # --- pages ----------------------------------------------------------------------------------

    def page_of(self, path: str) -> int | None:
        """The wizard page where a path is entered: the page holding a widget named after it or a year
        grid with that figure, else the page of its section."""
        wizard = self.wizard()
        if wizard is None or not path:
            return None
        pages = [(page_id, wizard.page(page_id)) for page_id in wizard.pageIds()]
        for page_id, page in pages:
            if page is not self and (page.findChild(QWidget, path) is not None or _grid_holds(page, path)):
                return page_id
        from desktop.wizard.assessment_wizard import PageId  # imported here: the wizard imports this page

        sections = {
            "profile": PageId.PROFILE,
            "years": PageId.YEARS,
            "ip": PageId.IP,
            "honours": PageId.HONOURS,
        }
        page_id = {**sections, "digital": PageId.DIGITAL}.get(path.split(".")[0])
        return page_id if page_id in wizard.pageIds() else None

    def _page_title(self, page_id: int | None) -> str:
        wizard = self.wizard()
        if page_id is None or wizard is None:
            return self.tr("Elsewhere")
        return wizard.page(page_id).title()

    def _go_button(self, page_id: int) -> QPushButton:
        button = QPushButton(self.tr("Go to page"))
        button.setObjectName(f"goTo{page_id}")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.wizard().go_to(page_id))
        return button

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review"))
        self.setSubTitle(
            self.tr("What is still to confirm, the checks of the figures, and each scheme's verdict so far.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.refresh()
        super().changeEvent(event)


def _grid_holds(page: QWizardPage, path: str) -> bool:
    """Whether a year grid on the page has the figure of a `years.<year>.<figure>` path."""
    parts = path.split(".")
    if parts[0] != "years" or len(parts) != 3:
        return False
    return any(f.name == parts[2] for grid in page.findChildren(YearGridModel) for f in grid.figures)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("reviewNote")
    label.setWordWrap(True)
    return label


def _issue_html(field_name: str, message: str) -> str:
    """The message with its field in bold; a message that opens with the field name is not repeated."""
    if message.lower().startswith(field_name.lower()):
        head, rest = message[: len(field_name)], message[len(field_name) :]
        return f"<b>{_escape(head)}</b>{_escape(rest)}"
    return f"<b>{_escape(field_name)}</b>: {_escape(message)}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
