"""The pickled, indexed knowledge base under the user's cache directory, keyed by a hash of
the data, the schemas and the code of this package that builds it."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import TypeVar

KB_DIR = Path(__file__).parent
T = TypeVar("T")


def cache_dir() -> Path:
    """``$LAGEBILD_CACHE_DIR``, else ``$XDG_CACHE_HOME/lagebild``, else ``~/.cache/lagebild``."""
    if os.environ.get("LAGEBILD_CACHE_DIR"):
        return Path(os.environ["LAGEBILD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "lagebild"


def cache_key(data_dir: Path, texts: dict[Path, str]) -> str:
    # every module of the package: the indexed form is built by loader, forms, dates, index
    digest = hashlib.sha256()
    for module in sorted(KB_DIR.glob("*.py")):
        digest.update(module.read_bytes())
    for schema in sorted((KB_DIR / "schema").glob("*.schema.json")):
        digest.update(schema.read_bytes())
    for path, text in texts.items():
        name = path.relative_to(data_dir) if path.is_relative_to(data_dir) else path.name
        digest.update(str(name).encode() + b"\0" + text.encode() + b"\0")
    folder = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:8]
    return f"{folder}-{digest.hexdigest()[:32]}"


def read_cache(key: str, kind: type[T]) -> T | None:
    """The cached object of ``kind`` under ``key``, or None."""
    path = cache_dir() / f"kb-{key}.pickle"
    try:
        with path.open("rb") as f:
            kb = pickle.load(f)
    except Exception:  # a missing, stale or truncated cache only costs a rebuild
        return None
    return kb if isinstance(kb, kind) else None


def write_cache(key: str, kb: object) -> None:
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Older versions of the same data directory are stale; other directories' are not.
        for old in folder.glob(f"kb-{key.split('-')[0]}-*.pickle"):
            old.unlink(missing_ok=True)
        tmp = folder / f"kb-{key}.{os.getpid()}.tmp"
        with tmp.open("wb") as f:
            pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"kb-{key}.pickle")
    except OSError:  # a read-only home only costs speed
        pass
