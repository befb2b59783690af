import FaultlineModel
import FaultlineText

/// Rules for Vietnamese dates: `ngày 14/12`, `hôm 14/12`, `ngày 14 tháng 12 năm 2016`,
/// `tháng 12/2016`, `tháng 02.2017`, `năm 2016`, `thập niên 1990`, `thế kỷ XX`, `quý 3/2016`.
/// Always day-first.
extension TimexScanner {
    /// `vừa qua` (-1), `tới`/`sắp tới` (+1), `này` (0) after a date: the span grows and the
    /// year is chosen on that side of the anchor.
    func vietnameseDirection(at i: Int) -> (end: Int, direction: Int)? {
        if isKey(i, HK.vua), isKey(i + 1, HK.qua) { return (i + 2, -1) }
        if isKey(i, HK.sap), isKey(i + 1, HK.toi) { return (i + 2, 1) }
        if isKey(i, HK.toi) { return (i + 1, 1) }
        if isKey(i, HK.nay) { return (i + 1, 0) }
        return nil
    }

    /// A month after `tháng`: a number 1–12, or a month written `12/2016` / `02.2017`.
    private func monthAfterThang(_ j: Int) -> (end: Int, month: Int, year: Int?)? {
        if let n = integer(j), (1...12).contains(n), digitCount(j) <= 2 { return (j + 1, n, nil) }
        if let np = numberParts(j), np.count == 2, np.separator != UInt8(ascii: ":"), np.separator != UInt8(ascii: ","),
           np.width(0) <= 2, (1...12).contains(np.part(0)), np.width(1) == 4 {
            return (j + 1, np.part(0), np.part(1))
        }
        return nil
    }

    /// A year after `năm`: digits (`2016`, `480 TCN`) or a relative word (`năm ngoái`).
    private func yearAfterNam(_ j: Int, into f: inout CalendarFields) -> Int? {
        guard isKey(j, HK.nam) else { return nil }
        if let y = year(at: j + 1), y.shortYear == nil { f.year = y.year; f.bc = y.bc; return y.end }
        if let n = integer(j + 1), digitCount(j + 1) <= 4, let e = era(at: j + 2) { f.year = n; f.bc = e.bc; return e.end }
        if let pm = word(.postmodifier, at: j + 1, language: "vi"), let off = pm.word.intValue, pm.word.extra == "d" {
            f.yearOffset = off; return pm.end
        }
        return nil
    }

    /// `ngày 14/12`, `hôm 14/12`, `ngày 14-12-2016`, `ngày 14 tháng 12 năm 2016`, `ngày 14`,
    /// `14 tháng 12 năm 2016`, each optionally followed by `vừa qua`/`tới`.
    func vietnameseDate(_ i: Int) -> TimexParse? {
        var j = i
        let lead = isKey(i, HK.ngay) || isKey(i, HK.hom)
        if lead {
            j += 1
            if isKey(j, HK.mung) || isKey(j, HK.mong) { j += 1 }
        } else if integer(i) == nil || !isKey(i + 1, HK.thang) {
            return nil
        }
        var p: TimexParse?
        if lead, let nd = numericDate(j, vietnameseContext: true, strongLicense: true) {
            p = nd
            p!.rule = "vi." + (isKey(i, HK.hom) ? "hom-" : "ngay-") + nd.rule
        } else if let d = integer(j), (1...31).contains(d), digitCount(j) <= 2 {
            var f = CalendarFields(day: d)
            var end = j + 1
            if isKey(end, HK.thang) {
                if let m = monthAfterThang(end + 1) {
                    f.month = m.month; f.year = m.year; end = m.end
                } else if let wm = word(.month, at: end, language: "vi"), let n = wm.word.intValue {
                    f.month = n; end = wm.end
                } else {
                    return nil
                }
                if f.year == nil {
                    var k = end
                    if key(k) == "," { k += 1 }
                    if let e = yearAfterNam(k, into: &f) { end = e }
                }
            } else {
                // `ngày 14` alone: a day of the anchor's month. Not before a unit (`ngày 3 tuần`).
                guard lead, !has(.unit, at: end), end >= tokens.count || tokens[end].kind != .number else { return nil }
            }
            if let m = f.month, d > CalendarDay.daysIn(month: m, year: f.year.map { f.bc ? -$0 : $0 } ?? 2000) { return nil }
            p = TimexParse(start: i, end: end, core: .calendar(f), rule: f.month == nil ? "vi.ngay-day" : "vi.ngay-thang")
        }
        guard var out = p else { return nil }
        out.start = i
        if let dir = vietnameseDirection(at: out.end) { out.end = dir.end; out.direction = dir.direction }
        else if isKey(i - 1, HK.hoi) { out.direction = -1 }
        return out
    }

