#!/usr/bin/env python3
"""Writes deterministic benchmark data in kansli's own format: an organisation (the
Klarälvdalen sample's), a board meeting with N beslutsärenden, and a tjänsteutlåtande
for each (prose with long Swedish compounds, lists, an amounts table, footnotes).
Rendered with templates/motespaket.xml it gives about 3 A4 pages per item.

Usage: generate.py ITEMS OUTPUT_FOLDER
"""
import json
import os
import shutil
import sys

WORDS = ("samordningsförbundet rehabiliteringsinsatser arbetslivsinriktad försörjningsstöd "
         "samverkansstrukturerna arbetsmarknadsenheten förbundsordningen medelstilldelningen "
         "verksamhetsplanen uppföljningssystemet beredningsgruppen kompetensutvecklingsinsatser "
         "styrgruppsmötet deltagarna individinsatser långtidsarbetslösa aktivitetsersättning "
         "kommunerna regionen försäkringskassan arbetsförmedlingen insatsen projektägaren "
         "och att som för med till av på i det en är ska har inom under efter genom").split()


def sentence(seed, length):
    """A deterministic Swedish-looking sentence."""
    words = [WORDS[(seed * 7 + i * 13 + (seed * i) % 11) % len(WORDS)] for i in range(length)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(seed, sentences=5):
    return " ".join(sentence(seed + i, 9 + (seed + i) % 8) for i in range(sentences))


def report(item, meeting_id):
    n = item + 1
    return {
        "kind": "report", "id": f"tu-bench-{n}", "organisation": "klaralvdalen", "meeting": meeting_id,
        "date": "2026-11-27", "dnr": f"KSF 2026/{100 + n}", "author": "anna-lindqvist",
        "signatory": "anna-lindqvist",
        "title": f"Finansiering av samverkansinsats nummer {n} för arbetslivsinriktad rehabilitering",
        "proposal": [f"Styrelsen beviljar {(n * 37) % 900 + 100} 000 kr till insatsen för 2027.",
                     "Projektägaren redovisar resultat och ekonomi till styrelsen i augusti 2027."],
        "summary": paragraph(n * 3, 4),
        "background": [paragraph(n * 5 + i, 4) + (f"[^{i}]\n\n[^{i}]: Förbundsordningen {n + i} §." if i < 2 else "")
                       for i in range(2)],
        "matter": [paragraph(n * 7 + i, 4) for i in range(2)] + [
            "Insatsen ska bidra till att:\n\n" + "\n".join(f"- {sentence(n + i, 8)}" for i in range(4))],
        "assessment": [paragraph(n * 11, 4)],
        "financial": {"text": [paragraph(n * 13, 2)], "caption": "Kostnad 2027",
                      "amounts": [{"label": f"Kostnadspost {i + 1} för {WORDS[(n + i) % len(WORDS)]}",
                                   "amount": ((n * 17 + i * 31) % 500 + 20) * 1000} for i in range(6)]},
        "preparation": "Ärendet har beretts i beredningsgruppen 2026-11-12.",
        "attachments": [f"Ansökan {n}", f"Budget för insats {n}"],
        "send_to": ["Försäkringskassan", "Region Värmland", "Hagfors kommun"],
    }


def main():
    items, out = int(sys.argv[1]), sys.argv[2]
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "klaralvdalen")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "meetings"))
    os.makedirs(os.path.join(out, "reports"))
    for name in ("organisation.json", "logo.png"):
        shutil.copy(os.path.join(source, name), out)
    meeting_id = "styrelsen-bench"
    agenda = [{"title": "Mötets öppnande", "type": "formal"},
              {"title": "Val av justerare samt tid och plats för justering", "type": "decision"}]
    for item in range(items):
        r = report(item, meeting_id)
        agenda.append({"title": r["title"], "type": "decision", "dnr": r["dnr"],
                       "presenter": "anna-lindqvist", "report": r["id"]})
        with open(os.path.join(out, "reports", r["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(r, f, ensure_ascii=False, indent=1)
    agenda.append({"title": "Mötets avslutande", "type": "formal"})
    meeting = {"kind": "meeting", "id": meeting_id, "organisation": "klaralvdalen", "body": "styrelsen",
               "date": "2026-12-10", "start": "09:00", "end": "12:00",
               "location": {"name": "Sammanträdesrum Älvsalen", "address": "Torggatan 3, Forshaga"},
               "secretary": "anna-lindqvist",
               "notice": {"sent": "2026-12-01", "dnr": "KSF 2026/99", "signed_by": "anna-lindqvist"},
               "agenda": agenda}
    with open(os.path.join(out, "meetings", meeting_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(meeting, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
