"""The PDF report: real engine results over the samples, read back with pypdf (and pdffonts)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.export.labels import PDF, PLAN
from assessments.export.pdf import write_pdf
from assessments.model import ActionPlan, IpItem, IpOrigin, IpType, PlannedSpend
from assessments.numbers import fmt_unit
from assessments.paths import resources_dir
from assessments.priorities import top_gaps
from assessments.storage.srdi_file import load
from assessments.support.matching import MatchStatus, match
from assessments.support.plan import build_plan
from tests.assessments.builders import firm, with_year
from tests.assessments.examples_demo import DEMO_PATH

GENERATED = dt.date(2026, 5, 20)
TODAY = dt.date(2026, 3, 20)
OWNER = "王经理（财务部）"
SPEND = PlannedSpend(consulting=Decimal(40), equipment_last_year=Decimal(300), digital_retrofit=Decimal(60))
LONG_TITLE = "一种用于半导体封装设备的高精度直线运动模组及其预紧、散热、润滑与光栅反馈误差补偿的综合控制方法"


def _assess(path: Path) -> Assessment:
    doc = load(path)
    return assess(doc.firm, doc.on, doc.purpose)


@dataclass(frozen=True)
class Pdf:
    path: Path
    reader: PdfReader
    pages: list[str]


def _read(path: Path) -> Pdf:
    reader = PdfReader(path)
    return Pdf(path, reader, [page.extract_text() for page in reader.pages])


def _flat(pages: list[str]) -> str:
    """All text without whitespace: a table cell's wrapped lines read as one string again."""
    return "".join("".join(pages).split())


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []
    for entry in reader.outline:
        titles += [e.title for e in entry] if isinstance(entry, list) else [entry.title]
    return titles


@pytest.fixture(scope="module")
def demo() -> Assessment:
    return _assess(DEMO_PATH)


