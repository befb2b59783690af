import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineRender

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Run the whole pipeline and write analysis.json, the timeline, actor graph and contradiction map (DOT and SVG) and an HTML report.",
        discussion: "With --json the analysis is printed to standard output instead (files are then written only when --out is given).")

    @OptionGroup var input: InputOptions
    @OptionGroup var pictures: PictureOptions
    @Option(help: ArgumentHelp("Folder for the output files (default: Output).", valueName: "dir")) var out: String?
    @Flag(help: "Print the analysis JSON to standard output.") var json = false

    func run() throws {
        let (analysis, failedInput) = try CorpusLoader(input: input).analysis()
        var failed = failedInput
        if json {
            try OutputSink.write(try JSONOutput.data(analysis), to: nil)
        }
        if !json || out != nil {
            let dir = out ?? "Output"
            let gallery = Gallery(analysis: analysis, timeline: pictures.timeline(for: analysis),
                                  actorGraph: pictures.actorGraph)
            let problems = try gallery.write(to: dir, title: Self.title(analysis))
            for p in problems { Diagnostics.printError("error: \(p)") }
            if !problems.isEmpty { failed = true }
            Diagnostics.printError("analyze: \(analysis.documents.count) documents, \(analysis.actors.count) actors, \(analysis.events.count) events, \(analysis.claims.count) claims, \(analysis.contradictions.count) contradictions → \(dir)/")
        }
        if failed { throw ExitCode(1) }
    }

    /// The report's title: the single document's title, or a count.
    static func title(_ a: Analysis) -> String {
        a.documents.count == 1 ? a.documents[0].title : "Faultline: \(a.documents.count) documents"
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw one picture (timeline, actor graph or contradiction map) as SVG, PNG, PDF, plain or DOT.")

    enum PictureKind: String, ExpressibleByArgument, CaseIterable { case timeline, actors, contradictions }

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var pictures: PictureOptions
    @Option(help: "timeline, actors or contradictions.") var picture: PictureKind = .timeline
    @Option(help: "svg, png, pdf, plain or dot.") var format: GraphvizFormat = .svg
    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let (analysis, failed) = try CorpusLoader(input: input, query: filters.storeQuery).analysis()
        let a = filters.filter.apply(to: analysis)
        let data: Data
        do {
            switch (picture, format) {
            case (.timeline, .dot): data = Data(TimelineRenderer(options: pictures.timeline(for: analysis, filters)).dot(for: analysis).utf8)
            case (.timeline, _): data = try TimelineRenderer(options: pictures.timeline(for: analysis, filters)).render(analysis, format: format)
            case (.actors, .dot): data = Data(ActorGraphRenderer(options: pictures.actorGraph).dot(for: a).utf8)
            case (.actors, _): data = try ActorGraphRenderer(options: pictures.actorGraph).render(a, format: format)
            case (.contradictions, .dot): data = Data(ContradictionMapRenderer().dot(for: a).utf8)
            case (.contradictions, _): data = try ContradictionMapRenderer().render(a, format: format)
            }
        } catch {
            throw CommandError("\(picture.rawValue): Graphviz could not draw it: \(error)")
        }
        try OutputSink.write(data, to: output)
        if failed { throw ExitCode(1) }
    }
}

extension GraphvizFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: timeline, actor graph, contradiction map, a filterable event table and per-document summaries.")

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var pictures: PictureOptions
    @Option(name: [.short, .customLong("output")], help: "The HTML file (default: standard output).") var output: String?
    @Option(help: "The page title.") var title: String?

    func run() throws {
        let (analysis, failedInput) = try CorpusLoader(input: input, query: filters.storeQuery).analysis()
        let a = filters.filter.apply(to: analysis)
        let gallery = Gallery(analysis: a, timeline: pictures.timeline(for: a, filters), actorGraph: pictures.actorGraph)
        let (pics, problems) = gallery.pictures()
        for p in problems { Diagnostics.printError("error: \(p)") }
        var svgs: [String: String] = [:]
        for p in pics { if let s = p.svg { svgs[p.name] = s } }
        try OutputSink.write(HTMLReport().render(analysis: a, pictures: svgs, title: title ?? AnalyzeCommand.title(a)), to: output)
        if failedInput || !problems.isEmpty { throw ExitCode(1) }
    }
}
