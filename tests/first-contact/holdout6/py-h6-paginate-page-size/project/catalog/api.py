"""Request handlers of the catalogue API (framework glue kept out)."""
from __future__ import annotations

from catalog.paging import paginate


def list_products(products: list[dict], query: dict[str, str]) -> dict:
    """GET /products?page=2&page_size=50

    ``page_size`` follows the naming of our public API guidelines (the
    mobile app and the search service already send it).
    """
    result = paginate(
        products,
        page=int(query.get("page", 1)),
        page_size=int(query.get("page_size", 20)),
    )
    return {
        "items": result.items,
        "page": result.number,
        "pages": result.total_pages,
        "next": result.has_next,
    }
