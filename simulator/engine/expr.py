"""A small, safe expression language for persona guards: parsed and type-checked at load.

Guards such as `trust >= 60 and not reply.insult` are tokenised and parsed by hand into a
tree of Python closures; nothing is ever passed to eval/exec. Every name must be declared
by the caller (meters, flags, case facts...), so a typo is a load error with the exact
file, line and column of the offending token.

Grammar (lowest precedence first):
    expr    := and ('or' and)*
    and     := not ('and' not)*
    not     := 'not' not | compare
    compare := sum (('==' | '!=' | '<' | '<=' | '>' | '>=') sum)?
    sum     := product (('+' | '-') product)*
    product := unary (('*' | '/') unary)*
    unary   := '-' unary | atom
    atom    := NUMBER | 'text' | "text" | true | false | NAME | '(' expr ')'
    NAME    := word ('.' word)*      e.g. trust, reply.empathize, case.balance

A name may have no value yet (no amount offered): arithmetic on it gives no value, any
comparison with it is false, and on its own it counts as false.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from simulator.yamlfile import ContentError, Where

NUM, BOOL, STR = "number", "true/false", "text"

#: An accessor reads one value out of the evaluation context.
Accessor = Callable[[Any], Any]


@dataclass(frozen=True)
class NameInfo:
    """What a name in a guard means: its type, how to read it, and (for text) allowed values."""

    type: str
    read: Accessor
    #: for text names with a closed set of values (channels): the values a literal may take
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expr:
    """A compiled guard: call `evaluate(ctx)`; `source` keeps the original text."""

    source: str
    type: str
    evaluate: Callable[[Any], Any]
    names: frozenset[str]


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>\d+(?:\.\d+)?)
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
      | (?P<op>==|!=|<=|>=|<|>|\+|-|\*|/|\(|\))
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "true", "false"}


@dataclass(frozen=True)
class _Token:
    kind: str  # number, string, name, op, keyword, end
    text: str
    offset: int


@dataclass(frozen=True)
class _Node:
    type: str
    fn: Callable[[Any], Any]
    offset: int
    names: frozenset[str]
    #: the literal value when the node is a constant (used to check channel literals)
    literal: Any = None
    #: the allowed values of a text name, carried up for literal checks
    choices: tuple[str, ...] = ()


class _Parser:
    def __init__(self, text: str, names: dict[str, NameInfo], where: Where, what: str):
        self.text = text
        self.names = names
        self.where = where
        self.what = what
        self.tokens = self._tokenise()
        self.pos = 0

    # -- errors point at the token that is wrong
    def fail(self, offset: int, message: str) -> ContentError:
        where = Where(self.where.file, self.where.line, self.where.column + offset)
        return ContentError(where, f"{self.what}: {message} (in `{self.text}`)")

    def _tokenise(self) -> list[_Token]:
        tokens, pos, text = [], 0, self.text
        while pos < len(text):
            if text[pos:].strip() == "":
                break
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                bad = pos + len(text[pos:]) - len(text[pos:].lstrip())
                raise self.fail(bad, f"unexpected character {text[bad]!r}")
            kind = m.lastgroup or "op"
            start = m.start(kind)
            value = m.group(kind)
            if kind == "name" and value in _KEYWORDS:
                kind = "keyword"
            tokens.append(_Token(kind, value, start))
            pos = m.end()
        tokens.append(_Token("end", "", len(text)))
        return tokens

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def accept(self, *texts: str) -> _Token | None:
        token = self.peek()
        if token.kind in ("op", "keyword") and token.text in texts:
            self.pos += 1
            return token
        return None

    # -- grammar
    def parse(self) -> _Node:
        if self.peek().kind == "end":
            raise self.fail(0, "the expression is empty")
        node = self.parse_or()
        token = self.peek()
        if token.kind != "end":
            raise self.fail(token.offset, f"unexpected `{token.text}`; expected and, or, or an operator")
        return node

    def parse_or(self) -> _Node:
        node = self.parse_and()
        while self.accept("or"):
            right = self.parse_and()
            node = _logic(node, right, "or")
        return node

    def parse_and(self) -> _Node:
        node = self.parse_not()
        while self.accept("and"):
            right = self.parse_not()
            node = _logic(node, right, "and")
        return node

    def parse_not(self) -> _Node:
        token = self.accept("not")
        if token:
            inner = self.parse_not()
            fn = inner.fn
            return _Node(BOOL, lambda c: not fn(c), token.offset, inner.names)
        return self.parse_compare()

    def parse_compare(self) -> _Node:
        left = self.parse_sum()
        token = self.accept("==", "!=", "<", "<=", ">", ">=")
        if not token:
            return left
        right = self.parse_sum()
        op = token.text
        if op in ("==", "!="):
            if left.type != right.type:
                raise self.fail(token.offset, f"cannot compare {left.type} with {right.type} using {op}")
            self._check_choice(left, right)
            self._check_choice(right, left)
        elif left.type != NUM or right.type != NUM:
            raise self.fail(token.offset, f"{op} compares numbers, not {left.type} and {right.type}")
        return _Node(BOOL, _comparison(left.fn, right.fn, op), left.offset, left.names | right.names)

    def _check_choice(self, name_side: _Node, literal_side: _Node) -> None:
        if name_side.choices and isinstance(literal_side.literal, str):
            if literal_side.literal not in name_side.choices:
                raise self.fail(
                    literal_side.offset,
                    f"'{literal_side.literal}' is not a possible value; use one of "
                    + ", ".join(name_side.choices),
                )

    def parse_sum(self) -> _Node:
        node = self.parse_product()
        while True:
            token = self.accept("+", "-")
            if not token:
                return node
            node = self._arith(node, self.parse_product(), token)

    def parse_product(self) -> _Node:
        node = self.parse_unary()
        while True:
            token = self.accept("*", "/")
            if not token:
                return node
            node = self._arith(node, self.parse_unary(), token)

    def _arith(self, left: _Node, right: _Node, token: _Token) -> _Node:
        if left.type != NUM or right.type != NUM:
            raise self.fail(token.offset, f"{token.text} works on numbers, not {left.type} and {right.type}")
        return _Node(NUM, _arithmetic(left.fn, right.fn, token.text), left.offset,
                     left.names | right.names)

    def parse_unary(self) -> _Node:
        token = self.accept("-")
        if token:
            inner = self.parse_unary()
            if inner.type != NUM:
                raise self.fail(token.offset, f"- works on numbers, not {inner.type}")
            fn = inner.fn
            return _Node(NUM, lambda c: None if (v := fn(c)) is None else -v, token.offset,
                         inner.names)
        return self.parse_atom()

    def parse_atom(self) -> _Node:
        token = self.take()
        if token.kind == "number":
            value = float(token.text) if "." in token.text else int(token.text)
            return _Node(NUM, lambda c: value, token.offset, frozenset(), literal=value)
        if token.kind == "string":
            value = token.text[1:-1]
            return _Node(STR, lambda c: value, token.offset, frozenset(), literal=value)
        if token.kind == "keyword" and token.text in ("true", "false"):
            flag = token.text == "true"
            return _Node(BOOL, lambda c: flag, token.offset, frozenset(), literal=flag)
        if token.kind == "name":
            info = self.names.get(token.text)
            if info is None:
                raise self.fail(token.offset, _unknown_name(token.text, self.names))
            return _Node(info.type, info.read, token.offset, frozenset({token.text}),
                         choices=info.choices)
        if token.kind == "op" and token.text == "(":
            node = self.parse_or()
            if not self.accept(")"):
                bad = self.peek()
                raise self.fail(bad.offset, "missing `)`")
            return node
        if token.kind == "end":
            raise self.fail(token.offset, "the expression ends too early; a value is missing")
        raise self.fail(token.offset, f"unexpected `{token.text}`; expected a number, a name or (")


_COMPARE = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def _comparison(lf: Callable, rf: Callable, op: str) -> Callable[[Any], bool]:
    compare = _COMPARE[op]

    def fn(c: Any) -> bool:
        a, b = lf(c), rf(c)
        # A missing value (no amount named yet...) makes every comparison false.
        if a is None or b is None:
            return False
        return compare(a, b)

    return fn


def _arithmetic(lf: Callable, rf: Callable, op: str) -> Callable[[Any], Any]:
    def fn(c: Any) -> Any:
        a, b = lf(c), rf(c)
        if a is None or b is None:
            return None
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        return a / b if b else None  # dividing by zero is unknown, never a crash

    return fn


def _logic(left: _Node, right: _Node, op: str) -> _Node:
    lf, rf = left.fn, right.fn
    if op == "and":
        fn = lambda c: bool(lf(c)) and bool(rf(c))  # noqa: E731
    else:
        fn = lambda c: bool(lf(c)) or bool(rf(c))  # noqa: E731
    return _Node(BOOL, fn, left.offset, left.names | right.names)


def _unknown_name(name: str, names: dict[str, NameInfo]) -> str:
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    if close:
        return f"unknown name '{name}'; did you mean {' or '.join(close)}?"
    head = name.split(".")[0]
    family = sorted(n for n in names if n.split(".")[0] == head)
    if family:
        shown = ", ".join(family[:12]) + (", ..." if len(family) > 12 else "")
        return f"unknown name '{name}'; known names here: {shown}"
    prefixes = sorted({n.split(".")[0] + ("." if "." in n else "") for n in names})
    return f"unknown name '{name}'; names start with: {', '.join(prefixes)}"


def compile_expr(
    text: str, names: dict[str, NameInfo], where: Where, what: str = "guard",
    want: tuple[str, ...] = (BOOL, NUM),
) -> Expr:
    """Parse and type-check `text`; `where` is where the text starts in its file."""
    parser = _Parser(text, names, where, what)
    node = parser.parse()
    if node.type not in want:
        raise parser.fail(0, f"the expression gives {node.type}; expected {' or '.join(want)}")
    return Expr(source=text, type=node.type, evaluate=node.fn, names=node.names)
