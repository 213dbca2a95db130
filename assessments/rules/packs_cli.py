"""`packs list` and `packs install FILE [--yes]`: the rule packs from the command line (decision 12).

The CLI registers these with `add_commands(subparsers)` and runs them with `run(args)`.
Exit codes: 0 done; 1 the user declined the install; 2 the bundle was refused or the file is bad
(the reason, Chinese first then English, on stderr). Nothing is installed unless every check passes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assessments.results import Text
from assessments.rules.bundle import BundleRefused, verify_bundle
from assessments.rules.diff import diff_bundle, render_diff
from assessments.rules.install import check_installable, install_bundle
from assessments.rules.inventory import inventory, render_inventory
from assessments.rules.loader import pack_problems

OK, DECLINED, REFUSED = 0, 1, 2


def add_commands(subparsers: Any) -> None:
    packs = subparsers.add_parser(
        "packs", help="规则包：列出、安装更新 / rule packs: list, install an update"
    )
    actions = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="列出全部规则包 / list every rule pack")
    listing.add_argument(
        "--date", type=dt.date.fromisoformat, help="标出此日使用的规则包 / mark packs in use on"
    )
    listing.add_argument("--lang", choices=["zh", "en"], default="zh")
    install = actions.add_parser("install", help="安装签名的规则包更新 / install a signed rule update")
    install.add_argument("file", type=Path, metavar="FILE.srdipack")
    install.add_argument("--yes", action="store_true", help="不再询问确认 / do not ask for confirmation")
    install.add_argument("--lang", choices=["zh", "en"], default="zh")
    install.add_argument("--trusted-keys", type=Path, default=None, help=argparse.SUPPRESS)  # tests, pilots
    packs.set_defaults(run=run)


def run(args: argparse.Namespace, ask: Callable[[str], str] = input) -> int:
    if args.packs_command == "list":
        return list_packs(args.date, args.lang)
    return install(args.file, args.yes, args.lang, args.trusted_keys, ask)


def list_packs(on: dt.date | None, lang: str) -> int:
    print(render_inventory(inventory(on), lang))
    for problem in pack_problems():
        print(_both(problem.text), file=sys.stderr)
    return OK


def install(file: Path, yes: bool, lang: str, keys: Path | None, ask: Callable[[str], str] = input) -> int:
    try:
        bundle = verify_bundle(file, keys)
        check_installable(bundle)
    except BundleRefused as refusal:
        print(_both(refusal.text), file=sys.stderr)
        return REFUSED
    print(render_diff(diff_bundle(bundle), lang))
    if not yes and not _confirmed(ask, lang):
        print(Text("未安装。", "Not installed.").get(lang))
        return DECLINED
    for path in install_bundle(bundle):
        print(Text(f"已安装：{path}", f"installed: {path}").get(lang))
    return OK


def _confirmed(ask: Callable[[str], str], lang: str) -> bool:
    try:
        answer = ask(Text("安装这些规则包？[y/N] ", "Install these rule packs? [y/N] ").get(lang))
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", "是"}


def _both(text: Text) -> str:
    return f"{text.zh}\n{text.en}"
