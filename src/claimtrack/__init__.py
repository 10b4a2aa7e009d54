"""claimtrack: a fact-checking claim tracker for claims kept as YAML files in git."""

from __future__ import annotations

__version__ = "0.1.0"
