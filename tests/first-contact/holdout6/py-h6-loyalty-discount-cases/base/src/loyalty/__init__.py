"""Loyalty discounts."""
from .discounts import discount_rate, discounted_total, tier_name

__all__ = ["discount_rate", "discounted_total", "tier_name"]
