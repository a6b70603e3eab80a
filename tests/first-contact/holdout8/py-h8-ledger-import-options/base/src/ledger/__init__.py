from .importer import Transaction, import_csv
from .summary import by_category

__all__ = ["Transaction", "import_csv", "by_category"]
