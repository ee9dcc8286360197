"""Fills persona text placeholders ({promise.amount}, {debtor_short}...) for one call.

Amounts, dates and channel names are written the way the call's language writes them,
using the forms in the text catalog (scoring/text/<lang>.yaml, section `terms`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from scoring.text import Catalog
from simulator.engine.context import GuardContext
from simulator.engine.scenario import Scenario

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class Renderer:
    """Renders text for one call: scenario facts, the debtor's truth, the offer and promise."""

    def __init__(self, scenario: Scenario, lang: str, catalog: Catalog):
        self.scenario = scenario
        self.lang = lang
        self.catalog = catalog
        case = scenario.case
        self.fixed = {
            "debtor": case.debtor[lang].name,
            "debtor_short": case.debtor[lang].address,
            "creditor": case.creditor[lang],
            "product": case.product[lang],
            "case.balance": self.money(case.balance),
            "case.minimum": self.money(case.minimum),
            "case.required": self.money(case.required_amount),
            "case.days_past_due": str(case.days_past_due),
            "case.stage": case.stage,
            "case.account": case.account,
            "case.waiver_limit": self.money(case.waiver_limit),
            # the sentence the rule pack requires before the debt is discussed (us), or ""
            "disclosure": catalog.say(f"packs.{scenario.rules}.disclosure"),
        }
        for pid, names in case.people.items():
            self.fixed[f"people.{pid}"] = names[lang]

    # -- how values are written
    def money(self, amount: float | None) -> str:
        if amount is None:
            return ""
        whole = abs(amount - round(amount)) < 0.005
        if self.lang == "en":
            number = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
        else:
            number = f"{amount:.0f}" if whole else f"{amount:.2f}"
        return self.catalog.say(f"terms.money.{self.scenario.case.currency}", amount=number)

    def day(self, day: date | None, today: date | None = None) -> str:
        """A date as people say it: "today", "tomorrow", or weekday and date."""
        if day is None:
            return ""
        if today is not None and day == today:
            return self.catalog.say("terms.today")
        if today is not None and day == today + timedelta(days=1):
            return self.catalog.say("terms.tomorrow")
        months = self.catalog.items("terms.months")
        weekdays = self.catalog.items("terms.weekdays")
        # On a form the full date; in a debtor's mouth a date this week or next is said the
        # way people say it ("周四26号"), further ones without the weekday.
        if today is None:
            return self.catalog.say("terms.date", month_name=months[day.month - 1], day=day.day,
                                    weekday=weekdays[day.weekday()])
        key = "terms.spoken_date_near" if 0 < (day - today).days <= 7 else "terms.spoken_date_far"
        said = _ordinal(day.day) if self.lang == "en" else day.day
        return self.catalog.say(key, month_name=months[day.month - 1], day=said,
                                weekday=weekdays[day.weekday()])

    def channel(self, channel: str | None) -> str:
        return self.catalog.say(f"terms.channels.{channel}") if channel else ""

    # -- placeholders
    def value(self, name: str, ctx: GuardContext) -> str | None:
        """The text of one call-dependent placeholder, computed only when a line uses it."""
        own_date = ctx.today + timedelta(days=ctx.pay_in_days)
        offer, promise = ctx.offer, ctx.promise
        if name == "today":
            return self.day(ctx.today)
        if name.startswith("truth."):
            field = name[6:]
            if field == "can_pay":
                return self.money(ctx.can_pay)
            if field == "pay_date":
                return self.day(own_date, ctx.today)
            return self.channel(ctx.truth_channel) if field == "channel" else None
        if name.startswith("offer."):
            terms = (offer.amount if offer.amount is not None else ctx.can_pay, offer.date or own_date,
                     offer.channel or ctx.truth_channel)
        elif name.startswith("promise."):
            # Before a promise exists, {promise.*} shows the offer on the table, else the
            # debtor's own plan, so a line never has a hole in it.
            if promise is not None:
                terms = (promise.amount, promise.date, promise.channel)
            else:
                terms = (offer.amount if offer.amount is not None else ctx.can_pay, offer.date or own_date,
                         offer.channel or ctx.truth_channel)
        else:
            return None
        field = name.split(".", 1)[1]
        if field == "amount":
            return self.money(terms[0])
        if field == "date":
            return self.day(terms[1], ctx.today)
        return self.channel(terms[2]) if field == "channel" else None

    def render(self, text: str, ctx: GuardContext | None = None) -> str:
        if "{" not in text:
            return text
        fixed = self.fixed

        def fill(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in fixed:
                return fixed[name]
            found = self.value(name, ctx) if ctx is not None else None
            return m.group(0) if found is None else found

        return _PLACEHOLDER.sub(fill, text)


def _ordinal(n: int) -> str:
    """26 -> "26th", 1 -> "1st", 12 -> "12th": how English says a day of the month."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
