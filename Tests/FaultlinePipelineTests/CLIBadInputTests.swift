import Foundation
import XCTest

/// Bad input gets a clear message naming the file (and line), never a crash; the other
/// documents are still analysed; the exit status is 0 only when nothing failed.
final class CLIBadInputTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws { dir = try CLIHarness.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ text: String) -> String {
        let u = dir.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: u.path, contents: Data(text.utf8)))
        return u.path
    }

    func write(_ name: String, bytes: [UInt8]) -> String {
        let u = dir.appendingPathComponent(name)
        XCTAssertTrue(FileManager.default.createFile(atPath: u.path, contents: Data(bytes)))
        return u.path
    }

    let good = "Russia and Turkey back an end to violence in Aleppo\n\nRussian Foreign Minister Sergei Lavrov spoke by phone with his Turkish counterpart Mevlut Cavusoglu on Wednesday, the ministry said.\n"

    func analyze(_ args: [String]) throws -> CLIHarness.Result {
        try CLIHarness.run(["analyze", "--json", "--published", "2016-12-15"] + args)
    }

    func documents(_ r: CLIHarness.Result) -> [String] {
        guard let obj = try? JSONSerialization.jsonObject(with: r.stdout) as? [String: Any],
              let docs = obj["documents"] as? [[String: Any]] else { return [] }
        return docs.compactMap { $0["id"] as? String }
    }

    func testMissingFileIsNamedAndOthersStillRun() throws {
        let ok = write("ok.txt", good)
        let missing = dir.appendingPathComponent("nope.txt").path
        let r = try analyze([missing, ok])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("nope.txt"), r.stderr)
        XCTAssertEqual(documents(r), ["ok"])
    }

    func testMalformedJSONLLineNamesFileAndLine() throws {
        let path = write("feed.jsonl", """
            {"id": "a", "title": "T", "text": "Russia said on Monday that it shelled the town.", "published": "2022-08-15", "language": "en"}
            {"id": "b", "title": "T", "text": broken
            {"id": "c", "title": "T", "text": "Ukraine denied the claim.", "published": "2022-08-15", "language": "en"}
            """)
        let r = try analyze([path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("feed.jsonl:2"), r.stderr)
        XCTAssertEqual(documents(r), ["a", "c"])
    }

    func testInvalidUTF8IsReportedWithOffsetAndDocumentKept() throws {
        var bytes = Array("Title\n\nRussia said ".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(" the town was shelled.\n".utf8)
        let path = write("bad.txt", bytes: bytes)
        let r = try analyze([path])
        XCTAssertTrue(r.stderr.contains("bad.txt"), r.stderr)
        XCTAssertTrue(r.stderr.lowercased().contains("utf-8"), r.stderr)
        XCTAssertEqual(documents(r), ["bad"])
    }

    func testBinaryAndEmptyFilesAreSkippedWithErrors() throws {
        let bin = write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02] + Array(repeating: 0, count: 200))
        let empty = write("empty.txt", "")
        let ok = write("ok.txt", good)
        let r = try analyze([bin, empty, ok])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("image.txt"), r.stderr)
        XCTAssertTrue(r.stderr.contains("empty.txt"), r.stderr)
        XCTAssertEqual(documents(r), ["ok"])
    }

    func testFolderWithoutArticles() throws {
        let sub = dir.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        _ = write("nothing/notes.csv", "a,b\n")
        let r = try analyze([sub.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("nothing"), r.stderr)
    }

    func testHugeSingleLineDocumentHitsTheConfiguredLimitClearly() throws {
        let line = String(repeating: "Russia shelled the town. ", count: 40_000)   // ~1 MB, one line
        let big = write("big.txt", "Title\n\n" + line)
        let ok = write("ok.txt", good)
        let r = try analyze(["--max-document-bytes", "500000", big, ok])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("big.txt"), r.stderr)
        XCTAssertEqual(documents(r), ["ok"])
    }

    func testUsageErrors() throws {
        let r = try CLIHarness.run(["analyze", "--published", "2016-13-45", "x.txt"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("--published"), r.stderr)
        let none = try CLIHarness.run(["analyze"])
        XCTAssertNotEqual(none.status, 0)
    }

    func testStandardInput() throws {
        let r = try CLIHarness.run(["analyze", "--json", "--published", "2016-12-15", "-"], stdin: Data(good.utf8))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(documents(r).count, 1)
    }

    func testHelpForEveryCommandAndVersion() throws {
        for cmd in ["analyze", "actors", "dyads", "contradictions", "timeline", "render", "export", "report", "timex",
                    "explain", "evaluate", "extract", "merge", "ingest", "store", "bench"] {
            let r = try CLIHarness.run([cmd, "--help"])
            XCTAssertEqual(r.status, 0, "\(cmd) --help: \(r.stderr)")
            XCTAssertTrue(r.out.contains("USAGE"), cmd)
        }
        let v = try CLIHarness.run(["--version"])
        XCTAssertEqual(v.status, 0)
        XCTAssertFalse(v.out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}
