"""Growth with the archive: each measure at N times the archive against its time at 1×.
Whole-archive work may grow linearly (t(N)/t(1) ≤ 1.125·N: ≤ 4.5 at 4×); a screen that
shows a page or one meeting should hardly grow (≤ 1.5 at any scale)."""

from benchmarks.harness import Result

LINEAR, FLAT = "linear", "flat"


def limit(kind: str | None, n: int) -> float | None:
    if kind == LINEAR:
        return 1.125 * n
    if kind == FLAT:
        return 1.5
    return None


def growth_table(by_scale: dict[int, list[Result]], kinds: dict[str, str | None]
                 ) -> tuple[str, list[str]]:
    """The table (measure, time at each scale, t(N)/t(1), limit, result) and the names of
    the measures that grew too much."""
    scales = sorted(by_scale)
    first = {r.name: r for r in by_scale[scales[0]]}
    header = ["measure", *[f"{n}x" for n in scales],
              *[f"t({n})/t(1)" for n in scales[1:]], "growth target", "result"]
    rows, missed = [], []
    for name, base in first.items():
        values = [next((r for r in by_scale[n] if r.name == name), None) for n in scales]
        medians = [v.median if v is not None else None for v in values]
        ratios = [m / base.median if m is not None and base.median else None
                  for m in medians[1:]]
        kind = kinds.get(name)
        limits = [limit(kind, n) for n in scales[1:]]
        if kind is None or any(r is None for r in ratios):
            verdict = "—" if kind is None else "not available"
        elif all(r <= lim for r, lim in zip(ratios, limits, strict=True)):  # type: ignore[operator]
            verdict = "pass"
        else:
            verdict = "FAIL"
            missed.append(name)
        target = "—" if kind is None else (
            "flat (≤ 1.5)" if kind == FLAT else f"linear (≤ {limits[-1]:g} at {scales[-1]}x)")
        rows.append([name, *[_ms(m, base.unit) for m in medians],
                     *[f"{r:.2f}" if r is not None else "—" for r in ratios], target, verdict])
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [_row(header, widths), line] + [_row(r, widths) for r in rows]
    return "\n".join(out), missed


def _ms(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def _row(cells, widths) -> str:
    return "|".join(f" {str(c):<{w}} " for c, w in zip(cells, widths, strict=True))
