"""The portable firms file (`.srdifirms`): firms with all their assessments and evidence, between PCs.

One file, framed: a magic, a container version, a small JSON header and the payload, a zip holding
`manifest.json`, each assessment as a plain `.srdi` document and each evidence file under its SHA-256.
With a password the payload is encrypted with AES-256-GCM under a key derived by scrypt (the salt and
cost in the header); the header is authenticated as associated data, so no byte of the file can change
unnoticed. Without a password the header carries the payload's SHA-256, so damage is still found.

Reading checks everything before anything is imported: the frame, the password, the authentication
tag, the zip's checksums, every document and every evidence digest. Each problem is a `PackError`
with a bilingual `text`. The format is described in docs/portable-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from assessments.evidence import MAX_EVIDENCE_BYTES, evidence_path
from assessments.results import Text
from assessments.storage import srdi_file
from assessments.storage.atomic import write_bytes_atomic
from assessments.storage.file_errors import FileFormatError
from assessments.storage.workspace import EvidenceRecord, UnreadableAssessment, Workspace, date_of

SUFFIX = ".srdifirms"
MAGIC = b"SRDIFRMS"
CONTAINER_VERSION = 1
FORMAT = "srdi-firms"
FORMAT_VERSION = 1
_PREFIX = struct.Struct(">8sBI")  # magic, container version, header length
MAX_HEADER_BYTES = 4096
MAX_PACK_BYTES = 1024 * 1024 * 1024  # encrypted in one piece: the payload is held in memory
MAX_MEMBERS = 100_000
CIPHER = "AES-256-GCM"


@dataclass(frozen=True)
class Kdf:
    """scrypt's cost (2**17 × 8 × 128 bytes = 128 MB, about a second): memory-hard against guessing."""

    n: int = 2**17
    r: int = 8
    p: int = 1


DEFAULT_KDF = Kdf()
# A file may only ask for costs in these bounds: a forged header must not make the reader allocate gigabytes.
_KDF_BOUNDS = {"n": (2**10, 2**20), "r": (1, 32), "p": (1, 16)}


# --- what can go wrong --------------------------------------------------------------------------


