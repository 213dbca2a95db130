"""Signed rule-pack bundles (`.srdipack`): how a newer pack reaches an offline app (decision 12).

A bundle is a zip holding
  manifest.json           format, bundle id, created date, and per pack its file, scheme, version,
                          windows (`in_force`) and SHA-256;
  rules/<scheme>/<version>.toml   the packs, as the TOML text of a shipped pack;
  signature.json          `{"algorithm": "ed25519", "key": <fingerprint>, "signature": <base64>}`.
The Ed25519 signature covers `signed_message`: a fixed prefix, the manifest bytes and every pack's name
and bytes, length-prefixed in manifest order, so no byte of the content can change unnoticed.

`verify_bundle` reads a file without extracting anything and returns a `VerifiedBundle`, or raises
`BundleRefused` with a reason code and a message in both languages; nothing is installed either way.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assessments.results import Text
from assessments.rules.keys import KeyFileError, TrustedKey, fingerprint, load_trusted_keys
from assessments.rules.loader import PackError, parse_pack
from assessments.rules.schema import AnyPack, InForce

FORMAT, FORMAT_VERSION = "srdi-rule-bundle", 1
SUFFIX = ".srdipack"
MANIFEST, SIGNATURE = "manifest.json", "signature.json"
MAX_BUNDLE_BYTES = 4 * 1024 * 1024  # the largest shipped pack is ~40 kB
MAX_UNPACKED_BYTES = 16 * 1024 * 1024
MAX_ENTRIES = 64
_PREFIX = b"SRDI-RULE-BUNDLE/1\n"
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed, so one content always makes the same bytes


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ManifestPack(_Strict):
    file: str
    scheme: str
    version: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    in_force: tuple[InForce, ...]


class Manifest(_Strict):
    format: Literal["srdi-rule-bundle"]
    format_version: Literal[1]
    bundle_id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
    created: dt.date
    title_zh: str = ""
    title_en: str = ""
    packs: tuple[ManifestPack, ...] = Field(min_length=1)


class Signature(_Strict):
    algorithm: Literal["ed25519"]
    key: str
    signature: str


@dataclass(frozen=True)
class BundlePack:
    file: str
    data: bytes
    pack: AnyPack


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    packs: tuple[BundlePack, ...]
    signer: TrustedKey

    @property
    def bundle_id(self) -> str:
        return self.manifest.bundle_id


Reason = Literal[
    "unreadable",
    "too_large",
    "not_a_bundle",
    "unsafe_name",
    "unsigned",
    "bad_manifest",
    "unknown_key",
    "tampered",
    "key_not_valid",
    "mismatch",
    "bad_pack",
    "no_keys",
    "shipped_version",
]


class BundleRefused(Exception):
    """A bundle that is not installed, with the reason in both languages."""

    def __init__(self, reason: Reason, text: Text) -> None:
        super().__init__(text.en)
        self.reason = reason
        self.text = text


def refused(reason: Reason, zh: str, en: str) -> BundleRefused:
    return BundleRefused(
        reason,
        Text(
            f"未安装规则包更新：{zh}。未作任何更改。",
            f"The rule update was not installed: {en}. Nothing changed.",
        ),
    )


# --- making a bundle (scripts/sign_rule_bundle.py, tests) ---------------------------------------------


def pack_file_name(pack: AnyPack) -> str:
    return f"rules/{pack.scheme}/{pack.version}.toml"


def manifest_for(
    packs: list[tuple[bytes, AnyPack]],
    bundle_id: str,
    created: dt.date,
    title_zh: str = "",
    title_en: str = "",
) -> bytes:
    entries = [
        {
            "file": pack_file_name(pack),
            "scheme": pack.scheme,
            "version": pack.version,
            "sha256": hashlib.sha256(data).hexdigest(),
            "in_force": [w.model_dump(mode="json", exclude_none=True) for w in pack.in_force],
        }
        for data, pack in packs
    ]
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "bundle_id": bundle_id,
        "created": created.isoformat(),
        "title_zh": title_zh,
        "title_en": title_en,
        "packs": entries,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")


def signed_message(manifest: bytes, files: list[tuple[str, bytes]]) -> bytes:
    parts = [_PREFIX, _netstring(manifest)]
    for name, data in files:
        parts += [_netstring(name.encode("utf-8")), _netstring(data)]
    return b"".join(parts)


def _netstring(data: bytes) -> bytes:
    return str(len(data)).encode("ascii") + b":" + data + b","


def assemble(manifest: bytes, files: list[tuple[str, bytes]], key: Ed25519PrivateKey | None) -> bytes:
    """The zip bytes of a bundle; `files` in manifest order; without a key, an unsigned bundle."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        _add(archive, MANIFEST, manifest)
        for name, data in files:
            _add(archive, name, data)
        if key is not None:
            _add(archive, SIGNATURE, signature_json(key, signed_message(manifest, files)))
    return buffer.getvalue()


