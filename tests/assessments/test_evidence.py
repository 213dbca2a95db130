"""Evidence kept for an application: stored once per content, listed per firm, exported with the names
an application expects."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from assessments.edit import set_path
from assessments.engine import assess
from assessments.evidence import (
    EvidenceError,
    Kind,
    add_evidence,
    evidence_path,
    export_evidence,
    is_expired,
    labels_of,
    list_evidence,
    remove_evidence,
    scheme_order,
)
from assessments.storage import srdi_file
from assessments.storage.recovery import recover
from assessments.storage.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture
def space(tmp_path: Path) -> Workspace:
    workspace = Workspace(tmp_path / "data" / "workspace.sqlite")
    yield workspace
    workspace.close()


@pytest.fixture
def firm(space: Workspace) -> int:
    return space.firm_of(space.create(srdi_file.load(SAMPLES / "demo.srdi")))


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_the_same_content_attached_twice_is_stored_once(space, firm, tmp_path):
    licence = _file(tmp_path, "营业执照.pdf", b"%PDF licence")
    copy = _file(tmp_path, "copy of licence.pdf", b"%PDF licence")
    first = add_evidence(space, firm, licence, Kind.BUSINESS_LICENCE, field="profile.credit_code")
    second = add_evidence(space, firm, copy, Kind.BUSINESS_LICENCE, criterion="srdi_sme/common_gate")
    assert first.sha256 == second.sha256 == hashlib.sha256(b"%PDF licence").hexdigest()
    assert [p.name for p in space.evidence_folder.iterdir()] == [first.sha256]
    assert evidence_path(space, second).read_bytes() == b"%PDF licence"
    assert [r.original_name for r in list_evidence(space, firm)] == ["营业执照.pdf", "copy of licence.pdf"]


def test_a_record_keeps_its_criterion_kind_and_dates(space, firm, tmp_path):
    source = _file(tmp_path, "hnte.pdf", b"certificate")
    record = add_evidence(
        space, firm, source, Kind.HNTE_CERTIFICATE, criterion="hnte/common_gate",
        issued_on=dt.date(2023, 12, 1), expires_on=dt.date(2026, 11, 30), year_covered=2023,
    )  # fmt: skip
    (listed,) = list_evidence(space, firm)
    assert listed == record
    assert (listed.kind, listed.criterion, listed.size, listed.year_covered) == (
        "hnte_certificate", "hnte/common_gate", 11, 2023,
    )  # fmt: skip
    assert not is_expired(listed, dt.date(2026, 11, 30))  # valid through its last day
    assert is_expired(listed, dt.date(2026, 12, 1))


def test_removing_a_row_keeps_the_file_another_row_shares(space, firm, tmp_path):
    source = _file(tmp_path, "a.pdf", b"same")
    first = add_evidence(space, firm, source, Kind.OTHER)
    second = add_evidence(space, firm, source, Kind.OTHER, criterion="hnte/ip_core")
    remove_evidence(space, first.id)
    assert list_evidence(space, firm) == [second]
    assert evidence_path(space, second).is_file()


def test_evidence_goes_with_its_firm(space, firm, tmp_path):
    add_evidence(space, firm, _file(tmp_path, "a.pdf", b"x"), Kind.OTHER)
    for entry in space.assessments(firm):
        space.delete_assessment(entry.id)
    assert list_evidence(space, firm) == []


def test_a_folder_is_refused(space, firm, tmp_path):
    with pytest.raises(EvidenceError, match="not a file"):
        add_evidence(space, firm, tmp_path, Kind.OTHER)
    assert list_evidence(space, firm) == []


def test_the_zip_is_numbered_and_grouped_the_way_an_application_expects(space, firm, tmp_path):
    add_evidence(space, firm, _file(tmp_path, "scan1.PDF", b"licence"), Kind.BUSINESS_LICENCE)
    add_evidence(
        space, firm, _file(tmp_path, "p.pdf", b"patent"), Kind.PATENT_CERTIFICATE, criterion="hnte/ip_core"
    )
    add_evidence(space, firm, _file(tmp_path, "audit.pdf", b"audit"), Kind.AUDIT_REPORT, criterion="srdi_sme/revenue", year_covered=2025)  # fmt: skip
    add_evidence(
        space, firm, _file(tmp_path, "c.jpg", b"hnte"), Kind.HNTE_CERTIFICATE, criterion="hnte/common_gate"
    )
    doc = srdi_file.load(SAMPLES / "demo.srdi")
    assessment = assess(doc.firm, doc.on, doc.purpose)
    target = tmp_path / "申报材料.zip"
    names = export_evidence(
        space, list_evidence(space, firm), target, labels_of(assessment), "zh", scheme_order(assessment)
    )
    hnte, srdi = assessment.results["hnte"].title.zh, assessment.results["srdi_sme"].title.zh
    ip_core = assessment.results["hnte"].row("ip_core").label.zh
    gate = assessment.results["hnte"].row("common_gate").label.zh
    revenue = assessment.results["srdi_sme"].row("revenue").label.zh
    assert [str(n) for n in names] == [
        "01_基本材料/01_营业执照.pdf",
        f"02_{hnte}/01_{ip_core}_专利证书.pdf",
        f"02_{hnte}/02_{gate}_高新技术企业证书.jpg",
        f"03_{srdi}/01_{revenue}_审计报告_2025.pdf",
    ]
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == [str(n) for n in names]
        assert archive.read(str(names[0])) == b"licence"


def test_english_names_and_a_folder_export(space, firm, tmp_path):
    add_evidence(space, firm, _file(tmp_path, "x.pdf", b"l"), Kind.BUSINESS_LICENCE)
    target = tmp_path / "out"
    names = export_evidence(space, list_evidence(space, firm), target, labels_of(None), "en")
    assert names == [PurePosixPath("01_general documents/01_business licence.pdf")]
    assert (target / "01_general documents" / "01_business licence.pdf").read_bytes() == b"l"
    with pytest.raises(EvidenceError, match="not empty"):
        export_evidence(space, list_evidence(space, firm), target, labels_of(None), "en")


def test_an_export_with_a_lost_file_writes_nothing(space, firm, tmp_path):
    record = add_evidence(space, firm, _file(tmp_path, "x.pdf", b"gone"), Kind.OTHER)
    evidence_path(space, record).unlink()
    with pytest.raises(EvidenceError, match="missing"):
        export_evidence(space, [record], tmp_path / "out.zip", labels_of(None), "zh")
    assert not (tmp_path / "out.zip").exists()


def test_a_sample_firm_is_flagged_and_stops_being_one_with_its_own_code(space, firm):
    (entry,) = space.firms()
    assert entry.is_sample
    doc = space.load(space.assessments(firm)[0].id)
    stored = space.load_stored(space.assessments(firm)[0].id)
    space.save(
        space.assessments(firm)[0].id,
        set_path(doc, "profile.credit_code", "91350200MA2Y0000X1"),
        stored.revision,
    )
    assert not space.firms()[0].is_sample


def test_a_recovered_workspace_keeps_the_evidence_of_the_firms_it_copies(space, firm, tmp_path):
    add_evidence(space, firm, _file(tmp_path, "a.pdf", b"kept"), Kind.AUDIT_REPORT, year_covered=2025)
    before = list_evidence(space, firm)
    path = space.path
    space.close()
    recovered, _report = recover(path, "test")
    try:
        assert list_evidence(recovered, firm) == before
    finally:
        recovered.close()
