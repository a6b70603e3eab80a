"""Craft marketplace back office."""
