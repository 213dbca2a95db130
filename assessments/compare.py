"""Two assessments of a firm side by side: which inputs changed, which results changed, and for each
verdict that flipped, the criteria whose status flipped with it (issue 11).

Plain data for the app, the workbook and the PDF. Inputs are compared field by field in the user's
units (万元, %, counts, dates, yes/no, 待确认); results scheme by scheme in ladder order, criterion by
criterion (matched by id, so a criterion that exists under one rule pack only shows as added/removed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from assessments.engine import SCHEMES, Assessment
from assessments.export.labels import ACCOUNTS_BASIS, PURPOSE, STATUS, VERDICT
from assessments.labels import INDUSTRIES, IP_ORIGINS, IP_STATUSES, IP_TYPES, PROFILE_FIELDS, YEAR_FIELDS
from assessments.model import AccountsBasis, Firm, IpOrigin, IpStatus, IpType, Purpose
from assessments.numbers import fmt_unit
from assessments.results import Row, SchemeResult, Status, Text, Verdict
from assessments.storage.file_errors import HONOURS

TO_CONFIRM = Text("待确认", "to confirm")
ABSENT = Text("—", "—")
NO_FIGURE = Text("", "")
YES, NO = Text("是", "yes"), Text("否", "no")
STAFF_FIELDS = frozenset({"staff", "rd_staff", "st_staff"})
COUNT_FIELDS = frozenset({"tech_conversions", "market_rank", "holder_rank", "rank", "count", "months"})
PCT_FIELDS = frozenset({"market_share_pct", "rate_pct"})
POINT_FIELDS = frozenset({"local_feature_points"})

# Names of the yes/no answers and settings that labels.py does not name (bilingual data, as there).
EXTRA_LABELS: dict[str, Text] = {
    "assessment.date": Text("评估日期", "assessment date"),
    "assessment.purpose": Text("评估目的", "purpose"),
    "profile.excluded_industry": Text("不适用加计扣除的行业", "industry excluded from the super-deduction"),
    "profile.accounts_basis": Text("报表口径", "accounts basis"),
    "profile.fields.strategic_emerging": Text("属于战略性新兴产业", "strategic emerging industry"),
    "profile.fields.six_foundations": Text("属于工业“六基”等领域", "industrial “six foundations”"),
    "profile.fields.chain_breakthrough": Text("补短板锻长板取得成效", "chain gaps filled"),
    "profile.fields.hnte_field": Text("属于国家重点支持的高新技术领域", "state-supported high-tech field"),
    "profile.fields.key_chain_position": Text("位于产业链关键环节", "key link of the industrial chain"),
    "profile.compliance.registered_in_china": Text("境内注册", "registered in China"),
    "profile.compliance.clean_record": Text("无经营异常、失信记录", "clean record"),
    "profile.compliance.products_permitted": Text("产品非禁止限制淘汰类", "products permitted"),
    "profile.compliance.no_major_incidents": Text("近三年无重大事故", "no major incidents"),
    "profile.compliance.verified_accounts_tax": Text("查账征收", "taxed on verified accounts"),
    "ip_none_confirmed": Text("已确认无知识产权", "no IP confirmed"),
    "honours.none_confirmed": Text("已确认无荣誉称号", "no honours confirmed"),
    "honours.quality_award": Text("省级以上质量奖", "provincial quality award"),
    "honours.management_certified": Text("管理体系认证", "management-system certification"),
    "honours.intl_product_cert": Text("产品通过发达国家和地区认证", "product certified abroad"),
    "honours.own_brand": Text("自主品牌", "own brand"),
    "honours.info_system_core": Text("核心业务采用信息系统", "core business on an information system"),
    "honours.market_leading": Text("细分市场占有率较为靠前", "leading niche share"),
}
# Best first: the direction a criterion or a verdict moved.
STATUS_RANK = {Status.MET: 3, Status.MANUAL: 2, Status.UNKNOWN: 1, Status.NOT_MET: 0}
VERDICT_RANK = {
    Verdict.QUALIFIES: 4,
    Verdict.LIKELY: 3,
    Verdict.CANNOT_TELL: 2,
    Verdict.DOES_NOT_QUALIFY: 1,
    Verdict.NOT_IN_FORCE: 0,
}
PARTS: dict[str, Text] = {
    "granted_on": Text("授予日期", "granted on"),
    "expires_on": Text("到期日期", "expires on"),
}


ENUM_NAMES: dict[type, Mapping[Any, Text]] = {
    Purpose: PURPOSE,
    AccountsBasis: ACCOUNTS_BASIS,
    IpType: IP_TYPES,
    IpStatus: IP_STATUSES,
    IpOrigin: IP_ORIGINS,
}


# --- the data model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class InputChange:
    """One input that differs: its path (e.g. `years.2025.rd_expense`), name and both values as shown."""

    path: str
    label: Text
    before: Text
    after: Text


@dataclass(frozen=True)
class CriterionChange:
    """One criterion whose status or figure differs; `before`/`after` None: it exists on one side only."""

    row_id: str
    label: Text
    before: Status | None
    after: Status | None
    value_before: Text
    value_after: Text

    @property
    def flipped(self) -> bool:
        return self.before != self.after

    @property
    def worse(self) -> bool:
        if self.after is None or self.after is Status.MET:
            return False
        return self.before is None or STATUS_RANK[self.after] < STATUS_RANK[self.before]

    @property
    def better(self) -> bool:
        if self.before is None or self.before is Status.MET:
            return False
        return self.after is None or STATUS_RANK[self.after] > STATUS_RANK[self.before]

    def status_text(self, side: str) -> Text:
        status = self.before if side == "before" else self.after
        return ABSENT if status is None else STATUS[status]


@dataclass(frozen=True)
class SchemeChange:
    scheme: str
    title: Text
    before: Verdict
    after: Verdict
    pack_before: str
    pack_after: str
    score_before: Decimal | None
    score_after: Decimal | None
    criteria: tuple[CriterionChange, ...]  # every criterion that differs, status or figure

    @property
    def flipped(self) -> bool:
        return self.before != self.after

    @property
    def changed(self) -> bool:
        return self.flipped or bool(self.criteria) or self.score_before != self.score_after

    @property
    def flipped_by(self) -> tuple[CriterionChange, ...]:
        """What flipped the verdict: the criteria that moved the same way as it (empty if it did not flip).

        A verdict that got worse names the criteria now worse (or new and not met); one that got better,
        those now better (or gone while they were not met).
        """
        if not self.flipped:
            return ()
        worse = VERDICT_RANK[self.after] < VERDICT_RANK[self.before]
        return tuple(c for c in self.criteria if (c.worse if worse else c.better))

    def verdict_text(self, side: str) -> Text:
        return VERDICT[self.before if side == "before" else self.after]


@dataclass(frozen=True)
class Side:
    """One of the two assessments: its date, purpose and the rule packs it was computed under."""

    label: Text
    on: dt.date
    purpose: Purpose
    packs: Mapping[str, str]  # scheme → pack version


@dataclass(frozen=True)
class Comparison:
    before: Side
    after: Side
    inputs: tuple[InputChange, ...]
    schemes: tuple[SchemeChange, ...]  # every scheme, in ladder order

    @property
    def changed_schemes(self) -> tuple[SchemeChange, ...]:
        return tuple(s for s in self.schemes if s.changed)

    @property
    def flipped(self) -> tuple[SchemeChange, ...]:
        return tuple(s for s in self.schemes if s.flipped)

    @property
    def same(self) -> bool:
        return not self.inputs and not self.changed_schemes


# --- comparing ----------------------------------------------------------------------------------


def compare(before: Assessment, after: Assessment, labels: tuple[Text, Text] | None = None) -> Comparison:
    """`before` and `after` side by side; `labels` name the sides (default: their dates and purposes)."""
    names = labels or (side_label(before), side_label(after))
    return Comparison(
        Side(names[0], before.on, before.purpose, packs_of(before)),
        Side(names[1], after.on, after.purpose, packs_of(after)),
        compare_inputs(before.firm, after.firm, _settings(before), _settings(after)),
        tuple(_scheme_change(before, after, scheme) for scheme in _schemes(before, after)),
    )


def side_label(assessment: Assessment) -> Text:
    purpose = PURPOSE[assessment.purpose]
    return Text(f"{assessment.on.isoformat()} {purpose.zh}", f"{assessment.on.isoformat()} {purpose.en}")


def packs_of(assessment: Assessment) -> dict[str, str]:
    return {s: r.pack_version for s, r in assessment.results.items() if r.pack_version}


def _settings(assessment: Assessment) -> dict[str, Any]:
    return {"assessment.date": assessment.on, "assessment.purpose": assessment.purpose}


def _schemes(before: Assessment, after: Assessment) -> list[str]:
    ladder = [name for name, _ in SCHEMES]
    extra = sorted((set(before.results) | set(after.results)) - set(ladder))
    return [s for s in [*ladder, *extra] if s in before.results or s in after.results]


def _scheme_change(before: Assessment, after: Assessment, scheme: str) -> SchemeChange:
    old, new = before.results.get(scheme), after.results.get(scheme)
    title = (new or old).title  # type: ignore[union-attr]  # one side has it
    return SchemeChange(
        scheme,
        title,
        old.verdict if old else Verdict.NOT_IN_FORCE,
        new.verdict if new else Verdict.NOT_IN_FORCE,
        old.pack_version if old else "",
        new.pack_version if new else "",
        old.score if old else None,
        new.score if new else None,
        criteria_changes(old, new),
    )


def criteria_changes(old: SchemeResult | None, new: SchemeResult | None) -> tuple[CriterionChange, ...]:
    """Criteria matched by id; those differing in status or figure, in the order the newer result lists."""
    rows_before = {r.id: r for r in old.rows} if old else {}
    rows_after = {r.id: r for r in new.rows} if new else {}
    order = [*rows_after, *(rid for rid in rows_before if rid not in rows_after)]
    found = []
    for rid in order:
        a, b = rows_before.get(rid), rows_after.get(rid)
        if a is None or b is None or a.status != b.status or row_value(a) != row_value(b):
            label = (b or a).label  # type: ignore[union-attr]
            found.append(
                CriterionChange(
                    rid,
                    label,
                    a.status if a else None,
                    b.status if b else None,
                    row_value(a),
                    row_value(b),
                )
            )
    return tuple(found)


def row_value(row: Row | None) -> Text:
    """A criterion's figure in its unit ("3.2%", "1,650万元"); empty when it has none (its status says it)."""
    if row is None:
        return ABSENT
    if row.value is None:
        return NO_FIGURE
    zh, en = fmt_unit(row.value, row.unit)
    return Text(zh, en)


