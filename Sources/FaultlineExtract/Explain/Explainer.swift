import FaultlineModel
import FaultlineText

/// Why one sentence gave the actors, dates, events and claims it gave: its tokens, every
/// lexicon match (actors, triggers, time expressions, reporting cues, markers), the
/// clauses, and each decision on heads, roles, modality and claims.
///
/// Runs the whole document (document-level decisions such as paragraph claims and
/// repeated sentences show up too) and reports on one sentence. `faultline explain FILE
/// --sentence N` prints `description`.
public struct Explainer: Sendable {
    public let extractor: Extractor

    public init(extractor: Extractor) { self.extractor = extractor }

    /// Explains sentence `index` (0-based, as in `analysis.json`) of `document`; nil when
    /// the document has no such sentence.
    public func explain(_ document: Document, sentence index: Int, dct: String? = nil) -> SentenceExplanation? {
        guard let pos = document.sentences.firstIndex(where: { $0.index == index }) else { return nil }
        // Notes of the coders are composed only while recording (see `Notes`).
        let run = Notes.$recording.withValue(true) { extractor.run(document, dct: dct) }
        let sentence = document.sentences[pos]
        let input = run.inputs[pos]
        var x = SentenceExplanation(sentence: index, text: sentence.text, role: sentence.role, language: run.language)
        x.tokens = input.tokens.map(\.text)

        for (m, d) in run.recognition.mentions(inSentence: index) {
            let a = run.recognition.actor(id: m.actor)
            x.actors.append("tokens \(d.tokenRange.lowerBound)–\(d.tokenRange.upperBound - 1) `\(m.text)` → \(m.actor)"
                            + " (\(d.code ?? "no code"), \(d.kind.rawValue)\(a.map { ", " + $0.name } ?? "")) rule \(m.rule)")
        }
        for t in run.resolver.expressions(inSentence: index) {
            x.times.append("`\(t.text)` → \(t.value) \(t.type.rawValue)\(t.timeOfDay.map { " " + $0.rawValue } ?? "")"
                           + " anchor \(t.anchor.rawValue)\(t.ambiguous ? " (ambiguous)" : "") rule \(t.rule)")
        }
        guard let coder = extractor.coders[run.language] else { return x }
        let ctx = SentenceContext(input, markers: coder.markers)
        var seenMarker = Set<Int>()
        for i in 0..<min(ctx.tokens.count, ctx.classes.count) where !ctx.classes[i].isEmpty && !ctx.classes[i].contains(.word) {
            guard let start = ctx.markerStart[i], seenMarker.insert(start).inserted else { continue }
            var end = start
            while end < ctx.tokens.count, ctx.markerStart[end] == start { end += 1 }
            x.markers.append("`\(ctx.text(start..<end))` " + ctx.classes[i].members.map(\.rawValue).sorted().joined(separator: ", "))
        }
        if let coded = run.coded.coded[index] {
            if let why = coded.skipped { x.decisions.append(why) }
            for t in coded.triggers {
                let e = coder.verbs.entries[t.entry]
                var flags: [String] = []
                if e.nominal { flags.append("noun") }
                if e.generic { flags.append("generic") }
                if e.ambiguous { flags.append("ambiguous") }
                if e.symmetric { flags.append("joint") }
                if let g = e.governor { flags.append("governs: \(g.rawValue)") }
                let code = e.cameo.isEmpty ? "—" : e.cameo
                x.triggers.append("`\(t.parts.map { ctx.text($0) }.joined(separator: " … "))` → \(code)"
                                  + (flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]") + " rule \(e.rule) (\(e.file):\(e.line))")
            }
            for (k, f) in coded.frames.enumerated() {
                let speaker = coded.speakers[k].isEmpty ? "unnamed" : coded.speakers[k].joined(separator: " + ")
                x.cues.append("`\(ctx.text(f.cue))` \(f.stance.rawValue): speaker \(speaker)"
                              + (coded.vias[k].map { ", via \($0)" } ?? "")
                              + ", reported words `\(ctx.text(f.reported))` rule \(f.rule)")
                x.decisions += f.notes
            }
            x.clauses = coded.clauses.map { "`\(ctx.text($0))`" }
            for e in coded.events {
                x.decisions.append("event \(e.cameo) `\(e.trigger)`: " + e.notes.joined(separator: "; "))
            }
            x.decisions += coded.notes
        } else {
            x.decisions.append("not coded")
        }
        x.decisions += (run.coded.notes[index] ?? []).filter { !x.decisions.contains($0) }
        x.events = run.analysis.events.filter { $0.sentence == index }
        x.claims = run.analysis.claims.filter { $0.sentence == index || $0.events.contains { id in x.events.contains { $0.id == id } } }
        return x
    }
}

/// The explanation of one sentence; `description` is the printable trace.
public struct SentenceExplanation: Sendable, Hashable, CustomStringConvertible {
    public var sentence: Int
    public var text: String
    public var role: SentenceRole
    public var language: String
    public var tokens: [String] = []
    public var actors: [String] = []
    public var times: [String] = []
    public var triggers: [String] = []
    public var cues: [String] = []
    public var markers: [String] = []
    public var clauses: [String] = []
    public var decisions: [String] = []
    public var events: [Event] = []
    public var claims: [Claim] = []

    public init(sentence: Int, text: String, role: SentenceRole, language: String) {
        self.sentence = sentence; self.text = text; self.role = role; self.language = language
    }

    public var description: String {
        var out = ["sentence \(sentence) (\(role.rawValue), \(language)): \(text)", ""]
        out.append("tokens: " + tokens.enumerated().map { "\($0.offset):\($0.element)" }.joined(separator: " "))
        func section(_ title: String, _ lines: [String]) {
            out.append("")
            out.append("\(title):")
            out += lines.isEmpty ? ["  (none)"] : lines.map { "  " + $0 }
        }
        section("actors", actors)
        section("time expressions", times)
        section("triggers", triggers)
        section("reporting cues", cues)
        section("markers", markers)
        section("clauses", clauses)
        section("decisions", decisions)
        section("events", events.map { e in
            var s = "\(e.id) \(e.cameo) \(e.plover.isEmpty ? "-" : e.plover) quad \(e.quad) goldstein \(e.goldstein): "
            s += "\(e.source.isEmpty ? "?" : e.source.joined(separator: " + ")) → \(e.target.isEmpty ? "?" : e.target.joined(separator: " + "))"
            if !e.location.isEmpty { s += " at \(e.location.joined(separator: ", "))" }
            s += ", \(e.date.value ?? "undated") (\(e.date.anchor.rawValue))"
            if let t = e.timeOfDay { s += " \(t.rawValue)" }
            if e.negated { s += ", negated" }
            if e.modality != .asserted { s += ", \(e.modality.rawValue)" }
            if let c = e.claim { s += ", reported by \(c)" }
            return s + ", trigger `\(e.trigger)`, rule \(e.rule)"
        })
        section("claims", claims.map { c in
            "\(c.id) \(c.speaker)\(c.via.map { " via " + $0 } ?? "") `\(c.cue)` \(c.stance.rawValue), \(c.date.value ?? "undated"), events \(c.events.joined(separator: ", "))"
                + (c.about.isEmpty ? "" : ", about \(c.about.joined(separator: ", "))") + ", rule \(c.rule)"
        })
        return out.joined(separator: "\n")
    }
}
