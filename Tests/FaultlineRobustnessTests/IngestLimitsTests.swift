import Foundation
import XCTest
import FaultlineModel
import FaultlineText
import FuzzHarness

/// Inputs at the edge of what the reader accepts: deep nesting, huge lines, many lines,
/// many files, and the configured size limit (the full-size versions are in
/// `scripts/scaling.sh`).
final class IngestLimitsTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws { dir = try RobustnessSupport.temporaryDirectory("limits") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func read(_ inputs: [String], options: IngestOptions = IngestOptions()) -> IngestResult {
        var ingestor = Ingestor(options: options)
        return ingestor.readAll(inputs)
    }

    /// 100,000 nested `<div>`s (and as many unclosed `<b>`s): read in one pass, no recursion.
    func testDeeplyNestedHTMLDoesNotRecurse() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Quân đội cho biết đã pháo kích thị trấn.</p>"
            + String(repeating: "</div>", count: depth) + String(repeating: "<b>", count: depth) + "Câu cuối cùng ở đây." + "</body></html>"
        let path = try write("deep.html", html)
        let result = read([path])
        XCTAssertEqual(result.documents.count, 1, "\(result.issues)")
        let text = try XCTUnwrap(result.documents.first).text
        XCTAssertTrue(text.contains("pháo kích thị trấn"))
        XCTAssertTrue(text.contains("Câu cuối cùng"))
        XCTAssertNoThrow(try IngestHarness.check(documents: result.documents, issues: result.issues, options: IngestOptions(), inputBytes: html.utf8.count))
    }

    /// A JSONL line nested 100,000 levels deep is a malformed line, named by file and line;
    /// the next line is still read.
    func testDeeplyNestedJSONLineIsAnErrorNotACrash() throws {
        let deep = "{\"text\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let path = try write("deep.jsonl", deep + "\n{\"id\": \"ok\", \"text\": \"The army said the town was shelled.\"}\n")
        let result = read([path])
        XCTAssertEqual(result.documents.map(\.id), ["ok"])
        let error = try XCTUnwrap(result.errors.first)
        XCTAssertEqual(error.kind, .malformedJSON)
        XCTAssertEqual(error.line, 1)
        XCTAssertTrue(error.description.hasPrefix(path + ":1:"), error.description)
        XCTAssertTrue(error.message.contains("nesting"), error.message)
    }

    /// A 5 MB document on a single line, without a title line.
    func testFiveMegabyteSingleLineDocument() throws {
        let sentence = "The army said on Monday that the town had been shelled again overnight. "
        let text = String(repeating: sentence, count: 5 * 1024 * 1024 / sentence.utf8.count)
        let path = try write("one-line.en.txt", text)
        var result: IngestResult!
        let seconds = RobustnessSupport.seconds(runs: 1) { result = read([path]) }
        XCTAssertEqual(result.documents.count, 1, "\(result.issues)")
        let d = try XCTUnwrap(result.documents.first)
        XCTAssertEqual(d.title, "", "a first line over 300 characters is body text, not a title")
        XCTAssertEqual(d.sentences.count, text.utf8.count / sentence.utf8.count)
        XCTAssertLessThan(seconds, 60, "5 MB took \(seconds) s")
    }

    /// 20,000 JSONL lines from a pipe, streamed: documents arrive while the writer is still
    /// writing, so memory follows a chunk, not the input.
    func testJSONLIsStreamedLineByLine() throws {
        let pipe = Pipe()
        // The reader may buffer a chunk (64 KB) but not the stream: the writer stops after
        // about 500 KB until 1,000 documents have been handed over.
        let lines = 20_000
        let firstBatch = 1_000
        let pauseAt = 5_000
        let reachedFirstBatch = DispatchSemaphore(value: 0)
        let streamed = Flag()
        let writer = Thread {
            let handle = pipe.fileHandleForWriting
            for k in 0..<lines {
                if k == pauseAt, reachedFirstBatch.wait(timeout: .now() + 20) == .timedOut { streamed.set() }
                handle.write(Data("{\"id\": \"d\(k)\", \"text\": \"Quân đội cho biết thị trấn bị pháo kích lần thứ \(k).\", \"language\": \"vi\"}\n".utf8))
            }
            try? handle.close()
        }
        writer.start()
        var ingestor = Ingestor()
        var count = 0
        var ids = Set<String>()
        ingestor.read(handle: pipe.fileHandleForReading, label: "feed.jsonl") { item in
            if case .document(let d) = item {
                count += 1
                ids.insert(d.id)
                if count == firstBatch { reachedFirstBatch.signal() }
            }
        }
        XCTAssertFalse(streamed.isSet, "the first documents were only handed over after the input ended")
        XCTAssertEqual(count, lines)
        XCTAssertEqual(ids.count, lines)
    }

    /// Documents over `maxDocumentBytes` are refused with an error naming the file (and
    /// line) and the limit; the other documents are read.
    func testMaxDocumentBytesRefusesLargeDocumentsClearly() throws {
        let big = try write("corpus/big.txt", "Big\n\n" + String(repeating: "The town was shelled. ", count: 100))
        _ = try write("corpus/small.txt", "Small\n\nThe town was shelled.")
        _ = try write("corpus/feed.jsonl", "{\"id\": \"a\", \"text\": \"short\"}\n{\"id\": \"b\", \"text\": \"" + String(repeating: "long ", count: 400) + "\"}\n{\"id\": \"c\", \"text\": \"also short\"}\n")
        let result = read([dir.appendingPathComponent("corpus").path], options: IngestOptions(maxDocumentBytes: 1000))
        XCTAssertEqual(result.documents.map(\.id).sorted(), ["a", "c", "small"])
        let tooLarge = result.errors.filter { $0.kind == .tooLarge }
        XCTAssertEqual(tooLarge.count, 2, "\(result.issues)")
        let file = try XCTUnwrap(tooLarge.first { $0.file == big })
        XCTAssertTrue(file.message.contains("over the limit of 1000 bytes (--max-document-bytes, IngestOptions.maxDocumentBytes)"),
                      file.message)
        let line = try XCTUnwrap(tooLarge.first { $0.line != nil })
        XCTAssertEqual(line.line, 2)
        XCTAssertTrue(line.description.contains("feed.jsonl:2:"), line.description)
    }

    /// The CLI's `--max-document-bytes`: a clear message, the rest analysed, exit status 1.
    func testCLIMaxDocumentBytes() throws {
        _ = try write("in/big.txt", "Big\n\n" + String(repeating: "Russian forces shelled the town on Monday. ", count: 100))
        _ = try write("in/small.en.txt", "Small\n\nRussian forces shelled the town on Monday, the Ukrainian army said.")
        let run = try RobustnessSupport.faultline(["analyze", dir.appendingPathComponent("in").path, "--max-document-bytes", "1000",
                                                   "--json", "--jobs", "1"])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("big.txt"), run.stderr)
        // The message names the flag the user can raise, and the limit.
        XCTAssertTrue(run.stderr.contains("over the limit of 1000 bytes (--max-document-bytes"), run.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["small"])
    }

    /// 2,000 small files in nested folders: all read, in path order.
    func testFolderOfManySmallFiles() throws {
        let count = 2_000
        let root = dir.appendingPathComponent("many")
        for d in 0..<17 { try FileManager.default.createDirectory(at: root.appendingPathComponent(String(format: "%02d", d)), withIntermediateDirectories: true) }
        for k in 0..<count {
            let path = root.appendingPathComponent(String(format: "%02d/%05d.txt", k % 17, k)).path
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("Bài \(k)\n\nQuân đội cho biết thị trấn bị pháo kích.".utf8)))
        }
        let result = read([dir.appendingPathComponent("many").path])
        XCTAssertEqual(result.documents.count, count, "\(result.issues.prefix(3))")
        let origins = result.documents.map(\.origin)
        XCTAssertEqual(origins, origins.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// 20,000 sentences in one paragraph: all found, and splitting 4× the text costs about 4×.
    func testManySentencesSplitInLinearTime() throws {
        let sentence = "Ông Nguyễn nói quân đội đã rút khỏi TP. Hồ Chí Minh vào 14.8.2022. "
        let small = String(repeating: sentence, count: 5_000), large = String(repeating: sentence, count: 20_000)
        XCTAssertEqual(SentenceSplitter.utf8Ranges(in: large).count, 20_000)
        let t1 = RobustnessSupport.seconds { _ = SentenceSplitter.utf8Ranges(in: small) }
        let t4 = RobustnessSupport.seconds { _ = SentenceSplitter.utf8Ranges(in: large) }
        XCTAssertLessThan(t4 / max(t1, 0.0005), 9, "5,000 sentences: \(t1) s, 20,000: \(t4) s")
        var ingestor = Ingestor()
        let d = try ingestor.document(fromText: "Tiêu đề\n\n" + large, id: "many")
        XCTAssertEqual(d.sentences.count, 20_001)
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
