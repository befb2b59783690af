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
    /// per period, lane and quad class with a count) until at most this many nodes remain.
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

/// A date bound for filtering (`2016`, `2016-12` or `2016-12-14`), covering the whole period.
public struct DateBound: Sendable, Hashable, CustomStringConvertible {
    /// The text it was read from.
    public let text: String
    let first: CivilDay
    let last: CivilDay

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or a date that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]) else { return nil }
        if parts.count == 1 {
            first = CivilDay(year: year, month: 1, day: 1)!
            last = CivilDay(year: year, month: 12, day: 31)!
        } else {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            if parts.count == 2 {
                first = CivilDay(year: year, month: month, day: 1)!
                last = CivilDay(year: year, month: month, day: CivilDay.daysIn(month: month, year: year))!
            } else {
                guard parts[2].count == 2, let day = Int(parts[2]), let civil = CivilDay(year: year, month: month, day: day) else { return nil }
                first = civil; last = civil
            }
        }
        self.text = text
    }

    public var description: String { text }
}
