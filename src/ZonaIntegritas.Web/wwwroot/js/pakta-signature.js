// Signature pad for the Pakta Integritas signing page: draw with a finger, pen or mouse (pointer events),
// the drawing is posted as a PNG data URL in the hidden DrawnSignature field. The server accepts at most 200 KB.
(() => {
    "use strict";
    const canvas = document.querySelector("[data-signature-pad]");
    if (!canvas) {
        return;
    }
    const form = canvas.closest("form");
    const output = form.querySelector("input[name=DrawnSignature]");
    const status = form.querySelector("[data-signature-status]");
    const clearButton = form.querySelector("[data-signature-clear]");
    const ctx = canvas.getContext("2d");
    const maxExportWidth = 900;
    const maxBytes = 200 * 1024;
    let drawing = false;
    let hasInk = false;
    let last = null;

    function setupPen() {
        ctx.lineWidth = 2.4;
        ctx.lineCap = "round";
        ctx.lineJoin = "round";
        ctx.strokeStyle = "#0b2a6b";
        ctx.fillStyle = "#0b2a6b";
    }

    function resize() {
        const ratio = Math.min(window.devicePixelRatio || 1, 2);
        const rect = canvas.getBoundingClientRect();
        const previous = hasInk ? canvas.toDataURL("image/png") : null;
        canvas.width = Math.max(1, Math.round(rect.width * ratio));
        canvas.height = Math.max(1, Math.round(rect.height * ratio));
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        setupPen();
        if (previous) {
            const img = new Image();
            img.onload = () => ctx.drawImage(img, 0, 0, rect.width, rect.height);
            img.src = previous;
        }
    }

    function point(e) {
        const rect = canvas.getBoundingClientRect();
        return { x: e.clientX - rect.left, y: e.clientY - rect.top };
    }

    function updateStatus() {
        status.textContent = hasInk ? "Tanda tangan sudah digambar." : "Belum ada gambar tanda tangan.";
    }

    canvas.addEventListener("pointerdown", (e) => {
        drawing = true;
        canvas.setPointerCapture(e.pointerId);
        last = point(e);
        ctx.beginPath();
        ctx.arc(last.x, last.y, 1.2, 0, Math.PI * 2);
        ctx.fill();
        hasInk = true;
        e.preventDefault();
    });
    canvas.addEventListener("pointermove", (e) => {
        if (!drawing) {
            return;
        }
        const p = point(e);
        ctx.beginPath();
        ctx.moveTo(last.x, last.y);
        ctx.lineTo(p.x, p.y);
        ctx.stroke();
        last = p;
        e.preventDefault();
    });
    for (const type of ["pointerup", "pointercancel"]) {
        canvas.addEventListener(type, () => {
            if (drawing) {
                drawing = false;
                updateStatus();
            }
        });
    }

    clearButton.addEventListener("click", () => {
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.restore();
        hasInk = false;
        output.value = "";
        updateStatus();
    });

    function exportPng() {
        const scale = Math.min(1, maxExportWidth / canvas.width);
        const copy = document.createElement("canvas");
        copy.width = Math.max(1, Math.round(canvas.width * scale));
        copy.height = Math.max(1, Math.round(canvas.height * scale));
        copy.getContext("2d").drawImage(canvas, 0, 0, copy.width, copy.height);
        return copy.toDataURL("image/png");
    }

    form.addEventListener("submit", (e) => {
        output.value = hasInk ? exportPng() : "";
        // base64 is 4/3 of the bytes
        if (output.value.length * 0.75 > maxBytes) {
            e.preventDefault();
            status.textContent = "Gambar tanda tangan terlalu besar. Hapus lalu gambar ulang dengan lebih sederhana.";
        }
    });

    window.addEventListener("resize", resize);
    resize();
})();
