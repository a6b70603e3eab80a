from .models import Invoice, LineItem
from .service import create_invoice, pay

__all__ = ["Invoice", "LineItem", "create_invoice", "pay"]
