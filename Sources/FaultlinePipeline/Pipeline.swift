import Foundation
import FaultlineModel
import FaultlineText
import FaultlineExtract
import FaultlineAnalysis

/// Inputs → documents → per-document extraction (in parallel) → corpus analysis.
///
/// The one place the stages are wired; the CLI, the benchmark and the tests all go through
/// it, so they see the same behaviour. Extraction streams: documents are read and extracted
/// a batch at a time, so memory follows the batch, not the corpus.
public struct Pipeline: Sendable {
    public let options: PipelineOptions
    public let extractor: Extractor
    /// Problems met while loading lexicons and dictionaries (errors name file and line).
    public let setupProblems: [Problem]

    public init(options: PipelineOptions = PipelineOptions()) throws {
        self.options = options
        for dir in [options.lexiconDirectory, options.dictionaryDirectory].compactMap({ $0 }) {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw PipelineError(message: "\(dir): no such folder")
            }
        }
        extractor = try Extractor(options: ExtractorOptions(
            mode: options.mode,
            lexiconDirectory: options.lexiconDirectory.map { URL(fileURLWithPath: $0) },
            dictionaryDirectory: options.dictionaryDirectory.map { URL(fileURLWithPath: $0) }))
        setupProblems = extractor.loadWarnings.map { Problem(severity: .error, message: $0) }
    }

    /// Reads `inputs` and extracts every document, handing results over in input order.
    ///
    /// - Parameters:
    ///   - part: called once per document, in input order, on the calling thread.
    ///   - problem: called for each input or document problem, in order.
    public func extract(_ inputs: [String], part: (DocumentAnalysis) -> Void, problem: (Problem) -> Void) {
        var ingestor = Ingestor(options: options.ingest)
        let mapper = OrderedParallelMap(jobs: options.jobs)
        let bar = options.progress ? ProgressBar(label: "extract", total: nil) : nil
        var batch: [Document] = []
        let extractor = self.extractor
        func flush() {
            guard !batch.isEmpty else { return }
            for p in mapper.map(batch, { extractor.analyze($0) }) { part(p) }
            bar?.advance(by: batch.count)
            batch.removeAll(keepingCapacity: true)
        }
        for input in inputs {
            ingestor.read(input) { item in
                switch item {
                case .document(let d):
                    batch.append(d)
                    if batch.count >= options.batchSize { flush() }
                case .issue(let e):
                    problem(Problem(e))
                }
            }
        }
        flush()
        bar?.finish()
    }

    /// Extracts everything into memory.
    public func extractAll(_ inputs: [String]) -> (parts: [DocumentAnalysis], problems: [Problem]) {
        var parts: [DocumentAnalysis] = []
        var problems = setupProblems
        extract(inputs, part: { parts.append($0) }, problem: { problems.append($0) })
        for p in parts { problems += p.warnings.map { Problem(severity: .warning, message: "\(p.document.id): \($0)") } }
        return (parts, problems)
    }

    /// Reads, extracts and analyses `inputs` as one corpus.
    public func analyze(_ inputs: [String], options analysisOptions: AnalysisOptions = .default) -> (analysis: Analysis, problems: [Problem]) {
        let (parts, problems) = extractAll(inputs)
        return (CorpusAnalyzer().analyze(parts, options: analysisOptions), problems)
    }
}

/// A problem that stops the pipeline before any document is read (a missing lexicon folder).
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
