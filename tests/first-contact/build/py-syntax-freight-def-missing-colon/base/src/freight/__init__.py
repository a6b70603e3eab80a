"""Parcel shipping prices."""
