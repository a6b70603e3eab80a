"""Parcel shipping rates."""
