/// The calendar day and precision of the TIMEX values of one document
/// (`TemporalResolver.dateValue`, `TemporalResolver.precision(of:)`), each value parsed once.
///
/// A short list searched by a byte hash of the value, confirmed by the value itself: a
/// document holds a handful of distinct values, and the dictionary this replaces cost more
/// to set up per document (reserving its table) than its lookups saved. The answers are
/// those of the parse (a value's day and precision depend on the value alone), so keeping
/// only the first `limit` values changes nothing but speed for documents with more.
struct ValueCalendar {
    private struct Entry {
        var hash: UInt64
        var value: String
        var placed: TemporalResolver.Placed
    }

    private var entries: [Entry] = []

    /// Values kept (bounding the search); later values are parsed at each use.
    static let limit = 64

    init() {}

    /// The day and precision of `value`, nil for a value that places nothing on the calendar.
    mutating func placed(_ value: String) -> TemporalResolver.Placed? {
        let h = ValueCalendar.hash(value)
        for k in entries.indices where entries[k].hash == h && entries[k].value == value { return entries[k].placed }
        guard let p = TemporalResolver.precision(of: value) else { return nil }
        let placed = TemporalResolver.Placed(day: TemporalResolver.dateValue(value), precision: p)
        if entries.count < ValueCalendar.limit {
            if entries.isEmpty { entries.reserveCapacity(8) }
            entries.append(Entry(hash: h, value: value, placed: placed))
        }
        return placed
    }

    /// FNV-1a over the value's UTF-8 bytes, read in place.
    static func hash(_ value: String) -> UInt64 {
        var copy = value
        return copy.withUTF8 { u in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in u { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
        }
    }
}
