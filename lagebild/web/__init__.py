"""`lagebild serve`: the store as web pages and a REST JSON API (FastAPI, read-only)."""

from lagebild.web.app import create_app

__all__ = ["create_app"]
