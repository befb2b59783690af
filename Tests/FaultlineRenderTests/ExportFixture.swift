import FaultlineModel
import Foundation
import XCTest

/// A small hand-built analysis for the export and report tests, with hostile strings in
/// every text field: markup, quotes, backslashes, DOT/JSON punctuation, bidi overrides,
/// zero-width and control characters, formula-like cells and a 10,000-character name.
///
/// Counted by hand: 11 actor nodes (10 actors and the unknown `ghost-actor` one event
/// names), 7 events, 3 claims = 21 graph nodes; edges: 16 actor–event, 3 `says`,
/// 1 `via`, 3 `reports`, 2 `contradicts`, 2 `cooccurs` = 27.
enum ExportFixture {
    static let expectedNodes = 21
    static let expectedEdges = 27

    static let hostileName = "=HYPERLINK(\"http://evil.example\")<b>&amp;</b> \\ } -> \u{202E}RTL\u{202C} zero\u{200B}width \u{07}bell"
    static let longName = String(repeating: "Aa", count: 5_000)
    static let hostileText = "Militants said \"<script>alert('x')</script>\" & fired rockets; C:\\path\\ } -> end\u{01} \u{202E}gnp.exe\u{202C} zero\u{200B}width ]]> --> <!--\nsecond line, \"quoted\""

