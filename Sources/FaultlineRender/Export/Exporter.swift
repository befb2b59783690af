import FaultlineModel

/// Writes an `Analysis` in the formats other tools read (`faultline export --format NAME`).
///
/// Every format is deterministic: the same analysis gives byte-identical text (events in
/// chronological order with undated ones last, everything else by id, JSON keys sorted,
/// no timestamps). Hostile article text is escaped for each format; see each exporter.
public struct Exporter: Sendable {
    /// Title for formats that show one (TimelineJS); nil picks the single document's
    /// title, or "Faultline timeline" for several documents.
    public var title: String?

    public init(title: String? = nil) {
        self.title = title
    }

    /// The analysis in `format`; for `.csv` the events table.
    public func export(_ analysis: Analysis, as format: ExportFormat) -> String {
        let index = ExportIndex(analysis)
        switch format {
        case .plover: return PLOVERExporter().export(index)
        case .gdelt: return GDELTExporter().export(index)
        case .graphml: return GraphMLExporter().export(index)
        case .gexf: return GEXFExporter().export(index)
        case .timelinejs: return TimelineJSExporter(title: resolvedTitle(analysis)).export(index)
        case .vis: return VisTimelineExporter().export(index)
        case .cytoscape: return CytoscapeExporter().export(index)
        case .csv: return CSVExporter().export(index, table: .events)
        }
    }

    /// One CSV table of the analysis (`faultline export --format csv --table NAME`).
    public func csv(_ analysis: Analysis, table: CSVTable) -> String {
        CSVExporter().export(ExportIndex(analysis), table: table)
    }

    func resolvedTitle(_ analysis: Analysis) -> String {
        if let title { return title }
        if analysis.documents.count == 1, let t = analysis.documents.first?.title, !t.isEmpty { return t }
        return "Faultline timeline"
    }
}
