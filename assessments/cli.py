"""The command line: `python -m assessments evaluate FILE` (also installed as `srdi-check`).

`evaluate` runs a `.srdi` file through the same engine as the desktop app and prints a readable
report per scheme, in ladder order, or the stable JSON structure of `docs/cli-json.md`.
`report FILE --xlsx OUT.xlsx --pdf OUT.pdf --brief OUT.pdf --template OUT.xlsx` writes the Excel
workbook, the PDF report, the manager's two-page brief and the data-collection template holding the
firm's data; `import-template IN.xlsx --out FILE.srdi` reads a filled template back. `batch IN.xlsx --out OUT.xlsx [--pdf OUT.pdf] [--date D]`
evaluates every row of a batch sheet (docs/batch-template.md) on all cores and writes the cohort
workbook and PDF summary; `batch-template OUT.xlsx` writes the blank batch template.

Exit codes (docs/cli-json.md, docs/limits.md): 0 done; 1 the firm's data has validation errors (the
report and the issues are still printed or written); 2 the file or the arguments are invalid (the
message, Chinese first then English, names the field or cell and what is wrong, on stderr); 3 an
internal error, i.e. a bug: a short summary of where it happened instead of a raw traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn

from assessments import compare_cli, firms_cli
from assessments.engine import Assessment, assess, packs_in_force
from assessments.export.labels import EVIDENCE_NEEDED
from assessments.export.xlsx import TemplateError, fill_template, read_template, write_xlsx
from assessments.labels import SCORE_MARK, trust
from assessments.model import Purpose, date_problem
from assessments.numbers import num, points_num
from assessments.results import Row, SchemeResult, Status, Text
from assessments.rules import packs_cli
from assessments.storage.srdi_file import AssessmentFile, FileFormatError, FileWriteError, load, save
from assessments.validation import Issue

OK, DATA_ERRORS, INVALID, INTERNAL = 0, 1, 2, 3
TRACE_FRAMES = 3  # frames of a crash shown: enough to find the bug, short enough to read


class UsageError(Exception):
    """Invalid command-line arguments, said in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


# argparse speaks English only; its common messages get a Chinese line first.
ARGPARSE_ZH = (
    (
        re.compile(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)"),
        "参数 {0}：无效的选项 {1}（可选：{2}）",
    ),
    (re.compile(r"the following arguments are required: (.+)"), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "无法识别的参数：{0}"),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 需要一个值"),
    (re.compile(r"invalid choice: (.+?) \(choose from (.+)\)"), "无效的命令 {0}（可选：{1}）"),
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        usage = self.format_usage().strip()
        raise UsageError(Text(_zh_argparse(message), f"{message}\n{usage}"))


def _zh_argparse(message: str) -> str:
    for pattern, template in ARGPARSE_ZH:
        found = pattern.fullmatch(message)
        if found:
            return template.format(*found.groups())
    return f"命令行参数有误：{message}"


def parser() -> argparse.ArgumentParser:
    top = _Parser(prog="python -m assessments", description="专精特新达标自评 / SRDI self-check")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    evaluate = commands.add_parser("evaluate", help="评估一个 .srdi 文件 / evaluate a .srdi file")
    evaluate.add_argument("file", type=Path, metavar="FILE", help=".srdi 评估文件 / assessment file")
    evaluate.add_argument("--date", help="评估日期 YYYY-MM-DD（默认取文件中的日期）/ assessment date")
    evaluate.add_argument("--purpose", choices=[p.value for p in Purpose], help="new 申报 / review 复核")
    evaluate.add_argument(
        "--format", choices=["text", "json"], default="text", dest="output", help="text 报告 / json 结果"
    )
    evaluate.add_argument("--lang", choices=["zh", "en"], default="zh", help="文本报告语言 / report language")
    _report_parser(commands)
    packs_cli.add_commands(commands)
    compare_cli.add_commands(commands)
    firms_cli.add_commands(commands)
    imported = commands.add_parser(
        "import-template", help="导入填好的数据采集表 / import a filled data workbook"
    )
    imported.add_argument("file", type=Path, metavar="IN.xlsx", help="数据采集表 / the filled template")
    imported.add_argument(
        "--out", type=Path, required=True, metavar="FILE.srdi", help="写入的评估文件 / file to write"
    )
    _batch_parsers(commands)
    return top


def _batch_parsers(commands: Any) -> None:
    batch = commands.add_parser("batch", help="批量评估企业名单 / evaluate a spreadsheet of firms")
    batch.add_argument("file", type=Path, metavar="IN.xlsx", help="批量模板 / the batch sheet")
    batch.add_argument(
        "--out", type=Path, required=True, metavar="OUT.xlsx", help="企业群体工作簿 / cohort workbook"
    )
    batch.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="企业群体PDF汇总 / cohort PDF summary")
    batch.add_argument("--date", help="未填评估日期的行所用日期（默认今天）/ date of rows without one")
    batch.add_argument("--lang", choices=["zh", "en"], default="zh", help="输出语言 / output language")
    batch.add_argument(
        "--workers", type=int, metavar="N", help="进程数（默认全部核心）/ processes (all cores)"
    )
    template = commands.add_parser("batch-template", help="写出空白批量模板 / write the blank batch template")
    template.add_argument("out", type=Path, metavar="OUT.xlsx", help="模板文件 / template file")
    template.add_argument("--lang", choices=["zh", "en"], default="zh", help="模板语言 / template language")


