"""The actor knowledge base: YAML data under ``data/``, schemas, loader (see README.md)."""

from lagebild.kb.loader import (
    KBEntry,
    KBError,
    KBRole,
    KnowledgeBase,
    RoleWord,
    SurfaceMatch,
    get_kb,
)

__all__ = ["KBEntry", "KBError", "KBRole", "KnowledgeBase", "RoleWord", "SurfaceMatch", "get_kb"]
