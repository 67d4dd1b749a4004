// Small progressive enhancements shared by every page. Page-specific scripts live in their feature's view.
document.addEventListener("DOMContentLoaded", () => {
    // Pages that must not be left (the side-by-side review): evidence links open in a new tab.
    document.querySelectorAll("[data-links-new-tab] a[href^='/eviden/']").forEach((a) => {
        a.target = "_blank";
        a.rel = "noopener";
    });
    // Behaviour that used to sit in on* attributes (the Content-Security-Policy allows no inline script).
    document.querySelectorAll("[data-print]").forEach((el) => el.addEventListener("click", () => window.print()));
    document.querySelectorAll("select[data-autosubmit]").forEach((el) => el.addEventListener("change", () => el.form?.requestSubmit()));
    document.querySelectorAll("[data-history-back]").forEach((el) => el.addEventListener("click", (e) => {
        e.preventDefault();
        history.back();
    }));
    document.querySelectorAll("[data-confirm]").forEach((el) => {
        el.addEventListener("click", (e) => {
            if (!window.confirm(el.getAttribute("data-confirm"))) {
                e.preventDefault();
            }
        });
    });
});
