import Foundation
import XCTest
import FaultlineModel
@testable import FaultlineRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the tests read back from an SVG: every element with its attributes and text.
struct ParsedSVG {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    var elements: [Element] = []

    /// Parses `data` with Foundation's `XMLParser`; fails the test when it is not well-formed.
    init(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse(), parser.parserError == nil else {
            XCTFail("not well-formed XML: \(String(describing: parser.parserError)) at line \(parser.lineNumber)", file: file, line: line)
            throw XCTSkip("unparseable SVG")
        }
        elements = collector.elements
    }

    func element(id: String) -> Element? { elements.first { $0.attributes["id"] == id } }
    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }
    func elements(withClass cls: String) -> [Element] { elements.filter { $0.classes.contains(cls) } }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
            open.append(elements.count - 1)
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = open.popLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }
    }
}

/// Locates the package root (the folder holding Package.swift) from this file.
enum TestPaths {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }

    static var golden: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }
}

/// A small hand-built analysis shaped like a wire story about a ceasefire dispute: two
/// countries' ministers talk, two sources blame opposite sides for renewed fighting, a
/// patrol the day before, an undated statement and a date without a year.
enum PictureFixture {
    static func analysis() -> Analysis {
        let d16 = { (day: Int, anchor: DateAnchor) in
            EventDate(value: "2016-12-\(day)", precision: .day, text: anchor == .explicit ? "ngày \(day)/12" : nil, anchor: anchor)
        }
        let actors = [
            Actor(id: "russia", name: "Nga", kind: .country, code: "RUS", country: "RUS", aliases: ["Nga"], mentions: 4),
            Actor(id: "turkey", name: "Thổ Nhĩ Kỳ", kind: .country, code: "TUR", country: "TUR", aliases: ["Thổ Nhĩ Kỳ"], mentions: 4),
            Actor(id: "syria", name: "Syria", kind: .country, code: "SYR", country: "SYR", mentions: 3),
            Actor(id: "sergei-lavrov", name: "Sergei Lavrov", kind: .person, code: "RUSGOV", country: "RUS", aliases: ["Lavrov"], mentions: 1),
            Actor(id: "mevlut-cavusoglu", name: "Mevlut Cavusoglu", kind: .person, code: "TURGOV", country: "TUR", mentions: 2),
            Actor(id: "russian-defence-ministry", name: "Bộ Quốc phòng Nga", kind: .organization, code: "RUSMIL", country: "RUS", mentions: 1),
            Actor(id: "interfax", name: "Interfax", kind: .media, code: "RUSMED", country: "RUS", mentions: 1),
            Actor(id: "syrian-opposition", name: "lực lượng đối lập", kind: .armedGroup, code: "SYRREB", country: "SYR", mentions: 2),
            Actor(id: "syrian-army", name: "quân đội chính phủ Syria", kind: .armedGroup, code: "SYRMIL", country: "SYR", mentions: 3),
            Actor(id: "united-nations", name: "Liên hợp quốc", kind: .organization, code: "IGOUNO", country: "IGO", aliases: ["LHQ"], mentions: 2),
            Actor(id: "aleppo", name: "Aleppo", kind: .location, code: nil, country: "SYR", mentions: 4),
            Actor(id: "bashar-al-assad", name: "Bashar al-Assad", kind: .person, code: "SYRGOV", country: "SYR", mentions: 1),
        ]
        let events = [
            Event(id: "e1", document: "doc-a", sentence: 1, text: "Ngoại trưởng Sergei Lavrov điện đàm với người đồng cấp Mevlut Cavusoglu.",
                  trigger: "điện đàm", code: EventCode(cameo: "041", plover: "CONSULT", quad: 1, goldstein: 1.0),
                  source: ["sergei-lavrov"], target: ["mevlut-cavusoglu"], date: d16(14, .previous), claim: "c1", rule: "vi.consult"),
            Event(id: "e2", document: "doc-a", sentence: 4, text: "Lực lượng đối lập ở Aleppo đã nối lại các cuộc tấn công vào rạng sáng cùng ngày.",
                  trigger: "tấn công", code: EventCode(cameo: "190", plover: "ASSAULT", quad: 4, goldstein: -10),
                  source: ["syrian-opposition"], target: ["syrian-army"], location: ["aleppo"], date: d16(14, .previous),
                  timeOfDay: .dawn, claim: "c2", rule: "vi.assault"),
            Event(id: "e3", document: "doc-a", sentence: 4, text: "Quân đội chính phủ Syria đã đẩy lui các cuộc tấn công này.",
                  trigger: "đẩy lui", code: EventCode(cameo: "190", plover: "ASSAULT", quad: 4, goldstein: -10),
                  source: ["syrian-army"], target: ["syrian-opposition"], location: ["aleppo"], date: d16(14, .explicit),
                  claim: "c2", rule: "vi.repel"),
            Event(id: "e4", document: "doc-a", sentence: 5, text: "Lực lượng chính phủ Syria đang cố cản trở thỏa thuận sơ tán.",
                  trigger: "cản trở", code: EventCode(cameo: "120", plover: "REJECT", quad: 3, goldstein: -4),
                  source: ["syrian-army"], target: ["syrian-opposition"], date: d16(14, .explicit), claim: "c3", rule: "vi.obstruct"),
            Event(id: "e5", document: "doc-a", sentence: 2, text: "Lực lượng ủng hộ Chính phủ Syria tuần tra trên đường phố Aleppo ngày 13/12.",
                  trigger: "tuần tra", code: EventCode(cameo: "154", plover: "MOBILIZE", quad: 4, goldstein: -7.2),
                  source: ["syrian-army"], target: [], location: ["aleppo"], date: d16(13, .explicit), rule: "vi.patrol"),
            Event(id: "e6", document: "doc-a", sentence: 7, text: "LHQ cho biết sẽ không can thiệp vào kế hoạch sơ tán.",
                  trigger: "can thiệp", code: EventCode(cameo: "073", plover: "AID", quad: 2, goldstein: 7.4),
                  source: ["united-nations"], target: [], date: d16(14, .explicit), negated: true, modality: .intended,
                  claim: "c4", rule: "vi.intervene"),
            Event(id: "e7", document: "doc-a", sentence: 9, text: "Tổng thống Syria Bashar al-Assad bác bỏ tuyên bố của phương Tây.",
                  trigger: "bác bỏ", code: EventCode(cameo: "111", plover: "ACCUSE", quad: 3, goldstein: -2),
                  source: ["bashar-al-assad"], target: [], date: .none, rule: "vi.criticize"),
            Event(id: "e8", document: "doc-b", sentence: 3, text: "Russia and Turkey agreed on 12 December to an evacuation deal.",
                  trigger: "agreed", code: EventCode(cameo: "057", plover: "AGREE", quad: 1, goldstein: 8),
                  source: ["russia"], target: ["turkey"],
                  date: EventDate(value: "XXXX-12-12", precision: .day, text: "12 December", anchor: .explicit), rule: "en.agree"),
            Event(id: "e9", document: "doc-b", sentence: 1, text: "Turkish and Russian officials met in Ankara on 28 November.",
                  trigger: "met", code: EventCode(cameo: "040", plover: "CONSULT", quad: 1, goldstein: 1),
                  source: ["turkey"], target: ["russia"], date: EventDate(value: "2016-11-28", precision: .day, text: "28 November", anchor: .explicit),
                  rule: "en.meet"),
        ]
        let claims = [
            Claim(id: "c1", speaker: "russia", cue: "ra thông báo cho biết", stance: .assert, date: d16(14, .explicit), events: ["e1"],
                  document: "doc-a", sentence: 1, text: "Bộ Ngoại giao Nga ra thông báo cho biết …", rule: "vi.cho-biet"),
            Claim(id: "c2", speaker: "russian-defence-ministry", via: "interfax", cue: "cho biết", stance: .accuse, date: d16(14, .explicit),
                  events: ["e2", "e3"], document: "doc-a", sentence: 4, text: "Theo hãng tin Interfax, Bộ Quốc phòng Nga ngày 14/12 cho biết …",
                  about: ["syrian-opposition"], rule: "vi.cho-biet"),
            Claim(id: "c3", speaker: "mevlut-cavusoglu", cue: "cho biết", stance: .accuse, date: d16(14, .previous), events: ["e4"],
                  document: "doc-a", sentence: 5, text: "Ngoại trưởng Thổ Nhĩ Kỳ Cavusoglu cho biết …", about: ["syrian-army"], rule: "vi.cho-biet"),
            Claim(id: "c4", speaker: "united-nations", cue: "cho biết", stance: .assert, date: .none, events: ["e6"],
                  document: "doc-a", sentence: 7, text: "LHQ cho biết sẽ không can thiệp …", rule: "vi.cho-biet"),
        ]
        let contradictions = [
            Contradiction(id: "x1", claims: ["c2", "c3"], kind: .blame, score: 0.86,
                          topic: "violations around the Aleppo evacuation, 2016-12-14",
                          explanation: "Russia's defence ministry blames the opposition; Turkey's foreign minister blames government forces"),
        ]
        let cooccurrence = [
            Cooccurrence(a: "russia", b: "turkey", sentences: 5, events: 4, documents: 2, weight: 5, pmi: 1.2),
            Cooccurrence(a: "mevlut-cavusoglu", b: "sergei-lavrov", sentences: 1, events: 1, documents: 1, weight: 1, pmi: 2.1),
            Cooccurrence(a: "syrian-army", b: "syrian-opposition", sentences: 3, events: 3, documents: 1, weight: 3, pmi: 1.5),
            Cooccurrence(a: "aleppo", b: "syrian-army", sentences: 2, events: 2, documents: 1, weight: 2, pmi: 0.9),
            Cooccurrence(a: "syria", b: "turkey", sentences: 1, events: 0, documents: 1, weight: 1, pmi: 0.2),
        ]
        let dyads = [
            Dyad(a: "russia", b: "turkey", events: 2, meanGoldstein: 4.5, quads: [2, 0, 0, 0]),
            Dyad(a: "mevlut-cavusoglu", b: "sergei-lavrov", events: 1, meanGoldstein: 1.0, quads: [1, 0, 0, 0]),
            Dyad(a: "syrian-army", b: "syrian-opposition", events: 3, meanGoldstein: -8.0, quads: [0, 0, 1, 2]),
        ]
        let centrality = [
            Centrality(actor: "russia", degree: 1, weightedDegree: 5, betweenness: 0, pagerank: 0.2),
            Centrality(actor: "turkey", degree: 2, weightedDegree: 6, betweenness: 0.5, pagerank: 0.22),
            Centrality(actor: "syria", degree: 1, weightedDegree: 1, betweenness: 0, pagerank: 0.05),
            Centrality(actor: "sergei-lavrov", degree: 1, weightedDegree: 1, betweenness: 0, pagerank: 0.06),
            Centrality(actor: "mevlut-cavusoglu", degree: 1, weightedDegree: 1, betweenness: 0, pagerank: 0.06),
            Centrality(actor: "syrian-army", degree: 2, weightedDegree: 5, betweenness: 0.5, pagerank: 0.2),
            Centrality(actor: "syrian-opposition", degree: 1, weightedDegree: 3, betweenness: 0, pagerank: 0.12),
            Centrality(actor: "aleppo", degree: 1, weightedDegree: 2, betweenness: 0, pagerank: 0.09),
        ]
        let documents = [
            DocumentInfo(id: "doc-a", title: "Nga và Thổ Nhĩ Kỳ ủng hộ chấm dứt bạo lực tại Aleppo", language: "vi",
                         published: "2016-12-15", source: "TTXVN/Tin Tức", sentences: 12),
            DocumentInfo(id: "doc-b", title: "Russia, Turkey broker Aleppo evacuation", language: "en",
                         published: nil, source: nil, sentences: 6),
        ]
        return Analysis(documents: documents, actors: actors, events: events, claims: claims, contradictions: contradictions,
                        cooccurrence: cooccurrence, dyads: dyads, centrality: centrality)
    }