def signature_json(key: Ed25519PrivateKey, message: bytes) -> bytes:
    signature = {
        "algorithm": "ed25519",
        "key": fingerprint(key.public_key()),
        "signature": base64.b64encode(key.sign(message)).decode("ascii"),
    }
    return json.dumps(signature, indent=2).encode("utf-8")


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED)


def build_bundle(
    pack_files: list[Path],
    key: Ed25519PrivateKey,
    bundle_id: str = "",
    created: dt.date | None = None,
    title_zh: str = "",
    title_en: str = "",
) -> bytes:
    """Sign the given pack files (each checked against the schema first) into a bundle's bytes."""
    created = created or dt.date.today()
    loaded = [(data, parse_pack(data, str(path))) for path in pack_files for data in [path.read_bytes()]]
    bundle_id = bundle_id or default_bundle_id(loaded, created)
    manifest = manifest_for(loaded, bundle_id, created, title_zh, title_en)
    return assemble(manifest, [(pack_file_name(p), data) for data, p in loaded], key)


def default_bundle_id(packs: list[tuple[bytes, AnyPack]], created: dt.date) -> str:
    digest = hashlib.sha256(b"".join(data for data, _ in packs)).hexdigest()[:8]
    return f"rules-{created.isoformat()}-{digest}"


# --- verifying a bundle -----------------------------------------------------------------------------


def verify_bundle(path: Path, keys_path: Path | None = None, today: dt.date | None = None) -> VerifiedBundle:
    """The bundle's packs if every check passes; otherwise `BundleRefused` (nothing is written)."""
    data = _read_file(Path(path))
    return verify_bytes(data, keys_path, today)


def verify_bytes(data: bytes, keys_path: Path | None = None, today: dt.date | None = None) -> VerifiedBundle:
    if len(data) > MAX_BUNDLE_BYTES:
        raise _too_large(len(data))
    files = _entries(data)
    manifest_bytes, signature = _manifest_bytes(files), _signature(files)
    manifest = _manifest(manifest_bytes)
    ordered = _pack_files(manifest, files)
    key = _signer(signature, keys_path)
    _check_signature(key, signature, signed_message(manifest_bytes, ordered))
    _check_key_dates(key, manifest.created, today or dt.date.today())
    packs = tuple(_pack(entry, content) for entry, (_, content) in zip(manifest.packs, ordered, strict=True))
    _check_unique(packs)
    return VerifiedBundle(manifest, packs, key)


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise _too_large(size)
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise refused(
            "unreadable", f"无法读取文件 {path}（{reason}）", f"cannot read the file {path} ({reason})"
        ) from error


def _too_large(size: int) -> BundleRefused:
    limit = MAX_BUNDLE_BYTES // (1024 * 1024)
    return refused(
        "too_large",
        f"文件有 {size} 字节，超过规则包更新的上限 {limit} MB",
        f"the file has {size} bytes, over the {limit} MB limit for a rule update",
    )


