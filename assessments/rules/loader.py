"""Reading rule packs from TOML with every number as a Decimal: the packs shipped with the app and the
ones the user installed from signed bundles (decision 12).

Installed packs live in `<user data>/rules/<scheme>/<version>.toml`, each with a `.origin.json` record
beside it (bundle, signer, date, digest). `all_packs()` reads both once and is cached; call
`reload_packs()` after an install. An installed pack that does not load is moved to `rules/.set-aside/`
and reported by `pack_problems()`: a broken download never stops the app or the shipped packs.

Parsing and validating every pack takes longer than the rest of a start, so the validated packs are kept
in `<user data>/cache/packs-<key>.pickle`. The key covers the code that shapes a pack (this module, the
schema, the app build) and every pack file's path, size and change time, shipped and installed: any
change reads the TOML again. A cache whose key differs, or that cannot be read, is never used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import pickle
import shutil
import sys
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal

from assessments import results
from assessments.paths import resources_dir, user_data_dir
from assessments.results import Text
from assessments.rules import schema
from assessments.rules.schema import AnyPack, CriteriaPack, DigitalPack, MeasuresPack, SizePack
from assessments.storage.atomic import write_bytes_atomic, write_text_atomic

_KINDS = {
    "criteria": CriteriaPack,
    "sme_size": SizePack,
    "digital_questionnaire": DigitalPack,
    "support_measures": MeasuresPack,
}
ORIGIN_SUFFIX = ".origin.json"
SET_ASIDE = ".set-aside"
CACHE_FORMAT = 1  # raise when what is pickled changes shape
CACHE_PREFIX = "packs-"


class PackError(ValueError):
    """A shipped or user-supplied rule pack that does not fit the schema."""


@dataclass(frozen=True)
class Origin:
    """Where a pack came from: shipped with the app, or installed from a signed bundle."""

    kind: Literal["shipped", "installed"]
    bundle_id: str = ""
    signer: str = ""
    installed_at: str = ""  # ISO date and time of the install
    sha256: str = ""

    def to_json(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in ("bundle_id", "signer", "installed_at", "sha256")}


SHIPPED = Origin("shipped")


@dataclass(frozen=True)
class LoadedPack:
    pack: AnyPack
    path: Path
    origin: Origin


@dataclass(frozen=True)
class PackProblem:
    """An installed pack that was set aside, and why (shown in the app and by `packs list`)."""

    path: Path
    text: Text
    set_aside_to: Path | None = None


@dataclass(frozen=True)
class _Loaded:
    packs: tuple[LoadedPack, ...]
    problems: tuple[PackProblem, ...]


def rules_dir() -> Path:
    return resources_dir() / "rules"


def installed_rules_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or user_data_dir()) / "rules"


def parse_pack(data: bytes, name: str) -> AnyPack:
    """A pack from its TOML bytes, validated with the schema; `name` only labels errors."""
    try:
        raw = tomllib.loads(data.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise PackError(f"{name}: not a TOML file ({error})") from error
    kind = raw.get("kind", "criteria")
    if kind not in _KINDS:
        raise PackError(f"{name}: unknown pack kind {kind!r}")
    try:
        return _KINDS[kind].model_validate(raw)
    except ValueError as error:
        raise PackError(f"{name}: {error}") from error


def load_pack(path: Path) -> AnyPack:
    return parse_pack(path.read_bytes(), str(path))


def pack_paths(root: Path | None = None) -> list[Path]:
    """Every `<scheme>/<version>.toml` under root (shipped by default); hidden folders are not packs."""
    found = sorted((root or rules_dir()).glob("*/*.toml"))
    return [p for p in found if not p.parent.name.startswith(".") and not p.name.startswith(".")]


def all_packs() -> tuple[AnyPack, ...]:
    """Shipped and installed packs, read once per data folder (see `reload_packs`)."""
    return tuple(loaded.pack for loaded in loaded_packs())


def loaded_packs() -> tuple[LoadedPack, ...]:
    return _load(rules_dir(), installed_rules_dir()).packs


def pack_problems() -> tuple[PackProblem, ...]:
    """Installed packs set aside while loading (empty when every installed pack loaded)."""
    return _load(rules_dir(), installed_rules_dir()).problems


def origin_of(pack: AnyPack) -> Origin:
    found = (lp.origin for lp in loaded_packs() if (lp.pack.scheme, lp.pack.version) == key_of(pack))
    return next(found, SHIPPED)


def reload_packs() -> None:
    """Forget the packs read so far: the next `all_packs()` reads the folders again (after an install)."""
    _load.cache_clear()
    _shipped.cache_clear()


def shipped_packs() -> tuple[AnyPack, ...]:
    return tuple(lp.pack for lp in _shipped(rules_dir()))


def key_of(pack: AnyPack) -> tuple[str, str]:
    return (pack.scheme, pack.version)


@cache
def _shipped(root: Path) -> tuple[LoadedPack, ...]:
    return tuple(LoadedPack(load_pack(p), p, SHIPPED) for p in pack_paths(root))


@cache
def _load(shipped_root: Path, installed_root: Path) -> _Loaded:
    folder = installed_root.parent / "cache"
    key = cache_key(shipped_root, installed_root)
    cached = read_cache(folder, key)
    if cached is not None:
        return cached
    loaded = _parse_all(shipped_root, installed_root)
    if not loaded.problems:  # a pack set aside changed the folder: the key no longer describes it
        write_cache(folder, key, loaded)
    return loaded


def _parse_all(shipped_root: Path, installed_root: Path) -> _Loaded:
    shipped = _shipped(shipped_root)
    taken = {key_of(lp.pack) for lp in shipped}
    installed, problems = [], []
    for path in pack_paths(installed_root):
        try:
            loaded = _installed_pack(path, taken)
        except PackError as error:
            problems.append(set_aside(path, installed_root, _problem_text(path, installed_root, error)))
            continue
        taken.add(key_of(loaded.pack))
        installed.append(loaded)
    return _Loaded((*shipped, *installed), tuple(problems))


# --- the cache of validated packs -----------------------------------------------------------------


def cache_key(shipped_root: Path, installed_root: Path) -> str:
    """A digest of everything the loaded packs depend on: the code and every pack file's stamp."""
    stamps: list[object] = [CACHE_FORMAT, sys.version, getattr(sys, "frozen", False)]
    code = [Path(m.__file__ or "") for m in (schema, results, sys.modules[__name__])]
    if getattr(sys, "frozen", False):
        code.append(Path(sys.executable))  # a frozen build's modules live inside the executable
    files = [*pack_paths(shipped_root), *pack_paths(installed_root)]
    files += [origin_path(p) for p in pack_paths(installed_root)]
    for path in (*code, *files):
        stamps.append(_stamp(path))
    return hashlib.sha256(repr(stamps).encode()).hexdigest()[:24]


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        status = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), status.st_size, status.st_mtime_ns)


