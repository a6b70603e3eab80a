"""Buy-now-pay-later installment plans."""