def _entries(data: bytes) -> dict[str, bytes]:
    """Every member of the zip, read into memory (never extracted), after the name and size checks."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_members(infos)
            return {info.filename: archive.read(info) for info in infos}
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,  # a flag bit says "encrypted"
        OverflowError,
    ) as error:  # every way a damaged zip fails to read
        raise refused(
            "not_a_bundle",
            f"这不是规则包更新文件，或文件已损坏（{error}）",
            f"this is not a rule update file, or it is damaged ({error})",
        ) from error


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    names = [info.filename for info in infos]
    unsafe = [name for name in names if not _safe_name(name)]
    if unsafe:
        raise refused(
            "unsafe_name",
            f"文件内含不安全的路径 {unsafe[0]!r}",
            f"it holds an unsafe path {unsafe[0]!r}",
        )
    if len(set(names)) != len(names) or len(names) > MAX_ENTRIES:
        raise refused("not_a_bundle", "文件内容条目重复或过多", "it holds repeated or too many entries")
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise _too_large(sum(info.file_size for info in infos))


def _safe_name(name: str) -> bool:
    if not name or "\\" in name or ":" in name or name.startswith("/") or "\x00" in name:
        return False
    return all(part not in ("", ".", "..") for part in PurePosixPath(name).parts) and not name.endswith("/")


def _manifest_bytes(files: dict[str, bytes]) -> bytes:
    if MANIFEST not in files:
        raise refused("bad_manifest", "缺少清单 manifest.json", "it has no manifest.json")
    return files[MANIFEST]


def _signature(files: dict[str, bytes]) -> Signature:
    if SIGNATURE not in files:
        raise refused("unsigned", "文件没有签名", "the file is not signed")
    try:
        return Signature.model_validate_json(files[SIGNATURE])
    except ValidationError as error:
        raise refused("unsigned", "签名部分无法读取", "its signature cannot be read") from error


def _manifest(data: bytes) -> Manifest:
    try:
        return Manifest.model_validate_json(data)
    except ValidationError as error:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()[:3])
        raise refused(
            "bad_manifest", f"清单格式有误（{detail}）", f"its manifest is malformed ({detail})"
        ) from error


def _pack_files(manifest: Manifest, files: dict[str, bytes]) -> list[tuple[str, bytes]]:
    listed = [entry.file for entry in manifest.packs]
    extra = sorted(set(files) - set(listed) - {MANIFEST, SIGNATURE})
    missing = [name for name in listed if name not in files]
    if extra or missing or len(set(listed)) != len(listed):
        what = ", ".join(extra + missing) or "duplicate entries"
        raise refused(
            "mismatch", f"清单与文件内容不一致（{what}）", f"the manifest disagrees with the content ({what})"
        )
    return [(name, files[name]) for name in listed]


def _signer(signature: Signature, keys_path: Path | None) -> TrustedKey:
    try:
        keys = load_trusted_keys(keys_path)
    except KeyFileError as error:
        raise refused(
            "no_keys", f"无法读取受信任的公钥（{error}）", f"the trusted keys cannot be read ({error})"
        ) from error
    found = next((k for k in keys if k.fingerprint == signature.key), None)
    if found is None:
        raise refused(
            "unknown_key",
            f"签名所用的密钥 {signature.key} 不在本软件信任的公钥中",
            f"it is signed with a key ({signature.key}) this app does not trust",
        )
    return found


def _check_signature(key: TrustedKey, signature: Signature, message: bytes) -> None:
    try:
        key.public_key.verify(base64.b64decode(signature.signature, validate=True), message)
    except (InvalidSignature, binascii.Error, ValueError) as error:
        raise refused(
            "tampered",
            "签名与内容不符：文件在签名后被改动或已损坏",
            "the signature does not match the content: the file was altered after signing, or damaged",
        ) from error


def _check_key_dates(key: TrustedKey, created: dt.date, today: dt.date) -> None:
    for day in (today, created):
        if not key.valid_on(day):
            raise refused(
                "key_not_valid",
                f"签名密钥“{key.name}”仅在 {key.valid_from} 至 {key.valid_to} 有效（{day} 不在其内）",
                f"the signing key “{key.name}” is valid only from {key.valid_from} to {key.valid_to} "
                f"({day} is outside)",
            )


def _pack(entry: ManifestPack, data: bytes) -> BundlePack:
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise refused(
            "mismatch",
            f"{entry.file} 的摘要与清单不符",
            f"the digest of {entry.file} disagrees with the manifest",
        )
    try:
        pack = parse_pack(data, entry.file)
    except PackError as error:
        raise refused(
            "bad_pack",
            f"规则包 {entry.file} 不符合格式：{error}",
            f"the pack {entry.file} is malformed: {error}",
        ) from error
    agrees = (entry.scheme, entry.version, entry.in_force) == (pack.scheme, pack.version, pack.in_force)
    if not agrees or entry.file != pack_file_name(pack):
        raise refused(
            "mismatch",
            f"清单对 {entry.file} 的方案、版本或适用期间与规则包本身不一致",
            f"the manifest's scheme, version or windows for {entry.file} disagree with the pack itself",
        )
    return BundlePack(entry.file, data, pack)


def _check_unique(packs: tuple[BundlePack, ...]) -> None:
    keys = [(p.pack.scheme, p.pack.version) for p in packs]
    if len(set(keys)) != len(keys):
        raise refused("mismatch", "同一规则包在文件中出现两次", "the same pack appears twice")
