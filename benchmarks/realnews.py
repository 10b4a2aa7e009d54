"""Drafting scored against the gold set of real pages (benchmarks/gold/, format in its README.md).

Every annotated page is added with `source add` to ONE fresh `claimtrack init` repository (no entity added by
hand), drafted with `draft`, and each drafted value is compared with the values annotated in its sentence.
Two counts are kept: over the complete drafts (the claim files `draft --write` would write) and over every
value `draft` reads (complete or listed as "not drafted").

A gold file kept elsewhere (`score_gold_file`) is scored the same way, its pages read from the folder `pages/`
beside it: `<page>.html` added as a saved page, else `<page>.txt` added as a text whose title, publication day
and outlet are the gold's.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from claimtrack.authoring.new_files import AuthoringError, SourceSpec, add_source, slug
from claimtrack.authoring.new_repository import InitOptions, init_repository
from claimtrack.drafting.drafts import Draft, draft_source
from claimtrack.intake.archive import add_original_source
from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.repository.validate import validate_repository
from claimtrack.text.stems import singular

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
REALNEWS = ROOT.parent / "shared" / "realnews"
_BOUNDS = ("exactly", "about", "more_than", "at_least", "less_than", "at_most")
MODALITIES = ("asserted", "attributed", "planned", "predicted", "denied")
"""The gold's names for how a value is put, in the order the confusion table prints them."""
_GOLD_NAME = {"reported": "attributed"}
"""claimtrack's Modality names the gold's "attributed" `reported`; every other name is the same."""


def gold_modality(drafted: str) -> str:
    """The gold's name for a modality claimtrack drafted."""
    return _GOLD_NAME.get(drafted, drafted)


def fold(text: str) -> str:
    """Curly quotes made straight and white space made one space, for finding the few words of `at`."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def load_gold(split: str) -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = YAML(typ="safe").load((GOLD / f"{split}.yaml").read_text(encoding="utf-8")) or []
    return pages


def load_gold_file(path: Path) -> list[dict[str, Any]]:
    """The pages of a gold file anywhere (the format of benchmarks/gold/), each `page` read as text."""
    pages: list[dict[str, Any]] = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or []
    for page in pages:
        page["page"] = str(page["page"])
    return pages


def article_bodies() -> dict[str, dict[str, str]]:
    truth: dict[str, dict[str, str]] = json.loads((REALNEWS / "ground-truth.json").read_text(encoding="utf-8"))
    return truth


def page_key(prefix: str, keys: Iterator[str] | list[str]) -> str:
    found = [k for k in keys if k.startswith(prefix)]
    if len(found) != 1:
        raise ValueError(f"page {prefix}: {len(found)} pages start so")
    return found[0]


def page_html(key: str) -> bytes:
    return gzip.decompress((REALNEWS / "html" / f"{key}.html.gz").read_bytes())


def source_id(prefix: str) -> str:
    return f"page-{prefix}"


@dataclass
class Tally:
    """What was drafted against what was annotated, for one kind of draft (complete ones, or every value)."""

    drafted: int = 0
    right: int = 0
    traps: int = 0
    values: int = 0
    values_right: int = 0
    sentences: int = 0
    sentences_right: int = 0
    units_right: int = 0
    dates: int = 0
    dates_right: int = 0
    quantities: int = 0
    quantities_right: int = 0
    modality_right: int = 0
    subjects: int = 0
    """Of the right values, those whose subject is annotated."""
    subjects_right: int = 0
    modalities: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Of the right values: (the gold's modality, the drafted one's gold name), counted."""
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong_subjects: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "drafted", "right", "traps", "values", "values_right", "sentences", "sentences_right", "units_right",
            "dates", "dates_right", "quantities", "quantities_right", "modality_right", "subjects",
            "subjects_right",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.modalities.update(other.modalities)
        self.wrong += other.wrong
        self.missed += other.missed
        self.wrong_subjects += other.wrong_subjects

    @property
    def precision(self) -> float | None:
        return self.right / self.drafted if self.drafted else None

    @property
    def recall(self) -> float:
        return self.sentences_right / self.sentences if self.sentences else 0.0


def _number_part(value: dict[str, Any]) -> dict[str, float]:
    return {k: float(v) for k, v in value.items() if k in _BOUNDS}


DATES_AS_DAYS = True
"""Dates are compared as the days they cover ("../2018" is "../2018-12", "2019-35" is "2019-07/2019-09"): what
a reader checks is when, not how the EDTF is spelled. False compares the strings (the scoring before 2026-12-07)."""


def same_date(drafted: object, wanted: object) -> bool:
    """The same EDTF string, or (``DATES_AS_DAYS``) two dates covering the same days with the same open ends."""
    if drafted == str(wanted):
        return True
    if not DATES_AS_DAYS or not isinstance(drafted, str):
        return False
    try:
        first, second = parse_partial_date(drafted), parse_partial_date(str(wanted))
    except ValueError:
        return False
    return (first.lower, first.upper) == (second.lower, second.upper)


