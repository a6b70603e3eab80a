"""Delivery route planning for the depot vans."""
