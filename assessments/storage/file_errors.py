"""What is wrong with a `.srdi` file, said in Chinese and English with the field's path and name.

Pydantic's messages are English and name fields by their position tuple; a user editing a file (or
reading the CLI's stderr) needs "firm.years[1].revenue（2024年营业收入）：不是有效的数字". The common
error types get Chinese templates here; anything else falls back to pydantic's own message.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS, year_field
from assessments.results import Text

MISSING = object()  # a problem that has no offending value to show


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where (`path`), which input (`what`, if known), and why."""

    path: str  # e.g. "firm.years[1].revenue"; "" for the file as a whole
    what: Text | None
    reason: Text
    value: Any = MISSING

    @property
    def text(self) -> Text:
        got = "" if self.value is MISSING else _shown(self.value)
        where = _where(self.path, self.what)
        return Text(
            f"{where.zh}{self.reason.zh}" + (f"（当前值：{got}）" if got else ""),
            f"{where.en}{self.reason.en}" + (f" (got {got})" if got else ""),
        )


class FileFormatError(ValueError):
    """The file cannot be read as an assessment; `problems` lists every field at fault."""

    def __init__(self, problems: Sequence[Problem], source: str = "") -> None:
        self.problems = tuple(problems)
        self.source = source
        super().__init__(str(self.text))

    @property
    def text(self) -> Text:
        name_zh = f"（{self.source}）" if self.source else ""
        name_en = f" ({self.source})" if self.source else ""
        lines = [p.text for p in self.problems]
        return Text(
            f"评估文件无法读取{name_zh}：\n" + "\n".join(f"  - {t.zh}" for t in lines),
            f"Cannot read the assessment file{name_en}:\n" + "\n".join(f"  - {t.en}" for t in lines),
        )

    def __str__(self) -> str:
        """Chinese first, then English (the order the CLI prints)."""
        return f"{self.text.zh}\n{self.text.en}"

    def at(self, source: str) -> FileFormatError:
        """The same error naming the file it came from."""
        return FileFormatError(self.problems, source)


class NewerFormatError(FileFormatError):
    """The file was saved by a newer release than this one."""

    def __init__(self, version: int, supported: int, source: str = "") -> None:
        self.version, self.supported = version, supported
        reason = Text(
            f"此文件由较新版本的软件保存（文件格式版本{version}，本软件最高支持{supported}），请升级软件后再打开",
            f"the file was saved by a newer release (format version {version}; this release reads up to "
            f"{supported}): please update the app",
        )
        super().__init__([Problem("format_version", None, reason)], source)

    def at(self, source: str) -> NewerFormatError:
        return NewerFormatError(self.version, self.supported, source)


class FileWriteError(OSError):
    """The assessment cannot be written (not a read error): the target and why, in both languages."""

    def __init__(self, target: str, reason: Text) -> None:
        super().__init__(reason.en)
        self.target, self.reason = target, reason

    @property
    def text(self) -> Text:
        return Text(
            f"评估文件无法写入（{self.target}）：{self.reason.zh}",
            f"Cannot write the assessment file ({self.target}): {self.reason.en}",
        )

    def __str__(self) -> str:
        return f"{self.text.zh}\n{self.text.en}"


def _where(path: str, what: Text | None) -> Text:
    if not path:
        return Text("", "")
    if what is None:
        return Text(f"{path}：", f"{path}: ")
    return Text(f"{path}（{what.zh}）：", f"{path} ({what.en}): ")


def _shown(value: Any) -> str:
    text = str(value) if isinstance(value, Decimal) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "…"


# --- pydantic errors ---------------------------------------------------------------------------


def problems_of(exc: ValidationError, data: dict[str, Any]) -> list[Problem]:
    """Every validation error of `exc` as a Problem; `data` is the document validated (for years)."""
    return [_problem(error, data) for error in exc.errors()]


def _problem(error: ErrorDetails, data: dict[str, Any]) -> Problem:
    loc = tuple(error["loc"])
    value = MISSING if error["type"] in NO_VALUE else error.get("input")
    return Problem(path_of(loc), label_of(loc, data), reason_of(error), value)