def same_value(drafted: object, wanted: dict[str, Any]) -> bool:
    """The drafted value is the annotated one: the same date (``same_date``), or the same bounds and numbers."""
    if "date" in wanted:
        return same_date(drafted, wanted["date"])
    if not isinstance(drafted, dict):
        return False
    got, want = _number_part(drafted), _number_part(wanted["quantity"])
    return got.keys() == want.keys() and all(math.isclose(got[k], want[k], rel_tol=1e-9) for k in got)


def same_unit(drafted: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """The units compared as the gold writes them: a draft's rate ``per`` joins its unit ("USD per month")."""

    def unit(value: dict[str, Any]) -> str:
        written = f"{value.get('unit', '')} per {value['per']}" if value.get("per") else str(value.get("unit", ""))
        return " ".join(singular(w) for w in written.lower().split())

    return unit(drafted) == unit(wanted)


def name_key(name: str) -> str:
    """A name as compared with another: case, dots, possessive, punctuation and a leading "the" folded away
    ("the U.S." is "us", "Pacific Gas & Electric Co." is "pacific gas & electric co")."""
    text = fold(name).lower().replace(".", "")
    text = re.sub(r"'s\b", "", text)
    text = " ".join(re.findall(r"[\w&]+", text))
    return text.removeprefix("the ")


def drafted_subject(proposal: Any) -> str:
    """The name of a draft's subject: the label of the entity it proposes, else the vocabulary entity's id."""
    if proposal.new_entity is not None:
        return str(proposal.new_entity.label)
    return str(proposal.subject or "")


def same_subject(proposal: Any, wanted: str | list[str]) -> bool:
    """The draft's subject is one of the names annotated (``subject``: one name, or a list of names that are
    equally right), by its label or by its id (an entity's id is its name's slug, "-2" added on a clash)."""
    names = [wanted] if isinstance(wanted, str) else wanted
    keys = {name_key(n) for n in names}
    entity = re.sub(r"-\d+$", "", str(proposal.subject or ""))
    return name_key(drafted_subject(proposal)) in keys or entity in {slug(n) for n in names}


def _overlaps(a: str, b: str) -> bool:
    a, b = fold(a).lower(), fold(b).lower()
    return bool(a) and bool(b) and (a in b or b in a)


def score_page(page: dict[str, Any], drafts: list[Draft], complete_only: bool) -> Tally:
    """One page's drafts (every value, or only complete drafts) scored against its annotations."""
    tally = Tally()
    values: list[dict[str, Any]] = list(page.get("values") or [])
    traps: list[dict[str, Any]] = list(page.get("traps") or [])
    matched: set[int] = set()
    for draft in drafts:
        if complete_only and draft.path is None:
            continue
        tally.drafted += 1
        sentence = fold(draft.sentence)
        proposal = draft.proposal
        hit = next(
            (
                i
                for i, v in enumerate(values)
                if i not in matched and fold(v["at"]) in sentence and same_value(proposal.value, v)
            ),
            None,
        )
        if hit is not None:
            matched.add(hit)
            tally.right += 1
            wanted = values[hit]
            pair = (wanted.get("modality", "asserted"), gold_modality(proposal.modality.value))
            tally.modalities[pair] += 1
            tally.modality_right += pair[0] == pair[1]
            if "subject" in wanted:
                tally.subjects += 1
                if same_subject(proposal, wanted["subject"]):
                    tally.subjects_right += 1
                else:
                    tally.wrong_subjects.append(
                        f"{page['page']}: {drafted_subject(proposal)!r}, not {wanted['subject']!r}, for "
                        f"{proposal.value_text!r} in {draft.sentence[:90]!r}"
                    )
            if "quantity" in wanted:
                tally.quantities_right += 1
                tally.units_right += same_unit(proposal.value, wanted["quantity"])
            continue
        if any(fold(t["at"]) in sentence and _overlaps(t["text"], proposal.value_text) for t in traps):
            tally.traps += 1
        where = page["page"]
        tally.wrong.append(f"{where}: {proposal.value_text!r} -> {proposal.value!r} in {draft.sentence[:90]!r}")
    by_sentence: dict[str, list[int]] = {}
    for i, v in enumerate(values):
        by_sentence.setdefault(fold(v["at"]), []).append(i)
    tally.values = len(values)
    tally.values_right = len(matched)
    tally.dates = sum("date" in v for v in values)
    tally.dates_right = sum("date" in values[i] for i in matched)
    tally.quantities = tally.values - tally.dates
    tally.sentences = len(by_sentence)
    tally.sentences_right = sum(all(i in matched for i in group) for group in by_sentence.values())
    tally.missed = [
        f"{page['page']}: {values[i].get('date') or values[i].get('quantity')} at {values[i]['at']!r}"
        for i in range(len(values))
        if i not in matched
    ]
    return tally


@dataclass
class GoldResult:
    complete: Tally
    every_value: Tally
    pages: int
    refused: list[str] = field(default_factory=list)
    """The pages `source add` refused, with its reason: drafted nothing, so all their values count as missed."""


def _add_page(root: Path, folder: Path, page: dict[str, Any], saved_pages: Path | None, keys: list[str]) -> None:
    """Add one gold page to the repository at ``root``: from ../shared/realnews (``saved_pages`` None), else
    ``saved_pages``/<page>.html as a saved page or <page>.txt as a text with the gold's title, day and outlet."""
    name = page["page"]
    if saved_pages is None:
        saved = folder / f"{name}.html"
        saved.write_bytes(page_html(page_key(name, keys)))
    elif (saved_pages / f"{name}.html").is_file():
        saved = saved_pages / f"{name}.html"
    else:
        outlet = page.get("outlet")
        spec = SourceSpec(
            id=source_id(name),
            title=page.get("title"),
            container=outlet[0] if isinstance(outlet, list) else outlet,
            published=str(page["published"]) if page.get("published") else None,
        )
        add_source(root, saved_pages / f"{name}.txt", spec)
        return
    add_original_source(root, saved, SourceSpec(id=source_id(name)))


def drafts_of_pages(
    pages: list[dict[str, Any]], folder: Path, saved_pages: Path | None = None
) -> tuple[dict[str, list[Draft]], list[str]]:
    """Each page added to a fresh `init` repository in ``folder`` and drafted (``_add_page`` says from where): its
    drafts by page, and the pages `source add` refused (with its reason), which have no drafts."""
    root = folder / "repo"
    init_repository(root, InitOptions())
    keys = list(article_bodies()) if saved_pages is None else []
    refused: dict[str, str] = {}
    for page in pages:
        try:
            _add_page(root, folder, page, saved_pages, keys)
        except AuthoringError as error:
            refused[page["page"]] = f"{page['page']}: {error}"
    workspace = validate_repository(root).workspace
    assert workspace is not None
    drafts = {
        page["page"]: [] if page["page"] in refused else draft_source(workspace, source_id(page["page"])).drafts
        for page in pages
    }
    return drafts, list(refused.values())


def score_pages(pages: list[dict[str, Any]], saved_pages: Path | None = None) -> GoldResult:
    """The pages drafted in one fresh repository (``drafts_of_pages``) and scored against their annotations."""
    complete, every = Tally(), Tally()
    with tempfile.TemporaryDirectory() as folder:
        drafted, refused = drafts_of_pages(pages, Path(folder), saved_pages)
    for page in pages:
        complete.add(score_page(page, drafted[page["page"]], complete_only=True))
        every.add(score_page(page, drafted[page["page"]], complete_only=False))
    return GoldResult(complete, every, len(pages), refused)


def score_gold(split: str) -> GoldResult:
    return score_pages(load_gold(split))


def score_gold_file(path: Path) -> GoldResult:
    """A gold file outside benchmarks/gold/, its pages' texts in ``pages/`` beside it (README.md of
    benchmarks/gold/, "Scoring your own pages")."""
    return score_pages(load_gold_file(path), path.parent / "pages")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else f"{part}/0"


def modality_table(tally: Tally) -> list[str]:
    """Gold modality (rows) against drafted modality (columns), over the right values."""
    shown = [m for m in MODALITIES if any(m in pair for pair in tally.modalities)] or ["asserted"]
    lines = ["gold \\ drafted " + "".join(f"{m:>11}" for m in shown)]
    for gold in shown:
        lines.append(f"{gold:16}" + "".join(f"{tally.modalities[gold, drafted]:11}" for drafted in shown))
    return lines


def report(name: str, result: GoldResult, verbose: bool = False, *, table: bool = False) -> str:
    """The figures of one split; ``table`` adds the modality confusion table of the complete drafts, ``verbose``
    that and each wrong and missed value (for development pages only: held-out pages are measured, not read)."""
    lines = [f"{name}: {result.pages} pages"]
    lines += [f"  not added, so nothing drafted: {reason}" for reason in result.refused]
    for label, tally in (("complete drafts", result.complete), ("every value read", result.every_value)):
        lines.append(
            f"  {label:17} precision {_share(tally.right, tally.drafted)}, "
            f"recall {_share(tally.sentences_right, tally.sentences)} sentences "
            f"({_share(tally.values_right, tally.values)} values), drafts from a trap: {tally.traps}"
        )
        if tally.right:
            lines.append(
                f"  {'':17} dates drafted right {_share(tally.dates_right, tally.dates)}, quantities "
                f"{_share(tally.quantities_right, tally.quantities)}; of the right values, modality right "
                f"{_share(tally.modality_right, tally.right)}, unit {_share(tally.units_right, tally.quantities_right)}"
            )
        if tally.subjects:
            lines.append(
                f"  {'':17} subject right {_share(tally.subjects_right, tally.subjects)} of the right values annotated with one"
            )
    if verbose or table:
        lines.append("  modality of the right values of complete drafts:")
        lines += ["    " + line for line in modality_table(result.complete)]
    if verbose:
        lines += ["  wrong: " + w for w in result.every_value.wrong]
        lines += ["  missed: " + m for m in result.every_value.missed]
        lines += ["  wrong subject: " + w for w in result.complete.wrong_subjects]
    return "\n".join(lines)
