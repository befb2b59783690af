/// A day of the proleptic Gregorian calendar as a day number (0 = 1970-01-01).
///
/// Timelines need day differences, ISO weeks and month starts for arbitrary TIMEX3 values;
/// integer arithmetic (H. Hinnant's civil-date algorithms) is exact, fast and independent
/// of locale and time zone, unlike `Calendar`.
struct CivilDay: Hashable, Comparable, Sendable {
    let number: Int

    init(number: Int) { self.number = number }

    /// The day `year-month-day`, or nil when the date does not exist (`2016-02-30`).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDay.daysIn(month: month, year: year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146097 + doe - 719468
    }

    var components: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday.
    var weekday: Int {
        let w = (number + 3) % 7            // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The Monday of this day's ISO week.
    var weekStart: CivilDay { CivilDay(number: number - (weekday - 1)) }

    /// ISO 8601 week-numbering year and week (`2016-W50`).
    var isoWeek: (year: Int, week: Int) {
        let thursday = CivilDay(number: number - (weekday - 1) + 3)
        let year = thursday.components.year
        let jan1 = CivilDay(year: year, month: 1, day: 1)!
        return (year, (thursday.number - jan1.number) / 7 + 1)
    }

    /// The Monday starting ISO week `week` of `year`, or nil when the week does not exist.
    static func isoWeekStart(year: Int, week: Int) -> CivilDay? {
        guard week >= 1, week <= 53, let jan4 = CivilDay(year: year, month: 1, day: 4) else { return nil }
        let start = CivilDay(number: jan4.weekStart.number + (week - 1) * 7)
        return start.isoWeek.year == year ? start : nil
    }

    var iso: String {
        let c = components
        return CivilDay.pad(c.year, 4) + "-" + CivilDay.pad(c.month, 2) + "-" + CivilDay.pad(c.day, 2)
    }

    static func < (a: CivilDay, b: CivilDay) -> Bool { a.number < b.number }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
