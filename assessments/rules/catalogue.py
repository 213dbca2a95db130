"""Which rule pack is in force for a scheme, a purpose and an assessment date (decisions 1, 11, 12).

Shipped packs never overlap (a test checks every week). An installed pack may overlap a shipped one of
the same scheme: then the higher version wins, so a newer pack takes over from its first day and the
choice never depends on the order in which the folders were read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from assessments.model import Purpose
from assessments.rules.loader import all_packs
from assessments.rules.schema import AnyPack


class NoPackInForce(LookupError):
    """No pack covers the date and purpose asked for."""


class PastPack(NamedTuple):
    """The last pack a scheme had before a date, and the last day it was in force."""

    pack: AnyPack
    ended: dt.date


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """ "2027.1" > "2026.10" > "2026.2": numeric parts compare as numbers, anything else as text."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"[.\-]", version))


def in_force(pack: AnyPack, purpose: Purpose, on: dt.date) -> bool:
    return any(
        w.purpose == purpose.value
        and w.effective_from <= on
        and (w.effective_to is None or on <= w.effective_to)
        for w in pack.in_force
    )


def candidates(
    scheme: str, purpose: Purpose, on: dt.date, packs: tuple[AnyPack, ...] | None = None
) -> list[AnyPack]:
    """Every pack of the scheme whose window holds the date, the highest version first."""
    found = [p for p in _packs(packs) if p.scheme == scheme and in_force(p, purpose, on)]
    return sorted(found, key=lambda p: version_key(p.version), reverse=True)


def pack_for(scheme: str, purpose: Purpose, on: dt.date, packs: tuple[AnyPack, ...] | None = None) -> AnyPack:
    found = candidates(scheme, purpose, on, packs)
    if not found:
        raise NoPackInForce(f"{scheme} for {purpose.value} on {on}: no pack in force")
    return found[0]


def last_pack_before(
    scheme: str, purpose: Purpose, on: dt.date, packs: tuple[AnyPack, ...] | None = None
) -> PastPack | None:
    """The pack whose window for `purpose` ended most recently before `on` ("the last was X, ended D")."""
    ended = [
        PastPack(p, w.effective_to)
        for p in _packs(packs)
        if p.scheme == scheme
        for w in p.in_force
        if w.purpose == purpose.value and w.effective_to is not None and w.effective_to < on
    ]
    return max(ended, key=lambda past: (past.ended, version_key(past.pack.version)), default=None)


def packs_in_use(on: dt.date, packs: tuple[AnyPack, ...] | None = None) -> dict[tuple[str, Purpose], AnyPack]:
    """The pack chosen for every scheme and purpose on the date (absent where none is in force)."""
    chosen = {}
    for scheme in sorted({p.scheme for p in _packs(packs)}):
        for purpose in Purpose:
            found = candidates(scheme, purpose, on, packs)
            if found:
                chosen[(scheme, purpose)] = found[0]
    return chosen


def versions_of(scheme: str) -> list[AnyPack]:
    return sorted((p for p in all_packs() if p.scheme == scheme), key=lambda p: version_key(p.version))


def _packs(packs: tuple[AnyPack, ...] | None) -> tuple[AnyPack, ...]:
    return all_packs() if packs is None else packs
