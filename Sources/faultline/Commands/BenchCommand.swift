import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineText
import FaultlineAnalysis
import FaultlineRender
import FaultlinePipeline

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput and memory: extraction, corpus analysis and rendering, separately.",
        discussion: """
            The corpus is read once and extracted --repeat times (each copy under new ids), so a \
            small real corpus such as Examples makes a large, realistic workload. Analysis is also \
            measured on synthetic corpora of --events events, and rendering on timelines of \
            1,000 and 10,000 synthetic events. Build with -c release for meaningful figures.
            """)

    @Argument(help: "The corpus to extract (files or folders).") var corpus: [String]
    @Option(help: "Extract the corpus this many times.") var `repeat`: Int = 20
    @Option(help: "Extraction threads (1 measures one core).") var jobs: Int = 1
    @Option(help: "Synthetic events for the analysis benchmark.") var events: Int = 100_000
    @Option(help: "Event counts for the render benchmark (comma-separated).") var renderEvents: String = "1000,10000"
    @Option(help: "Language for documents that do not say.") var language: String?

    func run() throws {
        var ingestor = Ingestor(options: IngestOptions(language: language))
        let read = ingestor.readAll(corpus)
        for e in read.issues { Diagnostics.printError(e.description) }
        let docs = read.documents
        guard !docs.isEmpty else { throw CommandError("bench: the corpus has no documents") }
        let bytes = docs.reduce(0) { $0 + $1.text.utf8.count + $1.title.utf8.count }
        let sentences = docs.reduce(0) { $0 + $1.sentences.count }

        var options = PipelineOptions(jobs: jobs)
        options.progress = false
        let pipeline = try Pipeline(options: options)
        let mapper = OrderedParallelMap(jobs: jobs)
        let extractor = pipeline.extractor

        // Warm-up: lexicons loaded, caches touched.
        _ = extractor.analyze(docs[0])
        var parts: [DocumentAnalysis] = []
        let t0 = Date()
        for r in 0..<self.repeat {
            let copies = docs.map { d -> Document in var c = d; c.id = "\(d.id)~\(r)"; return c }
            let out = mapper.map(copies) { extractor.analyze($0) }
            if r == 0 { parts = out }
        }
        let extractSeconds = Date().timeIntervalSince(t0)
        let n = Double(self.repeat)
        print("machine   \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_048_576) MiB; jobs \(jobs)")
        print("corpus    \(docs.count) documents, \(sentences) sentences, \(bytes / 1000) KB; extracted \(self.repeat)× (\(docs.count * self.repeat) documents, \(String(format: "%.2f", Double(bytes * self.repeat) / 1_000_000)) MB)")
        print(String(format: "extract   %.2f s  %8.0f docs/s  %9.0f sentences/s  %6.2f MB/s",
                     extractSeconds, Double(docs.count) * n / extractSeconds,
                     Double(sentences) * n / extractSeconds, Double(bytes) * n / extractSeconds / 1_000_000))

        let t1 = Date()
        let real = CorpusAnalyzer().analyze(parts)
        let analyseReal = Date().timeIntervalSince(t1)
        print(String(format: "analyse   %.3f s  corpus: %d events, %d claims, %d contradictions",
                     analyseReal, real.events.count, real.claims.count, real.contradictions.count))

        let synthetic = SyntheticCorpus(documents: max(1, events / 20), events: events).parts()
        let t2 = Date()
        let big = CorpusAnalyzer().analyze(synthetic)
        let analyseSynthetic = Date().timeIntervalSince(t2)
        print(String(format: "analyse   %.2f s  synthetic: %d events in %d documents → %d events after merging, %d contradictions  (%.0f events/s)",
                     analyseSynthetic, events, synthetic.count, big.events.count, big.contradictions.count,
                     Double(events) / analyseSynthetic))

        for count in renderEvents.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let a = CorpusAnalyzer().analyze(SyntheticCorpus(documents: max(1, count / 20), events: count, seed: 7).parts())
            let t3 = Date()
            let svg = try TimelineRenderer(options: TimelineOptions(maxEvents: 250)).render(a, format: .svg)
            let timelineSeconds = Date().timeIntervalSince(t3)
            let t4 = Date()
            _ = try ActorGraphRenderer().render(a, format: .svg)
            let actorSeconds = Date().timeIntervalSince(t4)
            print(String(format: "render    %d events: timeline %.2f s (%d KB SVG), actor graph %.2f s",
                         count, timelineSeconds, svg.count / 1024, actorSeconds))
        }
        print("memory    peak RSS \(Self.mb(PeakMemory.bytes())) MB")
    }

    static func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }
}
