import FaultlineModel

/// Where a dated thing sits in time, read from a TIMEX3 value.
///
/// A value without a year (`XXXX-12-14`) keeps its month and day, placed in a stand-in
/// leap year so it can still be ordered against other dates without a year.
struct TimelineDate: Hashable, Sendable {
    /// How much of the date is known; the raw values order coarse before fine.
    enum Precision: Int, Comparable, Sendable {
        case year, month, week, day
        static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// Stand-in year for dates whose year is unknown (a leap year, so `XXXX-02-29` exists).
    static let placeholderYear = 2000

    var start: CivilDay
    var precision: Precision
    var yearKnown: Bool
    /// Why the date should be read with care: a short form for labels and a sentence for
    /// tooltips; empty when the date is stated in full.
    var reasons: [(short: String, long: String)]

    /// All reasons in words, or nil when the date is certain.
    var uncertainty: String? { reasons.isEmpty ? nil : reasons.map(\.long).joined(separator: "; ") }

    static func == (a: TimelineDate, b: TimelineDate) -> Bool {
        a.start == b.start && a.precision == b.precision && a.yearKnown == b.yearKnown && a.uncertainty == b.uncertainty
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(start); hasher.combine(precision); hasher.combine(yearKnown); hasher.combine(uncertainty)
    }

    /// The date of `date`, or nil when it is undated or its value cannot be read.
    init?(_ date: EventDate) {
        guard let raw = date.value, !raw.isEmpty else { return nil }
        let value = raw.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? raw
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first else { return nil }
        let known: Bool
        let year: Int
        if first == "XXXX" {
            known = false; year = TimelineDate.placeholderYear
        } else if first.count == 4, let y = Int(first), first.allSatisfy(\.isASCII) {
            known = true; year = y
        } else {
            return nil
        }
        yearKnown = known
        var reasons: [(short: String, long: String)] = []
        if !known { reasons.append(("year unknown", "year unknown")) }
        if parts.count >= 2, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            if parts.count >= 3, parts[2].count == 2, let day = Int(parts[2]),
               let civil = CivilDay(year: year, month: month, day: day) {
                start = civil; precision = .day
            } else {
                start = CivilDay(year: year, month: month, day: 1)!; precision = .month
                reasons.append(("month only", "only the month is known"))
            }
        } else if parts.count >= 2, parts[1].hasPrefix("W"), known, let week = Int(parts[1].dropFirst()),
                  let monday = CivilDay.isoWeekStart(year: year, week: week) {
            start = monday; precision = .week
            reasons.append(("week only", "only the week is known"))
        } else if known {
            start = CivilDay(year: year, month: 1, day: 1)!; precision = .year
            reasons.append(("year only", "only the year is known"))
        } else {
            return nil
        }
        switch date.anchor {
        case .document: reasons.append(("publication date", "date taken from the document's publication date"))
        case .previous: reasons.append(("inherited date", "date inherited from an earlier sentence"))
        default: break
        }
        self.reasons = reasons
    }

    /// The last day of the known period.
    var end: CivilDay {
        switch precision {
        case .day: return start
        case .week: return CivilDay(number: start.number + 6)
        case .month:
            let c = start.components
            return CivilDay(year: c.year, month: c.month, day: CivilDay.daysIn(month: c.month, year: c.year))!
        case .year:
            return CivilDay(year: start.components.year, month: 12, day: 31)!
        }
    }
}

/// A position on the timeline's date axis: one rank of the layout.
struct TimelineSlot: Hashable, Comparable, Sendable {
    /// Dated slots come first, then dates without a year, then undated things.
    enum Section: Int, Comparable, Sendable {
        case known, yearUnknown, undated
        static func < (a: Section, b: Section) -> Bool { a.rawValue < b.rawValue }
    }

    var section: Section
    var start: CivilDay
    var end: CivilDay
    var precision: TimelineDate.Precision
    /// Stable text key (`2016-12-14`, `2016-W50`, `2016-12`, `XXXX-12-14`, `undated`), used in ids.
    var key: String
    /// What the axis shows.
    var label: String

    static let undated = TimelineSlot(section: .undated, start: CivilDay(number: 0), end: CivilDay(number: 0),
                                      precision: .year, key: "undated", label: "undated")

    /// Coarser periods come before finer ones starting on the same day.
    static func < (a: TimelineSlot, b: TimelineSlot) -> Bool {
        (a.section.rawValue, a.start.number, a.precision.rawValue, a.key) < (b.section.rawValue, b.start.number, b.precision.rawValue, b.key)
    }

    /// The slot holding `date` when events are grouped by `granularity`.
    init(_ date: TimelineDate?, granularity: TimelineGranularity) {
        guard let date else { self = .undated; return }
        var precision = date.precision
        switch granularity {
        case .event, .day: break
        case .week: if precision == .day { precision = date.yearKnown ? .week : .month }
        case .month: if precision == .day || precision == .week { precision = .month }
        case .year: precision = .year
        }
        let section: Section = date.yearKnown ? .known : .yearUnknown
        let c = date.start.components
        switch precision {
        case .day:
            self.init(section: section, start: date.start, end: date.start, precision: .day,
                      key: TimelineSlot.yearText(c.year, date.yearKnown) + "-" + CivilDay.pad(c.month, 2) + "-" + CivilDay.pad(c.day, 2))
        case .week:
            let monday = date.start.weekStart
            let iso = monday.isoWeek
            self.init(section: section, start: monday, end: CivilDay(number: monday.number + 6), precision: .week,
                      key: CivilDay.pad(iso.year, 4) + "-W" + CivilDay.pad(iso.week, 2))
        case .month:
            // A week belongs to the month of its Thursday, as ISO weeks belong to years.
            let anchor = date.precision == .week ? CivilDay(number: date.start.number + 3).components : c
            let first = CivilDay(year: anchor.year, month: anchor.month, day: 1)!
            let last = CivilDay(year: anchor.year, month: anchor.month, day: CivilDay.daysIn(month: anchor.month, year: anchor.year))!
            self.init(section: section, start: first, end: last, precision: .month,
                      key: TimelineSlot.yearText(anchor.year, date.yearKnown) + "-" + CivilDay.pad(anchor.month, 2))
        case .year:
            let first = CivilDay(year: c.year, month: 1, day: 1)!
            self.init(section: section, start: first, end: CivilDay(year: c.year, month: 12, day: 31)!, precision: .year,
                      key: TimelineSlot.yearText(c.year, date.yearKnown))
        }
    }

    private init(section: Section, start: CivilDay, end: CivilDay, precision: TimelineDate.Precision, key: String) {
        self.init(section: section, start: start, end: end, precision: precision, key: key, label: key)
    }

    private init(section: Section, start: CivilDay, end: CivilDay, precision: TimelineDate.Precision, key: String, label: String) {
        self.section = section; self.start = start; self.end = end; self.precision = precision
        self.key = key; self.label = label
    }

    private static func yearText(_ year: Int, _ known: Bool) -> String {
        known ? CivilDay.pad(year, 4) : "XXXX"
    }
}

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
