import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineAnalysis

/// What the four query commands share: load, filter, print a table or JSON.
protocol QueryCommand: ParsableCommand {
    var input: InputOptions { get }
    var filters: FilterOptions { get }
    var json: Bool { get }
    /// The table for the filtered analysis.
    func table(_ analysis: Analysis) -> String
    /// The JSON value for the filtered analysis.
    func jsonValue(_ analysis: Analysis) throws -> Data
}

extension QueryCommand {
    func runQuery() throws {
        let loader = CorpusLoader(input: input, query: filters.storeQuery)
        let (analysis, failed) = try loader.analysis()
        let filtered = filters.filter.apply(to: analysis)
        if json {
            try OutputSink.write(try jsonValue(filtered), to: nil)
        } else {
            try OutputSink.write(table(filtered), to: nil)
        }
        if failed { throw ExitCode(1) }
    }
}

struct ActorsCommand: QueryCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List the actors: code, kind, mentions and centrality.")
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    func table(_ a: Analysis) -> String { AnalysisTables.actors(a) }
    func jsonValue(_ a: Analysis) throws -> Data {
        struct Out: Encodable { var actors: [Actor]; var centrality: [Centrality] }
        return try JSONOutput.data(Out(actors: a.actors, centrality: a.centrality))
    }
    func run() throws { try runQuery() }
}

struct DyadsCommand: QueryCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyads", abstract: "Cooperation and conflict between pairs of actors: events, mean Goldstein, quad counts, co-occurrence.")
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Flag(help: "Aggregate to country pairs.") var countries = false
    @Option(help: "With --json, add a time series sliced by day, week or month.") var slice: TimeSlice?

    func table(_ a: Analysis) -> String {
        if countries {
            var c = a
            c.dyads = DyadTable.countries(a)
            return AnalysisTables.dyads(c)
        }
        return AnalysisTables.dyads(a)
    }
    func jsonValue(_ a: Analysis) throws -> Data {
        struct Out: Encodable { var dyads: [Dyad]; var cooccurrence: [Cooccurrence]; var series: [DyadSeries]? }
        let dyads = countries ? DyadTable.countries(a) : a.dyads
        let series = slice.map { countries ? DyadSeries.countries(a, by: $0) : DyadSeries.actors(a, by: $0) }
        return try JSONOutput.data(Out(dyads: dyads, cooccurrence: a.cooccurrence, series: series))
    }
    func run() throws { try runQuery() }
}

extension TimeSlice: ExpressibleByArgument {}

struct ContradictionsCommand: QueryCommand {
    static let configuration = CommandConfiguration(
        commandName: "contradictions",
        abstract: "Where the sources disagree: disputes, and the pairs of claims behind them with kind, score and explanation.")
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    func table(_ a: Analysis) -> String { AnalysisTables.contradictions(a) }
    func jsonValue(_ a: Analysis) throws -> Data {
        struct Out: Encodable { var disputes: [Dispute]; var contradictions: [Contradiction]; var claims: [Claim] }
        var ids = Set(a.contradictions.flatMap(\.claims))
        for x in a.contradictions { for echo in x.echoes { ids.formUnion(echo.claims) } }
        return try JSONOutput.data(Out(disputes: a.disputes, contradictions: a.contradictions,
                                       claims: a.claims.filter { ids.contains($0.id) }))
    }
    func run() throws { try runQuery() }
}

struct TimelineCommand: QueryCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "The events in time order, as a text table.")
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    func table(_ a: Analysis) -> String { AnalysisTables.timeline(a) }
    func jsonValue(_ a: Analysis) throws -> Data {
        struct Out: Encodable { var events: [Event] }
        return try JSONOutput.data(Out(events: AnalysisTables.timelineOrder(a.events)))
    }
    func run() throws { try runQuery() }
}
