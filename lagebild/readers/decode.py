"""Turn bytes into text, or say clearly why not.

Valid UTF-8 is always read as UTF-8. A file with some undecodable bytes among
valid UTF-8 sequences is UTF-8 with damage: only those bytes become U+FFFD.
Only a file with no valid multi-byte UTF-8 sequence at all is legacy 8-bit
text and read as cp1252. Every lossy or guessed decode leaves a note, which
ingest prints and stores as a warning row.
"""

from __future__ import annotations

from lagebild.errors import ReadError

# Control characters other than tab/newline/CR/form feed rarely appear in text;
# many of them mean the file is binary.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))
MAX_BYTES = 10_000_000
REPLACEMENT = "\ufffd"


def check_size(size: int, source: str, limit: int = MAX_BYTES) -> None:
    if size > limit:
        raise ReadError(
            f"too large: {size / 1e6:.1f} MB, the limit is {limit / 1e6:.0f} MB "
            "(split the file into smaller ones)",
            source=source,
        )


def decode_text(data: bytes, source: str, notes: list[str] | None = None) -> str:
    """Decode UTF-8 (BOM allowed), repairing only bad bytes; cp1252 only for non-UTF-8 files."""
    if not data.strip():
        raise ReadError("empty file", source=source)
    sample = data[:8192]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) * 0.05:
        raise ReadError("binary file, not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    text, note = _decode_damaged(data, first_bad)
    if notes is not None:
        notes.append(note)
    return text


def _decode_damaged(data: bytes, first_bad: int) -> tuple[str, str]:
    repaired = data.decode("utf-8-sig", errors="replace")
    bad = repaired.count(REPLACEMENT) - data.decode("utf-8-sig", "ignore").count(REPLACEMENT)
    valid_multibyte = any(ord(c) > 127 and c != REPLACEMENT for c in repaired)
    if not valid_multibyte:
        # Nothing here is UTF-8 beyond ASCII: a legacy 8-bit file.
        try:
            return data.decode("cp1252"), "not UTF-8, read as cp1252"
        except UnicodeDecodeError:
            pass
    return repaired, (
        f"not valid UTF-8: {bad} undecodable byte(s) replaced by U+FFFD (first at byte {first_bad})"
    )
