"""Overleg: local records of OOGO consultations on inclusive education and youth care."""

from overleg import compiled_code

__version__ = "0.1.0"

compiled_code.install()  # before any module of Overleg defines its dataclasses
