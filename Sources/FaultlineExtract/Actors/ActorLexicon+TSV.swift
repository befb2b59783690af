import FaultlineModel
import FaultlineText

/// The kinds of Faultline actor tables, chosen by file name.
enum TableKind: Sendable {
    case countryCodes, actors, roles, cues, persons, patrons, hostility

    init?(fileName: String) {
        let name = fileName.lowercased()
        guard name.hasSuffix(".tsv") else { return nil }
        if name.hasPrefix("country-codes") { self = .countryCodes }
        else if name.hasPrefix("roles") { self = .roles }
        else if name.hasPrefix("cues") { self = .cues }
        else if name.hasPrefix("persons") { self = .persons }
        else if name.hasPrefix("patrons") { self = .patrons }
        else if name.hasPrefix("hostility") { self = .hostility }
        else if name.hasPrefix("actors") || name.hasPrefix("countries") || name.hasPrefix("places") { self = .actors }
        else { return nil }
    }
}

extension ActorLexicon {
    /// Parses one table. Formats (tab-separated, `#` starts a comment line, blank lines skipped):
    ///
    /// - country codes: `code  name  adjective`
    /// - actors: `phrase  code  kind  name  [flags]` — `code` is a CAMEO code or `-`; for
    ///   `location` rows it is the country root; `name` is the canonical English name (rows
    ///   with the same name and kind are one actor); flags: `ambiguous`, `demonym`, `capital`, `region`.
    /// - roles: `phrase  sector  kind  template` — `sector` like `GOV` or `-`; `template`
    ///   names role-only actors (`{adj} foreign minister`).
    /// - cues: `phrase  cue` — cue kinds are the raw values of `CueKind`.
    /// - patrons: `phrase  form  value  [display]` — see `PatronLexicon`.
    /// - hostility: `phrase` — see `HostilityLexicon`.
    /// - persons: `name  codes  offices  aliases` — codes `CODE` or `CODE@FROM..TO` separated
    ///   by spaces; offices `role/CODE@FROM..TO` separated by `;`, or `-`; aliases separated
    ///   by `|`, or `-` (dates are ISO `YYYY-MM-DD`, either side may be empty).
    mutating func load(tsvText text: String, file: String, origin: EntryOrigin) -> [LexiconError] {
        let kind = TableKind(fileName: file.hasSuffix(".tsv") ? file : file + ".tsv") ?? .actors
        var errors: [LexiconError] = []
        var actorIndex: [String: Int] = [:]   // "kind|name" → entry, so rows of one actor share it
        var lineNo = 0
        for rawLine in text.lineSlices() {
            lineNo += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingSpaces().isEmpty || line.hasPrefix("#") { continue }
            let cols = line.tabFields().map { $0.trimmingSpaces() }
            func fail(_ msg: String) { errors.append(LexiconError(file: file, line: lineNo, message: msg)) }
            switch kind {
            case .countryCodes:
                guard cols.count == 3, !cols[1].isEmpty, !cols[2].isEmpty else { fail("expected 3 columns: code, name, adjective"); continue }
                guard let code = ActorCode(cols[0]), code.sectors.isEmpty else { fail("bad country code '\(cols[0])'"); continue }
                countries[code.root] = CountryFact(name: cols[1], adjective: cols[2])
                countryRoots.insert(code.root)

            case .actors:
                guard cols.count == 4 || cols.count == 5 else { fail("expected 4 or 5 columns: phrase, code, kind, name, [flags]"); continue }
                let phrase = cols[0]
                guard !phrase.isEmpty, Tokenizer.tokens(phrase).contains(where: { $0.isWord || $0.kind == .number }) else { fail("empty phrase"); continue }
                guard let k = ActorKind(rawValue: cols[2]) else { fail("unknown kind '\(cols[2])'"); continue }
                var code: String? = nil
                if cols[1] != "-" {
                    guard ActorCode(cols[1]) != nil else { fail("bad code '\(cols[1])'"); continue }
                    code = cols[1].uppercased()
                }
                var entry = ActorEntry(name: cols[3].isEmpty || cols[3] == "-" ? phrase : cols[3], kind: k, code: code,
                                       country: code.map { String($0.prefix(3)) })
                if k == .location { entry.code = nil }
                entry.origin = origin
                var bad = false
                if cols.count == 5 {
                    for flag in cols[4].simpleSplit(",").map({ $0.trimmingSpaces() }) where !flag.isEmpty {
                        switch flag {
                        case "ambiguous": entry.ambiguous = true
                        case "demonym": entry.demonym = true
                        case "capital": entry.capital = true
                        case "region": entry.region = true
                        default: fail("unknown flag '\(flag)'"); bad = true
                        }
                    }
                }
                if bad { continue }
                // Flags are per phrase, so ambiguous/demonym/capital rows get their own entry.
                let key = "\(k.rawValue)|\(entry.name)|\(code ?? "")|\(entry.ambiguous)|\(entry.demonym)|\(entry.capital)|\(entry.region)"
                if let idx = actorIndex[key] {
                    add(phrase: phrase, actorIndex: idx)
                } else {
                    add(phrase: phrase, actor: entry)
                    actorIndex[key] = actors.count - 1
                }

            case .roles:
                guard cols.count == 4 else { fail("expected 4 columns: phrase, sector, kind, template"); continue }
                guard !cols[0].isEmpty, !Tokenizer.tokens(cols[0]).isEmpty else { fail("empty phrase"); continue }
                var sector: String? = nil
                if cols[1] != "-" {
                    guard cols[1].count % 3 == 0, ActorCode("XXX" + cols[1]) != nil else { fail("bad sector '\(cols[1])'"); continue }
                    sector = cols[1].uppercased()
                }
                guard let k = ActorKind(rawValue: cols[2]) else { fail("unknown kind '\(cols[2])'"); continue }
                guard !cols[3].isEmpty else { fail("empty template"); continue }
                add(phrase: cols[0], role: RoleEntry(sector: sector, kind: k, template: cols[3], origin: origin))

            case .persons:
                guard cols.count == 4 else { fail("expected 4 columns: name, codes, offices, aliases"); continue }
                guard !cols[0].isEmpty, Tokenizer.tokens(cols[0]).contains(where: \.isWord) else { fail("empty name"); continue }
                var codes: [DatedCode] = []
                var bad: String? = nil
                for item in cols[1].simpleSplit(" ") where !item.isEmpty {
                    guard let c = Self.datedCode(String(item)), let code = c.code, ActorCode(code) != nil else { bad = String(item); break }
                    codes.append(c)
                }
                if let bad { fail("bad code '\(bad)'"); continue }
                guard !codes.isEmpty else { fail("no code"); continue }
                var offices: [PersonEntry.Office] = []
                if cols[2] != "-" {
                    for item in cols[2].simpleSplit(";").map({ $0.trimmingSpaces() }) where !item.isEmpty {
                        guard let slash = item.lastIndex(of: "/"),
                              let dc = Self.datedCode(String(item[item.index(after: slash)...])), let code = dc.code,
                              !item[..<slash].trimmingSpaces().isEmpty else { bad = item; break }
                        offices.append(PersonEntry.Office(key: item[..<slash].trimmingSpaces().lowercased(),
                                                          code: code, from: dc.from, to: dc.to))
                    }
                }
                if let bad { fail("bad office '\(bad)' (expected role/CODE@FROM..TO)"); continue }
                let aliases = cols[3] == "-" ? [] : cols[3].simpleSplit("|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                add(person: PersonEntry(name: cols[0], codes: codes, offices: offices, origin: origin), aliases: aliases)

            case .patrons:
                if let msg = patronWords.add(columns: cols) { fail(msg) }

            case .hostility:
                if let msg = hostilityWords.add(columns: cols) { fail(msg) }

            case .cues:
                guard cols.count == 2 else { fail("expected 2 columns: phrase, cue"); continue }
                guard let cue = CueKind(rawValue: cols[1]) else { fail("unknown cue '\(cols[1])'"); continue }
                guard !cols[0].isEmpty, !Tokenizer.tokens(cols[0]).isEmpty else { fail("empty phrase"); continue }
                add(phrase: cols[0], cue: cue, origin: origin)
            }
        }
        return errors
    }

    /// `RUSGOV`, `RUSGOV@2012-05-07..`, `USAGOV@2021-01-20..2025-01-20`, `SYRGOV@..2024-12-08`.
    static func datedCode(_ text: String) -> DatedCode? {
        guard let at = text.firstIndex(of: "@") else {
            return text.isEmpty ? nil : DatedCode(code: text.uppercased(), from: nil, to: nil)
        }
        let code = String(text[..<at]).uppercased()
        let range = text[text.index(after: at)...]
        guard !code.isEmpty, let dots = range.rangeOfText("..") else { return nil }
        let a = String(range[..<dots.lowerBound]), b = String(range[dots.upperBound...])
        func day(_ s: String) -> Int?? {
            if s.isEmpty { return .some(nil) }
            let parts = s.split(separator: "-")
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            return .some(y * 10000 + m * 100 + d)
        }
        guard let from = day(a), let to = day(b), from != nil || to != nil else { return nil }
        return DatedCode(code: code, from: from, to: to)
    }
}
