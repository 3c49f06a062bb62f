"""Stage 2: raw bytes to clean Unicode text.

Order matters: detect the encoding, decode, repair mojibake, then normalise.
Control characters are removed last so that nothing downstream ever sees them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy

# Share of undecodable or control characters above which the bytes are not text.
MAX_BINARY_RATIO = 0.10
# Share of C0 control bytes (not tab, newline, CR, form feed) above which a non-UTF-16 file is binary.
MAX_CONTROL_BYTES = 0.05
# Most accented letters (share of all letters) in text still read as cp1252/latin-1.
WESTERN_MAX_ACCENTED = 0.3
_CONTROL_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F])
# Valid UTF-8 multi-byte characters per broken sequence above which bytes are UTF-8.
UTF8_VALID_PER_BROKEN = 2
# Bytes given to charset-normalizer: enough to decide, bounded for 20 MB files.
DETECT_SAMPLE_BYTES = 256 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0/C1 controls except tab and newline, plus lone surrogates and non-characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Horizontal spaces stripped from line ends (str.rstrip per line: a regex ``[ ]+$`` is
# quadratic on a long run of spaces that does not end its line).
_HSPACE = " \t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"


class DecodeError(ValueError):
    """The bytes are not usable text; ``reason`` is a reject reason code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-32":
                # FF FE 00 00 is also a UTF-16 BOM followed by a NUL character.
                try:
                    data[: len(data) // 4 * 4].decode(name)
                except UnicodeDecodeError:
                    continue
            return name
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken sequences (a stray byte, a damaged download).

    Valid multi-byte characters are near impossible by chance in another encoding or in
    binary, so text where they outnumber the broken sequences is UTF-8.
    """
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - broken
    return multibyte > UTF8_VALID_PER_BROKEN * broken


def _guess_encoding(data: bytes) -> str:
    bom = _bom_encoding(data)
    if bom:
        return bom
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end (of the sample, or of a truncated file).
        if exc.start >= len(data) - 3:
            return "utf-8"
    if _mostly_utf8(data):
        return "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    sample = data[:DETECT_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_BYTES * len(sample):
        raise DecodeError("binary", f"not text: {controls} of the first {len(sample)} bytes are control bytes")
    western = _plausible_western(sample)
    if western:
        return western
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        raise DecodeError("binary", "no text encoding fits the bytes")
    return best.encoding


def _plausible_western(sample: bytes) -> str | None:
    """cp1252 (or latin-1) when the bytes read as mostly-ASCII Western text.

    charset-normalizer cannot tell single-byte Latin code pages apart on short
    text (it may answer cp775 for French); Western text has few accented letters,
    while Cyrillic or Greek code pages read as cp1252 are almost all accented.
    """
    for encoding in ("cp1252", "latin-1"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = sum(map(str.isalpha, text))
        accented = sum(map(str.isalpha, text.encode("ascii", "ignore").decode("ascii")))
        accented = letters - accented
        if letters and accented <= WESTERN_MAX_ACCENTED * letters:
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _needs_ftfy(line: str) -> bool:
    # ftfy's fixes are for non-ASCII text, HTML entities and terminal escapes only.
    return not line.isascii() or "&" in line or "\x1b" in line


# What ftfy can change: UTF-8 read as cp1252/latin-1 (a lead byte's character followed by a
# continuation byte's), HTML entities, escapes, C1 controls, stray BOMs, ligatures, fullwidth
# forms, surrogates. Text with none of these only needs NFC, at a sixth of ftfy's cost.
_MOJIBAKE_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_FTFY_SUSPECT = re.compile(
    f"[\u00c2-\u00f4][{_MOJIBAKE_CONTINUATION}]|&[#a-zA-Z]|[\x1b\x80-\x9f\ufeff\ufb00-\ufb06\uff01-\uff5e\u3000\ud800-\udfff]"
)


def _fix_text(text: str) -> str:
    """ftfy on the lines that can need it (ftfy works line by line anyway; skipping the
    plain ASCII lines gives the same text at a fraction of the cost on English text)."""
    if not _needs_ftfy(text):
        return text
    if not _FTFY_SUSPECT.search(text):
        return unicodedata.normalize("NFC", text)
    return "\n".join(
        ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True) if _needs_ftfy(line) else line
        for line in text.split("\n")
    )


def decode(data: bytes) -> Decoded:
    """Decode ``data`` to NFC text with ``\\n`` line ends, or raise DecodeError."""
    if not data.strip():
        raise DecodeError("empty", "the file is empty or whitespace only")
    encoding = _guess_encoding(data[:DETECT_SAMPLE_BYTES] if len(data) > DETECT_SAMPLE_BYTES else data)
    text = data.decode(encoding, errors="replace")
    # NUL, CR and form feed are common in scraped text; other controls and U+FFFD are not.
    bad = text.count("\ufffd", 0, 100_000) + len(_CONTROL.findall(text, 0, 100_000))
    bad -= text.count("\x00", 0, 100_000) + text.count("\r", 0, 100_000) + text.count("\f", 0, 100_000)
    sample_len = min(len(text), 100_000)
    if sample_len and bad / sample_len > MAX_BINARY_RATIO:
        raise DecodeError("binary", f"not text: {bad} of the first {sample_len} characters are undecodable or control characters")
    # Line ends first: ftfy below runs line by line.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fixed = _fix_text(text)
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    fixed = _CONTROL.sub("", fixed.replace("\x00", ""))
    fixed = fixed.replace("\ufffd", "").replace("\u00ad", "")  # soft hyphens: invisible, they split words and names
    fixed = "\n".join(line.rstrip(_HSPACE) for line in fixed.split("\n"))
    if not fixed.strip():
        raise DecodeError("empty", "no visible text after decoding")
    return Decoded(text=fixed, encoding=encoding)
