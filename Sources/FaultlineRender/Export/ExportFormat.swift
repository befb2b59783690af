/// The formats `faultline export --format NAME` writes; the raw value is the CLI name.
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
    /// PLOVER JSONL: one PLOVER JSON record per line (field names of the PLOVER manual's "JSON Data Fields").
    case plover
    /// GDELT-style event TSV with a header row (GDELT 1.0/2.0 column names where they apply).
    case gdelt
    /// GraphML for yEd, Gephi, networkx, igraph: actors, events and claims as nodes.
    case graphml
    /// GEXF 1.3 with `mode="dynamic"`, so Gephi's timeline plays the events in date order.
    case gexf
    /// TimelineJS 3 JSON (`title` slide plus `events` slides).
    case timelinejs
    /// vis-timeline JSON: `items` and `groups` arrays.
    case vis
    /// Cytoscape.js elements JSON (`{"elements":{"nodes":[…],"edges":[…]}}`).
    case cytoscape
    /// CSV (RFC 4180); one table per call, the events table by default (see `CSVTable`).
    case csv

    /// The usual file extension for the format, for `-o` defaults.
    public var fileExtension: String {
        switch self {
        case .plover: return "jsonl"
        case .gdelt: return "tsv"
        case .graphml: return "graphml"
        case .gexf: return "gexf"
        case .timelinejs, .vis, .cytoscape: return "json"
        case .csv: return "csv"
        }
    }
}

/// Which table `ExportFormat.csv` writes (`--table NAME`); `events` unless asked otherwise.
///
/// Every table has a header row and one row per record, sorted as in the analysis JSON
/// (events chronologically, undated last).
public enum CSVTable: String, CaseIterable, Sendable, Hashable {
    case events, actors, claims, contradictions, cooccurrence, documents
}
