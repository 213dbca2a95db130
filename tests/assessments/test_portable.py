"""The portable firms file: round trips with and without a password, every damage refused with a clear
message, and imports that merge, keep both or skip without ever duplicating a firm silently."""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import pytest

from assessments.credit_code import check_digit
from assessments.edit import set_path
from assessments.evidence import Kind, add_evidence, evidence_path, list_evidence
from assessments.model import Purpose
from assessments.storage import srdi_file
from assessments.storage.firm_import import Choice, Decision, Keep, apply_import, differences, plan_import
from assessments.storage.portable import (
    Kdf,
    PackError,
    PasswordNeeded,
    WrongPassword,
    is_encrypted,
    pack_of_document,
    pack_of_workspace,
    read_pack,
    write_pack,
)
from assessments.storage.workspace import ReadOnlyWorkspace, Workspace, Writer

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
FAST = Kdf(n=2**12)  # the default cost takes a second per derivation; the format is the same


CODE = "91350200MA2Y0000X" + check_digit("91350200MA2Y0000X")


def _doc(name: str = "firm_a.srdi") -> srdi_file.AssessmentFile:
    """A sample firm (assessed on 2026-03-15) given a credit code."""
    return set_path(
        srdi_file.load(SAMPLES / name), "profile.credit_code", CODE if name == "firm_a.srdi" else None
    )


@pytest.fixture
def home(tmp_path: Path) -> Workspace:
    space = Workspace(tmp_path / "home" / "workspace.sqlite")
    yield space
    space.close()


@pytest.fixture
def away(tmp_path: Path) -> Workspace:
    space = Workspace(tmp_path / "away" / "workspace.sqlite")
    yield space
    space.close()


def _firm_with_two_assessments(space: Workspace, tmp_path: Path) -> int:
    doc = _doc()
    first = space.create(doc)
    firm = space.firm_of(first)
    space.create(set_path(doc, "assessment.date", "2025-03-15"), firm)
    source = tmp_path / "营业执照.pdf"
    source.write_bytes(b"%PDF licence scan")
    add_evidence(space, firm, source, Kind.BUSINESS_LICENCE, expires_on=dt.date(2030, 1, 1))
    add_evidence(space, firm, source, Kind.BUSINESS_LICENCE, criterion="srdi_sme/common_gate")
    return firm


def _export(space: Workspace, firm_ids: list[int], path: Path, password: str = "") -> Path:
    pack, unreadable = pack_of_workspace(space, firm_ids)
    assert unreadable == []
    write_pack(path, pack, password, FAST)
    return path


def _import_all(space: Workspace, path: Path, password: str = "", choice: Choice = Choice.MERGE):
    pack = read_pack(path, password)
    plans = plan_import(space, pack)
    return plans, apply_import(space, pack, plans, [Decision(choice)] * len(plans))


def _contents(space: Workspace) -> list[tuple]:
    return [
        (f.name, f.credit_code, sorted((a.on, a.purpose) for a in space.assessments(f.id)),
         [(r.original_name, r.criterion, r.sha256) for r in space.evidence(f.id)])
        for f in space.firms()
    ]  # fmt: skip


# --- round trips ----------------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["", "鹭岛 secret 2026"])
def test_a_firm_travels_to_another_pc_with_its_assessments_and_evidence(home, away, tmp_path, password):
    firm = _firm_with_two_assessments(home, tmp_path)
    path = _export(home, [firm], tmp_path / "firms.srdifirms", password)
    assert is_encrypted(path) is bool(password)
    _plans, summary = _import_all(away, path, password)
    assert _contents(away) == _contents(home)
    assert (summary.firms_added, summary.assessments_added, summary.evidence_added) == (1, 2, 2)
    (moved,) = away.firms()
    assert [away.load(a.id) for a in away.assessments(moved.id)] == [
        home.load(a.id) for a in home.assessments(firm)
    ]
    record = list_evidence(away, moved.id)[0]
    assert evidence_path(away, record).read_bytes() == b"%PDF licence scan"
    assert record.expires_on == dt.date(2030, 1, 1)
    assert len(list(away.evidence_folder.iterdir())) == 1  # the same content twice is stored once


def test_an_encrypted_file_hides_its_content(home, tmp_path):
    firm = _firm_with_two_assessments(home, tmp_path)
    data = _export(home, [firm], tmp_path / "x.srdifirms", "pw").read_bytes()
    assert "厦门甲".encode() not in data and b"manifest" not in data and b"%PDF" not in data


def test_a_selection_of_firms_travels_together(home, away, tmp_path):
    ids = [home.firm_of(home.create(_doc(name))) for name in ("firm_a.srdi", "firm_b.srdi", "firm_c.srdi")]
    _import_all(away, _export(home, ids[:2], tmp_path / "two.srdifirms"))
    assert sorted(f.name for f in away.firms()) == sorted(home.firm(i).name for i in ids[:2])


# --- what cannot be read is refused, clearly ------------------------------------------------------


