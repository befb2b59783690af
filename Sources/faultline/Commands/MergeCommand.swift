import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineAnalysis

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine partial analyses (files of `faultline extract` lines) into one analysis JSON.",
        discussion: "The result does not depend on how the corpus was split or in which order the parts come: the same corpus gives byte-identical JSON to `faultline analyze --json`.")

    @Argument(help: "Files of analysis lines (JSONL), or - for standard input.") var parts: [String]
    @Flag(help: "Print the analysis JSON to standard output (the default; kept for symmetry with analyze).") var json = false
    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        var docs: [DocumentAnalysis] = []
        var failed = false
        let decoder = JSONDecoder()
        for path in parts {
            let data: Data
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let d = FileManager.default.contents(atPath: path) else {
                    Diagnostics.printError("error: \(path): cannot read the file"); failed = true; continue
                }
                data = d
            }
            var lineNumber = 0
            for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                do {
                    docs.append(try decoder.decode(DocumentAnalysis.self, from: Data(line)))
                } catch {
                    Diagnostics.printError("error: \(path):\(lineNumber): not an analysis line: \(Self.reason(error))")
                    failed = true
                }
            }
        }
        let analysis = CorpusAnalyzer().analyze(docs)
        try OutputSink.write(try JSONOutput.data(analysis), to: output)
        if failed { throw ExitCode(1) }
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "wrong value at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "malformed JSON"
        default: return "\(error)"
        }
    }
}
