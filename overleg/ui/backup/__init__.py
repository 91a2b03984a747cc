"""Backups: the restore dialog."""
