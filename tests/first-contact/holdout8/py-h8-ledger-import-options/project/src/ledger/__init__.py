from .importer import ImportOptions, Transaction, import_csv
from .summary import by_category

__all__ = ["ImportOptions", "Transaction", "import_csv", "by_category"]
