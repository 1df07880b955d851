"""pytest-group-matrix: run one group of a test suite split into parallel CI jobs by group-matrix."""

from .info import GroupMatrixInfo

__all__ = ["GroupMatrixInfo", "__version__"]
__version__ = "0.1.0"
