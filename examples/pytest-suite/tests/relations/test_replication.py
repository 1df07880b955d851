import pytest
from pytest import mark


@mark.group("primary")
class TestFailover:
    def test_promote(self):
        assert True

    @mark.group("replica")
    def test_catch_up(self):
        assert True


@pytest.mark.parametrize(
    "region",
    [
        pytest.param("eu", marks=mark.group("primary")),
        pytest.param("us", marks=mark.group("replica")),
    ],
)
def test_cross_region(region):
    assert region


def test_checksum():
    # no group: runs in this file's ungrouped job, never dropped
    assert True
