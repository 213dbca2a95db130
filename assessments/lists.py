"""Lists the user keeps, the IP register and the honours, and whether they are answered (decision 14).

An empty list the user has never touched is not an answer: a criterion counting its entries is to
confirm, and its only gap is to fill in the list. Once the user confirms "we have none" the counts
read 0 and the criteria fail as usual; a list with entries is answered by them.
"""

from __future__ import annotations

from dataclasses import replace

from assessments.model import Firm
from assessments.results import Row, Status, Text

IP_OPEN = Text(
    "知识产权清单尚未填写：请录入，或确认“没有知识产权”",
    "The IP register is not filled in yet: enter the items, or confirm “we have none”",
)
HONOURS_OPEN = Text(
    "荣誉和称号尚未填写：请录入，或确认“没有荣誉和称号”",
    "Honours and titles are not filled in yet: enter them, or confirm “we have none”",
)


def ip_open(firm: Firm) -> bool:
    """The register is empty and the user has not confirmed that the firm holds no IP."""
    return not firm.ip_answered


def honours_open(firm: Firm) -> bool:
    """No title, award, institution or standard entered, and "none" not confirmed."""
    return not firm.honours.answered


def to_confirm(row: Row, reason: Text) -> Row:
    """The row of a list not yet filled in: to confirm, any points still possible, no gap to close."""
    if row.status is Status.MET:
        return row
    best = row.max_points if row.points is not None else None
    return replace(
        row,
        status=Status.UNKNOWN,
        value=None,
        calc=reason,
        gap=None,
        on_edge=False,
        points_max=best,
        note=None,
    )


def ip_row(firm: Firm, row: Row) -> Row:
    """A row counting IP items, to confirm while the register is open."""
    return to_confirm(row, IP_OPEN) if ip_open(firm) else row


def honours_row(firm: Firm, row: Row) -> Row:
    """A row reading titles, awards, institutions or standards, to confirm while the honours are open."""
    return to_confirm(row, HONOURS_OPEN) if honours_open(firm) else row


# Xiamen's districts and parks, offered as suggestions only: the district is free text in the file
# format and in the template (a Name), so "湖里区（火炬高新区）" or any other place is kept as it is.
DISTRICTS = ("思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区", "火炬高新区", "厦门自贸片区")


def suggestions_with(value: str | None, suggestions: tuple[str, ...] = DISTRICTS) -> tuple[str, ...]:
    """The suggestions, with a stored value that is not among them added last (shown as it is)."""
    return suggestions if value is None or value in suggestions else (*suggestions, value)
