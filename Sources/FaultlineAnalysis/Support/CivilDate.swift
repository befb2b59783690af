/// Calendar arithmetic on TIMEX3 date values, without Foundation's calendars.
///
/// Merging, contradiction windows, time slices and date filters all compare dates as day
/// ordinals (days since 1970-01-01, proleptic Gregorian), which is exact, fast and the same
/// on every platform. Algorithms after H. Hinnant, "chrono-compatible low-level date algorithms".
enum CivilDate {
    /// Day ordinal of a Gregorian date (1970-01-01 = 0).
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The Gregorian date of a day ordinal.
    static func civil(_ dayOrdinal: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayOrdinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    static func weekday(_ day: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        let w = (day + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ day: Int) -> (year: Int, week: Int) {
        let thursday = day - weekday(day) + 4
        let year = civil(thursday).year
        let week = (thursday - ordinal(year: year, month: 1, day: 1)) / 7 + 1
        return (year, week)
    }

    /// Ordinal of the Monday of ISO week `week` of `year`.
    static func mondayOf(isoYear year: Int, week: Int) -> Int {
        let jan4 = ordinal(year: year, month: 1, day: 4)
        return jan4 - (weekday(jan4) - 1) + (week - 1) * 7
    }

    /// Position of a month/day in a leap year (0…365), for comparing dates whose year is unknown.
    static func yearlessOrdinal(month: Int, day: Int) -> Int {
        ordinal(year: 2000, month: month, day: day) - ordinal(year: 2000, month: 1, day: 1)
    }

    static func format(_ day: Int) -> String {
        let c = civil(day)
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// A TIMEX3 date value read as a span of days.
///
/// `2016-12-14` is one day, `2016-12` a month, `2016-W50` a week, `2016` a year;
/// `XXXX-12-14` is a day whose year is unknown. Time suffixes (`2016-12-14TMO`) are ignored.
struct TimexSpan: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case day, week, month, year }
    /// First and last day ordinal (inclusive); nil when the year is unknown.
    var first: Int?
    var last: Int?
    /// Month/day position in a leap year when the value is a day with an unknown year.
    var yearless: Int?
    var kind: Kind

    /// The single day, when the value names exactly one day of a known year.
    var day: Int? { kind == .day ? first : nil }

    /// Parses a TIMEX3 date value; nil for nil, `PAST_REF`, durations and anything unreadable.
    static func parse(_ raw: String?) -> TimexSpan? {
        guard var value = raw, !value.isEmpty else { return nil }
        if let fast = parseDay(value) { return fast }
        if let t = value.firstIndex(of: "T") { value = String(value[..<t]) }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearPart = parts.first, yearPart.count == 4 else { return nil }
        let year = Int(yearPart)
        if year == nil && yearPart != "XXXX" { return nil }
        switch parts.count {
        case 1:
            guard let y = year else { return nil }
            return TimexSpan(first: CivilDate.ordinal(year: y, month: 1, day: 1),
                             last: CivilDate.ordinal(year: y, month: 12, day: 31), yearless: nil, kind: .year)
        case 2:
            let p = parts[1]
            if p.first == "W" {
                guard let y = year, let w = Int(p.dropFirst()), (1...53).contains(w) else { return nil }
                let monday = CivilDate.mondayOf(isoYear: y, week: w)
                return TimexSpan(first: monday, last: monday + 6, yearless: nil, kind: .week)
            }
            guard let y = year, p.count == 2, let m = Int(p), (1...12).contains(m) else { return nil }
            return TimexSpan(first: CivilDate.ordinal(year: y, month: m, day: 1),
                             last: CivilDate.ordinal(year: y, month: m, day: CivilDate.daysIn(month: m, year: y)),
                             yearless: nil, kind: .month)
        case 3:
            guard parts[1].count == 2, parts[2].count == 2, let m = Int(parts[1]), let d = Int(parts[2]),
                  (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(month: m, year: year ?? 2000) else { return nil }
            let yl = CivilDate.yearlessOrdinal(month: m, day: d)
            if let y = year {
                let o = CivilDate.ordinal(year: y, month: m, day: d)
                return TimexSpan(first: o, last: o, yearless: yl, kind: .day)
            }
            return TimexSpan(first: nil, last: nil, yearless: yl, kind: .day)
        default:
            return nil
        }
    }

    /// The common case, `YYYY-MM-DD` with a known year, read straight from the bytes.
    private static func parseDay(_ value: String) -> TimexSpan? {
        var digits = [Int](repeating: 0, count: 8)
        var n = 0, index = 0
        for b in value.utf8 {
            if index == 4 || index == 7 {
                guard b == 0x2D else { return nil }
            } else {
                guard b >= 0x30 && b <= 0x39, n < 8 else { return nil }
                digits[n] = Int(b - 0x30); n += 1
            }
            index += 1
        }
        guard index == 10 else { return nil }
        let y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let m = digits[4] * 10 + digits[5], d = digits[6] * 10 + digits[7]
        guard (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(month: m, year: y) else { return nil }
        let o = CivilDate.ordinal(year: y, month: m, day: d)
        return TimexSpan(first: o, last: o, yearless: CivilDate.yearlessOrdinal(month: m, day: d), kind: .day)
    }

    /// Day distance between two day values, comparing month/day only when a year is unknown.
    static func dayDistance(_ a: TimexSpan, _ b: TimexSpan) -> Int? {
        guard a.kind == .day, b.kind == .day else { return nil }
        if let x = a.first, let y = b.first { return abs(x - y) }
        guard let x = a.yearless, let y = b.yearless else { return nil }
        let d = abs(x - y)
        return min(d, 366 - d)
    }

    /// True when the two spans share at least one day (false when a year is unknown).
    func overlaps(_ other: TimexSpan) -> Bool {
        guard let a0 = first, let a1 = last, let b0 = other.first, let b1 = other.last else { return false }
        return a0 <= b1 && b0 <= a1
    }

    /// Ordering rank of the precision: a day is the most precise.
    var precisionRank: Int {
        switch kind { case .day: return 3; case .week: return 2; case .month: return 1; case .year: return 0 }
    }
}
