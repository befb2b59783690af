import FaultlineModel

/// CSV tables (RFC 4180): comma-separated, CRLF line ends, a header row; a field is quoted
/// when it holds a comma, a quote, CR or LF, with quotes doubled inside.
///
/// Formula-injection guard: a text cell that starts with `=`, `+`, `-`, `@`, tab or CR
/// would be run as a formula by Excel, LibreOffice or Google Sheets, so it is prefixed
/// with an apostrophe (`'=cmd…`; OWASP's advice). Numeric cells (Goldstein `-10`) are
/// written as numbers and never prefixed. Other control characters are dropped.
struct CSVExporter {
    enum Cell {
        case text(String)
        case number(String)
    }

    func export(_ index: ExportIndex, table: CSVTable) -> String {
        let rows: [[Cell]]
        switch table {
        case .events: rows = events(index)
        case .actors: rows = actors(index)
        case .claims: rows = claims(index)
        case .contradictions: rows = contradictions(index)
        case .cooccurrence: rows = cooccurrence(index)
        case .documents: rows = documents(index)
        }
        return rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case .number(let n): return n
        case .text(let raw):
            let s = guardFormula(ExportEscaping.droppingControls(raw))
            let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            guard needsQuotes else { return s }
            // Doubled scalar by scalar: a quote followed by a combining mark is one
            // `Character`, which a character-level replace would not find.
            var out = String.UnicodeScalarView()
            out.append("\"")
            for u in s.unicodeScalars {
                if u == "\"" { out.append("\"") }
                out.append(u)
            }
            out.append("\"")
            return String(out)
        }
    }

    /// `'` before text a spreadsheet would take for a formula (leading `= + - @`, tab, CR).
    static func guardFormula(_ s: String) -> String {
        guard let f = s.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(f) else { return s }
        return "'" + s
    }

    private func header(_ names: [String]) -> [Cell] { names.map { .text($0) } }
    private func num(_ i: Int) -> Cell { .number(String(i)) }
    private func num(_ d: Double) -> Cell { .number(ExportNumber.format(d)) }
    private func list(_ ids: [String], _ index: ExportIndex) -> Cell { .text(ids.map(index.actorName).joined(separator: "; ")) }

    private func events(_ index: ExportIndex) -> [[Cell]] {
        var rows = [header(["id", "date", "precision", "start", "end", "source", "source_ids", "cameo", "plover", "quad",
                            "goldstein", "target", "target_ids", "location", "trigger", "negated", "modality",
                            "time_of_day", "claim", "document", "sentence", "mentions", "text"])]
        for e in index.events {
            let r = index.eventRanges[e.id]
            rows.append([
                .text(e.id), .text(e.date.value ?? ""), .text(e.date.precision.rawValue),
                .text(r?.start.iso ?? ""), .text(r?.end.iso ?? ""),
                list(e.source, index), .text(e.source.joined(separator: ";")), .text(e.cameo), .text(e.plover),
                num(e.quad), num(e.goldstein), list(e.target, index), .text(e.target.joined(separator: ";")),
                list(e.location, index), .text(e.trigger), .text(e.negated ? "true" : "false"), .text(e.modality.rawValue),
                .text(e.timeOfDay?.rawValue ?? ""), .text(e.claim ?? ""), .text(e.document), num(e.sentence),
                num(index.mentions(of: e).count), .text(e.text),
            ])
        }
        return rows
    }

    private func actors(_ index: ExportIndex) -> [[Cell]] {
        let centrality = Dictionary(index.analysis.centrality.map { ($0.actor, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = [header(["id", "name", "kind", "code", "country", "mentions", "aliases", "degree", "weighted_degree",
                            "betweenness", "pagerank"])]
        for a in index.sortedActors {
            let c = centrality[a.id]
            rows.append([.text(a.id), .text(a.name), .text(a.kind.rawValue), .text(a.code ?? ""), .text(a.country ?? ""),
                         num(a.mentions), .text(a.aliases.joined(separator: "; ")),
                         c.map { num($0.degree) } ?? .number(""), c.map { num($0.weightedDegree) } ?? .number(""),
                         c.map { num($0.betweenness) } ?? .number(""), c.map { num($0.pagerank) } ?? .number("")])
        }
        return rows
    }

    private func claims(_ index: ExportIndex) -> [[Cell]] {
        var rows = [header(["id", "speaker", "speaker_id", "via", "cue", "stance", "date", "events", "about",
                            "document", "sentence", "text"])]
        for c in index.sortedClaims {
            rows.append([.text(c.id), .text(index.actorName(c.speaker)), .text(c.speaker), .text(c.via.map(index.actorName) ?? ""),
                         .text(c.cue), .text(c.stance.rawValue), .text(c.date.value ?? ""), .text(c.events.joined(separator: ";")),
                         list(c.about, index), .text(c.document), num(c.sentence), .text(c.text)])
        }
        return rows
    }

    private func contradictions(_ index: ExportIndex) -> [[Cell]] {
        var rows = [header(["id", "kind", "score", "topic", "explanation", "claim_a", "speaker_a", "text_a",
                            "claim_b", "speaker_b", "text_b"])]
        for x in index.sortedContradictions {
            func side(_ i: Int) -> [Cell] {
                guard i < x.claims.count else { return [.text(""), .text(""), .text("")] }
                let c = index.claims[x.claims[i]]
                return [.text(x.claims[i]), .text(c.map { index.actorName($0.speaker) } ?? ""), .text(c?.text ?? "")]
            }
            rows.append([.text(x.id), .text(x.kind.rawValue), num(x.score), .text(x.topic), .text(x.explanation)] + side(0) + side(1))
        }
        return rows
    }

    private func cooccurrence(_ index: ExportIndex) -> [[Cell]] {
        var rows = [header(["a", "b", "a_name", "b_name", "sentences", "events", "documents", "weight", "pmi"])]
        for c in index.sortedCooccurrence {
            rows.append([.text(c.a), .text(c.b), .text(index.actorName(c.a)), .text(index.actorName(c.b)),
                         num(c.sentences), num(c.events), num(c.documents), num(c.weight), num(c.pmi)])
        }
        return rows
    }

    private func documents(_ index: ExportIndex) -> [[Cell]] {
        var rows = [header(["id", "title", "language", "published", "source", "url", "sentences", "duplicate_of"])]
        for d in index.sortedDocuments {
            rows.append([.text(d.id), .text(d.title), .text(d.language), .text(d.published ?? ""), .text(d.source ?? ""),
                         .text(d.url ?? ""), num(d.sentences), .text(d.duplicateOf ?? "")])
        }
        return rows
    }
}
