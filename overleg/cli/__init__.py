"""The `overleg` command: starts the app, or runs one command on a database file."""
