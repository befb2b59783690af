import FaultlineModel
import FaultlineText

/// Rules for dates and times written with digits.
extension TimexScanner {
    /// `2009-12-19T17:00:00`: an ISO date glued to a clock.
    func isoDateTime(_ i: Int) -> TimexParse? {
        guard let np = numberParts(i), np.separator == UInt8(ascii: "-"), np.count == 3, np.width(0) == 4,
              CalendarDay(year: np.part(0), month: np.part(1), day: np.part(2)) != nil,
              glued(i, i + 1), i + 1 < tokens.count else { return nil }
        let t = tokens[i + 1].text
        guard t.count == 3, t.first == "T" || t.first == "t", let h = Int(t.dropFirst()), h <= 24 else { return nil }
        var end = i + 2
        var minute: Int?, second: Int?
        if key(end) == ":", glued(i + 1, end), glued(end, end + 1), let mp = numberParts(end + 1), mp.separator == UInt8(ascii: ":") {
            minute = mp.part(0); second = mp.count > 1 ? mp.part(1) : nil; end += 2
        } else if key(end) == ":", glued(end, end + 1), let m = integer(end + 1) {
            minute = m; end += 2
        }
        let f = CalendarFields(year: np.part(0), month: np.part(1), day: np.part(2))
        return TimexParse(start: i, end: end, core: .calendar(f), type: .time, rule: "num.iso-datetime",
                          clock: .clock(hour: h, minute: minute ?? 0, second: second))
    }

    /// All-numeric dates: `2016-12-14`, `14/12/2016`, `14.12.2016`, `12/14/2016` (US),
    /// `14/12` and `14-12` where a time word licenses them. Day or month first by the
    /// locale; a form valid both ways is flagged ambiguous. Invalid days are not dates.
    func numericDate(_ i: Int) -> TimexParse? {
        numericDate(i, vietnameseContext: false, strongLicense: false)
    }

