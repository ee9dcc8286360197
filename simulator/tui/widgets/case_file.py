"""The case file as text: who owes what, since when, and what the collector may offer."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text

from simulator.engine.content import Content
from simulator.engine.render import Renderer


def case_file_text(content: Content, scenario_id: str, ui_lang: str, call_lang: str,
                   t: Callable[..., str]) -> Text:
    """Rendered in the interface language; names come in the call's language when the
    scenario has no text in the interface language."""
    sc = content.scenario(scenario_id)
    case = sc.case
    lang = ui_lang if ui_lang in sc.languages else call_lang
    render = Renderer(sc, lang, content.catalogs[lang])
    pack = content.packs[sc.rules]
    catalog = content.catalogs[ui_lang]
    out = Text()

    def row(label: str, value: str) -> None:
        out.append(f"{label}：" if ui_lang == "zh" else f"{label}: ", style="bold")
        out.append(value + "\n")

    def section(title: str) -> None:
        out.append("\n" + title + "\n", style="bold underline")

    out.append(sc.title.get(ui_lang, sc.title.get(call_lang, sc.id)) + "\n", style="bold")
    row(t("briefing.debtor"), case.debtor[lang].name)
    row(t("briefing.creditor"), case.creditor[lang])
    row(t("briefing.product"), case.product[lang])
    row(t("briefing.account"), case.account)
    row(t("briefing.balance"), render.money(case.balance))
    row(t("briefing.minimum"), render.money(case.minimum))
    row(t("briefing.overdue"), t("briefing.overdue_value", days=case.days_past_due, stage=case.stage))
    row(t("briefing.call_time"), f"{render.day(sc.call_date)} {sc.call_time.strftime('%H:%M')}")
    section(t("briefing.may_offer"))
    offers = [
        t("briefing.waiver_limit", amount=render.money(case.waiver_limit))
        if case.waiver_limit > 0 else t("briefing.no_waiver"),
        t("briefing.instalments", count=case.instalments) if case.instalments > 1
        else t("briefing.no_instalments"),
        t("briefing.ptp_window", days=case.ptp_window_days),
        t("briefing.required", what=t(f"briefing.required_{case.required}")),
    ]
    for item in offers:
        out.append(f"• {item}\n")
    section(t("briefing.rules", pack=pack.title.get(ui_lang, pack.id)))
    start, end = pack.hours
    out.append(t("briefing.hours", start=start.strftime("%H:%M"), end=end.strftime("%H:%M")) + "\n")
    out.append(t("briefing.legend") + "\n", style="dim")
    for rule in pack.rules.values():
        key = f"rules.{rule.id}.name"
        if catalog.has(key):
            mark = "✖ " if rule.hard else "• "
            out.append(mark + catalog.say(key) + "\n", style="red" if rule.hard else "")
    objectives = sc.objectives.get(ui_lang) or sc.objectives.get(call_lang) or ()
    if objectives:
        section(t("briefing.objectives"))
        for goal in objectives:
            out.append(f"• {goal}\n")
    return out
