/// A day of the proleptic Gregorian calendar, with the arithmetic the anchoring rules need.
///
/// Years before the common era are negative (`-480` is 480 BC); there is no year 0 in
/// the values we write, but the arithmetic treats the line as continuous, which is close
/// enough for relative expressions in ancient history.
struct CalendarDay: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// Returns nil for a day that does not exist (`31/2`, `29/2/2017`).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD` (a document creation time); nil when malformed or invalid.
    init?(iso: String) {
        if let (y, m, d) = CalendarDay.plainISOFields(iso) {
            self.init(year: y, month: m, day: d)
            return
        }
        let parts = iso.splitKeepingCharacters(0x2D, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
              let d = Int(parts[2].prefix(2)) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of text starting `DDDD-D(D)-DD` followed by the end, ASCII other
    /// than a digit, or more ASCII (`2016-12-14`, `2016-12-14T10:00`), read byte by byte
    /// (splitting at hyphens built an array of substrings per document); nil for anything
    /// else, which takes the general path of `init?(iso:)` with the same result.
    static func plainISOFields(_ iso: String) -> (Int, Int, Int)? {
        var u = iso.utf8.makeIterator()
        func digit() -> Int? {
            guard let b = u.next(), b &- 0x30 < 10 else { return nil }
            return Int(b &- 0x30)
        }
        guard let y0 = digit(), let y1 = digit(), let y2 = digit(), let y3 = digit(), u.next() == 0x2D,
              let m0 = digit() else { return nil }
        var month = m0
        switch u.next() {
        case 0x2D: break
        case let b? where b &- 0x30 < 10:
            month = month * 10 + Int(b &- 0x30)
            guard u.next() == 0x2D else { return nil }
        default: return nil
        }
        guard let d0 = digit(), let d1 = digit() else { return nil }
        // A mark after the day's second digit would join it into one character.
        if let next = u.next(), next >= 0x80 { return nil }
        return (((y0 * 10 + y1) * 10 + y2) * 10 + y3, month, d0 * 10 + d1)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    func adding(days n: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + n) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDay(unchecked: thursday.year, 1, 1)
        return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// The Monday of an ISO week.
    static func monday(isoYear: Int, week: Int) -> CalendarDay {
        let jan4 = CalendarDay(unchecked: isoYear, 1, 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }

    var iso: String { TimexFormat.date(year: year, month: month, day: day) }
}

/// Formatting helpers for TIMEX3 values.
enum TimexFormat {
    static func two(_ n: Int) -> String {
        if n >= 0 && n < 100 { return twoDigits[n] }
        return n < 10 ? "0\(n)" : "\(n)"
    }

    /// `two(n)` for `0..<100`, built once: every value written formats its month and day,
    /// and string interpolation costs far more than reading a table of small strings.
    static let twoDigits: [String] = (0..<100).map { n in n < 10 ? "0\(n)" : "\(n)" }

    /// `year(y)`, then `-` and `two(month)`, then `-` and `two(day)` when given: `2016-12-14`,
    /// `2016-12`. Years 0–9999 with a month and day below 100 (every real date) are written
    /// byte by byte into one string; the concatenations they replace built three or four
    /// intermediate strings per value, and a value is written for most expressions.
    static func date(year y: Int, month m: Int, day d: Int?) -> String {
        guard y >= 0, y < 10_000, m >= 0, m < 100, (d ?? 0) >= 0, (d ?? 0) < 100 else {
            var v = year(y) + "-" + two(m)
            if let d { v += "-" + two(d) }
            return v
        }
        return String(unsafeUninitializedCapacity: d == nil ? 7 : 10) { buf in
            @inline(__always) func digit(_ n: Int) -> UInt8 { UInt8(truncatingIfNeeded: 48 + n) }
            buf[0] = digit(y / 1000); buf[1] = digit(y / 100 % 10); buf[2] = digit(y / 10 % 10); buf[3] = digit(y % 10)
            buf[4] = 0x2D; buf[5] = digit(m / 10); buf[6] = digit(m % 10)
            guard let d else { return 7 }
            buf[7] = 0x2D; buf[8] = digit(d / 10); buf[9] = digit(d % 10)
            return 10
        }
    }

    /// `2016`, `0098`, `BC0480`.
    static func year(_ y: Int) -> String {
        let a = abs(y)
        // Below 10000 the padded year is exactly two pairs of digits.
        let s = a < 10_000 ? twoDigits[a / 100] + twoDigits[a % 100] : paddedYear(a)
        return y < 0 ? "BC" + s : s
    }

    /// `String(a)` padded with zeros to four characters (the general form of `year`).
    static func paddedYear(_ a: Int) -> String {
        var s = String(a)
        while s.count < 4 { s = "0" + s }
        return s
    }

    /// The first `digits` digits of a year, padded (`194` for the 1940s, `19` for the 20th century).
    static func yearPrefix(_ y: Int, digits: Int) -> String {
        let full = year(y)
        let bc = full.hasPrefix("BC")
        let body = bc ? String(full.dropFirst(2)) : full
        return (bc ? "BC" : "") + String(body.prefix(digits))
    }
}
