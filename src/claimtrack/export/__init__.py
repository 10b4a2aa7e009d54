"""Exports of a checked repository to formats other tools read: SQLite and schema.org ClaimReview."""
