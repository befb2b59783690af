import FaultlineModel

/// The last date mentioned, at the precision it was mentioned (`1940`, `1940-06`, `1940-06-10`).
struct ReferencePoint: Sendable, Hashable {
    var year: Int
    var month: Int?
    var day: Int?
    /// False for a day and month without a year (`ngày 14/12` with no DCT): `year` is then
    /// a leap-year placeholder used for day arithmetic only, and values keep `XXXX`.
    var yearKnown = true

    init(year: Int, month: Int? = nil, day: Int? = nil, yearKnown: Bool = true) {
        self.year = year; self.month = month; self.day = day; self.yearKnown = yearKnown
    }

    /// A year-less day (`XXXX-12-14`), kept for same-day anaphora.
    static func yearless(month: Int, day: Int) -> ReferencePoint {
        ReferencePoint(year: 2000, month: month, day: day, yearKnown: false)
    }

    init(_ d: CalendarDay) { self.init(year: d.year, month: d.month, day: d.day) }

    var calendarDay: CalendarDay? {
        guard let month, let day else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}

/// Turns parsed expressions into TIMEX3 values, in reading order (see `TemporalMode`).
///
/// The state is the document date and the last date mentioned; `resolve` reads the
/// state and, for dates with a known year, moves the last-mentioned date forward.
struct TimexAnchoring: Sendable {
    var mode: TemporalMode
    var dct: CalendarDay?
    var reference: ReferencePoint?
    /// The last mentioned day, kept when a coarser date (`in 1940`) follows it, so that
    /// `the next day` still counts from a day in that year.
    var lastDay: ReferencePoint?

    init(mode: TemporalMode, dct: CalendarDay?, reference: ReferencePoint? = nil) {
        self.mode = mode; self.dct = dct; self.reference = reference
    }

    struct Resolution: Sendable, Hashable {
        var value: String
        var type: TimexType
        var anchor: DateAnchor
    }

    // MARK: - Entry point

    mutating func resolve(_ p: TimexParse) -> Resolution {
        var point: ReferencePoint?
        var value: String
        var anchor: DateAnchor = .explicit
        switch p.core {
        case .calendar(let f):
            (value, point) = calendar(f, direction: p.direction != 0 ? p.direction : p.lean)
        case let .relative(unit, offset, anaphoric):
            anchor = .relative
            if mode == .narrative, unit == .day, offset == 0, !anaphoric, p.clock == nil {
                // `today` in a history is the writer's present, not the story's.
                value = "PRESENT_REF"
            } else {
                (value, point) = relative(unit: unit, offset: offset, anaphoric: anaphoric)
            }
        case let .weekday(w, weekOffset):
            anchor = .relative
            (value, point) = weekday(w, weekOffset: weekOffset, direction: p.direction, lean: p.lean)
        case .literal(let v):
            value = v
            anchor = v.hasSuffix("_REF") ? .relative : .explicit
        case .clockOnly(let anaphoric):
            if anaphoric, let (base, known) = baseDay(anaphoric: true) {
                value = masked(base.iso, known); anchor = .relative
            } else {
                value = "XXXX-XX-XX"; anchor = .none
            }
        }
        var type = p.type
        if let clock = p.clock, TimexAnchoring.isDayLevel(value) {
            value += clock.suffix
            type = .time
        }
        if let point, p.movesReference {
            reference = point
            if point.day != nil { lastDay = point }
        }
        return Resolution(value: value, type: type, anchor: anchor)
    }

    /// True for values that name a day (`2016-12-14`, `XXXX-12-14`, `XXXX-XX-XX`).
    ///
    /// Values are ASCII: they are read byte by byte (splitting into substrings and counting
    /// their characters cost thousands of instructions per clock time); other text takes the
    /// general path.
    static func isDayLevel(_ v: String) -> Bool {
        if let ascii = isDayLevelASCII(v) { return ascii }
        let body = v.hasPrefix("BC") ? String(v.dropFirst(2)) : v
        let parts = body.splitKeepingCharacters(0x2D)
        return parts.count == 3 && parts[1].count == 2 && parts[2].count == 2 && !parts[1].hasPrefix("W")
    }

