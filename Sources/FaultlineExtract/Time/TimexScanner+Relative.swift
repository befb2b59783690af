import FaultlineModel
import FaultlineText

/// Rules for relative expressions, durations, sets and reference words, driven by the
/// lexicon classes so that both languages share them.
extension TimexScanner {
    func unit(at i: Int, language: String? = nil) -> (end: Int, unit: TimeUnit)? {
        guard let u = word(.unit, at: i, language: language), let unit = TimeUnit(rawValue: u.word.value) else { return nil }
        return (u.end, unit)
    }

    private func timeOfDay(code: String) -> TimeOfDay? {
        switch code {
        case "MO": return .morning
        case "MI": return .noon
        case "AF": return .afternoon
        case "EV": return .evening
        case "NI": return .night
        default: return nil
        }
    }

    /// `today`, `yesterday`, `tonight`, `hôm nay`, `hôm qua`, `hôm kia`, `tối qua`.
    func relativeDay(_ i: Int) -> TimexParse? {
        guard let r = word(.relativeDay, at: i), let off = r.word.intValue else { return nil }
        if r.word.language == "vi", numberFollows(r.end) { return nil }
        var p = TimexParse(start: i, end: r.end, core: .relative(unit: .day, offset: off, anaphoric: false), rule: r.word.language + ".relday")
        if !r.word.extra.isEmpty {
            p.clock = .part(r.word.extra); p.timeOfDay = timeOfDay(code: r.word.extra); p.type = .time
        }
        return p
    }

    /// `the same day`, `the next day`, `cùng ngày`, `hôm sau`, `ngày hôm trước`.
    func anaphoricDay(_ i: Int) -> TimexParse? {
        guard let r = word(.anaphoricDay, at: i), let off = r.word.intValue else { return nil }
        if numberFollows(r.end) { return nil }
        return TimexParse(start: i, end: r.end, core: .relative(unit: .day, offset: off, anaphoric: true), rule: r.word.language + ".anaday")
    }

    /// True when a date number follows (`ngày đó 14/12` is not `ngày đó`).
    private func numberFollows(_ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .number && numberParts(i) != nil
    }

    /// `last week`, `the following year`, `that day`, `next Tuesday`, `last December`,
    /// `next summer`, `the past three years` (a duration), `cùng tháng`.
    func premodifiedUnit(_ i: Int) -> TimexParse? {
        guard let pre = word(.premodifier, at: i), let off = pre.word.intValue else { return nil }
        let lang = pre.word.language
        let anaphoric = pre.word.extra == "a"
        let j = pre.end
        if lang == "en" {
            // `the past three years`, `the next few months`: a duration.
            if let c = cardinal(at: j), let u = unit(at: c.end, language: "en"), !["a", "an"].contains(key(j)) {
                return TimexParse(start: i, end: u.end, core: .literal(durationValue(c.value, u.unit)), type: .duration, rule: "en.premod-duration")
            }
            if let w = word(.weekday, at: j, language: "en"), isCapitalized(j), let n = w.word.intValue {
                var p = TimexParse(start: i, end: w.end, core: .weekday(n, weekOffset: nil), rule: "en.premod-weekday")
                p.direction = anaphoric ? 0 : off
                if off == 0 { p.direction = 0 }
                return p
            }
            if let m = englishMonth(at: j), !m.abbreviated {
                var p = TimexParse(start: i, end: m.end, core: .calendar(CalendarFields(month: m.month)), rule: "en.premod-month")
                p.direction = off
                return p
            }
            if let s = word(.season, at: j, language: "en") {
                var f = CalendarFields(season: s.word.value)
                f.yearOffset = off
                if anaphoric {
                    return TimexParse(start: i, end: s.end, core: .calendar(CalendarFields(season: s.word.value)), rule: "en.premod-season")
                }
                return TimexParse(start: i, end: s.end, core: .calendar(f), rule: "en.premod-season")
            }
        }
        guard let u = unit(at: j, language: lang), !u.unit.isClock else { return nil }
        // Plural units after `the past`/`the last` are durations (`the past weeks`).
        if lang == "en", tokens[u.end - 1].key.hasSuffix("s"), u.unit != .century || key(u.end - 1) == "centuries" {
            return TimexParse(start: i, end: u.end, core: .literal(durationValue(nil, u.unit)), type: .duration, rule: "en.premod-plural")
        }
        // `the past year`, `the last month of the war`, `for the next decade`: a span, not a date.
        if lang == "en", ["the past", "the last"].contains(premodifierText(i, pre.end))
            || (off != 0 && ["for", "over", "during", "throughout", "within"].contains(key(i - 1))) {
            return TimexParse(start: i, end: u.end, core: .literal(durationValue(1, u.unit)), type: .duration, rule: "en.premod-span")
        }
        var p = TimexParse(start: i, end: u.end, core: .relative(unit: u.unit, offset: off, anaphoric: anaphoric), rule: lang + ".premod-unit")
        p.direction = off
        return p
    }

