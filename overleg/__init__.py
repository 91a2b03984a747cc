"""Overleg: local records of OOGO consultations on inclusive education and youth care."""

__version__ = "0.1.0"
