import FaultlineModel

/// How long one slice of a time series is.
public enum TimeSlice: String, Sendable, Hashable, CaseIterable, Codable {
    case day, week, month
}

/// Cooperation and conflict between two actors (or countries) over time.
///
/// Each point is one period (`2016-12-14`, `2016-W50`, `2016-12`) with the events of the pair
/// dated inside it. An event is placed only when its date is at least as precise as the slice
/// and its year is known: a month-precise event goes into monthly series but not daily ones.
public struct DyadSeries: Codable, Sendable, Hashable {
    public struct Point: Codable, Sendable, Hashable {
        /// The period, as a TIMEX3 value.
        public var period: String
        public var events: Int
        public var meanGoldstein: Double
        /// Event counts per quad class 1…4.
        public var quads: [Int]
    }

    public var a: String
    public var b: String
    public var slice: TimeSlice
    /// Periods in time order; periods without events are omitted.
    public var points: [Point]

    /// Series for every actor pair of `analysis`'s events.
    public static func actors(_ analysis: Analysis, by slice: TimeSlice) -> [DyadSeries] {
        compute(analysis.events, by: slice) { $0 }
    }

    /// Series for every pair of countries (`Actor.country`).
    public static func countries(_ analysis: Analysis, by slice: TimeSlice) -> [DyadSeries] {
        let country = Dictionary(analysis.actors.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })
        return compute(analysis.events, by: slice) { country[$0] ?? nil }
    }

    /// The period of a TIMEX3 date value in this slice, or nil when the date is not precise enough.
    public static func period(of value: String?, by slice: TimeSlice) -> String? {
        guard let span = TimexSpan.parse(value), let first = span.first else { return nil }
        switch slice {
        case .day:
            return span.kind == .day ? CivilDate.format(first) : nil
        case .week:
            guard span.kind == .day || span.kind == .week else { return nil }
            let w = CivilDate.isoWeek(first)
            return CivilDate.pad(w.year, 4) + "-W" + CivilDate.pad(w.week, 2)
        case .month:
            guard span.kind != .year else { return nil }
            if span.kind == .week, CivilDate.civil(first).month != CivilDate.civil(span.last!).month { return nil }
            let c = CivilDate.civil(first)
            return CivilDate.pad(c.year, 4) + "-" + CivilDate.pad(c.month, 2)
        }
    }

    static func compute(_ events: [Event], by slice: TimeSlice, key: (String) -> String?) -> [DyadSeries] {
        var byPeriod: [String: [Event]] = [:]
        for e in events where DyadTable.counts(e) {
            guard let p = period(of: e.date.value, by: slice) else { continue }
            byPeriod[p, default: []].append(e)
        }
        var series: [PairKey: [Point]] = [:]
        for p in byPeriod.keys.sorted() {
            for d in DyadTable.compute(byPeriod[p]!, key: key) {
                series[PairKey(d.a, d.b), default: []].append(
                    Point(period: p, events: d.events, meanGoldstein: d.meanGoldstein, quads: d.quads))
            }
        }
        return series.map { DyadSeries(a: $0.key.a, b: $0.key.b, slice: slice, points: $0.value) }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
