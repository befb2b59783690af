import FaultlineModel

/// vis-timeline JSON: `{"groups": […], "items": […]}`, ready for
/// `new vis.Timeline(el, new vis.DataSet(items), new vis.DataSet(groups))`.
///
/// One item per event with a calendar date: `id`, `content` (short label), `start`
/// (YYYY-MM-DD), for spans `end` (the day after the last day, as vis ends are instants)
/// with `type: "range"`, `group` (first source actor id, `unattributed` when none),
/// `title` (tooltip: the sentence), `className` (`quad-N`). vis inserts `content`,
/// `title` and group `content` as HTML, so they are HTML-escaped. Events without a
/// calendar year are left out.
struct VisTimelineExporter {
    struct Item: Encodable {
        var id: String
        var content: String
        var start: String
        var end: String?
        var type: String
        var group: String
        var title: String
        var className: String
    }
    struct Group: Encodable {
        var id: String
        var content: String
    }
    struct Document: Encodable {
        var groups: [Group]
        var items: [Item]
    }

    static let unattributed = "unattributed"

    func export(_ index: ExportIndex) -> String {
        var items: [Item] = []
        var groupIDs = Set<String>()
        let h = ExportEscaping.html
        for e in index.events {
            guard let r = index.eventRanges[e.id] else { continue }
            let group = e.source.first ?? Self.unattributed
            groupIDs.insert(group)
            var tip = e.text
            if let v = e.date.value { tip = v + " · " + tip }
            items.append(Item(
                id: e.id, content: h(ExportGraph.eventLabel(e)), start: r.start.iso,
                end: r.precision == .day ? nil : ExportDay(ordinal: r.end.ordinal + 1).iso,
                type: r.precision == .day ? "box" : "range", group: group, title: h(tip),
                className: "quad-\(e.quad)" + (e.negated ? " negated" : "")))
        }
        let groups = groupIDs.sorted().map { id in
            Group(id: id, content: h(id == Self.unattributed ? "(no source actor)" : index.actorName(id)))
        }
        return (try? JSONOutput.string(Document(groups: groups, items: items))) ?? "{}\n"
    }
}
