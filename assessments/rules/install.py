"""Installing a verified bundle into the user's data folder, beside (never over) the shipped packs.

Each pack goes to `<data dir>/rules/<scheme>/<version>.toml` with its record of origin beside it; a pack
of the same scheme and version installed earlier is replaced, one shipped with the app never is (use a
new version number). The loader's cache is cleared, so the next assessment uses the new packs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from assessments.rules.bundle import VerifiedBundle, refused
from assessments.rules.loader import (
    Origin,
    installed_rules_dir,
    key_of,
    origin_path,
    reload_packs,
    shipped_packs,
)
from assessments.storage.atomic import write_bytes_atomic, write_text_atomic


def check_installable(bundle: VerifiedBundle) -> None:
    """Refuse a bundle that would replace a shipped pack (same scheme and version)."""
    shipped = {key_of(p) for p in shipped_packs()}
    clash = [bp.pack for bp in bundle.packs if key_of(bp.pack) in shipped]
    if clash:
        scheme, version = key_of(clash[0])
        raise refused(
            "shipped_version",
            f"{scheme} {version} 随本软件提供，更新包不能替换它（请使用新的版本号）",
            f"{scheme} {version} ships with the app and an update cannot replace it (use a new version number)",
        )


def install_bundle(
    bundle: VerifiedBundle, data_dir: Path | None = None, now: dt.datetime | None = None
) -> list[Path]:
    """Write every pack of the bundle and its origin record; returns the pack files written."""
    check_installable(bundle)
    root = installed_rules_dir(data_dir)
    stamp = (now or dt.datetime.now()).isoformat(timespec="seconds")
    written = []
    for bp in bundle.packs:
        scheme, version = key_of(bp.pack)
        target = root / scheme / f"{version}.toml"
        target.parent.mkdir(parents=True, exist_ok=True)
        origin = Origin(
            "installed", bundle.bundle_id, bundle.signer.name, stamp, hashlib.sha256(bp.data).hexdigest()
        )
        # The record first: a crash between the two leaves a digest mismatch, which the loader sets aside.
        write_text_atomic(origin_path(target), json.dumps(origin.to_json(), ensure_ascii=False, indent=2))
        write_bytes_atomic(target, bp.data)
        written.append(target)
    reload_packs()
    return written
