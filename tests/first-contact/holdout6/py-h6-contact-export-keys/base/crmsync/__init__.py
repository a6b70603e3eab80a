"""Push shop customers to the CRM."""
