// Small progressive enhancements shared by every page. Page-specific scripts live in their feature's view.
document.addEventListener("DOMContentLoaded", () => {
    // Pages that must not be left (the side-by-side review): evidence links open in a new tab.
    document.querySelectorAll("[data-links-new-tab] a[href^='/Evidence/']").forEach((a) => {
        a.target = "_blank";
        a.rel = "noopener";
    });
    document.querySelectorAll("[data-confirm]").forEach((el) => {
        el.addEventListener("click", (e) => {
            if (!window.confirm(el.getAttribute("data-confirm"))) {
                e.preventDefault();
            }
        });
    });
});
