"""Integration tests against a real database, split in two groups by hand."""
import pytest

pytestmark = pytest.mark.group(1)


def test_connect():
    assert True


def test_migrate():
    assert True


@pytest.mark.group(2)
def test_bulk_load():
    """A slow one; @pytest.mark.group(9) in a docstring is not a marker."""
    assert True


@pytest.mark.group(2)
@pytest.mark.parametrize("rows", [10, 1_000, 100_000])
def test_bulk_sizes(rows):
    assert rows > 0
