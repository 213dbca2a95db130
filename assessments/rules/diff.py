"""What a rule update changes, before it is installed (decision 12): per scheme, the new packs, the
packs they take over from (and from when), and every rule value that differs with its old and new
citation. Plain data, plus a text rendering in either language for the CLI and the app."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from assessments.results import Text
from assessments.rules.bundle import VerifiedBundle
from assessments.rules.catalogue import version_key
from assessments.rules.loader import all_packs, key_of
from assessments.rules.schema import AnyPack, InForce, Source
from assessments.rules.walk import Value, cite, format_value, leaves


@dataclass(frozen=True)
class ValueChange:
    path: str
    label: Text
    old: Value | None  # None: the value is new
    new: Value | None  # None: the value is gone
    old_source: Source | None
    new_source: Source | None


@dataclass(frozen=True)
class WindowNote:
    """Another pack of the scheme whose window overlaps the new one's: who is used from `start` to `end`."""

    kind: Literal["takes_over", "shadowed"]  # the new pack replaces `version` / `version` stays in use
    version: str
    purpose: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class PackDiff:
    scheme: str
    version: str
    title: Text
    compared_with: str | None  # the version compared against; None for a scheme the app did not have
    replaces_installed: bool  # the same version was installed before and is replaced
    windows: tuple[InForce, ...]
    old_windows: tuple[InForce, ...]
    notes: tuple[WindowNote, ...]
    changes: tuple[ValueChange, ...]


@dataclass(frozen=True)
class BundleDiff:
    bundle_id: str
    signer: str
    created: dt.date
    packs: tuple[PackDiff, ...]

    def schemes(self) -> dict[str, list[PackDiff]]:
        grouped: dict[str, list[PackDiff]] = {}
        for pack in self.packs:
            grouped.setdefault(pack.scheme, []).append(pack)
        return grouped


def diff_bundle(bundle: VerifiedBundle, current: tuple[AnyPack, ...] | None = None) -> BundleDiff:
    current = all_packs() if current is None else current
    diffs = tuple(diff_pack(bp.pack, current) for bp in bundle.packs)
    return BundleDiff(bundle.bundle_id, bundle.signer.name, bundle.manifest.created, diffs)


def diff_pack(new: AnyPack, current: tuple[AnyPack, ...]) -> PackDiff:
    same_scheme = [p for p in current if p.scheme == new.scheme]
    old = baseline(new, same_scheme)
    others = [p for p in same_scheme if p.version != new.version]
    return PackDiff(
        scheme=new.scheme,
        version=new.version,
        title=Text(new.title_zh, new.title_en),
        compared_with=old.version if old else None,
        replaces_installed=any(key_of(p) == key_of(new) for p in same_scheme),
        windows=new.in_force,
        old_windows=old.in_force if old else (),
        notes=tuple(note for other in others for note in _overlaps(new, other)),
        changes=value_changes(old, new) if old else (),
    )


def baseline(new: AnyPack, same_scheme: list[AnyPack]) -> AnyPack | None:
    """The same version if installed, else the highest lower version, else the highest there is."""
    same = [p for p in same_scheme if p.version == new.version]
    lower = [p for p in same_scheme if version_key(p.version) < version_key(new.version)]
    pool = same or lower or same_scheme
    return max(pool, key=lambda p: version_key(p.version), default=None)


def value_changes(old: AnyPack, new: AnyPack) -> tuple[ValueChange, ...]:
    before, after = leaves(old), leaves(new)
    changes = []
    for path in [*before, *(p for p in after if p not in before)]:
        was, now = before.get(path), after.get(path)
        if (
            was is not None
            and now is not None
            and was.value == now.value
            and type(was.value) is type(now.value)
        ):
            continue
        label = (now or was).label  # type: ignore[union-attr]  # one of them exists
        changes.append(
            ValueChange(
                path,
                label,
                was.value if was else None,
                now.value if now else None,
                was.source if was else None,
                now.source if now else None,
            )
        )
    return tuple(changes)


