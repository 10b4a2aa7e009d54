"""Content made safe to print: every text format shows what a file says, never lets it act.

A claim, a file name or an archived text is written by whoever opened the pull request. Printed raw,
a newline in it would start a line of its own (a forged diagnostic, or a workflow command such as
``::error`` or ``##[add-mask]`` that the GitHub runner obeys), and an escape sequence would retitle
or clear the reader's terminal. Each renderer passes content through ``one_line`` where it prints it.
"""

from __future__ import annotations

import re
from functools import cache

_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
"""Control characters (C0, DEL, C1), line and paragraph separators, the bidirectional controls that can
make text read other than it runs, and lone surrogates (a file name's bytes that are not UTF-8)."""
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte that was not UTF-8, kept by the file system's decoding
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(_UNPRINTABLE)  # compiled on first use: most runs print nothing of content


def one_line(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\n``, ``\\x1b``, ``\\u2028``)."""
    pattern = _pattern()
    return pattern.sub(_escaped, text) if pattern.search(text) else text
