import Foundation
import XCTest
import FaultlineModel
import FaultlinePipeline
import FaultlineRender

/// The same corpus analysed serially and on every core gives byte-identical output.
final class DeterminismTests: XCTestCase {
    /// More workers than the machine has cores, and small batches, so that the parallel
    /// path and batch boundaries are exercised even on a two-core machine.
    static let parallelJobs = max(4, OrderedParallelMap.allCores)

    func analysisJSON(jobs: Int, batchSize: Int) throws -> Data {
        let pipeline = try Pipeline(options: PipelineOptions(jobs: jobs, batchSize: batchSize))
        let (analysis, problems) = pipeline.analyze([RobustnessSupport.examples.appendingPathComponent("zaporizhzhia-week").path])
        XCTAssertFalse(analysis.documents.isEmpty)
        XCTAssertTrue(problems.allSatisfy { $0.severity != .error }, "\(problems)")
        return try JSONOutput.data(analysis)
    }

    func testSerialAndParallelAnalysesAreByteIdentical() throws {
        let serial = try analysisJSON(jobs: 1, batchSize: 64)
        for (jobs, batch) in [(Self.parallelJobs, 64), (Self.parallelJobs, 3), (2, 1)] {
            let parallel = try analysisJSON(jobs: jobs, batchSize: batch)
            XCTAssertEqual(parallel, serial, "jobs \(jobs), batch \(batch) differ from the serial run")
        }
    }

    /// The CLI: `analyze --jobs 1` and `--jobs N` write identical files.
    func testCLIOutputDoesNotDependOnJobs() throws {
        let dir = try RobustnessSupport.temporaryDirectory("jobs")
        defer { try? FileManager.default.removeItem(at: dir) }
        var outputs: [[String: Data]] = []
        for jobs in [1, Self.parallelJobs] {
            let out = dir.appendingPathComponent("out-\(jobs)")
            let run = try RobustnessSupport.faultline(["analyze", "Examples/zaporizhzhia-week", "--out", out.path, "--jobs", "\(jobs)"])
            XCTAssertEqual(run.status, 0, run.stderr)
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
                files[name] = try Data(contentsOf: out.appendingPathComponent(name))
            }
            outputs.append(files)
        }
        XCTAssertEqual(outputs[0].keys.sorted(), outputs[1].keys.sorted())
        XCTAssertTrue(outputs[0].keys.contains("analysis.json"))
        for name in outputs[0].keys.sorted() {
            XCTAssertEqual(outputs[0][name], outputs[1][name], "\(name) differs between --jobs 1 and --jobs \(Self.parallelJobs)")
        }
    }
}