    private func premodifierText(_ a: Int, _ b: Int) -> String { (a..<b).map { key($0) }.joined(separator: " ") }

    /// Vietnamese unit + relative word: `tuần trước`, `tháng này`, `năm ngoái`, `năm nay`,
    /// `tuần tới`, `năm sau đó`, `cuối tuần qua`.
    func unitWithPostmodifier(_ i: Int) -> TimexParse? {
        guard let u = unit(at: i, language: "vi"), !u.unit.isClock,
              let pm = word(.postmodifier, at: u.end, language: "vi"), let off = pm.word.intValue else { return nil }
        // `ngày trước` alone is "formerly", and `ngày nay` is "nowadays".
        if u.unit == .day, isKey(i, HK.ngay) {
            if off == 0 && pm.word.extra == "d" { return TimexParse(start: i, end: pm.end, core: .literal("PRESENT_REF"), rule: "vi.ngay-nay") }
            if pm.word.extra == "d" { return nil }
        }
        if numberFollows(pm.end) { return nil }
        var p = TimexParse(start: i, end: pm.end, core: .relative(unit: u.unit, offset: off, anaphoric: pm.word.extra == "a"), rule: "vi.unit-postmod")
        p.direction = off
        return p
    }

    /// A position word before a bare unit: `đầu năm`, `cuối tháng`, `the end of the year`,
    /// `the beginning of the month`: that unit around the anchor.
    func positionOfUnit(_ i: Int) -> TimexParse? {
        guard let pos = word(.position, at: i) else { return nil }
        var j = pos.end
        if pos.word.language == "en" {
            // `later in the year`, `early in the war`: only with a unit.
            if key(j) == "in", key(j + 1) == "the" { j += 1 }
            guard key(j) == "the" else { return nil }
            j += 1
        }
        guard let u = unit(at: j, language: pos.word.language), !u.unit.isClock, u.unit != .weekend else { return nil }
        // Vietnamese: only when nothing more specific follows (`đầu tháng 12` is a month).
        if pos.word.language == "vi" {
            if u.end < tokens.count, tokens[u.end].kind == .number || has(.postmodifier, at: u.end, language: "vi")
                || romanNumeral(tokens[u.end].text) != nil || isKey(u.end, HK.thu) { return nil }
            if has(.month, at: j, language: "vi") { return nil }
        } else if tokens[u.end - 1].key.hasSuffix("s") {
            return nil
        }
        return TimexParse(start: i, end: u.end, core: .relative(unit: u.unit, offset: 0, anaphoric: pos.word.language == "en"),
                          rule: pos.word.language + ".position-unit", mod: pos.word.value)
    }

    func durationValue(_ n: Int?, _ unit: TimeUnit) -> String {
        let q = n.map(String.init) ?? "X"
        switch unit {
        case .hour: return "PT\(q)H"
        case .minute: return "PT\(q)M"
        case .second: return "PT\(q)S"
        case .fortnight: return n.map { "P\($0 * 2)W" } ?? "PXW"
        default: return "P\(q)\(unit.rawValue)"
        }
    }

