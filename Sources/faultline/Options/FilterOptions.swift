import ArgumentParser
import FaultlineAnalysis
import FaultlineStore

/// Which part of the analysis to show.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep events dated on or after this TIMEX3 date (2016, 2016-12, 2016-W50, 2016-12-14).")
    var from: String?

    @Option(help: "Keep events dated on or before this date.")
    var to: String?

    @Option(help: "Keep what involves this actor (id or part of a name).")
    var actor: String?

    @Option(help: "Keep what involves actors of this country (ISO alpha-3 or CAMEO root, e.g. RUS).")
    var country: String?

    @Option(help: "Keep contradictions scoring at least this much (0 to 1).")
    var minScore: Double?

    var filter: AnalysisFilter {
        AnalysisFilter(from: from, to: to, actor: actor, country: country?.uppercased(), minScore: minScore)
    }

    /// The part of the filter SQL can apply to a store (an actor id only when it looks like one).
    var storeQuery: StoreQuery {
        StoreQuery(from: from, to: to, actor: nil, country: country?.uppercased())
    }

    func validate() throws {
        do { try filter.validate() } catch { throw ValidationError("\(error)") }
    }
}
