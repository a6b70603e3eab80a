"""Snapshot retention for nightly backups."""