@pytest.fixture(scope="module")
def demo_zh(demo: Assessment, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    path = tmp_path_factory.mktemp("pdf") / "demo_zh.pdf"
    write_pdf(demo, path, "zh", generated=GENERATED)
    return _read(path)


@pytest.fixture(scope="module")
def demo_en(demo: Assessment, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    path = tmp_path_factory.mktemp("pdf") / "demo_en.pdf"
    write_pdf(demo, path, "en", generated=GENERATED)
    return _read(path)


# --- the demo report, in Chinese ---------------------------------------------------------------


def test_chinese_report_names_the_firm_the_ladder_and_its_sources(demo: Assessment, demo_zh: Pdf) -> None:
    pages = demo_zh.pages
    text = _flat(pages)
    profile = demo.firm.profile
    assert profile.name in pages[0] and profile.credit_code in pages[0]
    for words in (
        "专精特新",
        "概要",
        "差距与行动",
        "方法说明",
        "免责声明",
        "工信部企业〔2022〕63号",
        "工信部企业〔2026〕2号",
    ):
        assert words in text


def test_target_figures_are_the_ones_the_engine_computed(demo: Assessment, demo_zh: Pdf) -> None:
    pages = demo_zh.pages
    summary = "".join(pages[1].split())
    for row in demo["xiamen_2026_targets"].rows:
        assert fmt_unit(row.value, row.unit)[0] in summary
        if row.gap is not None and row.gap.amount is not None:
            assert fmt_unit(row.gap.amount, row.gap.unit)[0] in summary  # 50.01万元, 1项
    assert demo["xiamen_2026_targets"].row("rd_share").value == Decimal("9.6")
    assert "9.6%" in summary


def test_every_scheme_table_lists_its_criteria_with_status_and_citation(
    demo: Assessment, demo_zh: Pdf
) -> None:
    pages = demo_zh.pages
    text = _flat(pages)
    for result in demo.results.values():
        for row in result.rows:
            assert "".join(row.label.zh.split()) in text
            assert "".join(row.source.cite.split()) in text
    assert "待核验" in text and "≈临界" in text


def test_unverified_rules_used_are_listed_on_the_method_page(demo: Assessment, demo_zh: Pdf) -> None:
    pages = demo_zh.pages
    method_from = next(i for i, page in enumerate(pages) if PDF["unverified"].zh in page)
    method = _flat(pages[method_from:])
    unverified = {r.source.doc for res in demo.results.values() for r in res.rows if not r.verified}
    assert unverified, "the demo uses rules below S2"
    for doc in unverified:
        assert "".join(doc.split()) in method
    assert "2025年度" in _flat(pages)  # 上年度 of an assessment in 2026


def test_page_count_is_sane_and_every_page_after_the_cover_has_header_and_number(
    demo: Assessment, demo_zh: Pdf
) -> None:
    pages = demo_zh.pages
    total = len(pages)
    assert 8 <= total <= 40
    header = f"{demo.firm.profile.name}（示例） · {demo.on.isoformat()}"  # the built-in sample says so
    assert header not in pages[0] and "第 1 页" not in pages[0]
    for n, page in enumerate(pages[1:], 2):
        assert header in page
        assert f"第 {n} 页 / 共 {total} 页" in page


def test_outline_has_cover_summary_each_scheme_gaps_and_method_on_their_pages(
    demo: Assessment, demo_zh: Pdf
) -> None:
    reader, pages = demo_zh.reader, demo_zh.pages
    titles = _outline_titles(reader)
    for key in ("report", "summary", "charts", "schemes", "gaps", "ip", "method", "disclaimer"):
        assert PDF[key].zh in titles
    for result in demo.results.values():
        assert result.title.zh in titles
    gaps = next(e for e in reader.outline if not isinstance(e, list) and e.title == PDF["gaps"].zh)
    assert PDF["gaps"].zh in pages[reader.get_destination_page_number(gaps)]


def test_every_character_is_in_the_embedded_font(demo_zh: Pdf, demo_en: Pdf) -> None:
    # reportlab writes a character the font lacks as glyph 0, which reads back as NUL.
    for pdf in (demo_zh, demo_en):
        assert "\x00" not in "".join(pdf.pages)


def test_the_font_is_embedded_as_a_subset_and_no_other_font_is_used(demo_zh: Pdf) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed, so the embedded fonts cannot be listed")
    listing = subprocess.run(
        ["pdffonts", str(demo_zh.path)], capture_output=True, text=True, check=True
    ).stdout
    fonts = listing.splitlines()[2:]
    assert fonts, listing
    for line in fonts:
        assert "WenQuanYiMicroHei" in line, listing
        assert line.split()[-5:-3] == ["yes", "yes"], listing  # emb, sub


# --- English -----------------------------------------------------------------------------------


def test_english_report_uses_english_frame_and_keeps_document_numbers(demo: Assessment, demo_en: Pdf) -> None:
    reader, pages = demo_en.reader, demo_en.pages
    text = "".join(pages)
    for key in ("summary", "gaps", "method", "disclaimer"):
        assert PDF[key].en in text
        assert PDF[key].zh not in text
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert "Class I IP owned" in pages[1]
    assert "工信部企业〔2022〕63号" in "".join(text.split())
    assert demo["xiamen_2026_targets"].title.en in _outline_titles(reader)


# --- a worked example and the edges --------------------------------------------------------------


def test_worked_example_firm_f_reports_its_little_giant_result(tmp_path: Path) -> None:
    assessment = _assess(resources_dir() / "samples" / "firm_f.srdi")
    path = tmp_path / "firm_f.pdf"
    write_pdf(assessment, path)
    pages = _read(path).pages
    text = _flat(pages)
    little_giant = assessment["little_giant"]
    assert assessment.firm.profile.name in pages[0]
    assert "".join(little_giant.title.zh.split()) in text
    assert "".join(little_giant.summary.zh.split()) in text


def test_sixty_ip_items_and_long_labels_split_across_pages(demo: Assessment, tmp_path: Path) -> None:
    items = tuple(
        IpItem(
            type=IpType.INVENTION,
            number=f"ZL2020{i:08d}.X",
            title=f"第{i + 1}项：{LONG_TITLE}",
            granted_on=dt.date(2020, 1, 1),
            origin=IpOrigin.OWN_RD if i % 4 else IpOrigin.ASSIGNMENT,
            transferred_on=dt.date(2025, 12, 1),
            supports_main_product=True,
            applied_with_benefit=bool(i % 2),
            holder_rank=1 + i % 5,
        )
        for i in range(60)
    )
    profile = demo.firm.profile.model_copy(
        update={"name": "厦门" + "精密制造与半导体封装装备研究开发" * 3 + "有限公司"}
    )
    assessment = assess(demo.firm.model_copy(update={"ip": items, "profile": profile}), demo.on, demo.purpose)
    path = tmp_path / "many_ip.pdf"
    write_pdf(assessment, path)  # a cell or row too big for a page would raise LayoutError
    pages = _read(path).pages
    assert f"第60项：{LONG_TITLE}" in _flat(pages)
    ip_pages = [p for p in pages if PDF["ip_item"].zh in p]
    assert len(ip_pages) >= 3  # the IP table goes on over pages, its header row repeated


def test_data_errors_come_first_and_a_scheme_out_of_force_says_so(tmp_path: Path) -> None:
    small = with_year(firm(), 2027, revenue=-5, rd_expense=3)
    assessment = assess(small, dt.date(2028, 5, 15))  # the Xiamen targets end on 2027-12-31
    assert assessment.errors
    path = tmp_path / "edge.pdf"
    write_pdf(assessment, path)
    pages = _read(path).pages
    summary = "".join(pages[1].split())
    assert "".join(PDF["errors_found"].zh.format(n=len(assessment.errors)).split()) in summary
    assert assessment.errors[0].message.zh in summary
    assert "".join(PDF["no_rule"].zh.split()) in _flat(pages)


# --- the action plan and the support measures -----------------------------------------------------


def planned(sample: str, spend: PlannedSpend | None = None) -> tuple[Assessment, ActionPlan]:
    """The sample with a plan saved in its document, the first action's owner set as in the app."""
    doc = load(resources_dir() / "samples" / f"{sample}.srdi")
    assessment = assess(doc.firm, doc.on, doc.purpose)
    doc = replace(doc, plan=build_plan(assessment, spend, today=TODAY))
    assert doc.plan is not None
    doc = set_path(doc, f"plan.{doc.plan.actions[0].id}.owner", OWNER)
    assert doc.plan is not None
    return assessment, doc.plan


def test_outline_has_the_plan_and_the_measures_on_their_pages(demo_zh: Pdf) -> None:
    reader, pages = demo_zh.reader, demo_zh.pages
    for key in ("plan", "measures"):
        entry = next(e for e in reader.outline if not isinstance(e, list) and e.title == PDF[key].zh)
        assert PDF[key].zh in pages[reader.get_destination_page_number(entry)]


@pytest.mark.parametrize("sample", ["demo", "firm_b"])
def test_the_saved_plan_is_in_the_report_with_its_owner_and_leads_the_summary(
    sample: str, tmp_path: Path
) -> None:
    assessment, plan = planned(sample)
    path = tmp_path / f"{sample}.pdf"
    write_pdf(assessment, path, generated=GENERATED, plan=plan)
    pages = _read(path).pages
    first = "".join(plan.actions[0].text.zh.split())
    summary = _flat(pages[1:2])
    assert first in summary and OWNER in summary  # the first of the three most valuable actions
    plan_from = next(i for i, page in enumerate(pages) if PDF["plan"].zh in page and i > 1)
    section = _flat(pages[plan_from:])
    assert first in section and OWNER in section
    assert "".join(PLAN["saved"].zh.format(date=TODAY.isoformat()).split()) in section
    assert "".join(PLAN["generated"].zh.split()) not in section


def test_without_a_plan_the_report_builds_one_and_says_so(demo: Assessment, demo_zh: Pdf) -> None:
    text = _flat(demo_zh.pages)
    assert "".join(PLAN["generated"].zh.split()) in text
    assert "".join(build_plan(demo).actions[0].text.zh.split()) in _flat(demo_zh.pages[1:2])


def test_an_empty_plan_falls_back_to_the_most_valuable_gaps(demo: Assessment, tmp_path: Path) -> None:
    path = tmp_path / "empty_plan.pdf"
    write_pdf(demo, path, generated=GENERATED, plan=ActionPlan(generated_on=TODAY))
    pages = _read(path).pages
    assert "".join(top_gaps(demo, 3)[0].gap.text.zh.split()) in _flat(pages[1:2])
    assert "".join(PLAN["none"].zh.split()) in _flat(pages)


def test_measures_section_gives_amounts_formulas_citations_and_totals(tmp_path: Path) -> None:
    assessment, plan = planned("firm_f", SPEND)
    path = tmp_path / "firm_f.pdf"
    write_pdf(assessment, path, generated=GENERATED, plan=plan, spend=SPEND)
    pages = _read(path).pages
    start = next(i for i, page in enumerate(pages) if PDF["measures"].zh in page and i > 1)
    section = _flat(pages[start:])
    found = match(assessment, SPEND)
    claimable = [m for m in found if m.status is MatchStatus.CLAIMABLE]
    for m in claimable + [m for m in found if m.status is MatchStatus.NEAR_MISS]:
        assert "".join(m.title.zh.split()) in section, m.number
        assert "".join(m.formula.zh.split()) in section, m.number
        assert "".join(m.cite.split()) in section, m.number
    assert "已知金额合计50万元" in section  # (5) 10% × 300 and (18) 50% × 40
    assert "最高20" in section  # the consulting subsidy is a maximum
    for m in (m for m in found if m.status is MatchStatus.CHECK):
        assert "".join(m.title.zh.split()) in section, m.number


def test_english_plan_and_measures_speak_english(demo_en: Pdf) -> None:
    titles = _outline_titles(demo_en.reader)
    assert PDF["plan"].en in titles and PDF["measures"].en in titles
    text = "".join(demo_en.pages)
    assert PDF["plan"].zh not in text and PDF["measures"].zh not in text


def test_sources_read_in_plain_words_and_the_warning_is_per_scheme(demo: Assessment, demo_zh: Pdf) -> None:
    text = _flat(demo_zh.pages)
    assert "官方原文" in text and "多方资料一致" in text
    assert "SS二手网站" not in text and "[SS]" not in text
    schemes_with_warning = sum(1 for r in demo.results.values() if r.unverified)
    assert text.count("单一资料，待核验：") == schemes_with_warning


# --- what a report reuses within a process --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["达标", "R&D 2.81% < 3%", "  leading\nand   trailing  ", "   ", "", "<b>not markup</b>", "✗ 未达标"],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_plain_paragraph_has_the_fragments_reportlab_would_parse(text: str, lang: str):
    from reportlab.platypus import Paragraph

    from assessments.export.pdf_styles import WARN, markup, para, register_font, styles

    register_font()
    style = styles(lang).cell
    for colour, body in (
        (None, markup(text)),
        (WARN, f'<font color="{WARN.hexval()}">{markup(text)}</font>'),
    ):
        ours, theirs = para(text, style, colour), Paragraph(body, style)
        assert ours.text == theirs.text
        assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags]


def test_a_second_report_in_the_same_process_is_the_same_file(tmp_path: Path, monkeypatch):
    import reportlab.rl_config

    monkeypatch.setattr(reportlab.rl_config, "invariant", 1)  # no creation time or random id in the file
    doc = load(DEMO_PATH)
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for path in (first, second):
        a = assess(doc.firm, doc.on, doc.purpose)
        write_pdf(a, path, generated=GENERATED, plan=doc.plan, spend=doc.spend)
    assert first.read_bytes() == second.read_bytes()


def test_a_changed_spend_or_assessment_is_never_given_the_last_support():
    from assessments.export.support import support_for

    a = _assess(DEMO_PATH)
    first = support_for(a, None, SPEND, GENERATED)
    assert support_for(a, None, SPEND, GENERATED) is first  # the other report of the same export
    assert support_for(a, None, PlannedSpend(), GENERATED).plan == build_plan(
        a, PlannedSpend(), today=GENERATED
    )
    again = _assess(DEMO_PATH)
    assert support_for(again, None, SPEND, GENERATED) is not first


# --- the order of the detail pages and the sample ---------------------------------------------------


def test_the_ladder_comes_before_the_digital_questionnaire_detail(demo: Assessment, demo_zh: Pdf) -> None:
    reader = demo_zh.reader
    schemes = next(e for e in reader.outline if isinstance(e, list))  # the schemes' entries, level 1
    page_of = {e.title: reader.get_destination_page_number(e) for e in schemes}
    digital = page_of[demo["digital_level"].title.zh]
    for name in ("sme_size", "innovative_sme", "srdi_sme", "little_giant"):
        assert page_of[demo[name].title.zh] < digital, name
    questionnaire = next(i for i, page in enumerate(demo_zh.pages) if PDF["dimensions"].zh in page)
    assert questionnaire >= digital  # the questionnaire's charts head the digital section
    assert page_of[demo["little_giant"].title.zh] < questionnaire


def test_the_sample_firm_is_labelled_on_the_cover_and_another_firm_is_not(
    demo: Assessment, demo_zh: Pdf, tmp_path: Path
) -> None:
    from assessments.sample import SAMPLE_NOTE

    note = "".join(SAMPLE_NOTE.zh.split())
    assert note in _flat(demo_zh.pages[:1])
    profile = demo.firm.profile.model_copy(update={"name": "厦门某某科技有限公司", "credit_code": ""})
    other = assess(demo.firm.model_copy(update={"profile": profile}), demo.on, demo.purpose)
    path = tmp_path / "other.pdf"
    write_pdf(other, path, generated=GENERATED)
    text = "".join(_read(path).pages)
    assert "示例" not in text and "厦门某某科技有限公司 · " in text