    static var analysis: Analysis {
        let documents = [
            DocumentInfo(id: "aleppo-2016-12-14", title: "Nga, Thổ Nhĩ Kỳ đưa thông tin trái chiều <script>alert(1)</script>",
                         language: "vi", published: "2016-12-15", source: "TTXVN/Tin Tức",
                         url: "https://example.org/a?x=1&y=2", sentences: 14),
            DocumentInfo(id: "en-wire-1", title: "Ceasefire \"holds\" & talks resume", language: "en",
                         published: nil, source: nil, sentences: 5),
        ]
        let actors = [
            Actor(id: "russia", name: "Nga", kind: .country, code: "RUS", country: "RUS", aliases: ["Nga", "Russia"], mentions: 4),
            Actor(id: "turkey", name: "Thổ Nhĩ Kỳ", kind: .country, code: "TUR", country: "TUR", aliases: ["Thổ Nhĩ Kỳ"], mentions: 3),
            Actor(id: "syrian-rebels", name: "lực lượng đối lập", kind: .armedGroup, code: "SYRREB", country: "SYR", mentions: 2),
            Actor(id: "syrian-army", name: "quân đội chính phủ Syria", kind: .armedGroup, code: "SYRMIL", country: "SYR", mentions: 3),
            Actor(id: "russian-defence-ministry", name: "Bộ Quốc phòng Nga", kind: .organization, code: "RUSMIL", country: "RUS", mentions: 1),
            Actor(id: "mevlut-cavusoglu", name: "Mevlut Cavusoglu", kind: .person, code: "TURGOV", country: "TUR",
                  aliases: ["Cavusoglu", "người đồng cấp Thổ Nhĩ Kỳ Mevlut Cavusoglu"], mentions: 2),
            Actor(id: "aleppo", name: "Aleppo", kind: .location, code: nil, country: "SYR", mentions: 3),
            Actor(id: "x-hostile", name: hostileName, kind: .group, code: nil, country: nil, aliases: [hostileName], mentions: 1),
            Actor(id: "long-name", name: longName, kind: .person, code: "SYRGOV", country: "SYR", mentions: 1),
            Actor(id: "interfax", name: "Interfax", kind: .media, code: "RUSMED", country: "RUS", mentions: 1),
        ]
        let day = EventDate(value: "2016-12-14", precision: .day, text: "Ngày 14/12", anchor: .explicit)
        let sameDay = EventDate(value: "2016-12-14", precision: .day, text: nil, anchor: .previous)
        let events = [
            Event(id: "e1", document: "aleppo-2016-12-14", sentence: 1,
                  text: "Ngày 14/12, Ngoại trưởng Nga đã điện đàm với người đồng cấp Thổ Nhĩ Kỳ.", trigger: "điện đàm",
                  code: EventCode(cameo: "041", plover: "CONSULT", quad: 1, goldstein: 1.0),
                  source: ["russia"], target: ["turkey"], date: day, rule: "vi.consult.dien-dam"),
            Event(id: "e2", document: "aleppo-2016-12-14", sentence: 3,
                  text: "Rạng sáng cùng ngày, lực lượng đối lập đã nối lại các cuộc tấn công ở Aleppo.", trigger: "tấn công",
                  code: EventCode(cameo: "190", plover: "ASSAULT", quad: 4, goldstein: -10.0),
                  source: ["syrian-rebels"], target: ["syrian-army"], location: ["aleppo"], date: sameDay,
                  timeOfDay: .dawn, claim: "c2", rule: "vi.assault.tan-cong"),
            Event(id: "e3", document: "aleppo-2016-12-14", sentence: 5,
                  text: "Quân đội chính phủ Syria cản trở kế hoạch sơ tán.", trigger: "cản trở",
                  code: EventCode(cameo: "1246", plover: "REJECT", quad: 3, goldstein: -4.0),
                  source: ["syrian-army"], target: [], date: sameDay, claim: "c3", rule: "vi.reject.can-tro"),
            Event(id: "e4", document: "en-wire-1", sentence: 2, text: hostileText, trigger: "fired rockets",
                  code: EventCode(cameo: "195", plover: "ASSAULT", quad: 4, goldstein: -9.5),
                  source: ["x-hostile", "long-name"], target: ["russia", "turkey"],
                  date: EventDate(value: "2016-12", precision: .month, text: "in December", anchor: .explicit),
                  claim: "c4", rule: "en.assault.fire",
                  mentions: [EventMention(document: "en-wire-1", sentence: 2, claim: "c4"),
                             EventMention(document: "aleppo-2016-12-14", sentence: 9)]),
            Event(id: "e5", document: "en-wire-1", sentence: 3, text: "The UN will not intervene in the plan.", trigger: "intervene",
                  code: EventCode(cameo: "0871", plover: "RETREAT", quad: 2, goldstein: 9.0),
                  source: [], target: ["aleppo"], negated: true, modality: .intended, rule: "en.retreat.intervene"),
            Event(id: "e6", document: "en-wire-1", sentence: 4, text: "+1 @analyst: Turkey accused the army, -5 said = trouble", trigger: "=SUM(A1)",
                  code: EventCode(cameo: "111", plover: "ACCUSE", quad: 3, goldstein: -2.0),
                  source: ["turkey"], target: ["syrian-army"],
                  date: EventDate(value: "2016-W50", precision: .week, text: "this week", anchor: .relative), rule: "en.accuse"),
            Event(id: "e7", document: "aleppo-2016-12-14", sentence: 6,
                  text: "Lực lượng ủng hộ Chính phủ Syria tuần tra trên đường phố Aleppo ngày 13/12.", trigger: "tuần tra",
                  code: EventCode(cameo: "154", plover: "MOBILIZE", quad: 4, goldstein: -7.2),
                  source: ["syrian-army"], target: ["ghost-actor"], location: ["aleppo"],
                  date: EventDate(value: "XXXX-12-13", precision: .day, text: "ngày 13/12", anchor: .explicit), rule: "vi.mobilize.tuan-tra"),
        ]
        let claims = [
            Claim(id: "c2", speaker: "russian-defence-ministry", via: "interfax", cue: "cho biết", stance: .accuse, date: day,
                  events: ["e2"], document: "aleppo-2016-12-14", sentence: 3,
                  text: "Bộ Quốc phòng Nga cho biết lực lượng đối lập đã nối lại các cuộc tấn công.", about: ["syrian-rebels"], rule: "vi.claim.cho-biet"),
            Claim(id: "c3", speaker: "mevlut-cavusoglu", cue: "nói", stance: .accuse, date: day, events: ["e3"],
                  document: "aleppo-2016-12-14", sentence: 5,
                  text: "Ông Cavusoglu nói quân đội chính phủ Syria đang cản trở kế hoạch.", about: ["syrian-army"], rule: "vi.claim.noi"),
            Claim(id: "c4", speaker: "x-hostile", cue: "said", stance: .deny, events: ["e4"], document: "en-wire-1", sentence: 2,
                  text: hostileText, rule: "en.claim.said"),
        ]
        let contradictions = [
            Contradiction(id: "x1", claims: ["c2", "c3"], kind: .blame, score: 0.86,
                          topic: "violations around the Aleppo evacuation, 2016-12-14",
                          explanation: "Russia's defence ministry blames the opposition; Turkey's foreign minister blames government forces"),
            Contradiction(id: "x2", claims: ["c3", "c4"], kind: .polarity, score: 0.5,
                          topic: "<img src=x onerror=alert(1)>", explanation: "A & B \"quoted\" 'single' \\ } ->"),
        ]
        let cooccurrence = [
            Cooccurrence(a: "russia", b: "turkey", sentences: 2, events: 1, documents: 2, weight: 2.0, pmi: 1.2),
            Cooccurrence(a: "syrian-army", b: "syrian-rebels", sentences: 1, events: 1, documents: 1, weight: 1.0, pmi: 0.7),
        ]
        let centrality = [
            Centrality(actor: "russia", degree: 1, weightedDegree: 2.0, betweenness: 0.0, pagerank: 0.25),
            Centrality(actor: "turkey", degree: 1, weightedDegree: 2.0, betweenness: 0.0, pagerank: 0.25),
        ]
        return Analysis(documents: documents, actors: actors, events: events, claims: claims,
                        contradictions: contradictions, cooccurrence: cooccurrence, centrality: centrality)
    }
}

/// Golden files under `Golden/Export/`, next to this file.
///
/// Regenerate after an intended output change with
/// `FAULTLINE_UPDATE_GOLDEN=1 swift test --filter FaultlineRenderTests`, then review the diff.
enum ExportGolden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/Export")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["FAULTLINE_UPDATE_GOLDEN"] == "1" }

    static func check(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = directory.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing golden file \(name); run with FAULTLINE_UPDATE_GOLDEN=1", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
            let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let show = { (s: [String]) in i < s.count ? String(s[i].prefix(300)) : "<end>" }
            XCTFail("\(name) differs from its golden file at line \(i + 1):\n expected: \(show(a))\n actual:   \(show(b))",
                    file: file, line: line)
        }
    }
}

/// Where the package root is (the folder holding Package.swift), for scripts and data.
enum PackageRoot {
    static var url: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }
}
