"""Turn bytes into text, or say clearly why not.

Valid UTF-8 is always read as UTF-8. A file with some undecodable bytes among
valid UTF-8 sequences is UTF-8 with damage: only those bytes become U+FFFD.
Only a file with no valid multi-byte UTF-8 sequence at all is legacy 8-bit
text and read as cp1252. A file that starts with a UTF-16 or UTF-32 byte-order
mark (what Windows editors save as "Unicode") is read in that encoding; one
without the mark is not guessed. Every lossy or guessed decode leaves a note,
which ingest prints and stores as a warning row.
"""

from __future__ import annotations

import codecs

from lagebild.errors import ReadError

# Control characters other than tab/newline/CR/form feed rarely appear in text;
# many of them mean the file is binary.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))
MAX_BYTES = 10_000_000
REPLACEMENT = "\ufffd"
DAMAGED = "not valid UTF-8"  # how the note of a repaired decode begins
# UTF-32 first: its little-endian mark begins with the UTF-16 one.
_WIDE_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
    if encoding := wide_encoding(data):
        return _decode_wide(data, encoding, source)
    sample = data[:8192]
    if b"\x00" in sample or _looks_binary(sample):
        raise ReadError("binary file, not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    text, note = _decode_damaged(data, first_bad)
    if notes is not None:
        notes.append(note)
    return text


def wide_encoding(data: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when the data starts with that byte-order mark, else None."""
    return next((name for mark, name in _WIDE_MARKS if data.startswith(mark)), None)


def _decode_wide(data: bytes, encoding: str, source: str) -> str:
    # The mark declares the encoding, so a bad sequence is damage, not a wrong guess:
    # refuse the file rather than store text nobody can check.
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(
            f"not valid {encoding.upper()} despite its byte-order mark (byte {error.start})",
            source=source,
        ) from None
    if not text.strip():
        raise ReadError("empty file", source=source)
    if _looks_binary(text[:8192]):
        raise ReadError("binary file, not text", source=source)
    return text


def _looks_binary(sample: bytes | str) -> bool:
    codes = sample if isinstance(sample, bytes) else [ord(c) for c in sample]
    return sum(c in _CONTROL for c in codes) > len(sample) * 0.05


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
        f"{DAMAGED}: {bad} undecodable byte(s) replaced by U+FFFD (first at byte {first_bad})"
    )
