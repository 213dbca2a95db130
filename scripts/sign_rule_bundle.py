"""Build and sign a rule-pack bundle (.srdipack) from pack files (decision 12).

    python scripts/sign_rule_bundle.py --key PRIVATE.pem --out update.srdipack pack1.toml pack2.toml
        [--id BUNDLE_ID] [--created YYYY-MM-DD] [--title-zh …] [--title-en …] [--keys-file FILE]

Each pack is checked against the rule-pack schema first; the bundle is then verified the way the app
will verify it (against the shipped trusted keys, or --keys-file), so a key the app does not trust is
caught here rather than by the user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assessments.rules.bundle import BundleRefused, build_bundle, verify_bundle  # noqa: E402
from assessments.rules.keys import KeyFileError, read_private_key  # noqa: E402
from assessments.rules.loader import PackError  # noqa: E402
from assessments.storage.atomic import write_bytes_atomic  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        key = read_private_key(args.key)
        data = build_bundle(args.packs, key, args.id, args.created, args.title_zh, args.title_en)
    except (OSError, ValueError, KeyFileError, PackError) as error:
        print(f"refused: {error}", file=sys.stderr)
        return 2
    write_bytes_atomic(args.out, data)
    try:
        bundle = verify_bundle(args.out, args.keys_file)
    except BundleRefused as refusal:
        print(f"written, but the app would refuse it: {refusal.text.en}", file=sys.stderr)
        return 1
    packs = ", ".join(f"{bp.pack.scheme} {bp.pack.version}" for bp in bundle.packs)
    print(f"{args.out}: bundle {bundle.bundle_id}, signed by {bundle.signer.name}: {packs}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Build and sign a rule-pack bundle")
    parser.add_argument("packs", type=Path, nargs="+", metavar="PACK.toml")
    parser.add_argument("--key", type=Path, required=True, help="the signer's private key (PEM)")
    parser.add_argument("--out", type=Path, required=True, help="the bundle to write (.srdipack)")
    parser.add_argument("--id", default="", help="bundle id (default: rules-<date>-<digest>)")
    parser.add_argument("--created", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--title-zh", default="")
    parser.add_argument("--title-en", default="")
    parser.add_argument("--keys-file", type=Path, default=None, help="trusted keys to check against")
    return parser


if __name__ == "__main__":
    sys.exit(main())
