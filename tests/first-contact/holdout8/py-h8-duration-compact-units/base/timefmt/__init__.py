from .duration import eta_message, humanize

__all__ = ["humanize", "eta_message"]
