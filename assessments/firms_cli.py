"""`firms list|export|import` and `evidence export`: the workspace's firms between PCs from the command
line (issue 11), on the app's workspace (or `--workspace W.sqlite`).

`firms import` prints what it would do (new firms; for each firm already there the assessments new,
unchanged and differing) and imports only with `--yes`, by the choices `--existing merge|keep-both|skip`
and `--clash existing|incoming|both`. A password comes from the environment variable named by
`--password-env`, or is asked for on a terminal (never as an argument: it would stay in the shell's
history). Exit codes: 0 done, 1 not imported (no `--yes`), 2 a bad file, a wrong password or bad arguments.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from assessments.engine import Assessment, assess
from assessments.evidence import EvidenceError, export_evidence, labels_of, list_evidence, scheme_order
from assessments.paths import user_data_dir
from assessments.results import Text
from assessments.storage.firm_import import Choice, Decision, FirmPlan, Keep, apply_import, plan_import
from assessments.storage.portable import (
    Pack,
    PackError,
    PasswordNeeded,
    WrongPassword,
    pack_of_workspace,
    read_pack,
    write_pack,
)
from assessments.storage.workspace import Workspace, WorkspaceError

OK, NOT_IMPORTED, INVALID = 0, 1, 2
CHOICES = {"merge": Choice.MERGE, "keep-both": Choice.KEEP_BOTH, "skip": Choice.SKIP}


def add_commands(subparsers: Any) -> None:
    firms = subparsers.add_parser("firms", help="企业：列出、导出、导入 / firms: list, export, import")
    actions = firms.add_subparsers(dest="firms_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="列出工作区中的企业 / list the workspace's firms")
    _workspace_option(listing)
    out = actions.add_parser("export", help="导出企业交换文件 / write a firms file")
    out.add_argument("out", type=Path, metavar="OUT.srdifirms")
    out.add_argument("--firm", type=int, action="append", metavar="ID", help="企业编号（可多次）/ firm id")
    _password_options(out)
    _workspace_option(out)
    into = actions.add_parser("import", help="导入企业交换文件 / import a firms file")
    into.add_argument("file", type=Path, metavar="IN.srdifirms")
    into.add_argument(
        "--existing", choices=list(CHOICES), default="merge", help="已有企业 / a firm already there"
    )
    into.add_argument(
        "--clash",
        choices=[k.value for k in Keep],
        default="existing",
        help="同日不同 / same date, other content",
    )
    into.add_argument("--yes", action="store_true", help="确认导入 / import (without: only show the plan)")
    _password_options(into)
    _workspace_option(into)
    evidence = subparsers.add_parser("evidence", help="申报材料 / evidence for an application")
    kinds = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    files = kinds.add_parser("export", help="按申报顺序导出 / export numbered for an application")
    files.add_argument("firm", type=int, metavar="FIRM_ID")
    files.add_argument("out", type=Path, metavar="OUT.zip|FOLDER")
    files.add_argument("--lang", choices=["zh", "en"], default="zh")
    _workspace_option(files)


def _workspace_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, default=None, help="工作区文件 / the workspace file")


def _password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-env", metavar="VAR", help="从此环境变量读取密码 / read the password from VAR"
    )
    parser.add_argument("--ask-password", action="store_true", help="在终端输入密码 / type the password")


def run(args: argparse.Namespace) -> int:
    try:
        workspace = Workspace(args.workspace or user_data_dir() / "workspace.sqlite")
    except (WorkspaceError, OSError) as error:
        return _fail(Text(f"无法打开工作区：{error}", f"the workspace cannot be opened: {error}"))
    try:
        return _run(args, workspace)
    except (PackError, EvidenceError) as error:
        return _fail(error.text)
    except (WorkspaceError, OSError) as error:
        return _fail(Text(f"未完成：{error}", f"not done: {error}"))
    finally:
        workspace.close()


def _run(args: argparse.Namespace, workspace: Workspace) -> int:
    if args.command == "evidence":
        return _evidence_export(args, workspace)
    action = {"list": _list, "export": _export, "import": _import}[args.firms_command]
    return action(args, workspace)


def _list(_args: argparse.Namespace, workspace: Workspace) -> int:
    for firm in workspace.firms():
        sample = " [示例/sample]" if firm.is_sample else ""
        print(f"{firm.id}\t{firm.name}\t{firm.credit_code}\t{firm.assessments}{sample}")
    return OK


def _export(args: argparse.Namespace, workspace: Workspace) -> int:
    ids = args.firm or [f.id for f in workspace.firms()]
    unknown = [i for i in ids if not workspace.has_firm(i)]
    if unknown:
        return _fail(Text(f"没有编号为{unknown[0]}的企业", f"there is no firm with id {unknown[0]}"))
    pack, unreadable = pack_of_workspace(workspace, ids)
    write_pack(args.out, pack, _password(args, ask=args.ask_password))
    for line in unreadable:
        print(f"无法读取，未导出 / unreadable, left out: {line}", file=sys.stderr)
    print(f"{len(pack.firms)} → {args.out}")
    return OK


def _import(args: argparse.Namespace, workspace: Workspace) -> int:
    pack = _read(args)
    plans = plan_import(workspace, pack)
    decision = Decision(
        CHOICES[args.existing], (Keep(args.clash),) * max((len(p.clashes) for p in plans), default=0)
    )
    for plan in plans:
        print(_plan_line(plan, decision))
    if not args.yes:
        print("未导入：确认请加 --yes / nothing imported: add --yes to import", file=sys.stderr)
        return NOT_IMPORTED
    summary = apply_import(workspace, pack, plans, [decision] * len(plans))
    print(
        f"企业：新增{summary.firms_added}，合并{summary.firms_merged}，跳过{summary.firms_skipped}；"
        f"评估：新增{summary.assessments_added}，替换{summary.assessments_replaced} / "
        f"firms: {summary.firms_added} added, {summary.firms_merged} merged, {summary.firms_skipped} skipped; "
        f"assessments: {summary.assessments_added} added, {summary.assessments_replaced} replaced"
    )
    return OK


def _read(args: argparse.Namespace) -> Pack:
    try:
        return read_pack(args.file, _password(args, ask=False))
    except (PasswordNeeded, WrongPassword):
        if not sys.stdin.isatty() and not args.ask_password:
            raise
        return read_pack(args.file, _password(args, ask=True))


def _password(args: argparse.Namespace, ask: bool) -> str:
    if args.password_env:
        return os.environ.get(args.password_env, "")
    return getpass.getpass("密码 / password: ") if ask else ""


def _plan_line(plan: FirmPlan, decision: Decision) -> str:
    name = plan.name or "（未命名 / unnamed）"
    if plan.match is None:
        return f"+ {name}: 新企业，{len(plan.added)}份评估 / new firm, {len(plan.added)} assessment(s)"
    return (
        f"= {name} ({decision.choice.value}): 新{len(plan.added)} 同{len(plan.identical)} 异{len(plan.clashes)} / "
        f"{len(plan.added)} new, {len(plan.identical)} unchanged, {len(plan.clashes)} differ"
    )


def _evidence_export(args: argparse.Namespace, workspace: Workspace) -> int:
    if not workspace.has_firm(args.firm):
        return _fail(Text(f"没有编号为{args.firm}的企业", f"there is no firm with id {args.firm}"))
    latest = workspace.assessments(args.firm)
    assessment = _assessed(workspace, latest[0].id) if latest else None
    labels, order = labels_of(assessment), scheme_order(assessment)
    for name in export_evidence(
        workspace, list_evidence(workspace, args.firm), args.out, labels, args.lang, order
    ):
        print(name)
    return OK


def _assessed(workspace: Workspace, assessment_id: int) -> Assessment:
    doc = workspace.load(assessment_id)
    return assess(doc.firm, doc.on, doc.purpose)


def _fail(text: Text) -> int:
    print(f"{text.zh}\n{text.en}", file=sys.stderr)
    return INVALID
