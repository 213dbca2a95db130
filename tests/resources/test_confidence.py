"""What a confidence tag means to a user: every tag of every shipped pack reads as one of a few plain
phrases, the re-graded national rules say what we now know, and no citation names a file of this repository."""

from __future__ import annotations

import re

import pytest

from assessments.labels import (
    OFFICIAL_QUOTED,
    OFFICIAL_TEXT,
    PRODUCT_CONVENTION,
    SINGLE_SOURCE,
    SOURCES_AGREE,
    TRUST,
    trust,
)
from assessments.rules.loader import shipped_packs
from assessments.rules.schema import Confidence, CriteriaPack
from assessments.rules.walk import sources

PHRASES = {OFFICIAL_TEXT, OFFICIAL_QUOTED, SOURCES_AGREE, PRODUCT_CONVENTION, SINGLE_SOURCE}
REPO_PATH = re.compile(
    r"shared/|seeds|[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+|\.(md|txt|json|toml|py)\b|领域参考|决策\d"
)


def _pack(scheme: str, version: str) -> CriteriaPack:
    pack = next(p for p in shipped_packs() if p.scheme == scheme and p.version == version)
    assert isinstance(pack, CriteriaPack)
    return pack


def test_every_tag_maps_to_one_plain_phrase_and_only_single_source_is_a_warning():
    assert set(TRUST) == set(Confidence)
    for tag in Confidence:
        assert trust(tag) in PHRASES
        assert tag.verified == (trust(tag) != SINGLE_SOURCE)
    assert OFFICIAL_QUOTED.zh == "官方文件转引" and SINGLE_SOURCE.en == "Single source, to verify"


@pytest.mark.parametrize("pack", shipped_packs(), ids=lambda p: f"{p.scheme}-{p.version}")
def test_every_shipped_tag_reads_as_a_plain_phrase(pack):
    for source in sources(pack):
        assert trust(source.confidence) in PHRASES


def test_the_2026_srdi_criteria_are_quoted_official_text_not_to_verify():
    pack = _pack("srdi_sme", "2026.1")
    for cid in (
        "niche_years",
        "revenue",
        "revenue_equity",
        "main_share",
        "debt_ratio",
        "rd_each_year",
        "dev_score",
    ):
        assert pack.criterion(cid).source.confidence is Confidence.OT_Q, cid
    assert all(c.source.confidence.verified for c in pack.criteria.values())


def test_the_2026_little_giant_thresholds_rest_on_agreeing_sources():
    pack = _pack("little_giant", "2026.1")
    assert all(c.source.confidence is Confidence.S2 for c in pack.criteria.values())


@pytest.mark.parametrize("scheme", ["srdi_sme", "little_giant"])
def test_the_2026_common_gate_uses_the_2026_wording_and_2022_keeps_its_own(scheme):
    wording = "未发生较大生产安全事故、重大网络和数据安全事件、重大环境违法行为、严重质量问题，未严重违反相关行业管理规定"
    assert wording in _pack(scheme, "2026.1").criterion("common_gate").help_zh
    assert wording not in _pack(scheme, "2022.1").criterion("common_gate").help_zh


def test_official_hnte_and_tech_sme_criteria_read_as_official_text_and_open_points_stay_to_verify():
    hnte, tech = _pack("hnte", "2016.1"), _pack("tech_sme", "2017.1")
    assert hnte.criterion("rd_ratio").source.confidence is Confidence.OT
    assert tech.criterion("rd_sales").source.confidence is Confidence.OT
    assert not tech.criterion("data_year").source.confidence.verified  # the reference flags it [NV]


@pytest.mark.parametrize("pack", shipped_packs(), ids=lambda p: f"{p.scheme}-{p.version}")
def test_citations_name_documents_never_files_of_this_repository(pack):
    for source in sources(pack):
        for text in (source.doc, source.article, source.note):
            assert not REPO_PATH.search(text), text


def test_no_national_pack_names_the_fujian_action_plan_as_xiamens_rules():
    for pack in shipped_packs():
        for source in sources(pack):
            cite = f"{source.doc} {source.article} {source.note}"
            assert not ("闽工信规〔2023〕11号" in cite and "实施细则" in cite), cite