    /// `tháng 12`, `tháng 12/2016`, `tháng 02.2017`, `tháng 12 năm 2016`, `tháng Mười Hai`,
    /// `tháng 11 vừa qua`, `tháng 12 năm ngoái`.
    func vietnameseMonth(_ i: Int) -> TimexParse? {
        guard isKey(i, HK.thang) else { return nil }
        var f = CalendarFields()
        var end: Int
        if let m = monthAfterThang(i + 1) {
            f.month = m.month; f.year = m.year; end = m.end
            // `tháng 3 ngày`? A month number before a unit is not a month name.
            if has(.unit, at: end, language: "vi"), !isKey(end, HK.nam) { return nil }
        } else if let wm = word(.month, at: i, language: "vi"), let n = wm.word.intValue,
                  isCapitalized(i + 1) || isKey(i + 1, HK.gieng) {
            f.month = n; end = wm.end
        } else {
            return nil
        }
        if f.year == nil {
            var k = end
            if key(k) == "," { k += 1 }
            if let e = yearAfterNam(k, into: &f) { end = e }
        }
        var p = TimexParse(start: i, end: end, core: .calendar(f), rule: "vi.thang")
        if f.year == nil, f.yearOffset == nil, let dir = vietnameseDirection(at: end) { p.end = dir.end; p.direction = dir.direction }
        else if isKey(i - 1, HK.hoi) { p.direction = -1 }  // `hồi tháng 3`: back in March
        return p
    }

    /// `năm 2016`, `năm 480 TCN`, `năm 2016-2017` (the first year).
    func vietnameseYear(_ i: Int) -> TimexParse? {
        guard isKey(i, HK.nam) else { return nil }
        var f = CalendarFields()
        guard let end = yearAfterNam(i, into: &f), f.year != nil else { return nil }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: "vi.nam")
    }

    /// `thập niên 1990`, `thập kỷ 90`, `những năm 1940`, `thế kỷ XX`, `thế kỷ 21`, `thế kỷ thứ 5 TCN`.
    func vietnameseDecadeOrCentury(_ i: Int) -> TimexParse? {
        // Every form starts with `thập`, `những` or `thế`: other first words are ruled out by
        // their key hash alone.
        guard i >= 0, i < tokens.count, VK.decadeOrCenturyHeads.contains(tokens[i].keyHash) else { return nil }
        let k0 = key(i), k1 = key(i + 1)
        if (k0 == VK.thapNien[0] && k1 == VK.thapNien[1]) || (k0 == VK.thapKy[0] && k1 == VK.thapKy[1])
            || (k0 == VK.nhung && k1 == VK.nam) {
            guard let n = integer(i + 2), n % 10 == 0 else { return nil }
            var f = CalendarFields()
            if digitCount(i + 2) == 4 { f.decade = n / 10 } else if digitCount(i + 2) == 2 { f.shortDecade = n / 10 } else { return nil }
            return TimexParse(start: i, end: i + 3, core: .calendar(f), rule: "vi.thap-nien")
        }
        if (k0 == VK.theKy[0] && k1 == VK.theKy[1]) || (k0 == VK.theKyAlt[0] && k1 == VK.theKyAlt[1]) {
            var j = i + 2
            if isKey(j, HK.thu) { j += 1 }
            guard j < tokens.count, let n = integer(j) ?? romanNumeral(tokens[j].text), n > 0, n < 40 else { return nil }
            var end = j + 1
            var bc = false
            if let e = era(at: end) { bc = e.bc; end = e.end }
            return TimexParse(start: i, end: end, core: .calendar(CalendarFields(century: bc ? -(n - 1) : n - 1)), rule: "vi.the-ky")
        }
        return nil
    }

    /// `quý 3/2016`, `quý III năm 2016`, `quý 1`.
    func vietnameseQuarter(_ i: Int) -> TimexParse? {
        guard isKey(i, HK.quy), i + 1 < tokens.count else { return nil }
        var f = CalendarFields()
        var end = i + 2
        if let np = numberParts(i + 1), np.count == 2, np.width(1) == 4, (1...4).contains(np.part(0)) {
            f.quarter = np.part(0); f.year = np.part(1)
        } else if let q = integer(i + 1) ?? romanNumeral(tokens[i + 1].text), (1...4).contains(q) {
            f.quarter = q
            if let e = yearAfterNam(end, into: &f) { end = e }
        } else {
            return nil
        }
        if f.year == nil && f.yearOffset == nil { f.yearOffset = 0 }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: "vi.quy")
    }

    /// The value of an uppercase Roman numeral (`XX` = 20), nil for anything else.
    func romanNumeral(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        guard !s.isEmpty, s.count <= 8 else { return nil }
        var total = 0, prev = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total
    }
}
