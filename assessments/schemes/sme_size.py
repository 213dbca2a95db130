"""SME size class (工信部联企业〔2011〕300号): the hard gate of every tier (decision 5)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from assessments.labels import PROFILE_FIELDS, missing
from assessments.numbers import fmt_unit, near
from assessments.results import Row, SchemeResult, Status, Text
from assessments.rules.schema import SizeBand, SizePack
from assessments.schemes.common import Context, result

MEASURE_FIELD = {"staff": "staff", "revenue": "revenue", "assets": "total_assets"}
MEASURE_UNIT = {"staff": "staff", "revenue": "wan", "assets": "wan"}


class SizeClass(StrEnum):
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"
    MICRO = "micro"


CLASS_TEXT = {
    SizeClass.LARGE: Text("大型企业", "large"),
    SizeClass.MEDIUM: Text("中型企业", "medium"),
    SizeClass.SMALL: Text("小型企业", "small"),
    SizeClass.MICRO: Text("微型企业", "micro"),
}


def evaluate(ctx: Context, pack: SizePack) -> SchemeResult:
    industry = ctx.firm.profile.industry
    if industry is None:
        return _result(pack, Status.UNKNOWN, None, [_unknown_row(pack, missing(PROFILE_FIELDS["industry"]))])
    band = pack.industries[industry.value]
    values = {m: ctx.value(MEASURE_FIELD[m]) for m in band.measures}
    lacking = [ctx.label(MEASURE_FIELD[m]) for m, v in values.items() if v is None]
    size = classify(band, values)
    sme = is_sme(band, values)
    calc = _calc(band, values, size)
    if sme is None:
        return _result(pack, Status.UNKNOWN, None, [_unknown_row(pack, missing(*lacking), band)])
    status = Status.MET if sme else Status.NOT_MET
    row = Row(
        id="size_class",
        label=Text("中小企业划型", "SME size class"),
        status=status,
        source=pack.source,
        requirement=_ceiling_text(band),
        calc=calc,
        on_edge=any(v is not None and near(v, band.sme_below[m], ctx.tolerance) for m, v in values.items()),
        note=None if not lacking else missing(*lacking),
    )
    return _result(pack, status, size, [row])


def is_sme(band: SizeBand, values: dict[str, Decimal | None]) -> bool | None:
    """Below any one ceiling is enough; large needs every ceiling reached (decision 5)."""
    below = [_below(values[m], band.sme_below[m]) for m in band.measures]
    if True in below:
        return True
    return None if None in below else False


def classify(band: SizeBand, values: dict[str, Decimal | None]) -> SizeClass | None:
    """Large only if every ceiling is reached; then medium/small need every floor."""
    below = [_below(values[m], band.sme_below[m]) for m in band.measures]
    if True not in below:
        return None if None in below else SizeClass.LARGE
    for size, floors in ((SizeClass.MEDIUM, band.medium_from), (SizeClass.SMALL, band.small_from)):
        reached = [_below(values[m], floors[m]) for m in band.measures]
        if None in reached and True not in reached:
            return None
        if not any(reached):
            return size
    return SizeClass.MICRO


def _below(value: Decimal | None, edge: Decimal) -> bool | None:
    return None if value is None else value < edge


def _calc(band: SizeBand, values: dict[str, Decimal | None], size: SizeClass | None) -> Text:
    parts = [fmt_unit(values[m], MEASURE_UNIT[m]) for m in band.measures]
    zh = f"{band.label_zh}：" + "，".join(p[0] for p in parts)
    en = f"{band.label_en}: " + ", ".join(p[1] for p in parts)
    if size is not None:
        zh += f" → {CLASS_TEXT[size].zh}"
        en += f" → {CLASS_TEXT[size].en}"
    return Text(zh, en)


def _ceiling_text(band: SizeBand) -> Text:
    parts = [(fmt_unit(band.sme_below[m], MEASURE_UNIT[m]), m) for m in band.measures]
    names = {
        "staff": ("从业人员", "staff"),
        "revenue": ("营业收入", "revenue"),
        "assets": ("资产总额", "assets"),
    }
    zh = " 或 ".join(f"{names[m][0]} < {p[0]}" for p, m in parts)
    # "fewer than 1,000 staff", never "staff < 1,000 staff" (the unit names the measure already)
    en = " or ".join(f"fewer than {p[1]}" if m == "staff" else f"{names[m][1]} < {p[1]}" for p, m in parts)
    return Text(f"中小微企业：{zh}", f"SME if {en}")


def _unknown_row(pack: SizePack, calc: Text, band: SizeBand | None = None) -> Row:
    return Row(
        id="size_class",
        label=Text("中小企业划型", "SME size class"),
        status=Status.UNKNOWN,
        source=pack.source,
        requirement=_ceiling_text(band) if band else Text("按行业划型", "by industry table"),
        calc=calc,
    )


def _result(pack: SizePack, status: Status, size: SizeClass | None, rows: list[Row]) -> SchemeResult:
    summary = CLASS_TEXT[size] if size else Text("待确认", "To confirm")
    if size is None and status is Status.MET:
        summary = Text("中小企业（规模类型待确认）", "SME (size class to confirm)")
    if size is not None and size is not SizeClass.LARGE:
        summary = Text(f"中小企业（{CLASS_TEXT[size].zh}）", f"SME ({CLASS_TEXT[size].en})")
    return result(pack, status, summary, rows, facts={"size_class": size})