def _report_parser(commands: Any) -> None:
    report = commands.add_parser("report", help="导出 Excel/PDF 报告 / write the Excel and PDF reports")
    report.add_argument("file", type=Path, metavar="FILE", help=".srdi 评估文件 / assessment file")
    report.add_argument("--date", help="评估日期 YYYY-MM-DD（默认取文件中的日期）/ assessment date")
    report.add_argument("--purpose", choices=[p.value for p in Purpose], help="new 申报 / review 复核")
    report.add_argument("--lang", choices=["zh", "en"], default="zh", help="报告语言 / report language")
    report.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="Excel 工作簿 / Excel workbook")
    report.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="PDF 报告 / PDF report")
    report.add_argument("--brief", type=Path, metavar="OUT.pdf", help="两页PDF简报 / two-page PDF brief")
    report.add_argument(
        "--template",
        type=Path,
        metavar="OUT.xlsx",
        help="含本企业数据的采集表 / data workbook with the firm's data",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure ends in its documented exit code, never a raw traceback."""
    multiprocessing.freeze_support()  # a frozen build's batch workers start here (Windows spawn)
    try:
        return _run(argv)
    except BrokenPipeError:  # the reader stopped early (`… | head`): not a failure of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (kept open so the exit flush cannot fail)
        return OK
    except Exception as exc:  # a bug: say so, briefly, instead of a traceback
        _fail(crash_text(exc))
        return INTERNAL


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        _fail(exc.text)
        return INVALID
    except (FileFormatError, TemplateError) as exc:
        print(str(exc), file=sys.stderr)
        return INVALID


def crash_text(exc: BaseException) -> Text:
    """ "This is a bug" with the exception and the last frames where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)[-TRACE_FRAMES:]
    where = "".join(f"\n  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)
    what = f"{type(exc).__name__}: {exc}"[:300]
    return Text(
        f"内部错误：这是本软件的缺陷，请将以下信息报告给开发者\n{what}{where}",
        f"Internal error: this is a bug in the software; please report what follows\n{what}{where}",
    )


def _evaluate_command(args: argparse.Namespace) -> int:
    on = _date(args.date)
    doc = _load(args.file)
    return evaluate(doc, on or doc.on, Purpose(args.purpose or doc.purpose), args.output, args.lang)


def _report_command(args: argparse.Namespace) -> int:
    if not (args.xlsx or args.pdf or args.brief or args.template):
        raise UsageError(
            Text(
                "请至少指定 --xlsx、--pdf、--brief 或 --template 中的一项",
                "Give at least one of --xlsx, --pdf, --brief or --template",
            )
        )
    on = _date(args.date)
    doc = _load(args.file)
    on, purpose = on or doc.on, Purpose(args.purpose or doc.purpose)
    if "conventions" not in packs_in_force(on, purpose):
        raise UsageError(Text(f"评估日期 {on} 没有适用的规则", f"No rules apply on the assessment date {on}"))
    assessment = assess(doc.firm, on, purpose)
    if args.xlsx:
        _write(
            args.xlsx, lambda path: write_xlsx(assessment, path, args.lang, plan=doc.plan, spend=doc.spend)
        )
    if args.pdf:
        from assessments.export.pdf import write_pdf  # the PDF exporter pulls in reportlab: load it on demand

        _write(args.pdf, lambda path: write_pdf(assessment, path, args.lang, plan=doc.plan, spend=doc.spend))
    if args.brief:
        from assessments.export.pdf_short import write_short_pdf

        def brief(path: Path) -> None:
            write_short_pdf(assessment, path, args.lang, plan=doc.plan, spend=doc.spend)

        _write(args.brief, brief)
    if args.template:
        settings = replace(doc, on=on, purpose=purpose)
        _write(args.template, lambda path: fill_template(settings, path, args.lang))
    return _data_errors(assessment)


def _import_command(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(
            Text(f"无法打开文件 {args.file}：文件不存在", f"Cannot open the file {args.file}: not found")
        )
    doc = read_template(args.file)
    _write(args.out, lambda path: save(doc, path))
    return _data_errors(assess(doc.firm, doc.on, doc.purpose))


def _write(path: Path, writer: Callable[[Path], None]) -> None:
    try:
        writer(path)  # every writer goes through storage.atomic: the old file or the whole new one
    except FileWriteError as exc:
        raise UsageError(exc.text) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        zh = next((text for kind, text in OS_ERRORS_ZH if isinstance(exc, kind)), reason)
        raise UsageError(
            Text(f"无法写入文件 {path}：{zh}", f"Cannot write the file {path}: {reason}")
        ) from exc
    print(f"已写入 / written: {path}")


def _data_errors(assessment: Assessment) -> int:
    if not assessment.errors:
        return OK
    for issue in assessment.errors:
        print(_issue_line(issue, "zh"), file=sys.stderr)
    n = len(assessment.errors)
    _fail(
        Text(
            f"企业数据有{n}处错误，结果不可靠，请先更正", f"The firm's data has {n} error(s): fix them first"
        )
    )
    return DATA_ERRORS


def _batch_command(args: argparse.Namespace) -> int:
    from assessments import batch as batches  # the batch reader pulls in openpyxl: load it on demand
    from assessments.cohort import cohort

    on = _date(args.date) or dt.date.today()
    if not args.file.is_file():
        raise UsageError(
            Text(f"无法打开文件 {args.file}：文件不存在", f"Cannot open the file {args.file}: not found")
        )
    if args.workers is not None and args.workers < 1:
        raise UsageError(Text("参数 --workers：至少为1", "argument --workers: at least 1"))
    progress = _progress if sys.stdout.isatty() else None
    try:
        found, members = batches.read_and_evaluate(args.file, on, args.workers, progress)
    except batches.BatchError as exc:
        raise UsageError(exc.text) from exc
    _end_progress()
    for problem in found.all_problems:
        print(f"{problem.text.zh}\n{problem.text.en}", file=sys.stderr)
    if not members:
        _fail(Text("没有可评估的行，未写入任何文件", "No row can be evaluated; nothing was written"))
        return DATA_ERRORS
    result = cohort(members)
    _write_cohort(result, args)
    return _batch_outcome(len(found.bad), [m for m in members if m.data_errors])


def _write_cohort(result: Any, args: argparse.Namespace) -> None:
    from assessments.export.cohort_xlsx import write_cohort_xlsx

    _write(args.out, lambda path: write_cohort_xlsx(result, path, args.lang))
    if args.pdf:
        from assessments.export.cohort_pdf import write_cohort_pdf

        _write(args.pdf, lambda path: write_cohort_pdf(result, path, args.lang))


def _batch_outcome(bad_rows: int, with_errors: list[Any]) -> int:
    for member in with_errors:
        print(
            f"第{member.key}行（{member.name}）：企业数据有{member.data_errors}处错误\n"
            f"row {member.key} ({member.name}): {member.data_errors} data error(s)",
            file=sys.stderr,
        )
    if not bad_rows and not with_errors:
        return OK
    _fail(
        Text(
            f"{bad_rows}行未能读取，{len(with_errors)}家企业数据有错误；其余各行已评估",
            f"{bad_rows} row(s) could not be read, {len(with_errors)} firm(s) have data errors; the rest were evaluated",
        )
    )
    return DATA_ERRORS


_progress_shown = False


def _progress(percent: int, _text: str) -> None:
    """A one-line progress on a terminal (never in a pipe or a log)."""
    global _progress_shown
    _progress_shown = True
    sys.stdout.write(f"\r评估中 / evaluating {percent:3d}%")
    sys.stdout.flush()


def _end_progress() -> None:
    if _progress_shown:
        sys.stdout.write("\n")


def _batch_template_command(args: argparse.Namespace) -> int:
    from assessments.batch import write_template

    _write(args.out, lambda path: write_template(path, args.lang))
    return OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "packs": packs_cli.run,
    "compare": compare_cli.run,
    "rescore": compare_cli.run,
    "firms": firms_cli.run,
    "evidence": firms_cli.run,
    "evaluate": _evaluate_command,
    "report": _report_command,
    "import-template": _import_command,
    "batch": _batch_command,
    "batch-template": _batch_template_command,
}


def evaluate(doc: AssessmentFile, on: dt.date, purpose: Purpose, output: str, lang: str) -> int:
    if "conventions" not in packs_in_force(on, purpose):
        _fail(Text(f"评估日期 {on} 没有适用的规则", f"No rules apply on the assessment date {on}"))
        return INVALID
    assessment = assess(doc.firm, on, purpose)
    if output == "json":
        print(json.dumps(result_json(assessment), ensure_ascii=False, indent=2))
    else:
        print(report(assessment, lang))
    if assessment.errors:
        n = len(assessment.errors)
        _fail(
            Text(
                f"企业数据有{n}处错误，结果不可靠，请先更正",
                f"The firm's data has {n} error(s): fix them first",
            )
        )
        return DATA_ERRORS
    return OK


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        on = dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            Text(
                f"参数 --date：不是有效的日期（应为 YYYY-MM-DD）：{text}",
                f"argument --date: not a valid date (expected YYYY-MM-DD): {text}",
            )
        ) from None
    problem = date_problem(on)
    if problem is not None:
        raise UsageError(Text(f"参数 --date：{problem.zh}：{text}", f"argument --date: {problem.en}: {text}"))
    return on


