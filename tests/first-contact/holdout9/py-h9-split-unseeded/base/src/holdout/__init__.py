"""Train/test splitting for small labelled data sets."""
from .split import Split, split_rows

__all__ = ["Split", "split_rows"]
