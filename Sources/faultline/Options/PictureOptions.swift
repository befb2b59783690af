import ArgumentParser
import FaultlineModel
import FaultlineRender

/// How the pictures are drawn.
struct PictureOptions: ParsableArguments {
    @Option(help: "Timeline lanes: one per actor or per country (default: per actor when that makes at most 12 lanes, else per country).")
    var lanes: TimelineOptions.Lanes?
    @Option(help: "Above this many events the timeline groups them by day, week, then month.") var maxEvents: Int = 250
    @Flag(help: "Group the actor graph's nodes by country.") var clusterCountries = false

    func validate() throws {
        if maxEvents < 1 { throw ValidationError("--max-events must be at least 1") }
    }

    /// Timeline options, with the filters of a command that has them; lanes chosen for
    /// `analysis` when not given.
    func timeline(for analysis: Analysis, from: String? = nil, to: String? = nil, actor: String? = nil) -> TimelineOptions {
        TimelineOptions(lanes: lanes ?? Self.defaultLanes(analysis), maxEvents: maxEvents,
                        from: from.flatMap(DateBound.init), to: to.flatMap(DateBound.init), actor: actor)
    }

    func timeline(for analysis: Analysis, _ filters: FilterOptions) -> TimelineOptions {
        timeline(for: analysis, from: filters.from, to: filters.to, actor: filters.actor)
    }

    /// Actor lanes read well up to about a dozen; beyond that, one lane per country.
    static func defaultLanes(_ analysis: Analysis) -> TimelineOptions.Lanes {
        let laneActors = Set(analysis.events.compactMap { $0.source.first ?? $0.target.first })
        return laneActors.count <= 12 ? .actor : .country
    }

    var actorGraph: ActorGraphOptions { ActorGraphOptions(clusterByCountry: clusterCountries) }
}

extension TimelineOptions.Lanes: ExpressibleByArgument {}
