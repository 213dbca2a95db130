"""Decimal arithmetic and display: ratios compared exactly, shown to two decimals (decision 4).

Every rounding goes through `quantize`, which widens the precision for a huge figure: the default
context has 28 digits, so 1e30 万元 to the cent would otherwise raise `InvalidOperation`.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_UP,
    Context,
    Decimal,
    getcontext,
    localcontext,
)

from assessments.results import Text
from assessments.rules.schema import Op, Threshold

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
WAN = Decimal(10000)
# Beyond 10^18 a figure is shown in scientific notation: no firm has it, and its digits would fill a page.
PLAIN_DIGITS = 18
OP_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def pct(part: Decimal, whole: Decimal) -> Decimal | None:
    """`part` as a percentage of `whole`; None when the whole is zero (no ratio exists)."""
    if whole == 0:
        return None
    return part * HUNDRED / whole


def holds(value: Decimal, op: Op, edge: Decimal) -> bool:
    match op:
        case ">=":
            return value >= edge
        case ">":
            return value > edge
        case "<=":
            return value <= edge
        case "<":
            return value < edge


def meets(value: Decimal, threshold: Threshold) -> bool:
    return holds(value, threshold.op, threshold.value)


def near(value: Decimal, edge: Decimal, tolerance: Decimal) -> bool:
    """Within `tolerance` (relative, e.g. 0.005) of an edge: flagged "on the edge"."""
    if edge == 0:
        return value == 0
    return abs(value - edge) <= abs(edge) * tolerance


def wide() -> AbstractContextManager[Context]:
    """The default precision with an exponent range no input can leave.

    A file may hold 1e-999999 or 9e999998 (both valid decimals); dividing by the one or multiplying the
    other would overflow the default range and raise, though the precision needed is ordinary.
    """
    return localcontext(Emax=MAX_EMAX, Emin=MIN_EMIN)


def quantize(value: Decimal, places: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    """`value` rounded to `places` (e.g. CENT), exact at any magnitude.

    The precision grows with the digits the result needs, so a huge figure keeps its cents instead of
    raising; the default precision still governs every other operation. An ordinary figure fits the
    current precision and is rounded in place (no context to copy).
    """
    if not value.is_finite():
        return value
    exponent = -2 if places is CENT else places.as_tuple().exponent
    digits = max(value.adjusted(), 0) - exponent + 2  # type: ignore[operator]
    ctx = getcontext()
    if digits <= ctx.prec:
        return value.quantize(places, rounding=rounding)
    with localcontext() as wider:
        wider.prec = digits
        return value.quantize(places, rounding=rounding)


def round2(value: Decimal) -> Decimal:
    return quantize(value, CENT, ROUND_HALF_UP)


def ceil_cent(value: Decimal) -> Decimal:
    return quantize(value, CENT, ROUND_CEILING)


def floor_cent(value: Decimal) -> Decimal:
    return quantize(value, CENT, ROUND_FLOOR)


def ceil_whole(value: Decimal) -> Decimal:
    """The next whole number up, as a Decimal: no trip through a Python int of a million digits."""
    return value.to_integral_value(rounding=ROUND_CEILING)


def ceil_int(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def num(value: Decimal | int | None) -> str:
    """A figure with thousands separators and at most two decimals: 8,000 · 2.81 · 1,650.5.

    A figure beyond 10^18 is shown as 1.2346E+22. The words depend on the value alone (but for the
    sign of a zero), so the figures of a firm, written again at each read, are kept in a small memo.
    """
    if value is None:
        return "—"
    if not value:  # 0 and -0 read differently; never memoised
        return _num(Decimal(value))
    try:
        return _NUM_MEMO[value]
    except KeyError:
        pass
    except TypeError:  # a signalling NaN has no hash
        return _num(Decimal(value))
    text = _num(Decimal(value))
    if len(_NUM_MEMO) >= NUM_MEMO_SIZE:
        _NUM_MEMO.clear()
    _NUM_MEMO[value] = text
    return text


NUM_MEMO_SIZE = 4096
_NUM_MEMO: dict[Decimal | int, str] = {}


def _num(value: Decimal) -> str:
    if not value.is_finite():
        return f"{value:,.2f}"
    if value.adjusted() >= PLAIN_DIGITS:
        mantissa, exponent = f"{value:.4E}".split("E")
        return f"{mantissa.rstrip('0').rstrip('.')}E{exponent}"
    rounded = round2(value)
    text = f"{rounded:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def not_computable(label: Text, value: Decimal) -> Text:
    """Why a ratio or growth rate has no value: its denominator or base is zero or negative."""
    if value == 0:
        return Text(f"无法计算：{label.zh}为0", f"Cannot be computed: {label.en} is 0")
    return Text(
        f"无法计算：{label.zh}为负数（{num(value)}）",
        f"Cannot be computed: {label.en} is negative ({num(value)})",
    )


def fmt_pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{num(value)}%"


def fmt_wan(value: Decimal | None) -> tuple[str, str]:
    """(zh, en) forms of an amount in 万元: "50.01万元", "50.01 万元".

    English keeps the unit the firm enters its figures in, with the same precision, so both languages
    (and the grid, the reports and the gaps) show one figure; a yuan figure beside a 万元 one misleads.
    """
    if value is None:
        return "—", "—"
    return f"{num(value)}万元", f"{num(value)} 万元"


def points_num(value: Decimal | int) -> str:
    """Points exactly as kept, never rounded (the digital questionnaire scores 1.875): "5.625", "20"."""
    value = Decimal(value)
    if not value.is_finite() or value.adjusted() >= PLAIN_DIGITS:
        return num(value)
    text = format(value.normalize(), "f")
    return text if len(text.partition(".")[2]) <= 3 else num(value)


def en_count(text: str, value: Decimal | int, singular: str, plural: str = "") -> str:
    """An English count: "1 point", "2 points", "1.5 points"; `text` is the figure as written."""
    return f"{text} {singular if value == 1 else plural or singular + 's'}"


def fmt_unit(value: Decimal | None, unit: str) -> tuple[str, str]:
    if value is None:
        return "—", "—"
    match unit:
        case "wan":
            return fmt_wan(value)
        case "pct":
            return fmt_pct(value), fmt_pct(value)
        case "years":
            return f"{num(value)}年", en_count(num(value), value, "year")
        case "count":
            return f"{num(value)}项", en_count(num(value), value, "item")
        case "staff":
            return f"{num(value)}人", f"{num(value)} staff"
        case "points":
            return f"{points_num(value)}分", en_count(points_num(value), value, "point")
        case "level":
            return f"{num(value)}级", f"level {num(value)}"
        case "days":
            return f"{num(value)}天", en_count(num(value), value, "day")
    return num(value), num(value)


def requirement_text(threshold: Threshold) -> tuple[str, str]:
    zh, en = fmt_unit(threshold.value, threshold.unit)
    sign = OP_SIGN[threshold.op]
    return f"{sign} {zh}", f"{sign} {en}"


# --- reading a figure as it is typed or copied from Excel/WPS ----------------------------------------

_FULL_WIDTH = str.maketrans("０１２３４５６７８９，．－＋（）￥", "0123456789,.-+()¥")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f\u3000]+")
_PLAIN = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")
# 1,234,567.89: groups of three after the first; "1,2" is a slip or a decimal comma, never 12.
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
# The unit words a cell may carry, by the grid's unit, and what they multiply the number by (into 万元).
SUFFIXES: dict[str, tuple[tuple[str, Decimal], ...]] = {
    "wan": (("万元", Decimal(1)), ("万", Decimal(1)), ("元", 1 / WAN)),
    "staff": (("人", Decimal(1)),),
    "count": (("项", Decimal(1)), ("件", Decimal(1)), ("个", Decimal(1))),
}
NOT_A_NUMBER = Text("请填写数字，如1234.56", "enter a number, e.g. 1234.56")


class NumberTextError(ValueError):
    """A text that is not a figure; `reason` says why in both languages."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


