"""Evidence for an application: the files a firm keeps for its criteria and inputs (issue 11).

A file is copied into the workspace folder as `evidence/<sha256>`: content-addressed, so the same file
attached twice (or by two firms) is stored once, and a copy interrupted half-way never sits under a
name a row refers to. Each attachment is a row in the workspace's `evidence` table: the firm, the
criterion ("<scheme>/<row id>", e.g. "hnte/ip_core") or the input ("years.2025.rd_expense"), the
original file name, its kind and its dates.

`list_evidence(workspace, firm_id)` is what checklists read; `export_evidence` writes the files as a
folder or a zip numbered and named the way an application expects ("01_基本材料/01_营业执照.pdf").
Qt-free: the app's evidence dialog and any script call the same functions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import zipfile
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from assessments.results import Text
from assessments.storage.atomic import write_atomic, write_bytes_atomic
from assessments.storage.workspace import EvidenceRecord, Workspace

if TYPE_CHECKING:
    from assessments.engine import Assessment

__all__ = [
    "KIND_LABELS",
    "MAX_EVIDENCE_BYTES",
    "EvidenceError",
    "EvidenceRecord",
    "Kind",
    "add_evidence",
    "application_names",
    "evidence_path",
    "export_evidence",
    "is_expired",
    "labels_of",
    "list_evidence",
    "remove_evidence",
    "store_bytes",
    "store_file",
]

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024  # one scanned certificate or audit report is a few MB at most
_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Kind(StrEnum):
    BUSINESS_LICENCE = "business_licence"
    AUDIT_REPORT = "audit_report"
    TAX_RECORD = "tax_record"
    RD_LEDGER = "rd_ledger"
    PATENT_CERTIFICATE = "patent_certificate"
    SOFTWARE_COPYRIGHT = "software_copyright"
    HNTE_CERTIFICATE = "hnte_certificate"
    CERTIFICATE = "certificate"
    STAFF_RECORD = "staff_record"
    CONTRACT = "contract"
    OTHER = "other"


KIND_LABELS: dict[Kind, Text] = {
    Kind.BUSINESS_LICENCE: Text("营业执照", "business licence"),
    Kind.AUDIT_REPORT: Text("审计报告", "audit report"),
    Kind.TAX_RECORD: Text("纳税证明", "tax record"),
    Kind.RD_LEDGER: Text("研发费用辅助账", "R&D expense ledger"),
    Kind.PATENT_CERTIFICATE: Text("专利证书", "patent certificate"),
    Kind.SOFTWARE_COPYRIGHT: Text("软件著作权登记证书", "software copyright certificate"),
    Kind.HNTE_CERTIFICATE: Text("高新技术企业证书", "high-tech enterprise certificate"),
    Kind.CERTIFICATE: Text("资质荣誉证书", "certificate or honour"),
    Kind.STAFF_RECORD: Text("人员及社保证明", "staff and social-insurance record"),
    Kind.CONTRACT: Text("合同", "contract"),
    Kind.OTHER: Text("其他材料", "other document"),
}
GENERAL_GROUP = Text("基本材料", "general documents")  # files attached to an input, not a criterion


class EvidenceError(ValueError):
    """A file that cannot be kept or exported; `text` says why in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(f"{text.zh} / {text.en}")
        self.text = text


# --- the files ------------------------------------------------------------------------------------


def evidence_path(workspace: Workspace, record: EvidenceRecord) -> Path:
    return blob_path(workspace.evidence_folder, record.sha256)


def blob_path(folder: Path, sha256: str) -> Path:
    if not _SHA256.match(sha256):  # a name from a file or a database row: never a path of its own
        raise EvidenceError(
            Text(f"无效的文件摘要“{sha256[:80]}”", f"not a valid file digest: {sha256[:80]!r}")
        )
    return folder / sha256


def store_file(folder: Path, source: Path) -> tuple[str, int]:
    """Copy `source` into `folder` under its SHA-256 (once); returns the digest and the size."""
    size = _checked_size(source)
    digest = file_sha256(source)
    target = blob_path(folder, digest)
    if not _holds(target, digest):
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, lambda temp: _copy_verified(source, temp, digest))
    return digest, size


def store_bytes(folder: Path, data: bytes, expected: str = "") -> str:
    """Keep `data` under its SHA-256 (once); `expected` refuses content that is not what was promised."""
    digest = hashlib.sha256(data).hexdigest()
    if expected and digest != expected:
        raise EvidenceError(
            Text(
                "附件内容与其摘要不符（文件已损坏）",
                "an attachment does not match its digest (the file is damaged)",
            )
        )
    target = blob_path(folder, digest)
    if not _holds(target, digest):
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data)
    return digest


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _holds(target: Path, digest: str) -> bool:
    """Already kept: files are only ever renamed into place complete, so one under the digest's name
    is that content (the digest is in the name, not re-read: a large file is not hashed twice)."""
    return target.is_file()


def _copy_verified(source: Path, temp: Path, digest: str) -> None:
    shutil.copyfile(source, temp)
    if file_sha256(temp) != digest:  # the file changed while it was being copied
        raise EvidenceError(
            Text("文件在复制时被修改，请重试", "the file changed while it was being copied; try again")
        )


def _checked_size(source: Path) -> int:
    try:
        size = source.stat().st_size
    except OSError as error:
        raise EvidenceError(
            Text(
                f"无法读取文件：{error.strerror or error}",
                f"the file cannot be read: {error.strerror or error}",
            )
        ) from error
    if not source.is_file():
        raise EvidenceError(Text("不是文件", "not a file"))
    if size > MAX_EVIDENCE_BYTES:
        limit = MAX_EVIDENCE_BYTES // (1024 * 1024)
        raise EvidenceError(
            Text(
                f"文件过大：附件最大{limit} MB", f"the file is too large: an attachment is at most {limit} MB"
            )
        )
    return size


