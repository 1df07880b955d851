import pytest as pt


@pt.mark.group(1)
def test_create_order():
    assert True


@pt.mark.group(1)
def test_cancel_order():
    assert True


@pt.mark.group(2)
class TestRefunds:
    def test_full_refund(self):
        assert True

    def test_partial_refund(self):
        assert True
