import FaultlineModel

/// A GDELT-style event table: tab-separated, one header row, GDELT's column names where
/// the meaning matches (GDELT 1.0 event codebook), Faultline's own columns after them.
///
/// GDELT has one actor per side, so an event with several sources or targets becomes one
/// row per source × target pair (the CAMEO convention for compound actors); such rows get
/// ids `e3.1`, `e3.2` … in source-then-target order. `SQLDATE` is the event day
/// (YYYYMMDD), or the first day of a coarser span (`DatePrecision` says which), and empty
/// when the event has no calendar date. `SOURCEURL` is the document URL, else its id.
/// Tabs, line breaks and control characters inside values become single spaces. Name
/// columns get the CSV export's formula guard (a leading `'` before `= + - @`), since
/// spreadsheets open TSV files too.
struct GDELTExporter {
    static let columns = [
        "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventBaseCode", "EventRootCode",
        "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "ActionGeo_FullName",
        "ActionGeo_CountryCode", "SOURCEURL", "DatePrecision", "TIMEX", "Negated", "Modality",
        "Document", "Sentence", "Claim",
    ]

    func export(_ index: ExportIndex) -> String {
        var out = Self.columns.joined(separator: "\t") + "\n"
        for e in index.events {
            let sources: [String?] = e.source.isEmpty ? [nil] : e.source.map { $0 }
            let targets: [String?] = e.target.isEmpty ? [nil] : e.target.map { $0 }
            let pairs = sources.flatMap { s in targets.map { t in (s, t) } }
            for (i, pair) in pairs.enumerated() {
                let id = pairs.count == 1 ? e.id : e.id + "." + String(i + 1)
                out += row(e, id: id, actor1: pair.0, actor2: pair.1, index).map(ExportEscaping.tsvField).joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    private func row(_ e: Event, id: String, actor1: String?, actor2: String?, _ index: ExportIndex) -> [String] {
        let range = index.eventRanges[e.id]
        let doc = index.documents[e.document]
        let place = e.location.first.map { index.actors[$0] }
        let mentions = index.mentions(of: e)
        func actor(_ id: String?) -> [String] {
            guard let id else { return ["", "", ""] }
            let a = index.actors[id]
            return [a?.code ?? "", CSVExporter.guardFormula(a?.name ?? id), a?.country ?? ""]
        }
        return [id, range?.start.compact ?? ""] + actor(actor1) + actor(actor2) + [
            e.cameo, String(e.cameo.prefix(3)), String(e.cameo.prefix(2)),
            String(e.quad), ExportNumber.format(e.goldstein),
            String(mentions.count), String(Set(mentions.map(\.document)).count),
            CSVExporter.guardFormula(place.map { $0?.name ?? e.location[0] } ?? ""), place.flatMap { $0?.country } ?? "",
            doc?.url ?? e.document,
            range?.precision.rawValue ?? e.date.precision.rawValue,
            e.date.value ?? "", e.negated ? "1" : "0", e.modality.rawValue,
            e.document, String(e.sentence), e.claim ?? "",
        ]
    }
}
