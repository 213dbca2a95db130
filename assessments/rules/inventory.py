"""Every pack the app knows, for `packs list` and the "About the rules" dialog: scheme, version,
windows, origin (shipped, or installed from which bundle and signer) and how well its citations are
verified (how many citations are official text, quoted, agreed by several sources or single-source)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from assessments.labels import TRUST_ORDER, trust
from assessments.results import Text
from assessments.rules.catalogue import packs_in_use, version_key
from assessments.rules.diff import windows_text
from assessments.rules.loader import Origin, loaded_packs
from assessments.rules.schema import Confidence, InForce
from assessments.rules.walk import confidence_summary


@dataclass(frozen=True)
class PackInfo:
    scheme: str
    version: str
    title: Text
    windows: tuple[InForce, ...]
    origin: Origin
    confidence: dict[str, int]
    in_use: bool  # chosen for some purpose on the date asked for

    def origin_text(self, lang: str) -> str:
        if self.origin.kind == "shipped":
            return Text("随软件提供", "shipped").get(lang)
        zh = f"已安装（{self.origin.bundle_id}，签名：{self.origin.signer}，{self.origin.installed_at}）"
        en = (
            f"installed ({self.origin.bundle_id}, signed by {self.origin.signer}, {self.origin.installed_at})"
        )
        return Text(zh, en).get(lang)

    def confidence_text(self, lang: str = "zh") -> str:
        """How far the pack's citations are confirmed, in the app's plain words, e.g. "官方原文 12 · 单一资料，待核验 2"."""
        counts = Counter[Text]()
        for tag, count in self.confidence.items():
            counts[trust(Confidence(tag))] += count
        ordered = [phrase for phrase in TRUST_ORDER if phrase in counts]  # most trusted first
        return " · ".join(f"{phrase.get(lang)} {counts[phrase]}" for phrase in ordered)

    def windows_text(self, lang: str) -> str:
        return windows_text(self.windows, lang)


def inventory(on: dt.date | None = None) -> list[PackInfo]:
    loaded = loaded_packs()
    chosen = {
        (p.scheme, p.version)
        for p in packs_in_use(on or dt.date.today(), tuple(lp.pack for lp in loaded)).values()
    }
    infos = [
        PackInfo(
            lp.pack.scheme,
            lp.pack.version,
            Text(lp.pack.title_zh, lp.pack.title_en),
            lp.pack.in_force,
            lp.origin,
            confidence_summary(lp.pack),
            (lp.pack.scheme, lp.pack.version) in chosen,
        )
        for lp in loaded
    ]
    return sorted(infos, key=lambda i: (i.scheme, version_key(i.version)))


def render_inventory(infos: list[PackInfo], lang: str = "zh") -> str:
    lines = []
    for info in infos:
        mark = "*" if info.in_use else " "
        lines.append(f"{mark} {info.scheme} {info.version} · {info.title.get(lang)}")
        lines.append(f"    {info.windows_text(lang)}")
        lines.append(f"    {info.origin_text(lang)} · {info.confidence_text(lang)}")
    lines.append(Text("（* = 今日使用中）", "(* = in use today)").get(lang))
    return "\n".join(lines)
