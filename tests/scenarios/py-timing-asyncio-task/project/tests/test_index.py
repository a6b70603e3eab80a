import asyncio

from search.index import DocumentStore, SearchIndex


def test_rebuild_runs_in_the_background():
    store = DocumentStore({"a": "Red fox", "b": "red hen", "c": "blue jay"})
    index = SearchIndex()

    async def scenario():
        rebuild = asyncio.create_task(index.rebuild(store))
        await asyncio.sleep(0.01)
        assert index.lookup("red") == ["a", "b"]
        assert index.lookup("jay") == ["c"]

    asyncio.run(scenario())


def test_lookup_of_unknown_word_is_empty():
    assert SearchIndex().lookup("owl") == []
