import Foundation
import XCTest

/// One large document must be held whole, but laying it out should cost a few times its
/// size, not the twenty to thirty times it cost while every paragraph's tokens were kept.
/// Measured in a separate process (`FuzzBench ingest --peak-memory`), since a test
/// process's peak memory is whatever its largest earlier test needed.
final class DocumentMemoryTests: XCTestCase {
    /// `FuzzBench` beside the test bundle, or a skip when it was not built.
    func bench() throws -> URL {
        let url = RobustnessSupport.executable.deletingLastPathComponent().appendingPathComponent("FuzzBench")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw XCTSkip("FuzzBench not built (swift build --build-tests builds it)")
        }
        return url
    }

    /// Peak resident memory of `FuzzBench ingest FILE`, in bytes.
    func peak(_ file: URL) throws -> Int {
        let p = Process()
        p.executableURL = try bench()
        p.arguments = ["ingest", "--peak-memory", "--max-document-bytes", "100000000", file.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("documents=1 "), text)
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("peak_rss_kb: ") }, text)
        return try XCTUnwrap(Int(line.dropFirst("peak_rss_kb: ".count))) * 1024
    }

    /// A news-like document of about `bytes` bytes: unique paragraphs of Vietnamese and
    /// English sentences (repeated paragraphs would be dropped), one per line or all on one.
    func article(bytes: Int, oneLine: Bool) -> String {
        var s = "Memory test article\n\n"
        var k = 0
        while s.utf8.count < bytes {
            s += "Quân đội cho biết đã pháo kích thị trấn số \(k) vào sáng 14/8, làm hai người bị thương. "
            s += "Russian forces shelled town \(k) on Monday, the Ukrainian military said. "
            s += "The foreign ministry denied the claims and called for inquiry no. \(k)."
            s += oneLine ? " " : "\n\n"
            k += 1
        }
        return s
    }

    func testOneLargeDocumentCostsAFewTimesItsSize() throws {
        _ = try bench()
        let dir = try RobustnessSupport.temporaryDirectory("memory")
        defer { try? FileManager.default.removeItem(at: dir) }
        let small = dir.appendingPathComponent("small.txt")
        try article(bytes: 2_000, oneLine: false).write(to: small, atomically: true, encoding: .utf8)
        let base = try peak(small)
        for oneLine in [false, true] {
            let text = article(bytes: 3_000_000, oneLine: oneLine)
            let file = dir.appendingPathComponent(oneLine ? "oneline.txt" : "paragraphs.txt")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let size = text.utf8.count
            let cost = try peak(file) - base
            // The document itself (its text and its sentences) is about three times the
            // text; the text it is read from is a fourth (measured: 3.3× with paragraphs,
            // 3.7× on one line, debug build). Keeping every paragraph's tokens cost 28×, and
            // the copies of a one-line text 6.8×.
            XCTAssertLessThan(Double(cost) / Double(size), 6,
                              "\(oneLine ? "one line" : "paragraphs"): \(size) bytes cost \(cost) bytes over \(base)")
        }
    }
}
