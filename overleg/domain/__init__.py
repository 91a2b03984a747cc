"""Pure-Python model of the consultations: records, enums and the rules between them.

Nothing here knows about SQLite, Qt or Word.
"""
