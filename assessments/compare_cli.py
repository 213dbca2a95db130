"""`compare A.srdi B.srdi` and `rescore FILE [--rules-on D] [--packs DIR]`: a firm over time from the
command line (issue 11).

`compare` prints the inputs and results that changed between two assessment files, each flipped verdict
with the criteria that flipped it (◆), and can write the comparison as a workbook or a PDF. `rescore`
computes a file under the rules in force on another date (today by default) or from a folder of packs,
prints the differences the same way, and writes the re-scored document only to `--accept OUT.srdi`.

Registered by the CLI with `add_commands(subparsers)`, run with `run(args)`. Exit codes as the CLI's:
0 done, 2 a bad file or bad arguments (a FileFormatError is reported by the CLI itself).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from assessments.compare import Comparison, compare
from assessments.export.compare_words import scheme_rows, sides_line, w
from assessments.rules.loader import PackError
from assessments.rules.rescore import assess_saved, packs_in_dir, rescore
from assessments.storage.srdi_file import load, save

OK, INVALID = 0, 2


def add_commands(subparsers: Any) -> None:
    pair = subparsers.add_parser("compare", help="对比两次评估 / compare two assessments")
    pair.add_argument("before", type=Path, metavar="BEFORE.srdi")
    pair.add_argument("after", type=Path, metavar="AFTER.srdi")
    _outputs(pair)
    pair.set_defaults(run=run)
    again = subparsers.add_parser(
        "rescore", help="按其他日期的规则重新评估 / re-score under the rules of another date"
    )
    again.add_argument("file", type=Path, metavar="FILE.srdi")
    again.add_argument(
        "--rules-on",
        type=dt.date.fromisoformat,
        default=None,
        help="规则适用日期（默认今天）/ rules of this date",
    )
    again.add_argument("--packs", type=Path, default=None, help="规则包文件夹 / a folder of rule packs")
    again.add_argument(
        "--accept", type=Path, default=None, help="写出重新评估后的文件 / write the re-scored file here"
    )
    _outputs(again)
    again.set_defaults(run=run)


def _outputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--xlsx", type=Path, default=None, help="写出对比工作簿 / write the comparison workbook"
    )
    parser.add_argument("--pdf", type=Path, default=None, help="写出对比PDF / write the comparison PDF")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")


def run(args: argparse.Namespace) -> int:
    if args.command == "compare":
        comparison = compare(assess_saved(load(args.before)), assess_saved(load(args.after)))
        return _show(comparison, args)
    try:
        pool = packs_in_dir(args.packs) if args.packs is not None else None
    except (PackError, OSError) as error:
        print(f"规则包文件夹无法读取 / the pack folder cannot be read: {error}", file=sys.stderr)
        return INVALID
    result = rescore(load(args.file), args.rules_on, pool)
    code = _show(result.comparison, args)
    if args.accept is not None:
        save(result.accepted, args.accept)
    return code


def _show(comparison: Comparison, args: argparse.Namespace) -> int:
    print(render(comparison, args.lang))
    if args.xlsx is not None:
        from assessments.export.compare_xlsx import write_compare_xlsx  # openpyxl only when asked

        write_compare_xlsx(comparison, args.xlsx, args.lang)
    if args.pdf is not None:
        from assessments.export.compare_pdf import write_compare_pdf  # reportlab only when asked

        write_compare_pdf(comparison, args.pdf, args.lang)
    return OK


def render(comparison: Comparison, lang: str = "zh") -> str:
    """The comparison as text: the sides, the inputs that changed, the results that changed."""
    lines = [w("title", lang), sides_line(comparison, lang), "", f"== {w('inputs', lang)}"]
    lines += [
        f"  {c.label.get(lang)}: {c.before.get(lang)} → {c.after.get(lang)}" for c in comparison.inputs
    ] or [f"  {w('none', lang)}"]
    lines += ["", f"== {w('results', lang)}"]
    for scheme in comparison.changed_schemes:
        (name, before, after, packs, _), *criteria = scheme_rows(scheme, lang)
        lines.append(f"  {name}: {before} → {after}" + (f"  [{packs}]" if packs else ""))
        lines += [f"    {c[0].strip()}: {c[1]} → {c[2]}" for c in criteria]
    if not comparison.changed_schemes:
        lines.append(f"  {w('none', lang)}")
    else:
        lines += ["", w("flip_note", lang)]
    return "\n".join(lines)