    func numericDate(_ i: Int, vietnameseContext: Bool, strongLicense: Bool) -> TimexParse? {
        guard let np = numberParts(i), np.separator == UInt8(ascii: "/") || np.separator == UInt8(ascii: "-") || np.separator == UInt8(ascii: ".") else { return nil }
        if np.count == 3 {
            if np.width(0) == 4 {
                guard np.separator != UInt8(ascii: "."), CalendarDay(year: np.part(0), month: np.part(1), day: np.part(2)) != nil else { return nil }
                return TimexParse(start: i, end: i + 1, core: .calendar(CalendarFields(year: np.part(0), month: np.part(1), day: np.part(2))),
                                  rule: "num.ymd")
            }
            guard np.width(0) <= 2, np.width(1) <= 2, np.width(2) == 4 || np.width(2) == 2 else { return nil }
            var f = CalendarFields()
            let yearForCheck: Int
            if np.width(2) == 4 { f.year = np.part(2); yearForCheck = np.part(2) } else { f.shortYear = np.part(2); yearForCheck = np.part(2) <= 49 ? 2000 + np.part(2) : 1900 + np.part(2) }
            guard let (d, m, ambiguous) = chooseDayMonth(np.part(0), np.part(1), year: yearForCheck, vietnamese: vietnameseContext) else { return nil }
            f.month = m; f.day = d
            return TimexParse(start: i, end: i + 1, core: .calendar(f), rule: np.width(2) == 4 ? "num.dmy" : "num.dmy2",
                              ambiguous: ambiguous)
        }
        guard np.count == 2, np.width(0) <= 2, np.width(1) <= 2 else { return nil }
        // `1-2 ngày`, `3-4 days`: a range of numbers before a unit, not a date.
        if has(.unit, at: i + 1), !(isKey(i + 1, HK.nam) && integer(i + 2) != nil) { return nil }
        guard strongLicense || licensedDayMonth(i, separator: np.separator) else { return nil }
        guard let (d, m, ambiguous) = chooseDayMonth(np.part(0), np.part(1), year: nil, vietnamese: vietnameseContext) else { return nil }
        var f = CalendarFields(month: m, day: d)
        var end = i + 1
        // `14/12 năm 2016`
        if isKey(end, HK.nam), let y = year(at: end + 1) { f.year = y.year; f.bc = y.bc; end = y.end }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: "num.dm", ambiguous: ambiguous)
    }

    /// Picks the day and month of `a/b` by validity, then by locale.
    func chooseDayMonth(_ a: Int, _ b: Int, year: Int?, vietnamese: Bool) -> (day: Int, month: Int, ambiguous: Bool)? {
        func valid(_ d: Int, _ m: Int) -> Bool {
            guard (1...12).contains(m), d >= 1 else { return false }
            // Without a year, 29 February is possible (a leap year is chosen when anchoring).
            return d <= CalendarDay.daysIn(month: m, year: year ?? 2000)
        }
        let dayFirst = valid(a, b), monthFirst = valid(b, a)
        if vietnamese { return dayFirst ? (a, b, false) : nil }
        switch (dayFirst, monthFirst) {
        case (true, true):
            if a == b { return (a, b, false) }
            return dateOrder == .dayFirst ? (a, b, flagsAmbiguity) : (b, a, flagsAmbiguity)
        case (true, false): return (a, b, false)
        case (false, true): return (b, a, false)
        default: return nil
        }
    }

    /// A bare `D/M` needs a time word before it (`sáng 14/12`, `từ 14/12`, `on 12/14`).
    func licensedDayMonth(_ i: Int, separator: UInt8) -> Bool {
        if word(.partOfDay, endingAt: i) != nil || word(.weekday, endingAt: i) != nil { return true }
        // `thứ Tư (14/12)`, `hôm qua (14/12)`, `Tuesday (Dec 13)`.
        if key(i - 1) == "(" || key(i - 1) == ",",
           word(.weekday, endingAt: i - 1) != nil || word(.relativeDay, endingAt: i - 1) != nil { return true }
        if isKey(i - 1, HK.ngay) || isKey(i - 1, HK.hom) { return true }
        guard has(.context, at: i - 1), separator != UInt8(ascii: ".") else { return false }
        return (separator == UInt8(ascii: "/") || isPunctuation(i + 1)) && key(i + 1) != "/"
    }

    /// `1939-1945`, `1939-45`: one token, two years.
    func yearRange(_ i: Int) -> [TimexParse]? {
        guard isDashedNumber(i), let np = numberParts(i), np.separator == UInt8(ascii: "-"), np.count == 2, np.width(0) == 4,
              (1000...2200).contains(np.part(0)) else { return nil }
        var second = np.part(1)
        if np.width(1) == 2 { second = (np.part(0) / 100) * 100 + second }
        guard np.width(1) == 4 || np.width(1) == 2, second > np.part(0), second - np.part(0) < 200 else { return nil }
        let t = tokens[i]
        let firstEnd = t.start + 4
        var a = TimexParse(start: i, end: i + 1, core: .calendar(CalendarFields(year: np.part(0))), rule: "num.year-range")
        a.byteRange = t.start..<firstEnd
        var b = TimexParse(start: i, end: i + 1, core: .calendar(CalendarFields(year: second)), rule: "num.year-range")
        b.byteRange = (firstEnd + 1)..<t.end
        return [a, b]
    }

    /// Clock times: `10:30`, `10:30:15`, `11 a.m.`, `3 p.m.`, Vietnamese `10h30`, `10h`,
    /// `lúc 10 giờ 30 (phút) sáng`.
    func clockTime(_ i: Int) -> TimexParse? {
        var hour: Int, minute: Int?, second: Int?
        var end = i + 1
        var rule = "clock"
        if let np = numberParts(i), np.separator == UInt8(ascii: ":") {
            guard np.count <= 3, np.width(0) <= 2, (1..<np.count).allSatisfy({ np.width($0) == 2 }),
                  np.part(0) <= 24, np.part(1) < 60 else { return nil }
            hour = np.part(0); minute = np.part(1); second = np.count == 3 ? np.part(2) : nil
            rule = "clock.colon"
        } else if let h = integer(i), h <= 24, digitCount(i) <= 2 {
            hour = h
            if glued(i, i + 1), i + 1 < tokens.count, tokens[i + 1].kind == .word,
               tokens[i + 1].key.hasPrefix("h"), let mm = Int(tokens[i + 1].key.dropFirst().isEmpty ? "0" : String(tokens[i + 1].key.dropFirst())),
               mm < 60 {
                // `10h`, `10h30`
                minute = tokens[i + 1].key.count > 1 ? mm : nil
                end = i + 2
                rule = "clock.vi-h"
            } else if isKey(i + 1, HK.gio), (isKey(i - 1, HK.luc) || isKey(i - 1, HK.vao)) || isBoundPartOfDay(i + 2) || integer(i + 2) != nil {
                end = i + 2
                if let m = integer(end), m < 60 { minute = m; end += 1; if isKey(end, HK.phut) { end += 1 } }
                rule = "clock.vi-gio"
            } else if meridiem(at: i + 1) != nil {
                rule = "clock.meridiem"
            } else {
                return nil
            }
        } else {
            return nil
        }
        if let mer = meridiem(at: end) {
            guard hour <= 12 else { return nil }
            if mer.pm, hour < 12 { hour += 12 }
            if !mer.pm, hour == 12 { hour = 0 }
            end = mer.end
        } else if rule.hasPrefix("clock.vi"), let pod = word(.partOfDay, at: end, language: "vi") {
            // `10 giờ sáng`, `8h tối`: the part of day fixes the half of the day.
            if ["AF", "EV", "NI"].contains(pod.word.value), hour < 12, !(pod.word.value == "NI" && hour <= 4) { hour += 12 }
            end = pod.end
        }
        if ["gmt", "utc"].contains(key(end)) { end += 1 }
        guard hour <= 24 else { return nil }
        return TimexParse(start: i, end: end, core: .clockOnly(anaphoric: true), type: .time, rule: rule,
                          clock: .clock(hour: hour, minute: minute ?? 0, second: second), timeOfDay: timeOfDay(hour: hour))
    }

    private func isBoundPartOfDay(_ i: Int) -> Bool { word(.partOfDay, at: i, language: "vi") != nil }

    private func meridiem(at i: Int) -> (end: Int, pm: Bool)? {
        switch key(i) {
        case "a.m.", "am": return (i + 1, false)
        case "p.m.", "pm": return (i + 1, true)
        case "a", "p":
            // `a.m` at a sentence end tokenises as `a.m` + `.`
            return nil
        default:
            if key(i).hasPrefix("a.m") { return (i + 1, false) }
            if key(i).hasPrefix("p.m") { return (i + 1, true) }
            return nil
        }
    }

    func timeOfDay(hour: Int) -> TimeOfDay {
        switch hour {
        case 4..<6: return .dawn
        case 6..<11: return .morning
        case 11..<14: return .noon
        case 14..<18: return .afternoon
        case 18..<22: return .evening
        default: return .night
        }
    }

    /// `480 BC`, `AD 9`, `năm 480 TCN` (Vietnamese is handled by `vietnameseYear`).
    func yearWithEra(_ i: Int) -> TimexParse? {
        guard let y = year(at: i), y.shortYear == nil, y.end > i + 1 else { return nil }
        return TimexParse(start: i, end: y.end, core: .calendar(CalendarFields(year: y.year, bc: y.bc)), rule: "year.era")
    }

    /// A four-digit year on its own (`in 1939`, `(1945)`), or `'99`.
    ///
    /// Numbers are years only where they read as years: after a time or range word, or
    /// next to punctuation; `1500 men` is not a year.
    func bareYear(_ i: Int) -> TimexParse? {
        guard let y = year(at: i) else { return nil }
        if let sy = y.shortYear {
            return TimexParse(start: i, end: y.end, core: .calendar(CalendarFields(shortYear: sy)), rule: "year.apostrophe")
        }
        guard y.end == i + 1, (1000...2100).contains(y.year) else { return nil }
        let prevLicensed = has(.context, at: i - 1) || word(.position, endingAt: i) != nil
            || (key(i - 1) == "-" && word(.position, endingAt: i - 1) != nil)
            || word(.season, endingAt: i) != nil || isKey(i - 1, HK.nam)
            || TimexScanner.yearDeterminers.contains(key(i - 1)) || startsSentence(i)
        let next = i + 1
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized, !prevLicensed,
           !has(.context, at: next), !TimexScanner.wordsAfterYear.contains(key(next)) {
            return nil
        }
        if next < tokens.count, has(.unit, at: next) { return nil }
        if next < tokens.count, tokens[next].kind == .number { return nil }
        var p = TimexParse(start: i, end: i + 1, core: .calendar(CalendarFields(year: y.year)), rule: "year.bare")
        // Years in parentheses (`the Civil Constitution (1790)`), used as modifiers (`the
        // 1812 invasion`) or closing a span (`until 1945`) do not move the narrative's time.
        let attributive = TimexScanner.yearDeterminers.contains(key(i - 1)) && next < tokens.count
            && tokens[next].kind == .word && !tokens[next].isCapitalized && !TimexScanner.wordsAfterYear.contains(key(next))
        if (key(i - 1) == "(" && key(next) == ")") || attributive || ["until", "till"].contains(key(i - 1)) {
            p.movesReference = false
        }
        return p
    }

    /// Words before a year used as a modifier (`the 1941 campaign`, `his 1995 book`).
    static let yearDeterminers: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "whose", "this", "that"]
    /// Words that follow a year used as a subject or an adverbial (`1987 saw`, `1985 the bloodiest`).
    static let wordsAfterYear: Set<String> = ["saw", "was", "were", "had", "has", "also", "brought", "marked", "proved",
                                              "the", "and", "or", "to", "when", "with", "onwards", "onward", "was", "is"]

    /// True at the start of the text, of a line, or after a full stop.
    func startsSentence(_ i: Int) -> Bool {
        if i == 0 { return true }
        if [".", "!", "?", ":", ";"].contains(key(i - 1)) { return true }
        return lineBreakBefore(i)
    }

    /// `the 1940s`, `1940s`, `the '90s`, `the 1700s` (a century).
    func decade(_ i: Int) -> TimexParse? {
        var j = i
        if key(j) == "the" { j += 1 }
        if (key(j) == "'" || key(j) == "\u{2019}"), glued(j, j + 1), let n = integer(j + 1), digitCount(j + 1) == 2,
           n % 10 == 0, glued(j + 1, j + 2), key(j + 2) == "s" {
            return TimexParse(start: i, end: j + 3, core: .calendar(CalendarFields(shortDecade: n / 10)), rule: "decade.short")
        }
        guard let n = integer(j), digitCount(j) == 4 || digitCount(j) == 3, n % 10 == 0, glued(j, j + 1) else { return nil }
        var end = j + 2
        if key(j + 1) == "s" {
        } else if key(j + 1) == "'", key(j + 2) == "s", glued(j + 1, j + 2) {
            end = j + 3
        } else {
            return nil
        }
        var f = CalendarFields()
        if let e = era(at: end) { f.bc = e.bc; end = e.end }
        if n % 100 == 0 { f.century = f.bc ? -(n / 100) : n / 100 } else { f.decade = n / 10 }
        return TimexParse(start: i, end: end, core: .calendar(f), rule: "decade")
    }
}
