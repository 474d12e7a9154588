"""Turn bytes into text, or say clearly why not."""

from __future__ import annotations

from lagebild.errors import ReadError

# Control characters other than tab/newline/CR/form feed rarely appear in text;
# many of them mean the file is binary.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))
MAX_BYTES = 10_000_000


def check_size(size: int, source: str, limit: int = MAX_BYTES) -> None:
    if size > limit:
        raise ReadError(
            f"too large: {size / 1e6:.1f} MB, the limit is {limit / 1e6:.0f} MB "
            "(split the file or raise --max-bytes)",
            source=source,
        )


def decode_text(data: bytes, source: str, notes: list[str] | None = None) -> str:
    """Decode UTF-8 (BOM allowed); fall back to cp1252 only when it decodes cleanly."""
    if not data.strip():
        raise ReadError("empty file", source=source)
    sample = data[:8192]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) * 0.05:
        raise ReadError("binary file, not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReadError(
                f"not valid UTF-8 (byte {utf8_error.start}) and not cp1252 either",
                source=source,
            ) from None
        if notes is not None:
            notes.append(f"{source}: not valid UTF-8, read as cp1252")
        return text
