"""Small geodesy helpers used by the delivery planner."""
