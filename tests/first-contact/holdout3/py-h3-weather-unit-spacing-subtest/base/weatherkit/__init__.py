"""Helpers for the station dashboard."""