def _overlaps(new: AnyPack, other: AnyPack) -> list[WindowNote]:
    kind: Literal["takes_over", "shadowed"] = (
        "takes_over" if version_key(new.version) > version_key(other.version) else "shadowed"
    )
    notes = []
    for w in new.in_force:
        for o in (o for o in other.in_force if o.purpose == w.purpose):
            start, end = max(w.effective_from, o.effective_from), _min_end(w.effective_to, o.effective_to)
            if end is None or start <= end:
                notes.append(WindowNote(kind, other.version, w.purpose, start, end))
    return notes


def _min_end(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min((d for d in (a, b) if d is not None), default=None)


# --- text ---------------------------------------------------------------------------------------------

PURPOSES = {"new": Text("申报", "new"), "review": Text("复核", "review")}


def render_diff(diff: BundleDiff, lang: str = "zh", values: bool = True) -> str:
    """The whole diff as text; `values=False` leaves out the value lines (the app shows them in a table)."""
    lines = [
        _t(
            lang,
            f"规则包更新 {diff.bundle_id}（签名：{diff.signer}，{diff.created}）",
            f"Rule update {diff.bundle_id} (signed by {diff.signer}, {diff.created})",
        ),
    ]
    for scheme, packs in diff.schemes().items():
        for pack in packs:
            lines += ["", *render_pack(scheme, pack, lang, values)]
    return "\n".join(lines)


def render_pack(scheme: str, pack: PackDiff, lang: str, values: bool = True) -> list[str]:
    lines = [f"== {scheme} {pack.version} · {pack.title.get(lang)}", "  " + _status(pack, lang)]
    lines.append("  " + _t(lang, "适用期间：", "In force: ") + windows_text(pack.windows, lang))
    if pack.compared_with:
        label = _t(lang, f"原 {pack.compared_with} 适用期间：", f"{pack.compared_with} was in force: ")
        lines.append("  " + label + windows_text(pack.old_windows, lang))
    lines += ["  " + _note(note, lang) for note in pack.notes]
    if pack.compared_with and not pack.changes:
        lines.append("  " + _t(lang, "规则数值无变化", "No rule value changes"))
    if values:
        lines += [line for change in pack.changes for line in _change(change, lang)]
    return lines


def _status(pack: PackDiff, lang: str) -> str:
    if pack.compared_with is None:
        return _t(lang, "新方案：本软件此前没有该方案的规则", "New scheme: the app had no rule for it")
    if pack.replaces_installed:
        return _t(lang, f"替换已安装的 {pack.version}", f"Replaces the installed {pack.version}")
    return _t(
        lang, f"新版本，与 {pack.compared_with} 对比", f"New version, compared with {pack.compared_with}"
    )


def windows_text(windows: tuple[InForce, ...], lang: str) -> str:
    parts = []
    for w in windows:
        end = str(w.effective_to) if w.effective_to else _t(lang, "长期", "open")
        parts.append(f"{PURPOSES[w.purpose].get(lang)} {w.effective_from} – {end}")
    return "; ".join(parts) or "—"


def _note(note: WindowNote, lang: str) -> str:
    end = str(note.end) if note.end else _t(lang, "长期", "open-ended")
    purpose = PURPOSES[note.purpose].get(lang)
    if note.kind == "takes_over":
        return _t(
            lang,
            f"{note.start} – {end}（{purpose}）起取代 {note.version}",
            f"Takes over from {note.version} for {purpose}, {note.start} – {end}",
        )
    return _t(
        lang,
        f"{note.start} – {end}（{purpose}）仍使用更高版本 {note.version}，本包不生效",
        f"The higher version {note.version} stays in use for {purpose}, {note.start} – {end}",
    )


def _change(change: ValueChange, lang: str) -> list[str]:
    head = f"  · {change.label.get(lang)} [{change.path}]: {format_value(change.old)} → {format_value(change.new)}"
    sources = _t(lang, "    依据：原 ", "    cited: old ") + cite(change.old_source)
    sources += _t(lang, "；新 ", "; new ") + cite(change.new_source)
    return [head, sources]


def _t(lang: str, zh: str, en: str) -> str:
    return Text(zh, en).get(lang)
