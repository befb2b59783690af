import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineText
import FaultlineExtract
import FaultlineAnalysis
import FaultlinePipeline
import FaultlineStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add documents and their extractions to a SQLite corpus store, incrementally.",
        discussion: """
            Each document is committed in its own transaction: an interrupted ingest keeps every \
            document already committed and never leaves half of one, and running the same ingest \
            again only adds what is missing. A document whose content is already stored is skipped \
            without being extracted again; one whose content changed is replaced.
            """)

    @OptionGroup var input: InputOptions

    func validate() throws {
        if input.store == nil { throw ValidationError("--store FILE is required") }
        if input.inputs.isEmpty { throw ValidationError("give at least one input to ingest") }
    }

    func run() throws {
        let store = try CorpusStore(path: input.store!)
        let pipeline = try Pipeline(options: input.pipelineOptions)
        Diagnostics.report(pipeline.setupProblems)
        var failed = pipeline.setupProblems.contains { $0.isError }
        var counts: [CorpusStore.AddOutcome: Int] = [:]
        var ingestor = Ingestor(options: input.pipelineOptions.ingest)
        let mapper = OrderedParallelMap(jobs: input.pipelineOptions.jobs)
        let bar = ProgressBar(label: "ingest", total: nil)
        var batch: [(Document, String)] = []
        var storeFailure: Error?
        func flush() {
            guard !batch.isEmpty, storeFailure == nil else { return }
            let todo = batch
            batch.removeAll()
            let parts = mapper.map(todo) { pipeline.extractor.analyze($0.0) }
            for (part, (_, fingerprint)) in zip(parts, todo) {
                do {
                    let outcome = try store.add(part, fingerprint: fingerprint)
                    counts[outcome, default: 0] += 1
                } catch { storeFailure = error; return }
            }
            bar.advance(by: todo.count)
        }
        for path in input.inputs {
            ingestor.read(path) { item in
                switch item {
                case .issue(let e):
                    Diagnostics.printError(e.description)
                    if e.severity == .error { failed = true }
                case .document(let d):
                    let fingerprint = Self.fingerprint(d)
                    if (try? store.contains(id: d.id, fingerprint: fingerprint)) == true {
                        counts[.unchanged, default: 0] += 1
                        return
                    }
                    batch.append((d, fingerprint))
                    if batch.count >= 32 { flush() }
                }
            }
            if storeFailure != nil { break }
        }
        flush()
        bar.finish()
        if let storeFailure { throw storeFailure }
        Diagnostics.printError("ingest: \(counts[.added] ?? 0) added, \(counts[.replaced] ?? 0) replaced, \(counts[.unchanged] ?? 0) unchanged")
        if failed { throw ExitCode(1) }
    }

    /// The content fingerprint: everything about the document that extraction reads.
    static func fingerprint(_ d: Document) -> String {
        ContentHash.hex([d.id, d.title, d.language, d.published ?? "", d.source ?? "", d.url ?? "", d.text,
                         Faultline.version].joined(separator: "\u{1F}"))
    }
}

struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Inspect a corpus store.", subcommands: [StoreStatsCommand.self])
}

struct StoreStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Counts of documents, actors, events, claims and contradictions in a store.")
    @Option(help: ArgumentHelp("The SQLite store.", valueName: "file")) var store: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: store) else { throw CommandError("\(store): no such store") }
        let s = try CorpusStore(path: store)
        var stats = try s.stats()
        stats.contradictions = CorpusAnalyzer().analyze(try s.parts()).contradictions.count
        if json {
            try OutputSink.write(try JSONOutput.data(stats), to: nil)
        } else {
            print("""
                documents       \(stats.documents)
                actors          \(stats.actors)
                events          \(stats.events)
                claims          \(stats.claims)
                contradictions  \(stats.contradictions ?? 0)
                schema          \(stats.schemaVersion)
                """)
        }
    }
}
