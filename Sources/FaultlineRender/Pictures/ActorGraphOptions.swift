/// What the actor graph shows (`faultline analyze … actors.svg`).
public struct ActorGraphOptions: Sendable, Hashable {
    /// Group actors in one box per country (laid out with `fdp`, which draws clusters).
    public var clusterByCountry: Bool
    /// Draw places (actors of kind `location`) too; they are left out by default.
    public var includeLocations: Bool
    /// Keep only the most central actors, so large corpora stay readable.
    public var maxActors: Int
    /// Leave out pairs whose co-occurrence weight is below this.
    public var minWeight: Double
    public var showLegend: Bool
    public var title: String?
    /// Prefixed to every SVG id, so several pictures can share one HTML page.
    public var idPrefix: String

    public init(clusterByCountry: Bool = false, includeLocations: Bool = false, maxActors: Int = 150,
                minWeight: Double = 0, showLegend: Bool = true, title: String? = nil, idPrefix: String = "") {
        self.clusterByCountry = clusterByCountry; self.includeLocations = includeLocations
        self.maxActors = maxActors; self.minWeight = minWeight; self.showLegend = showLegend
        self.title = title; self.idPrefix = idPrefix
    }
}
