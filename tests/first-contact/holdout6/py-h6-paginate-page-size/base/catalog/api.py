"""Request handlers of the catalogue API (framework glue kept out)."""
from __future__ import annotations

from catalog.paging import paginate


def list_products(products: list[dict], query: dict[str, str]) -> dict:
    """GET /products?page=2&per_page=50"""
    result = paginate(
        products,
        page=int(query.get("page", 1)),
        per_page=int(query.get("per_page", 20)),
    )
    return {
        "items": result.items,
        "page": result.number,
        "pages": result.total_pages,
        "next": result.has_next,
    }
