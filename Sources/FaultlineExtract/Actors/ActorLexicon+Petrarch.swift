import Foundation
import FaultlineModel
import FaultlineText

/// PETRARCH-2 / Phoenix dictionaries parsed once, ready to be added to any lexicon.
///
/// Parsing is separate from insertion so a recognizer with several language lexicons reads
/// the 18k-entry country dictionary once.
public struct PetrarchDictionary: Sendable {
    struct Phrase: Sendable {
        var keys: [String]
        var mask: CaseMask
    }
    struct ActorRecord: Sendable {
        var primary: String
        var phrases: [Phrase]
        var codes: [DatedCode]
        var hasDates: Bool
    }
    struct AgentRecord: Sendable {
        var phrase: Phrase
        var sector: String?
        var fixedRoot: String?
        var plural: Bool
        var label: String
    }
    var actors: [ActorRecord] = []
    var agents: [AgentRecord] = []
    /// Problems found while reading; the rest of each file is kept.
    public var errors: [LexiconError] = []

    public init() {}

    /// Reads a folder: files whose name contains `actors` are actor dictionaries, files
    /// whose name contains `agents` agents dictionaries; other files (verbs, discards) are
    /// ignored.
    public init(directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            errors.append(LexiconError(file: directory.lastPathComponent, line: 0, message: "cannot read the folder"))
            return
        }
        for name in names.sorted() {
            let lower = name.lowercased()
            guard lower.contains("actors") || lower.contains("agents") else { continue }
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else {
                errors.append(LexiconError(file: name, line: 0, message: "cannot read the file")); continue
            }
            let text = String(decoding: data, as: UTF8.self)
            if lower.contains("agents") { parseAgents(text: text, file: name) } else { parseActors(text: text, file: name) }
        }
    }

    /// Token keys of a dictionary phrase; plain words skip the general tokenizer.
    static func keys(_ phrase: String) -> [String] {
        var out: [String] = []
        for word in phrase.split(separator: " ") {
            var simple = true
            var prevLetter = false
            for b in word.utf8 {
                let letter = (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57)
                if letter { prevLetter = true; continue }
                if b == 45 && prevLetter { prevLetter = false; continue }   // inner hyphen: KI-MOON
                simple = false; break
            }
            if simple && word.last != "-" { out.append(word.lowercased()) }
            else { out += Tokenizer.tokens(String(word)).map(\.key) }
        }
        return out
    }

    /// Reads the text of an actor dictionary.
    ///
    /// Syntax: `PHRASE_ [CODE]` starts an actor, `+PHRASE_` adds a synonym, an indented
    /// `[CODE date]` line adds a (dated) code: `>YYMMDD`, `<YYMMDD`, `YYMMDD-YYMMDD`
    /// (6 or 8 digits). As in PETRARCH, a phrase without any code joins the next code given.
    ///
    /// - Complexity: one pass over the UTF-8 bytes; the 18k-entry Phoenix country file reads
    ///   in a fraction of a second (optimised build).
    public mutating func parseActors(text: String, file: String) {
        var phrases: [Phrase] = []
        var primary = ""
        var codes: [DatedCode] = []
        var hasDates = false
        func flush() {
            defer { phrases = []; codes = []; hasDates = false }
            guard !phrases.isEmpty, !codes.isEmpty else { return }
            actors.append(ActorRecord(primary: primary, phrases: phrases, codes: codes, hasDates: hasDates))
        }
        func addCodes(_ line: ArraySlice<UInt8>, _ lineNo: Int) {
            var i = line.startIndex
            while let o = line[i...].firstIndex(of: 91) {                  // [
                guard let c = line[o...].firstIndex(of: 93) else {         // ]
                    errors.append(LexiconError(file: file, line: lineNo, message: "missing ']'")); return
                }
                switch ActorLexicon.parseDatedCode(String(decoding: line[(o + 1)..<c], as: UTF8.self)) {
                case .success(let d): codes.append(d); if d.from != nil || d.to != nil { hasDates = true }
                case .failure(let e): errors.append(LexiconError(file: file, line: lineNo, message: e.message))
                }
                i = c + 1
            }
        }
        let bytes = Array(text.utf8)
        var lineNo = 0
        var inComment = false
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            lineNo += 1
            defer { start = end + 1 }
            guard let line = Self.stripComments(bytes[start..<end], inComment: &inComment) else {
                if end >= bytes.count { break } else { continue }
            }
            let first = line.first!
            if first == 45, line.starts(with: Array("---STOP---".utf8)) { break }
            if first == 9 || first == 32 {                                 // indented: codes
                if !line.contains(91) {
                    errors.append(LexiconError(file: file, line: lineNo, message: "indented line without a [code]")); continue
                }
                if phrases.isEmpty {
                    errors.append(LexiconError(file: file, line: lineNo, message: "code line before any actor")); continue
                }
                addCodes(line, lineNo)
            } else if first == 43 {                                        // +synonym
                guard let p = Self.phrase(line.dropFirst(), wantText: false) else {
                    errors.append(LexiconError(file: file, line: lineNo, message: "empty synonym")); continue
                }
                if phrases.isEmpty { errors.append(LexiconError(file: file, line: lineNo, message: "synonym before any actor")); continue }
                phrases.append(p.phrase)
            } else {
                if !codes.isEmpty { flush() }
                guard let p = Self.phrase(line) else {
                    errors.append(LexiconError(file: file, line: lineNo, message: "actor line without a phrase")); continue
                }
                if phrases.isEmpty { primary = p.text }
                phrases.append(p.phrase)
                addCodes(line, lineNo)
            }
            if end >= bytes.count { break }
        }
        flush()
    }

    /// Removes `#`, `;` and `<!-- -->` comments and a trailing CR from a line of bytes; nil
    /// when nothing is left.
    static func stripComments(_ raw: ArraySlice<UInt8>, inComment: inout Bool) -> ArraySlice<UInt8>? {
        var s = raw
        if s.last == 13 { s = s.dropLast() }
        if inComment || s.contains(60) {
            // HTML-style comments are rare: take the string path.
            var str = Substring(String(decoding: s, as: UTF8.self))
            guard let cleaned = ActorLexicon.stripComments(str, inComment: &inComment) else { return nil }
            str = cleaned
            return ArraySlice(Array(str.utf8))
        }
        if let h = s.firstIndex(where: { $0 == 35 || $0 == 59 }) { s = s[..<h] }   // # ;
        return s.allSatisfy({ $0 == 32 || $0 == 9 }) ? nil : s
    }

    /// The phrase of a dictionary line (bytes before `[`/`{`, words split on space, tab and
    /// `_`): its keys and case rule, and the words joined by spaces.
    static func phrase(_ line: ArraySlice<UInt8>, wantText: Bool = true) -> (phrase: Phrase, text: String)? {
        var end = line.endIndex
        if let i = line.firstIndex(where: { $0 == 91 || $0 == 123 }) { end = i }
        var keys: [String] = []
        var words: [String] = []
        var wordCount = 0
        var letters = 0
        var ascii = true
        var i = line.startIndex
        while i < end {
            while i < end && (line[i] == 32 || line[i] == 9 || line[i] == 95) { i += 1 }
            guard i < end else { break }
            var j = i
            var simple = true
            var prevLetter = false
            while j < end && line[j] != 32 && line[j] != 9 && line[j] != 95 {
                let b = line[j]
                let alnum = (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57)
                if alnum { prevLetter = true; if b >= 65 { letters += 1 } }
                else if b == 45 && prevLetter { prevLetter = false }
                else { simple = false; if b >= 128 { ascii = false } }
                j += 1
            }
            wordCount += 1
            if wantText { words.append(String(decoding: line[i..<j], as: UTF8.self)) }
            if simple && line[j - 1] != 45 {
                // ASCII letters, digits and inner hyphens: the key is the lowercase word.
                keys.append(String(unsafeUninitializedCapacity: j - i) { buf in
                    var n = 0
                    for b in line[i..<j] { buf[n] = b >= 65 && b <= 90 ? b + 32 : b; n += 1 }
                    return n
                })
            } else {
                keys += Tokenizer.tokens(String(decoding: line[i..<j], as: UTF8.self)).map(\.key)
            }
            i = j
        }
        guard !keys.isEmpty else { return nil }
        var mask = CaseMask()
        if wordCount == 1 && letters <= 3 && ascii { mask.upper = 1 } else { mask.capitalized = 1 }
        return (Phrase(keys: keys, mask: mask), words.joined(separator: " "))
    }

    /// Reads the text of an agents dictionary: `PHRASE {PLURAL} [~CODE]` lines (`~GOV`
    /// appends to the actor's country, `IGO~` prefixes), `!SET! = A, B` substitution sets,
    /// automatic English plurals unless `{}` is given.
    public mutating func parseAgents(text: String, file: String) {
        var sets: [String: [String]] = [:]
        var lineNo = 0
        var inComment = false
        let collectiveWords: Set<String> = ["ARMY", "MILITARY", "POLICE", "GOVERNMENT", "MINISTRY", "FORCE", "FORCES",
                                            "ADMINISTRATION", "PARLIAMENT", "COURT", "COUNCIL", "CABINET", "PARTY",
                                            "AUTHORITY", "AUTHORITIES", "NAVY", "MILITIA", "REGIME", "COMMITTEE",
                                            "COMMISSION", "AGENCY", "DEPARTMENT", "ASSEMBLY", "CONGRESS", "SENATE"]
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            guard let stripped = ActorLexicon.stripComments(raw, inComment: &inComment) else { continue }
            let line = stripped.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            if line.hasPrefix("!"), let eq = line.firstIndex(of: "=") {
                let name = line[..<eq].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "!"))
                sets[name] = line[line.index(after: eq)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                continue
            }
            guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else {
                errors.append(LexiconError(file: file, line: lineNo, message: "agent without a [code]")); continue
            }
            let codeText = line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            var head = String(line[..<open])
            var plural: String? = nil
            var pluralGiven = false
            if let lb = head.firstIndex(of: "{") {
                guard let rb = head.firstIndex(of: "}") else {
                    errors.append(LexiconError(file: file, line: lineNo, message: "missing '}'")); continue
                }
                plural = head[head.index(after: lb)..<rb].trimmingCharacters(in: .whitespaces)
                pluralGiven = true
                head = String(head[..<lb])
            }
            var sector: String? = nil
            var fixedRoot: String? = nil
            if codeText.hasPrefix("~") {
                sector = String(codeText.dropFirst())
            } else if codeText.hasSuffix("~") {
                fixedRoot = String(codeText.dropLast())
            } else {
                errors.append(LexiconError(file: file, line: lineNo, message: "agent code '\(codeText)' needs '~'")); continue
            }
            let bare = (sector ?? fixedRoot ?? "").uppercased()
            guard !bare.isEmpty, bare.count % 3 == 0, bare.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else {
                errors.append(LexiconError(file: file, line: lineNo, message: "bad agent code '\(codeText)'")); continue
            }
            var forms: [String] = []
            let headTrim = head.trimmingCharacters(in: .whitespaces)
            if let a = headTrim.firstIndex(of: "!"), let b = headTrim[headTrim.index(after: a)...].firstIndex(of: "!") {
                let marker = String(headTrim[headTrim.index(after: a)..<b])
                guard let subs = sets[marker] else {
                    errors.append(LexiconError(file: file, line: lineNo, message: "unknown substitution set !\(marker)!")); continue
                }
                for s in subs { forms.append(String(headTrim[..<a]) + s + String(headTrim[headTrim.index(after: b)...])) }
                pluralGiven = true; plural = ""
            } else {
                forms.append(headTrim)
            }
            for form in forms {
                let p = ActorLexicon.phrase(Substring(form))
                guard !p.isEmpty else { errors.append(LexiconError(file: file, line: lineNo, message: "empty agent phrase")); continue }
                let words = p.split(separator: " ").map(String.init)
                let collective = collectiveWords.contains(words.last ?? "")
                agents.append(AgentRecord(phrase: Phrase(keys: Self.keys(p), mask: .none), sector: sector, fixedRoot: fixedRoot,
                                          plural: collective, label: p.lowercased()))
                var pl: String
                if pluralGiven { pl = ActorLexicon.phrase(Substring(plural ?? "")) }
                else if form.hasSuffix("_") { pl = "" }
                else if p.hasSuffix("Y") { pl = String(p.dropLast()) + "IES" }
                else if p.hasSuffix("S") { pl = p + "ES" }
                else { pl = p + "S" }
                if !pl.isEmpty {
                    agents.append(AgentRecord(phrase: Phrase(keys: Self.keys(pl), mask: .none), sector: sector, fixedRoot: fixedRoot,
                                              plural: true, label: pl.lowercased()))
                }
            }
        }
    }
}

