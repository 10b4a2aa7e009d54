"""Everything claimtrack keeps between runs to be fast, behind one door.

The domain (models, parsing, validation, the workspace, the index, the rules, the reports) never
imports this package; it takes what it needs as a plain function or a small protocol with a direct
default. This package supplies the fast versions: parses kept by content, quote anchors kept by
text and quote, a fingerprint of the repository with trusted file statuses, the reuse of the last
check's result and the incremental re-check of a few changed claim files.
"""
