"""`python -m assessments firms …` and `evidence export`: firms between workspaces from the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

from assessments.cli import main
from assessments.edit import set_path
from assessments.evidence import Kind, add_evidence
from assessments.storage import srdi_file
from assessments.storage.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _workspace(path: Path, *names: str) -> list[int]:
    space = Workspace(path)
    ids = [space.firm_of(space.create(srdi_file.load(SAMPLES / n))) for n in names]
    space.close()
    return ids


def test_export_and_import_with_a_password_from_the_environment(tmp_path, monkeypatch, capsys):
    home, away = tmp_path / "home.sqlite", tmp_path / "away.sqlite"
    (firm,) = _workspace(home, "firm_a.srdi")
    _workspace(away, "firm_b.srdi")
    monkeypatch.setenv("SRDI_PASSWORD", "s3cret")
    out = tmp_path / "a.srdifirms"
    assert main(["firms", "export", str(out), "--firm", str(firm), "--workspace", str(home), "--password-env", "SRDI_PASSWORD"]) == 0  # fmt: skip
    args = ["firms", "import", str(out), "--workspace", str(away), "--password-env", "SRDI_PASSWORD"]
    assert main(args) == 1  # only the plan, nothing imported without --yes
    assert "+ 厦门甲精密科技有限公司" in capsys.readouterr().out
    assert main([*args, "--yes"]) == 0
    space = Workspace(away)
    assert sorted(f.name for f in space.firms()) == ["厦门乙信息技术有限公司", "厦门甲精密科技有限公司"]
    space.close()


def test_a_wrong_password_is_refused_in_both_languages(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home.sqlite"
    _workspace(home, "firm_a.srdi")
    monkeypatch.setenv("PW", "right")
    out = tmp_path / "a.srdifirms"
    assert main(["firms", "export", str(out), "--workspace", str(home), "--password-env", "PW"]) == 0
    monkeypatch.setenv("PW", "wrong")
    assert main(["firms", "import", str(out), "--workspace", str(tmp_path / "x.sqlite"), "--password-env", "PW", "--yes"]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "密码不正确" in err and "password is wrong" in err


def test_a_known_firm_is_merged_with_the_clash_choice(tmp_path, capsys):
    home, away = tmp_path / "home.sqlite", tmp_path / "away.sqlite"
    _workspace(home, "firm_a.srdi")
    space = Workspace(away)
    space.create(set_path(srdi_file.load(SAMPLES / "firm_a.srdi"), "years.2025.revenue", "1"))
    space.close()
    out = tmp_path / "a.srdifirms"
    main(["firms", "export", str(out), "--workspace", str(away)])
    capsys.readouterr()
    assert main(["firms", "import", str(out), "--workspace", str(home), "--clash", "both", "--yes"]) == 0
    assert "0 new, 0 unchanged, 1 differ" in capsys.readouterr().out
    space = Workspace(home)
    assert [f.assessments for f in space.firms()] == [2]
    space.close()


def test_list_marks_the_sample_and_evidence_exports_numbered(tmp_path, capsys):
    path = tmp_path / "ws.sqlite"
    (firm,) = _workspace(path, "demo.srdi")
    space = Workspace(path)
    source = tmp_path / "licence.pdf"
    source.write_bytes(b"licence")
    add_evidence(space, firm, source, Kind.BUSINESS_LICENCE)
    space.close()
    assert main(["firms", "list", "--workspace", str(path)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("[示例/sample]")
    assert main(["evidence", "export", str(firm), str(tmp_path / "e.zip"), "--workspace", str(path)]) == 0
    assert zipfile.ZipFile(tmp_path / "e.zip").namelist() == ["01_基本材料/01_营业执照.pdf"]


def test_an_unknown_firm_is_a_bad_argument(tmp_path, capsys):
    path = tmp_path / "ws.sqlite"
    _workspace(path, "firm_a.srdi")
    assert (
        main(["firms", "export", str(tmp_path / "x.srdifirms"), "--firm", "99", "--workspace", str(path)])
        == 2
    )
    assert "no firm with id 99" in capsys.readouterr().err
