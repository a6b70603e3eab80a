"""Contact records for the CRM sync."""
