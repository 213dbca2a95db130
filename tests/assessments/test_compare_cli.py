"""`compare` and `rescore` from the command line (issue 11)."""

from __future__ import annotations

import argparse
from pathlib import Path

from assessments import compare_cli
from assessments.edit import set_path
from assessments.paths import resources_dir
from assessments.rules.rescore import recorded
from assessments.storage import srdi_file

FIRM_A = Path(resources_dir()) / "samples" / "firm_a.srdi"


def run(argv: list[str]) -> int:
    top = argparse.ArgumentParser()
    compare_cli.add_commands(top.add_subparsers(dest="command", required=True))
    return compare_cli.run(top.parse_args(argv))


def test_compare_prints_the_changes_and_writes_both_files(tmp_path: Path, capsys):
    later = tmp_path / "later.srdi"
    srdi_file.save(set_path(srdi_file.load(FIRM_A), "years.2025.rd_expense", "100"), later)
    code = run(
        [
            "compare",
            str(FIRM_A),
            str(later),
            "--xlsx",
            str(tmp_path / "c.xlsx"),
            "--pdf",
            str(tmp_path / "c.pdf"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "  2025年研发费用: 520万元 → 100万元" in out
    assert "  专精特新中小企业: 符合 → 不符合  [2022.1]" in out
    assert "    ◆ 2025年研发费用占营业收入比重: 达标 · 6.5% → 未达标 · 1.25%" in out
    assert (tmp_path / "c.xlsx").exists() and (tmp_path / "c.pdf").exists()


def test_rescore_writes_the_accepted_file_only_where_asked(tmp_path: Path, capsys):
    original = FIRM_A.read_bytes()
    accepted = tmp_path / "accepted.srdi"
    code = run(
        ["rescore", str(FIRM_A), "--rules-on", "2026-12-02", "--accept", str(accepted), "--lang", "en"]
    )
    out = capsys.readouterr().out
    assert (
        code == 0
        and "SRDI SME (specialised, refined, distinctive, innovative): qualifies → does not qualify  [2022.1 → 2026.1]"
        in out
    )
    assert FIRM_A.read_bytes() == original
    assert recorded(srdi_file.load(accepted)).packs["srdi_sme"] == "2026.1"  # type: ignore[union-attr]


def test_rescore_with_a_bad_pack_folder_says_so(tmp_path: Path, capsys):
    (tmp_path / "srdi_sme").mkdir()
    (tmp_path / "srdi_sme" / "9.toml").write_text("not toml [", encoding="utf-8")
    assert run(["rescore", str(FIRM_A), "--packs", str(tmp_path)]) == 2
    assert "the pack folder cannot be read" in capsys.readouterr().err
