"""The public keys the app trusts to sign rule-pack bundles (decision 12), and making a key pair.

`resources/keys/trusted_keys.toml` holds one `[[key]]` table per signer: `name`, `public_key` (the raw
32-byte Ed25519 key in base64), `valid_from` and `valid_to` (inclusive dates). A bundle signed by a key
outside its dates is refused, so a retired key stops being trusted without a new app release.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from assessments.paths import resources_dir


class KeyFileError(ValueError):
    """The trusted-keys file is missing or does not fit its format."""


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public_key: Ed25519PublicKey
    valid_from: dt.date
    valid_to: dt.date

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day <= self.valid_to


def trusted_keys_path() -> Path:
    return resources_dir() / "keys" / "trusted_keys.toml"


def fingerprint(key: Ed25519PublicKey) -> str:
    """The first 16 hex digits of the SHA-256 of the raw public key: names the key in a signature."""
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_trusted_keys(path: Path | None = None) -> tuple[TrustedKey, ...]:
    path = path or trusted_keys_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return tuple(_key(entry) for entry in raw.get("key", []))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, binascii.Error) as error:
        raise KeyFileError(f"{path}: {error}") from error


def _key(entry: dict) -> TrustedKey:
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(entry["public_key"], validate=True))
    valid_from, valid_to = entry["valid_from"], entry["valid_to"]
    if not (isinstance(valid_from, dt.date) and isinstance(valid_to, dt.date)):
        raise KeyFileError("valid_from and valid_to must be dates")
    return TrustedKey(str(entry["name"]), public, valid_from, valid_to)


# --- making keys (scripts/make_rule_keys.py and the tests) ------------------------------------------


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def read_private_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 private key")
    return key


def key_entry(name: str, key: Ed25519PublicKey, valid_from: dt.date, valid_to: dt.date) -> str:
    """One `[[key]]` table of the trusted-keys file."""
    encoded = base64.b64encode(raw_public(key)).decode("ascii")
    return (
        f'\n[[key]]\nname = {_toml_string(name)}\npublic_key = "{encoded}"\n'
        f"valid_from = {valid_from.isoformat()}\nvalid_to = {valid_to.isoformat()}\n"
        f"# fingerprint {fingerprint(key)}\n"
    )


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
