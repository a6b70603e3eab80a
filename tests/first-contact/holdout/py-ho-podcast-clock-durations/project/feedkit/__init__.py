"""Helpers for building podcast RSS feeds."""
