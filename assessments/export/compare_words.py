"""The words of the comparison and checklist exports (both languages), shared by the workbook sheet and
the PDF, and the comparison as rows of plain text they both lay out."""

from __future__ import annotations

from assessments.compare import Comparison, SchemeChange, side_text
from assessments.results import Text

FLIP_MARK = "◆"
WORDS: dict[str, Text] = {
    "title": Text("评估对比", "Comparison of assessments"),
    "sheet": Text("评估对比", "Comparison"),
    "checklist_sheet": Text("申报材料清单", "Evidence checklist"),
    "before": Text("对比前", "Before"),
    "after": Text("对比后", "After"),
    "inputs": Text("数据变化", "Inputs that changed"),
    "results": Text("结果变化", "Results that changed"),
    "input": Text("数据项", "Input"),
    "scheme": Text("认定类别 / 条件", "Scheme / criterion"),
    "packs": Text("规则包", "Rule packs"),
    "none": Text("无变化", "No change"),
    "flip_note": Text(
        f"{FLIP_MARK} 标出使结论改变的条件。", f"{FLIP_MARK} marks the criteria that flipped the verdict."
    ),
}


def w(key: str, lang: str) -> str:
    return WORDS[key].get(lang)


def sides_line(comparison: Comparison, lang: str) -> str:
    before, after = comparison.before.label.get(lang), comparison.after.label.get(lang)
    return f"{w('before', lang)}: {before} · {w('after', lang)}: {after}"


def scheme_rows(scheme: SchemeChange, lang: str) -> list[tuple[str, str, str, str, bool]]:
    """The scheme's line, then one per changed criterion: (name, before, after, packs, flipped)."""
    packs = scheme.pack_before
    if scheme.pack_before != scheme.pack_after:
        packs = f"{scheme.pack_before or '—'} → {scheme.pack_after or '—'}"
    rows = [
        (
            scheme.title.get(lang),
            scheme.verdict_text("before").get(lang),
            scheme.verdict_text("after").get(lang),
            packs,
            scheme.flipped,
        )
    ]
    culprits = {c.row_id for c in scheme.flipped_by}
    for c in scheme.criteria:
        mark = f"{FLIP_MARK} " if c.row_id in culprits else "    "
        before, after = side_text(c.before, c.value_before, lang), side_text(c.after, c.value_after, lang)
        rows.append((mark + c.label.get(lang), before, after, "", False))
    return rows
