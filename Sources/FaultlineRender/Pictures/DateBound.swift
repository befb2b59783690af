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
