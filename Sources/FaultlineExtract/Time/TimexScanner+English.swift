import FaultlineModel
import FaultlineText

/// Rules for English month names, weekdays, seasons, centuries, holidays and parts of day.
extension TimexScanner {
    /// Month words that are also ordinary words or names; alone they need a time word before.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "august", "jan", "sun", "sat", "wed"]

    /// The pieces of a hyphenated word token (`mid-March`, `August-September`) with their bytes.
    func hyphenParts(_ i: Int) -> [(key: String, capitalized: Bool, bytes: Range<Int>)] {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].containsHyphen else { return [] }
        var out: [(String, Bool, Range<Int>)] = []
        var pos = tokens[i].start
        for piece in tokens[i].text.splitKeepingCharacters(0x2D, omittingEmptySubsequences: false) {
            let len = piece.utf8.count
            out.append((Folding.key(piece), piece.first?.isUppercase ?? false, pos..<(pos + len)))
            pos += len + 1
        }
        return out
    }

    /// True when a key starts `mid-`, `early-` or `late-` (compared as bytes).
    static func startsWithPositionPrefix(_ key: String) -> Bool {
        let u = key.utf8
        // The first byte rules out nearly every key (`m`, `e`, `l`) before any prefix is compared.
        guard let first = u.first, first == 0x6D || first == 0x65 || first == 0x6C else { return false }
        for prefix in ["mid-", "early-", "late-"] where u.starts(with: prefix.utf8) { return true }
        return false
    }

    /// The month named by a lone word key (`march` → 3), English only.
    func englishMonthNumber(key k: String) -> Int? {
        let t = Tokenizer.tokens(k)
        guard t.count == 1 else { return nil }
        return lexicon.matcher.longestMatch(in: t, at: 0)?.values.first { $0.cls == .month && $0.language == "en" }?.intValue
    }

    /// An English month word (capitalised), with a trailing `.` of an abbreviation.
    func englishMonth(at i: Int) -> (end: Int, month: Int, abbreviated: Bool)? {
        // `mid-March`, `early-June`: a position word glued to the month. A first piece whose
        // key is `mid`, `early` or `late` makes the whole key start `mid-`, `early-`, `late-`:
        // other words are passed over without splitting them.
        if i >= 0, i < tokens.count, TimexScanner.startsWithPositionPrefix(tokens[i].key) {
            let parts = hyphenParts(i)
            if parts.count == 2, ["mid", "early", "late"].contains(parts[0].key), parts[1].capitalized,
               let n = englishMonthNumber(key: parts[1].key) {
                return (i + 1, n, false)
            }
        }
        guard let m = word(.month, at: i, language: "en"), m.end == i + 1, isCapitalized(i), let n = m.word.intValue else { return nil }
        let abbreviated = tokens[i].text.count <= 4 && !["may", "june", "july"].contains(key(i))
        var end = m.end
        if abbreviated, key(end) == ".", glued(i, end) { end += 1 }
        return (end, n, abbreviated)
    }

    /// `December 14, 2016`, `Dec. 14`, `December 14th`, `December 1941`, `May of 1944`,
    /// `December` (alone where it reads as a month).
    func englishMonthDate(_ i: Int) -> TimexParse? {
        guard let m = englishMonth(at: i) else { return nil }
        var f = CalendarFields(month: m.month)
        var end = m.end
        if let d = dayOfMonth(at: end), tokens[end].kind == .number, !isClockLike(end) {
            f.day = d.day
            end = d.end
            var k = end
            if key(k) == "," { k += 1 }
            if let y = year(at: k) , y.shortYear == nil { f.year = y.year; f.bc = y.bc; end = y.end }
            guard f.day! <= CalendarDay.daysIn(month: m.month, year: f.year.map { f.bc ? -$0 : $0 } ?? 2000) else { return nil }
            return TimexParse(start: i, end: end, core: .calendar(f), rule: "en.month-day")
        }
        var k = end
        if key(k) == "of" || key(k) == "," { k += 1 }
        if let y = year(at: k), y.shortYear == nil {
            f.year = y.year; f.bc = y.bc
            return TimexParse(start: i, end: y.end, core: .calendar(f), rule: "en.month-year")
        }
        if m.abbreviated { return nil }
        if TimexScanner.ambiguousMonths.contains(key(i)) {
            guard has(.context, at: i - 1, language: "en") || word(.position, endingAt: i) != nil
                    || (key(i - 1) == "-" && word(.position, endingAt: i - 1) != nil) else { return nil }
        }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: "en.month")
    }

    /// True when a date starts at `i` (`June 5`, `5 June`, `1944`, `Tuesday`).
    func startsDate(_ i: Int) -> Bool {
        var k = i
        if key(k) == "the" { k += 1 }
        return englishMonth(at: k) != nil || has(.weekday, at: k, language: "en") || year(at: k) != nil
            || (dayOfMonth(at: k) != nil && englishMonth(at: dayOfMonth(at: k)!.end + (key(dayOfMonth(at: k)!.end) == "of" ? 1 : 0)) != nil)
    }

    func isClockLike(_ i: Int) -> Bool {
        key(i + 1) == ":" || ["a.m.", "p.m.", "am", "pm"].contains(key(i + 1))
    }

    /// `14 December 2016`, `1 Sept. 1939`, `the 14th of December`, `the 14th`.
    func englishDayMonth(_ i: Int) -> TimexParse? {
        var j = i
        let hasThe = key(j) == "the"
        if hasThe { j += 1 }
        guard let d = dayOfMonth(at: j) else { return nil }
        var k = d.end
        if key(k) == "of" { k += 1 }
        guard let m = englishMonth(at: k) else {
            // `the 14th` alone, at the end of a phrase.
            if hasThe, !isCapitalized(i), has(.context, at: i - 1, language: "en"), tokens[j].kind == .number, d.end == j + 2, isPunctuation(d.end) {
                return TimexParse(start: i, end: d.end, core: .calendar(CalendarFields(day: d.day)), rule: "en.the-nth")
            }
            return nil
        }
        var f = CalendarFields(month: m.month, day: d.day)
        var end = m.end
        var y = m.end
        if key(y) == "," { y += 1 }
        if let yr = year(at: y), yr.shortYear == nil { f.year = yr.year; f.bc = yr.bc; end = yr.end }
        guard d.day <= CalendarDay.daysIn(month: m.month, year: f.year.map { f.bc ? -$0 : $0 } ?? 2000) else { return nil }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: "en.day-month")
    }

    /// `the 20th century`, `the twentieth century`, `the 4th century BC`.
    func englishCentury(_ i: Int) -> TimexParse? {
        var j = i
        if key(j) == "the" { j += 1 }
        var n: Int?
        var k = j
        if let v = integer(j), glued(j, j + 1), ["st", "nd", "rd", "th"].contains(key(j + 1)) { n = v; k = j + 2 }
        else if let o = word(.ordinal, at: j, language: "en") { n = o.word.intValue; k = o.end }
        guard let n, ["century", "centuries"].contains(key(k)) else { return nil }
        var end = k + 1
        var bc = false
        if let e = era(at: end) { bc = e.bc; end = e.end }
        return TimexParse(start: i, end: end, core: .calendar(CalendarFields(century: bc ? -(n - 1) : n - 1)), rule: "en.century")
    }

    /// `the second half of 2008`, `the first half of the year` (H1, H2).
    func halfYear(_ i: Int) -> TimexParse? {
        var j = i
        if key(j) == "the" { j += 1 }
        let half: Int
        switch key(j) {
        case "first", "former", "early": half = 1
        case "second", "latter", "last": half = 2
        default: return nil
        }
        guard key(j + 1) == "half", key(j + 2) == "of" else { return nil }
        var f = CalendarFields(half: half)
        if let y = year(at: j + 3), y.shortYear == nil {
            f.year = y.year; f.bc = y.bc
            return TimexParse(start: i, end: y.end, core: .calendar(f), rule: "en.half-year")
        }
        if key(j + 3) == "the", key(j + 4) == "year" || (["this", "that"].contains(key(j + 3)) && key(j + 4) == "year") {
            f.yearOffset = 0
            return TimexParse(start: i, end: j + 5, core: .calendar(f), rule: "en.half-year")
        }
        return nil
    }

    /// Seasons: `summer 1942`, `the spring of 1794`, `the winter`, `mùa hè năm 2016`,
    /// `mùa đông năm ngoái`.
    func season(_ i: Int) -> TimexParse? {
        var j = i
        let hasThe = key(j) == "the"
        if hasThe { j += 1 }
        guard let s = word(.season, at: j) else { return nil }
        let english = s.word.language == "en"
        var f = CalendarFields(season: s.word.value)
        var end = s.end
        var k = end
        if english, key(k) == "of" || key(k) == "," { k += 1 }
        if !english, isKey(k, HK.nam) {
            if let y = year(at: k + 1) { f.year = y.year; f.bc = y.bc; end = y.end }
            else if let pm = word(.postmodifier, at: k + 1, language: "vi"), let off = pm.word.intValue {
                f.yearOffset = off; end = pm.end
            }
        } else if let y = year(at: k), y.shortYear == nil {
            f.year = y.year; f.bc = y.bc; end = y.end
        }
        if f.year == nil, f.yearOffset == nil, english {
            // `the fall of Atlanta`, `the winter of discontent`: `of` must lead to a year.
            if key(s.end) == "of" { return nil }
            // `fall` and `spring` are also a verb and a noun: alone they need `the` or a time word.
            let before = key(i - 1)
            let licensed = hasThe || has(.context, at: i - 1, language: "en") || ["that", "this", "last", "next"].contains(before)
            if key(j) == "fall", !(hasThe || ["in", "during", "that", "this", "last", "next", "early", "late", "by", "until"].contains(before)) { return nil }
            if key(j) == "spring", !licensed, !isCapitalized(j) { return nil }
            // `summer`, `winter` and `autumn` read as seasons anywhere (`the main summer offensive`).
            guard licensed || isCapitalized(j) || ["summer", "winter", "autumn"].contains(key(j)) else { return nil }
        }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: english ? "en.season" : "vi.season")
    }

    /// `Christmas`, `Christmas 1914`, `Giáng sinh`.
    func holiday(_ i: Int) -> TimexParse? {
        guard let h = word(.holiday, at: i) else { return nil }
        if h.word.language == "en", !isCapitalized(i) { return nil }
        let md = h.word.value.split(separator: "-").compactMap { Int($0) }
        guard md.count == 2 else { return nil }
        var f = CalendarFields(month: md[0], day: md[1])
        var end = h.end
        var k = end
        if key(k) == "," || isKey(k, HK.nam) { k += 1 }
        if let y = year(at: k), y.shortYear == nil { f.year = y.year; end = y.end }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: "holiday")
    }

    /// Weekdays: `Tuesday`, `Tue.`, `thứ Hai`, `thứ 2`, `Chủ nhật`, `thứ Hai tuần trước`.
    func weekday(_ i: Int) -> TimexParse? {
        guard let w = word(.weekday, at: i), let n = w.word.intValue else { return nil }
        var end = w.end
        if w.word.language == "en" {
            guard isCapitalized(i) else { return nil }
            if tokens[i].text.count <= 4 {
                // Abbreviations only with their dot or before a date.
                guard (key(end) == "." && glued(i, end)) || tokens.indices.contains(end + 1) && tokens[end + 1].kind == .number else { return nil }
                if key(end) == "." { end += 1 }
            }
            return TimexParse(start: i, end: end, core: .weekday(n, weekOffset: nil), rule: "en.weekday")
        }
        // Vietnamese `thứ hai` is also `second`: lowercase and digit forms need context.
        let capitalised = isCapitalized(w.end - 1) || isKey(i, HK.chu)
        let digitForm = w.end - 1 < tokens.count && tokens[w.end - 1].kind == .number
        let contextBefore = has(.context, at: i - 1, language: "vi") || word(.partOfDay, endingAt: i, language: "vi") != nil
            || VK.homNgayBuoi.contains(key(i - 1))
        var weekOffset: Int?
        if isKey(end, HK.tuan), let pm = word(.postmodifier, at: end + 1, language: "vi"), let off = pm.word.intValue {
            weekOffset = off; end = pm.end
        }
        let dateAfter = (key(end) == "," || key(end) == "(") && tokens.indices.contains(end + 1)
            && (tokens[end + 1].kind == .number || isKey(end + 1, HK.ngay))
        guard (capitalised && !digitForm) || contextBefore || weekOffset != nil || dateAfter else { return nil }
        return TimexParse(start: i, end: end, core: .weekday(n, weekOffset: weekOffset), rule: "vi.weekday")
    }

    /// Parts of the day: `at dawn`, `the morning`, `that night`, `the next morning`,
    /// `this evening`, `rạng sáng`, `đêm`, and bound Vietnamese words (`sáng`, `chiều`)
    /// before a date.
    func partOfDay(_ i: Int) -> TimexParse? {
        var j = i
        var lead: (offset: Int, anaphoric: Bool)?
        var hasThe = false
        if let pre = word(.premodifier, at: i, language: "en"), let off = pre.word.intValue {
            lead = (off, pre.word.extra == "a"); j = pre.end
        } else if key(i) == "the" {
            hasThe = true; j = i + 1
        }
        guard let pod = word(.partOfDay, at: j) else { return nil }
        if pod.word.language == "en" {
            // `Operation Dawn`: a capitalised part of day inside a sentence is a name.
            if isCapitalized(j), j > 0, tokens[j - 1].kind == .word, !["the", "that", "this", "at", "in", "on", "by"].contains(key(j - 1)) { return nil }
            // `the dawn of national reconciliation`: `of` must lead to a date.
            if key(pod.end) == "of", !startsDate(pod.end + 1) { return nil }
        }
        let tod = TimeOfDay(rawValue: pod.word.extra)
        let clock = ClockSpec.part(pod.word.value)
        if pod.word.language == "vi", pod.word.flag == "bound" {
            // `sáng 14/12`, `chiều thứ Hai`, `tối cùng ngày`: only before a date.
            let n = pod.end
            let before = n < tokens.count && (tokens[n].kind == .number || (isKey(n, HK.ngay) || isKey(n, HK.hom))
                || has(.podRelative, at: n, language: "vi")
                || has(.weekday, at: n, language: "vi") || has(.anaphoricDay, at: n) || has(.relativeDay, at: n)
                || (has(.premodifier, at: n, language: "vi")))
            guard before || isKey(i - 1, HK.vao) else { return nil }
        }
        // `sáng nay`, `tối qua`, `rạng sáng mai`.
        if pod.word.language == "vi", let rel = word(.podRelative, at: pod.end, language: "vi"), let off = rel.word.intValue,
           !numberFollowsPart(rel.end) {
            return TimexParse(start: i, end: rel.end, core: .relative(unit: .day, offset: off, anaphoric: false),
                              type: .time, rule: "vi.pod-relative", clock: clock, timeOfDay: tod)
        }
        if let lead {
            if lead.offset == 0 && !lead.anaphoric {
                return TimexParse(start: i, end: pod.end, core: .relative(unit: .day, offset: 0, anaphoric: false),
                                  type: .time, rule: "en.this-pod", clock: clock, timeOfDay: tod)
            }
            return TimexParse(start: i, end: pod.end, core: .relative(unit: .day, offset: lead.offset, anaphoric: true),
                              type: .time, rule: "en.pod-anaphoric", clock: clock, timeOfDay: tod)
        }
        return TimexParse(start: i, end: pod.end, core: .clockOnly(anaphoric: hasThe), type: .time,
                          rule: pod.word.language + ".pod", clock: clock, timeOfDay: tod)
    }

    private func numberFollowsPart(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .number }

    /// The openings of `anaphoricTime`, made once (the rule is tried at every candidate token).
    static let sameTimeStarts: [[String]] = [["the", "same", "time"], ["that", "time"], ["that", "same", "time"]]

    /// `the same time`, `that time`, `at the time`: the last mentioned date, as precise as it was.
    func anaphoricTime(_ i: Int) -> TimexParse? {
        for s in TimexScanner.sameTimeStarts where (0..<s.count).allSatisfy({ key(i + $0) == s[$0] }) {
            return TimexParse(start: i, end: i + s.count, core: .relative(unit: .day, offset: 0, anaphoric: true),
                              rule: "en.same-time")
        }
        return nil
    }
}
