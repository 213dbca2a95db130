"""Which rule pack is in force for a scheme, a purpose and an assessment date (decision 1)."""

from __future__ import annotations

import datetime as dt

from assessments.model import Purpose
from assessments.rules.loader import all_packs
from assessments.rules.schema import AnyPack


class NoPackInForce(LookupError):
    """No shipped pack covers the date and purpose asked for."""


def in_force(pack: AnyPack, purpose: Purpose, on: dt.date) -> bool:
    return any(
        w.purpose == purpose.value
        and w.effective_from <= on
        and (w.effective_to is None or on <= w.effective_to)
        for w in pack.in_force
    )


def pack_for(scheme: str, purpose: Purpose, on: dt.date, packs: tuple[AnyPack, ...] | None = None) -> AnyPack:
    found = [p for p in (packs or all_packs()) if p.scheme == scheme and in_force(p, purpose, on)]
    if len(found) != 1:
        versions = ", ".join(p.version for p in found) or "none"
        raise NoPackInForce(f"{scheme} for {purpose.value} on {on}: {versions} in force (need exactly one)")
    return found[0]


def versions_of(scheme: str) -> list[AnyPack]:
    return sorted((p for p in all_packs() if p.scheme == scheme), key=lambda p: p.version)