extension ActorLexicon {
    /// Loads PETRARCH-2 / Phoenix dictionaries from a folder (see `PetrarchDictionary`).
    /// Malformed lines are reported with file and line; the rest loads.
    public mutating func loadPetrarch(directory: URL) -> [LexiconError] {
        let dict = PetrarchDictionary(directory: directory)
        add(dict)
        return dict.errors
    }

    /// Loads the text of one PETRARCH actor dictionary.
    public mutating func loadPetrarchActors(text: String, file: String) -> [LexiconError] {
        var d = PetrarchDictionary()
        d.parseActors(text: text, file: file)
        add(d)
        return d.errors
    }

    /// Loads the text of one PETRARCH agents dictionary.
    public mutating func loadPetrarchAgents(text: String, file: String) -> [LexiconError] {
        var d = PetrarchDictionary()
        d.parseAgents(text: text, file: file)
        add(d)
        return d.errors
    }

    /// Adds parsed dictionaries. Hand-written entries keep priority at match time.
    public mutating func add(_ dict: PetrarchDictionary) {
        // Built-in organisations by code, so `UNITED_NATIONS_ [IGOUNO]` is the same actor as `UN`.
        var builtInByCode: [String: ActorEntry] = [:]
        for a in actors where a.origin == .builtIn && a.kind != .location && !a.demonym && !a.capital {
            if let c = a.code, builtInByCode[c] == nil { builtInByCode[c] = a }
        }
        for rec in dict.actors {
            let codes = rec.codes
            let plain = codes.first(where: { $0.from == nil && $0.to == nil })?.code
            let all = codes.compactMap(\.code)
            guard let someCode = plain ?? all.last, let parsed = ActorCode(someCode) else { continue }
            var entry = ActorEntry(name: Self.titleCase(rec.primary), kind: .organization, code: plain,
                                   country: parsed.root, dated: rec.hasDates ? codes : [], origin: .petrarch)
            let sectors = Set(parsed.sectors)
            if let bareCountry = all.last(where: { $0.count == 3 && countries[$0] != nil }) {
                // A country (possibly with dated predecessor codes such as Ukraine's `USRUKR`).
                entry.kind = .country; entry.name = countries[bareCountry]!.name
                entry.country = bareCountry
                if plain == nil { entry.code = bareCountry }
            } else if rec.hasDates {
                entry.kind = .person
            } else if let b = builtInByCode[someCode] {
                entry.kind = b.kind; entry.name = b.name
            } else if !sectors.isDisjoint(with: ["MIL", "REB", "INS", "UAF", "SEP"]) || parsed.root == "IMG" {
                entry.kind = .armedGroup
            } else if sectors.contains("MED") || sectors.contains("JRN") {
                entry.kind = .media
            }
            actors.append(entry)
            let ref = Ref(target: .actor(Int32(actors.count - 1)), mask: CaseMask(), origin: .petrarch)
            for p in rec.phrases where !p.keys.isEmpty {
                var r = ref
                r.mask = p.mask
                matcher.insert(keys: p.keys, r)
            }
        }
        for a in dict.agents where !a.phrase.keys.isEmpty {
            let s = Set((a.sector ?? "").chunked3)
            var kind: ActorKind = .person
            if a.plural {
                if !s.isDisjoint(with: ["MIL", "REB", "INS", "UAF"]) { kind = .armedGroup }
                else if !s.isDisjoint(with: ["CVL", "REF"]) { kind = .population }
                else { kind = .group }
            }
            var role = RoleEntry(sector: a.sector, kind: kind, template: "{adj} \(a.label)", origin: .petrarch)
            role.fixedRoot = a.fixedRoot
            roles.append(role)
            // Agents are common nouns: any case matches.
            matcher.insert(keys: a.phrase.keys, Ref(target: .role(Int32(roles.count - 1)), mask: .none, origin: .petrarch))
        }
    }