def side_text(status: Status | None, value: Text, lang: str) -> str:
    """A criterion on one side as the exports show it: "达标 · 6.5%", "待确认", or "—" where absent."""
    if status is None:
        return "—"
    word = STATUS[status].get(lang)
    return f"{word} · {value.get(lang)}" if value.get(lang) else word


# --- inputs -------------------------------------------------------------------------------------


def compare_inputs(
    before: Firm,
    after: Firm,
    settings_before: Mapping[str, Any] | None = None,
    settings_after: Mapping[str, Any] | None = None,
) -> tuple[InputChange, ...]:
    """Every input that differs, in the order of the form (settings, profile, years, IP, honours…)."""
    old = {**(settings_before or {}), **flatten(before)}
    new = {**(settings_after or {}), **flatten(after)}
    paths = [*old, *(p for p in new if p not in old)]
    return tuple(
        InputChange(p, label_of(p), shown(p, old.get(p)), shown(p, new.get(p)))
        for p in paths
        if old.get(p) != new.get(p)
    )


def flatten(firm: Firm) -> dict[str, Any]:
    """Every input of the firm by path; fiscal years by year, IP items by number, lists by position."""
    found: dict[str, Any] = {}
    _walk(firm.profile, "profile", found)
    for year in firm.years:
        _walk(year, f"years.{year.year}{'.plan' if year.plan else ''}", found, skip={"year", "plan"})
    found["ip_none_confirmed"] = firm.ip_none_confirmed
    seen: set[str] = set()
    for index, item in enumerate(firm.ip):
        key = item.number if item.number and item.number not in seen else f"#{index + 1}"
        seen.add(key)
        _walk(item, f"ip.{key}", found)
    _walk(firm.honours, "honours", found)
    _walk(firm.digital, "digital", found)
    _walk(firm.hnte, "hnte", found)
    return found


