"""Calendar arithmetic the rules need (anniversaries, whole years between two days, year ends), and the
one reader of a typed date that the wizard, the template import and the IP import share."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assessments.results import Text


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February falls back to the 28th in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def full_years(start: dt.date | None, end: dt.date) -> int | None:
    """Whole years from `start` through `end`, both days included: 2024-01-01 → 2025-12-31 is 2 years.

    Niche years are counted to 31 December of 上年度 (worked example E: since 2024-01-01 → 2 years).
    """
    if start is None:
        return None
    after = end + dt.timedelta(days=1)
    years = after.year - start.year - ((after.month, after.day) < (start.month, start.day))
    return max(years, 0)


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


# --- reading a date the way it is typed -------------------------------------------------------------

# Full-width digits and separators, as a Chinese input method types them.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９／－．", "0123456789/-.")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2})?$")  # "2014-06-18 00:00:00", a date cell read as text
_SEPARATED = re.compile(r"(\d+)([-/.])(\d+)\2(\d+)")
_CHINESE = re.compile(r"(\d+)年(\d+)月(\d+)日?")
_COMPACT = re.compile(r"\d{8}")
# Not calendar.month_name: that follows the process locale, which Qt sets from the system.
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EXAMPLES = Text(
    "请按年月日填写，如2014-6-18、2014/6/18、2014.6.18、2014年6月18日或20140618",
    "enter year, month and day, e.g. 2014-6-18, 2014/6/18, 2014.6.18, 2014年6月18日 or 20140618",
)


class DateTextError(ValueError):
    """A text that is not a date; `reason` says why in both languages."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


def read_date(text: str) -> dt.date | None:
    """The date in `text` as Chinese users type it; None for an empty text.

    Year first, always with four digits: "14/6/18" could be 1914 or 2014, and "6/18/2014" is the
    American order, so both are refused with the reason rather than guessed.
    """
    cleaned = _TIME.sub("", text.strip().translate(_FULL_WIDTH))
    cleaned = re.sub(r"\s+", "", cleaned)
    if not cleaned:
        return None
    parts = _parts(cleaned)
    if parts is None:
        raise DateTextError(EXAMPLES)
    return _checked(*parts)


def _parts(cleaned: str) -> tuple[str, str, str] | None:
    if _COMPACT.fullmatch(cleaned):
        return cleaned[:4], cleaned[4:6], cleaned[6:]
    match = _CHINESE.fullmatch(cleaned)
    if match:
        return match.group(1), match.group(2), match.group(3)
    match = _SEPARATED.fullmatch(cleaned)
    if match:
        return match.group(1), match.group(3), match.group(4)
    return None


def _checked(year: str, month: str, day: str) -> dt.date:
    if len(year) != 4:
        raise DateTextError(_year_first(year, day))
    if not 1 <= int(month) <= 12:
        raise DateTextError(
            Text(f"月份应在1至12之间（“{month}”）", f"the month must be from 1 to 12 (“{month}”)")
        )
    last = calendar.monthrange(int(year), int(month))[1]
    if not 1 <= int(day) <= last:
        raise DateTextError(
            Text(
                f"{int(year)}年{int(month)}月只有{last}天（“{day}”）",
                f"{MONTHS[int(month) - 1]} {int(year)} has {last} days (“{day}”)",
            )
        )
    return dt.date(int(year), int(month), int(day))


def _year_first(year: str, last: str) -> Text:
    if len(last) == 4:
        return Text(
            f"年份应写在最前：年/月/日，如{last}/6/18",
            f"put the year first: year/month/day, e.g. {last}/6/18",
        )
    if len(year) == 2:
        return Text(
            f"年份请写四位数（“{year}”可能是19{year}年或20{year}年）",
            f"write the year with four digits (“{year}” could be 19{year} or 20{year})",
        )
    return Text(f"年份请写四位数（“{year}”）", f"write the year with four digits (“{year}”)")
