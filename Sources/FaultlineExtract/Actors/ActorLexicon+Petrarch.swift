import Foundation
import FaultlineModel
import FaultlineText

extension ActorLexicon {
    /// Loads PETRARCH-2 / Phoenix dictionaries from a folder: every file whose name contains
    /// `actors` is an actor dictionary, every file whose name contains `agents` an agents
    /// dictionary (other files — verbs, discards — are ignored). Malformed lines are reported
    /// with file and line; the rest loads.
    public mutating func loadPetrarch(directory: URL) -> [LexiconError] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return [LexiconError(file: directory.lastPathComponent, line: 0, message: "cannot read the folder")]
        }
        var errors: [LexiconError] = []
        for name in names.sorted() {
            let lower = name.lowercased()
            guard lower.contains("actors") || lower.contains("agents") else { continue }
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else {
                errors.append(LexiconError(file: name, line: 0, message: "cannot read the file")); continue
            }
            let text = String(decoding: data, as: UTF8.self)
            if lower.contains("agents") {
                errors += loadPetrarchAgents(text: text, file: name)
            } else {
                errors += loadPetrarchActors(text: text, file: name)
            }
        }
        return errors
    }

    /// Loads the text of a PETRARCH actor dictionary.
    ///
    /// Syntax: `PHRASE_ [CODE]` starts an actor, `+PHRASE_` adds a synonym, an indented
    /// `[CODE date]` line adds a (dated) code: `>YYMMDD`, `<YYMMDD`, `YYMMDD-YYMMDD`
    /// (6 or 8 digits). As in PETRARCH, a phrase without any code joins the next code given.
    public mutating func loadPetrarchActors(text: String, file: String) -> [LexiconError] {
        var errors: [LexiconError] = []
        // Built-in organisations by code, so `UNITED_NATIONS_ [IGOUNO]` is the same actor as `UN`.
        var builtInByCode: [String: ActorEntry] = [:]
        for a in actors where a.origin == .builtIn && a.kind != .location && !a.demonym && !a.capital {
            if let c = a.code, builtInByCode[c] == nil { builtInByCode[c] = a }
        }
        var phrases: [(String, Int)] = []
        var codes: [DatedCode] = []
        var hasDates = false

        func flush() {
            defer { phrases = []; codes = []; hasDates = false }
            guard let first = phrases.first, !codes.isEmpty else { return }
            let plain = codes.first(where: { $0.from == nil && $0.to == nil })?.code
            let all = codes.compactMap(\.code)
            guard let someCode = plain ?? all.last, let parsed = ActorCode(someCode) else { return }
            var entry = ActorEntry(name: Self.titleCase(first.0), kind: .organization, code: plain,
                                   country: parsed.root, dated: hasDates ? codes : [], origin: .petrarch)
            let sectors = Set(parsed.sectors)
            if let bareCountry = all.last(where: { $0.count == 3 && countries[$0] != nil }) {
                // A country (possibly with dated predecessor codes such as Ukraine's `USRUKR`).
                entry.kind = .country; entry.name = countries[bareCountry]!.name
                entry.country = bareCountry
                if plain == nil { entry.code = bareCountry }
            } else if hasDates {
                entry.kind = .person
            } else if let b = builtInByCode[someCode] {
                entry.kind = b.kind; entry.name = b.name
            } else if !sectors.isDisjoint(with: ["MIL", "REB", "INS", "UAF", "SEP"]) || parsed.root == "IMG" {
                entry.kind = .armedGroup
            } else if sectors.contains("MED") || sectors.contains("JRN") {
                entry.kind = .media
            }
            actors.append(entry)
            let idx = actors.count - 1
            for (p, _) in phrases { add(phrase: p, actorIndex: idx, mask: Self.petrarchMask(p)) }
        }

        var lineNo = 0
        var inComment = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            guard var line = Self.stripComments(String(raw), inComment: &inComment) else { continue }
            if line.hasSuffix("\r") { line.removeLast() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.contains("---STOP---") { break }
            let first = line.first!
            if first == "\t" || first == " " {
                let groups = Self.bracketGroups(line)
                if groups.isEmpty {
                    errors.append(LexiconError(file: file, line: lineNo, message: "indented line without a [code]")); continue
                }
                if phrases.isEmpty {
                    errors.append(LexiconError(file: file, line: lineNo, message: "code line before any actor")); continue
                }
                for g in groups {
                    switch Self.parseDatedCode(g) {
                    case .success(let d): codes.append(d); if d.from != nil || d.to != nil { hasDates = true }
                    case .failure(let e): errors.append(LexiconError(file: file, line: lineNo, message: e.message))
                    }
                }
            } else if first == "+" {
                let p = Self.phrase(String(line.dropFirst()))
                if p.isEmpty { errors.append(LexiconError(file: file, line: lineNo, message: "empty synonym")); continue }
                if phrases.isEmpty { errors.append(LexiconError(file: file, line: lineNo, message: "synonym before any actor")); continue }
                phrases.append((p, lineNo))
            } else {
                if !codes.isEmpty { flush() }
                let p = Self.phrase(line)
                if p.isEmpty { errors.append(LexiconError(file: file, line: lineNo, message: "actor line without a phrase")); continue }
                if line.contains("[") && !line.contains("]") {
                    errors.append(LexiconError(file: file, line: lineNo, message: "missing ']'")); continue
                }
                phrases.append((p, lineNo))
                for g in Self.bracketGroups(line) {
                    switch Self.parseDatedCode(g) {
                    case .success(let d): codes.append(d); if d.from != nil || d.to != nil { hasDates = true }
                    case .failure(let e): errors.append(LexiconError(file: file, line: lineNo, message: e.message))
                    }
                }
            }
        }
        flush()
        return errors
    }

    /// Loads the text of a PETRARCH agents dictionary: `PHRASE {PLURAL} [~CODE]` lines
    /// (`~GOV` appends to the actor's country, `IGO~` prefixes), `!SET! = A, B` substitution
    /// sets, automatic English plurals unless `{}` is given.
    public mutating func loadPetrarchAgents(text: String, file: String) -> [LexiconError] {
        var errors: [LexiconError] = []
        var sets: [String: [String]] = [:]
        var lineNo = 0
        var inComment = false
        let collectiveWords: Set<String> = ["ARMY", "MILITARY", "POLICE", "GOVERNMENT", "MINISTRY", "FORCE", "FORCES",
                                            "ADMINISTRATION", "PARLIAMENT", "COURT", "COUNCIL", "CABINET", "PARTY",
                                            "AUTHORITY", "AUTHORITIES", "NAVY", "MILITIA", "REGIME", "COMMITTEE",
                                            "COMMISSION", "AGENCY", "DEPARTMENT", "ASSEMBLY", "CONGRESS", "SENATE"]
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            guard var line = Self.stripComments(String(raw), inComment: &inComment) else { continue }
            line = line.trimmingCharacters(in: .whitespacesAndNewlines)
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
            // Expand a substitution marker (`FOREIGN_!MINIST!`).
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
                let p = Self.phrase(form)
                guard !p.isEmpty else { errors.append(LexiconError(file: file, line: lineNo, message: "empty agent phrase")); continue }
                let words = p.split(separator: " ").map(String.init)
                let collective = collectiveWords.contains(words.last ?? "")
                addAgent(phrase: p, sector: sector, fixedRoot: fixedRoot, plural: collective)
                var pl: String
                if pluralGiven { pl = Self.phrase(plural ?? "") }
                else if form.hasSuffix("_") { pl = "" }
                else if p.hasSuffix("Y") { pl = String(p.dropLast()) + "IES" }
                else if p.hasSuffix("S") { pl = p + "ES" }
                else { pl = p + "S" }
                if !pl.isEmpty { addAgent(phrase: pl, sector: sector, fixedRoot: fixedRoot, plural: true, singular: p) }
            }
        }
        return errors
    }

    private mutating func addAgent(phrase: String, sector: String?, fixedRoot: String?, plural: Bool, singular: String? = nil) {
        let s = Set((sector ?? "").chunked3)
        var kind: ActorKind = .person
        if plural {
            if !s.isDisjoint(with: ["MIL", "REB", "INS", "UAF"]) { kind = .armedGroup }
            else if !s.isDisjoint(with: ["CVL", "REF"]) { kind = .population }
            else { kind = .group }
        }
        let label = (singular ?? phrase).lowercased()
        var role = RoleEntry(sector: sector, kind: kind, template: "{adj} \(plural ? phrase.lowercased() : label)", origin: .petrarch)
        role.fixedRoot = fixedRoot
        // Agents are common nouns: any case matches.
        add(phrase: phrase, role: role, mask: CaseMask.none)
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

    /// Case rule for PETRARCH phrases (written in capitals): the first word must be
    /// capitalised in the text; a one-word phrase of up to three letters is an acronym.
    static func petrarchMask(_ phrase: String) -> CaseMask {
        var m = CaseMask()
        let words = phrase.split(separator: " ")
        if words.count == 1, words[0].filter(\.isLetter).count <= 3 { m.upper = 1 } else { m.capitalized = 1 }
        return m
    }

    /// The phrase part of a dictionary line: text before `[`/`{`, `_` read as spaces.
    static func phrase(_ line: String) -> String {
        var s = Substring(line)
        if let i = s.firstIndex(where: { $0 == "[" || $0 == "{" }) { s = s[..<i] }
        return s.replacingOccurrences(of: "_", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Removes `#`, `;` and `<!-- -->` comments; nil when nothing is left to read.
    static func stripComments(_ line: String, inComment: inout Bool) -> String? {
        var s = line
        if inComment {
            guard let end = s.range(of: "-->") else { return nil }
            s = String(s[end.upperBound...]); inComment = false
        }
        while let start = s.range(of: "<!--") {
            if let end = s.range(of: "-->", range: start.upperBound..<s.endIndex) {
                s.removeSubrange(start.lowerBound..<end.upperBound)
            } else {
                s = String(s[..<start.lowerBound]); inComment = true; break
            }
        }
        if let h = s.firstIndex(of: "#") { s = String(s[..<h]) }
        if let c = s.firstIndex(of: ";") { s = String(s[..<c]) }
        return s.trimmingCharacters(in: .whitespaces).isEmpty ? nil : s
    }

    static func bracketGroups(_ line: String) -> [String] {
        var out: [String] = []
        var rest = Substring(line)
        while let o = rest.firstIndex(of: "[") {
            guard let c = rest[o...].firstIndex(of: "]") else { break }
            out.append(String(rest[rest.index(after: o)..<c]))
            rest = rest[rest.index(after: c)...]
        }
        return out
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