def path_of(loc: tuple[int | str, ...]) -> str:
    """("firm", "years", 1, "revenue") → "firm.years[1].revenue"; a bad dict key ends in "[key]"."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part == "[key]":
            path += part
        else:
            path += f".{part}" if path else part
    return path


def label_of(loc: tuple[int | str, ...], data: dict[str, Any]) -> Text | None:
    """The input's name as the app shows it, where `labels.py` or the file's sections give one."""
    match loc:
        case ("firm", "years", int(i), str(name), *_) if name in YEAR_FIELDS:
            return _year_label(data, i, name)
        case ("firm", "years", int(i), *_):
            return _year_entry(data, i)
        case ("firm", "profile", str(name), *_) if name in PROFILE_FIELDS:
            return PROFILE_FIELDS[name]
        case ("firm", "ip", int(i), *_):
            return Text(f"第{i + 1}项知识产权", f"IP item {i + 1}")
        case ("assessment", str(name), *_) if name in SETTINGS:
            return SETTINGS[name]
        case ("firm", "honours", str(name), *_) if name in HONOURS:
            return HONOURS[name]
        case ("firm", "digital", "scenes", str(scene), *_):
            return Text(f"数字化应用场景{scene}的等级", f"grade of digital scene {scene}")
        case ("firm", "digital", "items", *_):
            return Text("数字化水平评测题目", "digital questionnaire item")
        case ("firm", "hnte", "organisation", int(i), *_):
            return Text(f"研发组织管理第{i + 1}项得分", f"R&D organisation item {i + 1} points")
    return None


SETTINGS = {"date": Text("评估日期", "assessment date"), "purpose": Text("评估目的", "purpose")}
HONOURS = {
    "hnte": Text("高新技术企业证书", "HNTE certificate"),
    "innovative_sme": Text("创新型中小企业", "innovative SME title"),
    "tech_sme": Text("科技型中小企业", "tech-based SME title"),
    "srdi_sme": Text("专精特新中小企业", "SRDI SME title"),
    "little_giant": Text("专精特新“小巨人”", "little giant title"),
    "demo_enterprise": Text("国家级技术创新示范企业", "national technology-innovation demonstration firm"),
    "ip_advantage": Text("知识产权优势/示范企业", "IP advantage or demonstration firm"),
    "awards": Text("获奖", "awards"),
    "rd_institutions": Text("研发机构", "R&D institutions"),
    "standards": Text("标准", "standards"),
    "market_share_pct": Text("细分市场占有率（%）", "niche market share (%)"),
    "market_rank": Text("国内细分市场排名", "national niche market rank"),
    "official_digital_level": Text("平台评定的数字化水平等级", "official digital level"),
    "srdi_dev_scores": Text("专精特新发展评价得分", "SRDI development score"),
    "local_feature_points": Text("地方特色指标得分", "local indicator points"),
    "chuangke_top500_year": Text("“创客中国”500强年份", "Chuangke China top-500 year"),
    "chuangke_top50_year": Text("“创客中国”50强年份", "Chuangke China top-50 year"),
}


def _year_of(data: dict[str, Any], i: int) -> int | None:
    try:
        year = data["firm"]["years"][i]["year"]
    except (KeyError, IndexError, TypeError):
        return None
    return year if isinstance(year, int) and not isinstance(year, bool) else None


def _year_label(data: dict[str, Any], i: int, name: str) -> Text:
    year = _year_of(data, i)
    if year is not None:
        return year_field(year, name)
    label = YEAR_FIELDS[name]
    return Text(f"第{i + 1}个年度的{label.zh}", f"{label.en} of year entry {i + 1}")


def _year_entry(data: dict[str, Any], i: int) -> Text:
    year = _year_of(data, i)
    return (
        Text(f"{year}年度", f"FY{year}")
        if year is not None
        else Text(f"第{i + 1}个年度", f"year entry {i + 1}")
    )


def reason_of(error: ErrorDetails) -> Text:
    kind = error["type"]
    if kind == LIMIT:  # the model's own bounds carry their message in both languages
        ctx = error.get("ctx") or {}
        return Text(str(ctx.get("zh", error["msg"])), str(ctx.get("en", error["msg"])))
    for kinds, template in TEMPLATES:
        if kind in kinds:
            return template(error.get("ctx") or {})
    return Text(f"内容有误：{error['msg']}", error["msg"])


def _allowed(ctx: dict[str, Any]) -> Text:
    expected = str(ctx.get("expected", ""))
    return Text(
        f"不是允许的选项，可选值：{expected.replace(' or ', '、').replace(', ', '、')}",
        f"not one of the allowed options: {expected}",
    )


def _bound(word_zh: str, word_en: str, key: str) -> Callable[[dict[str, Any]], Text]:
    return lambda ctx: Text(f"应{word_zh}{ctx.get(key)}", f"must be {word_en} {ctx.get(key)}")


def _fixed(zh: str, en: str) -> Callable[[dict[str, Any]], Text]:
    return lambda ctx: Text(zh, en)


NO_VALUE = {"missing"}
LIMIT = "srdi_limit"  # raised by the bounds of assessments/model.py
NUMBER = {
    "decimal_parsing",
    "decimal_type",
    "float_parsing",
    "float_type",
    "int_parsing",
    "int_type",
    "finite_number",
    "decimal_max_digits",
    "decimal_max_places",
    "decimal_whole_digits",
}
DATE = {
    "date_parsing",
    "date_from_datetime_parsing",
    "date_from_datetime_inexact",
    "date_type",
    "datetime_parsing",
    "datetime_from_date_parsing",
}
TEMPLATES: tuple[tuple[set[str], Callable[[dict[str, Any]], Text]], ...] = (
    (
        NUMBER,
        _fixed(
            '不是有效的数字（写作 "1200.5"，不要千位分隔符和单位）',
            'not a valid number (write it like "1200.5", without separators or units)',
        ),
    ),
    ({"int_from_float"}, _fixed("应为整数", "must be a whole number")),
    ({"enum", "literal_error"}, _allowed),
    ({"missing"}, _fixed("缺少必填项", "required field is missing")),
    (
        {"extra_forbidden"},
        _fixed(
            "不允许的字段（拼写错误，或文件来自其他软件）",
            "unexpected field (a typo, or a file from other software)",
        ),
    ),
    (
        DATE,
        _fixed(
            "不是有效的日期（应为 YYYY-MM-DD，如 2026-05-15）",
            "not a valid date (expected YYYY-MM-DD, e.g. 2026-05-15)",
        ),
    ),
    (
        {"bool_parsing", "bool_type"},
        _fixed("应为 true 或 false（未知填 null）", "must be true or false (null when unknown)"),
    ),
    ({"string_type"}, _fixed("应为文本", "must be text")),
    (
        {"string_unicode"},
        _fixed("含有无效字符（如孤立的代理项）", "holds an invalid character (e.g. a lone surrogate)"),
    ),
    (
        {"string_too_long"},
        lambda ctx: Text(
            f"文字过长：最多{ctx.get('max_length')}个字符",
            f"too long: at most {ctx.get('max_length')} characters",
        ),
    ),
    ({"list_type", "tuple_type"}, _fixed("应为列表 [...]", "must be a list [...]")),
    (
        {"dict_type", "model_type", "model_attributes_type"},
        _fixed("应为对象 {...}", "must be an object {...}"),
    ),
    (
        {"too_short", "too_long"},
        lambda ctx: Text(
            f"项数应为{ctx.get('min_length', '')}–{ctx.get('max_length', '')}",
            f"must have {ctx.get('min_length', '')}–{ctx.get('max_length', '')} entries",
        ),
    ),
    ({"greater_than_equal"}, _bound("不小于", "at least", "ge")),
    ({"greater_than"}, _bound("大于", "more than", "gt")),
    ({"less_than_equal"}, _bound("不大于", "at most", "le")),
    ({"less_than"}, _bound("小于", "less than", "lt")),
)