    /// A number and a unit: a duration (`3 ngày`, `hai tuần`, `three years`, `a decade`),
    /// or, with a relative word after it, a date (`3 ngày trước`, `two days later`,
    /// `three years ago`); fuzzy amounts give `PAST_REF`/`FUTURE_REF` (`a few years later`).
    func quantity(_ i: Int) -> TimexParse? {
        if let p = pluralUnit(i) { return p }
        guard let c = cardinal(at: i) else { return nil }
        let numberLanguage: String? = tokens[i].kind == .number ? nil : word(.number, at: i)?.word.language
        guard let u = unit(at: c.end, language: numberLanguage) else { return nil }
        let lang = numberLanguage ?? word(.unit, at: c.end)?.word.language ?? "en"
        // `14 tháng 12`: a date, not fourteen months.
        if lang == "vi", u.unit == .month, integer(u.end) != nil { return nil }
        // `3 giờ 30` is a clock time.
        if u.unit == .hour, integer(u.end) != nil { return nil }
        if tokens[i].kind == .word, c.value == 1, ["a", "an"].contains(key(i)), u.unit == .second { return nil }
        if let post = word(.numberPostmodifier, at: u.end, language: lang), let sign = Int(post.word.value) {
            switch post.word.extra {
            case "dur":
                return TimexParse(start: i, end: post.end, core: .literal(durationValue(c.value, u.unit)), type: .duration, rule: lang + ".quantity-span")
            default:
                guard let n = c.value else {
                    return TimexParse(start: i, end: post.end, core: .literal(sign < 0 ? "PAST_REF" : "FUTURE_REF"), rule: lang + ".fuzzy-relative")
                }
                if u.unit.isClock {
                    return TimexParse(start: i, end: post.end, core: .relative(unit: .day, offset: 0, anaphoric: post.word.extra == "a"), rule: lang + ".hours-relative")
                }
                // `a decade earlier`, `two centuries later`: counted in years.
                let (unit, count) = u.unit == .decade ? (TimeUnit.year, n * 10) : u.unit == .century ? (.year, n * 100) : (u.unit, n)
                var p = TimexParse(start: i, end: post.end, core: .relative(unit: unit, offset: sign * count, anaphoric: post.word.extra == "a"),
                                   rule: lang + ".quantity-relative")
                p.direction = sign
                return p
            }
        }
        return TimexParse(start: i, end: u.end, core: .literal(durationValue(c.value, u.unit)), type: .duration, rule: lang + ".duration")
    }

    /// A plural unit with no number: `weeks earlier` (`PAST_REF`), `years later`
    /// (`FUTURE_REF`), `for months`, `within days` (an unknown number of units).
    func pluralUnit(_ i: Int) -> TimexParse? {
        guard let u = unit(at: i, language: "en"), u.end == i + 1, key(i).hasSuffix("s"), !u.unit.isClock || key(i) == "hours" else { return nil }
        if let post = word(.numberPostmodifier, at: u.end, language: "en"), let sign = Int(post.word.value), post.word.extra != "dur",
           !(key(u.end) == "after" || key(u.end) == "before") {
            return TimexParse(start: i, end: post.end, core: .literal(sign < 0 ? "PAST_REF" : "FUTURE_REF"), rule: "en.plural-relative")
        }
        if ["for", "within", "after", "over"].contains(key(i - 1)), !has(.number, at: i - 1) {
            return TimexParse(start: i, end: u.end, core: .literal(durationValue(nil, u.unit)), type: .duration, rule: "en.plural-span")
        }
        return nil
    }

    /// `month's end`, `year's end`: the end of the anchor's month or year.
    func unitsEnd(_ i: Int) -> TimexParse? {
        guard let u = unit(at: i, language: "en"), u.end == i + 1, [.month, .year, .week, .day].contains(u.unit),
              key(i + 1) == "'" || key(i + 1) == "\u{2019}", key(i + 2) == "s", key(i + 3) == "end" else { return nil }
        return TimexParse(start: i, end: i + 4, core: .relative(unit: u.unit, offset: 0, anaphoric: true), rule: "en.units-end", mod: "END")
    }

    /// `this period`, `that time`, `the same period`, `at the time`: the last mentioned date.
    func periodReference(_ i: Int) -> TimexParse? {
        let k0 = key(i), k1 = key(i + 1), k2 = key(i + 2)
        // `this time` / `that time` also mean "this occasion"; periods do not.
        if ["this", "that"].contains(k0), k1 == "period" {
            return TimexParse(start: i, end: i + 2, core: .relative(unit: .day, offset: 0, anaphoric: true), rule: "en.period")
        }
        if k0 == "the", k1 == "same", ["period", "time"].contains(k2) {
            return TimexParse(start: i, end: i + 3, core: .relative(unit: .day, offset: 0, anaphoric: true), rule: "en.period")
        }
        if k0 == "the", k1 == "time", ["at", "by"].contains(key(i - 1)), !["of", "when", "that"].contains(k2) {
            return TimexParse(start: i, end: i + 2, core: .relative(unit: .day, offset: 0, anaphoric: true), rule: "en.period")
        }
        return nil
    }

