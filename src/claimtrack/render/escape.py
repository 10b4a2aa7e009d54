"""Content made safe to print: every text format shows what a file says, never lets it act.

A claim, a file name or an archived text is written by whoever opened the pull request. Printed raw,
a newline in it would start a line of its own (a forged diagnostic, or a workflow command such as
``::error`` or ``##[add-mask]`` that the GitHub runner obeys), and an escape sequence would retitle
or clear the reader's terminal. Each renderer passes content through ``one_line`` where it prints it.

The runner reads a workflow command two ways (tests/test_neutraliser.py re-implements both as its
oracle): a line that starts with ``::`` once leading whitespace is trimmed, and, in its legacy parser,
``##[`` anywhere in a line. So content never carries ``##[`` (its bracket is written ``\x5b``, or the
format's own escape of it), content never starts with ``::`` (its first colon is written ``\x3a``), and
a line a renderer wraps is passed through ``safe_line``, so that content a wrap moved to the start of a
line cannot start with ``::`` either. This module is the one neutraliser: every format's escaping, the
CLI's messages and third-party libraries' log records go through it.
"""

from __future__ import annotations

import re
from functools import cache

_BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNPRINTABLE = f"[\x00-\x1f{_BEYOND_C0}]"
"""Control characters (C0, DEL, C1), line and paragraph separators, the bidirectional controls that can
make text read other than it runs, and lone surrogates (a file name's bytes that are not UTF-8)."""
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    return _escape_char(match.group())


def _escape_char(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte that was not UTF-8, kept by the file system's decoding
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


@cache
def _pattern(beyond_c0_only: bool = False) -> re.Pattern[str]:
    # Compiled on first use: most runs print nothing of content.
    return re.compile(f"[{_BEYOND_C0}]" if beyond_c0_only else _UNPRINTABLE)


def one_line(text: str) -> str:
    """``text`` with every character Python does not print as itself shown as an escape: controls
    (``\\n``, ``\\x1b``), separators and spaces other than the space (``\\u2028``, ``\\xa0``), format
    characters such as the bidirectional controls, and characters Unicode has not assigned; and with no
    workflow command in it (``##[`` nowhere, no ``::`` at its start)."""
    shown = text if text.isprintable() else "".join(c if c.isprintable() else _escape_char(c) for c in text)
    return safe_line(shown)


_LEGACY_COMMAND = "##["
"""What the runner's legacy parser looks for anywhere in a line."""


def safe_line(line: str, bracket: str = "\\x5b", colon: str = "\\x3a") -> str:
    """``line`` with no workflow command the runner would read in it: ``##[`` written with ``bracket`` for
    its ``[``, and a ``::`` that starts it (after spaces) with ``colon`` for its first ``:``."""
    if _LEGACY_COMMAND in line:
        line = line.replace(_LEGACY_COMMAND, "##" + bracket)
    body = line.lstrip()  # the runner trims every kind of whitespace
    if body.startswith("::"):
        line = line[: len(line) - len(body)] + colon + body[1:]
    return line


_RAW_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f{_BEYOND_C0}]")
"""What may not reach a terminal in text of many lines: every control but the newline and the tab."""


def safe_text(text: str) -> str:
    """Text of many lines (YAML a command prints, say) with every control but the newline and the tab
    shown as an escape, and every line through ``safe_line``."""
    shown = _RAW_IN_TEXT.sub(_escaped, text)
    return "\n".join(safe_line(one) for one in shown.split("\n"))


_MARKDOWN_SPECIAL = frozenset("\\`*_[]<>!&|~")
"""What can start an inline element wherever it stands: emphasis, code, links and images, raw HTML and
autolinks, entities, table cells, strikethrough."""


def markdown_text(text: object) -> str:
    """Content as Markdown (GitHub flavour) that renders as exactly that text, on one line, in no element.

    Every character that could open an element is escaped with a backslash, and so are the colon of a
    scheme and the dot of ``www.`` that start an extended autolink; an ``@``, which GitHub turns into a mention and cmark-gfm into a mail link whatever escapes
    surround it, is put in a code span of its own.
    """
    flat = one_line(" ".join(str(text).split()))
    escaped = "".join(f"\\{char}" if char in _MARKDOWN_SPECIAL else char for char in flat)
    escaped = re.sub("(?i)(www)\\.", "\\1\\\\.", escaped)
    escaped = re.sub("(?i)(https?|ftp|mailto|xmpp):", "\\1\\\\:", escaped)
    return escaped.replace("@", "`@`")


def markdown_code(text: object, *, in_table: bool = False) -> str:
    """Content as a Markdown code span that holds it whole: the fence is longer than any run of backticks
    in it. In a table a pipe is escaped, as the cell needs (elsewhere a code span would show the backslash)."""
    flat = one_line(" ".join(str(text).split()))
    if "##" in flat or flat.lstrip().startswith(":"):
        return markdown_text(text)  # no escape works inside a code span: the text is shown escaped instead
    longest = max((len(run) for run in re.findall("`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {flat} " if flat.startswith("`") or flat.endswith("`") else flat
    span = f"{fence}{padded}{fence}"
    return span.replace("|", "\\|") if in_table else span


def json_safe(dumped: str) -> str:
    """JSON (as ``json.dumps(..., ensure_ascii=False)`` writes it) with the characters it leaves raw that a
    terminal or a line reader acts on (DEL, C1 controls, separators, bidirectional controls, lone
    surrogates) written as ``\\uXXXX`` escapes: the same JSON value, every byte of it printable. (It
    escapes the C0 controls in strings itself; those left are its own line breaks and indentation.)"""
    escaped = _pattern(beyond_c0_only=True).sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)
    return escaped.replace(_LEGACY_COMMAND, "##\\u005b")  # only inside strings: JSON has no # of its own


def html_safe(escaped: str) -> str:
    """HTML text (already escaped for markup) with control characters as character references, so that
    a report printed to a terminal sends it no escape sequence; a browser shows the same text."""
    return _pattern().sub(lambda match: f"&#x{ord(match.group()):x};", escaped).replace(_LEGACY_COMMAND, "##&#x5b;")
