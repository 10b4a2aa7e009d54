"""Renderers: pure functions from a result to the text the CLI writes."""
