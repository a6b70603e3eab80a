from .render import TableOptions, render_table

__all__ = ["TableOptions", "render_table"]
