"""Pieces every screen uses: spacing, Dutch dates on screen, error reporting."""
