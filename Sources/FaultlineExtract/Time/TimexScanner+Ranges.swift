import FaultlineModel
import FaultlineText

/// Ranges and lists that share a month or a year: `6-7 January 1916`, `March 5-9, 1918`,
/// `from 15 to 22 February`, `May 4 and 5`, `499-493 BC`, `264 to 241 BC`, `1939-1945`.
/// Each end becomes its own expression with the full date, as TIMEX annotation does.
extension TimexScanner {
    static let rangeWords: Set<String> = ["to", "and", "-", "–", "through", "or", "until", "till"]
    /// Words joining a day to a following date in Vietnamese lists and ranges.
    static let dayListWords: Set<String> = [Folding.key("và"), Folding.key("đến"), Folding.key("tới"), "-", "–", ","]

    /// True when token `i` is a number holding a `-` byte. Ranges split at a dash need one (a
    /// number whose separator is `-` holds that byte), so most numbers (`14/12`, `2016`) are
    /// ruled out here without being split into parts or searched by character.
    @inline(__always)
    func isDashedNumber(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .number && tokens[i].text.utf8.contains(0x2D)
    }

    /// Several expressions starting at token `i`, or nil.
    func ranges(_ i: Int) -> [TimexParse]? {
        dayRangeBeforeMonth(i) ?? dayRangeAfterMonth(i) ?? monthPair(i) ?? eraYearRange(i) ?? yearRange(i)
            ?? vietnameseDayRange(i)
    }

    /// `ngày 14-16/12`, `14-16.12.2016`: a range of days before a month, in one token.
    func vietnameseDayRange(_ i: Int) -> [TimexParse]? {
        let start = isKey(i, HK.ngay) || isKey(i, HK.hom) ? i + 1 : i
        guard start < tokens.count, isDashedNumber(start) else { return nil }
        let t = tokens[start].text
        // The shape first: the licence looks at the words around, and most numbers fail the shape.
        guard let dash = t.firstIndex(of: "-"), let slash = t.firstIndex(where: { $0 == "/" || $0 == "." }), dash < slash,
              let a = Int(t[..<dash]), (1...31).contains(a), start > i || licensedDayMonth(i, separator: UInt8(ascii: "/")) else { return nil }
        let rest = String(t[t.index(after: dash)...])
        let pieces = rest.split(separator: t[slash]).compactMap { Int($0) }
        guard pieces.count >= 2, pieces.count <= 3, (1...31).contains(pieces[0]), a < pieces[0], (1...12).contains(pieces[1]) else { return nil }
        var f = CalendarFields(month: pieces[1], day: pieces[0])
        if pieces.count == 3 {
            guard pieces[2] >= 1000 else { return nil }
            f.year = pieces[2]
        }
        var f1 = f
        f1.day = a
        guard validDay(f), validDay(f1) else { return nil }
        let tok = tokens[start]
        let dashByte = tok.start + t[..<dash].utf8.count
        var first = TimexParse(start: i, end: start + 1, core: .calendar(f1), rule: "vi.day-range")
        first.byteRange = tokens[i].start..<dashByte
        var second = TimexParse(start: start, end: start + 1, core: .calendar(f), rule: "vi.day-range")
        second.byteRange = (dashByte + 1)..<tok.end
        second.movesReference = false
        return [first, second]
    }

    /// `August-September 1950`, `(February-March 1794)`: one word naming two months.
    func monthPair(_ i: Int) -> [TimexParse]? {
        // Both pieces are capitalised: a word starting with a lowercase ASCII letter (`al-Assad`,
        // `mid-March`) is passed over without splitting it.
        guard i >= 0, i < tokens.count, let lead = tokens[i].text.utf8.first, !(lead >= 0x61 && lead <= 0x7A) else { return nil }
        // Likewise a piece after a hyphen starting with a lowercase ASCII letter (`Soviet-era`),
        // and a word with no hyphen at all: ruled out from the bytes, before splitting.
        var afterHyphen = false, hyphens = 0
        for b in tokens[i].text.utf8 {
            if afterHyphen, b >= 0x61 && b <= 0x7A { return nil }
            afterHyphen = b == 0x2D
            if afterHyphen { hyphens += 1 }
        }
        guard hyphens > 0 else { return nil }
        let parts = hyphenParts(i)
        guard parts.count == 2, parts.allSatisfy(\.capitalized), let a = englishMonthNumber(key: parts[0].key),
              let b = englishMonthNumber(key: parts[1].key) else { return nil }
        var fa = CalendarFields(month: a), fb = CalendarFields(month: b)
        var end = i + 1
        if let y = year(at: end), y.shortYear == nil {
            fb.year = y.year; fb.bc = y.bc; fa.year = a > b ? y.year - 1 : y.year; fa.bc = y.bc; end = y.end
        }
        var first = TimexParse(start: i, end: i + 1, core: .calendar(fa), rule: "en.month-range")
        first.byteRange = parts[0].bytes
        var second = TimexParse(start: i, end: end, core: .calendar(fb), rule: "en.month-range")
        second.byteRange = parts[1].bytes.lowerBound..<tokens[end - 1].end
        second.movesReference = false
        return [first, second]
    }

