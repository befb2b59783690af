import Foundation
import FaultlineModel

/// The CAMEO event codebook with what the fact tables say about each code: its
/// description, Goldstein score, PLOVER category and quad class.
///
/// The tables are bundled copies (with attribution headers) of the CAMEO codebook,
/// the Phoenix Goldstein table and the PLOVER project's CAMEO→PLOVER conversion.
/// Lookups fall back to the parent code (`0313` → `031` → `03`) where a table has a
/// gap, so every valid CAMEO code gets a full `EventCode`.
public struct CameoCodebook: Sendable {
    /// CAMEO code → description, for every code of the codebook.
    public let descriptions: [String: String]
    /// CAMEO code → Goldstein score, as the table gives it (gaps filled at lookup).
    public let goldsteinTable: [String: Double]
    /// CAMEO code → PLOVER category, as the conversion table gives it.
    public let ploverTable: [String: String]

    /// The codebook built from the bundled tables; loaded once.
    public static let standard: CameoCodebook = {
        do {
            return try CameoCodebook(directory: EventResourceFiles.sharedDirectory)
        } catch {
            // The bundled tables are part of the build; reaching this means a broken install.
            fatalError("faultline: cannot load the bundled CAMEO tables: \(error)")
        }
    }()

    /// The full `EventCode` of every code of the codebook, made once: an event's code is then
    /// one lookup instead of walking the code's ancestry through three tables per event.
    private let eventCodes: [String: EventCode]

    /// The codes written with one to four ASCII digits (all of CAMEO's), by `digitKey`:
    /// `digitCodes[key]` is the index in `digitEventCodes` plus one, 0 for none, -1 for a code
    /// without an `EventCode`. The coder asks validity once or twice per head and the document
    /// pass the code of every event; hashing the string was most of each question.
    private let digitCodes: [Int32]
    private let digitEventCodes: [EventCode]

    public init(descriptions: [String: String], goldstein: [String: Double], plover: [String: String]) {
        self.descriptions = descriptions
        self.goldsteinTable = goldstein
        self.ploverTable = plover
        var codes: [String: EventCode] = [:]
        var digitCodes = [Int32](repeating: 0, count: CameoCodebook.digitKeyLimit)
        var digitEventCodes: [EventCode] = []
        for cameo in descriptions.keys {
            let code = CameoCodebook.makeCode(cameo, goldstein: goldstein, plover: plover)
            if let code { codes[cameo] = code }
            if let key = CameoCodebook.digitKey(cameo) {
                if let code {
                    digitEventCodes.append(code)
                    digitCodes[key] = Int32(digitEventCodes.count)
                } else {
                    digitCodes[key] = -1
                }
            }
        }
        self.eventCodes = codes
        self.digitCodes = digitCodes
        self.digitEventCodes = digitEventCodes
    }

    /// One more than the largest `digitKey`.
    static let digitKeyLimit = 20_000

    /// A number for a code of one to four ASCII digits, nil for any other string: the digits
    /// after a leading 1, so that `01`, `010` and `0100` stay apart. A string of ASCII digits
    /// equals another string only when the bytes are the same, so the key decides equality.
    static func digitKey(_ cameo: String) -> Int? {
        func key(_ bytes: some Sequence<UInt8>) -> Int? {
            var key = 1, n = 0
            for b in bytes {
                guard n < 4, b >= 0x30, b <= 0x39 else { return nil }
                key = key * 10 + Int(b - 0x30)
                n += 1
            }
            return n == 0 ? nil : key
        }
        // The bytes in place when the string has them contiguous (always, for native strings).
        return cameo.utf8.withContiguousStorageIfAvailable { key($0) } ?? key(cameo.utf8)
    }

    /// Loads `cameo-eventcodes.tsv`, `cameo-goldstein.tsv` and `cameo-plover.txt` from `directory`.
    public init(directory: URL) throws {
        let ev = directory.appendingPathComponent("cameo-eventcodes.tsv")
        let gs = directory.appendingPathComponent("cameo-goldstein.tsv")
        let pl = directory.appendingPathComponent("cameo-plover.txt")
        self.init(descriptions: try CameoCodebook.parseDescriptions(try EventLexiconText.read(ev), file: ev.lastPathComponent),
                  goldstein: try CameoCodebook.parseGoldstein(try EventLexiconText.read(gs), file: gs.lastPathComponent),
                  plover: CameoCodebook.parsePlover(try EventLexiconText.read(pl)))
    }

