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