    /// Byte range of part `k` of a number token split at its separator.
    private func partRange(_ i: Int, _ k: Int) -> Range<Int> {
        let t = tokens[i]
        var start = t.start
        var part = 0
        var pos = t.start
        for c in t.text.utf8 {
            if !(c >= 48 && c <= 57) {
                if part == k { return start..<pos }
                part += 1
                start = pos + 1
            }
            pos += 1
        }
        return start..<t.end
    }

    private func dayPair(_ i: Int) -> (Int, Int)? {
        guard isDashedNumber(i), let np = numberParts(i), np.count == 2, np.separator == UInt8(ascii: "-"), np.maxWidth <= 2,
              (1...31).contains(np.part(0)), (1...31).contains(np.part(1)), np.part(0) < np.part(1) else { return nil }
        return (np.part(0), np.part(1))
    }

    private func validDay(_ f: CalendarFields) -> Bool {
        guard let m = f.month, let d = f.day else { return true }
        return d <= CalendarDay.daysIn(month: m, year: f.year.map { f.bc ? -$0 : $0 } ?? 2000)
    }

    /// `6-7 January 1916`, `from 15 to 22 February`, `22 and 23 June 1950`.
    func dayRangeBeforeMonth(_ i: Int) -> [TimexParse]? {
        if let (a, b) = dayPair(i) {
            guard let m = englishMonth(at: i + 1) else { return nil }
            var f = CalendarFields(month: m.month, day: b)
            var end = m.end
            var k = end
            if key(k) == "," { k += 1 }
            if let y = year(at: k), y.shortYear == nil { f.year = y.year; f.bc = y.bc; end = y.end }
            var f1 = f
            f1.day = a
            guard validDay(f), validDay(f1) else { return nil }
            var first = TimexParse(start: i, end: i + 1, core: .calendar(f1), rule: "en.day-range")
            first.byteRange = partRange(i, 0)
            var second = TimexParse(start: i, end: end, core: .calendar(f), rule: "en.day-range")
            second.byteRange = partRange(i, 1).lowerBound..<tokens[end - 1].end
            second.movesReference = false
            return [first, second]
        }
        guard let a = integer(i), digitCount(i) <= 2, (1...31).contains(a), TimexScanner.rangeWords.contains(key(i + 1)),
              i + 2 < tokens.count, tokens[i + 2].kind == .number,
              var second = englishDayMonth(i + 2), case .calendar(var f) = second.core else { return nil }
        second.movesReference = false
        f.day = a
        guard validDay(f) else { return nil }
        let first = TimexParse(start: i, end: i + 1, core: .calendar(f), rule: "en.day-range")
        return [first, second]
    }

