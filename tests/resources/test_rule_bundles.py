"""Signed rule-pack bundles (decision 12): sign → verify → diff → install → the catalogue uses the new pack;
every way a bundle is refused installs nothing; a broken installed pack is set aside, never fatal."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import io
import json
import zipfile
from pathlib import Path

import pytest

from assessments.model import Purpose
from assessments.paths import resources_dir, user_data_dir
from assessments.rules import bundle as bundle_module
from assessments.rules.bundle import (
    MANIFEST,
    SIGNATURE,
    BundleRefused,
    assemble,
    build_bundle,
    verify_bundle,
)
from assessments.rules.catalogue import NoPackInForce, last_pack_before, pack_for
from assessments.rules.diff import diff_bundle, render_diff
from assessments.rules.install import install_bundle
from assessments.rules.keys import key_entry, new_private_key
from assessments.rules.loader import (
    all_packs,
    installed_rules_dir,
    loaded_packs,
    pack_problems,
    parse_pack,
    reload_packs,
    shipped_packs,
)
from assessments.rules.packs_cli import add_commands

SHIPPED_MEASURES = resources_dir() / "rules" / "xiamen_measures" / "2024.1.toml"
IN_2027 = dt.date(2027, 3, 1)
TODAY = dt.date(2026, 12, 20)


def measures_text(version: str, start: str, end: str) -> str:
    """The shipped Xiamen measures as a new version: a new window, 措施(3) 60万 and 措施(17) cap 30万."""
    text = SHIPPED_MEASURES.read_text(encoding="utf-8")
    text = text.replace('version = "2024.1"', f'version = "{version}"')
    text = text.replace(
        "effective_from = 2024-09-11\neffective_to = 2026-12-31",
        f"effective_from = {start}\neffective_to = {end}",
    )
    text = text.replace("city = 50, district = 50", "city = 60, district = 50", 1)
    return text.replace("rate = 30, cap = 25,", "rate = 30, cap = 30,", 1)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SRDI_DATA_DIR", str(tmp_path / "data"))
    reload_packs()
    yield tmp_path / "data"
    reload_packs()


@pytest.fixture(scope="module")
def key():
    return new_private_key()


def write_keys(path: Path, key, valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2030, 12, 31)) -> Path:
    path.write_text(key_entry("Test signer", key.public_key(), valid_from, valid_to), encoding="utf-8")
    return path


@pytest.fixture
def keys(tmp_path: Path, key) -> Path:
    return write_keys(tmp_path / "trusted.toml", key)


@pytest.fixture
def pack_2027(tmp_path: Path) -> Path:
    path = tmp_path / "2027.1.toml"
    path.write_text(measures_text("2027.1", "2027-01-01", "2027-12-31"), encoding="utf-8")
    return path


@pytest.fixture
def bundle_2027(tmp_path: Path, key, pack_2027: Path) -> Path:
    out = tmp_path / "measures-2027.srdipack"
    out.write_bytes(build_bundle([pack_2027], key, "xm-2027", dt.date(2026, 12, 15)))
    return out


def verify(path: Path, keys: Path):
    return verify_bundle(path, keys, today=TODAY)


def signed(tmp_path: Path, key, manifest: dict, files: list[tuple[str, bytes]]) -> Path:
    out = tmp_path / "crafted.srdipack"
    out.write_bytes(assemble(json.dumps(manifest).encode(), files, key))
    return out


def entry(name: str, data: bytes, scheme="xiamen_measures", version="2027.1") -> dict:
    window = {"effective_from": "2027-01-01", "effective_to": "2027-12-31"}
    return {
        "file": name,
        "scheme": scheme,
        "version": version,
        "sha256": hashlib.sha256(data).hexdigest(),
        "in_force": [{"purpose": "new", **window}, {"purpose": "review", **window}],
    }


def manifest(*entries: dict, **overrides) -> dict:
    base = {
        "format": "srdi-rule-bundle",
        "format_version": 1,
        "bundle_id": "crafted",
        "created": "2026-12-15",
    }
    return {**base, "packs": list(entries), **overrides}


def refused_reason(path: Path, keys: Path, today: dt.date = TODAY) -> str:
    with pytest.raises(BundleRefused) as refusal:
        verify_bundle(path, keys, today=today)
    assert refusal.value.text.zh.startswith("未安装规则包更新")
    assert refusal.value.text.en.startswith("The rule update was not installed")
    return refusal.value.reason


def nothing_installed() -> bool:
    return not installed_rules_dir().exists() and all(lp.origin.kind == "shipped" for lp in loaded_packs())


# --- the round trip -------------------------------------------------------------------------------


def test_a_signed_bundle_installs_and_the_catalogue_picks_it_in_its_window(data_dir, bundle_2027, keys):
    with pytest.raises(NoPackInForce):
        pack_for("xiamen_measures", Purpose.NEW, IN_2027)  # cached before the install: must be invalidated
    written = install_bundle(verify(bundle_2027, keys))
    assert written == [data_dir / "rules" / "xiamen_measures" / "2027.1.toml"]
    pack = pack_for("xiamen_measures", Purpose.NEW, IN_2027)
    assert pack.version == "2027.1"
    assert pack.measure(3).benefit.city == 60
    assert pack_for("xiamen_measures", Purpose.NEW, dt.date(2026, 6, 1)).version == "2024.1"
    origin = next(lp.origin for lp in loaded_packs() if lp.pack.version == "2027.1")
    assert (origin.kind, origin.bundle_id, origin.signer) == ("installed", "xm-2027", "Test signer")
    assert (SHIPPED_MEASURES.parent / "2027.1.toml").exists() is False  # beside, never over, the shipped


def test_the_diff_lists_each_changed_amount_with_old_and_new_citations(data_dir, bundle_2027, keys):
    diff = diff_bundle(verify(bundle_2027, keys))
    (pack,) = diff.schemes()["xiamen_measures"]
    assert (pack.version, pack.compared_with, pack.replaces_installed) == ("2027.1", "2024.1", False)
    changes = {c.path: c for c in pack.changes}
    assert set(changes) == {"measures.m03.benefit.city", "measures.m17.benefit.cap"}
    city = changes["measures.m03.benefit.city"]
    assert (city.old, city.new) == (50, 60)
    assert city.old_source.article == city.new_source.article == "（3）"
    assert city.new_source.confidence.value == "OT"
    assert [w.effective_from for w in pack.windows] == [dt.date(2027, 1, 1)] * 2
    assert [w.effective_to for w in pack.old_windows] == [dt.date(2026, 12, 31)] * 2
    zh, en = render_diff(diff, "zh"), render_diff(diff, "en")
    assert "首次获得“小巨人”称号奖励 [measures.m03.benefit.city]: 50 → 60" in zh
    assert "厦门市支持专精特新企业高质量发展的若干措施 （17） [OT]" in zh
    assert "New version, compared with 2024.1" in en and "new 2027-01-01 – 2027-12-31" in en


def test_an_installed_pack_overlapping_a_shipped_one_wins_by_its_higher_version(
    data_dir, key, keys, tmp_path
):
    path = tmp_path / "2024.2.toml"
    path.write_text(measures_text("2024.2", "2026-07-01", "2026-12-31"), encoding="utf-8")
    out = tmp_path / "b.srdipack"
    out.write_bytes(build_bundle([path], key, "xm-2024-2", dt.date(2026, 6, 1)))
    bundle = verify(out, keys)
    (pack_diff,) = diff_bundle(bundle).packs
    assert {(n.kind, n.version, n.start, n.end) for n in pack_diff.notes} == {
        ("takes_over", "2024.1", dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    }
    install_bundle(bundle)
    assert pack_for("xiamen_measures", Purpose.NEW, dt.date(2026, 8, 1)).version == "2024.2"
    assert pack_for("xiamen_measures", Purpose.REVIEW, dt.date(2026, 6, 30)).version == "2024.1"


def test_reinstalling_a_version_replaces_the_installed_one(data_dir, key, keys, bundle_2027, tmp_path):
    install_bundle(verify(bundle_2027, keys))
    path = tmp_path / "again" / "2027.1.toml"
    path.parent.mkdir()
    path.write_text(
        measures_text("2027.1", "2027-01-01", "2027-12-31").replace("city = 60", "city = 70"), "utf-8"
    )
    out = tmp_path / "again.srdipack"
    out.write_bytes(build_bundle([path], key, "xm-2027-fix", dt.date(2026, 12, 16)))
    bundle = verify(out, keys)
    (pack_diff,) = diff_bundle(bundle).packs
    assert pack_diff.replaces_installed and pack_diff.compared_with == "2027.1"
    assert [(c.old, c.new) for c in pack_diff.changes] == [(60, 70)]
    install_bundle(bundle)
    assert pack_for("xiamen_measures", Purpose.NEW, IN_2027).measure(3).benefit.city == 70
    assert not pack_problems()


def test_last_pack_before_names_the_pack_that_ended(data_dir):
    past = last_pack_before("xiamen_measures", Purpose.NEW, IN_2027)
    assert (past.pack.version, past.ended) == ("2024.1", dt.date(2026, 12, 31))
    assert last_pack_before("hnte", Purpose.NEW, IN_2027) is None


# --- refusals: each installs nothing ----------------------------------------------------------------


def test_an_unsigned_bundle_is_refused(data_dir, tmp_path, pack_2027, keys):
    data = pack_2027.read_bytes()
    out = tmp_path / "unsigned.srdipack"
    name = "rules/xiamen_measures/2027.1.toml"
    out.write_bytes(assemble(json.dumps(manifest(entry(name, data))).encode(), [(name, data)], None))
    assert refused_reason(out, keys) == "unsigned"
    assert nothing_installed()


def rewrite(path: Path, change) -> Path:
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    change(files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_bundle_with_one_altered_byte_is_refused(data_dir, bundle_2027, keys):
    name = "rules/xiamen_measures/2027.1.toml"

    def alter(files):
        files[name] = files[name].replace(b"city = 60", b"city = 90", 1)

    assert refused_reason(rewrite(bundle_2027, alter), keys) == "tampered"
    assert nothing_installed()


def test_a_flipped_byte_anywhere_in_the_file_is_refused_or_changes_no_signed_content(
    data_dir, bundle_2027, keys
):
    """The signature covers the content (manifest and packs), not the zip's own bookkeeping: a flipped byte
    in a timestamp or attribute field changes nothing that could be installed."""
    original = bundle_2027.read_bytes()
    signed_content = [(bp.file, bp.data) for bp in verify(bundle_2027, keys).packs]
    refusals = 0
    for position in range(0, len(original), 29):
        data = bytearray(original)
        data[position] ^= 0x01
        bundle_2027.write_bytes(bytes(data))
        try:
            accepted = verify(bundle_2027, keys)
        except BundleRefused:
            refusals += 1
        else:
            assert [(bp.file, bp.data) for bp in accepted.packs] == signed_content, position
    assert refusals > len(original) // 29 * 0.8  # the packs are most of the file
    assert nothing_installed()


def test_a_bundle_signed_by_an_unknown_key_is_refused(data_dir, tmp_path, pack_2027, keys):
    out = tmp_path / "stranger.srdipack"
    out.write_bytes(build_bundle([pack_2027], new_private_key(), "stranger", dt.date(2026, 12, 15)))
    assert refused_reason(out, keys) == "unknown_key"
    assert nothing_installed()


def test_a_key_outside_its_validity_dates_is_refused(data_dir, tmp_path, key, bundle_2027):
    expired = write_keys(tmp_path / "expired.toml", key, dt.date(2020, 1, 1), dt.date(2025, 12, 31))
    assert refused_reason(bundle_2027, expired) == "key_not_valid"
    current = write_keys(tmp_path / "current.toml", key, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert refused_reason(bundle_2027, current, today=dt.date(2027, 1, 1)) == "key_not_valid"
    assert nothing_installed()


def test_a_malformed_manifest_is_refused(data_dir, tmp_path, key, pack_2027, keys):
    data, name = pack_2027.read_bytes(), "rules/xiamen_measures/2027.1.toml"
    broken = manifest(entry(name, data), bundle_id="no spaces allowed/..")
    assert refused_reason(signed(tmp_path, key, broken, [(name, data)]), keys) == "bad_manifest"
    assert nothing_installed()


def test_a_pack_that_does_not_fit_the_schema_is_refused(data_dir, tmp_path, key, pack_2027, keys):
    data, name = pack_2027.read_bytes() + b"\nthreshhold = 5\n", "rules/xiamen_measures/2027.1.toml"
    out = signed(tmp_path, key, manifest(entry(name, data)), [(name, data)])
    with pytest.raises(BundleRefused, match="threshhold") as refusal:
        verify(out, keys)
    assert refusal.value.reason == "bad_pack"
    assert nothing_installed()


def test_a_manifest_that_disagrees_with_its_pack_is_refused(data_dir, tmp_path, key, pack_2027, keys):
    data = pack_2027.read_bytes()
    name = "rules/xiamen_measures/2027.2.toml"
    out = signed(tmp_path, key, manifest(entry(name, data, version="2027.2")), [(name, data)])
    assert refused_reason(out, keys) == "mismatch"
    good = "rules/xiamen_measures/2027.1.toml"
    extra = signed(tmp_path, key, manifest(entry(good, data)), [(good, data)])
    rewrite(extra, lambda files: files.update({"rules/hnte/9.toml": b"x"}))
    assert refused_reason(extra, keys) == "mismatch"
    assert nothing_installed()


def test_a_bundle_over_the_size_limit_is_refused(data_dir, bundle_2027, keys, monkeypatch):
    monkeypatch.setattr(bundle_module, "MAX_BUNDLE_BYTES", 1000)
    assert refused_reason(bundle_2027, keys) == "too_large"
    assert nothing_installed()


def test_a_zip_with_path_traversal_names_is_refused_and_writes_nothing(data_dir, tmp_path, key, keys):
    data, name = b"x = 1\n", "../../evil.toml"
    out = signed(tmp_path, key, manifest(entry(name, data)), [(name, data)])
    assert refused_reason(out, keys) == "unsafe_name"
    assert not (tmp_path.parent / "evil.toml").exists()
    for bad in ("/etc/evil.toml", "rules\\..\\evil.toml", "C:/evil.toml"):
        crafted = tmp_path / "abs.srdipack"
        with zipfile.ZipFile(crafted, "w") as archive:
            archive.writestr(bad, b"x")
            archive.writestr(MANIFEST, b"{}")
            archive.writestr(SIGNATURE, b"{}")
        assert refused_reason(crafted, keys) == "unsafe_name"
    assert nothing_installed()


def test_a_file_that_is_not_a_zip_is_refused(data_dir, tmp_path, keys):
    out = tmp_path / "note.srdipack"
    out.write_text("hello", encoding="utf-8")
    assert refused_reason(out, keys) == "not_a_bundle"


def test_a_bundle_cannot_replace_a_shipped_pack(data_dir, tmp_path, key, keys):
    out = tmp_path / "shipped.srdipack"
    out.write_bytes(build_bundle([SHIPPED_MEASURES], key, "again", dt.date(2026, 12, 15)))
    with pytest.raises(BundleRefused) as refusal:
        install_bundle(verify(out, keys))
    assert refusal.value.reason == "shipped_version"
    assert nothing_installed()


# --- installed packs that break later ---------------------------------------------------------------


def test_a_broken_installed_pack_is_set_aside_and_the_shipped_packs_still_load(data_dir, bundle_2027, keys):
    (path,) = install_bundle(verify(bundle_2027, keys))
    path.write_text(path.read_text(encoding="utf-8") + "\nthreshhold = 5\n", encoding="utf-8")
    stray = data_dir / "rules" / "hnte" / "2030.1.toml"
    stray.parent.mkdir(parents=True)
    stray.write_text("not = [toml", encoding="utf-8")
    reload_packs()
    assert {(p.scheme, p.version) for p in all_packs()} == {(p.scheme, p.version) for p in shipped_packs()}
    problems = pack_problems()
    assert len(problems) == 2
    assert all(p.set_aside_to is not None and p.set_aside_to.exists() for p in problems)
    assert "changed after it was installed" in " ".join(p.text.en for p in problems)
    assert not path.exists() and not stray.exists()
    with pytest.raises(NoPackInForce):
        pack_for("xiamen_measures", Purpose.NEW, IN_2027)
    reload_packs()
    assert not pack_problems()  # set aside once, not reported again


# --- the command line ------------------------------------------------------------------------------


def cli(argv: list[str], answer: str = "") -> int:
    top = argparse.ArgumentParser()
    add_commands(top.add_subparsers(dest="command", required=True))
    args = top.parse_args(argv)
    return args.run(args, ask=lambda _prompt: answer)


def test_packs_list_shows_every_pack_with_origin_and_confidence(data_dir, bundle_2027, keys, capsys):
    install_bundle(verify(bundle_2027, keys))
    assert cli(["packs", "list", "--lang", "en", "--date", "2027-03-01"]) == 0
    out = capsys.readouterr().out
    assert "* xiamen_measures 2027.1" in out and "  xiamen_measures 2024.1" in out
    assert "installed (xm-2027, signed by Test signer" in out
    assert (
        "shipped · Official text 2 · Several sources agree 2 · Product convention 1 · Single source, to verify 4"
        in out
    )


def test_packs_install_shows_the_diff_and_installs_with_yes(data_dir, bundle_2027, keys, capsys):
    assert cli(["packs", "install", str(bundle_2027), "--yes", "--trusted-keys", str(keys)]) == 0
    out = capsys.readouterr().out
    assert "50 → 60" in out and "已安装" in out
    assert pack_for("xiamen_measures", Purpose.NEW, IN_2027).version == "2027.1"


def test_packs_install_asks_first_and_a_no_installs_nothing(data_dir, bundle_2027, keys, capsys):
    assert cli(["packs", "install", str(bundle_2027), "--trusted-keys", str(keys)], answer="n") == 1
    assert nothing_installed()


def test_packs_install_of_a_refused_bundle_exits_2_with_both_languages(
    data_dir, bundle_2027, tmp_path, key, capsys
):
    expired = write_keys(tmp_path / "expired.toml", key, dt.date(2020, 1, 1), dt.date(2021, 1, 1))
    assert cli(["packs", "install", str(bundle_2027), "--yes", "--trusted-keys", str(expired)]) == 2
    err = capsys.readouterr().err
    assert "未安装规则包更新" in err and "The rule update was not installed" in err
    assert nothing_installed()


# --- the key and signing scripts, and the shipped key ------------------------------------------------


def script(name: str):
    path = Path(__file__).resolve().parents[2] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scripts_make_a_key_and_sign_a_bundle_the_app_accepts(data_dir, tmp_path, pack_2027, capsys):
    make, sign = script("make_rule_keys"), script("sign_rule_bundle")
    private, keys_file = tmp_path / "secret" / "k.pem", tmp_path / "keys.toml"
    assert make.main([str(private), "--name", "Pilot", "--keys-file", str(keys_file)]) == 0
    assert private.stat().st_mode & 0o077 == 0
    out = tmp_path / "signed.srdipack"
    argv = ["--key", str(private), "--out", str(out), "--keys-file", str(keys_file), str(pack_2027)]
    assert sign.main(argv) == 0
    assert verify_bundle(out, keys_file).signer.name == "Pilot"
    assert (
        make.main([str(private), "--name", "Pilot", "--keys-file", str(keys_file)]) == 2
    )  # never overwritten


def test_the_key_script_refuses_to_write_a_private_key_into_the_repository(tmp_path):
    make = script("make_rule_keys")
    inside = Path(__file__).resolve().parents[2] / "resources" / "keys" / "private.pem"
    assert make.main([str(inside), "--name", "x", "--keys-file", str(tmp_path / "k.toml")]) == 2
    assert not inside.exists()


def test_the_app_ships_a_trusted_public_key_and_no_private_key():
    from assessments.rules.keys import load_trusted_keys

    (shipped,) = load_trusted_keys()
    assert shipped.valid_from < shipped.valid_to
    for path in (resources_dir() / "keys").rglob("*"):
        assert b"PRIVATE KEY" not in path.read_bytes()


def test_the_user_data_dir_honours_srdi_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SRDI_DATA_DIR", str(tmp_path))
    assert user_data_dir() == tmp_path
    monkeypatch.delenv("SRDI_DATA_DIR")
    assert user_data_dir().name in {"srdi-self-check", "SRDI Self-Check"}


def test_a_bundle_pack_is_validated_by_the_same_schema_as_shipped_packs():
    assert parse_pack(SHIPPED_MEASURES.read_bytes(), "x") == next(
        p for p in shipped_packs() if p.scheme == "xiamen_measures"
    )
