import FaultlineModel

/// A proleptic Gregorian calendar day, computed without `Calendar` so exports do not
/// depend on the machine's time zone or locale.
struct ExportDay: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    init(ordinal z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    var isoWeekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

    /// `2016-12-14`.
    var iso: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }
    /// `20161214`, GDELT's `SQLDATE`.
    var compact: String { pad(year, 4) + pad(month, 2) + pad(day, 2) }

    static func < (a: ExportDay, b: ExportDay) -> Bool { a.ordinal < b.ordinal }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Monday of ISO week `week` of ISO year `year`.
    static func isoWeekStart(year: Int, week: Int) -> ExportDay {
        let jan4 = ExportDay(year: year, month: 1, day: 4)
        let monday = jan4.ordinal - (jan4.isoWeekday - 1)
        return ExportDay(ordinal: monday + 7 * (week - 1))
    }

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday (or a Wednesday in a leap year).
    static func isoWeeks(in year: Int) -> Int {
        let jan1 = ExportDay(year: year, month: 1, day: 1).isoWeekday
        return jan1 == 4 || (jan1 == 3 && isLeap(year)) ? 53 : 52
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(abs(n))
    let body = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    return n < 0 ? "-" + body : body
}

/// The calendar span a TIMEX3 date value covers: `2016-12-14` one day, `2016-12` the
/// month, `2016-W50` Monday to Sunday, `2016-Q4` the quarter, `2016` the year.
///
/// Values whose year is unknown (`XXXX-12-14`), durations and references (`PAST_REF`) have
/// no span: exports that need a real date leave those events out or mark them undated.
struct ExportDateRange: Hashable, Sendable {
    var start: ExportDay
    /// Inclusive last day.
    var end: ExportDay
    var precision: DatePrecision

    init(start: ExportDay, end: ExportDay, precision: DatePrecision) {
        self.start = start; self.end = end; self.precision = precision
    }

    /// Parses the date part of a TIMEX3 value; a time part (`T…`) is ignored.
    init?(timex value: String?) {
        guard let value else { return nil }
        let datePart = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first), first.allSatisfy(\.isASCIIDigit) else { return nil }
        if parts.count == 1 {
            self.init(start: ExportDay(year: year, month: 1, day: 1), end: ExportDay(year: year, month: 12, day: 31), precision: .year)
            return
        }
        let second = parts[1]
        if second.count == 2, second.allSatisfy(\.isASCIIDigit), let month = Int(second), (1...12).contains(month) {
            let last = ExportDay.daysIn(month: month, year: year)
            if parts.count >= 3 {
                let third = parts[2]
                guard third.count == 2, third.allSatisfy(\.isASCIIDigit), let day = Int(third), (1...last).contains(day) else { return nil }
                let d = ExportDay(year: year, month: month, day: day)
                self.init(start: d, end: d, precision: .day)
            } else {
                self.init(start: ExportDay(year: year, month: month, day: 1), end: ExportDay(year: year, month: month, day: last), precision: .month)
            }
            return
        }
        if second.first == "W", second.count == 3, let week = Int(second.dropFirst()), second.dropFirst().allSatisfy(\.isASCIIDigit),
           (1...ExportDay.isoWeeks(in: year)).contains(week) {
            let monday = ExportDay.isoWeekStart(year: year, week: week)
            self.init(start: monday, end: ExportDay(ordinal: monday.ordinal + 6), precision: .week)
            return
        }
        if second.first == "Q", second.count == 2, let q = Int(second.dropFirst()), (1...4).contains(q) {
            let lastMonth = q * 3
            self.init(start: ExportDay(year: year, month: lastMonth - 2, day: 1),
                      end: ExportDay(year: year, month: lastMonth, day: ExportDay.daysIn(month: lastMonth, year: year)), precision: .month)
            return
        }
        // Seasons (`SU`), halves (`H1`) and other year-level refinements: the whole year.
        if ["SP", "SU", "FA", "AU", "WI", "H1", "H2"].contains(second) {
            self.init(start: ExportDay(year: year, month: 1, day: 1), end: ExportDay(year: year, month: 12, day: 31), precision: .year)
            return
        }
        return nil
    }

    /// The span of several ranges, nil when there are none.
    static func union<S: Sequence>(_ ranges: S) -> ExportDateRange? where S.Element == ExportDateRange {
        var result: ExportDateRange?
        for r in ranges {
            if let cur = result {
                result = ExportDateRange(start: min(cur.start, r.start), end: max(cur.end, r.end),
                                         precision: cur == r ? cur.precision : .unknown)
            } else {
                result = r
            }
        }
        return result
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