    /// Strings that try to break out of DOT, XML or the picture, or to hide what they say.
    static let hostile: [String] = [
        "AT&T R&D; &amp; &lt;b&gt; &nbsp; &#0; &#x1F600;",
        "</svg><script>alert(1)</script>",
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "\"; } digraph evil { a -> b [label=\"",
        "-> [label=\"pwned\"] } subgraph cluster_x {",
        "back\\slash \\N \\G \\n \\\\ end\\",
        "line\nbreak\r\nand\ttab and \u{0}nul \u{7}bell \u{1B}[31m",
        "\u{202E}txet desrever\u{202C} \u{200B}zero\u{200D}width\u{FEFF} عربي עברית",
        "<!-- comment --> -- ]]> <![CDATA[ x ]]>",
        [0xFFFE, 0xFFFF, 0xFDD0].map { String(Unicode.Scalar(UInt32($0))!) }.joined() + " noncharacters",
        String(repeating: "Ω long name ", count: 834),     // 10,008 characters
    ]

    /// The fixture with hostile strings in every name, text and explanation.
    static func hostileAnalysis() -> Analysis {
        var analysis = analysis()
        func pick(_ i: Int) -> String { hostile[i % hostile.count] }
        for i in analysis.actors.indices { analysis.actors[i].name = pick(i) }
        for i in analysis.events.indices {
            analysis.events[i].text = pick(i + 3)
            analysis.events[i].trigger = pick(i + 1)
        }
        for i in analysis.claims.indices {
            analysis.claims[i].text = pick(i + 5)
            analysis.claims[i].cue = pick(i + 2)
        }
        for i in analysis.contradictions.indices {
            analysis.contradictions[i].explanation = hostile.joined(separator: " ")
            analysis.contradictions[i].topic = pick(1)
        }
        for i in analysis.documents.indices { analysis.documents[i].title = pick(i + 7) }
        return analysis
    }
}

