"""Make an Ed25519 key pair for signing rule-pack bundles (decision 12).

    python scripts/make_rule_keys.py /secure/place/srdi-rule-signing-key.pem --name "SRDI rule maintainers"
        [--valid-from 2026-12-01] [--valid-to 2031-12-31] [--keys-file resources/keys/trusted_keys.toml]

The private key is written (mode 0600, never overwritten) to the path given, which must lie outside this
repository: a private key in the repository would end up in a commit and in the app. The public key is
appended to the trusted-keys file the app ships, with the signer's name and validity dates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assessments.rules.keys import key_entry, new_private_key, private_pem, trusted_keys_path  # noqa: E402
from assessments.storage.atomic import write_text_atomic  # noqa: E402

HEADER = (
    "# Public keys trusted to sign rule-pack bundles (.srdipack). One [[key]] per signer: the raw Ed25519\n"
    "# public key in base64 and the dates (inclusive) between which its signatures are accepted.\n"
    "# Made by scripts/make_rule_keys.py; the private keys are kept outside the repository.\n"
)


def inside_repository(path: Path) -> bool:
    return path.resolve().is_relative_to(ROOT.resolve())


def write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never overwrite a key
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def add_public(keys_file: Path, entry: str) -> None:
    text = keys_file.read_text(encoding="utf-8") if keys_file.exists() else HEADER
    keys_file.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(keys_file, text + entry)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if inside_repository(args.private):
        print(
            f"refused: {args.private} is inside the repository; keep the private key elsewhere",
            file=sys.stderr,
        )
        return 2
    if args.private.exists():
        print(f"refused: {args.private} exists; a key is never overwritten", file=sys.stderr)
        return 2
    key = new_private_key()
    write_private(args.private, private_pem(key))
    add_public(args.keys_file, key_entry(args.name, key.public_key(), args.valid_from, args.valid_to))
    print(f"private key: {args.private}\npublic key added to: {args.keys_file}")
    return 0


def _parser() -> argparse.ArgumentParser:
    today = dt.date.today()
    parser = argparse.ArgumentParser(description="Make a key pair for signing rule-pack bundles")
    parser.add_argument("private", type=Path, help="where to write the private key (outside the repository)")
    parser.add_argument("--name", required=True, help="the signer's name shown in the app")
    parser.add_argument("--valid-from", type=dt.date.fromisoformat, default=today)
    parser.add_argument("--valid-to", type=dt.date.fromisoformat, default=today.replace(year=today.year + 5))
    parser.add_argument("--keys-file", type=Path, default=trusted_keys_path())
    return parser


if __name__ == "__main__":
    sys.exit(main())
