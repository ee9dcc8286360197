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
        return self.catalog.say("terms.date", month=day.month, month_name=months[day.month - 1],
                                day=day.day, weekday=weekdays[day.weekday()])

    def channel(self, channel: str | None) -> str:
        return self.catalog.say(f"terms.channels.{channel}") if channel else ""

    # -- placeholders
    def values(self, ctx: GuardContext) -> dict[str, str]:
        own_date = ctx.today + timedelta(days=ctx.pay_in_days)
        offer, promise = ctx.offer, ctx.promise
        # Before a promise exists, {promise.*} shows the offer on the table, else the
        # debtor's own plan, so a line never has a hole in it.
        p_amount = promise.amount if promise else (offer.amount if offer.amount is not None else ctx.can_pay)
        p_date = promise.date if promise else (offer.date or own_date)
        p_channel = promise.channel if promise else (offer.channel or ctx.truth_channel)
        return {
            **self.fixed,
            "today": self.day(ctx.today),
            "truth.can_pay": self.money(ctx.can_pay),
            "truth.pay_date": self.day(own_date, ctx.today),
            "truth.channel": self.channel(ctx.truth_channel),
            "offer.amount": self.money(offer.amount if offer.amount is not None else ctx.can_pay),
            "offer.date": self.day(offer.date or own_date, ctx.today),
            "offer.channel": self.channel(offer.channel or ctx.truth_channel),
            "promise.amount": self.money(p_amount),
            "promise.date": self.day(p_date, ctx.today),
            "promise.channel": self.channel(p_channel),
        }

    def render(self, text: str, ctx: GuardContext | None = None) -> str:
        if "{" not in text:
            return text
        values = self.values(ctx) if ctx is not None else self.fixed
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