/// Golden files under `Tests/FaultlineRenderTests/Golden/`.
///
/// Regenerate them all after an intended change with
/// `FAULTLINE_UPDATE_GOLDEN=1 swift test --filter FaultlineRenderTests` and review the diff.
enum Golden {
    static func check(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = TestPaths.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FAULTLINE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: TestPaths.golden, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing golden file \(name); run with FAULTLINE_UPDATE_GOLDEN=1 to create it", file: file, line: line)
            return
        }
        if text != expected {
            let a = text.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("\(name) differs from the golden file at line \(first + 1):\n got:      \(first < a.count ? a[first] : "<end>")\n"
                    + " expected: \(first < b.count ? b[first] : "<end>")\n(FAULTLINE_UPDATE_GOLDEN=1 regenerates)", file: file, line: line)
        }
    }
}

/// A deterministic random analysis of any size, for grouping tests and timings.
enum SyntheticAnalysis {
    static func make(events count: Int, actors actorCount: Int = 30, days: Int = 365, seed: UInt64 = 1) -> Analysis {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        let countries = ["RUS", "TUR", "SYR", "USA", "IRN", "FRA", "ISR", "LBN"]
        let actors = (0..<actorCount).map { i in
            Actor(id: "actor-\(i)", name: "Actor \(i)", kind: i < countries.count ? .country : .person,
                  code: countries[i % countries.count] + (i < countries.count ? "" : "GOV"), country: countries[i % countries.count],
                  mentions: 1 + next(20))
        }
        let codes = [("041", "CONSULT", 1, 1.0), ("057", "AGREE", 1, 8.0), ("073", "AID", 2, 7.4), ("111", "ACCUSE", 3, -2.0),
                     ("120", "REJECT", 3, -4.0), ("190", "ASSAULT", 4, -10.0), ("154", "MOBILIZE", 4, -7.2)]
        let start = CivilDay(year: 2016, month: 1, day: 1)!
        var events: [Event] = []
        var claims: [Claim] = []
        for i in 0..<count {
            let code = codes[next(codes.count)]
            let a = next(actorCount), b = (a + 1 + next(actorCount - 1)) % actorCount
            let undated = next(50) == 0
            let day = CivilDay(number: start.number + next(days))
            let date = undated ? EventDate.none : EventDate(value: day.iso, precision: .day, text: nil, anchor: next(4) == 0 ? .previous : .explicit)
            let claimID: String? = next(10) == 0 ? "c\(claims.count + 1)" : nil
            events.append(Event(id: "e\(i + 1)", document: "doc-\(i / 20)", sentence: i % 20, text: "Synthetic sentence \(i) about actor \(a) and actor \(b).",
                                trigger: "trigger \(i % 13)", code: EventCode(cameo: code.0, plover: code.1, quad: code.2, goldstein: code.3),
                                source: ["actor-\(a)"], target: ["actor-\(b)"], date: date, claim: claimID, rule: "synthetic"))
            if let claimID {
                claims.append(Claim(id: claimID, speaker: "actor-\(next(actorCount))", cue: "said", stance: .assert, date: date,
                                    events: ["e\(i + 1)"], document: "doc-\(i / 20)", sentence: i % 20, text: "Claim about event \(i).",
                                    rule: "synthetic"))
            }
        }
        var contradictions: [Contradiction] = []
        var i = 1
        while i < claims.count {
            if next(3) == 0 {
                contradictions.append(Contradiction(id: "x\(contradictions.count + 1)", claims: [claims[i - 1].id, claims[i].id].sorted(),
                                                    kind: .polarity, score: 0.5, topic: "topic", explanation: "they disagree"))
            }
            i += 2
        }
        var cooccurrence: [Cooccurrence] = []
        for a in 0..<actorCount {
            for b in (a + 1)..<actorCount where next(4) == 0 {
                cooccurrence.append(Cooccurrence(a: "actor-\(a)", b: "actor-\(b)", sentences: 1 + next(9), events: next(5), documents: 1,
                                                 weight: Double(1 + next(9)), pmi: 0.5))
            }
        }
        return Analysis(actors: actors, events: events, claims: claims, contradictions: contradictions, cooccurrence: cooccurrence)
    }
}

extension SVGPostProcessor {
    /// Processes rendered SVG bytes into text.
    func text(_ data: Data) throws -> String { try process(String(decoding: data, as: UTF8.self)) }
}
