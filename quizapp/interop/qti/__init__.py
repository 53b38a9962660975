"""QTI 3.0: export an exercise set as a content package, import packages or
single items (choice, text entry, extended text, hottext, match).

Pure: no Flask, no database.
"""

from .items import write_item
from .read import SUPPORTED_INTERACTIONS, parse_item, parse_package, parse_report
from .write import package_files, write_package

__all__ = [
    "SUPPORTED_INTERACTIONS",
    "package_files",
    "parse_item",
    "parse_package",
    "parse_report",
    "write_item",
    "write_package",
]