    /// `one-year`, `two-day`, `30-day`: a duration written as one hyphenated word.
    func hyphenatedDuration(_ i: Int) -> TimexParse? {
        if let n = integer(i), key(i + 1) == "-", glued(i, i + 1), glued(i + 1, i + 2),
           let u = unit(at: i + 2, language: "en"), u.end == i + 3, !key(i + 2).hasSuffix("s") {
            if key(u.end) == "-" && glued(i + 2, u.end) { return nil }  // `30-year-old`
            return TimexParse(start: i, end: u.end, core: .literal(durationValue(n, u.unit)), type: .duration, rule: "en.hyphen-duration")
        }
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].containsHyphen else { return nil }
        guard let (first, second) = tokens[i].key.twoPieces(splitAt: 0x2D) else { return nil }
        // `year-long`, `month-long`: one unit.
        if second == "long",
           let uw = lexicon.longestEntries(ofKey: first)?.first(where: { $0.cls == .unit && $0.language == "en" }),
           let u = TimeUnit(rawValue: uw.value) {
            return TimexParse(start: i, end: i + 1, core: .literal(durationValue(first.hasSuffix("s") ? nil : 1, u)), type: .duration, rule: "en.unit-long")
        }
        guard let v = numberWordValue(first), let n = Int(v),
              let uw = lexicon.longestEntries(ofKey: second)?.first(where: { $0.cls == .unit }),
              let u = TimeUnit(rawValue: uw.value), !second.hasSuffix("s") else { return nil }
        return TimexParse(start: i, end: i + 1, core: .literal(durationValue(n, u)), type: .duration, rule: "en.hyphen-duration")
    }

    /// Sets: `every week`, `each Monday`, `every two weeks`, `daily`, `hằng ngày`, `hàng tuần`, `mỗi năm`.
    func setExpression(_ i: Int) -> TimexParse? {
        if let s = word(.setWord, at: i) {
            return TimexParse(start: i, end: s.end, core: .literal(s.word.value), type: .set, rule: s.word.language + ".set-word")
        }
        guard let e = word(.every, at: i) else { return nil }
        let lang = e.word.language
        var j = e.end
        var n: Int? = 1
        if let c = cardinal(at: j), c.value != 1 || tokens[j].kind == .number, unit(at: c.end, language: lang) != nil {
            n = c.value; j = c.end
        }
        if let u = unit(at: j, language: lang) {
            return TimexParse(start: i, end: u.end, core: .literal(durationValue(n, u.unit)), type: .set, rule: lang + ".set")
        }
        if let w = word(.weekday, at: j, language: lang), let d = w.word.intValue {
            return TimexParse(start: i, end: w.end, core: .literal("XXXX-WXX-\(d)"), type: .set, rule: lang + ".set-weekday")
        }
        if let p = word(.partOfDay, at: j, language: lang) {
            let code = p.word.value.hasPrefix("T") ? p.word.value : "T" + p.word.value
            return TimexParse(start: i, end: p.end, core: .literal("XXXX-XX-XX" + code), type: .set, rule: lang + ".set-pod",
                              timeOfDay: TimeOfDay(rawValue: p.word.extra))
        }
        return nil
    }

    /// `now`, `currently`, `the past`, `the future`, `recently`, `hiện nay`, `trước đó`.
    func reference(_ i: Int) -> TimexParse? {
        guard let r = word(.reference, at: i) else { return nil }
        if r.word.language == "en", key(i) == "present", r.end == i + 1 { return nil }
        // `sau đó 2 ngày` etc. are handled elsewhere; a number right after means another reading.
        if r.word.language == "vi", numberFollows(r.end) { return nil }
        return TimexParse(start: i, end: r.end, core: .literal(r.word.value), rule: r.word.language + ".ref")
    }
}
