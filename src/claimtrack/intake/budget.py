"""The extraction budget: what reading one saved page or PDF may cost, whatever the file holds.

A page or a PDF comes from anywhere, and the libraries that read them take time and memory that can grow
faster than the file (a page of many short paragraphs, a PDF whose pages all show one large content stream,
a compression bomb). Each extraction runs within a budget of limits (SECURITY.md lists them): the file's
bytes, the pages of a PDF, the elements of a page, the text produced (what the next ``check`` reads), and
the seconds spent. Past any of them the file is refused with a one-line reason, never a traceback.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from claimtrack.intake.extraction import ExtractionError
from claimtrack.repository.limits import limit


class _OutOfTime(BaseException):
    """Raised by the alarm inside a library's code: a BaseException, so no ``except Exception`` there
    swallows it."""


@dataclass(frozen=True)
class Budget:
    seconds: int
    pages: int
    elements: int
    text_bytes: int

    @classmethod
    def from_limits(cls) -> Budget:
        return cls(
            seconds=limit("max_extract_seconds"),
            pages=limit("max_pdf_pages"),
            elements=limit("max_html_elements"),
            text_bytes=limit("max_text_bytes"),
        )


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _OutOfTime


@contextmanager
def _deadline(seconds: int) -> Iterator[float]:
    """Interrupt the block after ``seconds`` (an alarm signal, on the main thread where the OS has one);
    yields the time by which the block must end, which a loop can also check itself."""
    ends = time.monotonic() + seconds
    armed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not armed:
        yield ends
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield ends
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def within(budget: Budget, name: str) -> Iterator[float]:
    """Run an extraction of the file ``name`` within the budget's time; what no library should raise but a
    hostile file makes it raise (nesting past Python's recursion limit, memory) becomes an ExtractionError."""
    try:
        with _deadline(budget.seconds) as ends:
            yield ends
    except _OutOfTime:
        raise out_of_time(budget, name) from None
    except RecursionError:
        raise ExtractionError(f"{name} is nested too deeply to read") from None
    except MemoryError:
        raise ExtractionError(f"{name} needs more memory to read than this process has") from None


def out_of_time(budget: Budget, name: str) -> ExtractionError:
    return ExtractionError(
        f"{name}: extracting its text took longer than {budget.seconds} seconds (CLAIMTRACK_MAX_EXTRACT_SECONDS)"
    )


def check_text(budget: Budget, name: str, text: str) -> None:
    """Refuse text the next ``check`` would refuse as larger than ``max_text_bytes``."""
    size = len(text.encode("utf-8"))
    if size > budget.text_bytes:
        raise ExtractionError(
            f"{name}: its text is {size} bytes, more than the limit of {budget.text_bytes} (CLAIMTRACK_MAX_TEXT_BYTES)"
        )