@pytest.fixture
def sealed(home, tmp_path) -> Path:
    return _export(home, [_firm_with_two_assessments(home, tmp_path)], tmp_path / "s.srdifirms", "right")


def test_a_wrong_password_is_named_as_such(sealed, away):
    with pytest.raises(WrongPassword) as caught:
        read_pack(sealed, "wrong")
    assert "密码不正确" in caught.value.text.zh and "password is wrong" in caught.value.text.en


def test_no_password_for_an_encrypted_file_asks_for_one(sealed):
    with pytest.raises(PasswordNeeded):
        read_pack(sealed)


def _header_end(data: bytes) -> int:
    return 13 + struct.unpack(">I", data[9:13])[0]


def _regions(data: bytes) -> dict[str, int]:
    end = _header_end(data)
    return {
        "magic": 0,
        "version": 8,
        "header length": 11,
        "header": end - 20,
        "ciphertext": end + 10,
        "tag": len(data) - 5,
    }


@pytest.mark.parametrize("region", ["magic", "version", "header length", "header", "ciphertext", "tag"])
def test_one_altered_byte_anywhere_is_refused_and_nothing_imported(sealed, away, region):
    data = bytearray(sealed.read_bytes())
    data[_regions(bytes(data))[region]] ^= 0x01
    sealed.write_bytes(bytes(data))
    with pytest.raises(PackError) as caught:
        read_pack(sealed, "right")
    assert caught.value.text.zh and caught.value.text.en
    assert away.firms() == []


def test_an_altered_ciphertext_is_named_as_altered_not_as_a_wrong_password(sealed):
    data = bytearray(sealed.read_bytes())
    data[_header_end(bytes(data)) + 3] ^= 0x80
    sealed.write_bytes(bytes(data))
    with pytest.raises(PackError, match="altered") as caught:
        read_pack(sealed, "right")
    assert not isinstance(caught.value, WrongPassword)
    assert "完整性校验" in caught.value.text.zh


@pytest.mark.parametrize("keep", [5, 20, -1])
def test_a_truncated_file_is_named_incomplete(sealed, keep):
    data = sealed.read_bytes()
    sealed.write_bytes(data[:keep])
    with pytest.raises(PackError) as caught:
        read_pack(sealed, "right")
    assert "截断" in caught.value.text.zh and "truncated" in caught.value.text.en


def test_an_altered_byte_in_a_plain_file_is_found_by_its_checksum(home, tmp_path):
    path = _export(home, [_firm_with_two_assessments(home, tmp_path)], tmp_path / "p.srdifirms")
    data = bytearray(path.read_bytes())
    data[_header_end(bytes(data)) + 40] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(PackError, match="checksum"):
        read_pack(path)


def test_a_srdi_file_is_not_a_firms_file(tmp_path):
    path = tmp_path / "x.srdifirms"
    path.write_bytes((SAMPLES / "firm_a.srdi").read_bytes())
    with pytest.raises(PackError, match="not a firms exchange file"):
        read_pack(path)


# --- a firm that is already there ------------------------------------------------------------------


def _known_firm_with_a_clash(home: Workspace, away: Workspace, tmp_path: Path) -> Path:
    """Home has the firm on 2026-03-15 and 2025-03-15; away has it on 2026-03-15 with other figures,
    a review on the same date, and 2024-03-15."""
    _firm_with_two_assessments(home, tmp_path)
    doc = set_path(_doc(), "years.2025.revenue", "99999")
    firm = away.firm_of(away.create(doc))
    away.create(set_path(doc, "assessment.purpose", "review"), firm)
    away.create(set_path(_doc(), "assessment.date", "2024-03-15"), firm)
    return _export(away, [firm], tmp_path / "away.srdifirms")


def test_merge_adds_new_dates_and_shows_the_clash(home, away, tmp_path):
    path = _known_firm_with_a_clash(home, away, tmp_path)
    (plan,) = plan_import(home, read_pack(path))
    assert plan.match is not None and plan.match.id == home.firms()[0].id
    assert sorted((d.on.isoformat(), d.purpose.value) for d in plan.added) == [
        ("2024-03-15", "new"), ("2026-03-15", "review"),
    ]  # fmt: skip
    (clash,) = plan.clashes
    assert clash.existing.firm.year(2025).revenue != clash.incoming.firm.year(2025).revenue
    assert (clash.existing.on, clash.incoming.on) == (dt.date(2026, 3, 15),) * 2


