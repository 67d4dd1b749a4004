// LKE worksheet: shows the percentage of a percentage question while its numbers are typed (the server
// recomputes and stores the value on change). Mirrors LkeScorer.PercentageValue.
(function () {
    const fmt = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

    function read(box, key) {
        const input = box.querySelector(`[data-key="${key}"]`);
        if (!input || input.value.trim() === "") return null;
        const n = Number(input.value);
        return Number.isInteger(n) && n >= 0 ? n : null;
    }

    function ratio(box) {
        const num = read(box, box.dataset.num);
        const den = read(box, box.dataset.den);
        if (num === null || den === null) return null;
        if (den === 0) {
            switch (box.dataset.zero) {
                case "One": return 1;
                case "OneIfNumeratorZero": return num === 0 ? 1 : 0;
                default: return 0;
            }
        }
        const r = box.dataset.formula === "Decrease" ? (den - num) / den : num / den;
        return Math.min(1, Math.max(0, r));
    }

    function update(box) {
        const out = box.querySelector("[data-pct-out]");
        const r = ratio(box);
        out.textContent = r === null ? "– (lengkapi semua isian)" : fmt.format(r * 100) + " %";
    }

    document.addEventListener("input", (e) => {
        const box = e.target.closest("[data-pct]");
        if (box) update(box);
    });

    // After a save the inputs the user kept typing in are preserved; show their percentage, not the saved one.
    document.addEventListener("htmx:afterSettle", (e) => {
        const root = e.detail && e.detail.elt;
        if (root && root.querySelectorAll) root.querySelectorAll("[data-pct]").forEach(update);
    });
})();
