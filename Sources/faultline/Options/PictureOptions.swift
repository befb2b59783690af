import ArgumentParser
import FaultlineRender

/// How the pictures are drawn.
struct PictureOptions: ParsableArguments {
    @Option(help: "Timeline lanes: one per actor or per country.") var lanes: TimelineOptions.Lanes = .actor
    @Option(help: "Above this many events the timeline groups them by day, week, then month.") var maxEvents: Int = 250
    @Flag(help: "Group the actor graph's nodes by country.") var clusterCountries = false

    func validate() throws {
        if maxEvents < 1 { throw ValidationError("--max-events must be at least 1") }
    }

    /// Timeline options, with the filters of a command that has them.
    func timeline(from: String? = nil, to: String? = nil, actor: String? = nil) -> TimelineOptions {
        TimelineOptions(lanes: lanes, maxEvents: maxEvents,
                        from: from.flatMap(DateBound.init), to: to.flatMap(DateBound.init), actor: actor)
    }

    func timeline(_ filters: FilterOptions) -> TimelineOptions {
        timeline(from: filters.from, to: filters.to, actor: filters.actor)
    }

    var actorGraph: ActorGraphOptions { ActorGraphOptions(clusterByCountry: clusterCountries) }
}

extension TimelineOptions.Lanes: ExpressibleByArgument {}
