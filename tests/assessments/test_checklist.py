"""The evidence checklist: the documents each scheme's criteria ask for, present, missing or out of date
(issue 11)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assessments.checklist import OWN_WORD, State, checklist, checklist_rows
from assessments.edit import set_path
from assessments.engine import assess
from assessments.evidence import Kind
from assessments.paths import resources_dir
from assessments.rules.loader import shipped_packs
from assessments.rules.schema import EvidenceKind
from assessments.storage import srdi_file
from assessments.storage.workspace import EvidenceRecord

DEMO = Path(resources_dir()) / "samples" / "demo.srdi"  # 高企 certificate 2023-11-20 to 2026-11-19


def record(kind: str, name: str, **dates: object) -> EvidenceRecord:
    return EvidenceRecord(1, name, kind, "0" * 64, 10, **dates)  # type: ignore[arg-type]


def item(found, scheme: str, item_id: str):
    (only,) = [i for i in found.items if i.scheme == scheme and i.id == item_id]
    return only


@pytest.fixture(scope="module")
def demo():
    return srdi_file.load(DEMO)


def test_every_document_is_missing_before_any_file_is_kept(demo):
    found = checklist(assess(demo.firm, demo.on, demo.purpose))
    assert found.count(State.MISSING) == len(found.items) > 0
    hnte = item(found, "tech_sme", "hnte_certificate")
    assert (hnte.criterion, hnte.source.cite) == ("direct_hnte", "国科发政〔2017〕115号 第八条(一)")


def test_a_kept_certificate_within_its_dates_is_present(demo):
    kept = [record(Kind.HNTE_CERTIFICATE, "高企证书.pdf", expires_on=dt.date(2026, 11, 19))]
    found = checklist(assess(demo.firm, demo.on, demo.purpose), kept)
    hnte = item(found, "tech_sme", "hnte_certificate")
    assert hnte.state is State.PRESENT and hnte.reason.zh == "高企证书.pdf"


def test_a_certificate_past_its_expiry_is_out_of_date(demo):
    """The firm's data says the 高企 title runs to 2026-11-19; the kept scan shows it ended earlier."""
    kept = [record(Kind.HNTE_CERTIFICATE, "高企证书.pdf", expires_on=dt.date(2026, 5, 1))]
    found = checklist(assess(demo.firm, demo.on, demo.purpose), kept)
    hnte = item(found, "tech_sme", "hnte_certificate")
    assert hnte.state is State.OUT_OF_DATE
    assert hnte.reason.zh == "高企证书.pdf已于2026-05-01到期"


def test_a_title_expired_in_the_firms_data_makes_its_certificate_out_of_date(demo):
    """Assessed after the 高企 title ended: the direct route fails, and the checklist says why."""
    later = set_path(demo, "assessment.date", "2026-12-01")
    kept = [record(Kind.HNTE_CERTIFICATE, "高企证书.pdf")]
    found = checklist(assess(later.firm, later.on, later.purpose), kept)
    hnte = item(found, "tech_sme", "hnte_certificate")
    assert hnte.state is State.OUT_OF_DATE
    assert hnte.reason.en == "the certificate expired on 2026-11-19"


def test_an_audit_of_an_older_year_is_out_of_date(demo):
    found = checklist(
        assess(demo.firm, demo.on, demo.purpose),
        [record(Kind.AUDIT_REPORT, "2024审计报告.pdf", year_covered=2024)],
    )
    audit = item(found, "little_giant", "audit_report_coded")
    assert audit.state is State.OUT_OF_DATE
    assert audit.reason.zh == "2024审计报告.pdf为2024年度，需2025年度"
    fresh = record(Kind.AUDIT_REPORT, "2025审计报告.pdf", year_covered=2025)
    assert item(
        checklist(assess(demo.firm, demo.on), [fresh]), "little_giant", "audit_report_coded"
    ).state is (State.PRESENT)


def test_a_criterion_met_on_the_firms_word_asks_for_its_proof(demo):
    found = checklist(assess(demo.firm, demo.on, demo.purpose))
    own = [i for i in found.of("srdi_sme") if i.id == OWN_WORD]
    assert [i.criterion for i in own] == ["market_position"]
    attached = record(Kind.OTHER, "市场占有率说明.pdf", criterion="srdi_sme/market_position")
    again = checklist(assess(demo.firm, demo.on, demo.purpose), [attached])
    assert [i.state for i in again.of("srdi_sme") if i.id == OWN_WORD] == [State.PRESENT]


def test_subsidiary_proof_is_asked_only_of_consolidated_accounts(demo):
    single = checklist(assess(demo.firm, demo.on, demo.purpose))
    assert "subsidiary_social_insurance" not in [i.id for i in single.items]
    merged = set_path(demo, "profile.accounts_basis", "consolidated")
    assert "subsidiary_social_insurance" in [i.id for i in checklist(assess(merged.firm, merged.on)).items]


def test_rows_for_the_reports_carry_clause_and_state_in_either_language(demo):
    found = checklist(assess(demo.firm, demo.on, demo.purpose))
    row = next(
        r
        for r in checklist_rows(found, "en")
        if r.document == "A still valid high-tech enterprise certificate"
    )
    assert (row.scheme, row.state_text, row.trust) == (
        "Technology-based SME",
        "missing",
        "Several sources agree",
    )


def test_pack_evidence_kinds_are_the_kinds_a_file_is_kept_as():
    assert set(EvidenceKind.__args__) == {k.value for k in Kind}  # type: ignore[attr-defined]
    for pack in shipped_packs():
        for criterion in getattr(pack, "criteria", {}).values():
            for wanted in criterion.evidence:
                assert wanted.kinds and wanted.source.doc, (pack.scheme, wanted.id)


def test_without_the_firms_files_every_document_is_to_check_but_a_lapsed_title(demo):
    later = set_path(demo, "assessment.date", "2026-12-01")  # the 高企 title ended on 2026-11-19
    found = checklist(assess(later.firm, later.on, later.purpose), None)
    lapsed = {(i.scheme, i.id) for i in found.items if i.state is State.OUT_OF_DATE}
    assert lapsed == {("tech_sme", "hnte_certificate"), ("innovative_sme", "honour_certificate")}
    assert found.count(State.UNCHECKED) == len(found.items) - 2