def _load(path: Path) -> AssessmentFile:
    try:
        return load(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        zh = next((text for kind, text in OS_ERRORS_ZH if isinstance(exc, kind)), reason)
        raise UsageError(
            Text(f"无法打开文件 {path}：{zh}", f"Cannot open the file {path}: {reason}")
        ) from exc


OS_ERRORS_ZH = (
    (FileNotFoundError, "文件不存在"),
    (IsADirectoryError, "这是一个文件夹"),
    (PermissionError, "没有读取权限"),
)


def _fail(text: Text) -> None:
    """Chinese first, then English, on stderr."""
    print(f"{text.zh}\n{text.en}", file=sys.stderr)


# --- the text report ---------------------------------------------------------------------------

# Marks found in GB 2312 as well as Unicode, so a Chinese Windows console shows them too.
MARK = {Status.MET: "√", Status.NOT_MET: "×", Status.UNKNOWN: "?", Status.MANUAL: "○"}
STATUS = {
    Status.MET: Text("达标", "met"),
    Status.NOT_MET: Text("未达标", "not met"),
    Status.UNKNOWN: Text("待确认", "to confirm"),
    Status.MANUAL: Text("需人工确认", "manual check"),
}
VERDICT = {
    "qualifies": Text("符合", "qualifies"),
    "does_not_qualify": Text("不符合", "does not qualify"),
    "likely": Text("很可能符合（尚有需人工确认的条件）", "likely (manual checks pending)"),
    "cannot_tell": Text("无法判断（缺少数据）", "cannot tell (inputs missing)"),
    "not_in_force": Text("不适用（该日期无有效规则）", "not in force on this date"),
}
PURPOSE = {Purpose.NEW: Text("新申报", "new application"), Purpose.REVIEW: Text("复核", "re-review")}
EDGE = Text("≈临界", "≈ on the edge")
PARTIAL = Text("得分未满（非不达标）", "points below the maximum (not a failure)")
WORDS = {
    "title": Text("专精特新达标自评", "SRDI self-check"),
    "date": Text("评估日期", "Assessment date"),
    "purpose": Text("评估目的", "Purpose"),
    "packs": Text("规则包", "Rule packs"),
    "legend": Text("图例", "Legend"),
    "issues": Text("数据检查", "Data checks"),
    "error": Text("错误", "error"),
    "warning": Text("提示", "warning"),
    "verdict": Text("结论", "Verdict"),
    "score": Text("得分", "Score"),
    "pass": Text("通过线", "pass mark"),
    "calc": Text("计算", "Calc"),
    "requirement": Text("要求", "Requirement"),
    "source": Text("依据", "Source"),
    "gap": Text("差距", "Gap"),
    "note": Text("说明", "Note"),
    "to_verify": Text("待核验", "to verify"),
    "points": Text("分", " points"),
}
COLON = Text("：", ": ")


def report(assessment: Assessment, lang: str) -> str:
    """The whole report as plain text in `lang` (zh or en)."""
    lines = _heading(assessment, lang)
    if assessment.issues:
        lines += ["", _w("issues", lang), *(_issue_line(i, lang) for i in assessment.issues)]
    for result in assessment.results.values():
        lines += ["", *_scheme_lines(result, lang)]
    return "\n".join(lines)


def _w(key: str, lang: str) -> str:
    return WORDS[key].get(lang)


def _heading(assessment: Assessment, lang: str) -> list[str]:
    c = COLON.get(lang)
    packs = " · ".join(f"{name} {pack.version}" for name, pack in assessment.packs.items())
    legend = "  ".join(f"{MARK[s]} {STATUS[s].get(lang)}" for s in Status)
    legend += f"  {SCORE_MARK} {PARTIAL.get(lang)}  {EDGE.get(lang)}"
    return [
        f"{_w('title', lang)} · {assessment.firm.profile.name or '—'}",
        f"{_w('date', lang)}{c}{assessment.on.isoformat()}    "
        f"{_w('purpose', lang)}{c}{PURPOSE[assessment.purpose].get(lang)}",
        f"{_w('packs', lang)}{c}{packs}",
        f"{_w('legend', lang)}{c}{legend}",
    ]


def _issue_line(issue: Issue, lang: str) -> str:
    return f"  [{_w(issue.severity, lang)}] {issue.field}{COLON.get(lang)}{issue.message.get(lang)}"


def _scheme_lines(result: SchemeResult, lang: str) -> list[str]:
    c = COLON.get(lang)
    version = f" {result.pack_version}" if result.pack_version else ""
    document = f" · {result.document}" if result.document else ""
    verdict = VERDICT.get(result.verdict.value, Text(result.verdict.value, result.verdict.value))
    lines = [
        f"== {result.title.get(lang)}{_bracket(f'{result.scheme}{version}{document}', lang)} ==",
        f"{_w('verdict', lang)}{c}{verdict.get(lang)} — {result.summary.get(lang)}",
    ]
    if result.score is not None:
        lines.append(f"{_w('score', lang)}{c}{_score(result, lang)}")
    lines += [f"  * {note.get(lang)}" for note in result.notes]
    for row in result.rows:
        lines += _row_lines(row, lang)
    return lines


def _bracket(text: str, lang: str) -> str:
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _score(result: SchemeResult, lang: str) -> str:
    score = points_num(result.score)
    if result.score_max is not None and result.score_max != result.score:
        score += f"–{points_num(result.score_max)}"
    if result.pass_score is not None:
        score += (
            f"（{_w('pass', lang)} {num(result.pass_score)}）"
            if lang == "zh"
            else f" (pass mark {num(result.pass_score)})"
        )
    return score


def _row_lines(row: Row, lang: str) -> list[str]:
    c = COLON.get(lang)
    mark = SCORE_MARK if row.partial_score else MARK[row.status]  # points earned are no failure (issue 12)
    head = f"  {mark} {row.label.get(lang)}{_points(row, lang)}"
    if row.evidence_needed and row.status is Status.MET:
        head += EVIDENCE_NEEDED.get(lang)
    if row.on_edge:
        head += f"  {EDGE.get(lang)}"
    lines = [
        head,
        f"      {_w('calc', lang)}{c}{row.calc.get(lang)}",
        f"      {_w('requirement', lang)}{c}{row.requirement.get(lang)}",
        f"      {_w('source', lang)}{c}{_citation(row, lang)}",
    ]
    if row.gap is not None:
        lines.append(f"      {_w('gap', lang)}{c}{row.gap.text.get(lang)}")
    if row.note is not None:
        lines.append(f"      {_w('note', lang)}{c}{row.note.get(lang)}")
    return lines


def _points(row: Row, lang: str) -> str:
    if row.points is None:
        return ""
    got = points_num(row.points)  # points as kept (5.625), as in the app and the reports
    if row.points_max is not None and row.points_max != row.points:
        got += f"–{points_num(row.points_max)}"
    top = f"/{points_num(row.max_points)}" if row.max_points is not None else ""
    return _bracket(f"{got}{top}{_w('points', lang)}", lang)


def _citation(row: Row, lang: str) -> str:
    return f"{row.source.cite} [{trust(row.source.confidence).get(lang)}]"


# --- the JSON result (docs/cli-json.md) --------------------------------------------------------

RESULT_FORMAT = "srdi-result"
RESULT_VERSION = 1


def result_json(assessment: Assessment) -> dict[str, Any]:
    profile = assessment.firm.profile
    return {
        "format": RESULT_FORMAT,
        "version": RESULT_VERSION,
        "firm": {"name": profile.name, "credit_code": profile.credit_code},
        "date": assessment.on.isoformat(),
        "purpose": assessment.purpose.value,
        "packs": {name: pack.version for name, pack in assessment.packs.items()},
        "issues": [_issue_json(i) for i in assessment.issues],
        "schemes": {name: _scheme_json(r) for name, r in assessment.results.items()},
    }


def _text(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {"zh": text.zh, "en": text.en}


def _dec(value: Decimal | int | None) -> str | None:
    """Exact, never in exponent form: "9.6", "1500", "33.33333333333333333333333333"."""
    return None if value is None else format(Decimal(value), "f")


def _issue_json(issue: Issue) -> dict[str, Any]:
    return {"severity": issue.severity, "field": issue.field, "message": _text(issue.message)}


def _scheme_json(result: SchemeResult) -> dict[str, Any]:
    return {
        "title": _text(result.title),
        "pack_version": result.pack_version,
        "document": result.document,
        "verdict": result.verdict.value,
        "summary": _text(result.summary),
        "score": _dec(result.score),
        "score_max": _dec(result.score_max),
        "pass_score": _dec(result.pass_score),
        "notes": [_text(n) for n in result.notes],
        "rows": [_row_json(r) for r in result.rows],
        "facts": _plain(result.facts),
    }


def _row_json(row: Row) -> dict[str, Any]:
    return {
        "id": row.id,
        "label": _text(row.label),
        "group": row.group,
        "status": row.status.value,
        "value": _dec(row.value),
        "unit": row.unit,
        "points": _dec(row.points),
        "points_max": _dec(row.points_max),
        "max_points": _dec(row.max_points),
        "requirement": _text(row.requirement),
        "calc": _text(row.calc),
        "on_edge": row.on_edge,
        "evidence_needed": row.evidence_needed,
        "source": {
            "doc": row.source.doc,
            "article": row.source.article,
            "confidence": row.source.confidence.value,
            "verified": row.verified,
            "note": row.source.note,
        },
        "gap": None
        if row.gap is None
        else {
            "text": _text(row.gap.text),
            "amount": _dec(row.gap.amount),
            "unit": row.gap.unit,
            "field": row.gap.field,
        },
        "note": _text(row.note),
    }


def _plain(value: object) -> Any:
    """Scheme-specific facts in JSON terms (Decimals as strings, enums as their values)."""
    match value:
        case bool() | int() | str() | None:
            return value
        case Decimal():
            return _dec(value)
        case Enum():
            return value.value
        case Text():
            return _text(value)
        case dt.date():
            return value.isoformat()
        case dict():
            return {str(k): _plain(v) for k, v in value.items()}
        case list() | tuple() | set() | frozenset():
            return [_plain(v) for v in value]
    return str(value)
