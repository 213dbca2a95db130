"""The digital-maturity page: clicking the real option buttons writes the answers and moves the level."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel

from assessments.model import DigitalAnswers, Firm, Industry, Profile
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.session import Session
from desktop.widgets.item_selector import ItemSelector
from desktop.widgets.scene_selector import SceneSelector
from desktop.wizard.digital_page import DigitalPage
from tests.assessments.examples_digital import ON, d2


def open_session(tmp_path, firm: Firm, on: dt.date = ON) -> Session:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(AssessmentFile(firm=firm, on=on))
    return session


def unanswered(firm: Firm) -> Firm:
    return firm.model_copy(update={"digital": DigitalAnswers()})


@pytest.fixture
def page(qtbot, tmp_path) -> DigitalPage:
    page = DigitalPage(open_session(tmp_path, unanswered(d2())))
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def item(page: DigitalPage, item_id: str) -> ItemSelector:
    selector = page.open_answer(item_id)
    assert isinstance(selector, ItemSelector)
    return selector


def scene(page: DigitalPage, scene_id: str) -> SceneSelector:
    selector = page.open_answer(scene_id)
    assert isinstance(selector, SceneSelector)
    return selector


def tick(qtbot, page: DigitalPage, item_id: str, key: str) -> None:
    click(qtbot, item(page, item_id).findChild(QAbstractButton, f"option{key}"))


def test_answering_like_worked_example_d2_gives_level_2_and_66_05_points(qtbot, page):
    target = d2().digital
    for item_id, keys in target.items.items():
        for key in keys:
            tick(qtbot, page, item_id, key)
    for scene_id, grade in target.scenes.items():
        click(qtbot, scene(page, scene_id).group.button(grade))

    assert page.session.doc.firm.digital == target
    facts = page.session.assessment["digital_level"].facts
    assert facts["level"] == 2
    assert facts["score"] == Decimal("66.05")
    assert "66.05" in page.summary.score.text()
    assert "二级" in page.summary.level.text()
    assert 'href="scene:S1"' in page.summary.path.text()  # the path names the scenes to raise


def test_item_points_follow_the_options_ticked(qtbot, page):
    tick(qtbot, page, "Q1", "B")
    tick(qtbot, page, "Q1", "C")

    assert page.session.doc.firm.digital.items["Q1"] == ("B", "C")
    assert item(page, "Q1").points.text().startswith("4 / 8")


def test_ticking_none_clears_the_other_options_and_vice_versa(qtbot, page):
    q1 = item(page, "Q1")
    tick(qtbot, page, "Q1", "B")
    tick(qtbot, page, "Q1", "C")
    tick(qtbot, page, "Q1", "A")  # 无

    assert page.session.doc.firm.digital.items["Q1"] == ("A",)
    assert [b.isChecked() for b in q1.group.buttons()] == [True, False, False, False, False]

    tick(qtbot, page, "Q1", "D")

    assert page.session.doc.firm.digital.items["Q1"] == ("D",)
    assert not q1.findChild(QCheckBox, "optionA").isChecked()


def test_unticking_the_last_option_leaves_the_item_to_confirm(qtbot, page):
    tick(qtbot, page, "Q1", "B")
    tick(qtbot, page, "Q1", "B")

    assert "Q1" not in page.session.doc.firm.digital.items
    assert item(page, "Q1").points.text().startswith("– / 8")


def test_clearing_a_scene_removes_its_grade(qtbot, page):
    s5 = scene(page, "S5")
    click(qtbot, s5.group.button(3))
    assert page.session.doc.firm.digital.scenes["S5"] == 3

    click(qtbot, s5.clear_button)

    assert "S5" not in page.session.doc.firm.digital.scenes
    assert s5.grade() is None


def test_undo_puts_the_buttons_back(qtbot, page):
    tick(qtbot, page, "Q2", "C")
    page.session.undo_stack.undo()

    assert not item(page, "Q2").findChild(QAbstractButton, "optionC").isChecked()


def test_the_official_level_counts_and_the_questionnaire_stays_a_self_estimate(qtbot, tmp_path):
    page = DigitalPage(open_session(tmp_path, d2()))
    qtbot.addWidget(page)
    page.show()
    assert not page.official_combo.isEnabled()

    click(qtbot, page.official_radio)
    assert page.official_combo.isEnabled()
    qtbot.keyClick(page.official_combo, Qt.Key.Key_Down)  # "to confirm" → 未达一级
    qtbot.keyClick(page.official_combo, Qt.Key.Key_Down)  # → 一级

    facts = page.session.assessment["digital_level"].facts
    assert page.session.doc.firm.honours.official_digital_level == 1
    assert (facts["level"], facts["self_level"], facts["official_level"]) == (1, 2, 1)
    assert "官方平台" in page.summary.level.text()
    assert page.self_estimate.isVisible()
    assert page.findChild(ItemSelector).isEnabled()  # the questionnaire stays open beside it

    click(qtbot, page.questionnaire_radio)

    assert page.session.doc.firm.honours.official_digital_level is None
    assert page.session.assessment["digital_level"].facts["level"] == 2
    assert not page.self_estimate.isVisible()


def test_a_scene_shows_each_level_descriptor_in_full(qtbot, page):
    s1 = scene(page, "S1")
    texts = [label.text() for label in s1.findChildren(QLabel, "choiceText")]

    for descriptor in page.pack.scene("S1").levels:
        assert descriptor in texts
    assert "★" in s1.title.text()  # S1 产品设计 is a constraint scene


def test_a_link_in_the_path_opens_the_scene_it_names(qtbot, tmp_path):
    page = DigitalPage(open_session(tmp_path, d2()))
    qtbot.addWidget(page)
    page.show()

    page.summary.path.linkActivated.emit("scene:S11")

    assert page.stack.currentWidget().widget().isAncestorOf(page.scenes["S11"])


def test_a_date_without_a_questionnaire_in_force_says_so(qtbot, tmp_path):
    page = DigitalPage(open_session(tmp_path, d2(), on=dt.date(2023, 6, 30)))
    qtbot.addWidget(page)
    page.show()

    assert page.unavailable.isVisible()
    assert "2024-09-04" in page.unavailable.text()
    assert not page.summary.isVisible()


def test_other_industries_see_that_this_is_the_manufacturing_questionnaire(qtbot, tmp_path):
    firm = d2().model_copy(update={"profile": Profile(name="软件公司", industry=Industry.SOFTWARE_IT)})
    page = DigitalPage(open_session(tmp_path, firm))
    qtbot.addWidget(page)

    assert "制造业问卷" in page.summary.notes.text()
    assert page.summary.notes.property("warning") is True


def test_the_page_builds_well_under_a_second(qtbot, tmp_path):
    session = open_session(tmp_path, d2())
    qtbot.addWidget(DigitalPage(session))  # the first page pays Qt's one-time style and font set-up
    started = time.perf_counter()
    page = DigitalPage(session)
    elapsed = time.perf_counter() - started  # about 0.1 s: a section fills in only when opened
    qtbot.addWidget(page)

    assert elapsed < 0.5
