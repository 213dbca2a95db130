"""Which IP items a scheme counts as Class I or Class II (decision 10).

Each scheme has its own rule (transfer exclusions, holder rank, economic benefit…). An item whose
deciding field is unknown is neither counted nor dropped: it is "to confirm", so counts come as a
sure number and a possible number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assessments.dates import add_years
from assessments.model import IpItem, IpOrigin, IpStatus
from assessments.results import Text
from assessments.rules.schema import IpRule

TRANSFERRED = {IpOrigin.ASSIGNMENT, IpOrigin.GIFT, IpOrigin.MERGER}


@dataclass(frozen=True)
class IpDecision:
    index: int
    item: IpItem
    klass: str | None  # "I", "II" or None (not a Class I/II type)
    counted: bool | None  # None: depends on an input still to confirm
    reason: Text


@dataclass(frozen=True)
class IpCount:
    decisions: tuple[IpDecision, ...]
    # Each count asked once: a register is counted by most schemes, several times each.
    _counts: dict[tuple[str, bool, bool, bool], int] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def _of(self, klass: str, sure: bool, own_rd: bool = False, high_value: bool = False) -> int:
        key = (klass, sure, own_rd, high_value)
        found = self._counts.get(key)
        if found is None:
            found = self._counts[key] = self._count(klass, sure, own_rd, high_value)
        return found

    def _count(self, klass: str, sure: bool, own_rd: bool, high_value: bool) -> int:
        return sum(
            1
            for d in self.decisions
            if d.klass == klass
            and (d.counted is True if sure else d.counted is not False)
            and (not own_rd or _flag(d.item.origin == IpOrigin.OWN_RD if d.item.origin else None, sure))
            and (not high_value or _flag(d.item.high_value, sure))
        )

    def class1(self, sure: bool = True) -> int:
        return self._of("I", sure)

    def class2(self, sure: bool = True) -> int:
        return self._of("II", sure)

    def class1_own_rd(self, sure: bool = True) -> int:
        return self._of("I", sure, own_rd=True)

    def class1_high_value(self, sure: bool = True) -> int:
        return self._of("I", sure, high_value=True)

    @property
    def uncertain(self) -> bool:
        return any(d.counted is None for d in self.decisions)

    def counted_indices(self) -> list[int]:
        return [d.index for d in self.decisions if d.counted]


def _flag(value: bool | None, sure: bool) -> bool:
    return value is True if sure else value is not False


def count_ip(items: tuple[IpItem, ...], rule: IpRule, on: dt.date) -> IpCount:
    """Every item's decision under the scheme's rule; one evaluation asks this of most schemes, so the
    last few counts are kept, each held with the very register and rule it was made from."""
    key = (id(items), id(rule), on)
    kept = _COUNTS.get(key)
    if kept is not None and kept[0] is items and kept[1] is rule:
        return kept[2]
    counted = IpCount(_decisions(items, rule, on))
    if len(_COUNTS) >= COUNTS_KEPT:
        _COUNTS.clear()
    _COUNTS[key] = (items, rule, counted)
    return counted


COUNTS_KEPT = 32
# Keyed on identity and checked with `is`: a register or rule freed and its id reused is never mistaken.
_COUNTS: dict[tuple[int, int, dt.date], tuple[tuple[IpItem, ...], IpRule, IpCount]] = {}


# What a decision reads of an item: every field but its number and title, which name it only.
DECIDING_FIELDS = tuple(name for name in IpItem.model_fields if name not in ("number", "title"))


def _decisions(items: tuple[IpItem, ...], rule: IpRule, on: dt.date) -> tuple[IpDecision, ...]:
    """Each item's decision; items alike in every deciding field (a batch row's "12 inventions", a
    register of a patent family) are decided once."""
    found: list[IpDecision] = []
    for index, (item, first) in enumerate(zip(items, _alike(items), strict=True)):
        if first == index:
            found.append(_decide(index, item, rule, on))
        else:
            same = found[first]
            found.append(IpDecision(index, item, same.klass, same.counted, same.reason))
    return tuple(found)


def _alike(items: tuple[IpItem, ...]) -> tuple[int, ...]:
    """For each item, the index of the first item alike in every deciding field (its own if none).

    Worked out once per register: most schemes count the same register under their own rules."""
    kept = _ALIKE.get(id(items))
    if kept is not None and kept[0] is items:
        return kept[1]
    first: dict[tuple[object, ...], int] = {}
    found = tuple(
        first.setdefault(tuple(getattr(item, name) for name in DECIDING_FIELDS), index)
        for index, item in enumerate(items)
    )
    if len(_ALIKE) >= COUNTS_KEPT:
        _ALIKE.clear()
    _ALIKE[id(items)] = (items, found)
    return found


_ALIKE: dict[int, tuple[tuple[IpItem, ...], tuple[int, ...]]] = {}


def _decide(index: int, item: IpItem, rule: IpRule, on: dt.date) -> IpDecision:
    klass = (
        "I"
        if item.type.value in rule.class1_types
        else "II"
        if item.type.value in rule.class2_types
        else None
    )
    if klass is None:
        return IpDecision(
            index, item, None, False, Text("不属于Ⅰ类或Ⅱ类知识产权", "not a Class I or II type")
        )
    # A definite exclusion settles it even when another field is still to confirm.
    pending: Outcome = None
    for test in CHECKS:
        outcome = test(item, rule, on, klass)
        if outcome is not None and outcome[0] is False:
            return IpDecision(index, item, klass, False, outcome[1])
        pending = pending or outcome
    if pending is not None:
        return IpDecision(index, item, klass, pending[0], pending[1])
    label = Text("计入Ⅰ类", "counts as Class I") if klass == "I" else Text("计入Ⅱ类", "counts as Class II")
    return IpDecision(index, item, klass, True, label)


Outcome = tuple[bool | None, Text] | None


def _validity(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    if rule.require_valid and item.status is not IpStatus.VALID:
        return False, Text("未授权或已失效", "not granted or no longer valid")
    if rule.require_valid and item.granted_on is not None and item.granted_on > on:
        return False, Text("评估日尚未授权", "not yet granted on the assessment date")
    return None


def _ownership(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    if rule.exclude_licence and item.origin is IpOrigin.LICENCE:
        return False, Text("仅获许可，不拥有所有权", "licensed only, not owned")
    return None


def _transfer(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    if not (rule.exclude_transferred or rule.min_days_since_transfer):
        return None
    if item.origin is None:
        return None, Text("待确认：获得方式", "to confirm: how it was obtained")
    if item.origin not in TRANSFERRED:
        return None
    if rule.exclude_transferred:
        return False, Text("转入的知识产权不计", "transferred-in items do not count")
    if item.transferred_on is None:
        return None, Text("待确认：转入日期", "to confirm: date of transfer")
    if (on - item.transferred_on).days < (rule.min_days_since_transfer or 0):
        return False, Text("转让未满1年", "transferred less than a year ago")
    return None


def _rank(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    if rule.max_holder_rank is None:
        return None
    if item.holder_rank is None:
        return None, Text("待确认：权利人排名", "to confirm: rank among right holders")
    if item.holder_rank > rule.max_holder_rank:
        return False, Text(
            f"权利人排名第{item.holder_rank}，须前{rule.max_holder_rank}",
            f"ranked {item.holder_rank} among holders, top {rule.max_holder_rank} needed",
        )
    return None


def _main_product(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    if not rule.require_main_product or item.supports_main_product is True:
        return None
    if item.supports_main_product is None:
        return None, Text("待确认：是否与主导产品相关", "to confirm: related to the main product")
    return False, Text("与主导产品无关", "not related to the main product")


def _benefit(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    if not rule.require_benefit or item.applied_with_benefit is True:
        return None
    if item.applied_with_benefit is None:
        return None, Text("待确认：是否实际应用并产生经济效益", "to confirm: applied with economic benefit")
    return False, Text("未实际应用或未产生经济效益", "not applied with economic benefit")


def _maintained(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    years = rule.class2_min_years_since_grant.get(item.type.value)
    if klass != "II" or years is None:
        return None
    if item.granted_on is None:
        return None, Text("待确认：授权日期", "to confirm: grant date")
    if on <= add_years(item.granted_on, years):
        return False, Text(f"授权后维持未超过{years}年", f"maintained for not more than {years} years")
    return None


def _used(item: IpItem, rule: IpRule, on: dt.date, klass: str) -> Outcome:
    if rule.exclude_used_class2 and klass == "II" and item.used_in_hnte:
        return False, Text(
            "Ⅱ类已在以往高企申请中使用", "Class II item already used in an earlier application"
        )
    return None


CHECKS = (_validity, _ownership, _transfer, _rank, _main_product, _benefit, _maintained, _used)
