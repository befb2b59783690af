/// Reading the document date an input gives: ISO dates and timestamps keep their day
/// (`2016-12-14T09:30:00+07:00` → `2016-12-14`); `2016/12/14`, `20161214` and day-first
/// `14/12/2016` or `14-12-2016` (how Vietnamese sites print dates) are accepted too.
enum PublishedDate {
    /// `YYYY-MM-DD`, or nil when the text is not a recognisable calendar date.
    static func normalize(_ raw: String) -> String? {
        let s = raw.trimmingSpaces
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var v = 0
            for k in r {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        func make(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1...9999).contains(y), (1...12).contains(m) else { return nil }
            let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...days[m - 1]).contains(d) else { return nil }
            func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
            return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        }
        let sep: Set<UInt8> = [0x2D, 0x2F, 0x2E]  // - / .
        // YYYY-MM-DD… (ISO date or timestamp), YYYY/MM/DD
        if b.count >= 10, let y = digits(0..<4), sep.contains(b[4]), b[7] == b[4],
           let m = digits(5..<7), let d = digits(8..<10) {
            if b.count == 10 || !(b[10] >= 0x30 && b[10] <= 0x39) { return make(y, m, d) }
        }
        // YYYYMMDD
        if b.count == 8, let y = digits(0..<4), let m = digits(4..<6), let d = digits(6..<8) { return make(y, m, d) }
        // D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY (day first)
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
           let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
            return make(y, m, d)
        }
        return nil
    }

    /// The date a file name carries (`2024-10-02-vi-lebanon.txt`, `reuters_20240112.html`,
    /// `2023.11.08 myanmar.txt`): `YYYY-MM-DD` with `-`, `_` or `.` between the parts, or eight
    /// digits `YYYYMMDD`, bounded by non-digits, year 1900–2099. Archives and scrapers name files
    /// by publication day, so this is the document date when the file itself gives none.
    static func fromFileName(_ path: String) -> String? {
        let all = Array(path.utf8)
        let b = Array(all[((all.lastIndex(of: 0x2F) ?? -1) + 1)...])  // after the last `/`
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        let seps: Set<UInt8> = [0x2D, 0x5F, 0x2E]  // - _ .
        var k = 0
        while k < b.count {
            guard isDigit(k), !isDigit(k - 1) else { k += 1; continue }
            var end = k
            while isDigit(end) { end += 1 }
            let run = end - k
            var candidate: String?
            if run == 8 {
                candidate = String(decoding: b[k..<end], as: UTF8.self)
            } else if run == 4, end < b.count, seps.contains(b[end]),
                      isDigit(end + 1), isDigit(end + 2), end + 3 < b.count, b[end + 3] == b[end],
                      isDigit(end + 4), isDigit(end + 5), !isDigit(end + 6) {
                let parts = [b[k..<end], b[(end + 1)..<(end + 3)], b[(end + 4)..<(end + 6)]]
                candidate = parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
            }
            if let c = candidate, let y = Int(c.prefix(4)), (1900...2099).contains(y), let date = normalize(c) {
                return date
            }
            k = end
        }
        return nil
    }

    /// The primary subtag of a language tag, lowercased (`vi-VN` → `vi`, `en_US` → `en`);
    /// nil when it is not 2–3 letters.
    static func languageTag(_ raw: String) -> String? {
        let primary = raw.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary.lowercased()
    }
}
