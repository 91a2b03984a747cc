"""Importing an existing action list: the dialog that maps columns and previews rows."""
