"""Writing the repository's files for a user: ``init`` (``new_repository`` and its ``starter/`` files), new
sources and claims (``new_files``, ``new_claim``, ``claim_answers``), reviews (``review``), the canonical layout
(``fmt``) and the vocabulary (``vocabulary_edit``, ``vocabulary_docs``). Every write is checked as ``validate``
would check the file, and atomic."""
