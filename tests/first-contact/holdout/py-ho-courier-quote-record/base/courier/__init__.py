"""Parcel rate quotes for the courier desk."""