def cache_path(folder: Path, key: str) -> Path:
    return folder / f"{CACHE_PREFIX}{key}.pickle"


def read_cache(folder: Path, key: str) -> _Loaded | None:
    """The packs stored under `key`, or None if there are none or they cannot be read."""
    try:
        stored_key, loaded = pickle.loads(cache_path(folder, key).read_bytes())
    except Exception:  # a damaged pickle can fail in any way at all; it is only ever a cache
        return None
    if stored_key != key or not isinstance(loaded, _Loaded):
        return None
    return loaded


def write_cache(folder: Path, key: str, loaded: _Loaded) -> None:
    """Store the packs under `key` and remove caches for other keys; a folder that refuses is no error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(cache_path(folder, key), pickle.dumps((key, loaded), pickle.HIGHEST_PROTOCOL))
        for old in folder.glob(f"{CACHE_PREFIX}*.pickle"):
            if old.name != cache_path(folder, key).name:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        return


# --- installed packs ------------------------------------------------------------------------------


def origin_path(pack_path: Path) -> Path:
    return pack_path.with_name(pack_path.stem + ORIGIN_SUFFIX)


def read_origin(pack_path: Path) -> Origin:
    try:
        raw = json.loads(origin_path(pack_path).read_text(encoding="utf-8"))
        return Origin(
            "installed", **{k: str(raw[k]) for k in ("bundle_id", "signer", "installed_at", "sha256")}
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise PackError(f"no readable record of origin ({error})") from error


def _installed_pack(path: Path, taken: set[tuple[str, str]]) -> LoadedPack:
    origin = read_origin(path)
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != origin.sha256:
        raise PackError("the file changed after it was installed")
    pack = parse_pack(data, path.name)
    if (path.parent.name, path.stem) != key_of(pack):
        raise PackError(f"the file name does not match scheme {pack.scheme} version {pack.version}")
    if key_of(pack) in taken:
        raise PackError(f"{pack.scheme} {pack.version} is already shipped with the app or installed")
    return LoadedPack(pack, path, origin)


def _problem_text(path: Path, root: Path, error: PackError) -> Text:
    name = path.relative_to(root).as_posix()
    return Text(
        f"已安装的规则包 {name} 无法使用，已移至 {SET_ASIDE}：{error}",
        f"The installed rule pack {name} cannot be used and was set aside in {SET_ASIDE}: {error}",
    )


def set_aside(path: Path, root: Path, text: Text) -> PackProblem:
    """Move a broken installed pack (and its origin record) out of the way, with the reason beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = root / SET_ASIDE / f"{path.parent.name}-{path.stem}-{stamp}.toml"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
        if origin_path(path).exists():
            shutil.move(origin_path(path), target.with_suffix(ORIGIN_SUFFIX))
        write_text_atomic(target.with_suffix(".reason.txt"), f"{text.zh}\n{text.en}\n")
    except OSError:
        return PackProblem(path, text)  # a read-only folder: skipped for this run, reported all the same
    return PackProblem(path, text, target)
