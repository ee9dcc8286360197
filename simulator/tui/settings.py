"""The player's settings (language, theme, typing delay), kept in the user's config folder."""

from __future__ import annotations

import json
import locale
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

THEMES = ("textual-dark", "textual-light", "ansi-dark", "ansi-light")
#: seconds per character of the debtor's line; 0 shows it at once
TYPING_DELAYS = {"off": 0.0, "normal": 0.02, "slow": 0.05}


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "ptpdojo"


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ptpdojo"


def system_language() -> str:
    """'zh' when the system locale is Chinese, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "zh" if code.startswith("zh") else "en"


@dataclass
class Settings:
    lang: str = ""
    theme: str = "textual-dark"
    typing: str = "off"

    def __post_init__(self) -> None:
        if self.lang not in ("zh", "en"):
            self.lang = system_language()
        if self.theme not in THEMES:
            self.theme = "textual-dark"
        if self.typing not in TYPING_DELAYS:
            self.typing = "off"

    @property
    def typing_delay(self) -> float:
        return TYPING_DELAYS[self.typing]

    @classmethod
    def load(cls) -> Settings:
        path = config_dir() / "settings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known and isinstance(v, str)})

    def save(self) -> None:
        path = config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
