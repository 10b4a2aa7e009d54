"""The data model: the pydantic models of the files (``claims``, ``sources``, ``vocabulary``, ``quantities``), which
are the single source of truth for file formats and schemas, and the plain values every stage shares: partial dates,
diagnostics and their codes, findings and the words of messages.

This package imports nothing on its own, so that a light value (a diagnostic, a finding) is had without pydantic.
"""
