/// What a timeline shows and how (`faultline analyze --lanes … --max-events … --from … --to … --actor …`).
public struct TimelineOptions: Sendable, Hashable {
    /// One lane per actor (the event's first source actor) or per country (that actor's country).
    public enum Lanes: String, CaseIterable, Sendable {
        case actor, country
    }

    /// Time flowing down the page (lanes are columns) or to the right (lanes are rows).
    public enum Orientation: String, CaseIterable, Sendable {
        case vertical, horizontal
    }

    public var lanes: Lanes
    /// Above this many events, events are grouped by day, then week, then month (one node
    /// per period, lane and quad class with a count) until at most this many nodes remain;
    /// if months are still too many, the smaller lanes merge into one "other" lane, then
    /// events are grouped by year. Grouped pictures draw only the claims of the strongest
    /// contradictions (at most `maxEvents / 5`).
    public var maxEvents: Int
    /// Forces a grouping instead of choosing one from `maxEvents`.
    public var granularity: TimelineGranularity?
    /// Keep only events whose date overlaps `from…to`; undated events and dates without a
    /// year are left out when either bound is set.
    public var from: DateBound?
    public var to: DateBound?
    /// Keep only events involving this actor: an actor id, a name or alias (case and accents
    /// ignored), or a CAMEO code or country code (`RUS`, `RUSGOV`).
    public var actor: String?
    /// Draw claims (speaker notes with dashed edges to the events they report) and contradictions.
    public var showClaims: Bool
    public var showLegend: Bool
    public var orientation: Orientation
    /// Events of one lane and period side by side before a new row starts.
    public var maxPerRow: Int
    /// The picture's title; by default it says how many events and which dates are shown.
    public var title: String?
    /// Prefixed to every SVG id, so several pictures can share one HTML page.
    public var idPrefix: String

    public init(lanes: Lanes = .actor, maxEvents: Int = 250, granularity: TimelineGranularity? = nil,
                from: DateBound? = nil, to: DateBound? = nil, actor: String? = nil, showClaims: Bool = true,
                showLegend: Bool = true, orientation: Orientation = .vertical, maxPerRow: Int = 4,
                title: String? = nil, idPrefix: String = "") {
        self.lanes = lanes; self.maxEvents = maxEvents; self.granularity = granularity
        self.from = from; self.to = to; self.actor = actor; self.showClaims = showClaims
        self.showLegend = showLegend; self.orientation = orientation; self.maxPerRow = maxPerRow
        self.title = title; self.idPrefix = idPrefix
    }
}
