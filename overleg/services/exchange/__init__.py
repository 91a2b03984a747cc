"""Exchange packages: records of a meeting, a body or everything, sent to the other party
or a colleague and read back through the one import path (check -> compare -> apply), with
every difference shown per record and field before anything changes."""
