import Foundation
import FaultlineModel
import FaultlineRender

/// Fuzz harness for the exports and the HTML report: an analysis from the input
/// (`SyntheticAnalysis`), written in every export format and as a report with an
/// input-made picture; each output must be well-formed for its format and inert.
public enum ExportHarness {
    public static func run(_ bytes: [UInt8]) throws {
        var input = FuzzInput(bytes)
        let title = input.string(limit: 200)
        let picture = input.string(limit: 2000)
        let analysis = SyntheticAnalysis.make(&input)
        try checkAll(analysis, title: title, pictures: ["timeline": picture, input.string(limit: 40): picture])
    }

    /// Every export format and the report of `analysis`, checked.
    public static func checkAll(_ analysis: Analysis, title: String?, pictures: [String: String]) throws {
        for format in ExportFormat.allCases {
            try check(Exporter(title: title).export(analysis, as: format), format: format)
        }
        for table in CSVTable.allCases {
            try OutputChecks.csv(Exporter().csv(analysis, table: table), "CSV \(table.rawValue)")
        }
        let report = HTMLReport().render(analysis: analysis, pictures: pictures, title: title ?? "")
        try OutputChecks.html(report, "HTML report", scripts: 1)
        let json = try JSONOutput.string(analysis)
        try OutputChecks.json(json, "analysis JSON")
    }

    /// One export, checked for its format.
    public static func check(_ text: String, format: ExportFormat) throws {
        let what = "export \(format.rawValue)"
        switch format {
        case .plover: try OutputChecks.jsonLines(text, what)
        case .gdelt: try OutputChecks.tsv(text, what)
        case .graphml, .gexf: try OutputChecks.inertXML(text, what)
        case .timelinejs, .vis, .cytoscape: try OutputChecks.json(text, what)
        case .csv: try OutputChecks.csv(text, what)
        }
    }
}
