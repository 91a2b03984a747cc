"""The example database: the Drechtsteden and Lelystad consultations of 2013 from the
source documents, written as a secretary would have recorded them."""

from overleg.services.demo.build import build_demo

__all__ = ["build_demo"]
