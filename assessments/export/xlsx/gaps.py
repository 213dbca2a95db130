"""差距与行动: the ranked gaps."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from assessments.engine import Assessment
from assessments.export.labels import GAP_UNITS, GAPS, NO, SHEETS, YES
from assessments.export.xlsx.cells import fit_rows, header, put, text_of, title, widths
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOX, WAN, WRAP
from assessments.priorities import ranked_gaps, top_gaps


def gaps_sheet(ws: Worksheet, assessment: Assessment, lang: str) -> None:
    title(ws, SHEETS["gaps"].get(lang), GAPS["intro"].get(lang))
    keys = ("rank", "priority", "scheme", "criterion", "gap", "amount", "unit", "blocking", "field")
    header(ws, 4, [text_of(GAPS, k, lang) for k in keys])
    top = {(g.scheme.scheme, g.row.id) for g in top_gaps(assessment)}
    gaps = ranked_gaps(assessment)
    for index, gap in enumerate(gaps, start=1):
        row = 4 + index
        cells = (
            index,
            text_of(GAPS, "top", lang) if (gap.scheme.scheme, gap.row.id) in top else "",
            gap.scheme.title.get(lang),
            gap.row.label.get(lang),
            gap.gap.text.get(lang),
            gap.gap.amount,
            GAP_UNITS[gap.gap.unit].get(lang) if gap.gap.unit in GAP_UNITS else gap.gap.unit,
            (YES if gap.blocking else NO).get(lang),
            gap.gap.field,
        )
        for col, content in enumerate(cells, start=1):
            cell = put(ws, row, col, content, WAN if col == 6 and gap.gap.unit == "wan" else None)
            cell.border, cell.alignment = BOX, WRAP
    if not gaps:
        put(ws, 5, 1, text_of(GAPS, "none", lang))
    widths(ws, (6, 8, 22, 28, 60, 12, 10, 10, 26))
    fit_rows(ws, 4)
    ws.freeze_panes = "A5"
    print_setup(ws, 4, landscape=True, lang=lang, last_col=len(keys) - 1)
