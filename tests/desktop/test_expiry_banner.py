"""The banner a month before a rule pack the open assessment relies on ends (decision 11)."""

from __future__ import annotations

import datetime as dt

import pytest

from assessments.paths import resources_dir
from assessments.storage import srdi_file
from assessments.storage.workspace import Workspace
from desktop.main_window import MainWindow
from desktop.session import Session
from desktop.widgets.expiry_banner import ExpiryBanner


@pytest.fixture
def session(qtbot, data_dir):
    session = Session(Workspace(data_dir / "workspace.sqlite"))
    session.create(srdi_file.load(resources_dir() / "samples" / "demo.srdi"))  # assessed on 2026-05-15
    yield session
    session.workspace.close()


def banner_on(qtbot, session: Session, today: dt.date) -> ExpiryBanner:
    banner = ExpiryBanner(session, today=lambda: today)
    qtbot.addWidget(banner)  # not shown on its own: its visibility is what it decides
    return banner


def test_the_banner_shows_30_days_before_the_measures_end(qtbot, session):
    banner = banner_on(qtbot, session, dt.date(2026, 12, 1))
    assert not banner.isHidden()
    assert "厦门市支持专精特新企业高质量发展的若干措施将于2026-12-31到期（还有30天）" in banner.text()


def test_the_banner_stays_hidden_31_days_before(qtbot, session):
    banner = banner_on(qtbot, session, dt.date(2026, 11, 30))
    assert banner.isHidden()
    assert banner.text() == ""


def test_the_banner_follows_the_assessment_date(qtbot, session):
    banner = banner_on(qtbot, session, dt.date(2026, 12, 2))
    assert "（还有29天）" in banner.text()
    session.set_field("assessment.date", dt.date(2027, 1, 1))  # the measures have ended: no warning for them
    assert "2026-12-31" not in banner.text()


def test_the_main_window_holds_the_banner_beside_the_save_notice(window: MainWindow):
    window.show()
    window.session.create(srdi_file.load(resources_dir() / "samples" / "demo.srdi"))
    window.expiry_banner.today = lambda: dt.date(2026, 12, 2)
    window.expiry_banner.refresh()
    assert window.expiry_banner.isVisible()
    assert "（还有29天）" in window.expiry_banner.text()
    assert window.banner.text() == ""  # the save banner is a different one and has nothing to say
    window.expiry_banner.today = lambda: dt.date(2026, 11, 30)
    window.expiry_banner.refresh()
    assert not window.expiry_banner.isVisible()
