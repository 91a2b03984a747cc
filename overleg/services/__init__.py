"""Use cases of the application: each public method is one user action, done in one
transaction, checked against the domain rules. The UI and the command line call these,
never the repositories."""
