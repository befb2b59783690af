import FaultlineModel
@testable import FaultlineRender
import XCTest

/// Exports and the report stay linear in the corpus size: 10,000 events, 2,000 claims and
/// 1,000 documents are written well within a CI budget (timings printed for the README).
final class ExportScaleTests: XCTestCase {
    static func corpus(events n: Int) -> Analysis {
        let docs = max(1, n / 10)
        let documents = (0..<docs).map { DocumentInfo(id: "doc-\($0)", title: "Document \($0)", language: $0 % 2 == 0 ? "vi" : "en",
                                                      published: "2016-12-15", source: "Wire", sentences: 20) }
        let actors = (0..<50).map { Actor(id: "actor-\($0)", name: "Actor \($0)", kind: .organization, code: "SYRGOV", country: "SYR", mentions: 3) }
        let codes = [EventCode(cameo: "041", plover: "CONSULT", quad: 1, goldstein: 1), EventCode(cameo: "190", plover: "ASSAULT", quad: 4, goldstein: -10)]
        let events = (0..<n).map { i in
            Event(id: "e\(i)", document: "doc-\(i % docs)", sentence: i % 20, text: "Sentence \(i) about an attack near the river.",
                  trigger: "attack", code: codes[i % 2], source: ["actor-\(i % 50)"], target: ["actor-\((i * 7 + 1) % 50)"],
                  date: EventDate(value: "2016-\(String(format: "%02d", i % 12 + 1))-\(String(format: "%02d", i % 28 + 1))", precision: .day, text: nil, anchor: .document),
                  claim: i % 5 == 0 ? "c\(i / 5)" : nil, rule: "test")
        }
        let claims = (0..<(n / 5)).map { i in
            Claim(id: "c\(i)", speaker: "actor-\(i % 50)", cue: "said", stance: .assert, events: ["e\(i * 5)"],
                  document: "doc-\((i * 5) % docs)", sentence: 1, text: "Claim \(i)", rule: "test")
        }
        let contradictions = (0..<(n / 50)).map { i in
            Contradiction(id: "x\(i)", claims: ["c\(2 * i)", "c\(2 * i + 1)"], kind: .blame, score: 0.5, topic: "t\(i)", explanation: "e")
        }
        return Analysis(documents: documents, actors: actors, events: events, claims: claims, contradictions: contradictions)
    }

    func testTenThousandEvents() {
        let analysis = Self.corpus(events: 10_000)
        var timings: [String] = []
        let indexStart = Date()
        _ = ExportIndex(analysis)
        timings.append("index \(String(format: "%.2f", Date().timeIntervalSince(indexStart)))s")
        for format in ExportFormat.allCases {
            let start = Date()
            let text = Exporter().export(analysis, as: format)
            timings.append("\(format.rawValue) \(String(format: "%.2f", Date().timeIntervalSince(start)))s")
            XCTAssertFalse(text.isEmpty)
        }
        let start = Date()
        let html = HTMLReport().render(analysis: analysis, pictures: [:], title: "scale")
        let reportTime = Date().timeIntervalSince(start)
        timings.append("report \(String(format: "%.2f", reportTime))s")
        print("export timings for 10,000 events: " + timings.joined(separator: ", "))
        XCTAssertEqual(html.components(separatedBy: "<tr class=\"event-row\"").count - 1, 10_000)
        XCTAssertLessThan(reportTime, 30, "the report must not be quadratic in events")
    }
}
