"""Words and numbers (issue 12): how a result reads, the same in the app, both reports and both languages.

A partial score is a score, not a failure; a share's gap is in percentage points; a strict target aims
at the next value a report can show; English counts agree in number and English money is in 万元 as in
Chinese; no label says its prefix twice.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from assessments.engine import Assessment, assess
from assessments.export.labels import row_mark, row_status
from assessments.gaps import gap_unit
from assessments.labels import edge_reason, score_of, target_text
from assessments.numbers import fmt_unit, fmt_wan, points_num
from assessments.paths import resources_dir
from assessments.priorities import ranked_gaps, scored_indicator, top_gaps
from assessments.results import Row, Status, Text
from assessments.rules.schema import Threshold
from assessments.storage.srdi_file import load

D = Decimal
SAMPLES = sorted((resources_dir() / "samples").glob("*.srdi"))


@cache
def assessed(path: Path) -> Assessment:
    doc = load(path)
    return assess(doc.firm, doc.on, doc.purpose)


def demo() -> Assessment:
    return assessed(resources_dir() / "samples" / "demo.srdi")


# --- a partial score is not a failure ------------------------------------------------------------


def test_a_partial_score_reads_as_its_score_in_the_label_layer_of_every_export():
    q6 = demo()["digital_level"].row("Q6")  # 3.75 of 5: the PDF said "× 未达标"
    assert q6.status is Status.NOT_MET and q6.partial_score
    assert row_status(q6) == Text("3.75 / 5 分", "3.75 / 5 points")
    assert row_mark(q6) == "·"
    assert score_of(q6) == row_status(q6)  # the app's status_style reads the same words


def test_a_hnte_self_score_of_5_of_6_reads_5_of_6_and_its_gap_is_room_not_a_shortfall():
    row = demo()["hnte"].row("org_rd_management")
    assert row_status(row).zh == "5 / 6 分" and row_mark(row) != "×"
    assert row.gap is not None and row.gap.text == Text(
        "还可得1分（专家评议）", "1 more point possible (experts judge)"
    )


def test_a_full_score_and_a_failed_condition_keep_their_words():
    q12 = demo()["digital_level"].row("Q12")  # 7 of 7
    assert not q12.partial_score and row_status(q12).zh == "达标" and row_mark(q12) == "✓"
    rd = demo()["xiamen_2026_targets"].row("rd_share")
    assert not rd.partial_score and row_status(rd).zh == "未达标" and row_mark(rd) == "×"


def test_a_range_score_reads_its_range_in_the_singular_and_plural():
    row = demo()["hnte"].row("org_rd_management")
    assert score_of(row).en == "5 / 6 points"
    one = Row(
        "x",
        Text("", ""),
        Status.NOT_MET,
        row.source,
        Text("", ""),
        Text("", ""),
        points=D(0),
        max_points=D(1),
    )
    assert score_of(one) == Text("0 / 1 分", "0 / 1 point")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_no_scored_indicator_is_among_the_gaps_most_worth_closing(path: Path):
    assert not [g.row.id for g in top_gaps(assessed(path), 10) if scored_indicator(g.row)]


def test_a_partial_score_is_no_gap_unless_a_score_condition_fails():
    demo_rows = [g.row.id for g in ranked_gaps(demo())]  # 高企 likely: its 5 / 6 分 rows are no gaps
    assert "org_rd_management" not in demo_rows and "rd_share" in demo_rows
    firm_b = assessed(resources_dir() / "samples" / "firm_b.srdi")  # 创新能力小计 short: its indicators close it
    rows = {g.row.id for g in ranked_gaps(firm_b) if g.scheme.scheme == "innovative_sme"}
    assert {"floor_innovation", "rd_ratio"} <= rows


def test_the_demo_top_gaps_are_conditions_not_points():
    rows = [(g.scheme.scheme, g.row.id) for g in top_gaps(demo())]
    assert ("xiamen_2026_targets", "rd_share") in rows
    assert not {r for _s, r in rows} & {
        "org_rd_management",
        "org_rd_institution",
        "org_conversion",
        "org_talent",
    }


# --- numbers: percentage points, the next shown value, one precision per quantity ---------------------


def test_a_market_share_gap_is_in_percentage_points():
    gap = demo()["little_giant"].row("market").gap
    assert gap is not None and (gap.amount, gap.unit) == (D("3.2"), "pct")
    assert "需提高3.2个百分点" in gap.text.zh and "+3.2 percentage points" in gap.text.en
    assert gap_unit(gap.amount, gap.unit) == ("3.2个百分点", "3.2 percentage points")
    assert gap_unit(D(1), "pct")[1] == "1 percentage point"


def test_the_demo_rd_target_above_10_percent_aims_at_10_01_percent():
    gap = demo()["xiamen_2026_targets"].row("rd_share").gap
    assert gap is not None and gap.amount == D("51.25")  # 1,251.25 ÷ 12,500 = 10.01%
    assert "（至1,251.25万元，占比10.01%）" in gap.text.zh
    assert "0001" not in gap.text.zh + gap.text.en


def test_points_are_shown_as_kept_one_precision_everywhere():
    assert points_num(D("58.875")) == "58.875" and points_num(D("27.00")) == "27" and points_num(0) == "0"
    assert fmt_unit(D("5.625"), "points") == ("5.625分", "5.625 points")


# --- English: plurals and money -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "english"),
    [
        (1, "points", "1 point"),
        (2, "points", "2 points"),
        ("1.5", "points", "1.5 points"),
        (1, "count", "1 item"),
        (3, "count", "3 items"),
        (1, "years", "1 year"),
        (1, "days", "1 day"),
    ],
)
def test_english_counts_agree_in_number(value, unit, english):
    assert fmt_unit(D(value), unit)[1] == english


def test_english_money_is_the_chinese_figure_in_wan():
    assert fmt_wan(D("500.01")) == ("500.01万元", "500.01 万元")
    assert fmt_wan(D("1250.01"))[1] == "1,250.01 万元"


def test_no_english_text_of_the_demo_says_1_points_or_yuan():
    texts = [t.en for t in _texts(demo())]
    assert not [t for t in texts if re.search(r"(?<![\d.])1 (points|items|years|days)\b", t)]
    assert not [t for t in texts if "¥" in t]


# --- no doubled prefixes ----------------------------------------------------------------------------

# Words that say the same thing: two of a group in a row ("不符合：未满足：…") say it twice.
SYNONYMS = (
    ("不符合", "未满足", "不满足", "未达标", "not met", "does not qualify"),
    ("直通", "直接认定", "满足直通条件", "满足直接认定条件", "direct", "direct route"),
    ("待确认", "to confirm"),
)


def _group(prefix: str) -> int | None:
    word = prefix.strip().lower()
    return next((i for i, words in enumerate(SYNONYMS) if word in words), None)


def doubled(text: str) -> bool:
    """True when two prefixes in a row ("A：B：…") name the same thing, or one contains the other."""
    prefixes = re.split(r"[：:]\s*", text)[:-1]
    for a, b in itertools.pairwise(prefixes):
        a, b = a.strip(), b.strip()
        if not a or not b or len(a) > 12 or len(b) > 12:
            continue
        same_group = _group(a) is not None and _group(a) == _group(b)
        if same_group or a.lower() in b.lower() or b.lower() in a.lower():
            return True
    return False


def test_the_doubled_prefix_check_catches_the_issues_examples():
    assert doubled("满足直通条件：直通：近三年获国家级、省级科技奖励")
    assert doubled("不符合：未满足：研发占比")
    assert doubled("Direct route: Direct: a valid certificate")
    assert not doubled("未满足：研发占比、有效Ⅰ类知识产权数量")
    assert not doubled("Q1 还可得2分（下一步：Q1 网络建设 +D 企业建设/租用5G工业网络）")


def _texts(assessment: Assessment) -> list[Text]:
    texts: list[Text] = []
    for result in assessment.results.values():
        texts += [result.summary, *result.notes]
        for row in result.rows:
            texts += [
                row.label,
                row.requirement,
                row.calc,
                row_status(row),
                row_status(row) + Text("：", ": ") + row.label,
            ]
            texts += [t for t in (row.note, row.gap.text if row.gap else None) if t is not None]
    return texts


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_no_label_of_the_demo_or_a_worked_example_says_its_prefix_twice(path: Path):
    found = [t for t in _texts(assessed(path)) for s in (t.zh, t.en) if doubled(s)]
    assert not found


# --- on the edge, in the row's own terms -----------------------------------------------------------


def test_a_questionnaire_level_on_the_edge_never_blames_the_accounts():
    row = demo()["xiamen_2026_targets"].row("digital_level")
    assert row.on_edge and row.unit == "level"
    assert "账" not in edge_reason(row).zh and "accounts" not in edge_reason(row).en
    assert "问卷" in edge_reason(row).zh
    share = demo()["little_giant"].row("main_share")  # a figure of the accounts: the accounts it is
    assert share.on_edge and "账目" in edge_reason(share).zh


# --- the same words in the reports --------------------------------------------------------------------


def test_the_pdf_shows_a_partial_score_as_its_score_never_as_not_met(tmp_path: Path):
    from pypdf import PdfReader

    from assessments.export.pdf import write_pdf

    path = tmp_path / "demo.pdf"
    write_pdf(demo(), path, "zh")
    flat = "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Q6网络安全" in flat and "·3.75/5分" in flat
    assert "刚好达到（临界，请核对数据）" in flat  # the digital target, not "✓ 已达到 ≈临界"
    assert "58.875" in flat and "58.88" not in flat.replace("58.875", "")


def test_the_workbook_shows_a_partial_score_as_its_score(tmp_path: Path):
    from openpyxl import load_workbook

    from assessments.export.labels import SCHEME_SHEETS
    from assessments.export.xlsx import write_xlsx

    path = tmp_path / "demo.xlsx"
    write_xlsx(demo(), path, "zh")
    sheet = load_workbook(path)[SCHEME_SHEETS["digital_level"].zh]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "3.75 / 5 分" in values and "5.625 / 7.5 分" in values


@pytest.mark.parametrize(
    ("op", "value", "unit", "shown"),
    [
        (">", "10", "pct", Text("≥ 10.01%", "≥ 10.01%")),
        (">", "10.005", "pct", Text("≥ 10.01%", "≥ 10.01%")),
        (">=", "10", "pct", Text("≥ 10%", "≥ 10%")),
        (">", "8", "count", Text("≥ 9项", "≥ 9 items")),
        (">=", "2", "level", Text("≥ 2级", "≥ level 2")),
        ("<", "70", "pct", Text("≤ 69.99%", "≤ 69.99%")),
        (">", "500", "wan", Text("≥ 500.01万元", "≥ 500.01 万元")),
    ],
)
def test_a_target_is_shown_as_the_next_value_a_report_can_show(op, value, unit, shown):
    assert target_text(Threshold(op=op, value=D(value), unit=unit)) == shown


def test_the_pdf_target_cards_and_chart_show_10_01_percent(tmp_path: Path):
    from pypdf import PdfReader

    from assessments.export.pdf import write_pdf

    path = tmp_path / "demo.pdf"
    write_pdf(demo(), path, "en")
    flat = "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Target≥10.01%" in flat and "Target≥9items" in flat and "0001" not in flat
    assert "Shortby51.25万元ofFY2025R&Dexpense" in flat
