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
                                 code: a.code ?? (a.kind == .country ? a.id.uppercased() : nil)))
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

/// Actors used across the event tests (ids are what the tests compare).
enum A {
    static func c(_ s: String, _ id: String, _ code: String, occurrence: Int = 0) -> TestActor {
        TestActor(s, id, .country, code, occurrence: occurrence)
    }
    static func org(_ s: String, _ id: String, _ code: String, occurrence: Int = 0) -> TestActor {
        TestActor(s, id, .organization, code, occurrence: occurrence)
    }
    static func armed(_ s: String, _ id: String, _ code: String, occurrence: Int = 0) -> TestActor {
        TestActor(s, id, .armedGroup, code, occurrence: occurrence)
    }
    static func person(_ s: String, _ id: String, _ code: String, occurrence: Int = 0) -> TestActor {
        TestActor(s, id, .person, code, occurrence: occurrence)
    }
    static func place(_ s: String, _ id: String, _ country: String, occurrence: Int = 0) -> TestActor {
        TestActor(s, id, .location, country, occurrence: occurrence)
    }
    static func people(_ s: String, _ id: String, _ code: String, occurrence: Int = 0) -> TestActor {
        TestActor(s, id, .population, code, occurrence: occurrence)
    }
    static func media(_ s: String, _ id: String, occurrence: Int = 0) -> TestActor {
        TestActor(s, id, .media, "MED", occurrence: occurrence)
    }
}

/// Asserts the summaries of the events coded in one sentence.
func assertEvents(_ lang: String, _ text: String, _ actors: [TestActor], _ expected: [String],
                  role: SentenceRole = .body, timex: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
    let got = code(lang, text, actors, role: role, timex: timex).events.map(summary)
    XCTAssertEqual(got, expected, text, file: file, line: line)
}