    /// True when `cameo` is a code of the codebook.
    public func isValid(_ cameo: String) -> Bool {
        if let key = CameoCodebook.digitKey(cameo) { return digitCodes[key] != 0 }
        return descriptions[cameo] != nil
    }

    /// The full event code for a CAMEO code, nil when the codebook does not know it.
    public func code(_ cameo: String) -> EventCode? {
        if let key = CameoCodebook.digitKey(cameo) {
            let k = Int(digitCodes[key])
            return k > 0 ? digitEventCodes[k - 1] : nil
        }
        return eventCodes[cameo]
    }

    /// The event code of a codebook code from the tables, nil when its root is no number.
    static func makeCode(_ cameo: String, goldstein: [String: Double], plover: [String: String]) -> EventCode? {
        guard let root = Int(cameo.prefix(2)) else { return nil }
        return EventCode(cameo: cameo, plover: CameoCodebook.plover(cameo, table: plover),
                         quad: EventCode.quadClass(root: root),
                         goldstein: CameoCodebook.goldstein(cameo, table: goldstein))
    }

    /// Goldstein score of a code, from the table or its nearest ancestor (then the root's `x0` code).
    public func goldstein(_ cameo: String) -> Double { CameoCodebook.goldstein(cameo, table: goldsteinTable) }

    static func goldstein(_ cameo: String, table goldsteinTable: [String: Double]) -> Double {
        for c in CameoCodebook.ancestry(cameo) { if let g = goldsteinTable[c] { return g } }
        if let g = goldsteinTable[String(cameo.prefix(2)) + "0"] { return g }
        return 0
    }

    /// PLOVER category of a code.
    ///
    /// From the conversion table where it has the code or an ancestor. The table leaves
    /// out CAMEO 01 and 02: appeals (02) are requests in PLOVER, so they take the category
    /// of their CAMEO 10 (demand) twin; public statements (01) have no PLOVER category and
    /// give the empty string.
    public func plover(_ cameo: String) -> String { CameoCodebook.plover(cameo, table: ploverTable) }

    static func plover(_ cameo: String, table ploverTable: [String: String]) -> String {
        for c in CameoCodebook.ancestry(cameo) { if let p = ploverTable[c] { return p } }
        if cameo.hasPrefix("02") {
            let twin = "10" + cameo.dropFirst(2)
            for c in CameoCodebook.ancestry(twin) { if let p = ploverTable[c] { return p } }
        }
        return ""
    }

    /// The code and its ancestors, most specific first: `0313` → [`0313`, `031`].
    static func ancestry(_ cameo: String) -> [String] {
        var out: [String] = []
        var c = cameo
        while c.count >= 3 { out.append(c); c.removeLast() }
        return out
    }

    static func parseDescriptions(_ text: String, file: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for (n, line) in EventLexiconText.lines(text) {
            let f = line.tabFields()
            if f.first == "cameo" { continue }                      // header row
            guard f.count >= 2, f[0].allSatisfy(\.isNumber), (2...4).contains(f[0].count) else {
                throw EventLexiconError(file: file, line: n, message: "expected `CODE<TAB>description`")
            }
            out[String(f[0])] = f[1].trimmingSpaces()
        }
        return out
    }

    static func parseGoldstein(_ text: String, file: String) throws -> [String: Double] {
        var out: [String: Double] = [:]
        for (n, line) in EventLexiconText.lines(text) {
            let f = line.tabFields()
            if f.first == "cameo" { continue }
            guard f.count >= 2, f[0].allSatisfy(\.isNumber), let g = Double(f[1].trimmingSpaces()) else {
                throw EventLexiconError(file: file, line: n, message: "expected `CODE<TAB>score`")
            }
            out[String(f[0])] = g
        }
        return out
    }

    /// Reads the PLOVER project's format: `CODE: CATEGORY, mode, context # description`,
    /// with `#` comments, section headers (`03: AGREE`) and a `~~~~~` end mark.
    static func parsePlover(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for (_, line) in EventLexiconText.lines(text) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let code = line[..<colon].trimmingSpaces()
            guard code.count >= 3, code.allSatisfy(\.isNumber) else { continue }   // skip `03: AGREE` section heads
            let rest = line[line.index(after: colon)...]
            let category = rest.split(separator: ",", maxSplits: 1).first?
                .split(separator: "#").first?
                .trimmingSpaces() ?? ""
            guard !category.isEmpty, category.allSatisfy({ $0.isUppercase || $0 == "_" }) else { continue }
            if out[code] == nil { out[code] = category }
        }
        return out
    }
}
