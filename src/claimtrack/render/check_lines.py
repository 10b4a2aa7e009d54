"""What `claimtrack check` prints: validation problems and open findings, one per line, then a summary."""

from __future__ import annotations

from claimtrack.engine.results import CheckResult
from claimtrack.model.findings import State
from claimtrack.model.wording import plural
from claimtrack.render.escape import one_line


def render_check_text(result: CheckResult, show_all: bool = False) -> str:
    lines = [one_line(f"{d.location()}: {d.code} {d.message}") for d in result.validation.diagnostics]
    for f in result.findings:
        if show_all or f.state is State.OPEN:
            tag = "" if f.state is State.OPEN else " [acknowledged]"
            lines.append(one_line(f"{f.location()}: {f.code} [{f.severity}] {f.message}{tag}"))
    errors = result.validation.errors
    open_count = result.count(state=State.OPEN)
    acknowledged = result.count(state=State.ACKNOWLEDGED)
    summary = (
        f"{result.open_errors} open error(s), {open_count - result.open_errors} open warning(s) or note(s), "
        f"{acknowledged} acknowledged finding(s)"
    )
    if errors:
        summary = f"{errors} validation error(s); " + summary
    lines.append(
        f"{'FAILED' if not result.success else 'passed'}: {plural(result.claim_count, 'claim')} checked; {summary}"
    )
    if acknowledged and not show_all:
        lines.append("acknowledged findings are listed by 'claimtrack report' (or 'claimtrack check --all')")
    return "\n".join(lines) + "\n"