def _walk(obj: Any, path: str, found: dict[str, Any], skip: frozenset[str] | set[str] = frozenset()) -> None:
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            if name not in skip:
                _walk(getattr(obj, name), f"{path}.{name}", found)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            _walk(value, f"{path}.{key}", found)
    elif isinstance(obj, tuple | list) and any(isinstance(v, BaseModel) for v in obj):
        for index, value in enumerate(obj):
            _walk(value, f"{path}.#{index + 1}", found)
    else:
        found[path] = tuple(obj) if isinstance(obj, list) else obj


def label_of(path: str) -> Text:
    """The input's name as the form shows it: "2025年研发费用", "高新技术企业证书 授予日期"."""
    parts = path.split(".")
    if path in EXTRA_LABELS:
        return EXTRA_LABELS[path]
    if parts[0] == "years" and parts[-1] in YEAR_FIELDS:
        return _year_label(parts)
    if parts[0] == "profile" and len(parts) == 2 and parts[1] in PROFILE_FIELDS:
        return PROFILE_FIELDS[parts[1]]
    if parts[0] == "honours" and len(parts) > 1 and parts[1] in HONOURS:
        return _joined(HONOURS[parts[1]], parts[2:])
    if parts[0] == "ip" and len(parts) > 1:
        return _joined(Text(f"知识产权 {parts[1]}", f"IP {parts[1]}"), parts[2:])
    return Text(path, path)


def _year_label(parts: list[str]) -> Text:
    label = YEAR_FIELDS[parts[-1]]
    year = parts[1]
    if "plan" in parts:
        return Text(f"{year}年计划{label.zh}", f"FY{year} plan {label.en}")
    return Text(f"{year}年{label.zh}", f"FY{year} {label.en}")


