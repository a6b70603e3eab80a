import pytest

from shopconf.settings import MissingSetting, load_settings


def test_defaults(monkeypatch):
    monkeypatch.delenv("SHOP_DEBUG", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = load_settings()
    assert settings.debug is True
    assert settings.database_url == "sqlite:///shop.db"
    assert settings.page_size == 20


def test_page_size_override(monkeypatch):
    monkeypatch.setenv("SHOP_PAGE_SIZE", "50")
    assert load_settings().page_size == 50


def test_debug_flag_spellings():
    assert load_settings({"SHOP_DEBUG": "off"}).debug is False
    assert load_settings({"SHOP_DEBUG": "Yes"}).debug is True


def test_production_profile_needs_a_database():
    with pytest.raises(MissingSetting, match="DATABASE_URL"):
        load_settings({"APP_ENV": "production"})
    settings = load_settings({"APP_ENV": "production", "DATABASE_URL": "postgresql://db/shop"})
    assert settings.debug is False
    assert settings.page_size == 50


def test_unknown_profile():
    with pytest.raises(ValueError, match="unknown APP_ENV 'staging'"):
        load_settings({"APP_ENV": "staging"})
