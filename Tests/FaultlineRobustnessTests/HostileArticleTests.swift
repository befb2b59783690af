import Foundation
import XCTest
import FaultlineModel
import FaultlineRender
import FuzzHarness

/// Hostile articles through the whole tool, as a user runs it: `faultline analyze` and
/// `faultline export` on text, HTML and JSONL articles full of markup, DOT syntax, escapes,
/// invisible characters and huge names; every file written is checked for its format.
final class HostileArticleTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try RobustnessSupport.temporaryDirectory("hostile")
        // A NUL byte makes a text or HTML file binary (it is skipped, by design); JSONL
        // escapes it, so only the JSONL file keeps it.
        let raw = HostileText.samples.filter { $0.utf8.count < 400 }
        let samples = HostileText.samples.map { $0.replacingOccurrences(of: "\u{0}", with: "") }
        let inline = samples.filter { $0.utf8.count < 400 }
        // Plain text: a title of markup, then sentences the extractor codes, with the
        // samples as names, quotes and places.
        var text = "<script>alert('title')</script> \"Tấn công\" & </svg> {rank=same}\n\n"
        for (k, s) in samples.enumerated() {
            text += "Russian forces shelled \(s) on Monday, the Ukrainian army said. "
            text += "Quân đội Nga pháo kích \(s) ngày 14/8, Bộ Quốc phòng Ukraine cho biết. "
            text += "“\(s)”, ông \(s.prefix(40)) nói với hãng tin \(k).\n\n"
        }
        try write("hostile.en.txt", text)
        // HTML: the samples as entity-escaped text (decoded, they are markup again), plus
        // real scripts and handlers that must be dropped, not analysed.
        var html = "<html lang=\"vi\"><head><title>&lt;script&gt;alert(2)&lt;/script&gt;</title>"
        html += "<meta property=\"og:site_name\" content=\"&quot;&gt;&lt;img src=x onerror=alert(3)&gt;\">"
        html += "<meta property=\"og:url\" content=\"javascript:alert(4)\"><script>stealCookies()</script></head>"
        html += "<body onload=\"stealCookies()\"><article><h1>Pháo kích &lt;/svg&gt; &amp; \"Zaporizhzhia\"</h1>"
        for s in inline {
            html += "<p>Quân đội Ukraine cáo buộc Nga pháo kích " + Self.entityEscaped(s) + " hôm 15/8.</p>"
        }
        html += "<p><a href=\"javascript:alert(5)\" onclick=\"stealCookies()\">Russia denied shelling the plant.</a></p>"
        html += "<style>body{background:url(javascript:alert(6))}</style></article></body></html>"
        try write("hostile.html", html)
        // JSONL: every field hostile.
        var lines: [String] = []
        for (k, s) in raw.enumerated() {
            let fields: [String: String] = [
                "id": "doc-\(k)-\(s)", "title": s, "source": s, "url": k % 2 == 0 ? "javascript:alert(\(k))" : s,
                "published": "2022-08-1\(k % 10)", "language": k % 3 == 0 ? "vi" : "en",
                "text": "Ukraine accused Russia of shelling \(s) on Sunday. Russia's defence ministry denied it, saying \"\(s)\".",
            ]
            let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        try write("hostile.jsonl", lines.joined(separator: "\n") + "\n")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ text: String) throws {
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// `&`, `<`, `>` and quotes as entities, so the HTML reader decodes them back.
    static func entityEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    func testAnalyzeWritesWellFormedInertFiles() throws {
        let out = dir.appendingPathComponent("out")
        let run = try RobustnessSupport.faultline(["analyze", dir.appendingPathComponent("in").path, "--out", out.path,
                                                   "--published", "2022-08-16"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertTrue(names.contains("analysis.json") && names.contains("report.html") && names.contains("timeline.svg"), "\(names)")
        for name in names {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            try check(text, name: name)
        }
        let json = try String(contentsOf: out.appendingPathComponent("analysis.json"), encoding: .utf8)
        let analysis = try JSONDecoder().decode(Analysis.self, from: Data(json.utf8))
        XCTAssertGreaterThanOrEqual(analysis.documents.count, 3, "the hostile documents were analysed")
        XCTAssertFalse(analysis.events.isEmpty, "events were found despite the noise")
        XCTAssertTrue(json.contains("<script>alert('title')</script>"), "article text is kept verbatim in the JSON")
        for name in names {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            XCTAssertFalse(text.contains("stealCookies"), "\(name): text of the page's own scripts and handlers leaked")
        }
    }

    func testEveryExportFormatIsWellFormed() throws {
        for format in ExportFormat.allCases {
            let file = dir.appendingPathComponent("export.\(format.rawValue)")
            let run = try RobustnessSupport.faultline(["export", dir.appendingPathComponent("in").path, "--format", format.rawValue,
                                                       "-o", file.path, "--published", "2022-08-16"])
            XCTAssertEqual(run.status, 0, "\(format): \(run.stderr)")
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertNoThrow(try ExportHarness.check(text, format: format), "\(format)")
        }
    }

    /// Each output file, checked for what its extension says it is.
    func check(_ text: String, name: String) throws {
        switch (name as NSString).pathExtension {
        case "json": XCTAssertNoThrow(try OutputChecks.json(text, name))
        case "svg": XCTAssertNoThrow(try OutputChecks.svg(text, name))
        case "html": XCTAssertNoThrow(try OutputChecks.html(text, name, scripts: 1))
        case "dot":
            let engine: LayoutEngine = name.hasPrefix("actors") ? .neato : .dot
            XCTAssertNoThrow(try GraphvizRenderer.shared.render(dot: text, format: .svg, engine: engine, source: name), name)
        default: XCTFail("unexpected output \(name)")
        }
    }
}
