import pytest

from playlist import Playlist


class TestPlaylist:
    def test_empty_playlist_lasts_zero(self):
        assert Playlist("quiet").duration == 0

    def test_duration_sums_tracks(self):
        pl = Playlist("run").append("Intro", 95).append("Tempo", 240).append("Intro", 95)
        assert pl.duration == 430
        assert pl.titles() == ["Intro", "Tempo", "Intro"]

    def test_rejects_zero_length(self):
        with pytest.raises(ValueError):
            Playlist("x").append("silence", 0)
