"""Parcel tracking records and their JSON form."""