def _joined(head: Text, rest: list[str]) -> Text:
    if not rest:
        return head
    tail = [PARTS.get(part, Text(part, part)) for part in rest]
    return Text(" ".join([head.zh, *(t.zh for t in tail)]), " ".join([head.en, *(t.en for t in tail)]))


def shown(path: str, value: Any) -> Text:
    """A value in the user's units: 万元, %, people, items, dates, 是/否, 待确认 when not given."""
    if value is None:
        return TO_CONFIRM
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, dt.date):
        return Text(value.isoformat(), value.isoformat())
    if isinstance(value, Enum):
        return _enum_text(path, value)
    if isinstance(value, Decimal | int):
        zh, en = fmt_unit(Decimal(value), unit_of(path))
        return Text(zh, en)
    if isinstance(value, tuple):
        text = "、".join(str(v) for v in value) if value else "—"
        return Text(text, ", ".join(str(v) for v in value) if value else "—")
    return Text(str(value), str(value))


def unit_of(path: str) -> str:
    field = path.rsplit(".", 1)[-1]
    if path.startswith("years."):
        if field in STAFF_FIELDS:
            return "staff"
        return "count" if field in COUNT_FIELDS else "wan"
    if field in PCT_FIELDS:
        return "pct"
    if field in POINT_FIELDS or ".srdi_dev_scores." in path:
        return "points"
    if field in COUNT_FIELDS:
        return "count"
    return ""


def _enum_text(path: str, value: Enum) -> Text:
    """An option in the words of the form (industry, purpose, IP type, status, origin, accounts)."""
    if path == "profile.industry" and value.value in INDUSTRIES:
        return INDUSTRIES[value.value]
    names = ENUM_NAMES.get(type(value), {})
    return names.get(value) or Text(str(value.value), str(value.value))


def iter_rows(comparison: Comparison) -> Iterator[tuple[SchemeChange, CriterionChange]]:
    """Every changed criterion with its scheme, for the exports' flat tables."""
    for scheme in comparison.changed_schemes:
        for criterion in scheme.criteria:
            yield scheme, criterion


# --- a firm over time ---------------------------------------------------------------------------

TARGETS = ("rd_share", "class1_ip", "digital_level")  # the three Xiamen 2026 targets, rows of that scheme
LADDER = ("sme_size", "innovative_sme", "tech_sme", "hnte", "srdi_sme", "little_giant")
# Their names where no assessment shown had the targets in force (else the pack's own labels).
TARGET_NAMES = {
    "rd_share": Text("研发占比", "R&D share"),
    "class1_ip": Text("有效Ⅰ类知识产权数量", "Valid Class I IP items"),
    "digital_level": Text("数字化水平等级", "Digital maturity level"),
}


@dataclass(frozen=True)
class TargetPoint:
    value: Decimal | None
    status: Status
    target: Decimal | None  # the pack's threshold, drawn as the line to reach
    unit: str


@dataclass(frozen=True)
class TimelinePoint:
    on: dt.date
    purpose: Purpose
    targets: Mapping[str, TargetPoint]  # absent where the targets were not in force
    ladder: Mapping[str, Verdict]


@dataclass(frozen=True)
class Timeline:
    """A firm's assessments, oldest first: the three targets and the ladder at each."""

    points: tuple[TimelinePoint, ...]
    target_labels: Mapping[str, Text]
    scheme_titles: Mapping[str, Text]


def timeline(assessments: Iterable[Assessment]) -> Timeline:
    ordered = sorted(assessments, key=lambda a: (a.on, a.purpose.value))
    labels: dict[str, Text] = {}
    titles: dict[str, Text] = {}
    points = []
    for assessment in ordered:
        points.append(_point(assessment, labels))
        titles.update({s: assessment.results[s].title for s in LADDER if s in assessment.results})
    return Timeline(tuple(points), {**TARGET_NAMES, **labels}, titles)


def _point(assessment: Assessment, labels: dict[str, Text]) -> TimelinePoint:
    targets = {}
    result = assessment.results.get("xiamen_2026_targets")
    pack = assessment.packs.get("xiamen_2026_targets")
    rows = {r.id: r for r in result.rows} if result is not None else {}
    for target in TARGETS:
        row = rows.get(target)
        if row is not None:
            labels.setdefault(target, row.label)
            targets[target] = TargetPoint(row.value, row.status, _threshold(pack, target), row.unit)
    ladder = {s: assessment.results[s].verdict for s in LADDER if s in assessment.results}
    return TimelinePoint(assessment.on, assessment.purpose, targets, ladder)


def _threshold(pack: Any, criterion: str) -> Decimal | None:
    try:
        return pack.criterion(criterion).threshold("min").value  # type: ignore[no-any-return]
    except (AttributeError, KeyError):
        return None
