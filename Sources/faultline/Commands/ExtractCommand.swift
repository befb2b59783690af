import ArgumentParser
import Foundation
import FaultlineModel
import FaultlinePipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract each document separately and print one analysis line per document (JSONL).",
        discussion: """
            With --jsonl and no inputs, JSONL articles are read from standard input and one line \
            per article is written to standard output as soon as it is extracted, so the command \
            runs unchanged as the map step of Spark (RDD.pipe) or Hadoop Streaming. Combine the \
            lines with `faultline merge`.
            """)

    @OptionGroup var input: InputOptions
    @Flag(help: "Write JSONL (one analysis per line); the only output format, kept explicit for pipelines.") var jsonl = false

    func run() throws {
        // With no input the articles come on standard input (JSONL or text is detected).
        let inputs = input.inputs.isEmpty ? ["-"] : input.inputs
        var options = input.pipelineOptions
        options.progress = false
        // Lines go out in input order; a small batch keeps a pipe's latency low.
        options.batchSize = 16
        let pipeline = try Pipeline(options: options)
        Diagnostics.report(pipeline.setupProblems)
        var failed = pipeline.setupProblems.contains { $0.isError }
        let out = FileHandle.standardOutput
        var encodeFailure: Error?
        pipeline.extract(inputs, part: { part in
            do {
                var line = try JSONOutput.data(part, pretty: false)
                line.append(0x0A)
                out.write(line)
            } catch { encodeFailure = error }
        }, problem: { p in
            Diagnostics.report([p])
            if p.isError { failed = true }
        })
        if let encodeFailure { throw encodeFailure }
        if failed { throw ExitCode(1) }
    }
}