    /// `isDayLevel` of an ASCII value without CR (nil for other text): without a leading `BC`, exactly
    /// three non-empty pieces between hyphens (runs of hyphens count as one), the last two of
    /// two bytes each, the second not starting with `W`.
    static func isDayLevelASCII(_ v: String) -> Bool? {
        // Piece count, the current piece's length, the lengths of pieces 2 and 3.
        var pieces = 0, length = 0, second = 0, third = 0, secondStartsW = false
        var k = 0, bc = false
        for b in v.utf8 {
            // Beyond ASCII, or a CR (which joins a following LF into one character).
            if b >= 0x80 || b == 0x0D { return nil }
            if k == 0 { bc = b == 0x42 } else if k == 1 { bc = bc && b == 0x43 }
            k += 1
            // `BC` read: start over on the body.
            if k == 2, bc { pieces = 0; length = 0; continue }
            if b == 0x2D { length = 0; continue }
            if length == 0 {
                pieces += 1
                if pieces == 2 { secondStartsW = b == 0x57 }
            }
            length += 1
            if pieces == 2 { second = length } else if pieces == 3 { third = length }
        }
        return pieces == 3 && second == 2 && third == 2 && !secondStartsW
    }

    // MARK: - Calendar dates

    private func calendar(_ f: CalendarFields, direction: Int) -> (String, ReferencePoint?) {
        if let c = f.century {
            return ((c < 0 ? "BC" : "") + TimexFormat.two(abs(c)), nil)
        }
        if let d = f.decade {
            return (TimexFormat.yearPrefix(f.bc ? -d * 10 : d * 10, digits: 3), nil)
        }
        if let sd = f.shortDecade {
            guard let y = anchorYear else { return ("XX" + String(sd), nil) }
            var start = (y / 100) * 100 + sd * 10
            if start > y { start -= 100 }
            return (TimexFormat.yearPrefix(start, digits: 3), nil)
        }
        var year = f.year.map { f.bc ? -$0 : $0 }
        if year == nil, let sy = f.shortYear { year = expandShortYear(sy) }
        if year == nil, let off = f.yearOffset {
            guard let base = basePoint(anaphoric: false), base.yearKnown else { return ("XXXX" + String(format(year: 0, f).dropFirst(4)), nil) }
            year = base.year + off
        }
        if let year {
            return (format(year: year, f), ReferencePoint(year: year, month: f.month, day: f.day))
        }
        // No year: complete it from the anchor.
        if let m = f.month, let d = f.day {
            if let day = completeYear(month: m, day: d, direction: direction) {
                return (day.iso, ReferencePoint(day))
            }
            return ("XXXX-\(TimexFormat.two(m))-\(TimexFormat.two(d))", .yearless(month: m, day: d))
        }
        if let m = f.month {
            if let y = completeYear(month: m, direction: direction) {
                return (format(year: y, f), ReferencePoint(year: y, month: m))
            }
            return ("XXXX-" + TimexFormat.two(m), nil)
        }
        if let d = f.day {
            if let day = completeMonth(day: d, direction: direction) { return (day.iso, ReferencePoint(day)) }
            return ("XXXX-XX-" + TimexFormat.two(d), nil)
        }
        if let s = f.season {
            if let y = anchorYear { return (TimexFormat.year(y) + "-" + s, nil) }
            return ("XXXX-" + s, nil)
        }
        return ("XXXX", nil)
    }

    private func format(year: Int, _ f: CalendarFields) -> String {
        if let m = f.month { return TimexFormat.date(year: year, month: m, day: f.day) }
        var v = TimexFormat.year(year)
        if let s = f.season {
            v += "-" + s
        } else if let q = f.quarter {
            v += "-Q\(q)"
        } else if let h = f.half {
            v += "-H\(h)"
        }
        return v
    }

    /// The year used to complete a year-less expression: the DCT's in news mode, else the
    /// last mentioned year.
    private var anchorYear: Int? {
        switch mode {
        case .news: return dct?.year ?? knownReference?.year
        case .narrative: return knownReference?.year
        }
    }

    /// The last mentioned date when its year is known.
    private var knownReference: ReferencePoint? { reference?.yearKnown == true ? reference : nil }

    /// The day used to complete a year-less day and month.
    private var anchorDay: CalendarDay? {
        switch mode {
        case .news: return dct ?? knownReference?.calendarDay
        case .narrative: return knownReference?.calendarDay
        }
    }

    private func expandShortYear(_ yy: Int) -> Int {
        guard let y = anchorYear else { return yy <= 49 ? 2000 + yy : 1900 + yy }
        let base = (y / 100) * 100 + yy
        let options = [base - 100, base, base + 100]
        return options.min { abs($0 - y) < abs($1 - y) } ?? base
    }

