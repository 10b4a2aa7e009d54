"""The engine: the claim index (``index``) and what it compares (``compare``, ``plans``, ``passages``,
``anchoring``), the rules (``rules/``, one module per rule), the check (``check``) and its result (``results``),
the report model (``report``) and the diff of two revisions (``diff``). It reads as if nothing were cached: its
inputs come in ``check.CheckInputs`` with plain defaults."""
