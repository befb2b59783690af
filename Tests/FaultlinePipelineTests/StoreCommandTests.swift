import Foundation
import XCTest

/// `faultline ingest` into a SQLite store: idempotent, and a killed ingest resumes to the
/// same store as one clean run.
final class StoreCommandTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try CLIHarness.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// A corpus big enough that an ingest can be killed half-way: the examples' feed repeated
    /// under new ids.
    func corpus(copies: Int) throws -> URL {
        let feed = CLIHarness.packageRoot.appendingPathComponent("Examples/zaporizhzhia-week/wire-feed.jsonl")
        let lines = try String(contentsOf: feed, encoding: .utf8).split(separator: "\n")
        var out = ""
        for i in 0..<copies {
            for line in lines {
                var obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                obj["id"] = "\(obj["id"] as? String ?? "doc")-\(i)"
                let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        let u = dir.appendingPathComponent("corpus.jsonl")
        try Data(out.utf8).write(to: u)
        return u
    }

    func dump(_ store: URL) throws -> String {
        let r = try CLIHarness.run(["store", "stats", "--store", store.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let all = try CLIHarness.run(["analyze", "--store", store.path, "--json"])
        XCTAssertEqual(all.status, 0, all.stderr)
        return r.out + all.out
    }

    func testIngestIsIdempotentAndQueryable() throws {
        let c = try corpus(copies: 1)
        let store = dir.appendingPathComponent("c.sqlite")
        let first = try CLIHarness.run(["ingest", c.path, "--store", store.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try dump(store)
        let again = try CLIHarness.run(["ingest", c.path, "--store", store.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("0 added"), again.stderr)
        XCTAssertEqual(try dump(store), before)
        // The store answers like the inputs do.
        let fromStore = try CLIHarness.run(["analyze", "--store", store.path, "--json"])
        let fromFiles = try CLIHarness.run(["analyze", c.path, "--json"])
        XCTAssertEqual(fromStore.stdout, fromFiles.stdout)
    }

    func testKilledIngestResumesToTheSameStore() throws {
        let c = try corpus(copies: 12)
        let clean = dir.appendingPathComponent("clean.sqlite")
        XCTAssertEqual(try CLIHarness.run(["ingest", c.path, "--store", clean.path, "--jobs", "1"]).status, 0)

        let resumed = dir.appendingPathComponent("resumed.sqlite")
        let p = Process()
        p.executableURL = CLIHarness.executable
        p.arguments = ["ingest", c.path, "--store", resumed.path, "--jobs", "1"]
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it once some documents are committed (or after a while, whichever comes first).
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, p.isRunning {
            if let attrs = try? FileManager.default.attributesOfItem(atPath: resumed.path),
               (attrs[.size] as? Int ?? 0) > 64 * 1024 { break }
            usleep(20_000)
        }
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        let again = try CLIHarness.run(["ingest", c.path, "--store", resumed.path, "--jobs", "1"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try dump(resumed), try dump(clean))
    }

    func testStatsOfAMissingStore() throws {
        let r = try CLIHarness.run(["store", "stats", "--store", dir.appendingPathComponent("none.sqlite").path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("none.sqlite"), r.stderr)
    }
}
