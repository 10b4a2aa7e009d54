"""Intake: from a saved web page or a PDF to an archived source (its original, its text, its metadata)."""
