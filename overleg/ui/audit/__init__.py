"""The audit trail of a record."""
