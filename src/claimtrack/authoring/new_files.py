"""The authoring commands' work: archive a source, scaffold a claim. Nothing is ever overwritten.

Both build the file's data, validate it with the same models `validate` uses,
lay it out with `fmt`, and write it atomically, refusing a path that exists.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shlex
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML

from claimtrack.authoring.fmt import format_text
from claimtrack.authoring.quantity_values import NotAQuantity, ReversedRange, read_typed_quantity
from claimtrack.repository.confined import Escape, escapes, read_text_inside, write_inside
from claimtrack.repository.discover import SOURCES_DIR, FileKind, list_files
from claimtrack.repository.limits import limit
from claimtrack.repository.reading import NotAFile, TooLarge, read_regular
from claimtrack.repository.references import close_match
from claimtrack.repository.validate_models import adapter


class AuthoringError(Exception):
    """A reason the file cannot be written, worded for the person at the terminal."""

    exit_code = 1
    """The exit code of a command stopped by it (README, "Exit codes"): 1, a problem with the files."""


class UnknownIdError(AuthoringError):
    """An id given on the command line that the repository lacks: a usage error (exit 2), with the closest
    ids it has."""

    exit_code = 2


def _yaml_text(data: dict[str, Any], relative: PurePosixPath, kind: FileKind) -> str:
    buffer = io.StringIO()
    yaml = YAML()
    yaml.width = 1_000_000
    yaml.dump(data, buffer)
    try:
        return format_text(buffer.getvalue(), relative, kind)
    except ValueError as error:
        # The file would not load (larger than max_file_bytes, say, from a PDF's 6 MB title): writing it
        # would only make the next check refuse it.
        raise AuthoringError(f"{relative} would not load, so it is not written: {error}") from None


def _validated(kind: FileKind, data: dict[str, Any]) -> None:
    try:
        adapter(kind).validate_python(data)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'file'}: {e['msg']}" for e in error.errors())
        raise AuthoringError(problems) from None


COMPRESSIONS = {
    b"\x1f\x8b": ("gzip", ".gz", "gzip -dc"),
    b"BZh": ("bzip2", ".bz2", "bzip2 -dc"),
    b"\xfd7zXZ\x00": ("xz", ".xz", "xz -dc"),
    b"(\xb5/\xfd": ("zstd", ".zst", "zstd -dc"),
    b"PK\x03\x04": ("zip", ".zip", "unzip -p"),
}
"""Each compressed format's first bytes: its name, its usual suffix and the command that writes what it holds."""


def refuse_compressed(path: Path, raw: bytes) -> None:
    """AuthoringError saying how to decompress ``raw`` when it is compressed. Such a file is refused rather than
    read through: the archive keeps what a reader opens (the page, the PDF), byte for byte, and no command that
    reads an archived original need know of compression."""
    for magic, (name, suffix, command) in COMPRESSIONS.items():
        if raw.startswith(magic):
            compressed = path.name.lower().endswith(suffix) and len(path.name) > len(suffix)
            inner = path.name[: -len(suffix)] if compressed else f"decompressed-{path.name}"
            target = _decompressed_path(path, inner)
            shown = f"{command} {shlex.quote(str(path))} > {shlex.quote(str(target))}"
            raise AuthoringError(f"{path} is {name}-compressed: decompress it first ({shown}) and add {target}")


def _decompressed_path(path: Path, inner: str) -> Path:
    """Where to decompress ``path`` to: beside it, whichever folder the command runs in; when its folder is not
    writable (a shared or read-only archive of pages), the current folder, else the temporary folder."""
    for folder in (path.parent, Path()):
        if os.access(folder, os.W_OK):
            return folder / inner
    return Path(tempfile.gettempdir(), inner)


def read_input(path: Path) -> bytes:
    """The bytes of a file named on the command line: a regular file (a FIFO or a device is refused before
    it is read, so nothing hangs or reads forever), at most ``max_text_bytes`` long, and not compressed."""
    largest = limit("max_text_bytes")
    try:
        raw = read_regular(os.fspath(path), largest)
    except NotAFile:
        raise AuthoringError(f"{path} is not a regular file") from None
    except TooLarge as large:
        raise AuthoringError(
            f"{path} is {large.size} bytes, more than the limit of {largest} (CLAIMTRACK_MAX_TEXT_BYTES)"
        ) from None
    except OSError as error:
        raise AuthoringError(f"cannot read {path}: {error.strerror or error}") from None
    refuse_compressed(path, raw)
    return raw


