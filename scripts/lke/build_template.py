#!/usr/bin/env python3
"""Builds the project's own LKE template file (format zi-lke-template/1) from the reference indicator tree.

Usage: scripts/lke/build_template.py REFERENCE_TREE.json OUTPUT.json CRITERIA_ID.json
The reference tree's wording is paraphrased; the output stays editable in the portal (Administrator pages).
CRITERIA_ID.json (scripts/lke/criteria-id.json) maps each English option meaning to its Indonesian criteria text;
the build fails, listing them, when a meaning has no Indonesian text or the map holds a meaning no option uses.
"""
import json
import sys

TYPES = {"YA_TIDAK": "YaTidak", "ABC": "Abc", "ABCD": "Abcd", "ABCDE": "Abcde"}

# Percentage questions: input keys, labels and rules as fixed by the scoring specification.
PERCENTAGE = {
    "PRA1A": ([("agen", "Jumlah agen perubahan"), ("perubahan", "Jumlah perubahan yang dibuat")], "Ratio", "perubahan", "agen", "Zero"),
    "PRA1B": ([("perubahan", "Jumlah perubahan yang dibuat"), ("terintegrasi", "Jumlah perubahan yang terintegrasi dalam sistem manajemen")], "Ratio", "terintegrasi", "perubahan", "Zero"),
    "PRC3A": ([("pelanggaran_tahun_lalu", "Jumlah pelanggaran disiplin tahun lalu"), ("pelanggaran_tahun_ini", "Jumlah pelanggaran disiplin tahun ini")], "Decrease", "pelanggaran_tahun_ini", "pelanggaran_tahun_lalu", "OneIfNumeratorZero"),
    "PRD1A": ([("sasaran", "Jumlah sasaran kinerja"), ("sasaran_tercapai", "Jumlah sasaran yang tercapai 100% atau lebih")], "Ratio", "sasaran_tercapai", "sasaran", "Zero"),
    "PRE2A": ([("harus_ditindaklanjuti", "Jumlah pengaduan yang harus ditindaklanjuti"), ("sedang_diproses", "Jumlah pengaduan yang sedang diproses"), ("selesai", "Jumlah pengaduan yang selesai ditindaklanjuti")], "Ratio", "selesai", "harus_ditindaklanjuti", "One"),
    "PRE3A": ([("wajib_lapor", "Jumlah wajib lapor LHKPN"), ("sudah_lapor", "Jumlah yang sudah melapor LHKPN")], "Ratio", "sudah_lapor", "wajib_lapor", "One"),
    "PRE3B": ([("wajib_lapor", "Jumlah wajib lapor LHKASN"), ("sudah_lapor", "Jumlah yang sudah melapor LHKASN")], "Ratio", "sudah_lapor", "wajib_lapor", "One"),
    "PRF1B": ([("layanan_terdaftar", "Jumlah layanan yang terdata/terdaftar"), ("layanan_dipermudah", "Jumlah layanan yang dipermudah")], "Ratio", "layanan_dipermudah", "layanan_terdaftar", "Zero"),
}


class Criteria:
    """The English → Indonesian criteria map; remembers what is missing and what was used."""

    def __init__(self, path):
        self.texts = json.load(open(path, encoding="utf-8"))
        self.missing = []
        self.used = set()

    def __call__(self, meaning):
        text = self.texts.get(meaning, "").strip()
        if not text:
            if meaning not in self.missing:
                self.missing.append(meaning)
            return meaning
        if text == meaning:
            self.missing.append(meaning)
        self.used.add(meaning)
        return text

    def check(self):
        unused = [k for k in self.texts if k not in self.used]
        for meaning in self.missing:
            print(f"error: no Indonesian criteria text for option meaning {json.dumps(meaning)}", file=sys.stderr)
        for meaning in unused:
            print(f"error: criteria map entry {json.dumps(meaning)} matches no option", file=sys.stderr)
        if self.missing or unused:
            sys.exit(f"{len(self.missing)} missing and {len(unused)} unused criteria texts; nothing written.")


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: build_template.py REFERENCE_TREE.json OUTPUT.json CRITERIA_ID.json")
    src, out = sys.argv[1], sys.argv[2]
    criteria = Criteria(sys.argv[3])
    tree = json.load(open(src, encoding="utf-8"))
    pengungkit = next(c for c in tree["components"] if c["code"] == "P")
    hasil = next(c for c in tree["components"] if c["code"] == "H")
    halves = []
    for h in pengungkit["halves"]:
        areas = []
        for a in h["areas"]:
            indicators = []
            for i in a["indicators"]:
                questions = []
                for q in i["questions"]:
                    item = {"code": q["code"], "text": q["label_id"], "typicalEvidence": q.get("typical_evidence", [])}
                    if q["code"] in PERCENTAGE:
                        inputs, formula, num, den, zero = PERCENTAGE[q["code"]]
                        item["type"] = "Percentage"
                        item["percentage"] = {"inputs": [{"key": k, "label": l} for k, l in inputs], "formula": formula,
                                              "numerator": num, "denominator": den, "whenDenominatorZero": zero}
                    else:
                        item["type"] = TYPES[q["answer_type"]]
                        item["options"] = [{"key": o["key"], "value": o["value"],
                                            "criteria": criteria(o["meaning_en"])} for o in q["options"]]
                    questions.append(item)
                indicators.append({"code": i["code"], "name": i["name"], "weight": i["weight"], "questions": questions})
            areas.append({"code": a["code"], "name": a["name"], "weight": a["weight"], "indicators": indicators})
        halves.append({"code": h["code"], "name": h["name"], "weight": h["weight"], "areas": areas})
    items = []
    for g in hasil["groups"]:
        for it in g["items"]:
            entry = {"code": it["code"], "name": it["name"], "weight": it["weight"]}
            if it.get("options"):
                entry["kind"] = "Grade"
                entry["options"] = [{"key": o["key"], "value": o["value"],
                                     "criteria": criteria(o["meaning_en"])} for o in it["options"]]
            else:
                entry["kind"] = "SurveyIndex"
            items.append(entry)
    gate = lambda total, frac, hba, hbb, both, hpa, wbk: {"totalMin": total, "areaMinFraction": frac, "hbaMin": hba, "hbbMin": hbb,
                                                          "hbaPlusHbbMin": both, "hpaMin": hpa, "requiresWbk": wbk}
    doc = {
        "format": "zi-lke-template/1",
        "versionCode": "permenpanrb-90-2021",
        "title": "LKE Zona Integritas menuju WBK/WBBM (PermenPAN-RB Nomor 90 Tahun 2021)",
        "gates": {"areaMode": "PerHalf", "wbk": gate(75, 0.60, 15.75, 2.5, 18.25, 14.0, False),
                  "wbbm": gate(85, 0.75, 15.75, 3.75, 19.5, 15.75, True)},
        "halves": halves,
        "hasil": items,
    }
    criteria.check()
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
