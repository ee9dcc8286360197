"""Loads YAML content with the file, line and column of every value, for exact error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Where:
    """A position in a content file; line and column count from 1."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class ContentError(Exception):
    """A problem in a content file, reported as `file:line:column: what to fix`."""

    def __init__(self, where: Where | str, message: str):
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")


class YDict(dict):
    """A mapping that remembers where it and each of its keys stand in the file."""

    where: Where
    key_where: dict[str, Where]

    def at(self, key: str) -> Where:
        return self.key_where.get(key, self.where)


class YList(list):
    where: Where


class YStr(str):
    where: Where


def where_of(value: Any, fallback: Where) -> Where:
    return getattr(value, "where", fallback)


def _make_loader(display_name: str) -> type:
    def mark(node: yaml.Node) -> Where:
        m = node.start_mark
        return Where(display_name, m.line + 1, m.column + 1)

    class Loader(_BaseLoader):  # type: ignore[misc, valid-type]
        pass

    def build_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> YDict:
        result = YDict()
        result.where = mark(node)
        result.key_where = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise ContentError(mark(key_node), f"keys must be text, not {key!r}")
            if key in result:
                raise ContentError(mark(key_node), f"the key '{key}' appears twice; keep one")
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_where[key] = mark(key_node)
        return result

    def build_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> YList:
        result = YList(loader.construct_object(child, deep=True) for child in node.value)
        result.where = mark(node)
        return result

    def build_str(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> YStr:
        result = YStr(loader.construct_scalar(node))
        result.where = mark(node)
        return result

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, build_mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, build_sequence)
    Loader.add_constructor("tag:yaml.org,2002:str", build_str)
    return Loader


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors become ContentError with line and column."""
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(Where(name, 1, 1), f"the file is not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise ContentError(name, f"cannot read the file: {exc.strerror}") from None
    try:
        return yaml.load(text, Loader=_make_loader(name))  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        m = exc.problem_mark or exc.context_mark
        where = Where(name, m.line + 1, m.column + 1) if m else Where(name, 1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise ContentError(where, f"YAML syntax: {problem}; check indentation and quoting") from None
    except yaml.YAMLError as exc:
        raise ContentError(Where(name, 1, 1), f"YAML error: {exc}") from None


def compile_patterns(parts: Any, where: Where, what: str, flags: int = 0) -> re.Pattern[str]:
    """One regular expression from a list of alternatives, with the bad one named on error."""
    try:
        return re.compile("|".join(f"(?:{p})" for p in parts), flags)
    except re.error as exc:
        raise ContentError(where, f"{what}: bad pattern: {exc.msg}") from None


def expect_keys(node: YDict, required: set[str], optional: set[str], what: str) -> None:
    """Reject unknown and missing keys in a mapping, naming the ones allowed."""
    if not isinstance(node, dict):
        raise ContentError(getattr(node, "where", "?"), f"{what} must be a mapping")
    allowed = required | optional
    for key in node:
        if key not in allowed:
            raise ContentError(
                node.at(key), f"unknown key '{key}' in {what}; allowed: {', '.join(sorted(allowed))}"
            )
    for key in sorted(required - set(node)):
        raise ContentError(node.where, f"{what} is missing the key '{key}'")
