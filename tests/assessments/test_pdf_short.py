"""The manager's brief: two A4 pages for every firm, read back with pypdf."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.export.labels import PDF
from assessments.export.pdf_labels import SHORT
from assessments.export.pdf_short import write_short_pdf
from assessments.export.support import open_first, support_for
from assessments.model import ActionPlan, Firm, Profile
from assessments.numbers import fmt_unit, num
from assessments.priorities import top_gaps
from assessments.sample import SAMPLE_NOTE
from assessments.storage.srdi_file import AssessmentFile, load
from assessments.support.plan import build_plan
from tests.assessments.builders import with_year
from tests.assessments.examples_demo import DEMO_PATH

GENERATED = dt.date(2026, 5, 20)
LONG_NAME = ("厦门" + "精密制造与半导体封装装备研究开发" * 12 + "有限公司")[:200]
LONG_OWNER = "王经理（财务部、研发中心、知识产权办公室与数字化转型领导小组）" * 6


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return "".join(text.split())


def _write(doc: AssessmentFile, path: Path, lang: str = "zh") -> tuple[Assessment, list[str]]:
    assessment = assess(doc.firm, doc.on, doc.purpose)
    write_short_pdf(assessment, path, lang, generated=GENERATED, plan=doc.plan, spend=doc.spend)
    return assessment, _pages(path)


def _long_names() -> AssessmentFile:
    """The demo with every name the user types at its longest, a plan with long owners and notes."""
    doc = load(DEMO_PATH)
    update = {"name": LONG_NAME, "credit_code": "", "main_product": "模组" * 250}  # no longer the sample
    profile = doc.firm.profile.model_copy(update=update)
    firm = doc.firm.model_copy(update={"profile": profile})
    doc = replace(doc, firm=firm)
    doc = replace(doc, plan=build_plan(assess(firm, doc.on, doc.purpose), doc.spend, today=GENERATED))
    assert doc.plan is not None
    for action in doc.plan.actions[:3]:
        doc = set_path(doc, f"plan.{action.id}.owner", LONG_OWNER[:200])
        doc = set_path(doc, f"plan.{action.id}.note", "备注" * 1000)
    return doc


def _unknown() -> AssessmentFile:
    """A firm with nothing entered: every scheme cannot tell."""
    demo = load(DEMO_PATH)
    return replace(demo, firm=Firm(profile=Profile()), plan=None, spend=None)


def _errors() -> AssessmentFile:
    """A firm whose figures hold errors: the data checks come first."""
    demo = load(DEMO_PATH)
    firm = demo.firm
    for year in (2023, 2024, 2025):
        firm = with_year(firm, year, revenue=-5, rd_expense=-3, total_assets=-1)
    return replace(demo, firm=firm, plan=None)


def _late() -> AssessmentFile:
    """The demo two years on: the Xiamen targets and measures have ended, new rules are in force."""
    return replace(load(DEMO_PATH), on=dt.date(2028, 5, 15), plan=None)


@pytest.fixture(scope="module")
def demo_brief(tmp_path_factory: pytest.TempPathFactory) -> tuple[Assessment, AssessmentFile, list[str]]:
    doc = load(DEMO_PATH)
    assessment, pages = _write(doc, tmp_path_factory.mktemp("brief") / "demo.pdf")
    return assessment, doc, pages


@pytest.mark.parametrize(
    "make", [_unknown, _long_names, _errors, _late], ids=["unknown", "long_names", "errors", "late"]
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_brief_is_exactly_two_pages_for_any_firm(make, lang: str, tmp_path: Path) -> None:
    _, pages = _write(make(), tmp_path / "brief.pdf", lang)
    assert len(pages) == 2
    assert "\x00" not in "".join(pages)  # every character is in the embedded font
    total = "共 2 页" if lang == "zh" else "of 2"
    assert all(total in page for page in pages)


def test_the_demo_brief_is_two_pages(demo_brief) -> None:
    assert len(demo_brief[2]) == 2


def test_page_one_has_the_targets_and_the_ladder(demo_brief) -> None:
    assessment, _, pages = demo_brief
    first = _flat(pages[0])
    for row in assessment["xiamen_2026_targets"].rows:
        assert _flat(fmt_unit(row.value, row.unit)[0]) in first  # 9.6%, 8项, 2级
        if row.gap is not None and row.gap.amount is not None:
            assert _flat(fmt_unit(row.gap.amount, row.gap.unit)[0]) in first  # the R&D still missing
    for key in ("targets", "ladder", "beside"):
        assert _flat(PDF[key].zh) in first
    for scheme in ("创新型", "专精特新", "小巨人", "高企", "科技型"):
        assert scheme in first


def test_page_two_has_the_three_actions_of_the_plan_with_cost_and_support(demo_brief) -> None:
    assessment, doc, pages = demo_brief
    second = _flat(pages[1])
    assert doc.plan is None  # the brief builds the plan, as the full report does
    actions = open_first(build_plan(assessment, doc.spend, today=GENERATED), 3)
    assert len(actions) == 3
    for action in actions:
        assert _flat(action.text.zh)[:40] in second
    raise_rd = next(a for a in actions if a.cost is not None)
    assert f"成本{num(raise_rd.cost)}" in second  # the R&D raise costs what it adds
    assert "(4)技术创新基金融资支持" in second  # a measure that co-funds it, by number and title
    assert _flat(SHORT["support_heading"].zh) in second


def test_the_sample_firm_is_labelled_as_a_sample(demo_brief) -> None:
    pages = demo_brief[2]
    assert _flat(SAMPLE_NOTE.zh) in _flat(pages[0])
    assert all("（示例）" in page for page in pages)


def test_another_firm_is_not_labelled_as_a_sample(tmp_path: Path) -> None:
    _, pages = _write(_long_names(), tmp_path / "long.pdf")
    assert "示例" not in "".join(pages)
    assert _flat(LONG_NAME)[:60] in _flat(pages[0])


def test_a_firm_with_nothing_entered_says_how_much_is_to_confirm(tmp_path: Path) -> None:
    _, pages = _write(_unknown(), tmp_path / "unknown.pdf")
    first = _flat(pages[0])
    assert "无法判断" in first
    assert "尚有" in first and "项条件待确认" in first


def test_data_errors_lead_the_first_page(tmp_path: Path) -> None:
    assessment, pages = _write(_errors(), tmp_path / "errors.pdf")
    errors = [i for i in assessment.issues if i.severity == "error"]
    assert errors
    assert _flat(PDF["errors_found"].zh.format(n=len(errors))) in _flat(pages[0])


def test_an_empty_plan_shows_the_most_valuable_gaps(tmp_path: Path) -> None:
    doc = replace(load(DEMO_PATH), plan=ActionPlan(generated_on=GENERATED))
    assessment, pages = _write(doc, tmp_path / "empty.pdf")
    assert len(pages) == 2
    gap = top_gaps(assessment, 3)[0].gap
    assert _flat(gap.text.zh) in _flat(pages[1])


def test_english_brief_speaks_english(tmp_path: Path) -> None:
    _, pages = _write(load(DEMO_PATH), tmp_path / "en.pdf", "en")
    text = "".join(pages)
    assert SHORT["brief"].en in text and "Page 2 of 2" in pages[1]
    assert PDF["top_actions"].en in pages[1]
    assert PDF["top_actions"].zh not in text


def test_the_command_line_writes_the_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from assessments.cli import main

    out = tmp_path / "brief.pdf"
    assert main(["report", str(DEMO_PATH), "--brief", str(out), "--lang", "en"]) == 0
    pages = _pages(out)
    assert len(pages) == 2 and SHORT["brief"].en in pages[0]
    assert str(out) in capsys.readouterr().out


def test_after_the_measures_ended_the_brief_says_so_once(tmp_path: Path) -> None:
    from assessments.support.matching import expired_notice

    doc = replace(load(DEMO_PATH), on=dt.date(2027, 6, 30))  # the measures ran to 2026-12-31
    assessment, pages = _write(doc, tmp_path / "late.pdf")
    assert len(pages) == 2
    notice = expired_notice(support_for(assessment, None, doc.spend, GENERATED).matches)
    assert notice is not None
    assert _flat(pages[1]).count(_flat(notice.zh)[:30]) == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_text_of_the_brief_is_set_below_8_points(lang: str) -> None:
    from dataclasses import fields

    from assessments.export.pdf_short import TYPE_SCALE
    from assessments.export.pdf_styles import styles

    brief = styles(lang, TYPE_SCALE)
    sizes = {f.name: getattr(brief, f.name).fontSize for f in fields(brief)}
    assert min(sizes.values()) >= 8, sizes
