"""Bytes -> str, refusing what is not text with a message that says why."""

from __future__ import annotations

import codecs
import re

from sitrep.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Magic numbers of files people drop into a corpus folder by mistake.
_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
]
_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)
# C0 controls other than tab/newline/CR, and the C1 range: never in real text.
_UNLIKELY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def decode(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode an article's bytes: BOM, then UTF-8, then a declared HTML charset, then cp1252.

    cp1252 is tried last because French pages saved from old sites use it; text that still looks
    like binary after that is refused rather than turned into mojibake.
    """
    if not data or not data.strip():
        raise InputError(source, "empty file: nothing to read")
    if len(data) > max_bytes:
        raise InputError(
            source,
            f"too large ({len(data) / 2**20:.1f} MB > {max_bytes / 2**20:.0f} MB limit); "
            "split it or raise the limit with --max-mb",
        )
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not text or HTML: convert it to text first")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _check(data[len(bom):].decode(enc), source)
            except UnicodeDecodeError as err:
                raise InputError(source, f"starts with a {enc} byte-order mark but is not {enc}: {err.reason}") from None
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text or HTML")
    try:
        return _check(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            return _check(data.decode(m.group(1).decode("ascii")), source)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _check(text, source, hint="not valid UTF-8, and not cp1252/latin-1 text either")


def _check(text: str, source: str, hint: str = "looks binary") -> str:
    sample = text[:20000]
    bad = len(_UNLIKELY.findall(sample))
    if bad > max(3, len(sample) // 100):
        raise InputError(source, f"{hint} ({bad} control or undecodable characters in the first {len(sample)}); "
                                 "save it as UTF-8 text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
