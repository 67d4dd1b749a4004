// Evidence uploads: several files by drag and drop or the file picker, each sent on its own request
// (XMLHttpRequest, so every file gets its own progress bar and its own result). Files go one after another,
// which suits slow links. The server checks everything again; the checks here only save a useless upload.
(() => {
    "use strict";

    const formatSize = (bytes) => {
        const mb = bytes / 1024 / 1024;
        if (mb >= 1) {
            return mb.toLocaleString("id-ID", { maximumFractionDigits: 1 }) + " MB";
        }
        return (bytes / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 }) + " KB";
    };

    const tokenOf = (form) => {
        const input = form.querySelector("input[name=__RequestVerificationToken]");
        if (input) {
            return input.value;
        }
        try {
            return JSON.parse(document.body.getAttribute("hx-headers") || "{}").RequestVerificationToken || "";
        } catch {
            return "";
        }
    };

    const precheck = (file, maxBytes, accept) => {
        if (file.size === 0) {
            return "Berkas kosong (0 byte) tidak dapat diunggah.";
        }
        if (file.size > maxBytes) {
            return `Ukuran berkas melebihi batas ${Math.round(maxBytes / 1024 / 1024)} MB per berkas.`;
        }
        const dot = file.name.lastIndexOf(".");
        const ext = dot >= 0 ? file.name.substring(dot).toLowerCase() : "";
        if (!accept.split(",").includes(ext)) {
            return `Jenis berkas ${ext || "(tanpa ekstensi)"} tidak diizinkan.`;
        }
        return null;
    };

    // Sends one file with its fields; resolves with {ok, message, ...} whatever happens.
    const send = (url, token, fields, file, onProgress) => new Promise((resolve) => {
        const data = new FormData();
        for (const [name, value] of fields) {
            data.append(name, value);
        }
        data.append("file", file, file.name); // the file last: the server checks the fields before reading it
        const xhr = new XMLHttpRequest();
        xhr.open("POST", url);
        xhr.setRequestHeader("RequestVerificationToken", token);
        xhr.setRequestHeader("Accept", "application/json");
        xhr.upload.addEventListener("progress", (e) => {
            if (e.lengthComputable) {
                onProgress(e.loaded / e.total);
            }
        });
        xhr.addEventListener("load", () => {
            let body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch {
                body = null;
            }
            if (body && typeof body.ok === "boolean") {
                resolve(body);
            } else if (xhr.status === 400) {
                resolve({ ok: false, message: "Sesi halaman kedaluwarsa. Muat ulang halaman, lalu coba lagi." });
            } else if (xhr.status === 403) {
                resolve({ ok: false, message: "Anda tidak memiliki hak untuk mengunggah eviden ini." });
            } else if (xhr.status === 413) {
                resolve({ ok: false, message: "Ukuran berkas melebihi batas." });
            } else {
                resolve({ ok: false, message: `Unggah gagal (kode ${xhr.status}). Coba lagi.` });
            }
        });
        xhr.addEventListener("error", () => resolve({ ok: false, message: "Koneksi terputus. Periksa jaringan, lalu coba lagi." }));
        xhr.addEventListener("abort", () => resolve({ ok: false, message: "Unggahan dibatalkan." }));
        xhr.send(data);
    });

    const initMulti = (form) => {
        const url = form.getAttribute("action");
        const maxBytes = Number(form.dataset.maxBytes);
        const accept = form.dataset.accept;
        const list = form.querySelector("[data-file-list]");
        const template = document.getElementById("evidence-file-row");
        const input = form.querySelector("[data-file-input]");
        const dropzone = form.querySelector("[data-dropzone]");
        const button = form.querySelector("[data-upload-button]");
        const results = form.querySelector("[data-results]");
        const emptyNote = form.querySelector("[data-empty-note]");
        const sharedDate = form.querySelector("#DocumentDate");
        const queue = [];
        let busy = false;

        const refresh = () => {
            const waiting = queue.filter((q) => q.state === "waiting").length;
            button.disabled = busy || waiting === 0;
            emptyNote.hidden = queue.length > 0;
        };

        const addFiles = (files) => {
            for (const file of files) {
                const row = template.content.firstElementChild.cloneNode(true);
                row.querySelector("[data-name]").textContent = `${file.name} (${formatSize(file.size)})`;
                const title = row.querySelector("[data-title]");
                title.value = file.name.replace(/\.[^.]+$/, "").replace(/[_]+/g, " ").trim();
                const date = row.querySelector("[data-date]");
                date.value = sharedDate.value;
                date.addEventListener("input", () => { date.dataset.touched = "1"; });
                const entry = { file, row, title, date, state: "waiting" };
                const problem = precheck(file, maxBytes, accept);
                if (problem) {
                    entry.state = "refused";
                    row.classList.add("list-group-item-danger");
                    row.querySelector("[data-status]").textContent = problem;
                }
                row.querySelector("[data-remove]").addEventListener("click", () => {
                    if (entry.state === "uploading") {
                        return;
                    }
                    queue.splice(queue.indexOf(entry), 1);
                    row.remove();
                    refresh();
                });
                queue.push(entry);
                list.appendChild(row);
            }
            refresh();
        };

        sharedDate.addEventListener("change", () => {
            for (const entry of queue) {
                if (entry.state === "waiting" && !entry.date.dataset.touched) {
                    entry.date.value = sharedDate.value;
                }
            }
        });

        const showResult = (entry, body) => {
            form.querySelector("[data-results-empty]")?.remove();
            const li = document.createElement("li");
            li.className = "mb-1";
            li.dataset.testid = "upload-result";
            li.dataset.ok = String(body.ok);
            const icon = document.createElement("i");
            icon.className = body.ok ? "bi bi-check-circle-fill text-success me-1" : "bi bi-x-circle-fill text-danger me-1";
            li.appendChild(icon);
            if (body.ok && body.url) {
                const a = document.createElement("a");
                a.href = body.url;
                a.textContent = body.title;
                li.appendChild(a);
            } else {
                li.appendChild(document.createTextNode(entry.file.name));
            }
            if (body.ok && body.questions && body.questions.length) {
                const q = document.createElement("span");
                q.className = "ms-1";
                q.dataset.testid = "result-questions";
                q.textContent = "→ " + body.questions.join(", ");
                li.appendChild(q);
            }
            const msg = document.createElement("div");
            msg.className = body.ok ? "text-muted" : "text-danger";
            msg.textContent = body.message;
            li.appendChild(msg);
            results.appendChild(li);
        };

        const uploadAll = async () => {
            if (busy) {
                return;
            }
            busy = true;
            refresh();
            const shared = new FormData(form);
            shared.delete("file");
            shared.delete("__RequestVerificationToken");
            shared.delete("DocumentDate");
            const token = tokenOf(form);
            for (const entry of queue.filter((q) => q.state === "waiting")) {
                entry.state = "uploading";
                const bar = entry.row.querySelector("[data-bar]");
                const status = entry.row.querySelector("[data-status]");
                status.textContent = "Mengunggah…";
                entry.title.disabled = true;
                entry.date.disabled = true;
                const fields = [...shared.entries()];
                fields.push(["Title", entry.title.value.trim()]);
                fields.push(["DocumentDate", entry.date.value]);
                const body = await send(url, token, fields, entry.file, (ratio) => {
                    bar.style.width = `${Math.round(ratio * 100)}%`;
                });
                entry.state = body.ok ? "done" : "failed";
                bar.style.width = "100%";
                bar.classList.toggle("bg-success", body.ok);
                bar.classList.toggle("bg-danger", !body.ok);
                status.textContent = body.message;
                status.className = "small mt-1 " + (body.ok ? "text-success" : "text-danger");
                entry.row.classList.add(body.ok ? "list-group-item-success" : "list-group-item-danger");
                if (!body.ok) {
                    // Allow a retry after fixing the metadata.
                    entry.state = "waiting";
                    entry.title.disabled = false;
                    entry.date.disabled = false;
                }
                showResult(entry, body);
            }
            busy = false;
            refresh();
        };

        input.addEventListener("change", () => {
            addFiles(input.files);
            input.value = "";
        });
        for (const name of ["dragenter", "dragover"]) {
            dropzone.addEventListener(name, (e) => {
                e.preventDefault();
                dropzone.classList.add("bg-success-subtle");
            });
        }
        for (const name of ["dragleave", "drop"]) {
            dropzone.addEventListener(name, (e) => {
                e.preventDefault();
                dropzone.classList.remove("bg-success-subtle");
            });
        }
        dropzone.addEventListener("drop", (e) => {
            if (e.dataTransfer && e.dataTransfer.files.length) {
                addFiles(e.dataTransfer.files);
            }
        });
        form.addEventListener("submit", (e) => {
            e.preventDefault();
            uploadAll();
        });
        form.querySelector("[data-clear-button]").addEventListener("click", () => {
            for (const entry of queue.filter((q) => q.state !== "uploading")) {
                entry.row.remove();
            }
            queue.splice(0, queue.length, ...queue.filter((q) => q.state === "uploading"));
            refresh();
        });
        const unit = form.querySelector("[data-reload-on-change]");
        unit?.addEventListener("change", () => {
            const params = new URLSearchParams(window.location.search);
            params.set("unitId", unit.value);
            window.location.search = params.toString();
        });
        refresh();
    };

    // A new version of one item (details page): one file, same streaming endpoint, then reload.
    const initRevision = (form) => {
        const input = form.querySelector("input[type=file]");
        const bar = form.querySelector("[data-bar]");
        const status = form.querySelector("[data-status]");
        const button = form.querySelector("button[type=submit]");
        input.addEventListener("change", () => { button.disabled = input.files.length === 0; });
        form.addEventListener("submit", async (e) => {
            e.preventDefault();
            const file = input.files[0];
            if (!file) {
                return;
            }
            const problem = precheck(file, Number(form.dataset.maxBytes), form.dataset.accept);
            if (problem) {
                status.textContent = problem;
                status.className = "small text-danger";
                return;
            }
            button.disabled = true;
            status.textContent = "Mengunggah…";
            const body = await send(form.getAttribute("action"), tokenOf(form), [], file, (ratio) => {
                bar.style.width = `${Math.round(ratio * 100)}%`;
            });
            status.textContent = body.message;
            status.className = "small " + (body.ok ? "text-success" : "text-danger");
            if (body.ok) {
                window.setTimeout(() => window.location.reload(), 600);
            } else {
                button.disabled = false;
            }
        });
    };

    document.addEventListener("DOMContentLoaded", () => {
        document.querySelectorAll("form[data-evidence-upload]").forEach(initMulti);
        document.querySelectorAll("form[data-evidence-revision]").forEach(initRevision);
    });
})();
