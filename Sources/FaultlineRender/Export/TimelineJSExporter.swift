import FaultlineModel

/// TimelineJS 3 JSON: a `title` slide and one slide per dated event.
///
/// `start_date` holds `year`/`month`/`day` strings to the event's precision (a month
/// span has no `day`; a week span gets `start_date` Monday and `end_date` Sunday).
/// `unique_id` is `event-` plus the id reduced to `[A-Za-z0-9_-]` (TimelineJS puts it in
/// the URL fragment). Events without a calendar year cannot be placed and are left out (the report and the
/// other exports keep them). `group` is the first source actor's name, which TimelineJS
/// draws as one row per group. TimelineJS renders `headline` and `text` as HTML, so both
/// are HTML-escaped here: an article's markup shows as text, never runs.
struct TimelineJSExporter {
    struct DateParts: Encodable {
        var year: String
        var month: String?
        var day: String?
    }
    struct Text: Encodable {
        var headline: String
        var text: String
    }
    struct Slide: Encodable {
        var unique_id: String
        var start_date: DateParts
        var end_date: DateParts?
        var display_date: String?
        var text: Text
        var group: String?
    }
    struct Title: Encodable { var text: Text }
    struct Document: Encodable {
        var title: Title
        var events: [Slide]
        var scale: String
    }

    let title: String

    func export(_ index: ExportIndex) -> String {
        var slides: [Slide] = []
        for e in index.events {
            guard let r = index.eventRanges[e.id] else { continue }
            let start: DateParts
            var end: DateParts?
            switch r.precision {
            case .day:
                start = parts(r.start, month: true, day: true)
            case .month where r.start.month == r.end.month:
                start = parts(r.start, month: true, day: false)
            case .year:
                start = parts(r.start, month: false, day: false)
            default:
                start = parts(r.start, month: true, day: true)
                end = parts(r.end, month: true, day: true)
            }
            let h = ExportEscaping.html
            let who = e.source.map(index.actorName).joined(separator: ", ")
            let whom = e.target.map(index.actorName).joined(separator: ", ")
            var headline = ExportGraph.eventLabel(e)
            if !who.isEmpty { headline = who + " — " + headline }
            if !whom.isEmpty { headline += " → " + whom }
            var body = "<p>" + h(e.text) + "</p>"
            body += "<p><small>CAMEO " + h(e.cameo) + " · quad " + String(e.quad) + " · Goldstein " + ExportNumber.format(e.goldstein)
            if e.negated { body += " · negated" }
            if e.modality != .asserted { body += " · " + h(e.modality.rawValue) }
            body += " · " + h(index.documents[e.document]?.title ?? e.document) + "</small></p>"
            slides.append(Slide(
                unique_id: ExportEscaping.token("event-", e.id), start_date: start, end_date: end,
                display_date: r.precision == .week ? e.date.value : nil,
                text: Text(headline: h(headline), text: body),
                group: e.source.first.map { h(index.actorName($0)) }))
        }
        let docs = index.analysis.documents.count
        let summary = "\(slides.count) dated event(s) from \(docs) document(s)"
        let doc = Document(title: Title(text: Text(headline: ExportEscaping.html(title), text: "<p>" + summary + "</p>")),
                           events: slides, scale: "human")
        return (try? JSONOutput.string(doc)) ?? "{}\n"
    }

    private func parts(_ d: ExportDay, month: Bool, day: Bool) -> DateParts {
        DateParts(year: String(d.year), month: month ? String(d.month) : nil, day: day ? String(d.day) : nil)
    }
}