def confine(root: Path, *paths: Path) -> None:
    """Refuse, before anything is written, a path with a link (a topic folder, sources/) or a file on the
    way: claimtrack writes into a repository only through its real folders (repository/confined.py)."""
    for path in paths:
        reason = escapes(root, path)
        if reason is not None:
            raise AuthoringError(reason)


def read_repository_text(root: Path, path: Path) -> str:
    """The text of a repository's file that a command edits (a claim, a vocabulary file): read inside the
    repository only, at most ``max_file_bytes``, as UTF-8; AuthoringError otherwise."""
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    try:
        return read_text_inside(root, path, limit("max_file_bytes"))
    except Escape as escape:
        raise AuthoringError(str(escape)) from None
    except NotAFile:
        raise AuthoringError(f"{shown} is not a regular file") from None
    except TooLarge as large:
        raise AuthoringError(f"{shown} is {large.size} bytes, more than max_file_bytes") from None
    except UnicodeDecodeError as error:
        raise AuthoringError(f"{shown} is not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise AuthoringError(f"cannot read {shown}: {error.strerror or error}") from None


def write_repository_text(root: Path, path: Path, text: str) -> None:
    """Replace a repository's file with ``text``, through its real folders only; AuthoringError otherwise."""
    try:
        write_inside(root, path, text.encode("utf-8"))
    except Escape as escape:
        raise AuthoringError(str(escape)) from None


def _write_new(root: Path, path: Path, data: bytes) -> None:
    try:
        write_inside(root, path, data, replace=False)
    except FileExistsError:
        raise AuthoringError(f"{path.name} already exists; claimtrack never overwrites it") from None
    except Escape as escape:
        raise AuthoringError(str(escape)) from None


@dataclass
class SourceSpec:
    id: str
    kind: str = "news"
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    container: str | None = None
    published: str | None = None
    url: str | None = None
    accessed: str | None = None
    language: str | None = None
    derived_from: list[str] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)
    note: str | None = None


_IDENTIFIER = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def check_related_sources(root: Path, spec: SourceSpec) -> None:
    """The sources ``--derived-from`` and ``--cites`` name are in the repository (a file naming one that is not
    would fail the next check with CT112); AuthoringError naming each unknown one and the closest known."""
    wanted = [("--derived-from", other) for other in spec.derived_from] + [("--cites", other) for other in spec.cites]
    if not wanted:
        return
    known = {file.stem for file in list_files(root, frozenset()) if file.kind is FileKind.SOURCE}
    unknown = [
        f"{option}: unknown source '{other}'{close_match(other, known)}"
        for option, other in wanted
        if other not in known
    ]
    if unknown:
        raise UnknownIdError(" ".join(unknown))


def _identifier(what: str, value: str) -> None:
    """Ids and topics become file and folder names: only lower-case letters, digits, - and _."""
    if not _IDENTIFIER.match(value) or len(value) > 120:
        raise AuthoringError(f"{what} '{value}' must be lower-case letters and digits joined by - or _")


def add_source(root: Path, text_file: Path, spec: SourceSpec) -> tuple[Path, Path]:
    """Archive ``text_file`` byte for byte as sources/<id>.txt and write sources/<id>.yaml beside it."""
    _identifier("source id", spec.id)
    check_related_sources(root, spec)
    folder = root / SOURCES_DIR
    meta_path, text_path = folder / f"{spec.id}.yaml", folder / f"{spec.id}.txt"
    confine(root, meta_path, text_path)
    for existing in (meta_path, text_path):
        if existing.exists():
            raise AuthoringError(f"{SOURCES_DIR}/{existing.name} already exists; claimtrack never overwrites it")
    raw = read_input(text_file)
    from claimtrack.authoring.source_copies import refuse_a_copy  # it raises this module's AuthoringError

    refuse_a_copy(root, raw, text_file, spec)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise AuthoringError(f"{text_file} is not UTF-8 text (byte {error.start}); convert it first") from None
    data: dict[str, Any] = {"id": spec.id}
    for key in ("title", "kind", "authors", "publisher", "container", "published", "url", "accessed", "language"):
        value = getattr(spec, key)
        if value:
            data[key] = value
    data["text"] = text_path.name
    data["sha256"] = hashlib.sha256(raw).hexdigest()
    for key in ("derived_from", "cites", "note"):
        value = getattr(spec, key)
        if value:
            data[key] = value
    _validated(FileKind.SOURCE, data)
    relative = PurePosixPath(SOURCES_DIR, meta_path.name)
    meta = _yaml_text(data, relative, FileKind.SOURCE).encode("utf-8")
    _write_new(root, text_path, raw)
    try:
        _write_new(root, meta_path, meta)
    except BaseException:
        text_path.unlink(missing_ok=True)
        raise
    return text_path, meta_path


