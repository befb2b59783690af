import ArgumentParser
import Foundation
import FaultlineRender

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the analysis for other tools: PLOVER JSONL, GDELT-style TSV, GraphML, GEXF, TimelineJS, vis-timeline, Cytoscape.js or CSV.")
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "plover, gdelt, graphml, gexf, timelinejs, vis, cytoscape or csv.")
    var format: ExportFormat

    @Option(help: "With --format csv: events, actors, claims, contradictions, cooccurrence or documents.")
    var table: CSVTable = .events

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let (analysis, failed) = try CorpusLoader(input: input, query: filters.storeQuery).analysis()
        let filtered = filters.filter.apply(to: analysis)
        let text = format == .csv ? Exporter().csv(filtered, table: table) : Exporter().export(filtered, as: format)
        try OutputSink.write(text, to: output)
        if failed { throw ExitCode(1) }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension CSVTable: ExpressibleByArgument {}
