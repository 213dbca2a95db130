"""Every shipped rule pack loads, cites its sources, and the catalogue picks exactly one per date.

These tests read the shipped packs only, whatever a developer has installed in their own data folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assessments.model import Purpose
from assessments.rules.catalogue import NoPackInForce, candidates, in_force, pack_for, version_key
from assessments.rules.loader import PackError, load_pack, pack_paths, shipped_packs
from assessments.rules.schema import CriteriaPack

SHIPPED = shipped_packs()
SCHEMES = {p.scheme for p in SHIPPED}
# Schemes that legitimately have no rule on some dates: the 2024 digital questionnaire starts on
# 2024-09-04 (the 2022 edition's items were never found), the Xiamen measures end 2026-12-31 and the
# Xiamen 2026 targets, read on FY2026 accounts through 2027, end 2027-12-31 (decision 11).
WINDOWS = {
    "digital_level": (dt.date(2024, 9, 4), None),
    "xiamen_2026_targets": (dt.date(2024, 9, 11), dt.date(2027, 12, 31)),
    "xiamen_measures": (dt.date(2024, 9, 11), dt.date(2026, 12, 31)),
}


@pytest.mark.parametrize("path", pack_paths(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_pack_loads(path: Path):
    pack = load_pack(path)
    assert path.parent.name == pack.scheme
    assert path.stem == pack.version


def test_every_criterion_cites_a_document_with_a_confidence_tag():
    for pack in SHIPPED:
        if isinstance(pack, CriteriaPack):
            for cid, criterion in pack.criteria.items():
                assert criterion.source.doc, f"{pack.scheme}/{cid}"
                assert criterion.label_zh and criterion.label_en, f"{pack.scheme}/{cid}"


def _days(start: dt.date, end: dt.date, step: int = 7):
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=step)


@pytest.mark.parametrize("purpose", list(Purpose))
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_exactly_one_pack_in_force_on_every_date(scheme: str, purpose: Purpose):
    start, end = WINDOWS.get(scheme, (dt.date(2022, 8, 1), None))
    for day in _days(dt.date(2022, 8, 1), dt.date(2030, 12, 31)):
        inside = start <= day and (end is None or day <= end)
        # Shipped packs never overlap: where an installed one does, the higher version wins (catalogue).
        assert len(candidates(scheme, purpose, day, SHIPPED)) == (1 if inside else 0), day
        if inside:
            pack_for(scheme, purpose, day, SHIPPED)
        else:
            with pytest.raises(NoPackInForce):
                pack_for(scheme, purpose, day, SHIPPED)


def test_regime_switches_on_2026_04_01_for_srdi_tiers():
    if not {"srdi_sme", "little_giant"} <= SCHEMES:
        pytest.skip("srdi packs not shipped yet")
    before, after = dt.date(2026, 3, 31), dt.date(2026, 4, 1)
    assert pack_for("srdi_sme", Purpose.NEW, before, SHIPPED).version.startswith("2022")
    assert pack_for("srdi_sme", Purpose.NEW, after, SHIPPED).version.startswith("2026")
    assert pack_for("little_giant", Purpose.NEW, after, SHIPPED).version.startswith("2026")
    # A 2026 re-review of a 小巨人 title is still judged on the 2022 standard (decision 1).
    assert pack_for("little_giant", Purpose.REVIEW, after, SHIPPED).version.startswith("2022")
    # 创新型 keeps the 2022 Annex 1 after the switch.
    assert pack_for("innovative_sme", Purpose.NEW, after, SHIPPED).version.startswith("2022")


def test_pack_with_a_misspelt_key_is_rejected(tmp_path: Path):
    original = (pack_paths()[0]).read_text(encoding="utf-8")
    folder = tmp_path / pack_paths()[0].parent.name
    folder.mkdir()
    broken = folder / pack_paths()[0].name
    broken.write_text(original + "\nthreshhold = 5\n", encoding="utf-8")
    with pytest.raises(PackError, match="threshhold"):
        load_pack(broken)


def test_windows_are_inclusive_of_their_last_day():
    pack = pack_for("xiamen_measures", Purpose.NEW, dt.date(2026, 12, 31), SHIPPED)
    assert in_force(pack, Purpose.NEW, dt.date(2026, 12, 31))
    assert not in_force(pack, Purpose.NEW, dt.date(2027, 1, 1))
    targets = pack_for("xiamen_2026_targets", Purpose.NEW, dt.date(2027, 12, 31), SHIPPED)
    assert not in_force(targets, Purpose.NEW, dt.date(2028, 1, 1))


def test_versions_order_by_their_numbers_not_as_text():
    assert version_key("2026.10") > version_key("2026.2") > version_key("2026.1")
    assert version_key("2027.1") > version_key("2026.10")