_QUANTITY = re.compile(
    r"^\s*(?P<word>about|more than|at least|less than|at most|exactly)?\s*(?P<number>-?\d+(?:\.\d+)?)\s*$",
    re.IGNORECASE,
)
_QUANTITY_KEYS = {
    None: "exactly",
    "exactly": "exactly",
    "about": "about",
    "more than": "more_than",
    "at least": "at_least",
    "less than": "less_than",
    "at most": "at_most",
}


def _one_bound(text: str) -> dict[str, Any] | None:
    """'12', 'about 50', 'more than 300' and the bounds and digits a draft reads ('around 150', 'up to 40
    million', '1,200'); None for anything else."""
    match = _QUANTITY.match(text)
    if match is None:
        from claimtrack.text.quantity_reader import read_quantity  # the words a draft reads, loaded when needed

        return read_quantity(text)
    number = float(match["number"])
    word = match["word"].lower() if match["word"] else None
    return {_QUANTITY_KEYS[word]: int(number) if number.is_integer() else number}


def _as_an_article_writes_it(text: str, unit: str) -> dict[str, Any] | None:
    """A quantity as draft reads one in an article ("$8.8 billion", "between 5 and 7 percent", "1 hour 52
    minutes"), in the unit it names when that converts into ``unit``; None when the text is no one quantity."""
    from claimtrack.model.units import commensurable, conversion
    from claimtrack.text.quantity_reader import find_quantities
    from claimtrack.text.stems import singular

    found = find_quantities(text.strip(), [])
    if len(found) != 1 or found[0].start != 0:
        return None
    (mention,) = found
    rate_words = {"a", "an", "per", "each", "every", mention.per} if mention.per else set()
    after = re.findall(r"[^\W\d_]+", text.strip()[mention.end :].lower())
    if any(word not in rate_words and singular(word) not in mention.nouns for word in after):
        return None  # words the reading left out ("300 a fortnight"): not the quantity as typed
    named = mention.noun or unit
    if not commensurable(named, unit):
        raise AuthoringError(f"'{text}' counts '{named}', which does not convert into '{unit}'")
    same = conversion(named, None, unit, None) == 1.0
    return mention.value | {"unit": unit if same else named} | ({"per": mention.per} if mention.per else {})


def parse_quantity(text: str, unit: str) -> dict[str, Any]:
    """A typed quantity as a value mapping in ``unit``: '12', 'about 50', 'more than 300', 'at most 7', the
    bounds and digits a draft reads ('around 150', 'up to 40 million', '1,200'), a range ('between 40 and
    50'), two bounds, a rate ('7.5 million a year') or the mapping draft writes ('{at_least: 40, at_most:
    50}'); see ``quantity_values``."""
    value: dict[str, Any] | None
    try:
        value = read_typed_quantity(text, _one_bound)
    except ReversedRange as reversed_range:
        raise AuthoringError(str(reversed_range)) from None
    except NotAQuantity:
        value = _as_an_article_writes_it(text, unit)
    if value is None:
        raise AuthoringError(
            f"'{text}' is not a quantity: write a number in digits (12, 7.5, 1,200, 40 million), "
            "optionally after about (around), more than (over), at least, less than (under) "
            "or at most (up to); a range (between 40 and 50, 40 to 50); two bounds (more than 40 and "
            "less than 50); any of them with a period (a year, per day); or a mapping ({at_least: 40, at_most: 50})"
        )
    per = value.pop("per", None)
    return value | {"unit": value.pop("unit", unit)} | ({"per": per} if per else {})


SLUG_CHARS = 100
"""The longest id made from words; a longer one ends at the last whole word that fits."""


def slug(*parts: str) -> str:
    spaced = re.sub(r"[^\w]+", " ", unicodedata.normalize("NFKD", " ".join(parts)))
    text = spaced.encode("ascii", "ignore").decode().lower()
    joined = "-".join(re.findall(r"[a-z0-9]+", text))
    if len(joined) > SLUG_CHARS:
        # Cut at a word's end ("...-netflix", never "...-netflix-sp"); a first word longer than all is cut.
        joined = joined[: SLUG_CHARS + 1].rpartition("-")[0] or joined[:SLUG_CHARS]
    return joined or "claim"