    // MARK: - Helpers

    /// `SERGEI_LAVROV_` → `Sergei Lavrov`; keeps short all-letter acronyms (`UN`, `NATO`).
    static func titleCase(_ phrase: String) -> String {
        phrase.split(separator: " ").map { w -> String in
            let s = String(w)
            if s.count <= 4 && !s.contains(where: { !$0.isLetter }) && ["UN", "EU", "NATO", "IAEA", "ICRC", "US", "UK", "OPEC", "OSCE"].contains(s) { return s }
            return s.lowercased().split(separator: "-", omittingEmptySubsequences: false).map { part -> String in
                guard let f = part.first else { return "" }
                if ["al", "el", "bin", "ibn", "de", "van", "von", "of", "the", "and"].contains(part) { return String(part) }
                return f.uppercased() + part.dropFirst()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// The phrase part of a dictionary line: text before `[`/`{`, `_` read as spaces.
    static func phrase(_ line: Substring) -> String {
        var s = line
        if let i = s.firstIndex(where: { $0 == "[" || $0 == "{" }) { s = s[..<i] }
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" }).joined(separator: " ")
    }

    /// Removes `#`, `;` and `<!-- -->` comments (and a trailing `\r`); nil when nothing is
    /// left to read.
    static func stripComments(_ raw: Substring, inComment: inout Bool) -> Substring? {
        var s = raw
        if s.last == "\r" { s = s.dropLast() }
        if inComment || s.utf8.contains(60) {   // "<": only then look for HTML-style comments
            var str = String(s)
            if inComment {
                guard let end = str.range(of: "-->") else { return nil }
                str = String(str[end.upperBound...]); inComment = false
            }
            while let start = str.range(of: "<!--") {
                if let end = str.range(of: "-->", range: start.upperBound..<str.endIndex) {
                    str.removeSubrange(start.lowerBound..<end.upperBound)
                } else {
                    str = String(str[..<start.lowerBound]); inComment = true; break
                }
            }
            s = Substring(str)
        }
        if let h = s.firstIndex(where: { $0 == "#" || $0 == ";" }) { s = s[..<h] }
        return s.allSatisfy({ $0 == " " || $0 == "\t" }) ? nil : s
    }

    struct CodeError: Error { var message: String }

    /// Reads `CODE`, `CODE >date`, `CODE <date`, `CODE d1-d2`, `---`.
    static func parseDatedCode(_ group: String) -> Result<DatedCode, CodeError> {
        let parts = group.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let rawCode = parts.first else { return .failure(CodeError(message: "empty [code]")) }
        var code: String? = rawCode.uppercased()
        if rawCode.allSatisfy({ $0 == "-" }) { code = nil }
        else if ActorCode(rawCode) == nil { return .failure(CodeError(message: "bad code '\(rawCode)'")) }
        else if let c = code, c.count == 3, sectorOnlyCodes.contains(c) { code = nil }
        let restriction = parts.dropFirst().joined()
        if restriction.isEmpty { return .success(DatedCode(code: code)) }
        func date(_ s: Substring) -> Int? {
            let digits = s.filter(\.isNumber)
            guard digits.count == s.count else { return nil }
            if digits.count == 8 { return Int(digits) }
            if digits.count == 6, let v = Int(digits) {
                let yy = v / 10000
                return (yy <= 30 ? 2000 : 1900) * 10000 + v
            }
            return nil
        }
        if restriction.hasPrefix(">") || restriction.hasPrefix("<") {
            guard let d = date(restriction.dropFirst()) else { return .failure(CodeError(message: "cannot read date in '[\(group)]'")) }
            return .success(restriction.hasPrefix(">") ? DatedCode(code: code, from: d) : DatedCode(code: code, to: d))
        }
        let ends = restriction.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let a = date(ends[0]), let b = date(ends[1]) else {
            return .failure(CodeError(message: "cannot read date range in '[\(group)]'"))
        }
        guard a <= b else { return .failure(CodeError(message: "date range ends before it starts in '[\(group)]'")) }
        return .success(DatedCode(code: code, from: a, to: b))
    }

    /// Three-letter sector codes that PETRARCH uses alone as a default (`[ELI]`): no country.
    static let sectorOnlyCodes: Set<String> = ["ELI", "GOV", "MIL", "REB", "OPP", "CVL", "MED", "COP", "JUD", "LEG", "SPY",
                                               "REF", "BUS", "EDU", "LAB", "HLH", "HRI", "AGR", "ENV", "CRM", "REL", "UAF",
                                               "RAD", "MOD", "INS", "SET", "PTY", "DEV", "JRN"]
}

extension String {
    /// `GOVMIL` → [`GOV`, `MIL`].
    var chunked3: [String] {
        let c = Array(self)
        return stride(from: 0, to: c.count - c.count % 3, by: 3).map { String(c[$0..<$0 + 3]) }
    }
}
