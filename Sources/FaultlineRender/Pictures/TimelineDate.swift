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