    /// News: the year putting the date closest to the DCT, future distances counting
    /// double (`vừa qua` forces the past, `tới` the future). Narrative: the last mentioned year (dates move forward).
    private func completeYear(month: Int, day: Int, direction: Int) -> CalendarDay? {
        if mode == .narrative {
            guard let ref = knownReference else { return nil }
            if let d = CalendarDay(year: ref.year, month: month, day: day) { return d }
            // 29 February in a common year: the nearest leap year before it.
            return (1...3).lazy.compactMap { CalendarDay(year: ref.year - $0, month: month, day: day) }.first
        }
        guard let anchor = anchorDay else {
            guard let y = anchorYear else { return nil }
            return CalendarDay(year: y, month: month, day: day)
        }
        var best: (CalendarDay, Int)?
        for y in (anchor.year - 4)...(anchor.year + 4) {
            guard let c = CalendarDay(year: y, month: month, day: day) else { continue }
            let delta = c.ordinal - anchor.ordinal
            if direction < 0 && delta > 0 { continue }
            if direction > 0 && delta < 0 { continue }
            // Distance, with ties broken toward the past.
            let score = TimexAnchoring.distanceScore(delta)
            if best == nil || score < best!.1 { best = (c, score) }
        }
        return best?.0
    }

    private func completeYear(month: Int, direction: Int) -> Int? {
        if mode == .narrative { return knownReference?.year }
        guard let a = anchorDay ?? dct else { return anchorYear }
        let here = a.year * 12 + a.month - 1
        var best: (Int, Int)?
        for y in (a.year - 1)...(a.year + 1) {
            let delta = y * 12 + month - 1 - here
            if direction < 0 && delta > 0 { continue }
            if direction > 0 && delta < 0 { continue }
            let score = TimexAnchoring.distanceScore(delta)
            if best == nil || score < best!.1 { best = (y, score) }
        }
        return best?.0
    }

    /// A day of the month without month or year (`ngày 14`): this month or the one before.
    private func completeMonth(day: Int, direction: Int) -> CalendarDay? {
        if mode == .narrative {
            guard let ref = knownReference, let m = ref.month else { return nil }
            return CalendarDay(year: ref.year, month: m, day: day)
        }
        guard let a = anchorDay else { return nil }
        var best: (CalendarDay, Int)?
        for shift in -2...1 {
            var y = a.year, m = a.month + shift
            if m < 1 { m += 12; y -= 1 }
            if m > 12 { m -= 12; y += 1 }
            guard let c = CalendarDay(year: y, month: m, day: day) else { continue }
            let delta = c.ordinal - a.ordinal
            if direction < 0 && delta > 0 { continue }
            if direction > 0 && delta < 0 { continue }
            let score = TimexAnchoring.distanceScore(delta)
            if best == nil || score < best!.1 { best = (c, score) }
        }
        return best?.0
    }

    /// How far a candidate lies from the anchor, future distances counting double: news
    /// reports what happened more than what is announced.
    static func distanceScore(_ delta: Int) -> Int { delta > 0 ? delta * 4 + 1 : -delta * 2 }

    // MARK: - Relative expressions

    /// The reference point relative expressions count from, at whatever precision it has.
    private func basePoint(anaphoric: Bool) -> ReferencePoint? {
        switch mode {
        case .narrative:
            return reference
        case .news:
            if anaphoric, let r = reference { return r }
            return dct.map { ReferencePoint($0) } ?? (anaphoric ? nil : nil)
        }
    }

    /// The day relative expressions count from; `known` is false for a year-less anchor.
    private func baseDay(anaphoric: Bool) -> (day: CalendarDay, known: Bool)? {
        switch mode {
        case .narrative:
            return referenceDay.flatMap { r in r.calendarDay.map { ($0, r.yearKnown) } }
        case .news:
            if anaphoric, let r = referenceDay, let d = r.calendarDay { return (d, r.yearKnown) }
            return dct.map { ($0, true) }
        }
    }

    /// The last mentioned date if it names a day, else the last mentioned day when it lies
    /// within the (coarser) last mentioned date.
    private var referenceDay: ReferencePoint? {
        guard let r = reference else { return nil }
        if r.day != nil { return r }
        guard let d = lastDay, d.yearKnown == r.yearKnown, d.year == r.year, r.month == nil || r.month == d.month else { return nil }
        return d
    }

    /// Replaces the year of a computed value by `XXXX` when the anchor had no year.
    private func masked(_ v: String, _ known: Bool) -> String {
        guard !known else { return v }
        if v.hasPrefix("BC") { return "XXXX" + v.dropFirst(6) }
        return "XXXX" + v.dropFirst(4)
    }