    /// `March 5-9, 1918`, `April 13-15`, `May 4 and 5`, `January 25 to 29, 1905`.
    func dayRangeAfterMonth(_ i: Int) -> [TimexParse]? {
        guard let m = englishMonth(at: i) else { return nil }
        var f = CalendarFields(month: m.month)
        var secondDay: Int
        var end: Int
        var firstEnd: Int
        var secondStartByte: Int
        var firstBytes: Range<Int>?
        if let (a, b) = dayPair(m.end) {
            f.day = a; secondDay = b
            end = m.end + 1
            firstEnd = m.end + 1
            firstBytes = tokens[i].start..<partRange(m.end, 0).upperBound
            secondStartByte = partRange(m.end, 1).lowerBound
        } else if let a = integer(m.end), digitCount(m.end) <= 2, (1...31).contains(a),
                  TimexScanner.rangeWords.contains(key(m.end + 1)), let b = integer(m.end + 2), digitCount(m.end + 2) <= 2,
                  (1...31).contains(b), a < b, !isClockLike(m.end + 2) {
            f.day = a; secondDay = b
            end = m.end + 3
            firstEnd = m.end + 1
            secondStartByte = tokens[m.end + 2].start
        } else {
            return nil
        }
        var k = end
        if key(k) == "," { k += 1 }
        if let y = year(at: k), y.shortYear == nil { f.year = y.year; f.bc = y.bc; end = y.end }
        var f2 = f
        f2.day = secondDay
        guard validDay(f), validDay(f2) else { return nil }
        var first = TimexParse(start: i, end: firstEnd, core: .calendar(f), rule: "en.day-range")
        first.byteRange = firstBytes
        var second = TimexParse(start: firstEnd, end: end, core: .calendar(f2), rule: "en.day-range")
        second.byteRange = secondStartByte..<tokens[end - 1].end
        second.movesReference = false
        if firstBytes != nil { first.byteRange = firstBytes }
        return [first, second]
    }

    /// `499-493 BC`, `264 to 241 BC`: the era after the second year applies to both.
    func eraYearRange(_ i: Int) -> [TimexParse]? {
        if isDashedNumber(i), let np = numberParts(i), np.separator == UInt8(ascii: "-"), np.count == 2, np.maxWidth <= 4,
           let e = era(at: i + 1) {
            var a = TimexParse(start: i, end: i + 1, core: .calendar(CalendarFields(year: np.part(0), bc: e.bc)), rule: "year.era-range")
            a.byteRange = partRange(i, 0)
            var b = TimexParse(start: i, end: e.end, core: .calendar(CalendarFields(year: np.part(1), bc: e.bc)), rule: "year.era-range")
            b.byteRange = partRange(i, 1).lowerBound..<tokens[e.end - 1].end
            b.movesReference = false
            return [a, b]
        }
        guard let n = integer(i), digitCount(i) <= 4, TimexScanner.rangeWords.contains(key(i + 1)),
              let y = year(at: i + 2), y.shortYear == nil, y.end > i + 3, y.bc else { return nil }
        let a = TimexParse(start: i, end: i + 1, core: .calendar(CalendarFields(year: n, bc: true)), rule: "year.era-range")
        var b = TimexParse(start: i + 2, end: y.end, core: .calendar(CalendarFields(year: y.year, bc: true)), rule: "year.era-range")
        b.movesReference = false
        return [a, b]
    }

    /// Gives a year-less date the year of the dated one it is coordinated with
    /// (`August and September 1914`, `26 June - 4 August 1952`, `between March and April 1918`).
    func shareYears(_ parses: [TimexParse]) -> [TimexParse] {
        var out = parses
        shareYears(in: &out)
        return out
    }

    /// `shareYears(_:)` in place (the scan's own buffer, not a copy of it).
    func shareYears(in out: inout [TimexParse]) {
        guard out.count > 1 else { return }
        for k in stride(from: out.count - 2, through: 0, by: -1) {
            let p = out[k], q = out[k + 1]
            // `ngày 14 và 15/12`, `từ ngày 14 đến 16/12`: a day alone takes the next date's month.
            if case .calendar(var f) = p.core, f.month == nil, f.day != nil, f.year == nil,
               case .calendar(let g) = q.core, let m = g.month, g.day != nil, p.end <= q.start, q.start - p.end == 1,
               TimexScanner.dayListWords.contains(key(p.end)) {
                f.month = m; f.year = g.year; f.bc = g.bc; f.yearOffset = g.yearOffset
                if validDay(f) { out[k].core = .calendar(f); out[k + 1].movesReference = false }
                continue
            }
            guard case .calendar(var f) = p.core, f.year == nil, f.yearOffset == nil, f.shortYear == nil, let pm = f.month,
                  case .calendar(let g) = q.core, let y = g.year, let qm = g.month,
                  p.byteRange == nil || q.byteRange != nil, p.end <= q.start || p.byteRange != nil else { continue }
            let gap = (p.end..<max(p.end, q.start)).map { key($0) }
            guard gap.count <= 2, !gap.isEmpty || p.byteRange != nil,
                  gap.allSatisfy({ TimexScanner.rangeWords.contains($0) || $0 == "," }) else { continue }
            f.year = pm > qm ? y - 1 : y
            f.bc = g.bc
            out[k].core = .calendar(f)
            out[k + 1].movesReference = false
        }
    }
}
