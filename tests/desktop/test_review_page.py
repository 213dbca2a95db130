"""The review page: what is to confirm (once per input, under its page), the checks and the verdicts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from assessments.engine import assess
from assessments.lists import HONOURS_OPEN, IP_OPEN
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.session import Session
from desktop.wizard.assessment_wizard import AssessmentWizard, PageId
from desktop.wizard.review_page import ReviewPage, to_confirm
from tests.assessments.builders import blank, firm, with_year

ON = dt.date(2026, 3, 15)
REVENUE = "years.2025.revenue"
LOSS = "years.2025.net_profit"


def a_firm():
    """FY2025 with staff, a loss and no revenue: revenue is to confirm, the loss is a warning."""
    return with_year(firm(), 2025, staff=40, net_profit=-12, main_revenue=500)


def open_wizard(qtbot, session: Session) -> tuple[AssessmentWizard, ReviewPage]:
    wizard = AssessmentWizard(session)
    qtbot.addWidget(wizard)
    wizard.resize(1200, 800)
    wizard.show()
    wizard.go_to(PageId.REVIEW)
    page = wizard.page(PageId.REVIEW)
    assert isinstance(page, ReviewPage)
    return wizard, page


@pytest.fixture
def session(tmp_path) -> Session:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(AssessmentFile(firm=a_firm(), on=ON))
    return session


def entry(page: ReviewPage, path: str) -> QLabel:
    found = [e for e in page.content.findChildren(QLabel, "toConfirmEntry") if e.property("path") == path]
    assert len(found) == 1, f"{path} listed {len(found)} times"
    return found[0]


def test_each_missing_input_is_listed_once_with_the_rows_waiting_on_it():
    entries = to_confirm(assess(a_firm(), ON))
    revenue = [e for e in entries if e.path == REVENUE]

    assert len(revenue) == 1
    schemes = {title.zh for title, _row in revenue[0].needed_by}
    assert {"科技型中小企业", "专精特新中小企业"} <= schemes


def test_totals_are_not_listed_as_inputs_to_confirm():
    labels = {e.label.en for e in to_confirm(assess(a_firm(), ON))}

    assert "Total score" not in labels
    assert not any(label.endswith("subtotal") for label in labels)


def test_a_missing_revenue_is_to_confirm_and_go_to_opens_the_years_page(qtbot, session):
    wizard, page = open_wizard(qtbot, session)
    assert PageId.YEARS in wizard.pageIds(), "the years page is not registered in the wizard"
    revenue = entry(page, REVENUE)
    assert "2025年营业收入" in revenue.text()

    group = revenue.parentWidget()
    qtbot.mouseClick(group.findChild(QPushButton, f"goTo{int(PageId.YEARS)}"), Qt.MouseButton.LeftButton)

    assert wizard.currentId() == PageId.YEARS


def test_an_answer_fills_in_and_leaves_the_list(qtbot, session):
    _wizard, page = open_wizard(qtbot, session)
    entry(page, "profile.niche_since")

    session.set_field("profile.niche_since", dt.date(2018, 1, 1))

    assert not [
        e
        for e in page.content.findChildren(QLabel, "toConfirmEntry")
        if e.property("path") == "profile.niche_since"
    ]


def test_an_error_is_shown_in_red_with_its_field(qtbot, session):
    session.set_field(REVENUE, Decimal(300))  # main revenue 500 > 300
    _wizard, page = open_wizard(qtbot, session)

    errors = [label.text() for label in page.content.findChildren(QLabel, "issueError")]
    assert any("2025年主营业务收入" in text for text in errors)


def test_a_confirmed_warning_is_kept_in_the_file_and_after_reopening(qtbot, session, tmp_path):
    _wizard, page = open_wizard(qtbot, session)
    box = page.content.findChild(QCheckBox, f"confirm:{LOSS}")
    assert not box.isChecked()

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)

    assert session.doc.extras["confirmed_warnings"] == [LOSS]
    reopened = Session(Workspace(tmp_path / "workspace.sqlite"))
    reopened.open(session.assessment_id)
    assert reopened.doc.extras["confirmed_warnings"] == [LOSS]
    _wizard, again = open_wizard(qtbot, reopened)
    assert again.content.findChild(QCheckBox, f"confirm:{LOSS}").isChecked()


def test_unticking_a_warning_takes_it_back(qtbot, session):
    _wizard, page = open_wizard(qtbot, session)
    qtbot.mouseClick(page.content.findChild(QCheckBox, f"confirm:{LOSS}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.content.findChild(QCheckBox, f"confirm:{LOSS}"), Qt.MouseButton.LeftButton)

    assert session.doc.extras["confirmed_warnings"] == []


def test_every_scheme_has_its_verdict_and_summary(qtbot, session):
    _wizard, page = open_wizard(qtbot, session)
    summaries = page.content.findChildren(QLabel, "verdictSummary")

    assert len(summaries) == len(session.assessment.results)
    assert summaries[0].text() == session.assessment["sme_size"].summary.zh


# --- lists never filled in (decision 14) ---------------------------------------------------------


def test_a_blank_ip_register_and_honours_are_each_listed_once_as_lists_to_fill_in():
    entries = to_confirm(assess(blank(), ON))
    ip = [e for e in entries if e.label == IP_OPEN]
    honours = [e for e in entries if e.label == HONOURS_OPEN]
    assert len(ip) == 1 and ip[0].path == "ip" and len(ip[0].needed_by) > 3
    assert len(honours) == 1 and honours[0].path == "honours.none_confirmed"
    assert not any(e.label.en.startswith("Class I") for e in entries)  # not row by row


def test_a_blank_register_goes_to_the_ip_page(qtbot, tmp_path):
    session = Session(Workspace(tmp_path / "blank.sqlite"))
    session.create(AssessmentFile(firm=blank(), on=ON))
    wizard, page = open_wizard(qtbot, session)
    register = entry(page, "ip")
    assert "知识产权清单尚未填写" in register.text()
    group = register.parentWidget()
    qtbot.mouseClick(group.findChild(QPushButton, f"goTo{int(PageId.IP)}"), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.IP
    session.set_field("ip_none_confirmed", True)
    wizard.go_to(PageId.REVIEW)
    assert not [e for e in page.content.findChildren(QLabel, "toConfirmEntry") if e.property("path") == "ip"]
