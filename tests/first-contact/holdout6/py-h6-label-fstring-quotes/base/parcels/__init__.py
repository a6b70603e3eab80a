"""Parcel labels for the shipping printer."""
