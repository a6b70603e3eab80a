import pytest

from netcfg import ConfigError, ListenAddress, parse_listen


class TestParseListen:
    def test_host_and_port(self):
        assert parse_listen("0.0.0.0:8080") == ListenAddress("0.0.0.0", 8080)

    def test_port_only_uses_default_host(self):
        assert parse_listen("9000") == ListenAddress("127.0.0.1", 9000)
        assert parse_listen(":9000", default_host="::1") == ListenAddress("::1", 9000)

    def test_ipv6(self):
        addr = parse_listen("[::1]:443")
        assert addr == ListenAddress("::1", 443)
        assert str(addr) == "[::1]:443"


class TestErrors:
    def test_port_zero(self):
        with pytest.raises(ConfigError, match="port out of range: 0"):
            parse_listen("localhost:0")

    def test_port_too_large(self):
        with pytest.raises(ConfigError, match=r"port out of range: 70000"):
            parse_listen("70000")

    def test_not_a_number(self):
        with pytest.raises(ConfigError, match="port is not a number: 'http'"):
            parse_listen("localhost:http")

    def test_unclosed_bracket(self):
        with pytest.raises(ConfigError, match="malformed IPv6"):
            parse_listen("[::1:80")