def read_figure(text: str, unit: str = "wan") -> Decimal | None:
    """The figure in `text` in the grid's unit (万元, people or items); None for an empty text.

    Takes what a copy from Excel or WPS holds: thousands separators, full-width digits, a unit word
    ("1,234万元"; "12,340,000元" is 1,234 万元) and an accounting negative "(1,234)". A comma must group
    three digits: "1,2" is refused, not read as 12.
    """
    cleaned = _trim(_trim(text.translate(_FULL_WIDTH)).removeprefix("¥"))
    if not cleaned:
        return None
    cleaned, factor = _unit_word(cleaned, unit)
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    digits = _SPACES.sub(",", _trim(cleaned[1:-1] if negative else cleaned))  # "1 234" groups too
    value = _number(digits, text.strip())
    if factor != 1:
        with wide():
            value = _tidy(value * factor)
    return -value if negative else value


def _trim(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _tidy(value: Decimal) -> Decimal:
    """12,340,000元 is 1234 万元, not 1234.0000 (and never 1.234E+3)."""
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()


def _unit_word(cleaned: str, unit: str) -> tuple[str, Decimal]:
    for word, factor in SUFFIXES.get(unit, ()):
        if cleaned.endswith(word) and len(cleaned) > len(word):
            return _trim(cleaned[: -len(word)]), factor
    return cleaned, Decimal(1)


def _number(cleaned: str, typed: str) -> Decimal:
    if "," in cleaned:
        if not _GROUPED.fullmatch(cleaned):
            raise NumberTextError(_bad_grouping(typed))
        cleaned = cleaned.replace(",", "")
    if not _PLAIN.fullmatch(cleaned):  # no exponents, NaN or infinities: not what anyone types
        raise NumberTextError(NOT_A_NUMBER)
    return Decimal(cleaned)


def _bad_grouping(typed: str) -> Text:
    return Text(
        f"“{typed}”中的分隔符位置不对：千位分隔符每三位一个（如1,234,567），小数请用小数点（如1.2）",
        f"the separator in “{typed}” is misplaced: thousands separators mark groups of three digits "
        "(1,234,567); write a decimal with a point (1.2)",
    )