# --- the rows -------------------------------------------------------------------------------------


def list_evidence(workspace: Workspace, firm_id: int) -> list[EvidenceRecord]:
    """The firm's evidence, in the order it was added."""
    return workspace.evidence(firm_id)


def add_evidence(
    workspace: Workspace,
    firm_id: int,
    source: Path,
    kind: Kind,
    *,
    criterion: str = "",
    field: str = "",
    issued_on: dt.date | None = None,
    expires_on: dt.date | None = None,
    year_covered: int | None = None,
) -> EvidenceRecord:
    """Keep a copy of `source` for the firm; the file first, then the row that refers to it."""
    digest, size = store_file(workspace.evidence_folder, Path(source))
    record = EvidenceRecord(
        firm_id, Path(source).name, Kind(kind).value, digest, size, criterion, field, issued_on, expires_on,
        year_covered,
    )  # fmt: skip
    evidence_id = workspace.add_evidence(record)
    return next(r for r in workspace.evidence(firm_id) if r.id == evidence_id)


def remove_evidence(workspace: Workspace, evidence_id: int) -> None:
    workspace.remove_evidence(evidence_id)


def is_expired(record: EvidenceRecord, on: dt.date) -> bool:
    """Past its expiry on `on` (a certificate valid through its expiry date counts on that day)."""
    return record.expires_on is not None and record.expires_on < on


def kind_label(kind: str) -> Text:
    try:
        return KIND_LABELS[Kind(kind)]
    except ValueError:
        return Text(kind, kind)


# --- exporting for an application -------------------------------------------------------------------

Labels = Callable[[str], Text]  # a criterion id ("hnte/ip_core") or a scheme id ("hnte") → its name


def labels_of(assessment: Assessment | None) -> Labels:
    """Scheme titles and criterion labels as the engine words them; an unknown id names itself."""
    names: dict[str, Text] = {}
    for scheme, result in assessment.results.items() if assessment else ():
        names[scheme] = result.title
        names.update({f"{scheme}/{row.id}": row.label for row in result.rows})
    return lambda key: names.get(key) or Text(key, key)


def scheme_order(assessment: Assessment | None) -> tuple[str, ...]:
    return tuple(assessment.results) if assessment else ()


def application_names(
    records: Iterable[EvidenceRecord], labels: Labels, lang: str, scheme_order: Iterable[str] = ()
) -> list[tuple[EvidenceRecord, PurePosixPath]]:
    """Where each file goes: "NN_<group>/NN_<criterion>_<kind>.ext", general documents first, then one
    group per scheme (in `scheme_order`, then by id), files numbered in the order they were added."""
    groups: dict[str, list[EvidenceRecord]] = {}
    for record in records:
        groups.setdefault(_scheme_of(record), []).append(record)
    order = [s for s in scheme_order if s in groups] + sorted(s for s in groups if s not in scheme_order)
    order = [""] * ("" in groups) + [s for s in order if s]
    named = []
    for g, scheme in enumerate(order, start=1):
        folder = f"{g:02d}_{_safe((labels(scheme) if scheme else GENERAL_GROUP).get(lang))}"
        for n, record in enumerate(groups[scheme], start=1):
            named.append((record, PurePosixPath(folder, f"{n:02d}_{_file_title(record, labels, lang)}")))
    return named


def _scheme_of(record: EvidenceRecord) -> str:
    return record.criterion.split("/", 1)[0] if record.criterion else ""


def _file_title(record: EvidenceRecord, labels: Labels, lang: str) -> str:
    parts = [kind_label(record.kind).get(lang)]
    if record.criterion:
        parts.insert(0, labels(record.criterion).get(lang))
    if record.year_covered:
        parts.append(str(record.year_covered))
    return _safe("_".join(parts)) + _extension(record.original_name)


def _extension(name: str) -> str:
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    return suffix if re.fullmatch(r"\.[0-9a-z]{1,8}", suffix) else ""


def _safe(text: str) -> str:
    """A file name any file system takes: no separators or reserved characters, at most 60 characters."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .")
    return cleaned[:60] or "_"


def export_evidence(
    workspace: Workspace, records: list[EvidenceRecord], target: Path, labels: Labels, lang: str,
    scheme_order: Iterable[str] = (),
) -> list[PurePosixPath]:  # fmt: skip
    """Write the files numbered for an application: a zip if `target` ends in .zip, else a new folder."""
    named = application_names(records, labels, lang, scheme_order)
    for record, _name in named:  # every file is checked before anything is written
        if not evidence_path(workspace, record).is_file():
            raise EvidenceError(
                Text(
                    f"附件“{record.original_name}”的文件已丢失",
                    f"the file of “{record.original_name}” is missing",
                )
            )
    if target.suffix.lower() == ".zip":
        write_atomic(target, lambda temp: _write_zip(workspace, named, temp))
    else:
        _write_folder(workspace, named, target)
    return [name for _record, name in named]


def _write_zip(workspace: Workspace, named: list[tuple[EvidenceRecord, PurePosixPath]], temp: Path) -> None:
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        for record, name in named:
            archive.write(evidence_path(workspace, record), str(name))


def _write_folder(
    workspace: Workspace, named: list[tuple[EvidenceRecord, PurePosixPath]], target: Path
) -> None:
    if target.exists() and any(target.iterdir()):
        raise EvidenceError(Text("目标文件夹不是空的", "the target folder is not empty"))
    for record, name in named:
        path = target.joinpath(*name.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        source = evidence_path(workspace, record)
        write_atomic(path, lambda temp, source=source: shutil.copyfile(source, temp))  # type: ignore[misc]
