"""What `claimtrack new` lacks or was given wrong, every option at once, before it drafts anything.

Off a terminal `new` cannot ask for what is missing; rather than stop at the first missing option (and at
the next one on the next run), it lists each option the chosen claim type needs and lacks, with each option
given that names something the repository does not have (with "did you mean") or that no claim accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtrack.authoring.claim_answers import Answers
from claimtrack.authoring.new_claim import EvidenceSpec
from claimtrack.authoring.new_files import AuthoringError
from claimtrack.authoring.review import NEEDS_NOTE
from claimtrack.model.claims import ClaimType, Modality, Stance, Status
from claimtrack.model.wording import plural
from claimtrack.repository.workspace import Workspace

MISSING = "missing"


@dataclass(frozen=True)
class GivenOptions:
    """The options of `new` as typed; None (or empty) for one left out."""

    subject: str | None = None
    property: str | None = None
    value: str | None = None
    unit: str | None = None
    statement: str | None = None
    source: str | None = None
    quote: str | None = None
    stance: str = Stance.SUPPORTS.value
    evidence: list[str] = field(default_factory=list)
    modality: str = Modality.ASSERTED.value
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    holder: str | None = None
    said_by: str | None = None
    status: str = Status.UNREVIEWED.value
    review_by: str | None = None
    review_note: str | None = None


@dataclass(frozen=True)
class OptionProblem:
    option: str
    problem: str
    """``missing`` (with why the claim needs it, when that depends on other options), or what is wrong with
    the value given."""

    @property
    def missing(self) -> bool:
        return self.problem.startswith(MISSING)


def _choice(option: str, given: str, allowed: type[Modality] | type[Stance] | type[Status]) -> list[OptionProblem]:
    values = [member.value for member in allowed]
    if given in values:
        return []
    return [OptionProblem(option, f"'{given}' is not one of {', '.join(values)}")]


def _entities(answers: Answers, option: str, names: list[str | None]) -> list[OptionProblem]:
    return [
        OptionProblem(option, problem)
        for name in names
        if name is not None and (problem := answers.entity(name)) is not None
    ]


def _evidence(answers: Answers, given: GivenOptions) -> list[OptionProblem]:
    problems = []
    needs_first_link = given.source is not None or given.quote is not None or not given.evidence
    if needs_first_link:
        if given.source is None:
            problems.append(OptionProblem("--source (or --evidence)", MISSING))
        elif (problem := answers.source(given.source)) is not None:
            problems.append(OptionProblem("--source", problem))
        if given.quote is None:
            problems.append(OptionProblem("--quote", MISSING))
        elif given.source in answers.workspace.sources and (problem := answers.quote_in(given.source)(given.quote)):
            problems.append(OptionProblem("--quote", problem))
        problems += _choice("--stance", given.stance, Stance)
    for text in given.evidence:
        try:
            link = EvidenceSpec.parse(text)
        except AuthoringError as error:
            problems.append(OptionProblem("--evidence", str(error)))
            continue
        problem = answers.source(link.source) or answers.quote_in(link.source)(link.quote)
        if problem is not None:
            problems.append(OptionProblem("--evidence", problem))
        problems += _choice("--evidence", link.stance, Stance)
    return problems


def _review(given: GivenOptions) -> list[OptionProblem]:
    try:
        status = Status(given.status)
    except ValueError:
        return _choice("--status", given.status, Status)
    problems = []
    if status is not Status.UNREVIEWED and given.review_by is None:
        problems.append(OptionProblem("--review-by", f"{MISSING} (a {status.value} verdict names who decided)"))
    if status in NEEDS_NOTE and given.review_note is None:
        problems.append(OptionProblem("--review-note", f"{MISSING} (a {status.value} verdict {NEEDS_NOTE[status]})"))
    return problems


def option_problems(workspace: Workspace, given: GivenOptions) -> list[OptionProblem]:
    """Every option the claim needs and lacks, and every option given wrong, in the order of `new --help`."""
    answers = Answers(workspace)
    problems: list[OptionProblem] = []
    if given.subject is None:
        problems.append(OptionProblem("--subject", MISSING))
    else:
        problems += _entities(answers, "--subject", [given.subject])
    prop = None
    if given.property is None:
        problems.append(OptionProblem("--property", MISSING))
    elif (problem := answers.property(given.property)) is not None:
        problems.append(OptionProblem("--property", problem))
    else:
        prop = workspace.properties[given.property].model
    if given.value is None:
        problems.append(OptionProblem("--value", MISSING))
    elif prop is not None and (problem := answers.value_of(prop.id)(given.value)) is not None:
        problems.append(OptionProblem("--value", problem))
    if prop is not None and prop.claim_type is ClaimType.QUANTITY and prop.unit is None and given.unit is None:
        problems.append(OptionProblem("--unit", f"{MISSING} (property '{prop.id}' has no fixed unit)"))
    if given.statement is None:
        problems.append(OptionProblem("--statement", MISSING))
    elif (problem := answers.text(given.statement)) is not None:
        problems.append(OptionProblem("--statement", problem))
    problems += _evidence(answers, given)
    problems += _choice("--modality", given.modality, Modality)
    problems += _entities(answers, "--place", [given.place])
    problems += _entities(answers, "--participant", list(given.participants))
    problems += _entities(answers, "--holder", [given.holder])
    problems += _entities(answers, "--said-by", [given.said_by])
    problems += _review(given)
    return problems


def describe(problems: list[OptionProblem]) -> str:
    """The problems as `new` prints them: a line saying how many, then one line per option."""
    missing = sum(1 for p in problems if p.missing)
    wrong = len(problems) - missing
    counts = [f"{plural(n, 'option')} {how}" for n, how in ((missing, "missing"), (wrong, "given wrong")) if n]
    head = f"claimtrack: new: {' and '.join(counts)} (on a terminal, new asks for what is missing):"
    return "\n".join([head, *(f"  {p.option}: {p.problem}" for p in problems)]) + "\n"