class PackError(ValueError):
    """The file cannot be read; nothing was imported. `text` says why in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(f"{text.zh} / {text.en}")
        self.text = text


class PasswordNeeded(PackError):
    def __init__(self) -> None:
        super().__init__(
            Text("此文件有密码保护，请输入密码", "this file is protected by a password: enter it")
        )


class WrongPassword(PackError):
    def __init__(self) -> None:
        super().__init__(
            Text(
                "密码不正确（或文件头已被改动）",
                "the password is wrong (or the file's header was altered)",
            )
        )


def _damaged(zh: str, en: str) -> PackError:
    return PackError(Text(f"文件已损坏或被改动：{zh}", f"the file is damaged or was altered: {en}"))


def _truncated() -> PackError:
    return PackError(
        Text(
            "文件不完整（被截断），可能未复制完",
            "the file is incomplete (truncated): it may not have been copied fully",
        )
    )


# --- what the file holds ------------------------------------------------------------------------


@dataclass(frozen=True)
class PackFirm:
    name: str
    credit_code: str
    assessments: tuple[srdi_file.AssessmentFile, ...]
    evidence: tuple[EvidenceRecord, ...] = ()  # firm_id 0: the firm it is imported into decides


@dataclass(frozen=True)
class Pack:
    firms: tuple[PackFirm, ...]
    blobs: Mapping[str, bytes] = field(default_factory=dict)  # evidence content by SHA-256
    encrypted: bool = False


def pack_of_document(doc: srdi_file.AssessmentFile) -> Pack:
    """A plain `.srdi` file as a one-firm pack, so opening it is an import like any other."""
    profile = doc.firm.profile
    return Pack((PackFirm(profile.name, profile.credit_code or "", (doc,)),))


def pack_of_workspace(workspace: Workspace, firm_ids: list[int]) -> tuple[Pack, list[str]]:
    """The firms as they are stored; returns the pack and the assessments that could not be read."""
    firms, blobs, unreadable = [], {}, []
    for firm_id in firm_ids:
        entry = workspace.firm(firm_id)
        docs = []
        for item in workspace.assessments(firm_id):
            try:
                docs.append(workspace.load(item.id))
            except UnreadableAssessment as error:  # the export goes on; the user is told which
                unreadable.append(f"{entry.name} {item.on}: {error.reason}")
            except KeyError:  # deleted in another window meanwhile
                continue
        evidence = tuple(workspace.evidence(firm_id))
        for record in evidence:
            blobs[record.sha256] = _blob(workspace, record)
        firms.append(PackFirm(entry.name, entry.credit_code, tuple(reversed(docs)), evidence))
    return Pack(tuple(firms), blobs), unreadable


def _blob(workspace: Workspace, record: EvidenceRecord) -> bytes:
    try:
        return evidence_path(workspace, record).read_bytes()
    except OSError as error:
        raise PackError(
            Text(
                f"附件“{record.original_name}”无法读取：{error.strerror or error}",
                f"the attachment “{record.original_name}” cannot be read: {error.strerror or error}",
            )
        ) from error


# --- writing --------------------------------------------------------------------------------------


def write_pack(path: os.PathLike[str] | str, pack: Pack, password: str = "", kdf: Kdf = DEFAULT_KDF) -> None:
    """Write the file atomically; with a password, encrypted."""
    payload = _zip_of(pack)
    if len(payload) > MAX_PACK_BYTES:
        raise PackError(Text("内容过多：一个文件最大1 GB", "too much content: one file holds at most 1 GB"))
    data = _sealed(payload, password, kdf) if password else _framed(_plain_header(payload), payload)
    write_bytes_atomic(Path(path), data)


def _zip_of(pack: Pack) -> bytes:
    buffer = io.BytesIO()
    manifest: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION, "firms": []}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, firm in enumerate(pack.firms, start=1):
            names = [f"firms/{n:03d}/{i:03d}.srdi" for i in range(1, len(firm.assessments) + 1)]
            for name, doc in zip(names, firm.assessments, strict=True):
                archive.writestr(name, srdi_file.dumps(doc))
            manifest["firms"].append(_firm_entry(firm, names))
        for digest in sorted({r.sha256 for f in pack.firms for r in f.evidence}):
            archive.writestr(f"evidence/{digest}", pack.blobs[digest], zipfile.ZIP_STORED)
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    return buffer.getvalue()


def _firm_entry(firm: PackFirm, names: list[str]) -> dict[str, Any]:
    return {
        "name": firm.name,
        "credit_code": firm.credit_code,
        "assessments": names,
        "evidence": [_evidence_entry(r) for r in firm.evidence],
    }


def _evidence_entry(record: EvidenceRecord) -> dict[str, Any]:
    return {
        "sha256": record.sha256,
        "size": record.size,
        "original_name": record.original_name,
        "kind": record.kind,
        "criterion": record.criterion,
        "field": record.field,
        "issued_on": record.issued_on.isoformat() if record.issued_on else "",
        "expires_on": record.expires_on.isoformat() if record.expires_on else "",
        "year_covered": record.year_covered,
        "added_at": record.added_at,
    }


def _plain_header(payload: bytes) -> dict[str, Any]:
    return {
        "encryption": "none",
        "payload_size": len(payload),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }


def _framed(header: dict[str, Any], payload: bytes) -> bytes:
    return _head_bytes(header) + payload


def _head_bytes(header: dict[str, Any]) -> bytes:
    text = json.dumps(header, sort_keys=True).encode("utf-8")
    return _PREFIX.pack(MAGIC, CONTAINER_VERSION, len(text)) + text


def _sealed(payload: bytes, password: str, kdf: Kdf) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _derive(password, salt, kdf)
    header = {
        "encryption": CIPHER,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "check": _b64(check),
        "payload_size": len(payload) + 16,  # the ciphertext and its 16-byte tag
    }
    head = _head_bytes(header)
    return head + AESGCM(key).encrypt(nonce, payload, head)


def _derive(password: str, salt: bytes, kdf: Kdf) -> tuple[bytes, bytes]:
    """The AES key and a check value from one scrypt run: the check tells a wrong password apart
    from a file altered after it was written."""
    derived = Scrypt(salt=salt, length=48, n=kdf.n, r=kdf.r, p=kdf.p).derive(password.encode("utf-8"))
    return derived[:32], derived[32:]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# --- reading --------------------------------------------------------------------------------------


def is_encrypted(path: os.PathLike[str] | str) -> bool:
    """Whether the file asks for a password (False for a file too damaged to tell: reading says why)."""
    try:
        with open(path, "rb") as file:
            header, _head = _read_header(file.read(_PREFIX.size + MAX_HEADER_BYTES))
    except (OSError, PackError):
        return False
    return header.get("encryption") != "none"


def read_pack(path: os.PathLike[str] | str, password: str = "") -> Pack:
    """Everything the file holds, checked; `PackError` (or PasswordNeeded, WrongPassword) if not."""
    data = _read_file(path)
    header, head = _read_header(data)
    body = data[len(head) :]
    size = _whole(header, "payload_size")
    if len(body) < size:
        raise _truncated()
    if len(body) > size:
        raise _damaged("文件末尾有多余内容", "extra bytes after the end of the content")
    encrypted = header.get("encryption") != "none"
    payload = _opened(header, head, body, password) if encrypted else _checked_plain(header, body)
    return _unzipped(payload, encrypted)


def _read_file(path: os.PathLike[str] | str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_PACK_BYTES + MAX_HEADER_BYTES + _PREFIX.size:
            raise PackError(Text("文件过大：最大1 GB", "the file is too large: at most 1 GB"))
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise PackError(
            Text(
                f"无法读取文件：{error.strerror or error}",
                f"the file cannot be read: {error.strerror or error}",
            )
        ) from error


def _read_header(data: bytes) -> tuple[dict[str, Any], bytes]:
    if len(data) < _PREFIX.size:
        raise _truncated() if MAGIC.startswith(data[: len(MAGIC)]) and data else _not_a_pack()
    magic, version, length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise _not_a_pack()
    if version > CONTAINER_VERSION:
        raise PackError(
            Text(
                f"此文件由更新版本的程序写成（容器版本{version}），请先升级本程序",
                f"this file was written by a newer version (container version {version}): update the app first",
            )
        )
    if version < 1 or length > MAX_HEADER_BYTES:
        raise _damaged("文件头无效", "the header is not valid")
    if len(data) < _PREFIX.size + length:
        raise _truncated()
    head = data[: _PREFIX.size + length]
    return _header_json(head[_PREFIX.size :]), head


def _not_a_pack() -> PackError:
    return PackError(
        Text(
            f"不是企业交换文件（{SUFFIX}）；评估文件请用“打开”",
            f"not a firms exchange file ({SUFFIX}); open an assessment file with Open instead",
        )
    )


def _header_json(text: bytes) -> dict[str, Any]:
    try:
        header = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged("文件头无法读取", "the header cannot be read") from None
    if not isinstance(header, dict):
        raise _damaged("文件头无法读取", "the header cannot be read")
    return header


def _whole(header: dict[str, Any], key: str) -> int:
    value = header.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _damaged("文件头无效", "the header is not valid")
    return value


def _checked_plain(header: dict[str, Any], body: bytes) -> bytes:
    if header.get("encryption") != "none" or hashlib.sha256(body).hexdigest() != header.get("payload_sha256"):
        raise _damaged("内容与其校验值不符", "the content does not match its checksum")
    return body


def _opened(header: dict[str, Any], head: bytes, body: bytes, password: str) -> bytes:
    if header.get("encryption") != CIPHER:
        raise _damaged("未知的加密方式", "an unknown encryption method")
    if not password:
        raise PasswordNeeded()
    kdf, salt, nonce, check = _crypto_fields(header)
    key, expected = _derive(password, salt, kdf)
    if expected != check:
        raise WrongPassword()
    try:
        return AESGCM(key).decrypt(nonce, body, head)
    except InvalidTag:
        raise _damaged("内容未通过完整性校验", "the content failed its authentication check") from None


def _crypto_fields(header: dict[str, Any]) -> tuple[Kdf, bytes, bytes, bytes]:
    try:
        params = header["kdf"]
        kdf = Kdf(**{k: _bounded(params, k) for k in _KDF_BOUNDS})
        fields = (base64.b64decode(params["salt"], validate=True), *_b64_fields(header, "nonce", "check"))
    except (KeyError, TypeError, ValueError):
        raise _damaged("加密参数无效", "the encryption parameters are not valid") from None
    if params.get("name") != "scrypt" or kdf.n & (kdf.n - 1) or len(fields[1]) != 12 or len(fields[2]) != 16:
        raise _damaged("加密参数无效", "the encryption parameters are not valid")
    return kdf, *fields


def _bounded(params: dict[str, Any], key: str) -> int:
    low, high = _KDF_BOUNDS[key]
    value = params[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(key)
    return value


def _b64_fields(header: dict[str, Any], *keys: str) -> list[bytes]:
    return [base64.b64decode(header[k], validate=True) for k in keys]


# --- the zip inside -------------------------------------------------------------------------------


def _unzipped(payload: bytes, encrypted: bool) -> Pack:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            if len(archive.infolist()) > MAX_MEMBERS:
                raise _damaged("条目过多", "too many entries")
            manifest = _manifest(_member(archive, "manifest.json", srdi_file.MAX_FILE_BYTES))
            firms = tuple(_firm(archive, entry) for entry in manifest["firms"])
            blobs = _blobs(archive, firms)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as error:
        if isinstance(error, PackError):
            raise
        raise _damaged(f"内容无法解压（{error}）", f"the content cannot be unpacked ({error})") from error
    return Pack(firms, blobs, encrypted)


def _member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _damaged(f"缺少“{name}”", f"“{name}” is missing") from None
    if info.file_size > limit:  # checked before it is unpacked: no zip bomb
        raise _damaged(f"“{name}”过大", f"“{name}” is too large")
    return archive.read(info)  # the zip's CRC-32 is checked as it is read


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged("清单无法读取", "the manifest cannot be read") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _damaged("清单无效", "the manifest is not valid")
    version = manifest.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise PackError(
            Text(
                "此文件由更新版本的程序写成，请先升级本程序",
                "this file was written by a newer version: update the app first",
            )
        )
    if version != FORMAT_VERSION or not isinstance(manifest.get("firms"), list):
        raise _damaged("清单无效", "the manifest is not valid")
    return manifest


def _firm(archive: zipfile.ZipFile, entry: Any) -> PackFirm:
    if not isinstance(entry, dict) or not isinstance(entry.get("assessments"), list):
        raise _damaged("清单中的企业条目无效", "a firm in the manifest is not valid")
    docs = tuple(_document(archive, str(name)) for name in entry["assessments"])
    evidence = tuple(_evidence(item) for item in entry.get("evidence") or [])
    return PackFirm(str(entry.get("name") or ""), str(entry.get("credit_code") or ""), docs, evidence)


def _document(archive: zipfile.ZipFile, name: str) -> srdi_file.AssessmentFile:
    text = _member(archive, name, srdi_file.MAX_FILE_BYTES)
    try:
        return srdi_file.loads(text.decode("utf-8"))
    except UnicodeDecodeError:
        raise _damaged(f"“{name}”不是UTF-8文本", f"“{name}” is not UTF-8 text") from None
    except FileFormatError as error:
        raise PackError(Text(f"“{name}”：{error}", f"“{name}”: {error}")) from error


def _evidence(item: Any) -> EvidenceRecord:
    try:
        year = item.get("year_covered")
        return EvidenceRecord(
            0, str(item["original_name"]), str(item["kind"]), str(item["sha256"]), int(item["size"]),
            str(item.get("criterion") or ""), str(item.get("field") or ""), date_of(item.get("issued_on")),
            date_of(item.get("expires_on")), None if year is None else int(year), str(item.get("added_at") or ""),
        )  # fmt: skip
    except (AttributeError, KeyError, TypeError, ValueError):
        raise _damaged("清单中的附件条目无效", "an attachment in the manifest is not valid") from None


def _blobs(archive: zipfile.ZipFile, firms: tuple[PackFirm, ...]) -> dict[str, bytes]:
    blobs = {}
    for record in (r for f in firms for r in f.evidence):
        if record.sha256 not in blobs:
            data = _member(archive, f"evidence/{record.sha256}", MAX_EVIDENCE_BYTES)
            if hashlib.sha256(data).hexdigest() != record.sha256 or len(data) != record.size:
                raise _damaged(
                    f"附件“{record.original_name}”与其摘要不符",
                    f"the attachment “{record.original_name}” does not match its digest",
                )
            blobs[record.sha256] = data
    return blobs
