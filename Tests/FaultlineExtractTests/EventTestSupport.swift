import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// An actor a test places in a sentence by its surface form.
struct TestActor {
    var surface: String
    var id: String
    var kind: ActorKind = .country
    var code: String?
    /// Which occurrence of `surface` (0 = first).
    var occurrence = 0
    /// More actors named by the same words (`hai ngoại trưởng`).
    var also: [String] = []

    init(_ surface: String, _ id: String, _ kind: ActorKind = .country, _ code: String? = nil, occurrence: Int = 0, also: [String] = []) {
        self.surface = surface; self.id = id; self.kind = kind; self.code = code; self.occurrence = occurrence; self.also = also
    }
}

/// Shared lexicons: loading them once keeps the tests fast.
enum TestLexicons {
    static let vi = try! EventLexicons(language: "vi")
    static let en = try! EventLexicons(language: "en")
    static func of(_ lang: String) -> EventLexicons { lang == "vi" ? vi : en }
}

/// Builds the coder's input from a sentence and hand-placed actors.
func codingInput(_ text: String, _ actors: [TestActor], role: SentenceRole = .body, index: Int = 0,
                 paragraph: Int = 1, timex: [String] = []) -> CodingInput {
    let tokens = Tokenizer.tokens(text)
    var spans: [MentionSpan] = []
    for a in actors {
        guard let r = byteRange(of: a.surface, in: text, occurrence: a.occurrence),
              let t = CodingInput.tokenRange(bytes: r.lowerBound, r.upperBound, in: tokens) else {
            XCTFail("`\(a.surface)` not found in `\(text)`"); continue
        }
        spans.append(MentionSpan(actors: [a.id] + a.also, start: t.lowerBound, end: t.upperBound, kind: a.kind,
                                 code: a.code ?? (a.kind == .country ? a.id.uppercased() : nil), text: a.surface))
    }
    let times = timex.compactMap { s -> Range<Int>? in
        guard let r = byteRange(of: s, in: text, occurrence: 0) else { return nil }
        return CodingInput.tokenRange(bytes: r.lowerBound, r.upperBound, in: tokens)
    }
    return CodingInput(index: index, text: text, role: role, paragraph: paragraph, tokens: tokens, mentions: spans, timexes: times)
}

func byteRange(of needle: String, in text: String, occurrence: Int) -> Range<Int>? {
    let h = Array(text.utf8), n = Array(needle.utf8)
    guard !n.isEmpty, n.count <= h.count else { return nil }
    var seen = 0
    for i in 0...(h.count - n.count) where Array(h[i..<i + n.count]) == n {
        if seen == occurrence { return i..<i + n.count }
        seen += 1
    }
    return nil
}

/// Codes one sentence in `lang` with hand-placed actors.
func code(_ lang: String, _ text: String, _ actors: [TestActor] = [], role: SentenceRole = .body, timex: [String] = []) -> CodedSentence {
    TestLexicons.of(lang).coder().code(codingInput(text, actors, role: role, timex: timex))
}

/// A compact view of an event for assertions: `190 rebels->army`.
func summary(_ e: CodedEvent) -> String {
    var s = "\(e.cameo) \(e.source.joined(separator: "+"))->\(e.target.joined(separator: "+"))"
    if e.negated { s += " neg" }
    if e.modality != .asserted { s += " \(e.modality.rawValue)" }
    return s
}