    private func point(_ d: CalendarDay, known: Bool) -> ReferencePoint {
        ReferencePoint(year: d.year, month: d.month, day: d.day, yearKnown: known)
    }

    private func relative(unit: TimeUnit, offset: Int, anaphoric: Bool) -> (String, ReferencePoint?) {
        let base = basePoint(anaphoric: anaphoric)
        let known = base?.yearKnown ?? true
        switch unit {
        case .day, .hour, .minute, .second:
            let n = unit == .day ? offset : 0
            if let (d, k) = baseDay(anaphoric: anaphoric) {
                let r = d.adding(days: n)
                return (masked(r.iso, k), point(r, known: k))
            }
            if n == 0, let b = base {
                // Same day of a month- or year-level anchor: as precise as the anchor.
                return (masked(pointValue(b), known), nil)
            }
            return (masked(b(base), known) + "-XX-XX", nil)
        case .week, .weekend, .fortnight:
            guard let (d, k) = baseDay(anaphoric: anaphoric), k else { return ("XXXX-WXX" + (unit == .weekend ? "-WE" : ""), nil) }
            let step = unit == .fortnight ? 14 : 7
            let w = d.adding(days: offset * step).isoWeek
            let v = "\(TimexFormat.year(w.year))-W\(TimexFormat.two(w.week))"
            return (unit == .weekend ? v + "-WE" : v, nil)
        case .month:
            guard let b = base, let m = b.month else { return (masked(b(base), known) + "-XX", nil) }
            let total = b.year * 12 + (m - 1) + offset
            let y = floorDiv(total, 12)
            let mm = total - y * 12 + 1
            return (masked(TimexFormat.year(y) + "-" + TimexFormat.two(mm), known), ReferencePoint(year: y, month: mm, yearKnown: known))
        case .quarter:
            guard let b = base, let m = b.month, known else { return (b(base) + "-QX", nil) }
            let total = b.year * 4 + (m - 1) / 3 + offset
            let y = floorDiv(total, 4)
            return (TimexFormat.year(y) + "-Q\(total - y * 4 + 1)", nil)
        case .year:
            guard let b = base, known else { return ("XXXX", nil) }
            let y = b.year + offset
            return (TimexFormat.year(y), ReferencePoint(year: y))
        case .decade:
            guard let b = base, known else { return ("XXX", nil) }
            // BC decades count down: the decade after the 490s BC is the 480s BC.
            let n = b.year < 0 ? -((-b.year) / 10 - offset) : b.year / 10 + offset
            return (TimexFormat.yearPrefix(n * 10, digits: 3), nil)
        case .century:
            guard let b = base, known else { return ("XX", nil) }
            let c = b.year < 0 ? -((-b.year) / 100 - offset) : b.year / 100 + offset
            return ((c < 0 ? "BC" : "") + TimexFormat.two(abs(c)), nil)
        case .millennium:
            guard let b = base, known else { return ("X", nil) }
            return (String(floorDiv(b.year, 1000) + offset), nil)
        }
    }

    private func b(_ p: ReferencePoint?) -> String { p.flatMap { $0.yearKnown ? TimexFormat.year($0.year) : nil } ?? "XXXX" }

    private func pointValue(_ p: ReferencePoint) -> String {
        if let m = p.month { return TimexFormat.date(year: p.year, month: m, day: p.day) }
        return TimexFormat.year(p.year)
    }

    private func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// A weekday: in the week `weekOffset` weeks from the anchor's, else the occurrence
    /// nearest the anchor (news: the past preferred, the week before or after when the
    /// governing verb's tense says so; narrative: forward from the last date).
    private func weekday(_ w: Int, weekOffset: Int?, direction: Int, lean: Int) -> (String, ReferencePoint?) {
        guard let (base, known) = baseDay(anaphoric: mode == .narrative), known else { return ("XXXX-WXX-\(w)", nil) }
        let target: CalendarDay
        if let weekOffset {
            target = base.adding(days: weekOffset * 7 + (w - base.weekday))
        } else {
            let window: ClosedRange<Int>
            if direction < 0 { window = -7...(-1) }
            else if direction > 0 { window = 1...7 }
            else if mode == .narrative { window = 0...6 }
            else if lean < 0 { window = -6...0 }
            else if lean > 0 { window = 0...6 }
            else { window = -4...2 }
            let k = window.first { (base.weekday - 1 + $0 + 700) % 7 + 1 == w } ?? 0
            target = base.adding(days: k)
        }
        return (target.iso, ReferencePoint(target))
    }
}
