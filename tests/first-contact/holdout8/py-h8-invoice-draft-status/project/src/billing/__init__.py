from .models import Invoice, LineItem
from .service import create_invoice, issue, pay

__all__ = ["Invoice", "LineItem", "create_invoice", "issue", "pay"]
