"""The embedded SQLite store: schema and migrations, one write path, queries."""

from lagebild.store.db import DEFAULT_DB, Store
from lagebild.store.migrations import MIGRATIONS, migrate

__all__ = ["DEFAULT_DB", "MIGRATIONS", "Store", "migrate"]
