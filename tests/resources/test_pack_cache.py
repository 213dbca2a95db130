"""The cache of validated rule packs: used when nothing changed, rebuilt when a pack changed, never
trusted when damaged or stored under another key."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from assessments.paths import resources_dir
from assessments.rules import loader
from assessments.rules.loader import all_packs, cache_key, installed_rules_dir, reload_packs


@pytest.fixture
def rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped packs (so a test can change one) and an empty data folder."""
    copy = tmp_path / "rules"
    shutil.copytree(resources_dir() / "rules", copy)
    monkeypatch.setattr(loader, "rules_dir", lambda: copy)
    monkeypatch.setenv("SRDI_DATA_DIR", str(tmp_path / "data"))
    reload_packs()
    yield copy
    reload_packs()


def cache_folder() -> Path:
    return installed_rules_dir().parent / "cache"


def cache_files() -> list[Path]:
    return sorted(cache_folder().glob("packs-*.pickle"))


def size_title(packs) -> str:
    return next(p.title_en for p in packs if p.scheme == "sme_size")


def fail_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes, name: str):
        raise AssertionError(f"{name} was parsed although the cache was valid")

    monkeypatch.setattr(loader, "parse_pack", refuse)


def test_a_second_start_reads_the_packs_from_the_cache_without_parsing(rules, monkeypatch):
    first = all_packs()
    assert len(cache_files()) == 1
    reload_packs()
    fail_parsing(monkeypatch)
    assert all_packs() == first


def test_a_changed_pack_invalidates_the_cache_and_is_read_again(rules):
    all_packs()
    before = cache_files()
    pack = rules / "sme_size" / "2011.1.toml"
    pack.write_text(
        pack.read_text(encoding="utf-8").replace('"SME size class"', '"SME size class (changed)"'),
        encoding="utf-8",
    )
    reload_packs()
    assert size_title(all_packs()) == "SME size class (changed)"
    after = cache_files()
    assert len(after) == 1 and after != before  # the old cache is gone, the new key written


def test_a_touched_pack_of_the_same_size_invalidates_the_cache(rules):
    all_packs()
    pack = rules / "sme_size" / "2011.1.toml"
    key = cache_key(rules, installed_rules_dir())
    status = pack.stat()
    os.utime(pack, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    assert cache_key(rules, installed_rules_dir()) != key


def test_a_corrupt_cache_file_is_ignored_and_rewritten(rules):
    expected = all_packs()
    (path,) = cache_files()
    path.write_bytes(b"\x80\x05not a pickle at all")
    reload_packs()
    assert all_packs() == expected
    assert pickle.loads(path.read_bytes())[0] == cache_key(rules, installed_rules_dir())


def test_a_cache_stored_under_another_key_is_never_trusted(rules):
    expected = all_packs()
    (path,) = cache_files()
    _key, loaded = pickle.loads(path.read_bytes())
    forged = loader._Loaded(loaded.packs[:1], ())  # one pack only, under the right file name
    path.write_bytes(pickle.dumps(("another key", forged)))
    reload_packs()
    assert all_packs() == expected


def test_an_unwritable_cache_folder_does_not_stop_loading(rules):
    cache_folder().parent.mkdir(parents=True, exist_ok=True)
    cache_folder().write_text("a file where the folder should be", encoding="utf-8")
    assert size_title(all_packs()) == "SME size class"
