"""Invoices for the consulting business."""
