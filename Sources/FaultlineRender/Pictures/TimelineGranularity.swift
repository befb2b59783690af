/// How finely the timeline groups events: one node per event, or one per period, lane and quad.
public enum TimelineGranularity: String, CaseIterable, Sendable, Comparable {
    case event, day, week, month, year

    public static func < (a: TimelineGranularity, b: TimelineGranularity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Length of one period in days, for measuring gaps.
    var days: Int {
        switch self {
        case .event, .day: return 1
        case .week: return 7
        case .month: return 30
        case .year: return 365
        }
    }

    var unitName: String {
        switch self {
        case .event, .day: return "day"
        case .week: return "week"
        case .month: return "month"
        case .year: return "year"
        }
    }
}
