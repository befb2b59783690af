import Foundation
import XCTest
import FaultlineModel
import FaultlineText
import FaultlinePipeline
import FaultlineRender
import FuzzHarness

/// The parallel paths (extraction on many threads, rendering behind the Graphviz lock)
/// give the serial results; `.ci/tsan.sh` runs these under the thread sanitizer.
final class ConcurrencyTests: XCTestCase {
    func documents() -> [Document] {
        var ingestor = Ingestor()
        return ingestor.readAll([RobustnessSupport.examples.appendingPathComponent("zaporizhzhia-week").path]).documents
    }

    func testParallelExtractionEqualsSerial() throws {
        let docs = documents()
        XCTAssertGreaterThan(docs.count, 4)
        let extractor = ExtractHarness.extractor
        let serial = docs.map { extractor.analyze($0) }
        let parallel = OrderedParallelMap(jobs: 8).map(docs) { extractor.analyze($0) }
        XCTAssertEqual(parallel, serial)
    }

    func testPipelineParallelPathEqualsSerial() throws {
        let input = [RobustnessSupport.examples.appendingPathComponent("zaporizhzhia-week").path]
        let serial = try Pipeline(options: PipelineOptions(jobs: 1)).analyze(input).analysis
        let parallel = try Pipeline(options: PipelineOptions(jobs: 8, batchSize: 2)).analyze(input).analysis
        XCTAssertEqual(try JSONOutput.data(parallel), try JSONOutput.data(serial))
    }

    /// Many threads render at once, some with graphs Graphviz rejects: every good graph
    /// gives the serial SVG, every bad one an error, and the renderer keeps working.
    func testConcurrentRenderingMatchesSerial() throws {
        let analysis = try Pipeline(options: PipelineOptions(jobs: 2)).analyze([RobustnessSupport.examples.appendingPathComponent("zaporizhzhia-week").path]).analysis
        let good = [TimelineRenderer().dot(for: analysis), ContradictionMapRenderer().dot(for: analysis), "digraph g { a -> b }"]
        let bad = ["digraph { a -> ", "graph g { a -> b }", "digraph g { \"unterminated }"]
        let expected = try good.map { try GraphvizRenderer.shared.render(dot: $0) }
        let results = Results(count: 48)
        DispatchQueue.concurrentPerform(iterations: 48) { k in
            if k % 4 == 3 {
                results.set(k, (try? GraphvizRenderer.shared.render(dot: bad[k % bad.count])) == nil ? "refused" : "accepted")
            } else {
                let i = k % good.count
                let data = try? GraphvizRenderer.shared.render(dot: good[i])
                results.set(k, data == expected[i] ? "same" : "different")
            }
        }
        for k in 0..<48 { XCTAssertEqual(results.get(k), k % 4 == 3 ? "refused" : "same", "render \(k)") }
    }

    /// Ingestion of independent inputs on several threads, each with its own `Ingestor`.
    func testConcurrentIngestionEqualsSerial() throws {
        let files = FuzzCorpus.files([RobustnessSupport.examples.appendingPathComponent("zaporizhzhia-week").path])
        let serial = files.map { f -> [Document] in var i = Ingestor(); return i.readAll([f]).documents }
        let parallel = OrderedParallelMap(jobs: 6).map(files) { f -> [Document] in var i = Ingestor(); return i.readAll([f]).documents }
        XCTAssertEqual(parallel, serial)
    }

    final class Results: @unchecked Sendable {
        private var values: [String?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ k: Int, _ v: String) { lock.lock(); values[k] = v; lock.unlock() }
        func get(_ k: Int) -> String? { lock.lock(); defer { lock.unlock() }; return values[k] }
    }
}
