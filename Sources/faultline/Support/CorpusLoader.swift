import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineAnalysis
import FaultlinePipeline
import FaultlineStore

/// Turns the command line's inputs (or store) into an analysis, reporting problems on
/// standard error as it goes.
struct CorpusLoader {
    var input: InputOptions
    var query = StoreQuery()

    /// Runs the pipeline; `failed` is true when any input, document or lexicon line failed.
    func analysis() throws -> (analysis: Analysis, failed: Bool) {
        let (parts, failed) = try self.parts()
        return (CorpusAnalyzer().analyze(parts), failed)
    }

    /// Per-document extractions, from the store or from the inputs.
    func parts() throws -> (parts: [DocumentAnalysis], failed: Bool) {
        try input.requireCorpus()
        var failed = false
        var parts: [DocumentAnalysis] = []
        if let path = input.store {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError("\(path): no such store (create it with `faultline ingest INPUT… --store \(path)`)")
            }
            let store = try CorpusStore(path: path)
            parts = try store.parts(matching: query)
        }
        if !input.inputs.isEmpty {
            let pipeline = try Pipeline(options: input.pipelineOptions)
            let result = pipeline.extractAll(input.inputs)
            Diagnostics.report(result.problems)
            failed = result.problems.contains { $0.isError }
            parts += result.parts
        }
        return (parts, failed)
    }
}

/// A failure a user can act on, printed without a stack of context.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// Problems go to standard error, one line each, so standard output stays clean for data.
enum Diagnostics {
    static func report(_ problems: [Problem]) {
        for p in problems { printError(p.description) }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Writes text or bytes to a file, or standard output for nil / "-".
enum OutputSink {
    static func write(_ data: Data, to path: String?) throws {
        if let path, path != "-" {
            do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
                throw CommandError("\(path): cannot write: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }
}
