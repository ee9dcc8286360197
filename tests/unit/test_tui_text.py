"""The interface catalogs load and hold the same keys and placeholders in both languages."""

import re

from simulator.tui.text import catalog, keys, lookup


def test_catalogs_match():
    assert keys("zh") == keys("en")
    field = re.compile(r"\{([a-z_]+)\}")
    for key in keys("zh"):
        zh, en = lookup("zh", key), lookup("en", key)
        assert set(field.findall(str(zh))) == set(field.findall(str(en))), key


def test_catalogs_have_no_empty_text():
    for lang in ("zh", "en"):
        assert catalog(lang)
        for key in keys(lang):
            assert str(lookup(lang, key)).strip(), f"{lang}: {key}"
