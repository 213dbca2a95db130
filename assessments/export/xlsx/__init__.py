"""The Excel workbooks: the assessment report (`workbook.py`) and the data-collection template (`template.py`).

One module per sheet family (profile, finance and ratios, ip, digital, schemes, gaps, summary, support);
the shared cell helpers are in `styles.py`, `cells.py`, `lists.py` and `printing.py`.
"""

from assessments.export.xlsx.template import fill_template, write_template
from assessments.export.xlsx.template_read import TemplateError, read_template
from assessments.export.xlsx.workbook import build_workbook, write_xlsx

__all__ = [
    "TemplateError",
    "build_workbook",
    "fill_template",
    "read_template",
    "write_template",
    "write_xlsx",
]
