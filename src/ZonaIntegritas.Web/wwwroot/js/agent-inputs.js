// PRA1A/PRA1B panel (Agen Perubahan register): after the unit accepted or overrode the register's numbers,
// the server returns the panel with data-agent-apply='{"agen":4,"perubahan":5}'. This script copies those
// values into the worksheet's numeric inputs of the same question
// ([data-question-form="PRA1A"] input[data-key="agen"] ...) and fires "change" so the worksheet form saves them.
(() => {
    if (window.ziAgentInputs) {
        return;
    }
    window.ziAgentInputs = true;

    const apply = (panel) => {
        const raw = panel.getAttribute("data-agent-apply");
        if (!raw) {
            return;
        }
        panel.removeAttribute("data-agent-apply");
        const question = panel.getAttribute("data-question");
        const values = JSON.parse(raw);
        Object.entries(values).forEach(([key, value]) => {
            document.querySelectorAll(`form[data-question-form="${question}"] input[data-key="${key}"]`).forEach((input) => {
                if (input.closest("[data-agent-panel]")) {
                    return;
                }
                input.value = String(value);
                input.dispatchEvent(new Event("input", { bubbles: true }));
                input.dispatchEvent(new Event("change", { bubbles: true }));
            });
        });
    };

    document.addEventListener("htmx:load", (e) => {
        const root = e.detail && e.detail.elt;
        if (!root || !root.querySelectorAll) {
            return;
        }
        if (root.matches && root.matches("[data-agent-panel]")) {
            apply(root);
        }
        root.querySelectorAll("[data-agent-panel][data-agent-apply]").forEach(apply);
    });
})();
