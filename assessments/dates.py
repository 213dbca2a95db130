"""Calendar arithmetic the rules need: anniversaries, whole years between two days, year ends."""

from __future__ import annotations

import datetime as dt


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
