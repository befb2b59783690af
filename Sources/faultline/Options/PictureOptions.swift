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

    func timeline(_ filters: FilterOptions, idPrefix: String = "") -> TimelineOptions {
        TimelineOptions(lanes: lanes, maxEvents: maxEvents,
                        from: filters.from.flatMap(DateBound.init), to: filters.to.flatMap(DateBound.init),
                        actor: filters.actor, idPrefix: idPrefix)
    }

    var actorGraph: ActorGraphOptions { ActorGraphOptions(clusterByCountry: clusterCountries) }
}

extension TimelineOptions.Lanes: ExpressibleByArgument {}
