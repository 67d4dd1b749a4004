// Small progressive enhancements shared by every page. Page-specific scripts live in their feature's view.
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-confirm]").forEach((el) => {
        el.addEventListener("click", (e) => {
            if (!window.confirm(el.getAttribute("data-confirm"))) {
                e.preventDefault();
            }
        });
    });
});
