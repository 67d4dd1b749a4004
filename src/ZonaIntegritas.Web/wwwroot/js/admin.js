// Administration pages: temporary-password choice and copy button.
document.addEventListener("DOMContentLoaded", () => {
    const manual = document.querySelector("[data-password-manual]");
    document.querySelectorAll("[data-password-choice]").forEach((radio) => {
        radio.addEventListener("change", () => {
            if (manual) {
                manual.classList.toggle("d-none", radio.value !== "Manual" || !radio.checked);
            }
        });
    });
    document.querySelectorAll("[data-copy-target]").forEach((button) => {
        button.addEventListener("click", async () => {
            const target = document.querySelector(button.getAttribute("data-copy-target"));
            if (!target || !navigator.clipboard) {
                return;
            }
            await navigator.clipboard.writeText(target.textContent.trim());
            button.innerHTML = '<i class="bi bi-check2"></i> Tersalin';
        });
    });
});
