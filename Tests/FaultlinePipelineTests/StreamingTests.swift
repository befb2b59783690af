import Foundation
import XCTest

/// `extract --jsonl` as a map step and `merge` as the reduce: same result as one process.
final class StreamingTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try CLIHarness.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    var feed: URL { CLIHarness.packageRoot.appendingPathComponent("Examples/zaporizhzhia-week/wire-feed.jsonl") }

    func testExtractThenMergeEqualsAnalyzeWhateverTheSplitAndOrder() throws {
        let lines = try String(contentsOf: feed, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertGreaterThan(lines.count, 2)
        // Split the corpus into two uneven parts, extract each separately through stdin.
        let first = lines.prefix(2).joined(separator: "\n") + "\n"
        let rest = lines.dropFirst(2).joined(separator: "\n") + "\n"
        let p1 = try CLIHarness.run(["extract", "--jsonl"], stdin: Data(first.utf8))
        let p2 = try CLIHarness.run(["extract", "--jsonl"], stdin: Data(rest.utf8))
        XCTAssertEqual(p1.status, 0, p1.stderr)
        XCTAssertEqual(p2.status, 0, p2.stderr)
        XCTAssertEqual(p1.out.split(separator: "\n").count, 2, "one analysis line per article")
        let a = dir.appendingPathComponent("a.jsonl"), b = dir.appendingPathComponent("b.jsonl")
        try p1.stdout.write(to: a)
        try p2.stdout.write(to: b)
        let ab = try CLIHarness.run(["merge", "--json", a.path, b.path])
        let ba = try CLIHarness.run(["merge", "--json", b.path, a.path])
        let single = try CLIHarness.run(["analyze", "--json", feed.path])
        XCTAssertEqual(ab.status, 0, ab.stderr)
        XCTAssertEqual(ab.stdout, ba.stdout, "merge must not depend on the order of the parts")
        XCTAssertEqual(ab.stdout, single.stdout, "merged parts must equal the single-process analysis")
    }

    func testMergeNamesMalformedLines() throws {
        let bad = dir.appendingPathComponent("bad.jsonl")
        try Data("{\"nope\": 1}\n\nnot json\n".utf8).write(to: bad)
        let r = try CLIHarness.run(["merge", "--json", bad.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("bad.jsonl:1"), r.stderr)
        XCTAssertTrue(r.stderr.contains("bad.jsonl:3"), r.stderr)
    }

    /// Runs the corpus through PySpark's RDD.pipe in local mode when pyspark is installed.
    func testSparkPipeMatchesSingleProcess() throws {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import pyspark"]
        check.standardError = FileHandle.nullDevice
        try check.run(); check.waitUntilExit()
        guard check.terminationStatus == 0 else { throw XCTSkip("pyspark is not installed") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", CLIHarness.packageRoot.appendingPathComponent("scripts/spark_pipe.py").path,
                       CLIHarness.executable.path, feed.path, dir.path, "--partitions", "3"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("identical=True"), text)
    }
}
