import FaultlineModel
@testable import FaultlineRender
import XCTest

/// Opens the report in a real headless browser through `Tests/scripts/check_report.sh`
/// (Chromium's `--dump-dom` after the page's script ran). Skipped when no Chromium is on
/// PATH (CI installs Debian's `chromium`).
final class HTMLReportBrowserTests: XCTestCase {
    func testChromiumShowsPicturesRowsAndFiltering() throws {
        guard ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].contains(where: { ToolRunner.which($0) != nil }) else {
            throw XCTSkip("no chromium on PATH (apt-get install chromium)")
        }
        let bash = try XCTUnwrap(ToolRunner.which("bash"))
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.html")
        let html = HTMLReport().render(analysis: ExportFixture.analysis, pictures: ReportFixture.pictures, title: "Browser check")
        try Data(html.utf8).write(to: file)
        let script = PackageRoot.url.appendingPathComponent("Tests/scripts/check_report.sh").path
        // "tấn công" occurs only in e2's sentence: the filtered page must show exactly one row.
        let result = try XCTUnwrap(ToolRunner.run(bash, [script, file.path, "tấn công"]))
        XCTAssertEqual(result.status, 0, result.error)
        let fields = Dictionary(uniqueKeysWithValues: result.output.split(whereSeparator: \.isWhitespace).compactMap { pair -> (String, Int)? in
            let kv = pair.split(separator: "=")
            guard kv.count == 2, let n = Int(kv[1]) else { return nil }
            return (String(kv[0]), n)
        })
        XCTAssertEqual(fields["rows"], 7, result.output)
        XCTAssertEqual(fields["visible"], 7, result.output)
        XCTAssertEqual(fields["svg"], 3, result.output)
        XCTAssertEqual(fields["filtered_visible"], 1, result.output)
    }

    /// Defence in depth: even if some text escaped escaping, the page's Content-Security-Policy
    /// lets only the report's own script (by its SHA-256) run. A script slipped into the page
    /// must not run, while the real one still filters from the URL fragment.
    func testAnInjectedScriptDoesNotRun() throws {
        guard let browser = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].lazy.compactMap(ToolRunner.which).first else {
            throw XCTSkip("no chromium on PATH (apt-get install chromium)")
        }
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("injected.html")
        let html = HTMLReport().render(analysis: ExportFixture.analysis, pictures: [:], title: "Injection check")
            .replacingOccurrences(of: "</body>", with: "<script>document.body.setAttribute('data-injected', 'ran')</script></body>")
        try Data(html.utf8).write(to: file)
        let result = try XCTUnwrap(ToolRunner.run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=" + dir.appendingPathComponent("profile").path,
            "--dump-dom", file.absoluteString + "#filter=aleppo",
        ]))
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.contains("3 of 7 events shown"), "the report's own script ran")
        XCTAssertFalse(result.output.contains("data-injected=\"ran\""), "an injected script ran")
    }
}