@pytest.mark.parametrize(
    ("keep", "rows_on_the_date", "revenue"),
    [(Keep.EXISTING, 1, "old"), (Keep.INCOMING, 1, "new"), (Keep.BOTH, 2, "both")],
)
def test_the_user_keeps_one_or_both_of_two_assessments_of_the_same_date(home, away, tmp_path, keep, rows_on_the_date, revenue):  # fmt: skip
    path = _known_firm_with_a_clash(home, away, tmp_path)
    pack = read_pack(path)
    plans = plan_import(home, pack)
    summary = apply_import(home, pack, plans, [Decision(Choice.MERGE, (keep,))])
    (firm,) = home.firms()
    same_date = [a for a in home.assessments(firm.id) if a.on == dt.date(2026, 3, 15) and a.purpose == "new"]
    assert len(same_date) == rows_on_the_date
    revenues = sorted(str(home.load(a.id).firm.year(2025).revenue) for a in same_date)
    expected = {"old": [str(_doc().firm.year(2025).revenue)], "new": ["99999"]}
    assert revenues == expected.get(revenue, sorted([str(_doc().firm.year(2025).revenue), "99999"]))
    assert len(home.assessments(firm.id)) == 4 + (keep is Keep.BOTH)
    assert summary.firms_added == 0 and summary.firms_merged == 1


def test_keep_both_makes_a_second_firm_on_purpose(home, away, tmp_path):
    path = _known_firm_with_a_clash(home, away, tmp_path)
    _plans, summary = _import_all(home, path, choice=Choice.KEEP_BOTH)
    assert len(home.firms()) == 2 and summary.firms_added == 1


def test_skip_changes_nothing(home, away, tmp_path):
    path = _known_firm_with_a_clash(home, away, tmp_path)
    before = _contents(home)
    _plans, summary = _import_all(home, path, choice=Choice.SKIP)
    assert _contents(home) == before and summary.firms_skipped == 1


def test_importing_the_same_file_twice_adds_nothing_the_second_time(home, away, tmp_path):
    path = _export(away, [_firm_with_two_assessments(away, tmp_path)], tmp_path / "a.srdifirms")
    _import_all(home, path)
    before = _contents(home)
    (plan,), summary = _import_all(home, path)
    assert (len(plan.identical), plan.added, plan.clashes) == (2, (), ())
    assert _contents(home) == before and summary.evidence_added == 0


def test_a_firm_without_credit_code_is_matched_by_its_exact_name(home):
    doc = set_path(_doc(), "profile.credit_code", None)
    home.create(doc)
    (plan,) = plan_import(home, pack_of_document(set_path(doc, "assessment.date", "2027-01-10")))
    assert plan.match is not None
    (other,) = plan_import(
        home, pack_of_document(set_path(doc, "profile.name", doc.firm.profile.name + "（分公司）"))
    )
    assert other.match is None


def test_a_plain_srdi_of_a_known_firm_is_recognised_by_its_credit_code(home):
    home.create(_doc())
    renamed = set_path(_doc(), "profile.name", "厦门甲精密科技股份有限公司")  # renamed, same code
    (plan,) = plan_import(home, pack_of_document(renamed))
    assert plan.match is not None and len(plan.clashes) == 1


def test_a_failure_half_way_leaves_the_workspace_as_it_was(home, away, tmp_path, monkeypatch):
    path = _known_firm_with_a_clash(home, away, tmp_path)
    other = _export(away, [away.firm_of(away.create(_doc("firm_b.srdi")))], tmp_path / "b.srdifirms")
    pack = read_pack(path)
    before = _contents(home)
    calls = []
    original = Writer.add_assessment

    def dies_on_the_second(self, firm_id, doc):
        calls.append(doc)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as a kill would stop it: nothing after this runs
        return original(self, firm_id, doc)

    monkeypatch.setattr(Writer, "add_assessment", dies_on_the_second)
    plans = plan_import(home, pack)
    with pytest.raises(KeyboardInterrupt):
        apply_import(home, pack, plans, [Decision(Choice.KEEP_BOTH)])
    monkeypatch.undo()
    assert _contents(home) == before
    _import_all(home, other)  # the workspace still works
    assert len(home.firms()) == 2


def test_an_assessment_of_another_purpose_on_the_same_date_is_new(home):
    home.create(_doc())
    review = set_path(_doc(), "assessment.purpose", "review")
    (plan,) = plan_import(home, pack_of_document(review))
    assert [d.purpose for d in plan.added] == [Purpose.REVIEW] and plan.clashes == ()


def test_a_read_only_workspace_refuses_the_import_before_copying_a_file(home, away, tmp_path):
    path = _export(away, [_firm_with_two_assessments(away, tmp_path)], tmp_path / "a.srdifirms")
    home.create(_doc("firm_b.srdi"))
    reader = Workspace(home.path, read_only=True)
    pack = read_pack(path)
    with pytest.raises(ReadOnlyWorkspace):
        apply_import(reader, pack, plan_import(reader, pack), [Decision()])
    reader.close()
    assert not home.evidence_folder.exists()
    assert len(home.firms()) == 1


def test_differences_name_the_inputs_as_the_app_does_and_ignore_an_added_year_order():
    stored = _doc()
    incoming = set_path(set_path(stored, "years.2025.revenue", "99999"), "years.2021.revenue", "10")
    rows = [(d.label.zh, d.stored, d.incoming) for d in differences(stored, incoming)]
    assert rows == [
        ("2021年营业收入", "—", "10"),
        ("2025年营业收入", str(stored.firm.year(2025).revenue), "99999"),
    ]
