"""Reading lists made elsewhere (an Excel action list) into domain values: pure parsing,
no database. The services decide what becomes a record."""
